"""Score a model directory, through the same runtime users run, on held-out sets.

Sets: `nl2bash-dev` (NL2Bash's template-disjoint dev split; a test split for us, never trained on),
`everyday` (our hand-written phrasings, data/eval/everyday.jsonl, a test set), `everyday-dev` (more of
the kind, written separately, for tuning), `everyday-holdout` (more again, scored only), `probe` (literal copying,
data/eval/literal_probe.jsonl), and `tldr-dev` / `core-dev` (the pages and phrases that `prepare` holds
out of training).
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import OrderedDict
from pathlib import Path

from nlsh.translator import Translator
from training.data import read_jsonl
from training.metric import nlc2cmd_at_k, normalize, structure, utilities
from training.prepare import DATA, prepare


def _grouped(rows: list[dict], key_nl="nl", key_cmd="cmd") -> "OrderedDict[str, list[str]]":
    groups: OrderedDict[str, list[str]] = OrderedDict()
    for row in rows:
        cmds = row[key_cmd] if isinstance(row[key_cmd], list) else [row[key_cmd]]
        groups.setdefault(row[key_nl], []).extend(cmds)
    return groups


def _first_utility(command: str) -> str | None:
    parsed = utilities(command)
    return parsed[0][0] if parsed else None


def score_pairs(translator: Translator, groups, k: int = 5) -> dict:
    n = len(groups)
    totals = {"nlc2cmd@1": 0.0, f"nlc2cmd@{k}": 0.0, "exact@1": 0, f"exact@{k}": 0, "structure@1": 0,
              "utility@1": 0}
    times = []
    for nl, truths in groups.items():
        started = time.perf_counter()
        preds = [c.command for c in translator.translate(nl, k)]
        times.append(time.perf_counter() - started)
        top = preds[:1]
        norm_truths = {normalize(t) for t in truths}
        # at k=1 the @k keys are the @1 keys: counting both would count each phrase twice
        totals["nlc2cmd@1"] += nlc2cmd_at_k(top, truths)
        totals["exact@1"] += bool(top) and normalize(top[0]) in norm_truths
        if k > 1:
            totals[f"nlc2cmd@{k}"] += nlc2cmd_at_k(preds, truths)
            totals[f"exact@{k}"] += any(normalize(p) in norm_truths for p in preds)
        totals["structure@1"] += bool(top) and structure(top[0]) in {structure(t) for t in truths}
        totals["utility@1"] += bool(top) and _first_utility(top[0]) in {_first_utility(t) for t in truths}
    result = {key: round(value / max(1, n), 4) for key, value in totals.items()}
    times.sort()
    result.update(n=n, median_ms=round(1000 * times[len(times) // 2], 1) if times else None)
    return result


def score_probe(translator: Translator, rows: list[dict]) -> dict:
    literals = verbatim = phrases_all = 0
    misses = []
    for row in rows:
        top = translator.translate(row["nl"], 1)
        command = top[0].command if top else ""
        hits = [lit for lit in row["literals"] if lit in command]
        literals += len(row["literals"])
        verbatim += len(hits)
        phrases_all += len(hits) == len(row["literals"])
        if len(hits) < len(row["literals"]) and len(misses) < 8:
            misses.append({"nl": row["nl"], "got": command, "want": row["literals"]})
    return {"literals": literals, "verbatim_rate": round(verbatim / max(1, literals), 4),
            "phrases_all_verbatim": round(phrases_all / max(1, len(rows)), 4), "n": len(rows),
            "examples_missed": misses}


def load_sets(names: list[str], limit: int = 0) -> dict:
    sets = {}
    held_out = None
    for name in names:
        if name == "nl2bash-dev":
            sets[name] = ("pairs", _grouped(read_jsonl(DATA / "nl2bash" / "dev.jsonl")))
        elif name in ("everyday", "everyday-dev", "everyday-holdout"):
            # everyday-dev: our tuning set of the same kind, written apart from the test set and the core set;
            # everyday-holdout: more of it, scored only
            path = DATA / "eval" / (name.replace("-", "_") + ".jsonl")
            if path.exists():
                sets[name] = ("pairs", _grouped(read_jsonl(path), key_cmd="cmds"))
        elif name == "probe":
            path = DATA / "eval" / "literal_probe.jsonl"
            if path.exists():
                sets[name] = ("probe", read_jsonl(path))
        elif name in ("tldr-dev", "core-dev", "nl2bash-heldout"):
            if held_out is None:
                with tempfile.TemporaryDirectory(prefix="nlsh-eval-") as tmp:
                    prepare(Path(tmp))
                    held_out = read_jsonl(Path(tmp) / "dev.jsonl")
            source = name.split("-")[0]  # nl2bash-heldout: our own dev rows of NL2Bash train, for tuning
            rows = [r for r in held_out if r["source"] == source and r["weight"] > 0.1]  # not generic lines
            if rows:
                sets[name] = ("pairs", _grouped(rows))
        else:
            raise SystemExit(f"unknown evaluation set {name!r}")
    if limit:
        sets = {k: (kind, OrderedDict(list(data.items())[:limit]) if isinstance(data, dict) else data[:limit])
                for k, (kind, data) in sets.items()}
    return sets


def evaluate_translator(translator: Translator, names: list[str], limit: int = 0) -> dict:
    results = {}
    for name, (kind, data) in load_sets(names, limit).items():
        results[name] = score_pairs(translator, data) if kind == "pairs" else score_probe(translator, data)
    return results


def evaluate_model(model_dir: Path, names: list[str], limit: int = 0, out: Path | None = None) -> dict:
    """A model directory as shipped, or a training checkpoint (.pt) decoded by the same beam search."""
    if model_dir.suffix == ".pt":
        from nlsh.retrieval import Retriever
        from nlsh.vocab import Vocab
        from training.train import load_checkpoint, torch_translator

        model, ckpt = load_checkpoint(model_dir)
        model.eval()
        retriever = Retriever(model_dir.parent / "retrieval") if ckpt["model_config"].get("retrieval") else None
        translator = torch_translator(model, Vocab(ckpt["src_vocab"]), Vocab(ckpt["tgt_vocab"]),
                                      ckpt["train_config"]["max_tgt_len"], retriever)
    else:
        translator = Translator.load(model_dir)
    results = evaluate_translator(translator, names, limit)
    results["load_ms"] = round(1000 * translator.load_seconds, 1)
    print(json.dumps(results, indent=2))
    if out:
        out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return results
