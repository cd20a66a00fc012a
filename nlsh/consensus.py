"""Choosing the k commands to show from a larger pool, by expected agreement (minimum Bayes risk).

The beam and the retrieved neighbours give more candidates than are shown, each with a probability.
A command that agrees in utilities and flags with most of the probable candidates is a safer first
answer than a slightly more probable outlier, and once it is chosen, the next one should cover what it
misses. Agreement is the NLC2CMD per-utility formula (utilities in order, flag sets compared), the
same notion of "right" the accuracy figures use, computed on our own parse so the runtime needs no shell
parser library (the evaluation's bashlex).
"""

from __future__ import annotations

from itertools import zip_longest

import numpy as np

from nlsh.shellparse import Compound, FunctionDef, ParseError, Script, SimpleCommand, parse

# Utilities whose single-dash options are whole words ("-name"), so they are not split into letters.
WORD_OPTIONS = frozenset({"find", "java", "gcc", "g++", "cc", "clang", "convert", "mogrify", "ffmpeg", "ffprobe",
                          "xmllint", "openssl", "qemu-img", "iptables", "ip", "tcpdump", "mplayer", "ssh-keygen",
                          "dig", "mysql", "psql"})

Signature = tuple[tuple[str, frozenset], ...]
# Chosen on dev (everyday-dev, core-dev exact@5; nl2bash-heldout NLC2CMD@5 no lower): 0.1 of 0.1, 0.3, 1, 3
RANKING_WEIGHT = 0.1


def flags_of(utility: str, words: list[str]) -> frozenset:
    """The flags among a utility's words; bundled short flags (`-xzvf`) count one by one."""
    out = set()
    for word in words:
        if word.startswith("--"):
            out.add(word.split("=", 1)[0])
        elif word.startswith("-") and len(word) > 1 and not word[1:].isdigit():
            body = word[1:]
            if utility in WORD_OPTIONS or len(body) <= 1 or not body.isalpha():
                out.add(word)
            else:
                out.update("-" + ch for ch in body)
    return frozenset(out)


def _simple(command: SimpleCommand, out: list) -> None:
    for wrapper in command.wrappers:
        out.append((wrapper.name, flags_of(wrapper.name, [w.text for w in wrapper.words[1:]])))
    if command.argv:
        utility = command.utility.lower()
        words = [w.text for w in command.args]
        if utility == "find":  # the words of -exec belong to the command it runs
            kept, inside = [], False
            for word in words:
                if inside:
                    inside = word not in (";", "+")
                else:
                    kept.append(word)
                    inside = word in ("-exec", "-execdir", "-ok", "-okdir")
            words = kept
        out.append((utility, flags_of(utility, words)))
    for nested in command.nested:
        if nested.script is not None:
            _script(nested.script, out)
    for word in command.words:
        for sub in word.substitutions:
            _script(sub, out)


def _command(command, out: list) -> None:
    if isinstance(command, SimpleCommand):
        _simple(command, out)
    elif isinstance(command, Compound):
        for body in command.bodies:
            _script(body, out)
    elif isinstance(command, FunctionDef):
        _command(command.body, out)


def _script(script: Script, out: list) -> None:
    for pipeline in script.pipelines:
        for command in pipeline.commands:
            _command(command, out)


def signature(command: str) -> Signature:
    """Utilities in the order they appear, each with its set of flags; arguments left out. A command that
    does not parse is judged by its first word and the flags after it."""
    parsed = parsed_signature(command)
    if parsed is not None:
        return parsed
    words = command.split()
    return ((words[0], flags_of(words[0], words[1:])),) if words else ()


def parsed_signature(command: str) -> Signature | None:
    """The signature, or None where the command does not parse (an unclosed quote, a stray parenthesis)."""
    try:
        script = parse(command)
    except ParseError:
        return None
    out: list = []
    _script(script, out)
    return tuple(out)


def agreement(a: Signature, b: Signature) -> float:
    """NLC2CMD between two signatures: 1 for the same utilities and flags, -1 for no utility in common."""
    if not a and not b:
        return 0.0
    total = 0.0
    for x, y in zip_longest(a, b):
        if x is None or y is None or x[0] != y[0]:
            total -= 1.0
            continue
        fx, fy = x[1], y[1]
        flags = 1.0 if not fx and not fy else (2 * len(fx & fy) - len(fx | fy)) / max(1, len(fx), len(fy))
        total += (1.0 + flags) / 2
    return total / max(len(a), len(b))


def agreements(signatures: list[Signature]) -> np.ndarray:
    """The agreement of every pair of candidates."""
    n = len(signatures)
    matrix = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            matrix[i, j] = matrix[j, i] = agreement(signatures[i], signatures[j])
    return matrix


def choose(signatures: list[Signature], weights: list[float], k: int, bonus: list[float] | None = None,
           lead_bonus: list[float] | None = None, lead_last: list[bool] | None = None,
           matrix: np.ndarray | None = None, ranking: np.ndarray | None = None) -> list[tuple[int, float]]:
    """(index, expected agreement) of k candidates that together best cover the pool's probability mass.

    Greedy: first the candidate with the highest expected agreement with the pool, then each next one
    for the largest gain in expected best agreement over those already chosen. `bonus` adds a fixed
    preference per candidate (for using the phrase's literals); `lead_bonus`, when given, replaces it for
    the first pick alone. Among first picks of equal value (the same utilities and flags: `git pull` and
    `git fetch`, `du -sh *` and `du -sh ~/Downloads`) the most probable wins, after those that `lead_last`
    does not mark; later ties keep pool order
    (the beam's ranking, then the retrieved). Dev, against pool order for the first pick too: exact@1
    everyday-dev 0.730 -> 0.739, core-dev 0.814 -> 0.825, nl2bash-heldout 0.105 unchanged, exact@5 and
    NLC2CMD@5 no lower; taking later ties by probability as well cost exact@5 (everyday-dev 0.838 ->
    0.820) and nl2bash-heldout NLC2CMD@5 (0.356 -> 0.353).

    `ranking`, where given (nlsh.rerank), picks the first alone and adds RANKING_WEIGHT times its softmax to
    the value of each later pick: what the reranker finds likely is preferred among alternatives that cover
    the pool about as well."""
    n = len(signatures)
    if n == 0:
        return []
    weights = np.asarray(weights, dtype=float)
    weights = weights / (weights.sum() or 1.0)
    if matrix is None:
        matrix = agreements(signatures)
    if ranking is not None:
        likely = np.exp(ranking - ranking.max())
        likely = RANKING_WEIGHT * likely / likely.sum()
    chosen: list[int] = []
    expected: list[float] = []
    best = np.full(n, -1.0)  # per pool member: the best agreement any chosen candidate reaches with it
    for turn in range(min(k, n)):
        if turn == 0 and ranking is not None:
            pick = int(np.argmax(ranking))
        else:
            preference = lead_bonus if turn == 0 and lead_bonus is not None else bonus
            values = np.maximum(matrix, best) @ weights
            if preference:
                values = values + np.asarray(preference, dtype=float)
            if ranking is not None:
                values = values + likely
            pick = _most_valued(values, chosen, weights, lead_last, first=turn == 0)
        chosen.append(pick)
        expected.append(float(matrix[pick] @ weights))
        best = np.maximum(best, matrix[pick])
    return list(zip(chosen, expected))


def _most_valued(values: np.ndarray, chosen: list[int], weights: np.ndarray, lead_last: list[bool] | None,
                 first: bool) -> int:
    """The candidate not yet chosen of the highest value; for a first pick, ties go by _lead_order, later ones to
    the earlier in the pool."""
    pick, pick_value = -1, float("-inf")
    for i, value in enumerate(values.tolist()):
        if i in chosen:
            continue
        tie = first and abs(value - pick_value) <= 1e-12 and _lead_order(i, weights, lead_last) > \
            _lead_order(pick, weights, lead_last)
        if value > pick_value + 1e-12 or tie:
            pick, pick_value = i, value
    return pick


def _lead_order(i: int, weights: np.ndarray, lead_last: list[bool] | None) -> tuple[bool, float]:
    """How a first pick ranks among equals: unmarked before marked, then the more probable."""
    return (not lead_last[i] if lead_last else True), weights[i]
