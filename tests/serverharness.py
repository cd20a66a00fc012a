"""Helpers for tests that run real nlsh servers: a short private NLSH_HOME, and cleanup that leaves none."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from nlsh import paths

REPO = Path(__file__).resolve().parent.parent
HOOK = REPO / "nlsh" / "hookclient.py"
# Leaked servers, should a test die between start and cleanup, exit by themselves after this long.
TEST_IDLE_TIMEOUT_S = 120

needs_model = pytest.mark.skipif(not (paths.default_model_dir() / "model.json").exists(),
                                 reason=f"no trained model at {paths.default_model_dir()}")


def make_home() -> Path:
    """A fresh NLSH_HOME under /tmp: pytest's own temp paths can exceed a Unix socket path's 107 bytes."""
    home = Path(tempfile.mkdtemp(prefix="nlsh-", dir="/tmp"))
    (home / "config").mkdir()
    (home / "config" / "config.toml").write_text(f"idle_timeout = {TEST_IDLE_TIMEOUT_S}\n")
    return home


@contextmanager
def using_home(home: Path):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NLSH_HOME", str(home))
        yield


def subprocess_env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, NLSH_HOME=str(home), **extra)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return env


def server_pids(home: Path) -> list[int]:
    """Live server processes (not zombies) whose NLSH_HOME is `home`, found through /proc."""
    marker = f"NLSH_HOME={home}".encode()
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            environ = Path(f"/proc/{entry}/environ").read_bytes()
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if b"nlsh.server" in cmdline and marker in environ.split(b"\0") and state != "Z":
            pids.append(int(entry))
    return pids


def wait_until(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def process_gone(pid: int) -> bool:
    """Whether `pid` has exited: a zombie has closed its files, a dying process may not have yet."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return True


def stop_servers(home: Path) -> None:
    """Stop every server of `home` (politely, then with SIGKILL) and delete the folder."""
    from nlsh import client
    from nlsh.errors import NlshError

    with using_home(home):
        try:
            client.stop(wait_s=5)
        except NlshError:
            pass
    for pid in server_pids(home):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    shutil.rmtree(home, ignore_errors=True)


def run_hook(home: Path, k, phrase: str, timeout: float = 30, **env: str) -> subprocess.CompletedProcess:
    """The hook client exactly as the shell scripts run it."""
    return subprocess.run([sys.executable, "-I", "-S", str(HOOK), str(k), phrase], env=subprocess_env(home, **env),
                          capture_output=True, timeout=timeout)


def run_nlsh(home: Path, *args: str, timeout: float = 60, env=None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nlsh", *args], env=env or subprocess_env(home),
                          capture_output=True, text=True, timeout=timeout, **kwargs)


def exchange(home: Path, data: bytes, timeout: float = 10) -> bytes:
    """Send raw bytes to the server of `home` and read until it closes the connection or sends a line."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        sock.connect(str(home / "run" / "server.sock"))
        sock.sendall(data)
        reply = b""
        while not reply.endswith(b"\n"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            reply += chunk
        return reply
