"""What a model costs on a small board: disk, memory, load time and latency, the tiny model beside the default.

    python benchmarks/embedded.py --tiny DIR [--default DIR] [--phrases N] [--rounds R] [--json OUT]

Each measurement runs in a fresh interpreter that loads the model with nlsh's own runtime (onnxruntime,
INT8) on 1 or 2 threads and translates real NL2Bash dev phrases with k=5, as the Ctrl-G hook asks. The
interpreters for both models and both thread counts take turns, R rounds, so a busy machine slows them
alike; the figures are medians over rounds (latency: the median phrase of each round), and the ratios
tiny / default come from the same run.

Disk counts the files the runtime reads (model.json, the ONNX files, a retrieval index where the model
has one). RSS "runtime" is the interpreter with numpy and onnxruntime imported and nothing loaded; the
model's own memory is peak RSS after translating minus that.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from training.prepare import nl2bash_dev_phrases  # noqa: E402

K = 5
THREADS = (1, 2)


def runtime_files(model_dir: Path) -> list[Path]:
    from nlsh.retrieval import EXAMPLES_FILE, INDEX_FILE

    meta = json.loads((model_dir / "model.json").read_text(encoding="utf-8"))
    files = [model_dir / "model.json"] + [model_dir / name for name in meta["files"].values()]
    if meta["model_config"].get("retrieval"):
        files += [path for path in (model_dir / INDEX_FILE, model_dir / EXAMPLES_FILE) if path.exists()]
    return files


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def measure(model_dir: Path, threads: int, phrases: list[str]) -> dict:
    """In this (fresh) process: load `model_dir` and translate `phrases`; the figures."""
    import numpy  # noqa: F401  (imported for its memory: part of the runtime floor)
    import onnxruntime  # noqa: F401

    from nlsh.translator import Translator

    runtime = _rss_mib()
    started = time.perf_counter()
    translator = Translator.load(model_dir, threads=threads)
    load_ms = (time.perf_counter() - started) * 1000
    loaded = _rss_mib()
    translator.translate(phrases[0], K)  # first run allocates onnxruntime's buffers
    times = []
    for phrase in phrases:
        started = time.perf_counter()
        translator.translate(phrase, K)
        times.append((time.perf_counter() - started) * 1000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"load_ms": load_ms, "runtime_rss_mib": runtime, "loaded_rss_mib": loaded, "peak_rss_mib": peak,
            "model_rss_mib": peak - runtime, "latency_ms": statistics.median(times),
            "latency_p90_ms": sorted(times)[int(0.9 * (len(times) - 1))]}


def _child(model_dir: Path, threads: int, count: int) -> dict:
    argv = [sys.executable, __file__, "--child", str(model_dir), "--threads", str(threads), "--phrases", str(count)]
    result = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=600)
    return json.loads(result.stdout.splitlines()[-1])


def _parameters(model_dir: Path) -> int | None:
    """As `training build` recorded it beside the model, where it did."""
    try:
        return json.loads((model_dir / "report.json").read_text(encoding="utf-8"))["parameters"]
    except (OSError, ValueError, KeyError):
        return None


def run(models: dict[str, Path], count: int, rounds: int) -> dict:
    runs: dict[tuple[str, int], list[dict]] = {(name, t): [] for name in models for t in THREADS}
    for _ in range(rounds):
        for (name, threads), results in runs.items():
            results.append(_child(models[name], threads, count))
    figures: dict = {}
    for name, model_dir in models.items():
        meta = json.loads((model_dir / "model.json").read_text(encoding="utf-8"))
        files = runtime_files(model_dir)
        figures[name] = {
            "dir": str(model_dir),
            "parameters": _parameters(model_dir),
            "config": {k: meta["model_config"][k] for k in ("emb", "enc_hidden", "dec_hidden", "attn", "proj",
                                                             "retrieval", "src_vocab", "tgt_vocab")},
            "disk_mib": sum(f.stat().st_size for f in files) / 2**20,
            "files": {f.name: round(f.stat().st_size / 2**20, 3) for f in files},
        }
        for threads in THREADS:
            results = runs[name, threads]
            figures[name][f"threads={threads}"] = {key: statistics.median(r[key] for r in results)
                                                   for key in results[0]}
    return figures


def _report(figures: dict, count: int, rounds: int) -> str:
    import os
    import platform

    lines = [f"{platform.machine()}, {os.cpu_count()} CPUs, python {platform.python_version()}; "
             f"{count} NL2Bash dev phrases, k={K}, medians of {rounds} rounds", ""]
    names = list(figures)
    header = f"{'':28}" + "".join(f"{n:>14}" for n in names) + ("   tiny/default" if len(names) == 2 else "")
    lines.append(header)

    def row(label, values, fmt):
        text = f"{label:28}" + "".join(f"{v:>14{fmt}}" for v in values)
        if len(values) == 2 and values[1]:
            text += f"{values[0] / values[1]:>15.2f}"
        lines.append(text)

    row("disk, runtime files (MiB)", [figures[n]["disk_mib"] for n in names], ".2f")
    for threads in THREADS:
        key = f"threads={threads}"
        row(f"load, {threads} thread(s) (ms)", [figures[n][key]["load_ms"] for n in names], ".1f")
        row(f"latency, {threads} thread(s) (ms)", [figures[n][key]["latency_ms"] for n in names], ".1f")
        row("  p90 (ms)", [figures[n][key]["latency_p90_ms"] for n in names], ".1f")
        row(f"peak RSS, {threads} thread(s) (MiB)", [figures[n][key]["peak_rss_mib"] for n in names], ".1f")
        row("  of which model (MiB)", [figures[n][key]["model_rss_mib"] for n in names], ".1f")
    row("runtime alone RSS (MiB)", [figures[n]["threads=1"]["runtime_rss_mib"] for n in names], ".1f")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", type=Path, help="the tiny model's directory (python -m training build --config tiny)")
    parser.add_argument("--default", type=Path, default=None, help="the default model (default: the shipped one)")
    parser.add_argument("--phrases", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.threads, nl2bash_dev_phrases(args.phrases))))
        return 0
    if not args.tiny:
        parser.error("--tiny DIR is required")
    from nlsh import paths

    models = {"tiny": args.tiny.resolve(), "default": (args.default or paths.shipped_model_dir()).resolve()}
    figures = run(models, args.phrases, args.rounds)
    print(_report(figures, args.phrases, args.rounds))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
