"""`nlsh "phrase"`: print-only without a terminal or with --print, --yes refusals, and `Run? [y/N/e/?]`.

The translate function is passed in so each test knows what is proposed; the real binary with the real
model is in test_repl_e2e.py.
"""

import io
import signal

import pytest
from click.testing import CliRunner
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.plain_text import PlainTextOutput

from nlsh import history
from nlsh.cli import cli
from nlsh.config import Config
from nlsh.errors import ExitStatus, InputError
from nlsh.oneshot import run_once
from nlsh.repl import Repl
from nlsh.risk import assess
from nlsh.runner import Shell

DANGER = "rm -rf ~"


def proposing(command):
    return lambda phrase, k: [{"command": command, "score": 0.9, "placeholders": []}]


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def work(tmp_path, monkeypatch):
    """The directory commands run in, empty at the start."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def test_without_a_terminal_it_only_prints(work, capsys):
    assert run_once("make a file", translate=proposing("touch made")) == ExitStatus.OK
    assert capsys.readouterr().out == "touch made\n"
    assert not (work / "made").exists()
    assert history.read() == []


def test_print_only_prints_even_a_danger_command(capsys):
    assert run_once("wipe", print_only=True, translate=proposing(DANGER)) == ExitStatus.OK
    assert capsys.readouterr().out == f"{DANGER}\n"


def test_yes_runs_without_asking_and_passes_the_exit_status_on(work, capfd):
    status = run_once("x", assume_yes=True, translate=proposing("touch made; echo out; exit 3"))
    assert status == 3
    assert (work / "made").exists()
    captured = capfd.readouterr()
    assert captured.out == "out\n"  # the notes went to stderr
    assert "[exit 3]" in captured.err
    assert history.read()[0]["source"] == "oneshot"


def test_yes_is_refused_for_a_danger_command(private_home):
    (private_home / "precious").write_text("keep")
    assert assess(DANGER).level == "danger"
    with pytest.raises(InputError, match=r"^--yes refused for a danger-level command \(.+\): run without --yes"):
        run_once("wipe", assume_yes=True, translate=proposing(DANGER))
    assert (private_home / "precious").exists()


def test_yes_is_refused_when_placeholders_need_values(work):
    with pytest.raises(InputError, match=r"--yes cannot fill in \{\{file\}\}"):
        run_once("x", assume_yes=True, translate=proposing("touch {{file}}"))
    assert list(work.iterdir()) == []


def test_the_cli_reports_a_refusal_in_one_line(private_home, monkeypatch):
    monkeypatch.setattr("nlsh.client.translate", proposing(DANGER))
    result = CliRunner().invoke(cli, ["--yes", "wipe", "my", "home"])
    assert result.exit_code == ExitStatus.USAGE
    assert result.output.startswith("nlsh: --yes refused for a danger-level command")
    assert len(result.output.splitlines()) == 1


@pytest.mark.parametrize(
    "args, phrase, flags",
    [(["list", "big", "files"], "list big files", (False, False)),
     (["--print", "list files"], "list files", (False, True)),
     (["list", "files", "-p"], "list files", (False, True)),
     (["-y", "show", "history", "of", "git"], "show history of git", (True, False))],
)
def test_a_first_word_that_is_not_a_subcommand_starts_a_phrase(monkeypatch, args, phrase, flags):
    calls = []
    monkeypatch.setattr("nlsh.oneshot.run_once",
                        lambda text, assume_yes, print_only: calls.append((text, (assume_yes, print_only))) or 0)
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0
    assert calls == [(phrase, flags)]


def test_subcommands_still_win_over_phrases():
    result = CliRunner().invoke(cli, ["history", "--json"], catch_exceptions=False)
    assert (result.exit_code, result.output) == (0, "")


def test_flags_without_a_phrase_are_a_usage_error():
    result = CliRunner().invoke(cli, ["--print"])
    assert result.exit_code == ExitStatus.USAGE
    assert "need a PHRASE" in result.output


def ask(answers, command, config=None):
    """Play the one-shot question with typed `answers`; returns (exit status or None, screen lines)."""
    output = PlainTextOutput(io.StringIO())
    with create_pipe_input() as pipe:
        pipe.send_text(answers)
        repl = Repl(proposing(command), config or Config(), input=pipe, output=output, shell=Shell(),
                    source="oneshot")
        # Answers that leave the question waiting for more would hang the test: the alarm fails it instead.
        signal.signal(signal.SIGALRM, _waiting_for_answers)
        signal.alarm(20)
        try:
            status = repl.converse("phrase", [command], repl.ask_run)
        finally:
            signal.alarm(0)
    return status, [line.strip() for line in output.stdout.getvalue().splitlines()]


def _waiting_for_answers(signum, frame):
    raise TimeoutError("the one-shot question is still waiting for an answer")


@pytest.mark.parametrize("answer, runs", [("y", True), ("Yes", True), ("", False), ("n", False), ("no", False)])
def test_run_question_defaults_to_no(work, answer, runs):
    status, screen = ask(answer + "\r", "touch made")
    assert any("Run? [y/N/e/?]" in line for line in screen)
    assert (work / "made").exists() == runs
    assert status == (0 if runs else None)


def test_the_default_can_be_yes_for_safe_commands_only(work, private_home):
    status, screen = ask("\r", "touch made", Config(confirm_default="yes"))
    assert (work / "made").exists() and status == 0
    assert any("Run? [Y/n/e/?]" in line for line in screen)

    (private_home / "precious").write_text("keep")
    status, screen = ask("\r", DANGER, Config(confirm_default="yes"))
    assert status is None and (private_home / "precious").exists()
    assert any("Run? [y/N/e/?]" in line for line in screen)


def test_a_danger_command_needs_yes_after_y(private_home):
    (private_home / "precious").write_text("keep")
    status, _ = ask("y\r\r", DANGER)
    assert status is None and (private_home / "precious").exists()
    status, _ = ask("y\ryes\r", DANGER)
    assert status == 0 and not private_home.exists()


def test_e_edits_and_asks_again(work):
    status, screen = ask("e\r\x15touch edited\ry\r", "touch proposed")
    assert status == 0
    assert [p.name for p in work.iterdir()] == ["edited"]
    assert history.read()[0]["edited"] is True


def test_an_unknown_answer_asks_again(work):
    status, screen = ask("maybe\rn\r", "touch made")
    assert status is None
    assert "answer y (run), n (don't), e (edit) or ? (explain)" in screen


def test_placeholders_are_asked_for_after_yes(work):
    status, _ = ask("y\rnamed\ry\r", "touch {{file}}")
    assert status == 0
    assert (work / "named").exists()


def test_question_mark_explains_then_asks_again(work):
    status, screen = ask("?\rn\r", "ls -l")
    assert status is None
    text = "\n".join(screen)
    assert text.index("Run? [y/N/e/?]") < text.index("risk: safe") < text.rindex("Run? [y/N/e/?]")
