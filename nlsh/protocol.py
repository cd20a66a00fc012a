"""What client and server say to each other over the Unix socket.

One request and one reply per connection turn, each a single line of JSON (ASCII only, so a line never
needs a decoder to be split). Every message carries the protocol version "v". Requests:

    {"v": 1, "op": "translate", "phrase": "list files", "k": 3}   -> {"v": 1, "ok": true, "candidates": [...]}
    ... with "commands_only": true                                -> {"v": 1, "ok": true, "commands": [...]}
    {"v": 1, "op": "ping"}                                        -> {"v": 1, "ok": true, "pid": ..., ...}
    {"v": 1, "op": "stop"}                                        -> {"v": 1, "ok": true}
    {"v": 1, "op": "log", "entry": {...}}                         -> {"v": 1, "ok": true, "logged": true}

"log" is how the shell hooks report the command a Ctrl-G proposal became once it ran; the entry has
"phrase", "proposed" (the candidates, best first), "chosen" (the index shown when Enter was pressed, or
null for the phrase itself), "command" (the line that ran), "exit_status" and "cwd" (see nlsh.history).

A request may carry an "id" (string or integer), which its reply repeats. A failure is
{"v": 1, "ok": false, "kind": KIND, "error": "one line"} with KIND one of: "request" (malformed; a client
bug), "input" (the phrase was refused), "model", "server", "restart" (nlsh or its model changed on disk since the
server loaded them: it has quit without answering, and the client asks again, which starts a fresh server).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from nlsh import paths
from nlsh.errors import InputError

PROTOCOL_VERSION = 1
MAX_LINE_BYTES = 64 * 1024  # a 1000-character phrase escapes to at most ~12 KiB
MAX_K = 20
MAX_ID_CHARS = 100
OPS = ("translate", "ping", "stop", "log")
MAX_COMMAND_CHARS = 10_000
# In the runtime directory; nlsh.hookclient repeats SOCKET_NAME.
SOCKET_NAME = "server.sock"
STATUS_NAME = "server.json"  # pid, socket and model of the running server
LOCK_NAME = "server.lock"  # held by the one server process for its whole life


def socket_path() -> Path:
    return paths.runtime_dir() / SOCKET_NAME


def status_path() -> Path:
    return paths.runtime_dir() / STATUS_NAME


def lock_path() -> Path:
    return paths.runtime_dir() / LOCK_NAME


class BadRequest(InputError):
    """A request that does not follow the protocol."""


@dataclass(frozen=True)
class Request:
    op: str
    phrase: str = ""
    k: int = 1
    commands_only: bool = False
    id: str | int | None = None
    entry: dict | None = None


def encode(message: dict) -> bytes:
    """One message as one line of ASCII JSON."""
    return json.dumps(message, ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode() + b"\n"


def request(op: str, **fields) -> bytes:
    return encode({"v": PROTOCOL_VERSION, "op": op, **fields})


def ok_reply(request_id=None, **fields) -> bytes:
    return encode(_with_id({"v": PROTOCOL_VERSION, "ok": True, **fields}, request_id))


def error_reply(kind: str, message: str, request_id=None) -> bytes:
    return encode(_with_id({"v": PROTOCOL_VERSION, "ok": False, "kind": kind, "error": message}, request_id))


def _with_id(message: dict, request_id) -> dict:
    if request_id is not None:
        message["id"] = request_id
    return message


def parse_request(line: bytes) -> Request:
    """The request in one line (without its newline); BadRequest says what is wrong with it."""
    if len(line) > MAX_LINE_BYTES:
        raise BadRequest(f"request too large (over {MAX_LINE_BYTES} bytes)")
    try:
        message = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadRequest("request is not UTF-8") from None
    except (ValueError, RecursionError):
        raise BadRequest("request is not valid JSON") from None
    if not isinstance(message, dict):
        raise BadRequest("request must be a JSON object")
    version = message.get("v")
    if version != PROTOCOL_VERSION or isinstance(version, bool):
        raise BadRequest(f"unsupported protocol version {version!r}; this server speaks {PROTOCOL_VERSION}")
    request_id = message.get("id")
    if request_id is not None and not _valid_id(request_id):
        raise BadRequest(f"id must be a string of at most {MAX_ID_CHARS} characters or an integer")
    op = message.get("op")
    if op not in OPS:
        raise BadRequest(f"unknown op {op!r}; expected one of {', '.join(OPS)}")
    if op == "log":
        return Request(op, id=request_id, entry=_hook_entry(message.get("entry")))
    if op != "translate":
        return Request(op, id=request_id)
    phrase, k = message.get("phrase"), message.get("k", 1)
    commands_only = message.get("commands_only", False)
    if not isinstance(phrase, str):
        raise BadRequest("translate needs a string 'phrase'")
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
        raise BadRequest(f"'k' must be an integer from 1 to {MAX_K}")
    if not isinstance(commands_only, bool):
        raise BadRequest("'commands_only' must be true or false")
    return Request(op, phrase=phrase, k=k, commands_only=commands_only, id=request_id)


def _hook_entry(entry) -> dict:
    """A "log" request's entry, checked field by field."""
    if not isinstance(entry, dict):
        raise BadRequest("log needs an object 'entry'")
    fields = {"phrase": str, "proposed": list, "command": str, "exit_status": int, "cwd": str}
    for name, kind in fields.items():
        if not isinstance(entry.get(name), kind) or isinstance(entry.get(name), bool):
            raise BadRequest(f"log entry needs {kind.__name__} {name!r}")
    proposed, chosen = entry["proposed"], entry.get("chosen")
    if not proposed or len(proposed) > MAX_K or not all(isinstance(c, str) for c in proposed):
        raise BadRequest(f"'proposed' must hold 1 to {MAX_K} strings")
    if chosen is not None and (isinstance(chosen, bool) or not isinstance(chosen, int)
                               or not 0 <= chosen < len(proposed)):
        raise BadRequest("'chosen' must be null or an index into 'proposed'")
    if not entry["phrase"].strip() or not entry["command"].strip() or len(entry["command"]) > MAX_COMMAND_CHARS:
        raise BadRequest("log entry needs a non-empty 'phrase' and 'command'")
    try:  # JSON may carry lone surrogates (from bytes that were not UTF-8): no log line can hold them
        for text in (entry["phrase"], entry["command"], entry["cwd"], *proposed):
            text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequest("log entry is not valid UTF-8 text") from None
    return {name: entry[name] for name in (*fields, "chosen") if name in entry}


def _valid_id(value) -> bool:
    if isinstance(value, str):
        return len(value) <= MAX_ID_CHARS
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63


def parse_reply(line: bytes) -> dict:
    """A server's reply as a dict with at least "ok"; ValueError when it is not a well-formed reply."""
    message = json.loads(line.decode("ascii"))
    if not isinstance(message, dict) or not isinstance(message.get("ok"), bool):
        raise ValueError("reply is not an object with 'ok'")
    if message.get("v") != PROTOCOL_VERSION:
        raise ValueError(f"server speaks protocol version {message.get('v')!r}, this client {PROTOCOL_VERSION}")
    return message
