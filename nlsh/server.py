"""The resident translator: one process per user keeps the model loaded and answers on a Unix socket.

`python -m nlsh.server` detaches, and exits once the server is ready (status 0), finds another one
starting or running (status 0), or cannot start (its reason on stderr, the status for that reason);
`--foreground` stays attached. The server holds an exclusive lock on server.lock for its whole life:
that makes it the only one for this user, and makes a socket or status file left behind by a killed
server safe to replace.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import logging
import logging.handlers
import os
import select
import signal
import socket
import stat
import struct
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from nlsh import __version__, history, paths, protocol
from nlsh.cli import validate_phrase
from nlsh.errors import ExitStatus, InputError, ModelError, NlshError, ServerError

# A client sends its request as soon as it connects, so this much silence means it never will.
REQUEST_TIMEOUT_S = 2.0
MAX_CONNECTIONS = 256
# Long enough for a stopping server to finish exiting and for a client's lock probe to end.
LOCK_WAIT_S = 2.0
READY_WAIT_S = 60.0
# How long a stopping server lets answers in progress go out: well under LOCK_WAIT_S, so that a fresh
# server started meanwhile still gets the lock.
DRAIN_WAIT_S = 1.0
UNIX_PATH_MAX = 107

log = logging.getLogger("nlsh.server")


class AlreadyRunning(ServerError):
    pass


def log_path() -> Path:
    return paths.state_dir() / "server.log"


def lock_held() -> bool:
    """Whether a server process is alive (starting, serving or exiting): its lock cannot be shared."""
    try:
        fd = os.open(protocol.lock_path(), os.O_RDONLY | os.O_CLOEXEC)
    except (FileNotFoundError, NotADirectoryError):
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def read_status() -> dict | None:
    """The status file of the running (or last killed) server, if there is one."""
    try:
        return json.loads(protocol.status_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class Server:
    """Serves each connection on its own thread; translations take turns on the one loaded model."""

    def __init__(self, listener: socket.socket, translator, idle_timeout: float):
        self.listener = listener
        self.translator = translator
        self.idle_timeout = idle_timeout
        self.started = time.time()
        self.requests = 0
        self.translations = 0
        # One thread runs every translation: requests take turns on the model, and the memory the model
        # and numpy allocate stays in one malloc arena instead of growing one per connection thread.
        self._model_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model")
        self._lock = threading.Lock()  # guards the counters below and above
        self._active = 0
        self._drained = threading.Condition(self._lock)
        self._last_activity = time.monotonic()
        self._stopping = threading.Event()
        self._wake_r, self._wake_w = os.pipe()
        self._watched = watched_files(translator.model_dir)
        self._on_disk = fingerprint(self._watched)

    def serve(self) -> None:
        """Accept until stopped or idle for idle_timeout seconds with no connection open."""
        self.listener.setblocking(False)
        try:
            while not self._stopping.is_set():
                wait = self._idle_left()
                if wait <= 0:
                    log.info("no request for %g s; exiting", self.idle_timeout)
                    break
                readable, _, _ = select.select([self.listener, self._wake_r], [], [], wait)
                if self.listener in readable:
                    self._accept()
        finally:
            # Gone first, so that a client from now on starts a fresh server (which waits for our lock)
            # rather than queueing on a socket about to close, which resets it. Those already queued
            # are answered: closing the listener would reset them too.
            _withdraw()
            while select.select([self.listener], [], [], 0)[0]:
                self._accept()
            # Let answers in progress go out. The wake pipe stays open: a late stop() may still write.
            with self._lock:
                self._drained.wait_for(lambda: self._active == 0, timeout=DRAIN_WAIT_S)

    def stop(self) -> None:
        self._stopping.set()
        os.write(self._wake_w, b"x")

    def stats(self) -> dict:
        with self._lock:
            requests, translations = self.requests, self.translations
        return {"pid": os.getpid(), "version": __version__, "socket": str(protocol.socket_path()),
                "model": str(self.translator.model_dir), "load_s": round(self.translator.load_seconds, 4),
                "uptime_s": round(time.time() - self.started, 1), "idle_timeout_s": self.idle_timeout,
                "requests": requests, "translations": translations}

    def _changed_on_disk(self) -> bool:
        """Whether nlsh's code or the model changed since this server loaded them; logged when so."""
        changed = fingerprint(self._watched) != self._on_disk
        if changed:
            log.info("nlsh or its model changed on disk; exiting so that the next request starts afresh")
        return changed

    def _idle_left(self) -> float:
        with self._lock:
            if self._active:
                return self.idle_timeout
            return self.idle_timeout - (time.monotonic() - self._last_activity)

    def _accept(self) -> None:
        try:
            conn, _ = self.listener.accept()
        except (BlockingIOError, ConnectionAbortedError):
            return
        with self._lock:
            busy = self._active >= MAX_CONNECTIONS
            if not busy:
                self._active += 1
        if busy:
            _reply_and_close(conn, protocol.error_reply("server", "server busy; try again"))
            return
        threading.Thread(target=self._serve_connection, args=(conn,), daemon=True).start()

    def _serve_connection(self, conn: socket.socket) -> None:
        try:
            self._converse(conn)
        except OSError as exc:  # the client went away mid-reply; nothing to tell anyone
            log.debug("connection dropped: %s", exc)
        finally:
            conn.close()
            with self._lock:
                self._active -= 1
                self._last_activity = time.monotonic()
                self._drained.notify_all()
            if self._changed_on_disk():
                # An upgrade or a rebuilt model: the next request should start a server that loads them,
                # not get this one's answers until it idles out.
                self.stop()

    def _converse(self, conn: socket.socket) -> None:
        """Answer each line the client sends until it closes, falls silent, or breaks the framing."""
        conn.setblocking(True)
        if not _same_user(conn):
            log.warning("refused a connection from another user")
            conn.sendall(protocol.error_reply("server", "this server belongs to another user"))
            return
        conn.settimeout(REQUEST_TIMEOUT_S)
        buffer = b""
        while True:
            newline = buffer.find(b"\n")
            if newline < 0:
                if len(buffer) > protocol.MAX_LINE_BYTES:
                    conn.sendall(protocol.error_reply(
                        "request", f"request too large (over {protocol.MAX_LINE_BYTES} bytes)"))
                    return
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    if buffer:
                        conn.sendall(protocol.error_reply("request", "incomplete request: no newline"))
                    return
                if chunk:
                    buffer += chunk
                    continue
                if not buffer.strip():
                    return
                newline = len(buffer)  # a last request without its newline, then end of input
            line, buffer = buffer[:newline], buffer[newline + 1:]
            if not line.strip():
                continue
            reply, stop = self._answer(line)
            conn.sendall(reply)
            if stop:
                self.stop()
                return

    def _answer(self, line: bytes) -> tuple[bytes, bool]:
        """The reply to one request line, and whether the server should stop after sending it."""
        try:
            request = protocol.parse_request(line)
        except protocol.BadRequest as exc:
            return protocol.error_reply("request", str(exc)), False
        with self._lock:
            self.requests += 1
        try:
            if request.op == "ping":
                return protocol.ok_reply(request.id, **self.stats()), False
            if request.op == "stop":
                log.info("stop requested")
                # Gone before the reply, so a client that hears "stopped" never finds a dying server.
                _withdraw()
                return protocol.ok_reply(request.id, pid=os.getpid()), True
            if request.op == "translate" and self._changed_on_disk():
                # An upgrade or a rebuilt model while this server idled: an answer from what is loaded would
                # be stale. Gone before the reply, as for "stop", so the client's second try starts afresh.
                _withdraw()
                return protocol.error_reply("restart", "nlsh or its model changed on disk; ask again",
                                            request.id), True
            if request.op == "log":
                entry = history.hook_entry(**request.entry)
                if entry is not None:
                    history.append(entry, keep=_configured("history_limit"))
                return protocol.ok_reply(request.id, logged=entry is not None), False
            return self._model_thread.submit(self._translate, request).result(), False
        except InputError as exc:
            return protocol.error_reply("input", str(exc), request.id), False
        except ModelError as exc:
            log.error("model error: %s", exc)
            return protocol.error_reply("model", str(exc), request.id), False
        except Exception as exc:  # a bug must cost one request, never the server
            log.exception("request failed")
            return protocol.error_reply("server", f"internal error ({type(exc).__name__}); see {log_path()}",
                                        request.id), False

    def _translate(self, request: protocol.Request) -> bytes:
        try:
            request.phrase.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError("phrase is not valid UTF-8 text") from None
        phrase = validate_phrase(request.phrase)
        candidates = self.translator.translate(phrase, request.k)
        with self._lock:
            self.translations += 1
        if request.commands_only:
            return protocol.ok_reply(request.id, commands=[c.command for c in candidates])
        return protocol.ok_reply(request.id, candidates=[c.to_dict() for c in candidates])


def watched_files(model_dir: Path) -> list[Path]:
    """What a running server has loaded and would miss a change of: nlsh's own modules and the model's files."""
    return (sorted(Path(__file__).resolve().parent.glob("*.py"))
            + sorted(path for path in Path(model_dir).iterdir() if path.is_file()))


def fingerprint(files: list[Path]) -> tuple:
    """Identity and age of each file (a reinstall replaces files, a rebuild rewrites them); None if gone."""
    out = []
    for path in files:
        try:
            info = path.stat()
            out.append((info.st_ino, info.st_size, info.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


def _same_user(conn: socket.socket) -> bool:
    if not hasattr(socket, "SO_PEERCRED"):  # elsewhere the 0700 runtime directory is the only guard
        return True
    _pid, uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                                          struct.calcsize("3i")))
    return uid == os.getuid()


def _reply_and_close(conn: socket.socket, reply: bytes) -> None:
    try:
        conn.setblocking(True)
        conn.settimeout(REQUEST_TIMEOUT_S)
        conn.sendall(reply)
    except OSError:
        pass
    finally:
        conn.close()


def _turn_away(listener: socket.socket, reply: bytes) -> None:
    """Answer the clients that connected while the model was loading with why it did not."""
    listener.setblocking(False)
    while True:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        try:
            conn.settimeout(0.2)
            conn.recv(protocol.MAX_LINE_BYTES)  # read first: closing on unread data resets the reply
        except OSError:
            pass
        _reply_and_close(conn, reply)


def _withdraw() -> None:
    """The status file and socket gone: from now on a client starts a fresh server instead of finding this one."""
    _remove(protocol.status_path())
    _remove(protocol.socket_path())


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def prepare_runtime_dir() -> Path:
    """The runtime directory, created 0700; refused when it is a link or belongs to someone else."""
    directory = paths.runtime_dir()
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise ServerError(f"cannot create the runtime directory {directory}: {exc.strerror}") from None
    info = os.lstat(directory)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise ServerError(f"{directory} is not a directory owned by you; remove it and try again")
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(directory, 0o700)
    return directory


def _acquire_lock(path: Path) -> int | None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                return None
            time.sleep(0.02)


def _listen(path: Path) -> socket.socket:
    if len(os.fsencode(path)) > UNIX_PATH_MAX:
        raise ServerError(f"socket path too long for a Unix socket: {path}; set NLSH_HOME to a shorter directory")
    _remove(path)  # left by a server that was killed: we hold the lock, so nobody else is using it
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(str(path))
        os.chmod(path, 0o600)
        listener.listen(128)
    except OSError:
        listener.close()
        raise
    return listener


def _write_status() -> None:
    path = protocol.status_path()
    temporary = path.with_suffix(".tmp")
    status = {"pid": os.getpid(), "socket": str(protocol.socket_path()), "model": str(paths.default_model_dir()),
              "started": time.time(), "protocol": protocol.PROTOCOL_VERSION}
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(status, handle)
    os.replace(temporary, path)


def _configured(setting: str):
    """A setting from the user's config; its default, with a warning in the log, when the config is broken."""
    from nlsh import config
    from nlsh.errors import ConfigError

    try:
        return getattr(config.load(), setting)
    except ConfigError as exc:
        log.warning("%s; using the default %s", exc, setting)
        return getattr(config.Config(), setting)


def run(idle_timeout: float | None = None, report=lambda line: None) -> None:
    """Load the model and serve until stopped or idle; `report` hears "ready" once it answers."""
    prepare_runtime_dir()
    lock_fd = _acquire_lock(protocol.lock_path())
    if lock_fd is None:
        status = read_status() or {}
        raise AlreadyRunning(f"a server is already running (pid {status.get('pid', '?')})")
    listener = None
    try:
        # Bound before the model loads: clients that connect meanwhile queue instead of being refused.
        listener = _listen(protocol.socket_path())
        _write_status()
        idle_timeout = idle_timeout or _configured("idle_timeout")
        from nlsh.translator import Translator

        try:
            translator = Translator.load()
        except ModelError as exc:
            _turn_away(listener, protocol.error_reply("model", str(exc)))
            raise
        server = Server(listener, translator, idle_timeout)
        signal.signal(signal.SIGTERM, lambda *_: server.stop())
        log.info("ready: pid %d, socket %s, model %s loaded in %.3f s, idle timeout %g s", os.getpid(),
                 protocol.socket_path(), translator.model_dir, translator.load_seconds, idle_timeout)
        report("ready")
        server.serve()
        log.info("stopped after %d requests", server.requests)
    finally:
        _withdraw()
        if listener is not None:
            listener.close()
        os.close(lock_fd)


def _setup_logging(to_stderr: bool) -> None:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handlers = [logging.handlers.RotatingFileHandler(path, maxBytes=1 << 20, backupCount=1, encoding="utf-8")]
    if to_stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter("%(asctime)s pid %(process)d %(levelname)s %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)


def _daemonize(idle_timeout: float | None) -> int:
    """Fork; the child serves in a new session, the parent relays how the start went and exits."""
    read_end, write_end = os.pipe()
    if os.fork():
        os.close(write_end)
        return _await_start(read_end)
    os.close(read_end)
    os.setsid()
    os.chdir("/")
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)

    def report(line: str) -> None:
        nonlocal write_end
        if write_end is not None:
            os.write(write_end, line.encode("utf-8", "replace") + b"\n")
            os.close(write_end)
            write_end = None

    try:
        run(idle_timeout, report)
    except AlreadyRunning:
        report("running")
    except NlshError as exc:
        log.error("cannot start: %s", exc)
        report(f"error {int(exc.exit_status)} {exc}")
    except Exception:
        log.exception("server failed")
        report(f"error {int(ExitStatus.SERVER)} the server failed; see {log_path()}")
    return 0


def _await_start(read_end: int) -> int:
    readable, _, _ = select.select([read_end], [], [], READY_WAIT_S)
    line = os.read(read_end, 4096).decode("utf-8", "replace").strip() if readable else None
    if line in ("ready", "running"):
        return 0
    if line and line.startswith("error "):
        _, status, message = line.split(" ", 2)
        print(f"nlsh: {message}", file=sys.stderr)
        return int(status)
    if line is None:
        print(f"nlsh: the server did not get ready within {READY_WAIT_S:g} s; see {log_path()}", file=sys.stderr)
    else:
        print(f"nlsh: the server exited while starting; see {log_path()}", file=sys.stderr)
    return int(ExitStatus.SERVER)


def run_foreground(idle_timeout: float | None = None) -> None:
    """Serve attached to the terminal, logging to stderr as well; Ctrl-C stops it."""
    _setup_logging(to_stderr=True)
    try:
        run(idle_timeout)
    except KeyboardInterrupt:
        log.info("interrupted; stopped")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlsh.server", description=__doc__.splitlines()[0])
    parser.add_argument("--foreground", action="store_true", help="stay attached and log to stderr too")
    parser.add_argument("--idle-timeout", type=int, default=None, metavar="SECONDS",
                        help="exit after this long without a request (default: the config's idle_timeout)")
    args = parser.parse_args(argv)
    if args.idle_timeout is not None and args.idle_timeout <= 0:
        parser.error("--idle-timeout must be a positive number of seconds")
    if not args.foreground:
        _setup_logging(to_stderr=False)
        return _daemonize(args.idle_timeout)
    try:
        run_foreground(args.idle_timeout)
    except NlshError as exc:
        print(f"nlsh: {exc}", file=sys.stderr)
        return int(exc.exit_status)
    return 0


if __name__ == "__main__":
    sys.exit(main())
