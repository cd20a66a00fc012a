"""Nearest training examples by TF-IDF over phrase terms, and their commands adapted to the new phrase.

The index ships beside the model (`retrieval.npz` + the examples in `retrieval.json.gz`): an inverted index
of term -> (example ids, weights), searched with numpy only. A neighbour's command is adapted by putting
the new phrase's literals where the neighbour's own literals stood (same shape, same order), so
"find files named a.txt in /home" can answer "find files named b.log in /tmp".
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
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


def build_index(rows: list[dict], out_dir: Path) -> None:
    """Write the index for rows of {"nl", "cmd"}; done by training, loaded by the runtime."""
    docs = [Counter(terms(tokenize_phrase(r["nl"]))) for r in rows]
    df: Counter = Counter()
    for doc in docs:
        df.update(doc.keys())
    vocab = sorted(df)
    term_id = {t: i for i, t in enumerate(vocab)}
    idf = np.array([math.log((1 + len(docs)) / (1 + df[t])) + 1 for t in vocab], dtype=np.float32)
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
    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_dir / INDEX_FILE, offsets=offsets, doc_ids=doc_ids, weights=weights, idf=idf)
    examples = {"terms": vocab, "nl": [r["nl"] for r in rows], "cmd": [r["cmd"] for r in rows]}
    data = json.dumps(examples, ensure_ascii=False).encode("utf-8")
    # mtime=0: the same data gives the same bytes, so a rebuild does not churn the shipped file
    (out_dir / EXAMPLES_FILE).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


class Retriever:
    def __init__(self, model_dir: Path):
        arrays = np.load(model_dir / INDEX_FILE)
        self.offsets, self.doc_ids = arrays["offsets"], arrays["doc_ids"]
        self.weights, self.idf = arrays["weights"].astype(np.float32), arrays["idf"]
        with gzip.open(model_dir / EXAMPLES_FILE, "rt", encoding="utf-8") as f:
            examples = json.load(f)
        self.term_id = {t: i for i, t in enumerate(examples["terms"])}
        self.nl, self.cmd = examples["nl"], examples["cmd"]

    @classmethod
    def available(cls, model_dir: Path) -> bool:
        return (model_dir / INDEX_FILE).is_file() and (model_dir / EXAMPLES_FILE).is_file()

    def search(self, phrase: str, n: int = 5, exclude=None) -> list[tuple[int, float]]:
        counts = Counter(t for t in terms(tokenize_phrase(phrase)) if t in self.term_id)
        if not counts:
            return []
        scores = np.zeros(len(self.cmd), dtype=np.float32)
        for term, c in counts.items():
            tid = self.term_id[term]
            lo, hi = self.offsets[tid], self.offsets[tid + 1]
            scores[self.doc_ids[lo:hi]] += self.weights[lo:hi] * (1 + math.log(c)) * self.idf[tid]
        if exclude is not None:
            scores[exclude] = 0.0
        top = np.argpartition(-scores, min(n, len(scores) - 1))[: n * 3]
        top = top[np.argsort(-scores[top])]
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
    if not mapping:
        return neighbour_cmd
    # one pass, longest first, so a replacement is never itself replaced
    pattern = re.compile("|".join(re.escape(t) for t in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group()], neighbour_cmd)
