"""The word-translation table nlsh/channel.py reads: IBM Model 1, P(phrase word | command part), by EM.

Trained on the same rows as the model (with their weights: a generic tldr row counts a tenth), in a few
seconds a pass. Deterministic: the same rows give the same table.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from nlsh.channel import CHANNEL_FILE, NULL, command_terms, phrase_terms, save
from nlsh.consensus import signature
from nlsh.tokenize import tokenize_phrase
from training.modeldir import last_stage_rows, read_model_json, write_model_json

# Measured on pool replay (dev): 5, 10 and 20 passes alike; 10 is where the table stops moving much.
ITERATIONS = 10


def pairs(rows: list[dict]) -> list[tuple[list[str], list[str], float]]:
    """(command parts, phrase words, weight) per row that has both."""
    out = []
    for row in rows:
        parts, words = command_terms(signature(row["cmd"])), phrase_terms(tokenize_phrase(row["nl"]))
        if parts and words:
            out.append((parts, words, float(row.get("weight", 1.0))))
    return out


def train_table(rows: list[dict], iterations: int = ITERATIONS) -> dict[str, dict[str, float]]:
    """{part: {word: P(word | part)}}, NULL among the parts; uniform to start, as Model 1 has one optimum."""
    data = pairs(rows)
    table: dict[str, dict[str, float]] = {}
    for parts, words, _ in data:
        for part in parts + [NULL]:
            row = table.setdefault(part, {})
            for word in words:
                row[word] = 1.0
    for _ in range(iterations):
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        totals: dict[str, float] = defaultdict(float)
        for parts, words, weight in data:
            sources = parts + [NULL]
            for word in words:
                shares = [table[part][word] for part in sources]
                norm = weight / sum(shares)
                for part, share in zip(sources, shares):
                    counts[part][word] += share * norm
                    totals[part] += share * norm
        table = {part: {word: c / totals[part] for word, c in row.items()} for part, row in counts.items()}
    return table


def build_channel(rows: list[dict], out_dir: Path) -> Path:
    """Train the table on `rows` and write it into out_dir; return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / CHANNEL_FILE
    save(train_table(rows), path)
    return path


def add_to_model(model_dir: Path) -> Path:
    """Train the table for a model built without one, on the rows its last stage trained on, and record it
    in its model.json. The table is written whole before model.json names it."""
    meta = read_model_json(model_dir, "add a channel table to")
    path = build_channel(last_stage_rows(meta["train_config"], "get its table"), model_dir)
    meta["files"]["channel"] = path.name
    meta["model_config"]["channel"] = True
    write_model_json(model_dir, meta)
    return path
