"""The REPL's logic, driven by keystrokes through a pipe: what runs, what does not, what gets logged.

The translate function is passed in so each test knows exactly what is proposed; risk, the shell and
the log are the real ones. End-to-end runs of the real `nlsh` with the real model are in
test_repl_e2e.py.
"""

import io
import signal
import threading

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.plain_text import PlainTextOutput

from nlsh import history
from nlsh.config import Config
from nlsh.errors import ExitStatus, ServerError
from nlsh.repl import Repl
from nlsh.risk import assess
from nlsh.runner import Shell

ENTER, TAB, DOWN, UP, ESC = "\r", "\t", "\x1b[B", "\x1b[A", "\x1b"
CTRL_C, CTRL_D, CTRL_U = "\x03", "\x04", "\x15"

# Harmless here (HOME is a temp dir in these tests) but danger by any measure: it must ask for `yes`.
DANGER = "rm -rf ~"


class Proposals:
    """A translate function that always proposes the same commands, and remembers what it was asked."""

    def __init__(self, *commands):
        self.commands = commands
        self.asked = []

    def __call__(self, phrase, k):
        self.asked.append((phrase, k))
        return [{"command": command, "score": 0.5, "placeholders": []} for command in self.commands][:k]


@pytest.fixture
def session_dir(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("SHELL", "/bin/sh")
    work = tmp_path / "work"
    work.mkdir()
    return work


def play(keys, translate, cwd, config=None, output=None, after=0.0):
    """Type `keys` into a fresh REPL (`after` seconds after it starts) and return its exit status."""
    with create_pipe_input() as pipe:
        threading.Timer(after, pipe.send_text, [keys]).start()
        repl = Repl(translate, config or Config(), input=pipe, output=output or DummyOutput(), shell=Shell(cwd))
        # Keys that leave the REPL waiting for more would hang the test: the alarm makes that a failure.
        signal.signal(signal.SIGALRM, _waiting_for_keys)
        signal.alarm(20)
        try:
            return repl.run()
        finally:
            signal.alarm(0)


def screen(output):
    """What a PlainTextOutput received, as stripped lines."""
    return [line.strip() for line in output.stdout.getvalue().splitlines()]


def _waiting_for_keys(signum, frame):
    raise TimeoutError("the REPL is still waiting for keys")


def test_enter_runs_the_best_command_in_the_sessions_directory(session_dir):
    status = play("make a file" + ENTER + ENTER + CTRL_D, Proposals("touch made", "touch other"), session_dir)
    assert status == ExitStatus.OK
    assert sorted(p.name for p in session_dir.iterdir()) == ["made"]
    [entry] = history.read()
    assert entry["phrase"] == "make a file"
    assert entry["proposed"] == ["touch made", "touch other"]
    assert (entry["chosen"], entry["command"], entry["edited"]) == (0, "touch made", False)
    assert (entry["action"], entry["exit_status"], entry["cwd"]) == ("run", 0, str(session_dir))


def test_the_number_of_alternatives_comes_from_the_config(session_dir):
    proposals = Proposals("true")
    play("x" + ENTER + "n" + CTRL_D, proposals, session_dir, Config(alternatives=5))
    assert proposals.asked == [("x", 5)]


@pytest.mark.parametrize("keys, made", [(TAB, "two"), (DOWN, "two"), (TAB + TAB, "three"),
                                        (TAB + TAB + TAB, "one"), (UP, "three"), (TAB + UP, "one")])
def test_tab_and_arrows_move_between_alternatives(session_dir, keys, made):
    play("x" + ENTER + keys + ENTER + CTRL_D, Proposals("touch one", "touch two", "touch three"), session_dir)
    assert [p.name for p in session_dir.iterdir()] == [made]
    assert history.read()[0]["chosen"] == ["one", "two", "three"].index(made)


@pytest.mark.parametrize("key", ["n", ESC, CTRL_C, CTRL_D])
def test_skipping_runs_nothing_and_logs_the_skip(session_dir, key):
    play("x" + ENTER + key + CTRL_D, Proposals("touch made"), session_dir)
    assert list(session_dir.iterdir()) == []
    [entry] = history.read()
    assert (entry["action"], entry["exit_status"], entry["chosen"]) == ("skip", None, None)


def test_e_edits_the_command_and_the_edit_is_confirmed_before_it_runs(session_dir):
    keys = "x" + ENTER + "e" + CTRL_U + "touch edited" + ENTER
    play(keys + "n" + CTRL_D, Proposals("touch proposed"), session_dir)
    assert list(session_dir.iterdir()) == []  # the edited command was shown again, and skipped

    history.log_path().unlink()
    play(keys + ENTER + CTRL_D, Proposals("touch proposed"), session_dir)
    assert [p.name for p in session_dir.iterdir()] == ["edited"]
    [entry] = history.read()
    assert (entry["proposed"], entry["command"], entry["edited"]) == (["touch proposed"], "touch edited", True)


def test_the_edit_prompt_starts_with_the_command(session_dir):
    play("x" + ENTER + "e" + " more" + ENTER + ENTER + CTRL_D, Proposals("touch proposed"), session_dir)
    assert sorted(p.name for p in session_dir.iterdir()) == ["more", "proposed"]


def test_ctrl_c_in_the_edit_prompt_keeps_the_proposal(session_dir):
    play("x" + ENTER + "e" + "garbage" + CTRL_C + ENTER + CTRL_D, Proposals("touch kept"), session_dir)
    assert [p.name for p in session_dir.iterdir()] == ["kept"]


def test_a_danger_command_does_not_run_on_enter(session_dir, monkeypatch):
    assert assess(DANGER).level == "danger"
    home = session_dir.parent / "home"
    (home / "precious").write_text("keep me")
    for answer in (ENTER, "y" + ENTER, "YES please" + ENTER, CTRL_C):
        play("wipe" + ENTER + ENTER + answer + CTRL_D, Proposals(DANGER), session_dir)
        assert (home / "precious").exists(), answer
    assert {e["action"] for e in history.read()} == {"skip"}


def test_a_danger_command_runs_once_yes_is_typed(session_dir):
    home = session_dir.parent / "home"
    (home / "precious").write_text("goodbye")
    play("wipe" + ENTER + ENTER + "yes" + ENTER + CTRL_D, Proposals(DANGER), session_dir)
    assert not home.exists()
    assert history.read()[-1]["action"] == "run"


def test_placeholders_are_asked_for_then_the_filled_command_is_confirmed(session_dir):
    proposals = Proposals("printf '%s|' {{word}} {{other}} {{word}} > out")
    keys = "x" + ENTER + ENTER + "two words" + ENTER + "$HOME" + ENTER
    play(keys + "n" + CTRL_D, proposals, session_dir)
    assert not (session_dir / "out").exists()  # filled, shown again, skipped

    play(keys + ENTER + CTRL_D, proposals, session_dir)
    assert (session_dir / "out").read_text() == "two words|$HOME|two words|"
    entry = history.read()[-1]
    assert entry["command"] == "printf '%s|' 'two words' '$HOME' 'two words' > out"


def test_an_empty_placeholder_value_runs_nothing(session_dir):
    play("x" + ENTER + ENTER + ENTER + CTRL_D, Proposals("touch {{file}}"), session_dir)
    assert list(session_dir.iterdir()) == []
    assert history.read()[0]["action"] == "skip"


def test_a_bang_line_runs_without_translation(session_dir):
    proposals = Proposals("false")
    play("!echo typed > out" + ENTER + CTRL_D, proposals, session_dir)
    assert proposals.asked == []
    assert (session_dir / "out").read_text() == "typed\n"
    [entry] = history.read()
    assert (entry["phrase"], entry["command"], entry["exit_status"]) == (None, "echo typed > out", 0)


def test_a_bang_line_still_asks_for_danger_and_placeholders(session_dir):
    home = session_dir.parent / "home"
    play("!" + DANGER + ENTER + ENTER + "!touch {{name}}" + ENTER + "given" + ENTER + CTRL_D,
         Proposals(), session_dir)
    assert home.exists()
    assert [p.name for p in session_dir.iterdir()] == ["given"]


def test_cd_changes_the_sessions_directory(session_dir):
    (session_dir / "sub").mkdir()
    proposals = Proposals("cd ..")
    play("cd sub" + ENTER + "!pwd > here" + ENTER + "go up" + ENTER + ENTER + "!touch up" + ENTER + CTRL_D,
         proposals, session_dir)
    assert (session_dir / "sub" / "here").read_text() == f"{session_dir / 'sub'}\n"
    assert (session_dir / "up").exists()
    assert proposals.asked == [("go up", 3)]  # `cd sub` itself was not translated


def test_ctrl_c_at_the_prompt_clears_the_line(session_dir):
    proposals = Proposals("touch made")
    play("half a phr" + CTRL_C + "whole" + ENTER + ENTER + CTRL_D, proposals, session_dir)
    assert proposals.asked == [("whole", 3)]


def test_ctrl_d_on_an_empty_prompt_ends_the_session(session_dir):
    assert play(CTRL_D, Proposals(), session_dir) == ExitStatus.OK


def test_errors_are_reported_and_the_session_goes_on(session_dir):
    def failing(phrase, k):
        raise ServerError("the server did not answer")

    output = PlainTextOutput(io.StringIO())
    play("x" + ENTER + "x" * 1001 + ENTER + "!touch after" + ENTER + CTRL_D, failing, session_dir, output=output)
    assert (session_dir / "after").exists()
    lines = screen(output)
    assert "nlsh: the server did not answer" in lines
    assert "nlsh: phrase too long (1001 characters, at most 1000)" in lines


def test_the_card_shows_command_risk_and_alternatives(session_dir):
    output = PlainTextOutput(io.StringIO())
    play("x" + ENTER + TAB + "n" + CTRL_D, Proposals("ls -l", DANGER), session_dir, output=output)
    screen = output.stdout.getvalue()
    assert "ls -l  [safe]  1 of 2" in screen
    assert f"{DANGER}  [danger]  2 of 2" in screen
    assert "Enter run (asks you to type yes)" in screen


def test_question_mark_explains_and_comes_back_to_the_choice(session_dir):
    output = PlainTextOutput(io.StringIO())
    play("x" + ENTER + "?" + ENTER + CTRL_D, Proposals("ls -l > listing"), session_dir, output=output)
    lines = screen(output)
    assert "risk: safe" in lines
    assert any(line.startswith("-l") for line in lines)
    text = output.stdout.getvalue()
    assert text.index("risk: safe") < text.index("$ ls -l > listing")
    assert (session_dir / "listing").exists()


def test_the_exit_status_is_shown_and_logged(session_dir):
    output = PlainTextOutput(io.StringIO())
    play("!exit 3" + ENTER + CTRL_D, Proposals(), session_dir, output=output)
    lines = screen(output)
    assert lines[lines.index("$ exit 3") + 1] == "[exit 3]"
    assert history.read()[0]["exit_status"] == 3


@pytest.mark.parametrize("config, runs", [(Config(), True), (Config(confirm_caution="yes"), False)])
def test_caution_can_be_set_to_need_yes(session_dir, config, runs):
    command = "rm -rf ./build"
    assert assess(command, cwd=str(session_dir)).level == "caution"
    (session_dir / "build").mkdir()
    play("x" + ENTER + ENTER + ENTER + CTRL_D, Proposals(command), session_dir, config)
    assert (session_dir / "build").exists() != runs
    assert history.read()[0]["action"] == ("run" if runs else "skip")


def test_phrases_are_remembered_across_sessions(session_dir):
    first = Proposals("true")
    play("list my files" + ENTER + "n" + CTRL_D, first, session_dir)
    assert history.phrases_path().read_text().count("list my files") == 1

    again = Proposals("true")
    # The history loads in the background (a long one must not delay the first prompt): give it a moment.
    play(UP + ENTER + "n" + CTRL_D, again, session_dir, after=1.0)
    assert again.asked == [("list my files", 3)]
