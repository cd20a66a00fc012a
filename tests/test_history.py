import json
import multiprocessing

from click.testing import CliRunner

from nlsh import history
from nlsh.cli import cli


def test_entries_come_back_in_order_with_a_time():
    history.append({"phrase": "one", "action": "skip"})
    history.append({"phrase": "two", "action": "run", "exit_status": 0})
    entries = history.read()
    assert [e["phrase"] for e in entries] == ["one", "two"]
    assert all(e["time"].endswith("+00:00") for e in entries)


def test_a_damaged_line_is_skipped_not_fatal():
    history.append({"phrase": "before"})
    with open(history.log_path(), "a") as log:
        log.write('{"phrase": "cut off in the midd\n[1, 2]\n')
    history.append({"phrase": "after"})
    assert [e["phrase"] for e in history.read()] == ["before", "after"]


def test_the_log_is_private():
    history.append({"phrase": "secret"})
    assert history.log_path().stat().st_mode & 0o777 == 0o600


def _log_many(writer, count, padding):
    for number in range(count):
        history.append({"writer": writer, "number": number, "padding": padding})


def _in_two_sessions(target, *args):
    """Run target(writer, *args) in two processes at once, as writers "a" and "b"."""
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=target, args=(w, *args)) for w in ("a", "b")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)
        assert writer.exitcode == 0


def test_two_sessions_logging_at_once_lose_nothing():
    # Lines bigger than a pipe buffer make a torn write likely if the lock did not hold.
    padding, count = "x" * 70_000, 150
    _in_two_sessions(_log_many, count, padding)
    lines = history.log_path().read_bytes().splitlines()
    entries = [json.loads(line) for line in lines]  # every line whole
    for writer in ("a", "b"):
        assert [e["number"] for e in entries if e["writer"] == writer] == list(range(count))


def _entry(writer, number):
    # the size of a real entry: the trim counts lines only once the file could hold more than the limit
    return {"source": "repl", "cwd": "/home/someone/projects/site", "phrase": f"{writer} {number}",
            "proposed": ["ls -lSh", "du -sh *", "ls -lS"], "chosen": 0, "command": "ls -lSh", "edited": False,
            "action": "run", "exit_status": 0, "writer": writer, "number": number}


def test_past_the_limit_the_oldest_entries_go_and_the_rest_stay_in_order():
    for number in range(400):
        history.append(_entry("a", number), keep=100)
    numbers = [e["number"] for e in history.read()]
    assert 100 <= len(numbers) <= 110  # trimmed back to 100 each time it passes 110
    assert numbers == list(range(400 - len(numbers), 400))
    assert history.log_path().stat().st_mode & 0o777 == 0o600
    assert not list(history.log_path().parent.glob("*.trim"))


def test_a_limit_of_zero_keeps_everything():
    for number in range(300):
        history.append(_entry("a", number), keep=0)
    assert len(history.read()) == 300


def _log_kept(writer, count, keep):
    for number in range(count):
        history.append(_entry(writer, number), keep=keep)


def test_trimming_while_another_session_logs_loses_none_of_the_newest():
    count, keep = 400, 100
    _in_two_sessions(_log_kept, count, keep)
    entries = [json.loads(line) for line in history.log_path().read_bytes().splitlines()]
    assert keep <= len(entries) <= keep * 1.1
    for writer in ("a", "b"):
        # a line written into a file that a trim had just replaced would leave a gap here
        numbers = [e["number"] for e in entries if e["writer"] == writer]
        assert numbers == list(range(count - len(numbers), count))


def test_nlsh_history_shows_the_log():
    history.append({"phrase": "list files", "command": "ls -l", "action": "run", "exit_status": 0})
    history.append({"phrase": "wipe", "proposed": ["rm -rf x"], "command": "rm -rf x", "action": "skip"})
    result = CliRunner().invoke(cli, ["history"], catch_exceptions=False)
    assert result.exit_code == 0
    first, second = result.output.splitlines()
    assert "ran 0" in first and "ls -l" in first and "# list files" in first
    assert "skip" in second and "rm -rf x" in second

    latest = CliRunner().invoke(cli, ["history", "-n", "1", "--json"], catch_exceptions=False)
    assert json.loads(latest.output)["phrase"] == "wipe"


def test_nlsh_history_with_no_log_prints_nothing():
    result = CliRunner().invoke(cli, ["history"], catch_exceptions=False)
    assert (result.exit_code, result.output) == (0, "")


def test_a_line_run_after_ctrl_g_is_logged_as_chosen_edited_or_not_at_all():
    entry = history.hook_entry("show disk", ["df -h", "du -sh"], 0, "du -sh", 0, "/tmp")
    assert (entry["chosen"], entry["edited"], entry["source"], entry["action"]) == (1, False, "ctrl-g", "run")
    entry = history.hook_entry("show disk", ["df -h", "du -sh"], 0, "  sudo df -h /home ", 1, "/tmp")
    assert (entry["chosen"], entry["edited"], entry["command"], entry["exit_status"]) == (0, True, "sudo df -h /home", 1)
    entry = history.hook_entry("show disk", ["df -h"], None, "LANG=C df -h", 0, "/tmp")
    assert (entry["chosen"], entry["edited"]) == (None, True)
    # another program entirely: the person gave up on the proposal, so it says nothing about the phrase
    assert history.hook_entry("show disk", ["df -h", "du -sh"], 0, "git status", 0, "/tmp") is None
