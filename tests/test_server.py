"""The resident server as a real process on a real socket: lifecycle, one per user, stale files, permissions."""

import json
import os
import signal
import stat
import subprocess
import sys

import pytest
from serverharness import (HOOK, exchange, make_home, needs_model, process_gone, run_hook, run_nlsh,
                           server_pids, stop_servers, subprocess_env, wait_until)

from nlsh import client, protocol

pytestmark = needs_model


@pytest.fixture
def home(monkeypatch):
    path = make_home()
    monkeypatch.setenv("NLSH_HOME", str(path))
    yield path
    stop_servers(path)


def _mode(path):
    return stat.S_IMODE(os.lstat(path).st_mode)


def _status_or_error():
    try:
        return client.status()
    except client.Unreachable as exc:
        return exc


def test_start_status_stop(home):
    assert run_nlsh(home, "server", "status").returncode == 3

    started = run_nlsh(home, "server", "start")
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("nlsh server started: pid ")
    pid = json.loads((home / "run" / "server.json").read_text())["pid"]
    assert server_pids(home) == [pid]

    again = run_nlsh(home, "server", "start")
    assert again.returncode == 0 and again.stdout.startswith(f"nlsh server already running: pid {pid},")

    status = run_nlsh(home, "server", "status")
    assert status.returncode == 0, status.stderr
    lines = dict(line.split(": ", 1) for line in status.stdout.splitlines())
    assert lines["pid"] == str(pid)
    assert lines["socket"] == str(home / "run" / "server.sock")
    assert lines["model"].startswith(str(client.status()["model"]))
    assert lines["requests served"] == "3 (0 translations)"  # a ping from each `start`, and this one
    assert "uptime" in lines

    stopped = run_nlsh(home, "server", "stop")
    assert stopped.returncode == 0 and stopped.stdout.strip() == f"nlsh server stopped (pid {pid})"
    assert wait_until(lambda: server_pids(home) == [], 5)  # its lock is gone already; the process follows
    assert not (home / "run" / "server.sock").exists() and not (home / "run" / "server.json").exists()
    assert run_nlsh(home, "server", "status").returncode == 3
    assert run_nlsh(home, "server", "stop").stdout.strip() == "nlsh server is not running"


def test_the_server_logs_its_start_and_stop_to_the_state_dir(home):
    client.start_server()
    client.stop()
    log = (home / "state" / "server.log").read_text()
    assert "ready: pid" in log and "loaded in" in log and "stop requested" in log


def test_foreground_server_stops_on_sigterm_and_cleans_up(home):
    server = subprocess.Popen([sys.executable, "-m", "nlsh", "server", "start", "--foreground"],
                              env=subprocess_env(home), stderr=subprocess.PIPE, text=True)
    try:
        assert wait_until(lambda: (home / "run" / "server.json").exists() and client.status(), 30)
        assert client.status()["pid"] == server.pid
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=10) == 0
    finally:
        server.kill()
    assert "ready: pid" in server.stderr.read()
    assert not (home / "run" / "server.sock").exists()


def test_auto_start_from_the_hook_client(home):
    assert server_pids(home) == []
    result = run_hook(home, 3, "list all files in the current directory")
    assert result.returncode == 0, result.stderr
    assert result.stderr == b"" and result.stdout.strip()
    assert wait_until(lambda: len(server_pids(home)) == 1, 5)  # the starter exits a moment after "ready"


def test_auto_start_from_the_python_client(home):
    candidates = client.translate("find all text files", 2)
    assert 1 <= len(candidates) <= 2 and all("command" in c for c in candidates)
    assert client.status()["translations"] == 1


def test_clients_racing_to_start_get_one_server(home):
    racers = [subprocess.Popen([sys.executable, "-I", "-S", str(HOOK), "1", phrase],
                               env=subprocess_env(home, NLSH_HOOK_TIMEOUT="30"), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
              for phrase in ("list files", "show disk usage", "count lines in a file", "print the date")]
    for racer in racers:
        out, err = racer.communicate(timeout=60)
        assert racer.returncode == 0 and out.strip() and err == b"", err
    assert wait_until(lambda: len(server_pids(home)) == 1, 5)
    assert client.status()["translations"] == 4


def test_a_killed_server_leaves_files_that_the_next_one_replaces(home):
    client.start_server()
    first = client.status()["pid"]
    os.kill(first, signal.SIGKILL)
    assert wait_until(lambda: process_gone(first), 10)
    assert (home / "run" / "server.sock").exists() and (home / "run" / "server.json").exists()
    # A dead socket is "not running", not an error, once the last of the killed server's threads has
    # closed its files (its main thread can be a zombie before that).
    assert wait_until(lambda: _status_or_error() is None, 10)

    result = run_hook(home, 1, "list files")
    assert result.returncode == 0, result.stderr
    second = client.status()["pid"]
    assert second != first and wait_until(lambda: server_pids(home) == [second], 5)
    assert json.loads((home / "run" / "server.json").read_text())["pid"] == second


def test_runtime_dir_and_socket_are_private(home):
    (home / "run").mkdir(mode=0o755)
    os.chmod(home / "run", 0o755)
    client.start_server()
    assert _mode(home / "run") == 0o700
    assert _mode(home / "run" / "server.sock") == 0o600
    assert _mode(home / "run" / "server.json") == 0o600
    assert _mode(home / "run" / "server.lock") == 0o600


# A Python that user "nobody" may run: the test's own may live under root's private home.
SYSTEM_PYTHON = "/usr/bin/python3"


@pytest.mark.skipif(os.getuid() != 0 or not os.path.exists(SYSTEM_PYTHON), reason="needs root and /usr/bin/python3")
def test_connections_from_another_user_are_refused(home):
    client.start_server()
    # Open the door the 0700 directory keeps shut, to reach the server's own peer check.
    os.chmod(home, 0o755)
    os.chmod(home / "run", 0o755)
    os.chmod(home / "run" / "server.sock", 0o777)
    probe = ("import socket; s = socket.socket(socket.AF_UNIX); s.settimeout(5); s.connect(%r); "
             "s.sendall(b'{\"v\":1,\"op\":\"ping\"}\\n'); print(s.recv(4096).decode())"
             % str(home / "run" / "server.sock"))
    result = subprocess.run([SYSTEM_PYTHON, "-I", "-S", "-c", probe], user=65534, capture_output=True, text=True,
                            timeout=20)
    assert result.returncode == 0, result.stderr
    reply = json.loads(result.stdout)
    assert reply["ok"] is False and "another user" in reply["error"]
    assert client.status()["requests"] == 1  # only this ping: the stranger's was never read


def test_a_runtime_dir_owned_by_someone_else_is_refused(home, tmp_path):
    (home / "run").symlink_to(tmp_path)
    with pytest.raises(client.Unreachable, match="not a directory owned by you"):
        client.start_server()


def test_the_server_exits_when_idle(home):
    started = run_nlsh(home, "server", "start", "--idle-timeout", "1")
    assert started.returncode == 0, started.stderr
    assert client.status()["idle_timeout_s"] == 1
    assert wait_until(lambda: server_pids(home) == [], 15)
    assert not (home / "run" / "server.sock").exists() and not (home / "run" / "server.json").exists()
    assert "no request for 1 s; exiting" in (home / "state" / "server.log").read_text()


def test_stop_right_after_start_then_start_again(home):
    for _ in range(2):
        client.start_server()
        assert client.status()
        assert client.stop()
    assert wait_until(lambda: server_pids(home) == [], 5)


def test_a_server_that_cannot_load_its_model_tells_the_waiting_clients(home, tmp_path):
    result = run_hook(home, 1, "list files", NLSH_MODEL=str(tmp_path / "nowhere"))
    assert result.returncode == 4 and result.stdout == b""
    assert result.stderr.decode().startswith("nlsh: no model found at ") and result.stderr.count(b"\n") == 1
    assert wait_until(lambda: server_pids(home) == [], 5)
    started = run_nlsh(home, "server", "start", env=subprocess_env(home, NLSH_MODEL=str(tmp_path / "nowhere")))
    assert started.returncode == 4 and "no model found" in started.stderr


def test_status_reports_protocol_files(home):
    client.start_server()
    status = json.loads(protocol.status_path().read_text())
    assert status["socket"] == str(protocol.socket_path()) and status["protocol"] == protocol.PROTOCOL_VERSION
    reply = json.loads(exchange(home, b'{"v":1,"op":"ping","id":7}\n'))
    assert reply["ok"] and reply["id"] == 7 and reply["pid"] == status["pid"]


def test_a_server_whose_model_changed_on_disk_makes_way_for_a_fresh_one(home, tmp_path):
    from nlsh.paths import shipped_model_dir

    model = tmp_path / "model"
    model.mkdir()
    for name in ("model.json", "encoder.int8.onnx", "decoder.int8.onnx", "retrieval.npz", "channel.npz"):
        (model / name).write_bytes((shipped_model_dir() / name).read_bytes())
    env = {"NLSH_MODEL": str(model)}
    assert run_hook(home, 1, "list files", **env).returncode == 0
    assert wait_until(lambda: len(server_pids(home)) == 1, 5)  # the starter exits a moment after "ready"
    [first] = server_pids(home)
    phrase = "which files have i changed in git"  # the channel table puts `git diff --name-only` first
    assert run_hook(home, 1, phrase, **env).stdout.decode().splitlines() == ["git diff --name-only"]
    # A rebuild rewrites the model (an upgrade replaces nlsh's files the same way), here one without the
    # table: the running server quits instead of answering from what it loaded, and the hook asks again.
    meta = json.loads((model / "model.json").read_text())
    del meta["files"]["channel"]
    fresh = model / "model.json.new"
    fresh.write_text(json.dumps(meta))
    fresh.replace(model / "model.json")
    again = run_hook(home, 1, phrase, **env)
    assert again.returncode == 0 and again.stdout.decode().splitlines() == ["git diff"], again
    assert wait_until(lambda: process_gone(first), 10)
    assert "changed on disk" in (home / "state" / "server.log").read_text()
    assert server_pids(home) and first not in server_pids(home)


def test_a_client_that_connects_as_the_server_stops_is_answered_and_the_next_finds_no_socket(home):
    # A server stops on its own (idle, or nlsh or its model changed on disk) while clients may be connecting:
    # one already queued on the socket was reset when the socket closed ("lost the connection to the
    # server"), and its client fell back to translating in-process. In-process Server, so the connection
    # is surely queued before the server stops.
    import socket

    from nlsh.server import Server, _listen, prepare_runtime_dir
    from nlsh.translator import Translator

    prepare_runtime_dir()
    listener = _listen(protocol.socket_path())
    server = Server(listener, Translator.load(), idle_timeout=60)
    queued = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    queued.settimeout(30)
    queued.connect(str(protocol.socket_path()))
    queued.sendall(protocol.request("translate", phrase="show free disk space in human readable form", k=1))
    server.stop()
    server.serve()
    listener.close()
    assert not protocol.socket_path().exists()  # so the next client starts a fresh server
    reply = b""
    while not reply.endswith(b"\n"):
        chunk = queued.recv(65536)
        assert chunk, "the queued client's connection closed without an answer"
        reply += chunk
    queued.close()
    assert protocol.parse_reply(reply)["candidates"][0]["command"] == "df -h"
