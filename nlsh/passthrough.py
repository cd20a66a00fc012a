"""A phrase that is already a shell command is answered with that command.

People press Ctrl-G on a line that holds a command as often as on a request, and paste commands into the
REPL: "git remote -v" gave `git remote remove -v`, "systemctl restart mongod" `systemctl is-active mongod`.
The model reads such a line as a request and rewrites it; the user meant it as typed.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
from functools import lru_cache

from nlsh.shellparse import ParseError, parse

# Builtins are commands too, though no PATH holds them.
BUILTINS = frozenset("alias bg cd command declare echo eval exec exit export fg history jobs kill popd printf pushd "
                     "pwd read set source test type ulimit umask unalias unset wait".split())
# Words of a request, not of a command: a line holding one outside quotes ("ls -la but only directories",
# "find the biggest files") is a request even when it starts with a program's name.
REQUEST_WORDS = frozenset("""a an the all any every each some of in on at to into onto from for with without by about
    as than that which who what where when how why is are was be been my me i you your it its this these those and
    or but not only just please can could would should do does did named called file files folder folders directory
    directories using use show list there them their biggest largest smallest""".split())
# Shell syntax no request uses: a pipe, a redirection, a list, a substitution, an assignment, an option.
_SHELL_SYNTAX = re.compile(r"\|\||&&|[|;<>`$]|^-{1,2}[A-Za-z0-9]|^[A-Za-z_][A-Za-z0-9_]*=")
# Without such syntax a line is taken for a command only with a subcommand and an argument ("systemctl restart
# mongod"), only when some training command starts with that program and subcommand ("git remove config.yaml" is
# a terse request for `git rm`), and only when the model itself proposes it: two words ("kill firefox") read as a
# request too often.
PLAIN_COMMAND_WORDS = 3


def _words(phrase: str) -> list[str] | None:
    try:
        parse(phrase)
        return shlex.split(phrase)
    except (ParseError, ValueError):
        return None


def _is_program(word: str) -> bool:
    return word in BUILTINS or _on_path(word, os.environ.get("PATH", ""))


@lru_cache(maxsize=512)
def _on_path(word: str, path: str) -> bool:  # `path` keys the cache: a changed PATH looks again
    return shutil.which(word, path=path) is not None


def _looks_typed(phrase: str) -> tuple[bool, bool]:
    """(whether the line reads as a command, whether it holds shell syntax that no request uses)."""
    first = phrase.split(maxsplit=2)[:2]
    if not first or not _is_program(first[1] if first[0] == "sudo" and len(first) > 1 else first[0]):
        return False, False  # most phrases: no parse needed
    words = _words(phrase.strip())
    if not words:
        return False, False
    start = 1 if words[0] == "sudo" and len(words) > 1 else 0
    rest = words[start + 1:]
    if any(word.lower() in REQUEST_WORDS for word in rest if " " not in word):
        return False, False
    syntax = any(_SHELL_SYNTAX.search(word) for word in rest) or bool(re.search(r"\|\||&&|[|;<>`]", phrase))
    return True, syntax


def typed_command(phrase: str, proposed: list[str], known_starts=frozenset()) -> str | None:
    """The command to show first when `phrase` is itself one: the phrase as typed where it holds shell syntax
    ("git remote -v", "ps aux | grep nginx"); else the model's own proposal that is the phrase, with or
    without sudo, where `known_starts` (a container, or a callable giving one) holds its first two words
    ("systemctl restart mongod" -> `sudo systemctl restart mongod`). None for a request."""
    typed, syntax = _looks_typed(phrase)
    if not typed:
        return None
    line = " ".join(phrase.split())
    if syntax:
        return phrase.strip()
    words = line.split()[1:] if line.startswith("sudo ") else line.split()
    if len(words) < PLAIN_COMMAND_WORDS:
        return None
    if " ".join(words[:2]) not in (known_starts() if callable(known_starts) else known_starts):
        return None
    for command in proposed:
        plain = " ".join(command.split())
        if plain == line or plain == "sudo " + line or "sudo " + plain == line:
            return command
    return None
