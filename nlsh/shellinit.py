"""The shell integration scripts printed by `nlsh init SHELL`, with this installation's paths written in.

The scripts call the hook client by absolute path with the interpreter running now, so Ctrl-G does not
depend on PATH or on which Python a virtual environment puts first.
"""

from __future__ import annotations

import shlex
import sys
from importlib import resources
from pathlib import Path

from nlsh.errors import ConfigError, InputError

# Each shell spells Ctrl-G in its own key syntax (readline's and bindkey's).
DEFAULT_KEYS = {"bash": r"\C-g", "zsh": "^G"}
SUPPORTED_SHELLS = tuple(DEFAULT_KEYS)


def render(shell: str, key: str | None = None) -> str:
    """The script for SHELL; KEY (in that shell's syntax) replaces Ctrl-G and wins over NLSH_KEY."""
    if shell not in DEFAULT_KEYS:
        raise InputError(f"unsupported shell {shell!r}: supported shells are {', '.join(SUPPORTED_SHELLS)}")
    if key is not None:
        _check_key(key)
        key_expr = shlex.quote(key)
    else:
        from nlsh.config import load

        key_expr = "${NLSH_KEY:-" + shlex.quote(load().shell_key(shell)) + "}"
    if not sys.executable:
        raise ConfigError("cannot tell which Python runs nlsh (sys.executable is empty)")
    client = Path(__file__).resolve().parent / "hookclient.py"
    return (_template(shell)
            .replace("@NLSH_PYTHON@", shlex.quote(sys.executable))
            .replace("@NLSH_CLIENT@", shlex.quote(str(client)))
            .replace("@NLSH_KEY@", key_expr))


def _check_key(key: str) -> None:
    # The key ends up inside a double-quoted bind/bindkey argument; these characters would end it early.
    if not key or any(c in key for c in "\"'\n\x00"):
        raise InputError(f"invalid key {key!r}: give a key sequence such as '\\C-g' (bash) or '^G' (zsh)")


def _template(shell: str) -> str:
    checkout = Path(__file__).resolve().parent.parent / "shell-integrations" / f"nlsh.{shell}"
    if checkout.exists():
        return checkout.read_text(encoding="utf-8")
    return (resources.files("nlsh.shell") / f"nlsh.{shell}").read_text(encoding="utf-8")
