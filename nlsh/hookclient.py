"""The shell hooks' client: `PYTHON -I -S hookclient.py K PHRASE` prints up to K commands, best first.

`hookclient.py log STATUS CHOSEN PHRASE COMMAND PROPOSED...` reports the line that ran after a Ctrl-G
proposal (CHOSEN: the index shown, or "-" for the phrase itself) for the server to log (nlsh.history);
it prints nothing, and the hooks run it in the background.

It runs on every press of the hook key, so it imports only modules built into the interpreter: `_socket`
instead of `socket` and `_json`'s C string codec instead of `json` (each saves as long again as the
interpreter takes to start). Under -I -S it cannot import the rest of nlsh either, so the rule for the
runtime directory is repeated here (tests check it against `nlsh.paths.runtime_dir()`).

Success: exit 0, one command per line on stdout (none when nothing fits). Failure: exit non-zero with
one line on stderr and nothing on stdout. A server that is not running is started, and waited for at
most NLSH_HOOK_TIMEOUT seconds (default 3) in all.
"""

import os
import sys
import time
from _json import encode_basestring_ascii, scanstring
from _socket import AF_UNIX, SOCK_STREAM, socket

# The same names nlsh.protocol and nlsh.server use.
PROTOCOL_VERSION = 1
SOCKET_NAME = "server.sock"
MAX_K = 20
DEFAULT_TIMEOUT_S = 3.0
MAX_REPLY_BYTES = 1 << 20
# Exit statuses, as nlsh.errors.ExitStatus numbers them.
USAGE, SERVER, INTERRUPTED = 2, 5, 130
EXIT_BY_KIND = {"input": USAGE, "model": 4}


class Failure(Exception):
    def __init__(self, message, status=SERVER):
        super().__init__(message)
        self.status = status


class Restart(Failure):
    """The server found nlsh or its model changed on disk and quit instead of answering from what it loaded."""


def runtime_dir(environ=os.environ):
    """Where the server's socket lives; the same rule as nlsh.paths.runtime_dir()."""
    if environ.get("NLSH_HOME"):
        return os.path.join(environ["NLSH_HOME"], "run")
    if environ.get("XDG_RUNTIME_DIR"):
        return os.path.join(environ["XDG_RUNTIME_DIR"], "nlsh")
    return os.path.join(_temp_dir(environ), f"nlsh-{os.getuid()}")


def _temp_dir(environ):
    """tempfile.gettempdir()'s choice: the first of these that is a writable directory."""
    candidates = [environ.get(name) for name in ("TMPDIR", "TEMP", "TMP")] + ["/tmp", "/var/tmp", "/usr/tmp"]
    for candidate in candidates:
        if candidate and os.path.isdir(candidate) and os.access(candidate, os.W_OK | os.X_OK):
            return os.path.abspath(candidate)
    return os.getcwd()


def server_command(python):
    """argv and environment that start the server from the nlsh package this file belongs to.

    The server needs site-packages, so it runs without -I -S; -P keeps the current directory off
    sys.path and PYTHONPATH points at this copy of nlsh, installed or a source checkout alike.
    """
    package_parent = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_parent, env.get("PYTHONPATH")]))
    return [python, "-P", "-m", "nlsh.server"], env


def _spawn_server():
    """Start the server detached from this process and from the terminal; returns the child's pid."""
    if not sys.executable:
        raise Failure("nlsh: cannot tell which Python to start the server with")
    argv, env = server_command(sys.executable)
    pid = os.fork()
    if pid == 0:
        try:
            os.setsid()
            null = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            os.closerange(3, 1 << 20)  # the shell's own descriptors must not stay open in a daemon
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    return pid


def _connect(path, deadline):
    """A socket connected to the server, starting the server first if nobody answers at `path`."""
    child = None
    while True:
        sock = socket(AF_UNIX, SOCK_STREAM)
        try:
            sock.connect(path)
            return sock
        except (FileNotFoundError, NotADirectoryError, ConnectionRefusedError):
            sock.close()
        except OSError as exc:
            sock.close()
            raise Failure(f"nlsh: cannot reach the server at {path}: {exc.strerror}")
        if child is None:
            child = _spawn_server()
        elif child:
            finished, status = os.waitpid(child, os.WNOHANG)
            if finished:
                # The starter exits 0 once its server is ready or when it finds another one starting
                # (keep knocking), and non-zero when the server cannot start.
                child = 0
                if os.waitstatus_to_exitcode(status) != 0:
                    raise Failure("nlsh: the server could not start (see: nlsh server start)")
        if time.monotonic() >= deadline:
            raise Failure("nlsh: server not running and could not be started (try: nlsh server start)")
        time.sleep(0.005)


def ask(phrase, k, timeout):
    """The server's commands for `phrase`, starting it when needed; Failure says why there are none."""
    request = (f'{{"v":{PROTOCOL_VERSION},"op":"translate","phrase":{encode_basestring_ascii(phrase)},'
               f'"k":{k},"commands_only":true}}')
    deadline = time.monotonic() + timeout
    try:
        return parse_reply(_exchange(request, timeout))
    except Restart:  # its socket is gone: the second try starts a server with what is on disk now
        return parse_reply(_exchange(request, max(0.001, deadline - time.monotonic())))


def report(exit_status, chosen, phrase, command, proposed, timeout):
    """Send the server one "log" request for a command that ran after Ctrl-G."""
    entry = (f'{{"phrase":{encode_basestring_ascii(phrase)},'
             f'"proposed":[{",".join(encode_basestring_ascii(c) for c in proposed)}],'
             f'"chosen":{chosen if chosen is not None else "null"},"command":{encode_basestring_ascii(command)},'
             f'"exit_status":{exit_status},"cwd":{encode_basestring_ascii(os.getcwd())}}}')
    reply = _exchange(f'{{"v":{PROTOCOL_VERSION},"op":"log","entry":{entry}}}', timeout)
    if not reply.startswith(f'{{"v":{PROTOCOL_VERSION},"ok":true'):
        parse_reply(reply)  # raises Failure with the server's reason


def _exchange(request, timeout):
    """One request line to the server and its reply line, starting the server when needed."""
    deadline = time.monotonic() + timeout
    path = os.path.join(runtime_dir(), SOCKET_NAME)
    sock = _connect(path, deadline)
    try:
        sock.settimeout(max(0.001, deadline - time.monotonic()))
        sock.sendall((request + "\n").encode("ascii"))
        reply = b""
        while not reply.endswith(b"\n"):
            chunk = sock.recv(65536)
            if not chunk or len(reply) > MAX_REPLY_BYTES:
                raise Failure("nlsh: the server quit without answering (`nlsh server start` says why)")
            reply += chunk
    except TimeoutError:
        raise Failure(f"nlsh: no answer from the server within {timeout:g} s") from None
    except OSError as exc:
        raise Failure(f"nlsh: lost the connection to the server: {exc.strerror or exc}") from None
    finally:
        sock.close()
    return reply.decode("ascii", "replace")


def parse_reply(reply):
    """The commands in one reply line from nlsh.server, or Failure with its error.

    The server writes compact ASCII JSON with "v" and "ok" first, so fixed prefixes and a search for a
    key (a quote inside a JSON string is always escaped, so a key cannot match inside a value) suffice.
    """
    prefix = f'{{"v":{PROTOCOL_VERSION},"ok":'
    if not reply.startswith(prefix):
        if reply.startswith('{"v":'):
            raise Failure("nlsh: the server speaks another protocol version; restart it: nlsh server stop")
        raise Failure("nlsh: unreadable reply from the server")
    try:
        if reply.startswith("true,", len(prefix)):
            index = reply.index('"commands":[') + len('"commands":[')
            commands = []
            while reply[index] != "]":
                if reply[index] == ",":
                    index += 1
                command, index = scanstring(reply, index + 1)
                commands.append(command)
            return commands
        kind = scanstring(reply, reply.index('"kind":"') + len('"kind":"'))[0]
        error = scanstring(reply, reply.index('"error":"') + len('"error":"'))[0]
    except (ValueError, IndexError):
        raise Failure("nlsh: unreadable reply from the server") from None
    raise (Restart if kind == "restart" else Failure)(f"nlsh: {error}", EXIT_BY_KIND.get(kind, SERVER))


def _timeout():
    try:
        return float(os.environ.get("NLSH_HOOK_TIMEOUT") or DEFAULT_TIMEOUT_S)
    except ValueError:
        raise Failure("nlsh: NLSH_HOOK_TIMEOUT must be a number of seconds", USAGE) from None


def _int(text):
    """A decimal integer, or None: int() itself would also take "٣" or "1_0"."""
    digits = text[1:] if text.startswith("-") else text
    return int(text) if digits and all("0" <= ch <= "9" for ch in digits) else None


def main_log(argv):
    """`hookclient.py log STATUS CHOSEN PHRASE COMMAND PROPOSED...`"""
    try:
        status = _int(argv[2]) if len(argv) > 2 else None
        chosen = _int(argv[3]) if len(argv) > 3 and argv[3] != "-" else None
        if (len(argv) < 7 or status is None or argv[3] != "-" and chosen is None
                or chosen is not None and not 0 <= chosen < len(argv) - 6):
            raise Failure("nlsh: usage: hookclient.py log STATUS CHOSEN|- PHRASE COMMAND PROPOSED...", USAGE)
        report(status, chosen, argv[4], argv[5], argv[6:], _timeout())
    except Failure as failure:
        sys.stderr.write(f"{failure}\n")
        return failure.status
    except KeyboardInterrupt:
        return INTERRUPTED
    return 0


def main(argv):
    if len(argv) > 1 and argv[1] == "log":
        return main_log(argv)
    try:
        if len(argv) != 3 or not (argv[1].isascii() and argv[1].isdigit()) or not 1 <= int(argv[1]) <= MAX_K:
            raise Failure(f"nlsh: usage: hookclient.py K PHRASE (K from 1 to {MAX_K})", USAGE)
        commands = ask(argv[2], int(argv[1]), _timeout())
    except Failure as failure:
        sys.stderr.write(f"{failure}\n")
        return failure.status
    except KeyboardInterrupt:
        return INTERRUPTED
    # A command that spans lines could not be put on one shell line; such a candidate is left out.
    shown = [c for c in commands if not any(ch in c for ch in "\n\r\x00")]
    sys.stdout.buffer.write("".join(f"{c}\n" for c in shown).encode("utf-8", "replace"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
