"""Vocabularies, encoded examples and length-bucketed batches."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import torch

from nlsh.tokenize import SPACE, is_literal, model_source, tokenize_command, tokenize_phrase
from nlsh.vocab import SRC_SPECIALS, TGT_SPECIALS, Vocab


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def split_example(nl: str, cmd: str, neighbours: list[str] | None = None) -> tuple[list, list[str]]:
    src = model_source(nl, neighbours)
    literals = [t.text for t in src if is_literal(t)]
    return src, tokenize_command(cmd, literals)


_COMPOUND = re.compile(r"^[A-Za-z]+(?:[-/][A-Za-z]+)+$")


def compound_words(rows: list[dict], min_seen: int = 3, max_verbatim: float = 0.1) -> list[str]:
    """Words joined by `-` or `/` that look like values to the tokenizer but are plain words: in training
    "files/directories" (621 phrases) and "human-readable" (48) never appear in the command, while
    "redis-server" and "gh-pages" always do. Lowercased, those seen at least `min_seen` times and copied
    verbatim in at most `max_verbatim` of them."""
    seen: Counter = Counter()
    copied: Counter = Counter()
    for row in rows:
        for token in tokenize_phrase(row["nl"]):
            if is_literal(token) and not token.quoted and _COMPOUND.match(token.text):
                seen[token.text.lower()] += 1
                copied[token.text.lower()] += token.text in row["cmd"]
    return sorted(w for w, n in seen.items() if n >= min_seen and copied[w] <= max_verbatim * n)


def user_values(rows: list[dict], min_seen: int = 3, min_named: float = 0.9) -> list[str]:
    """Values a command holds only because its phrase named them: "~/Music", "results.txt", "/var/backups"
    appear in training commands almost only when the phrase says them too, while "/dev/null" and
    "/var/log/syslog" are part of the answer ("follow the syslog"). A command with one of the first kind that
    the user did not type has made it up: a neighbour's value the adaptation had nothing to replace with, or
    one the model recalls. Those seen in at least `min_seen` commands and named by the phrase in at least
    `min_named` of them."""
    seen: Counter = Counter()
    named: Counter = Counter()
    for row in rows:
        for text in {t.text for t in tokenize_phrase(row["cmd"]) if is_literal(t) and not t.text.startswith("{{")}:
            seen[text] += 1
            named[text] += text in row["nl"]
    return sorted(v for v, n in seen.items() if n >= min_seen and named[v] >= min_named * n)


def build_vocabs(rows: list[dict], src_min: int, tgt_min: int, src_max: int, tgt_max: int):
    src_counts: Counter = Counter()
    tgt_counts: Counter = Counter()
    for row in rows:
        src, tgt = split_example(row["nl"], row["cmd"], row.get("neighbours"))
        src_counts.update(t.key for t in src)
        tgt_counts.update(tgt)
    src_words = [w for w, c in src_counts.most_common(src_max) if c >= src_min and w not in SRC_SPECIALS]
    tgt_words = [w for w, c in tgt_counts.most_common(tgt_max) if c >= tgt_min and w not in TGT_SPECIALS]
    return Vocab(SRC_SPECIALS + src_words), Vocab(TGT_SPECIALS + tgt_words)


@dataclass
class Example:
    src: list[int]
    tgt: list[int]  # vocabulary ids, <unk> where the piece is not in the vocabulary
    copy_glued: list[list[int]]  # per target step: source positions whose text equals the piece
    copy_spaced: list[list[int]]
    gen_ok: list[bool]  # False where the piece is unknown but copyable: <unk> must not get credit


def encode(row: dict, src_vocab: Vocab, tgt_vocab: Vocab, max_src: int, max_tgt: int) -> Example | None:
    src, pieces = split_example(row["nl"], row["cmd"], row.get("neighbours"))
    if not src or len(src) > max_src or len(pieces) + 1 > max_tgt:
        return None
    src_ids = [src_vocab.source_id(t) for t in src]
    texts = [t.text for t in src]
    tgt, glued, spaced, gen_ok = [], [], [], []
    for piece in pieces + [TGT_SPECIALS[2]]:
        tid = tgt_vocab.id(piece)
        spaced_text = piece[1:] if piece.startswith(SPACE) else None
        g = [i for i, t in enumerate(texts) if spaced_text is None and t == piece]
        s = [i for i, t in enumerate(texts) if spaced_text is not None and t == spaced_text]
        tgt.append(tid)
        glued.append(g)
        spaced.append(s)
        gen_ok.append(tid != tgt_vocab.unk or not (g or s))
    return Example(src_ids, tgt, glued, spaced, gen_ok)


def drop_words(src: torch.Tensor, rate: float) -> torch.Tensor:
    """The batch with some of the phrase's known words replaced by <unk>, so the model learns to read a
    phrase from the words it knows when another is new (an unusual verb, a rare word order). The
    neighbour's command after <sep>, shapes and specials stay: copying works from positions, not ids."""
    if rate <= 0:
        return src
    first_word = len(SRC_SPECIALS)
    in_phrase = torch.cumsum(src == SRC_SPECIALS.index("<sep>"), dim=1) == 0
    dropped = (src >= first_word) & in_phrase & (torch.rand(src.shape) < rate)
    return src.masked_fill(dropped, SRC_SPECIALS.index("<unk>"))


def batches(examples: list[Example], batch_size: int, rng: random.Random, shuffle: bool = True):
    """Batches of similar target length, so little time goes into padding."""
    order = sorted(range(len(examples)), key=lambda i: (len(examples[i].tgt), rng.random() if shuffle else i))
    chunks = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    if shuffle:
        rng.shuffle(chunks)
    for chunk in chunks:
        yield collate([examples[i] for i in chunk])


def collate(batch: list[Example]) -> dict[str, torch.Tensor]:
    n = len(batch)
    s_len = max(len(e.src) for e in batch)
    t_len = max(len(e.tgt) for e in batch)
    src = torch.zeros(n, s_len, dtype=torch.long)
    tgt_in = torch.zeros(n, t_len, dtype=torch.long)
    tgt_out = torch.zeros(n, t_len, dtype=torch.long)
    tgt_mask = torch.zeros(n, t_len, dtype=torch.bool)
    gen_ok = torch.zeros(n, t_len, dtype=torch.bool)
    copy = torch.zeros(n, t_len, 2, s_len, dtype=torch.bool)
    for b, e in enumerate(batch):
        src[b, :len(e.src)] = torch.tensor(e.src)
        tgt_out[b, :len(e.tgt)] = torch.tensor(e.tgt)
        tgt_in[b, 0] = 1  # <s>
        tgt_in[b, 1:len(e.tgt)] = torch.tensor(e.tgt[:-1])
        tgt_mask[b, :len(e.tgt)] = True
        gen_ok[b, :len(e.tgt)] = torch.tensor(e.gen_ok)
        for t, (g, s) in enumerate(zip(e.copy_glued, e.copy_spaced)):
            for i in g:
                copy[b, t, 0, i] = True
            for i in s:
                copy[b, t, 1, i] = True
    src_len = torch.tensor([len(e.src) for e in batch])
    return {"src": src, "src_len": src_len, "tgt_in": tgt_in, "tgt_out": tgt_out, "tgt_mask": tgt_mask,
            "gen_ok": gen_ok, "copy": copy}





def attach_neighbours(rows: list[dict], retriever, ranks: int, count: int = 1) -> list[list[dict]]:
    """For each rank r < ranks, a copy of rows where each row carries its r-th nearest other example's
    command (adapted to its literals) and the next count-1, as a list (shorter where the index has fewer).
    Examples with the same command or phrase are never neighbours, so training looks like a new phrase
    whose exact command is not in the index."""
    by_cmd: dict[str, list[int]] = {}
    by_nl: dict[str, list[int]] = {}
    for i, cmd in enumerate(retriever.cmd):
        by_cmd.setdefault(cmd, []).append(i)
    for i, nl in enumerate(retriever.nl):
        by_nl.setdefault(nl, []).append(i)
    out: list[list[dict]] = [[] for _ in range(ranks)]
    for row in rows:
        exclude = by_cmd.get(row["cmd"], []) + by_nl.get(row["nl"], [])
        hits = retriever.search(row["nl"], ranks + count - 1, exclude=exclude or None)
        adapted = [retriever.adapted(row["nl"], doc) for doc, _ in hits]
        for r in range(ranks):
            out[r].append(dict(row, neighbours=adapted[min(r, len(adapted) - 1):][:count]))
    return out
