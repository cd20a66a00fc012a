"""Real interactive bash and zsh inside tmux, driven by keys and read back from the screen."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROMPT = "$ "
SHELL_ARGV = {"bash": ["bash", "--norc", "--noprofile"], "zsh": ["zsh", "-f"]}
_names = itertools.count()


def missing_tools(*tools: str) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]


def render_script(shell: str, directory: Path, key: str | None = None) -> Path:
    """The script `nlsh init SHELL` prints, written to a file the shell can source."""
    from nlsh.shellinit import render

    path = directory / f"nlsh-init.{shell}"
    path.write_text(render(shell, key), encoding="utf-8")
    return path


def shell_env(nlsh_home: Path, home: Path, **extra: str) -> dict[str, str]:
    """A small, predictable environment: no user rc files, inputrc, editor (zsh picks vi mode from it)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "INPUTRC": "/dev/null",
        "NLSH_HOME": str(nlsh_home),
    }
    env.update(extra)
    return env


class Terminal:
    """One shell in a detached tmux session on a private tmux server."""

    def __init__(self, shell: str, env: dict[str, str], cwd: Path, width: int = 250, height: int = 40):
        self.shell = shell
        self.socket = f"nlsh-test-{os.getpid()}-{next(_names)}"
        self._tmux("-f", "/dev/null", "new-session", "-d", "-x", str(width), "-y", str(height), "-c", str(cwd),
                   "--", *SHELL_ARGV[shell], env=env)

    def _tmux(self, *args: str, env: dict[str, str] | None = None) -> str:
        result = subprocess.run(["tmux", "-L", self.socket, *args], env=env, capture_output=True,
                                text=True, timeout=10, check=True)
        return result.stdout

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=10)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", "0", "-l", text)

    def press(self, *keys: str) -> None:
        """tmux key names: C-g, Escape, Enter, C-u."""
        self._tmux("send-keys", "-t", "0", *keys)

    def screen(self) -> list[str]:
        return self._tmux("capture-pane", "-p", "-t", "0").rstrip("\n").split("\n")

    def cursor(self) -> tuple[int, int]:
        x, y = self._tmux("display-message", "-p", "-t", "0", "#{cursor_x} #{cursor_y}").split()
        return int(x), int(y)

    def line(self) -> str:
        """What is being edited: the text after the last prompt on the screen."""
        prompts = [row for row in self.screen() if row == PROMPT.rstrip() or row.startswith(PROMPT)]
        return prompts[-1][len(PROMPT):] if prompts else ""

    def cursor_in_line(self) -> int:
        """The cursor's column within the edited line (0 = first character after the prompt)."""
        return self.cursor()[0] - len(PROMPT)

    def wait_for(self, predicate, timeout: float = 10.0, what: str = "the screen to change"):
        """Polls until predicate(self) is true; fails with the screen in the message."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate(self)
            if value:
                return value
            if time.monotonic() > deadline:
                screen = "\n".join(self.screen()).rstrip()
                raise AssertionError(f"timed out after {timeout} s waiting for {what}; screen:\n{screen}")
            time.sleep(0.01)

    def last_row(self) -> str:
        rows = [row for row in self.screen() if row]
        return rows[-1] if rows else ""

    def run(self, command: str, timeout: float = 10.0) -> None:
        """Types a command, runs it and waits for the next empty prompt."""
        self.press("C-e", "C-u")
        self.type(command)
        self.wait_for(lambda t: t.line() == command, timeout, f"{command!r} to be typed")
        self.press("Enter")
        self.wait_for(lambda t: t.last_row() == PROMPT.rstrip(), timeout, f"{command!r} to finish")

    def start(self, script: Path | None, setup: str = "") -> None:
        """Sets a known prompt, runs `setup`, sources `script` and clears the screen."""
        commands = [f"PS1='{PROMPT}'", setup]
        if script is not None:
            commands.append(f"source '{script}'")
        commands.append("clear")
        self.type("; ".join(c for c in commands if c))
        self.press("Enter")
        self.wait_for(lambda t: [row for row in t.screen() if row] == [PROMPT.rstrip()], 15, "the shell to start")


def stop_server(env: dict[str, str]) -> None:
    """Stops the server the hook client may have started under env's NLSH_HOME."""
    subprocess.run([sys.executable, "-m", "nlsh", "server", "stop"], cwd=REPO, env={**os.environ, **env},
                   capture_output=True, timeout=30)
