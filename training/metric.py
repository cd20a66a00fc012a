"""The NLC2CMD score (NeurIPS 2020 competition) and the simpler exact and structure matches.

Per position i of the utilities in ground truth and prediction (padded with None):
U_i = 1 if the utilities match; F_i = (2|P&G| - |P|G|) / max(1, |P|, |G|) over the flag sets (1 when
the truth has no flags and neither does the prediction); S_i = U_i (1 + F_i) / 2 - (1 - U_i); the score is
the mean over positions. Over k candidates: the best one if any is positive, else their mean.

Utilities come from a bashlex parse, in source order, including those nested in pipelines, command
substitutions, `find -exec ... ;` and `xargs CMD`. Flags are the words starting with `-` after a
utility; bundled short flags (`-xzvf`) count one by one, except for utilities whose options are long
words behind one dash (`find -name`).
"""

from __future__ import annotations

import re
from itertools import zip_longest

import bashlex

# Utilities whose single-dash options are whole words, so "-name" is one flag, not -n -a -m -e.
WORD_OPTIONS = {"find", "java", "gcc", "g++", "cc", "clang", "convert", "mogrify", "ffmpeg", "ffprobe",
                "xmllint", "openssl", "qemu-img", "iptables", "ip", "tcpdump", "mplayer", "ssh-keygen",
                "dig", "mysql", "psql"}
# Wrappers whose argument is itself a command.
EXEC_FLAGS = {"-exec", "-execdir", "-ok", "-okdir"}
NESTING = {"xargs", "sudo", "nohup", "time", "watch", "nice", "env", "timeout"}
_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")


def _split_flag(utility: str, word: str) -> list[str]:
    if word.startswith("--"):
        return [word.split("=", 1)[0]]
    body = word[1:]
    if utility in WORD_OPTIONS or len(body) <= 1 or not body.isalpha():
        return [word]
    return ["-" + ch for ch in body]


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
        if word.startswith("-") and len(word) > 1 and not word[1:].isdigit() or word.startswith("--"):
            flags.update(_split_flag(utility, word))
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


def _flag_score(truth: set, pred: set) -> float:
    if not truth and not pred:
        return 1.0
    return (2 * len(truth & pred) - len(truth | pred)) / max(1, len(truth), len(pred))


def nlc2cmd(pred: str, truth: str) -> float:
    p, g = utilities(pred), utilities(truth)
    if g is None:
        g = [(truth.split()[0], set())] if truth.split() else []
    if p is None:
        p = []
    scores = []
    for gt, pr in zip_longest(g, p):
        u = 1.0 if gt is not None and pr is not None and gt[0] == pr[0] else 0.0
        f = _flag_score(gt[1] if gt else set(), pr[1] if pr else set()) if u else 0.0
        scores.append(u * (1 + f) / 2 - (1 - u))
    return sum(scores) / len(scores) if scores else 0.0


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
