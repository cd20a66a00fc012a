"""Which pool member to show first: a linear score over what is known of each candidate.

The pool's first pick by agreement alone (nlsh.consensus) plus fixed bonuses misses a right command that
is in the pool for about one phrase in eight on our dev split. Each signal (agreement with the pool, the
beam's and the retrieval's confidence, the phrase's literals used, the command's words the phrase says,
placeholders left) says something, and how much each is worth against the others is fitted on dev
phrases whose right commands we know (`python -m training rerank`), not set by hand. The weights travel
in model.json, since they are the model's: a model without them keeps the agreement order.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nlsh.errors import ModelError

FEATURES = ("agreement", "lead_bonus", "log_weight", "log_prior", "channel_fit", "from_beam", "beam_logp",
            "retrieved", "similarity", "literal_coverage", "invents", "borrowed", "placeholders", "utilities",
            "words", "agreement_pick", "words_said", "utility_said", "said_utility_missing")
_PHRASE_WORD = re.compile(r"[a-z][a-z0-9-]+")
_COMMAND_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_STEM = 5  # "compress" and "compression", "listen" and "listening" share their first five letters
REBUILD = "fit it again with `python -m training rerank`"
_NOT_IN_BEAM = -10.0  # a log probability far below any hypothesis the beam kept


@dataclass
class Pool:
    """What translate knows of each pool member when it chooses; lists run over the pool in its order."""
    phrase: str
    commands: list[str]  # adapted to the phrase; where translate adapts none, their placeholders alone filled
    signatures: list
    weights: list[float]  # after the channel's weighing
    priors: list[float]  # before it
    fits: list[float] | None
    beam: dict[str, float]  # command -> log probability, for the beam's hypotheses
    retrieved: dict[str, float]  # command -> similarity, for the retrieved examples
    coverage: list[float] | None
    invents: list[bool]
    borrowed: list[bool] | None
    lead: list[float] | None
    generated: list[str]  # the pool's commands as generated, the keys of beam and retrieved


def features(pool: Pool, matrix: np.ndarray, agreement_pick: int) -> np.ndarray:
    """One row of FEATURES per pool member."""
    n = len(pool.commands)
    weights = np.asarray(pool.weights, dtype=float)
    priors = np.asarray(pool.priors, dtype=float)
    agreement = matrix @ (weights / (weights.sum() or 1.0))
    top_logp = max(pool.beam.values()) if pool.beam else 0.0
    top_similarity = max(pool.retrieved.values()) if pool.retrieved else 1.0
    best_fit = max(pool.fits) if pool.fits else 0.0
    said = set(_PHRASE_WORD.findall(pool.phrase.lower()))
    said_stems = {word[:_STEM] for word in said}
    utilities = [{utility for utility, _ in signature} for signature in pool.signatures]
    said_utilities = {u for us in utilities for u in us if u in said}
    rows = np.zeros((n, len(FEATURES)))
    for i, command in enumerate(pool.commands):
        generated = pool.generated[i]
        plain = [w.lower() for w in _COMMAND_WORD.findall(command) if len(w) >= 3 and w.lower() not in utilities[i]]
        rows[i] = (
            agreement[i],
            pool.lead[i] if pool.lead else 0.0,
            math.log(weights[i] / weights.max() + 1e-12),
            math.log(priors[i] / priors.max() + 1e-12),
            pool.fits[i] - best_fit if pool.fits else 0.0,
            generated in pool.beam,
            pool.beam[generated] - top_logp if generated in pool.beam else _NOT_IN_BEAM,
            generated in pool.retrieved,
            pool.retrieved.get(generated, 0.0) / top_similarity,
            pool.coverage[i] if pool.coverage else 0.0,
            bool(pool.invents and pool.invents[i]),
            bool(pool.borrowed and pool.borrowed[i]),
            command.count("{{"),
            len(pool.signatures[i]),
            len(command.split()),
            i == agreement_pick,
            sum(w[:_STEM] in said_stems for w in plain) / len(plain) if plain else 0.0,
            bool(utilities[i] & said),
            bool(said_utilities - utilities[i]),
        )
    return rows


def eligible(invents: list[bool], n: int) -> np.ndarray:
    """Which members may come first: none that makes up a value or does the opposite of what the phrase asks
    (nlsh.translator's `_invents` and `_undoes`) while another does neither. The reranker orders only these: those
    are rules, not odds. Holding the first to as many of the phrase's literals as any member uses as well cost
    nl2bash-heldout NLC2CMD@1 0.133 -> 0.113 and gained nothing elsewhere."""
    if any(invents) and not all(invents):
        return ~np.asarray(invents, dtype=bool)
    return np.ones(n, dtype=bool)


class Reranker:
    """The fitted weights of FEATURES, as model.json holds them."""

    def __init__(self, weights: dict, source: Path):
        try:
            unknown = set(weights) - set(FEATURES)
            self.weights = np.array([float(weights.get(name, 0.0)) for name in FEATURES])
        except (TypeError, ValueError, AttributeError):
            raise ModelError(f"{source}: the reranker's weights are not numbers by feature name; {REBUILD}") from None
        if unknown:
            names = ", ".join(sorted(unknown))
            raise ModelError(f"{source} weighs reranking features this nlsh does not know ({names}); "
                             f"upgrade nlsh, or {REBUILD}")

    def scores(self, rows: np.ndarray) -> np.ndarray:
        return rows @ self.weights
