"""How well a command explains the phrase: a word-translation table from command parts to phrase words.

The beam scores a command by how likely it is given the phrase; this asks the other way round, how
likely the phrase is given the command (a noisy channel). A candidate that leaves half of what the
phrase asks for unexplained ("show me the scheduled cron entries for my user" -> `whoami`) reads worse
than one whose utility and flags account for its words (`crontab -l`), even when the beam prefers it.
The table is IBM Model 1 (training/channel.py): P(phrase word | utility or utility's flag), learned from
the training pairs alone, with an empty part (NULL) for words any command might come with ("the", "me").

It ships beside the model as `channel.npz`: the probabilities above a floor, keyed by a 64-bit hash of
each (command part, phrase word) pair in one sorted array, so a whole pool is looked up with one search.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np

from nlsh.errors import ModelError
from nlsh.retrieval import term_hash
from nlsh.tokenize import SourceToken, is_literal, shape

CHANNEL_FILE = "channel.npz"
NULL = "<null>"
# What an unseen (part, word) pair is worth: the same for every candidate, so a word no part explains
# lowers them all alike
FLOOR = 1e-6
_MIX = np.uint64(0x9E3779B97F4A7C15)


def phrase_terms(tokens: list[SourceToken]) -> list[str]:
    """The phrase's words, and a class for each literal ("<path>", "<num>"): what the command explains."""
    out = []
    for token in tokens:
        if is_literal(token):
            out.append("S:" + shape(token.text))
        elif token.key.isalnum():
            out.append(token.key)
    return out


def command_terms(signature) -> list[str]:
    """A command's utilities, each followed by its own flags (`-l` of ls is not `-l` of wc)."""
    out = []
    for utility, flags in signature:
        out.append("U:" + utility)
        out.extend(f"F:{utility}:{flag}" for flag in sorted(flags))
    return out


def pair_keys(part_hashes: np.ndarray, word_hashes: np.ndarray) -> np.ndarray:
    """The 64-bit key of each (part, word); numpy broadcasting pairs them (parts[:, None] for every pair)."""
    with np.errstate(over="ignore"):  # the multiplication wraps around, as a hash should
        return part_hashes * _MIX + word_hashes


def hashes(terms: list[str]) -> np.ndarray:
    return np.array([term_hash(t) for t in terms], dtype=np.uint64)


def save(table: dict[str, dict[str, float]], path: Path, min_probability: float = 1e-3) -> int:
    """Write {part: {word: P(word | part)}}, keeping probabilities from min_probability up; return how many."""
    parts, words, probs = [], [], []
    for part, row in table.items():
        for word, p in row.items():
            if p >= min_probability:
                parts.append(part)
                words.append(word)
                probs.append(p)
    keys = pair_keys(hashes(parts), hashes(words))
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    if len(keys) > 1 and (np.diff(keys) == 0).any():
        raise ValueError("two channel pairs share a 64-bit key")  # never seen; would mix their probabilities
    partial = path.with_name(path.name + ".partial.npz")
    np.savez(partial, keys=keys, probs=np.array(probs, dtype=np.float16)[order])
    partial.replace(path)
    return len(keys)


class Channel:
    def __init__(self, path: Path):
        try:
            with np.load(path) as arrays:
                self.keys, self.probs = arrays["keys"], arrays["probs"].astype(np.float32)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise ModelError(f"channel table unreadable: {path} ({exc}); reinstall nlsh, or rebuild it with "
                             "`python -m training channel`") from None
        self._null = hashes([NULL])

    def log_likelihoods(self, words: list[str], signatures: list) -> list[float]:
        """log P(phrase words | command) for each command, IBM Model 1: each word from any one of the
        command's parts or NULL, uniformly."""
        if not words or not signatures or not len(self.keys):
            return [0.0] * len(signatures)
        word_h = hashes(words)
        per_command = [np.concatenate([hashes(command_terms(s)), self._null]) for s in signatures]
        keys = pair_keys(np.concatenate(per_command)[:, None], word_h[None, :])  # (all parts, words)
        found = np.searchsorted(self.keys, keys).clip(max=len(self.keys) - 1)
        probs = np.where(self.keys[found] == keys, self.probs[found], 0.0)
        starts = np.cumsum([0] + [len(p) for p in per_command[:-1]])
        sums = np.add.reduceat(probs, starts, axis=0)  # (commands, words): summed over each one's parts
        sizes = np.array([len(p) for p in per_command], dtype=np.float64)[:, None]
        return np.log(sums / sizes + FLOOR).sum(axis=1).tolist()

