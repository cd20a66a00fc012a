"""The real `nlsh` in a pseudo-terminal: the real binary, the real model, a real shell.

`!command` lines stand in where a test needs one particular command, so that what is checked does not
depend on what the model proposes; the phrase tests accept whatever command it proposes.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

from nlsh import history, paths

REPO = Path(__file__).resolve().parent.parent
ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>NOP]|[\r\x07]")
needs_model = pytest.mark.skipif(not (paths.shipped_model_dir() / "model.json").exists(),
                                 reason="no trained model in models/ yet")

pytestmark = pytest.mark.slow


class Terminal:
    """An `nlsh` process on a pty, read as text with the terminal's escape sequences taken out."""

    def __init__(self, args, cwd, env):
        self.child = pexpect.spawn(sys.executable, ["-m", "nlsh", *args], cwd=str(cwd), env=env,
                                   encoding="utf-8", dimensions=(40, 160), timeout=None)
        self.raw = ""
        self.seen = 0  # how far `expect` has read into the text

    @property
    def text(self):
        return ESCAPES.sub("", self.raw)

    def expect(self, wanted, timeout=15.0):
        """Wait until `wanted` appears after what was already matched; return the text in between."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.text
            found = text.find(wanted, self.seen)
            if found >= 0:
                between, self.seen = text[self.seen:found], found + len(wanted)
                return between
            if time.monotonic() > deadline:
                raise AssertionError(f"{wanted!r} did not appear; the screen since the last match:\n"
                                     f"{text[self.seen:]}")
            try:
                self.raw += self.child.read_nonblocking(65536, timeout=0.2)
            except pexpect.TIMEOUT:
                pass
            except pexpect.EOF:
                if wanted not in self.text[self.seen:]:
                    raise AssertionError(f"nlsh exited before {wanted!r}:\n{self.text[self.seen:]}") from None

    def prompt(self):
        """Wait for the phrase prompt."""
        return self.expect("> ")

    def line(self, text):
        self.child.send(text + "\r")

    def edit_to(self, command, answer="e"):
        """Answer `e` to a proposal (a key in the REPL, a line in the one-shot), then type `command`."""
        self.child.send(answer)
        self.expect("edit> ")
        self.child.send("\x15")  # Ctrl-U: clear the pre-filled command
        self.line(command)

    def bang(self, command, status=0):
        """Run `!command` and wait for its exit status; returns what it printed."""
        self.line("!" + command)
        self.expect(f"$ {command}\n")
        return self.expect(f"[exit {status}]")

    def finish(self):
        """At the next prompt, Ctrl-D; the exit status of nlsh."""
        self.prompt()
        self.child.send("\x04")
        return self.exit_status()

    def exit_status(self, timeout=30):
        """Wait for nlsh to exit, keeping what it printed; its exit status."""
        self.child.expect(pexpect.EOF, timeout=timeout)
        self.raw += self.child.before
        self.child.close()
        return self.child.exitstatus


@pytest.fixture
def env(tmp_path, nlsh_home):
    home = tmp_path / "home"
    home.mkdir()
    environment = {
        **os.environ,
        "NLSH_HOME": str(nlsh_home),
        "HOME": str(home),
        "SHELL": "/bin/bash",
        "TERM": "xterm-256color",
        "PYTHONPATH": str(REPO),
        # No terminal answers prompt_toolkit's cursor-position queries here.
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }
    yield environment
    # Phrases start the resident server under NLSH_HOME; leave nothing running.
    subprocess.run([sys.executable, "-m", "nlsh", "server", "stop"], env=environment, capture_output=True,
                   timeout=30)


@pytest.fixture
def work(tmp_path):
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


@pytest.fixture
def repl(env, work):
    terminals = []

    def start():
        terminal = Terminal([], work, env)
        terminals.append(terminal)
        terminal.prompt()
        return terminal

    yield start
    for terminal in terminals:
        terminal.child.close(force=True)


@pytest.fixture
def precious(env):
    """A file in the (temporary) home directory that `rm -rf ~` would take."""
    path = Path(env["HOME"]) / "precious"
    path.write_text("keep me")
    return path


def log_entries(env):
    return [json.loads(line) for line in (Path(env["NLSH_HOME"]) / "data" / "log.jsonl").read_text().splitlines()]


@needs_model
def test_phrase_then_edit_then_run_shows_output_and_exit_status(repl, env):
    nlsh = repl()
    nlsh.line("list the files in this directory")
    nlsh.expect("e edit")
    nlsh.edit_to("echo edited-$((6 * 7)); exit 4")
    nlsh.expect("echo edited-$((6 * 7)); exit 4")  # shown again for confirmation
    nlsh.expect("Enter run")
    nlsh.child.send("\r")
    nlsh.expect("edited-42")
    nlsh.expect("[exit 4]")
    assert nlsh.finish() == 0
    [entry] = log_entries(env)
    assert entry["phrase"] == "list the files in this directory"
    assert (entry["command"], entry["edited"], entry["exit_status"]) == ("echo edited-$((6 * 7)); exit 4", True, 4)
    assert entry["proposed"] and entry["command"] not in entry["proposed"]


@needs_model
def test_tab_shows_the_next_alternative_and_n_skips(repl, env):
    nlsh = repl()
    nlsh.line("find all python files")
    nlsh.expect("1 of ")
    nlsh.child.send("\t")
    nlsh.expect("2 of ")
    nlsh.child.send("n")
    nlsh.expect("not run")
    assert nlsh.finish() == 0
    assert log_entries(env)[0]["action"] == "skip"


@needs_model
def test_a_danger_proposal_is_not_run_on_enter(repl, env, precious):
    nlsh = repl()
    nlsh.line("remove my home directory")
    nlsh.expect("e edit")
    nlsh.edit_to("rm -rf ~")
    nlsh.expect("[danger]")
    nlsh.expect("Enter run (asks you to type yes)")
    nlsh.child.send("\r")
    nlsh.expect("deletes your home directory")
    nlsh.expect("type yes to run")
    nlsh.child.send("\r")
    nlsh.expect("not run")
    assert precious.exists()
    assert nlsh.finish() == 0
    assert log_entries(env)[0]["action"] == "skip"


def test_a_typed_danger_command_is_not_run_on_enter(repl, env, precious):
    nlsh = repl()
    nlsh.line("!rm -rf ~")
    nlsh.expect("type yes to run")
    nlsh.child.send("\r")
    nlsh.expect("not run")
    nlsh.prompt()
    nlsh.line("!rm -rf ~")
    nlsh.expect("type yes to run")
    nlsh.line("y")
    nlsh.expect("not run")
    nlsh.prompt()
    assert precious.exists()
    nlsh.line("!rm -rf ~")
    nlsh.expect("type yes to run")
    nlsh.line("yes")
    nlsh.expect("[exit 0]")
    assert not precious.exists()
    assert nlsh.finish() == 0


def test_placeholders_are_filled_before_running(repl):
    nlsh = repl()
    nlsh.line("!printf '<%s>\\n' {{name}} {{name}}")
    nlsh.expect("{{name}} = ")
    nlsh.line("Ada $Lovelace")
    assert nlsh.expect("[exit 0]").endswith("<Ada $Lovelace>\n<Ada $Lovelace>\n")
    assert nlsh.finish() == 0


def test_ctrl_c_stops_the_command_and_the_repl_goes_on(repl):
    nlsh = repl()
    nlsh.line("!echo sleeping; sleep 30")
    nlsh.expect("$ echo sleeping; sleep 30\n")
    nlsh.expect("sleeping\n")
    started = time.monotonic()
    nlsh.child.sendintr()
    nlsh.expect("[exit 130 (interrupted)]")
    assert time.monotonic() - started < 5
    nlsh.prompt()
    assert nlsh.bang("echo still-alive") == "still-alive\n"
    assert nlsh.finish() == 0


def test_ctrl_c_at_the_prompt_clears_the_line(repl, env):
    nlsh = repl()
    nlsh.child.send("!echo never")
    nlsh.child.sendintr()
    nlsh.prompt()
    assert nlsh.bang("echo after") == "after\n"
    assert nlsh.finish() == 0
    assert [e["command"] for e in log_entries(env)] == ["echo after"]


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux)")
def test_ctrl_z_suspends_to_the_shell_and_fg_resumes(nlsh_home, tmp_path):
    """Job control needs a real interactive shell around nlsh: bash in tmux."""
    from shellharness import Terminal, shell_env

    term = Terminal("bash", shell_env(nlsh_home, tmp_path, PYTHONPATH=str(REPO)), cwd=tmp_path)
    try:
        term.start(None)
        term.run(f"cd {tmp_path}")
        term.type(f"{sys.executable} -m nlsh")
        term.press("Enter")
        term.wait_for(lambda t: t.last_row().startswith("nlsh "), 20, "the nlsh prompt")
        term.press("C-z")
        term.wait_for(lambda t: any("Stopped" in row for row in t.screen()) and t.last_row() == "$", 10,
                      "the shell to report nlsh stopped")
        term.type("fg")
        term.press("Enter")
        term.wait_for(lambda t: t.last_row().startswith("nlsh "), 10, "the nlsh prompt again")
        term.type("!echo resumed-fine")
        term.press("Enter")
        term.wait_for(lambda t: "resumed-fine" in t.screen(), 10, "the command's output")
    finally:
        term.close()


def test_cd_changes_the_repls_directory(repl, work):
    (work / "sub").mkdir()
    nlsh = repl()
    nlsh.line("cd sub")
    nlsh.expect("work/sub> ")
    assert nlsh.bang("pwd") == f"{work / 'sub'}\n"
    assert nlsh.finish() == 0


def test_commands_get_the_terminal(repl, work):
    nlsh = repl()
    nlsh.line('!read -r -p "name? " answer; echo "got:$answer"')
    nlsh.expect("name? ")
    nlsh.line("typed on the terminal")
    nlsh.expect("got:typed on the terminal")
    nlsh.expect("[exit 0]")
    if shutil.which("less"):
        (work / "long.txt").write_text("".join(f"line {n}\n" for n in range(200)))
        nlsh.prompt()
        nlsh.line("!less long.txt")
        nlsh.expect("line 30")
        nlsh.child.send("q")
        nlsh.expect("[exit 0]")
    assert nlsh.finish() == 0


def test_history_survives_a_restart(repl, env):
    first = repl()
    first.bang("echo remembered-line")
    assert first.finish() == 0

    second = repl()
    time.sleep(0.5)  # the history loads in the background
    second.child.send("\x1b[A")  # Up
    second.expect("!echo remembered-line")
    second.child.send("\r")
    second.expect("[exit 0]")
    assert second.finish() == 0
    shown = subprocess.run([sys.executable, "-m", "nlsh", "history"], env=env, capture_output=True, text=True,
                           check=True).stdout.splitlines()
    assert len(shown) == 2 and all("ran 0" in line and "echo remembered-line" in line for line in shown)


def test_two_repls_logging_at_once_lose_nothing(repl, env):
    left, right = repl(), repl()
    for number in range(15):
        left.line(f"!echo left-{number}")
        right.line(f"!echo right-{number}")
        for side, terminal in (("left", left), ("right", right)):
            terminal.expect(f"$ echo {side}-{number}\n")
            terminal.expect("[exit 0]")
    assert left.finish() == 0 and right.finish() == 0
    commands = [entry["command"] for entry in log_entries(env)]
    for side in ("left", "right"):
        assert [c for c in commands if side in c] == [f"echo {side}-{n}" for n in range(15)]


def test_without_a_terminal_the_repl_refuses_with_one_line(env, work):
    result = subprocess.run([sys.executable, "-m", "nlsh"], cwd=work, env=env, stdin=subprocess.DEVNULL,
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == "nlsh: the interactive session needs a terminal; pass a PHRASE or use `nlsh translate`\n"


@needs_model
def test_one_shot_asks_before_running(env, work):
    nlsh = Terminal(["list all files here"], work, env)
    nlsh.expect("Run? [y/N/e/?] ")
    nlsh.line("")
    assert nlsh.exit_status() == 0
    assert log_entries(env)[0]["action"] == "skip"

    nlsh = Terminal(["list all files here"], work, env)
    nlsh.expect("Run? [y/N/e/?] ")
    nlsh.edit_to("echo one-shot; exit 5", answer="e\r")
    nlsh.expect("Run? [y/N/e/?] ")
    nlsh.line("y")
    nlsh.expect("one-shot")
    assert nlsh.exit_status() == 5


@needs_model
def test_one_shot_print_only_prints(env, work):
    nlsh = Terminal(["--print", "show the current directory"], work, env)
    assert nlsh.exit_status() == 0
    printed = nlsh.text.strip()
    assert printed and "\n" not in printed and "Run?" not in printed
    assert not history.log_path().exists()
