"""How `nlsh translate` and the REPL reach the resident translator.

They ask the server over its socket and start it when it is not running. When no answer can be had
(it cannot start, does not answer in time, or answers in another protocol), they say so in one line on
stderr and translate in-process instead. An error the server reports (a refused phrase, a broken model)
is raised as the same NlshError it would be in-process.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

from nlsh import hookclient, protocol
from nlsh.cli import validate_phrase
from nlsh.errors import ExitStatus, InputError, ModelError, ServerError

START_WAIT_S = 10.0
REPLY_WAIT_S = 30.0  # k=20 on a busy machine, behind other clients
STOP_WAIT_S = 5.0
MAX_REPLY_BYTES = 16 << 20

_ERROR_BY_KIND = {"input": InputError, "model": ModelError}
_translators: dict = {}  # in-process fallbacks, loaded once per process and model directory
_notified = False


class Unreachable(ServerError):
    """No answer could be had from the server."""


class NotRunning(Unreachable):
    """Nothing listens on the server's socket."""


def translate(phrase: str, k: int, model_dir=None) -> list[dict]:
    """Candidate dicts (Candidate.to_dict()) for `phrase`, best first; `model_dir` forces in-process."""
    phrase = validate_phrase(phrase)
    if model_dir is None:
        try:
            return _ask_starting(protocol.request("translate", phrase=phrase, k=k))["candidates"]
        except Unreachable as exc:
            _notice(f"nlsh: {exc}; translating in-process")
    return [c.to_dict() for c in _in_process(model_dir).translate(phrase, k)]


def _in_process(model_dir):
    key = str(model_dir) if model_dir else None
    if key not in _translators:
        from nlsh.translator import Translator

        _translators[key] = Translator.load(model_dir)
    return _translators[key]


def _notice(line: str) -> None:
    global _notified
    if not _notified:
        print(line, file=sys.stderr, flush=True)
        _notified = True


def _ask_starting(line: bytes) -> dict:
    try:
        return request(line)
    except NotRunning:
        pass
    start_server()
    # The starter may have found another server starting whose socket is not bound yet.
    deadline = time.monotonic() + START_WAIT_S
    while True:
        try:
            return request(line)
        except NotRunning:
            if time.monotonic() >= deadline:
                raise Unreachable(f"the server started but its socket never appeared at "
                                  f"{protocol.socket_path()}") from None
            time.sleep(0.02)


def request(line: bytes, timeout: float = REPLY_WAIT_S) -> dict:
    """One round trip with the server: its reply when ok, else its error raised as an NlshError."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        try:
            sock.connect(str(protocol.socket_path()))
        except (FileNotFoundError, NotADirectoryError, ConnectionRefusedError):
            raise NotRunning("the server is not running") from None
        sock.sendall(line)
        reply = _read_line(sock)
    except TimeoutError:
        raise Unreachable(f"no answer from the server within {timeout:g} s") from None
    except OSError as exc:
        raise Unreachable(f"lost the connection to the server ({exc.strerror or exc})") from None
    finally:
        sock.close()
    try:
        message = protocol.parse_reply(reply)
    except ValueError as exc:
        raise Unreachable(f"unreadable reply from the server ({exc})") from None
    if not message["ok"] and message.get("kind") == "restart":
        raise NotRunning("the server made way for one with what is on disk now")  # so the caller starts it
    if not message["ok"]:
        raise _ERROR_BY_KIND.get(message.get("kind"), ServerError)(message.get("error", "the server failed"))
    return message


def _read_line(sock: socket.socket) -> bytes:
    chunks, size = [], 0
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionResetError("the server closed the connection without answering")
        chunks.append(chunk)
        size += len(chunk)
        if chunk.endswith(b"\n"):
            return b"".join(chunks)
        if size > MAX_REPLY_BYTES:
            raise ConnectionResetError("reply too large")


def start_server(idle_timeout: int | None = None, wait_s: float = START_WAIT_S) -> None:
    """Start the server in the background and wait until it answers (or another one is starting)."""
    argv, env = hookclient.server_command(sys.executable)
    if idle_timeout:
        argv += ["--idle-timeout", str(idle_timeout)]
    try:
        starter = subprocess.Popen(argv, env=env, cwd="/", stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, start_new_session=True)
    except OSError as exc:
        raise Unreachable(f"cannot start the server: {exc.strerror or exc}") from None
    try:
        _, stderr = starter.communicate(timeout=wait_s)
    except subprocess.TimeoutExpired:
        starter.kill()  # only the starter: the server it forked may still come up
        starter.wait()
        raise Unreachable(f"the server did not start within {wait_s:g} s") from None
    if starter.returncode == 0:
        return
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    reason = lines[-1].removeprefix("nlsh: ") if lines else f"exit status {starter.returncode}"
    if starter.returncode == ExitStatus.MODEL:
        raise ModelError(reason)  # translating in-process would fail the same way
    raise Unreachable(f"the server could not start: {reason}")


def status(timeout: float = 2.0) -> dict | None:
    """The running server's figures (its ping reply), or None when no server runs."""
    try:
        return request(protocol.request("ping"), timeout)
    except NotRunning:
        from nlsh.server import lock_held, read_status

        if lock_held():
            pid = (read_status() or {}).get("pid", "?")
            raise Unreachable(f"a server process (pid {pid}) holds the lock but has no socket yet; "
                              f"it may be starting") from None
        return None


def stop(wait_s: float = STOP_WAIT_S) -> int | None:
    """Stop the server and wait until it has exited; its pid, or None when none was running."""
    from nlsh.server import lock_held, read_status

    try:
        pid = request(protocol.request("stop"), wait_s)["pid"]
    except Unreachable:
        if not lock_held():
            return None
        # Alive but not answering: the lock proves the status file's pid is the live server.
        pid = (read_status() or {}).get("pid")
        if not isinstance(pid, int):
            raise ServerError("the server does not answer and its status file names no pid") from None
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + wait_s
    while lock_held():
        if time.monotonic() >= deadline:
            raise ServerError(f"the server (pid {pid}) did not exit within {wait_s:g} s")
        time.sleep(0.02)
    return pid
