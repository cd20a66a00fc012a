"""Running a confirmed command: in the user's shell, in the session's directory, on the user's terminal.

Only the REPL and the one-shot call this, and only after the person said yes.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
from pathlib import Path

from nlsh.errors import InputError, NlshError
from nlsh.shellparse import quote_at
from nlsh.tokenize import PLACEHOLDER

_OPERATOR = re.compile(r"[();<>|&]+")


def user_shell() -> str:
    """$SHELL when it names an executable, else /bin/sh."""
    shell = os.environ.get("SHELL", "")
    if os.path.isabs(shell) and os.access(shell, os.X_OK):
        return shell
    return "/bin/sh"


def exit_status(returncode: int) -> int:
    """A child's status as a shell reports it: 128 + N for a child killed by signal N."""
    return 128 - returncode if returncode < 0 else returncode


def fill(command: str, values: dict[str, str]) -> str:
    """`command` with each placeholder replaced by its value, quoted for where the placeholder stands.

    A value is text, never shell syntax: `my file.txt` stays one word, `$HOME` stays literal.
    """

    def replace(match: re.Match) -> str:
        value = values[match.group(0)]
        quote = quote_at(command, match.start())
        if quote == "'":
            return value.replace("'", "'\\''")
        if quote == '"':
            return re.sub(r'([\\"$`])', r"\\\1", value)
        return shlex.quote(value)

    return PLACEHOLDER.sub(replace, command)


def cd_argument(command: str) -> str | None:
    """For a plain `cd [DIR]` (no pipes, lists or substitutions), its argument ("" for none); else None."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    try:
        words = list(lexer)
    except ValueError:
        return None
    if not words or words[0] != "cd" or len(words) > 2 or any(_OPERATOR.fullmatch(w) for w in words):
        return None
    return words[1] if len(words) == 2 else ""


class Shell:
    """Runs confirmed commands for one session and keeps that session's current directory.

    A plain `cd` changes the session's directory (a child shell could only change its own); every
    other command runs in a fresh `$SHELL -c`.
    """

    def __init__(self, cwd: Path | str | None = None):
        self.cwd = Path(cwd) if cwd else Path(os.getcwd())
        self.previous: Path | None = None

    def run(self, command: str) -> int:
        """Run `command` and return its exit status; raises InputError if it cannot be run at all."""
        left = PLACEHOLDER.search(command)
        if left:
            raise InputError(f"not run: {left.group(0)} still needs a value")
        argument = cd_argument(command)
        if argument is not None:
            self.change_directory(argument)
            return 0
        return run_attached(command, self.cwd)

    def change_directory(self, argument: str) -> None:
        if argument == "-":
            if self.previous is None:
                raise InputError("cd: no previous directory")
            target = self.previous
        else:
            spelled = os.path.expanduser(os.path.expandvars(argument or "~"))
            target = Path(os.path.normpath(self.cwd / spelled))
        if not target.is_dir():
            raise InputError(f"cd: no such directory: {argument}")
        if not os.access(target, os.X_OK):
            raise InputError(f"cd: permission denied: {argument}")
        self.previous, self.cwd = self.cwd, target


def run_attached(command: str, cwd: Path) -> int:
    """Run `command` with the terminal attached and wait; Ctrl-C and Ctrl-\\ reach the child, not us.

    The child shares our foreground process group, so the terminal signals both. Catching the signals
    with a handler (not SIG_IGN, which a child would inherit) keeps this process alive while the
    child gets them with their default effect.
    """
    shell = user_shell()
    previous = {sig: signal.signal(sig, _let_the_child_handle_it) for sig in (signal.SIGINT, signal.SIGQUIT)}
    try:
        child = subprocess.Popen([shell, "-c", command], cwd=cwd, env={**os.environ, "PWD": str(cwd)})
        return exit_status(child.wait())
    except OSError as exc:
        raise NlshError(f"cannot run {shell} in {cwd}: {exc.strerror}") from None
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _let_the_child_handle_it(signum, frame):
    pass
