"""Nearest training examples by TF-IDF over phrase terms, and their commands adapted to the new phrase.

The index ships beside the model as `retrieval.npz`: an inverted index of term -> (example ids, weights),
searched with numpy only. Terms are found by a stable 64-bit hash in a sorted array and the examples'
texts are one UTF-8 blob, so the resident server holds a few flat arrays instead of a hundred thousand
Python strings. (Indexes written before these arrays kept terms and texts in `retrieval.json.gz`; they
still load.) A neighbour's command is adapted by putting
the new phrase's literals where the neighbour's own literals stood (same shape, same order), so
"find files named a.txt in /home" can answer "find files named b.log in /tmp", and plain words the two
phrases swap in the same place where the command uses them as arguments ("add user bob to docker" ->
"add user alice to sudo", "unlock oliver's account" -> "unlock bob's account").
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np

from nlsh.tokenize import SourceToken, is_literal, shape, tokenize_phrase

INDEX_FILE = "retrieval.npz"
EXAMPLES_FILE = "retrieval.json.gz"


def terms(tokens: list[SourceToken]) -> list[str]:
    """Words, literal shapes (and file extensions), and word bigrams."""
    out = []
    for t in tokens:
        if is_literal(t):
            out.append(shape(t.text))
            if "." in t.text and not t.text.startswith(("/", "http")):
                out.append("ext:" + t.text.rsplit(".", 1)[-1].lower())
        elif t.key.isalnum():
            out.append(t.key)
    words = [t.key for t in tokens if t.key.isalpha()]
    out.extend(f"{a}_{b}" for a, b in zip(words, words[1:]))
    return out


def term_hash(term: str) -> int:
    """Stable across processes and machines, unlike hash()."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest(), "little")


def _text_blob(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    encoded = [t.encode("utf-8") for t in texts]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(e) for e in encoded])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets


class _Texts:
    """A read-only list of strings kept as one UTF-8 blob, decoded one at a time."""

    def __init__(self, blob: np.ndarray, offsets: np.ndarray, start: int, count: int):
        self.blob, self.offsets, self.start, self.count = blob, offsets, start, count

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i: int) -> str:
        if not 0 <= i < self.count:
            raise IndexError(i)
        lo, hi = self.offsets[self.start + i], self.offsets[self.start + i + 1]
        return self.blob[lo:hi].tobytes().decode("utf-8")


def kept_weights(model_dir: Path) -> dict[int, float]:
    """The inverse document frequency of each term the index in model_dir holds, by the term's hash."""
    index = Retriever(model_dir)
    return dict(zip(index.term_hashes.tolist(), index.idf[index.term_ids].tolist()))


def build_index(rows: list[dict], out_dir: Path, kept: dict[int, float] | None = None) -> None:
    """Write the index for rows of {"nl", "cmd"}; done by training, loaded by the runtime.

    With `kept` (an earlier index's weights, `kept_weights`) each term it knows keeps its weight and only new terms
    are weighed on these rows: rows added to a built model then move another phrase's neighbours only by being
    nearer to it, not by making common words ("files", "all") a little commoner."""
    docs = [Counter(terms(tokenize_phrase(r["nl"]))) for r in rows]
    df: Counter = Counter()
    for doc in docs:
        df.update(doc.keys())
    vocab = sorted(df)
    term_id = {t: i for i, t in enumerate(vocab)}
    kept = kept or {}
    idf = np.array([kept.get(term_hash(t), math.log((1 + len(docs)) / (1 + df[t])) + 1) for t in vocab],
                   dtype=np.float32)
    postings: list[list[tuple[int, float]]] = [[] for _ in vocab]
    for d, doc in enumerate(docs):
        weights = {term_id[t]: (1 + math.log(c)) * idf[term_id[t]] for t, c in doc.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for tid, w in weights.items():
            postings[tid].append((d, w / norm))
    offsets = np.zeros(len(vocab) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(p) for p in postings])
    doc_ids = np.array([d for p in postings for d, _ in p], dtype=np.int32)
    weights = np.array([w for p in postings for _, w in p], dtype=np.float16)
    hashes = np.array([term_hash(t) for t in vocab], dtype=np.uint64)
    order = np.argsort(hashes, kind="stable")
    if len(hashes) > 1 and (np.diff(hashes[order]) == 0).any():
        raise ValueError("two retrieval terms share a 64-bit hash")  # never seen; would mix their postings
    texts, text_offsets = _text_blob([r["nl"] for r in rows] + [r["cmd"] for r in rows])
    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_dir / INDEX_FILE, offsets=offsets, doc_ids=doc_ids, weights=weights, idf=idf,
                        term_hashes=hashes[order], term_ids=order.astype(np.int32), texts=texts,
                        text_offsets=text_offsets)
    stale = out_dir / EXAMPLES_FILE
    if stale.exists():  # an older index's copy would no longer match
        stale.unlink()


class Retriever:
    def __init__(self, model_dir: Path):
        arrays = np.load(model_dir / INDEX_FILE)
        self.offsets, self.doc_ids = arrays["offsets"], arrays["doc_ids"]
        self.weights, self.idf = arrays["weights"], arrays["idf"]
        if "term_hashes" in arrays.files:
            self.term_hashes, self.term_ids = arrays["term_hashes"], arrays["term_ids"]
            blob, text_offsets = arrays["texts"], arrays["text_offsets"]
            count = (len(text_offsets) - 1) // 2
        else:  # an index written before the flat arrays: build them from its JSON file
            with gzip.open(model_dir / EXAMPLES_FILE, "rt", encoding="utf-8") as f:
                examples = json.load(f)
            hashes = np.array([term_hash(t) for t in examples["terms"]], dtype=np.uint64)
            order = np.argsort(hashes, kind="stable")
            self.term_hashes, self.term_ids = hashes[order], order.astype(np.int32)
            count = len(examples["cmd"])
            blob, text_offsets = _text_blob(examples["nl"] + examples["cmd"])
        self.nl = _Texts(blob, text_offsets, 0, count)
        self.cmd = _Texts(blob, text_offsets, count, count)
        self._starts: frozenset[str] | None = None

    def _term_id(self, term: str) -> int | None:
        h = np.uint64(term_hash(term))
        i = int(np.searchsorted(self.term_hashes, h))
        if i < len(self.term_hashes) and self.term_hashes[i] == h:
            return int(self.term_ids[i])
        return None

    def named_values(self, doc: int) -> set[str]:
        """The values a neighbour's phrase names that its command uses ("list the files in src" -> `src`):
        what its adapted command still holds of them is that phrase's, not the user's."""
        return named_values(self.nl[doc], self.cmd[doc])

    def command_starts(self) -> frozenset[str]:
        """Each training command's program and the word after it, past sudo ("git remote", "systemctl
        restart"); worked out on first use (about 0.1 s), since only a phrase that looks typed asks."""
        if self._starts is None:
            starts = set()
            for i in range(len(self.cmd)):
                words = self.cmd[i].split()
                words = words[1:] if words[:1] == ["sudo"] else words
                if len(words) >= 2:
                    starts.add(f"{words[0]} {words[1]}")
            self._starts = frozenset(starts)
        return self._starts

    def knows(self, term: str) -> bool:
        """Whether some training phrase holds this term."""
        return self._term_id(term) is not None

    @classmethod
    def available(cls, model_dir: Path) -> bool:
        index = model_dir / INDEX_FILE
        if not index.is_file():
            return False
        try:
            with np.load(index) as arrays:
                return "term_hashes" in arrays.files or (model_dir / EXAMPLES_FILE).is_file()
        except (OSError, ValueError):
            return False

    def search(self, phrase: str, n: int = 5, exclude=None) -> list[tuple[int, float]]:
        counts = Counter(terms(tokenize_phrase(phrase)))
        known = [(tid, c) for tid, c in ((self._term_id(t), c) for t, c in counts.items()) if tid is not None]
        if not known:
            return []
        scores = np.zeros(len(self.cmd), dtype=np.float32)
        for tid, c in known:
            lo, hi = self.offsets[tid], self.offsets[tid + 1]
            scores[self.doc_ids[lo:hi]] += self.weights[lo:hi].astype(np.float32) * ((1 + math.log(c)) * self.idf[tid])
        if exclude is not None:
            scores[exclude] = 0.0
        # the 3n best (several may share a command), best first; equal scores in row order, so that a tie
        # between two neighbours does not turn on how many rows the index holds
        top = np.argpartition(-scores, min(n * 3, len(scores) - 1))[: n * 3]
        top = top[np.lexsort((top, -scores[top]))]
        out, seen = [], set()
        for d in top:
            if scores[d] <= 0 or self.cmd[d] in seen:
                continue
            seen.add(self.cmd[d])
            out.append((int(d), float(scores[d])))
            if len(out) == n:
                break
        return out

    def adapted(self, phrase: str, doc: int) -> str:
        """The neighbour's command with the phrase's literals in place of the neighbour's own."""
        return adapt(self.nl[doc], self.cmd[doc], phrase)


def value_words(command: str) -> set[str]:
    """A command's arguments that name something: plain words of three letters or more, and paths. Not
    numbers (`head -n 10` is a default as often as a request) nor patterns (`*.py` for "python files")."""
    words = {w for w in _argument_words(command) if w.isalpha() and len(w) >= 3}
    return words | {w for w in command.split() if ("/" in w or w.startswith("~")) and "*" not in w
                    and w.rstrip("/") not in ("", "~", ".", "..")}


def named_values(neighbour_nl: str, neighbour_cmd: str) -> set[str]:
    return value_words(neighbour_cmd) & phrase_words(tokenize_phrase(neighbour_nl))


def phrase_words(tokens: list[SourceToken]) -> set[str]:
    """The words of a phrase as a command would hold them: "oliver's" names `oliver`."""
    return {t.text for t in tokens} | {_owner(t.text) for t in tokens}


def adapt(neighbour_nl: str, neighbour_cmd: str, phrase: str) -> str:
    theirs = [t.text for t in tokenize_phrase(neighbour_nl) if is_literal(t) and t.text in neighbour_cmd]
    ours = [t.text for t in tokenize_phrase(phrase) if is_literal(t)]
    by_shape: dict[str, list[str]] = {}
    for text in ours:
        by_shape.setdefault(shape(text), []).append(text)
    mapping: dict[str, str] = {}
    for text in dict.fromkeys(theirs):
        pool = by_shape.get(shape(text))
        if pool:
            mapping[text] = pool.pop(0)
    mapping.update(_swapped_words(neighbour_nl, neighbour_cmd, phrase, mapping))
    if not mapping:
        return neighbour_cmd
    # one pass, longest first, so a replacement is never itself replaced
    pattern = re.compile("|".join(re.escape(t) for t in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group()], neighbour_cmd)


_WORD = re.compile(r"[A-Za-z][\w-]*")


# Tools whose first argument is a subcommand ("systemctl status"), which is no value to swap.
_SUBCOMMAND_TOOLS = frozenset(
    "git systemctl docker apt apt-get apt-cache snap pip pip3 npm kubectl ip service brew dnf yum pacman flatpak "
    "cargo go nmcli ufw crontab journalctl timedatectl hostnamectl loginctl podman helm conda".split())


def _argument_words(command: str) -> set[str]:
    """Words a command uses as arguments: not a stage's program (after sudo) nor a tool's subcommand."""
    out = set()
    for stage in re.split(r"\|\|?|&&|;", command):
        words = stage.split()
        if words and words[0] == "sudo":
            words = words[1:]
        start = 2 if words and words[0] in _SUBCOMMAND_TOOLS else 1
        out.update(w for w in words[start:] if _WORD.fullmatch(w))
    return out


def _swapped_words(neighbour_nl: str, neighbour_cmd: str, phrase: str, taken: dict[str, str]) -> dict[str, str]:
    """Plain words that sit where the neighbour's phrase had another word its command uses as an argument:
    "add user bob to docker" vs "add user alice to sudo" swaps bob -> alice and docker -> sudo."""
    theirs, ours = tokenize_phrase(neighbour_nl), tokenize_phrase(phrase)
    arguments = _argument_words(neighbour_cmd)
    their_words = {t.text for t in theirs}
    matcher = SequenceMatcher(None, [t.key for t in theirs], [t.key for t in ours], autojunk=False)
    swaps: dict[str, str] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace" or i2 - i1 != j2 - j1:
            continue
        for x, y in zip(theirs[i1:i2], ours[j1:j2]):
            mine, yours = _owner(x.text), _owner(y.text)
            if (mine == x.text) != (yours == y.text):
                continue  # a possessive stands for a possessive only: "today's logs" names no day to swap
            if (mine in arguments and mine not in taken and mine not in swaps and not is_literal(y)
                    and _WORD.fullmatch(yours) and yours not in their_words):
                swaps[mine] = yours
    return swaps


def _owner(word: str) -> str:
    """The name in a possessive: "re-enable oliver's account" is about `oliver`, "bob's" about `bob`."""
    return word[:-2] if len(word) > 3 and word[-2:] in ("'s", "\u2019s") else word
