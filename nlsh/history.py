"""What the user typed and what nlsh did with it, kept in the user's data dir.

Two files: `phrases`, the REPL's input history (prompt_toolkit's format, for up-arrow and
auto-suggest), and `log.jsonl`, one JSON object per line for every round that reached a decision:

    {"time": "2025-01-01T12:00:00+00:00", "source": "repl" | "oneshot" | "ctrl-g", "cwd": "/home/me",
     "phrase": "list files by size" (null for a `!command` line),
     "proposed": ["ls -lS", ...], "chosen": 0 (index into proposed, null if none was taken),
     "command": "ls -lSh" (the command as finally confirmed, placeholders filled),
     "edited": true (the user changed the proposal's text),
     "action": "run" | "skip", "exit_status": 0 (null unless run)}

Personal fine-tuning reads the log, so lines are appended, each in one write under an exclusive lock:
two sessions logging at once never interleave or lose a line. Past `history_limit` entries (config) the
oldest go, rewritten aside and renamed into place under the same lock, so a crash never halves the log.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
from datetime import datetime, timezone
from pathlib import Path

from nlsh import paths
from nlsh.config import Config


def phrases_path() -> Path:
    return paths.data_dir() / "phrases"


def log_path() -> Path:
    return paths.data_dir() / "log.jsonl"


# Trimming rewrites the file, so it waits for this many entries past the limit: once per thousand appends.
_TRIM_SLACK = 0.1
# No entry is shorter (its keys alone take more), so a file under limit x this many bytes needs no counting.
_MIN_ENTRY_BYTES = 128


def append(entry: dict, keep: int = Config.history_limit) -> None:
    """Add one entry to the log, stamped with the current time unless it has one; keep the newest `keep`
    entries (0: all of them)."""
    entry = {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"), **entry}
    data = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = _open_locked(path)
    try:
        _write_all(fd, data)  # the lock keeps the line ours even when it takes several writes
        if keep and os.fstat(fd).st_size > keep * (1 + _TRIM_SLACK) * _MIN_ENTRY_BYTES:
            _trim(fd, path, keep)
    finally:
        os.close(fd)


def _open_locked(path: Path) -> int:
    """The log opened for appending under an exclusive lock. A trim may have renamed a new file into place
    while we waited for the lock: then ours is the old one, and a line written there would be lost."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    """os.write may write less than asked: write the rest until all of it is out."""
    while data:
        data = data[os.write(fd, data):]


def _trim(fd: int, path: Path, keep: int) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    lines = b"".join(chunks).splitlines(keepends=True)
    if len(lines) <= keep * (1 + _TRIM_SLACK):
        return
    aside = path.with_name(path.name + ".trim")
    out = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        _write_all(out, b"".join(lines[-keep:]))
        os.fsync(out)
    finally:
        os.close(out)
    os.replace(aside, path)


def _program(command: str) -> str | None:
    """The program a command line starts with, past `sudo` and VAR=value assignments."""
    for word in command.split():
        if word != "sudo" and not re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", word):
            return word
    return None


def hook_entry(phrase: str, proposed: list[str], chosen: int | None, command: str, exit_status: int,
               cwd: str) -> dict | None:
    """The log entry for a command run after Ctrl-G put a proposal on the line, or None when it is no
    answer to the phrase.

    The shell only sees the line that ran next: the person may have replaced the proposal with another
    task entirely. A command that starts with none of the proposed programs is taken for that, and left
    out, so the fine-tuner never learns an unrelated command as the phrase's answer."""
    command = command.strip()
    if command in proposed:
        chosen = proposed.index(command)
    elif _program(command) not in {_program(c) for c in proposed}:
        return None
    edited = chosen is None or command != proposed[chosen]
    return {"source": "ctrl-g", "cwd": cwd, "phrase": phrase, "proposed": proposed, "chosen": chosen,
            "command": command, "edited": edited, "action": "run", "exit_status": exit_status}


def read() -> list[dict]:
    """Every entry in the log, oldest first; a line that is not a JSON object is skipped."""
    try:
        with open(log_path(), "rb") as log:
            fcntl.flock(log.fileno(), fcntl.LOCK_SH)
            raw = log.read()
    except FileNotFoundError:
        return []
    entries = []
    for line in raw.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            entries.append(entry)
    return entries


def describe(entry: dict) -> str:
    """One line for `nlsh history`: when, what happened, the command, and the phrase it came from."""
    when = str(entry.get("time", ""))[:16].replace("T", " ")
    if entry.get("action") == "run":
        outcome = f"ran {entry.get('exit_status')}"
    else:
        outcome = str(entry.get("action", "?"))
    command = entry.get("command") or (entry.get("proposed") or [""])[0]
    phrase = entry.get("phrase")
    suffix = f"  # {phrase}" if phrase else ""
    return f"{when}  {outcome:<8} {command}{suffix}"
