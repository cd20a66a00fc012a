"""The NLC2CMD score (NeurIPS 2020 competition) and the simpler exact and structure matches.

Per position i of the utilities in ground truth and prediction (padded with None):
U_i = 1 if the utilities match; F_i = (2|P&G| - |P|G|) / max(1, |P|, |G|) over the flag sets (1 when
the truth has no flags and neither does the prediction); S_i = U_i (1 + F_i) / 2 - (1 - U_i); the score is
the mean over positions. Over k candidates: the best one if any is positive, else their mean.

Utilities come from a bashlex parse, in source order, including those nested in pipelines, command
substitutions, `find -exec ... ;` and `xargs CMD`. Flags are the words starting with `-` after a
utility; bundled short flags (`-xzvf`) count one by one, except for utilities whose options are long
words behind one dash (`find -name`). The flag rules and the per-position arithmetic are
nlsh.consensus's, which the runtime uses to choose among candidates: one definition for both.
"""

from __future__ import annotations

import re

import bashlex

from nlsh.consensus import agreement, flags_of

# Wrappers whose argument is itself a command.
EXEC_FLAGS = {"-exec", "-execdir", "-ok", "-okdir"}
NESTING = {"xargs", "sudo", "nohup", "time", "watch", "nice", "env", "timeout"}
_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")


def _command_words(node) -> list[str]:
    words = []
    for part in getattr(node, "parts", []):
        if part.kind == "word":
            words.append(part.word)
    return words


def _walk(node, out: list[tuple[str, set]]):
    kind = getattr(node, "kind", None)
    if kind == "command":
        words = _command_words(node)
        _from_words(words, out)
        for part in node.parts:  # substitutions inside words
            for sub in getattr(part, "parts", []) or []:
                _walk(sub, out)
        return
    for attr in ("parts", "list"):
        for child in getattr(node, attr, []) or []:
            _walk(child, out)
    if hasattr(node, "command"):
        _walk(node.command, out)


def _from_words(words: list[str], out: list[tuple[str, set]]):
    while words and _ASSIGNMENT.match(words[0]):
        words = words[1:]
    if not words:
        return
    utility = words[0].rsplit("/", 1)[-1].lower()
    flags: set = set()
    out.append((utility, flags))
    rest = words[1:]
    i = 0
    while i < len(rest):
        word = rest[i]
        if utility == "find" and word in EXEC_FLAGS:
            flags.add(word)
            end = i + 1
            while end < len(rest) and rest[end] not in (";", "+", "\\;"):
                end += 1
            _from_words(rest[i + 1:end], out)
            i = end + 1
            continue
        if utility in NESTING and not word.startswith("-"):
            _from_words(rest[i:], out)
            return
        flags.update(flags_of(utility, [word]))
        i += 1


def utilities(command: str) -> list[tuple[str, set]] | None:
    """[(utility, flags)] in order, or None where bashlex cannot parse the command."""
    try:
        trees = bashlex.parse(command)
    except Exception:  # bashlex raises several error types, and some plain ones on odd input
        return None
    out: list[tuple[str, set]] = []
    for tree in trees:
        _walk(tree, out)
    return out


def nlc2cmd(pred: str, truth: str) -> float:
    p, g = utilities(pred), utilities(truth)
    if g is None:
        g = [(truth.split()[0], set())] if truth.split() else []
    if p is None:
        p = []
    return agreement(tuple((u, frozenset(f)) for u, f in g), tuple((u, frozenset(f)) for u, f in p))


def nlc2cmd_at_k(preds: list[str], truths: list[str]) -> float:
    """Best over several accepted truths, then the competition's rule over the k predictions."""
    if not preds:
        return -1.0
    per = [max(nlc2cmd(p, t) for t in truths) for p in preds]
    positive = [s for s in per if s > 0]
    return max(positive) if positive else sum(per) / len(per)


def normalize(command: str) -> str:
    return " ".join(command.replace('"', "'").split())


def structure(command: str) -> tuple:
    """The command with its arguments erased: utilities and flags in order."""
    parsed = utilities(command)
    if parsed is None:
        return ("<unparsed>", normalize(command))
    return tuple((u, tuple(sorted(f))) for u, f in parsed)
