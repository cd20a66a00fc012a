"""The shell hooks' client, run exactly as the hooks run it: `python -I -S hookclient.py K PHRASE`."""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time

import pytest
from serverharness import (HOOK, make_home, needs_model, run_hook, server_pids, stop_servers, subprocess_env,
                           wait_until)

from nlsh import client, hookclient, paths, protocol


@pytest.fixture
def home(monkeypatch):
    path = make_home()
    monkeypatch.setenv("NLSH_HOME", str(path))
    yield path
    stop_servers(path)


@pytest.mark.parametrize("environ", [
    {"NLSH_HOME": "/srv/nlsh-home"},
    {"NLSH_HOME": "/srv/nlsh-home", "XDG_RUNTIME_DIR": "/run/user/1000"},
    {"XDG_RUNTIME_DIR": "/run/user/1000"},
    {"XDG_RUNTIME_DIR": "/run/user/1000/", "TMPDIR": "/var/tmp"},
    {"TMPDIR": "/var/tmp"},
    {"TMPDIR": "/no/such/dir"},  # not usable: both fall through to /tmp
    {},
])
def test_the_hook_client_finds_the_runtime_dir_where_nlsh_paths_puts_it(environ, monkeypatch):
    for name in ("NLSH_HOME", "XDG_RUNTIME_DIR", "TMPDIR", "TEMP", "TMP"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() caches its first answer
    assert hookclient.runtime_dir(os.environ) == str(paths.runtime_dir())
    assert hookclient.SOCKET_NAME == protocol.SOCKET_NAME and hookclient.MAX_K == protocol.MAX_K
    assert hookclient.PROTOCOL_VERSION == protocol.PROTOCOL_VERSION


@pytest.mark.parametrize("args", [[], ["3"], ["0", "list files"], ["21", "list files"], ["x", "list files"],
                                  ["\u00b9", "list files"],  # a digit to str.isdigit(), not to int()
                                  ["3", "list", "files"], ["log"], ["log", "0", "0", "show disk", "df -h"],
                                  ["log", "x", "0", "show disk", "df -h", "df -h"],
                                  ["log", "0", "1", "show disk", "df -h", "df -h"],
                                  ["log", "0", "\u0663", "show disk", "df -h", "df -h"]])
def test_usage_errors(args, home):
    result = subprocess.run([sys.executable, "-I", "-S", str(HOOK), *args], env=subprocess_env(home),
                            capture_output=True, timeout=30)
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.startswith(b"nlsh: usage: ") and result.stderr.count(b"\n") == 1


@needs_model
def test_log_reports_a_command_for_the_server_to_log(home):
    run_hook(home, 1, "list files")
    result = subprocess.run([sys.executable, "-I", "-S", str(HOOK), "log", "2", "-", "show disk", "df -h /x",
                             "df -h", "du -sh"], env=subprocess_env(home), capture_output=True, timeout=30, cwd="/")
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    [entry] = [json.loads(line) for line in (home / "data" / "log.jsonl").read_text().splitlines()]
    assert entry["command"] == "df -h /x" and entry["chosen"] is None and entry["edited"] is True
    assert (entry["exit_status"], entry["cwd"], entry["proposed"]) == (2, "/", ["df -h", "du -sh"])


def test_a_server_that_cannot_start_is_one_line_and_no_output(home):
    (home / "run").write_text("not a directory")
    started = time.monotonic()
    result = run_hook(home, 3, "list files")
    assert result.returncode == 5 and result.stdout == b""
    assert result.stderr == b"nlsh: the server could not start (see: nlsh server start)\n"
    assert time.monotonic() - started < 5


def test_a_silent_server_times_out_after_nlsh_hook_timeout(home):
    # A peer that accepts and never answers: what a wedged server looks like from outside.
    (home / "run").mkdir(mode=0o700)
    with socket.socket(socket.AF_UNIX) as silent:
        silent.bind(str(home / "run" / "server.sock"))
        silent.listen()
        started = time.monotonic()
        result = run_hook(home, 1, "list files", NLSH_HOOK_TIMEOUT="0.5")
        elapsed = time.monotonic() - started
    assert result.returncode == 5 and result.stdout == b""
    assert result.stderr == b"nlsh: no answer from the server within 0.5 s\n"
    assert 0.5 <= elapsed < 3


def test_a_bad_timeout_setting_is_a_usage_error(home):
    result = run_hook(home, 1, "list files", NLSH_HOOK_TIMEOUT="soon")
    assert result.returncode == 2 and result.stderr == b"nlsh: NLSH_HOOK_TIMEOUT must be a number of seconds\n"


@needs_model
def test_prints_the_servers_commands_one_per_line(home):
    phrase = "find all files modified in the last day"
    result = run_hook(home, 4, phrase)
    assert result.returncode == 0 and result.stderr == b""
    expected = [c["command"] for c in client.translate(phrase, 4)]
    assert result.stdout.decode().splitlines() == expected and result.stdout.endswith(b"\n")


@needs_model
def test_a_refused_phrase_is_one_line_on_stderr(home):
    result = run_hook(home, 1, "   ")
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.startswith(b"nlsh: empty phrase") and result.stderr.count(b"\n") == 1


@needs_model
def test_phrases_that_are_not_utf8_are_refused(home):
    result = subprocess.run([sys.executable, "-I", "-S", str(HOOK), "1", b"list \xff files"],
                            env=subprocess_env(home), capture_output=True, timeout=30)
    assert result.returncode == 2 and result.stderr == b"nlsh: phrase is not valid UTF-8 text\n"


@needs_model
def test_imports_nothing_beyond_what_the_interpreter_starts_with(home):
    run_hook(home, 1, "list files")  # the server is up: this measures the everyday path

    def imported(*args):
        result = subprocess.run([sys.executable, "-I", "-S", "-X", "importtime", *args], env=subprocess_env(home),
                                capture_output=True, text=True, timeout=30)
        assert result.returncode == 0, result.stderr
        return {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}

    extra = imported(str(HOOK), "1", "list files") - imported("-c", "import os")
    assert extra <= {"_socket", "_json", "time"}, extra


@needs_model
def test_the_server_it_starts_outlives_it_and_is_not_tied_to_its_terminal(home):
    result = run_hook(home, 1, "list files")
    assert result.returncode == 0
    assert wait_until(lambda: len(server_pids(home)) == 1, 5)
    (pid,) = server_pids(home)
    session = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[3])
    assert session == pid  # it leads a session of its own, with no controlling terminal
