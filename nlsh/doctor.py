"""`nlsh doctor`: check what nlsh needs, and for each problem say how to fix it.

It only looks: nothing is started, created or changed, so running it never hides the problem it is
asked about (a server it started itself would make "the server is down" impossible to see).
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from nlsh import paths, protocol
from nlsh.errors import NlshError

PROBE_PHRASE = "list files"
OK, WARN, FAIL = "ok", "warn", "FAIL"
# What each shell reads when it starts interactively, where `eval "$(nlsh init SHELL)"` belongs first.
RC_FILES = {"bash": [".bashrc", ".bash_profile", ".bash_login", ".profile"], "zsh": [".zshrc", ".zprofile", ".zshenv"]}


@dataclass
class Check:
    name: str
    status: str
    detail: str
    fix: str = ""


def run_checks() -> list[Check]:
    return [check_config(), check_model(), check_runtime_dir(), check_server(), check_shell_hook()]


def render(checks: list[Check]) -> str:
    lines = []
    for check in checks:
        lines.append(f"{check.status:<5} {check.name:<10} {check.detail}")
        if check.fix:
            lines.append(f"{'':<16} fix: {check.fix}")
    failed = sum(c.status == FAIL for c in checks)
    lines.append(f"{failed} problem{'s' * (failed != 1)} found" if failed else "everything nlsh needs is in place")
    return "\n".join(lines)


def check_config() -> Check:
    from nlsh import config

    path = config.config_path()
    try:
        config.load()
    except NlshError as exc:
        return Check("config", FAIL, str(exc), f"correct the line it names, or move {path} aside to use the defaults")
    return Check("config", OK, str(path) if path.exists() else "no config file: every setting at its default")


def _model_fix(which: str) -> str:
    if which == "NLSH_MODEL":
        return "unset NLSH_MODEL, or point it at a folder that holds model.json"
    if which == "personal":
        return "`nlsh model use shipped` to go back to the shipped model, or `python -m training finetune` again"
    return "reinstall nlsh (pip install --force-reinstall .), or rebuild it with `python -m training build`"


def check_model() -> Check:
    from nlsh.personal import describe
    from nlsh.translator import Translator

    which = describe()["in_use"]
    model_dir = paths.default_model_dir()
    try:
        translator = Translator.load(model_dir)
        found = translator.translate(PROBE_PHRASE, 1)
    except NlshError as exc:
        return Check("model", FAIL, f"{which} model: {exc}", _model_fix(which))
    if not found:
        return Check("model", FAIL, f"{which} model at {model_dir} loads but proposes nothing for "
                                    f"{PROBE_PHRASE!r}", _model_fix(which))
    return Check("model", OK, f"{which} model at {model_dir}: loaded in {translator.load_seconds:.2f} s, "
                              f"{PROBE_PHRASE!r} -> {found[0].command}")


def check_runtime_dir() -> Check:
    """The socket's folder must be a real directory of ours that nobody else can enter."""
    directory = paths.runtime_dir()
    try:
        info = os.lstat(directory)
    except FileNotFoundError:
        return Check("sockets", OK, f"{directory} does not exist yet; the server creates it (mode 700) on start")
    if not stat.S_ISDIR(info.st_mode):
        return Check("sockets", FAIL, f"{directory} is not a directory", f"remove it: rm {directory}")
    if info.st_uid != os.getuid():
        return Check("sockets", FAIL, f"{directory} belongs to user id {info.st_uid}, not you",
                     f"remove it (as its owner or root): rm -r {directory}")
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o077:
        return Check("sockets", FAIL, f"{directory} is mode {mode:o}: other users can reach your server",
                     f"chmod 700 {directory}")
    sock = protocol.socket_path()
    if sock.exists() and stat.S_IMODE(os.lstat(sock).st_mode) & 0o077:
        return Check("sockets", FAIL, f"{sock} is readable by others",
                     "nlsh server stop; the server creates it again, mode 600, on its next start")
    return Check("sockets", OK, f"{directory} is yours, mode {mode:o}")


def _last_start_failure() -> str:
    """The server log's latest 'cannot start' reason, if its last start failed."""
    from nlsh.server import log_path

    try:
        lines = log_path().read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    for line in reversed(lines):
        if " ready: " in line:
            return ""
        if "cannot start: " in line or "server failed" in line:
            return line.split(" ERROR ", 1)[-1]
    return ""


def check_server() -> Check:
    from nlsh import client
    from nlsh.server import log_path

    try:
        info = client.status()
    except NlshError as exc:
        return Check("server", FAIL, str(exc), f"nlsh server stop, then nlsh server start; see {log_path()}")
    if info is None:
        failure = _last_start_failure()
        detail = "not running" + (f"; its last start failed: {failure}" if failure else "")
        fix = (f"fix what {log_path()} reports, then nlsh server start" if failure else
               "nlsh server start (Ctrl-G and nlsh also start it when needed; it exits after idle_timeout)")
        return Check("server", FAIL, detail, fix)
    started = time.perf_counter()
    try:
        client.request(protocol.request("translate", phrase=PROBE_PHRASE, k=1))
    except NlshError as exc:
        return Check("server", FAIL, f"pid {info['pid']} does not translate: {exc}",
                     f"nlsh server stop, then nlsh server start; see {log_path()}")
    answered = time.perf_counter() - started
    current = paths.default_model_dir()
    if Path(info["model"]) != current:
        return Check("server", FAIL, f"pid {info['pid']} serves {info['model']}, but nlsh now uses {current}",
                     "nlsh server stop (it restarts with the new model)")
    return Check("server", OK, f"pid {info['pid']} answered in {answered * 1000:.0f} ms")


def check_shell_hook() -> Check:
    """Whether the user's shell loads the Ctrl-G integration: its startup files, since a child process
    cannot see the shell's own variables."""
    shell = Path(os.environ.get("SHELL", "")).name
    if shell not in RC_FILES:
        return Check("shell", WARN, f"Ctrl-G is for bash and zsh; your shell is {shell or 'unknown'}",
                     "use `nlsh` (interactive) or `nlsh \"phrase\"` instead")
    home = Path(os.environ.get("ZDOTDIR", "~") if shell == "zsh" else "~").expanduser()
    files = [home / name for name in RC_FILES[shell]]
    for rc in files:
        try:
            if "nlsh init" in rc.read_text(encoding="utf-8", errors="replace"):
                return Check("shell", OK, f"{rc} loads the Ctrl-G integration (new shells have it)")
        except OSError:
            continue
    return Check("shell", FAIL, f"Ctrl-G is not set up: no `nlsh init` in {', '.join(str(f) for f in files[:2])}",
                 f"echo 'eval \"$(nlsh init {shell})\"' >> {files[0]}  and open a new terminal")
