"""One command from data/ to a shipped model: prepare -> train -> export -> quantize -> evaluate -> models/.

The new model replaces the output folder only once everything has passed, by renaming a finished
folder into place, so an interrupted build never leaves a half-written model where nlsh loads it.
"""

from __future__ import annotations

import dataclasses
import json
import platform
import re
import shutil
import time
from pathlib import Path

import torch

from training.config import preset
from training.evaluate import evaluate_model
from training.export import export
from training.modeldir import write_model_json
from training.prepare import prepare
from training.quantize import quantize
from training.rerank import add_to_model
from training.train import train

# The fp32 weights rounded to fp16, beside the INT8 model: what `training finetune` adapts.
WEIGHTS_FILE = "weights.fp16.pt"
# What the INT8 model is measured on: test sets first, then the dev sets decoding was tuned on.
EVAL_SETS = ["nl2bash-dev", "everyday", "probe", "tldr-dev", "core-dev", "nl2bash-heldout", "everyday-dev"]


def build(run: Path, config: str, overrides: dict, out: Path, resume: bool = False, eval_limit: int = 0) -> dict:
    model_cfg, train_cfg = preset(config, **overrides)
    timings = {}
    started = time.time()
    counts = prepare(run / "prepared")
    timings["prepare"] = time.time() - started
    eval_sets = list(EVAL_SETS)

    t = time.time()
    checkpoint = train(run / "prepared", run, model_cfg, train_cfg, resume=resume)
    timings["train"] = time.time() - t

    taught = None
    if train_cfg.teach_epochs:
        # measure on the held-out pages first, then teach them: the shipped model should know every page
        t = time.time()
        held_out = run / "held-out"
        export(checkpoint, held_out / "onnx")
        quantize(held_out / "onnx", held_out / "int8")
        before = evaluate_model(held_out / "int8", ["tldr-dev"], limit=eval_limit)
        first_epochs = torch.load(checkpoint, map_location="cpu", weights_only=False)["epoch"]
        counts = prepare(run / "taught" / "prepared", hold_out_tldr=False)
        teach_cfg = dataclasses.replace(train_cfg, epochs=train_cfg.teach_epochs, lr=train_cfg.teach_lr)
        checkpoint = train(run / "taught" / "prepared", run / "taught", model_cfg, teach_cfg, resume=resume,
                           init=checkpoint)
        eval_sets.remove("tldr-dev")  # a set the model was trained on measures nothing
        taught = {"epochs": train_cfg.teach_epochs, "after_epochs": first_epochs, "tldr_dev_before": before["tldr-dev"]}
        timings["teach"] = time.time() - t

    return _ship(run, checkpoint, config, overrides, counts, eval_sets, timings, out, taught, eval_limit)


def teach(model_dir: Path, run: Path, config: str, overrides: dict, out: Path, resume: bool = False,
          eval_limit: int = 0) -> dict:
    """Teach a built model the data as it is now, then export -> quantize -> evaluate -> out, as build does.

    Build's teaching stage on the model's own weights, vocabularies and architecture: `teach_epochs` more
    epochs on every training row (every tldr page), the learning rate from `teach_lr` down. For data added
    after the model was built (new core tasks): 12 minutes on 2 cores, where a build takes 75; the rows the
    model knew before are in the data still, so it goes on learning them too."""
    try:
        meta = json.loads((model_dir / "model.json").read_text(encoding="utf-8"))
        before = json.loads((model_dir / "report.json").read_text(encoding="utf-8"))
        weights = torch.load(model_dir / WEIGHTS_FILE, map_location="cpu", weights_only=True)
    except (OSError, ValueError, RuntimeError) as exc:
        raise SystemExit(f"no built model to teach at {model_dir} ({exc})") from None
    _, train_cfg = preset(config, **overrides)
    if not train_cfg.teach_epochs:
        raise SystemExit("teach_epochs is 0: nothing to teach (--set teach_epochs=N)")
    timings = {}
    started = time.time()
    run.mkdir(parents=True, exist_ok=True)
    init = run / "init.pt"
    torch.save({"model": {k: v.float() for k, v in weights.items()}, "model_config": meta["model_config"],
                "src_vocab": meta["src_vocab"], "tgt_vocab": meta["tgt_vocab"],
                "train_seconds": before["train_minutes"] * 60}, init)
    counts = prepare(run / "prepared", hold_out_tldr=False)
    timings["prepare"] = time.time() - started
    t = time.time()
    teach_cfg = dataclasses.replace(train_cfg, epochs=train_cfg.teach_epochs, lr=train_cfg.teach_lr)
    checkpoint = train(run / "prepared", run, None, teach_cfg, resume=resume, init=init)
    timings["teach"] = time.time() - t
    taught = {"epochs": train_cfg.teach_epochs, "after_epochs": before["epochs"], "from": str(model_dir),
              "tldr_dev_before": (before.get("taught") or {}).get("tldr_dev_before")}
    eval_sets = [name for name in EVAL_SETS if name != "tldr-dev"]
    return _ship(run, checkpoint, config, overrides, counts, eval_sets, timings, out, taught, eval_limit)


def _ship(run: Path, checkpoint: Path, config: str, overrides: dict, counts: dict, eval_sets: list[str],
          timings: dict, out: Path, taught: dict | None, eval_limit: int) -> dict:
    """Export, quantize and measure a trained checkpoint, then put the model into `out` whole."""
    t = time.time()
    export_check = export(checkpoint, run / "onnx")
    sizes = quantize(run / "onnx", run / "int8")
    timings["export+quantize"] = time.time() - t

    if json.loads((run / "int8" / "model.json").read_text(encoding="utf-8"))["model_config"].get("retrieval"):
        t = time.time()
        reranker = add_to_model(run / "int8")
        fp32_meta = json.loads((run / "onnx" / "model.json").read_text(encoding="utf-8"))
        write_model_json(run / "onnx", {**fp32_meta, "rerank": reranker})  # INT8 and fp32 measured alike
        timings["rerank"] = time.time() - t

    t = time.time()
    int8 = evaluate_model(run / "int8", eval_sets, limit=eval_limit, out=run / "eval_int8.json")
    fp32 = evaluate_model(run / "onnx", ["nl2bash-dev"], limit=eval_limit, out=run / "eval_fp32.json")
    timings["evaluate"] = time.time() - t

    ckpt = torch.load(checkpoint, map_location="cpu", weights_only=False)
    report = {
        "config": config,
        "overrides": overrides,
        "data_counts": counts,
        "eval_sets": eval_sets,
        "parameters": sum(v.numel() for v in ckpt["model"].values()),
        "epochs": ckpt["epoch"] + (taught["after_epochs"] if taught else 0),
        "train_minutes": round((ckpt["train_seconds"] if "train_seconds" in ckpt else timings["train"]) / 60, 1),
        "dev_loss": ckpt["dev_loss"],
        "sizes_mib": sizes,
        "export_check": export_check,
        "int8": int8,
        "fp32": fp32,
        **({"taught": taught} if taught else {}),
        "timings_s": {k: round(v, 1) for k, v in timings.items()},
        "machine": f"{platform.machine()}, {torch.get_num_threads()} threads, "
                   f"{'GPU ' + torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'CPU'}",
    }
    (run / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")

    staging = out.with_name(out.name + ".new")
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(run / "int8", staging)
    report["side_files_mib"] = side_files(staging)
    torch.save({k: v.half() for k, v in ckpt["model"].items()}, staging / WEIGHTS_FILE)
    # a taught model's card keeps the notes of the one it was taught from: its history goes on
    notes = _hand_written(Path(taught["from"]) / "MODEL_CARD.md") if taught and taught.get("from") else ""
    (staging / "MODEL_CARD.md").write_text(model_card(report) + notes, encoding="utf-8")
    (staging / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    if out.exists():
        old = out.with_name(out.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        out.rename(old)
        staging.rename(out)
        shutil.rmtree(old)
    else:
        staging.rename(out)
    print(f"model written to {out}")
    return report


def rescore(model_dir: Path, eval_limit: int = 0, fp32_dir: Path | None = None) -> dict:
    """Measure a built model again through the runtime as it is now, and rewrite its report and card.

    Decoding changes (nlsh/translator.py, nlsh/slotfill.py) move the figures without a retrain; the card
    must show what users get. The fp32 model is not shipped: its row is measured again only from the
    build's run directory (`fp32_dir`, RUN/onnx), else it stays the build's."""
    report_path = model_dir / "report.json"
    try:
        report = json.loads(report_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"no build report to rescore at {report_path} ({exc})") from None
    if fp32_dir is not None:  # first: a wrong directory fails before minutes of INT8 scoring
        report["fp32"] = evaluate_model(fp32_dir, ["nl2bash-dev"], limit=eval_limit)
    report["fp32_rescored"] = fp32_dir is not None
    report["int8"] = evaluate_model(model_dir, report.get("eval_sets", EVAL_SETS), limit=eval_limit)
    report["rescored"] = time.strftime("%Y-%m-%d")
    report["side_files_mib"] = side_files(model_dir)
    card = model_card(report) + _hand_written(model_dir / "MODEL_CARD.md")
    for name, text in (("report.json", json.dumps(report, indent=2)), ("MODEL_CARD.md", card)):
        partial = model_dir / (name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(model_dir / name)
    return report


def side_files(model_dir: Path) -> dict[str, float]:
    """MiB of each file nlsh loads beside the two networks (vocabularies, retrieval index, channel table)."""
    names = json.loads((model_dir / "model.json").read_text(encoding="utf-8"))["files"]
    networks = {names["encoder"], names["decoder"]}
    return {p.name: round(p.stat().st_size / 2**20, 2) for p in sorted(model_dir.iterdir())
            if p.suffix in (".json", ".npz", ".gz") and p.name not in networks and p.name != "report.json"}


def _hand_written(card_path: Path) -> str:
    """The sections a person added to a card (a heading that says "hand-written", and all after it)."""
    text = card_path.read_text(encoding="utf-8") if card_path.exists() else ""
    start = next((m.start() for m in re.finditer(r"^## .*hand-written.*$", text, re.MULTILINE)), None)
    return "\n" + text[start:] if start is not None else ""


def _row(name: str, r: dict) -> str:
    return (f"| {name} | {r['n']} | {r['nlc2cmd@1']:.3f} | {r['nlc2cmd@5']:.3f} | {r['exact@1']:.3f} | "
            f"{r['exact@5']:.3f} | {r['structure@1']:.3f} | {r['utility@1']:.3f} | {r['median_ms']} |")


def model_card(report: dict) -> str:
    cfg = report["int8"]
    lines = [
        "# nlsh translator: model card",
        "",
        f"Config `{report['config']}`{' ' + str(report['overrides']) if report['overrides'] else ''}: "
        "bidirectional GRU encoder, two-GRU decoder",
        "with additive (Bahdanau) attention and a pointer that copies phrase tokens verbatim",
        f"(training/model.py). {report['parameters']:,} parameters, trained {report['epochs']} epochs",
        f"(best dev loss {report['dev_loss']:.4f}) on {report['machine']}: {report['train_minutes']} min of",
        f"training epochs; this build's stages took {report['timings_s']} seconds.",
        "",
    ]
    taught = report.get("taught")
    if taught and taught.get("from"):
        lines += [f"The last {taught['epochs']} of those epochs taught the model built before "
                  f"({taught['after_epochs']} epochs) the data as it is now (`python -m training teach`).", ""]
    elif taught:
        lines += [f"The last {taught['epochs']} of those epochs trained on every tldr page, after "
                  f"{taught['after_epochs']} with some held out and the tldr-dev figures measured on those.", ""]
    if report.get("rescored"):
        fp32 = "the fp32 row too" if report.get("fp32_rescored") else "the fp32 row is the build's"
        lines += [f"INT8 figures measured again on {report['rescored']} through the runtime of that day "
                  f"(`python -m training rescore`); {fp32}.", ""]
    lines += [
        "Rebuild: `python -m training build` (see README).",
        "",
        "## Files",
        "",
        "| file | fp32 MiB | INT8 MiB |",
        "|---|---|---|",
    ]
    for role, (fp, q) in report["sizes_mib"].items():
        lines.append(f"| {role}.int8.onnx | {fp:.2f} | {q:.2f} |")
    total = sum(q for _, q in report["sizes_mib"].values())
    side = report.get("side_files_mib", {})
    lines += [
        "",
        f"INT8 total {total:.2f} MiB" + (f"; beside them {', '.join(f'{n} {m:.2f}' for n, m in side.items())} "
                                          f"MiB, {total + sum(side.values()):.2f} MiB in all" if side else "") +
        f"; load time {cfg['load_ms']} ms. ONNX vs PyTorch max abs difference: "
        f"encoder {report['export_check']['encoder_diff']:.1e}, decoder {report['export_check']['decoder_diff']:.1e}.",
        "",
        "## Accuracy (held-out; through the runtime nlsh ships, beam search, k=5)",
        "",
        "Decoding (nlsh/translator.py, nlsh/consensus.py): beam search (width k+3, at least 8) and the 5",
        "nearest training examples by TF-IDF, their literals replaced by the phrase's, form one pool; the",
        "shown commands are picked from it by expected NLC2CMD agreement (minimum Bayes risk), preferring",
        "those that use the phrase's literals (not the compound words training phrases use as plain words,",
        "such as `files/directories`, nor hyphenated descriptions such as `gzip-compressed`); the first is",
        "one that uses as many of them as any in the",
        "pool does and holds no value the phrase lacks that training commands hold only when their phrase",
        "names it (`~/Music`, `results.txt`), no example's stand-in path (`/path/to/dir`) and no other machine",
        "to copy to or from where the phrase names none, and none that does the opposite of what it asks (`pip",
        "uninstall` for \"install\", `tar -c` for \"extract\") or asks a program for its own name (`curl curl`);",
        "among equals, one without a value a neighbour's phrase named",
        "and this one does not (`ls -lh` before `ls -lh src`). The beam does not repeat a literal, glued",
        "(`host@host`) or not. Commands that do not parse (an unclosed quote) are left out while any other parses.",
        "Before the choice each candidate's probability is weighed by how well it accounts for the phrase,",
        "P(phrase | command) to the power 0.1, from a table of phrase words given utilities and their flags",
        "(IBM Model 1 on the training pairs: nlsh/channel.py, training/channel.py), where the model shipped has one.",
        "Where the model has a reranker (model.json's `rerank`: nlsh/rerank.py, fitted by `python -m training rerank`",
        "on everyday-dev and core-dev), the first shown command is the pool member it scores highest, by a linear",
        "score over 19 features (the agreement and the preferences above among them, the beam's and the retrieval's",
        "confidence, placeholders left, the command's words the phrase says), and each later pick adds 0.1 times",
        "that score's softmax to what it covers.",
        "Each shown command is then adapted to what the phrase states",
        "(nlsh/slotfill.py): a placeholder whose value the phrase names by kind (\"the logs folder\", \"user",
        "alice\") is filled in, a file placeholder takes a file the phrase names and the command leaves",
        "out, sizes keep the phrase's unit, a user@host typed whole stays whole, an extension",
        "(\".py files\") is a glob where a name pattern goes, a bare glob after `-name` is quoted, `find`",
        "starts in the folder the phrase names, else here unless the phrase speaks of the whole system, a script",
        "the phrase names runs by its path,",
        "a string the phrase quotes, spaces and all, stays quoted, a value keeps only its own separator",
        "(`./work/`, not `./work//`), what the phrase says to replace and with what goes into sed's `s///`,",
        "\"my Downloads\" is `~/Downloads`, zip asks for a password (`-e`) only when the phrase does, and",
        "grep searches for the word the phrase names (\"the word password\") where the model recalled another;",
        "and more of the kind (find's age units, links, variables, archive tools, access modes: the docstring of",
        "nlsh.slotfill.adapt lists them). A phrase that is itself a command (`git remote -v`) comes back first",
        "as typed (nlsh/passthrough.py). Before all this, a word no training phrase holds that is one slip from a",
        "common request word (\"lsit\", \"temperture\") is read as that word (nlsh/spelling.py).",
        "Constants were set on our dev split (nl2bash-heldout, core-dev, everyday-dev).",
        "",
        "NLC2CMD is the NeurIPS 2020 competition score (training/metric.py). exact: the command equals an",
        "accepted one (whitespace and quote style normalized). structure: same utilities and flags in the same",
        "order. utility: the first utility is right.",
        "",
        "| set | n | NLC2CMD@1 | NLC2CMD@5 | exact@1 | exact@5 | structure@1 | utility@1 | median ms |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name in ("nl2bash-dev", "everyday", "tldr-dev"):
        if name in cfg:
            lines.append(_row(name + " (INT8)", cfg[name]))
    if taught and taught.get("tldr_dev_before"):
        lines.append(_row("tldr-dev (INT8, before its pages were taught)", taught["tldr_dev_before"]))
    for name in ("core-dev", "nl2bash-heldout", "everyday-dev"):  # what decoding and data choices were tuned on
        if name in cfg:
            lines.append(_row(name + " (INT8, dev)", cfg[name]))
    if "nl2bash-dev" in report["fp32"]:
        lines.append(_row("nl2bash-dev (fp32)", report["fp32"]["nl2bash-dev"]))
    if "probe" in cfg:
        p = cfg["probe"]
        lines += ["", f"Literal copying probe ({p['n']} phrases, {p['literals']} literals never seen in training): "
                      f"{p['verbatim_rate']:.1%} of literals verbatim in the top-1 command; "
                      f"{p['phrases_all_verbatim']:.1%} of phrases with all literals verbatim."]
    lines += [
        "",
        "## Data",
        "",
        f"{report['data_counts']}. NL2Bash dev is never trained on. See data/README.md for licenses",
        "(tldr-pages CC BY 4.0, NL2Bash MIT, our own core set MIT).",
        "",
        "## Limits",
        "",
        "A small model trained on tens of thousands of examples: it knows common GNU/Linux utilities best,",
        "can be wrong with confidence, and proposes; it never runs anything. Check every command.",
        "",
    ]
    return "\n".join(lines)
