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


def test_two_sessions_logging_at_once_lose_nothing():
    # Lines bigger than a pipe buffer make a torn write likely if the lock did not hold.
    padding, count = "x" * 70_000, 150
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=_log_many, args=(w, count, padding)) for w in ("a", "b")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)
        assert writer.exitcode == 0
    lines = history.log_path().read_bytes().splitlines()
    entries = [json.loads(line) for line in lines]  # every line whole
    for writer in ("a", "b"):
        assert [e["number"] for e in entries if e["writer"] == writer] == list(range(count))


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
