"""Fit the pool reranker (nlsh/rerank.py) of a built model on our dev phrases and write it into model.json.

Each dev phrase is translated by the runtime as shipped, and its pool's feature rows are kept with which
members, adapted to the phrase, are an accepted command. A conditional logit (softmax over one phrase's
pool) is fitted to put the right ones first; phrases whose pool holds no right command, or only right
ones, teach nothing and are left out. The fit is convex: the same data give the same weights.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from nlsh import slotfill
from nlsh.rerank import FEATURES
from nlsh.translator import Translator
from training.evaluate import load_sets
from training.metric import normalize
from training.modeldir import read_model_json, write_model_json

RERANK_SETS = ("everyday-dev", "core-dev")
L2 = 1e-3  # 1e-4 to 1e-2 fit alike in 5-fold cross-validation on RERANK_SETS


def collect(model_dir: Path, sets=RERANK_SETS) -> list[tuple[np.ndarray, np.ndarray]]:
    """(feature rows, right-or-not per member) for each phrase of `sets` that teaches something."""
    translator = Translator.load(model_dir)
    translator.reranker = None  # the features of the pool as the agreement order sees it, whatever is fitted
    translator.pool_log = []
    samples = []
    for _, groups in load_sets(list(sets)).values():
        for nl, truths in groups.items():
            translator.pool_log.clear()
            translator.translate(nl, 1)
            if not translator.pool_log:
                continue
            phrase, commands, shown, rows, eligible = translator.pool_log[0]
            accepted = {normalize(t) for t in truths}
            shown = shown or [slotfill.adapt(c, phrase) for c in commands]
            right = np.array([normalize(c) in accepted for c in shown], dtype=float)[eligible]
            if 0 < right.sum() < len(right):  # ranked among the members that may come first, as translate does
                samples.append((rows[eligible], right))
    return samples


def fit(samples: list[tuple[np.ndarray, np.ndarray]], l2: float = L2) -> np.ndarray:
    """Weights per feature, on the features' own scale, maximizing the log probability of the right members."""
    rows = [torch.tensor(r, dtype=torch.float64) for r, _ in samples]
    logs_right = [torch.log(torch.tensor(y, dtype=torch.float64)) for _, y in samples]
    stacked = torch.cat(rows)
    mean, scale = stacked.mean(0), stacked.std(0) + 1e-6  # standardized, so that one L2 suits every feature
    rows = [(r - mean) / scale for r in rows]
    weights = torch.zeros(len(FEATURES), dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS([weights], max_iter=500, line_search_fn="strong_wolfe")

    def loss():
        optimizer.zero_grad()
        total = sum(torch.logsumexp(r @ weights, 0) - torch.logsumexp(r @ weights + y, 0)
                    for r, y in zip(rows, logs_right))
        value = total / len(rows) + l2 * (weights ** 2).sum()
        value.backward()
        return value

    optimizer.step(loss)
    return (weights.detach() / scale).numpy()  # the shift by the mean is the same for a whole pool: it drops out


def add_to_model(model_dir: Path) -> dict:
    """Fit on the dev sets and store the weights in the model's model.json; returns them."""
    meta = read_model_json(model_dir, "rerank", needs=("model_config",))
    if not meta["model_config"].get("retrieval"):
        raise SystemExit("this model reads no retrieval index (retrieval=false): it keeps the agreement order")
    samples = collect(model_dir)
    if not samples:
        raise SystemExit("no dev phrase has a right command in its pool beside a wrong one: nothing to fit")
    weights = {name: round(float(w), 6) for name, w in zip(FEATURES, fit(samples))}
    meta["rerank"] = weights
    meta["rerank_phrases"] = len(samples)
    write_model_json(model_dir, meta)
    return weights
