"""How long a translation takes on each path, against the floor of starting an interpreter at all.

    python benchmarks/latency.py [--phrases N] [--model DIR]

Runs a private server (NLSH_HOME in a temp dir, stopped at the end) on real phrases from the NL2Bash dev
split, and prints median, p90 and max of each figure and its ratio to the floor `python -I -S -c pass`.
"Cold" means no server running (the model files are in the page cache after the first run).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from nlsh import client, protocol  # noqa: E402  (after the path above, when run from a checkout)
from training.prepare import nl2bash_dev_phrases  # noqa: E402

HOOK = REPO / "nlsh" / "hookclient.py"
HOOK_K = 5  # what the shell hooks ask for
TARGETS_MS = {"ctrl-g": 40, "server beam k=5": 30, "cold first answer": 800}
TARGET_RSS_MIB = 120


@contextmanager
def private_home(model_dir: str | None):
    """NLSH_HOME (and NLSH_MODEL, if given) pointing at a temp dir for this process and its children."""
    home = tempfile.mkdtemp(prefix="nlsh-bench-", dir="/tmp")
    saved = {name: os.environ.get(name) for name in ("NLSH_HOME", "NLSH_MODEL")}
    os.environ["NLSH_HOME"] = home
    if model_dir:
        os.environ["NLSH_MODEL"] = str(Path(model_dir).resolve())
    try:
        yield Path(home)
    finally:
        client.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(home, ignore_errors=True)


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


def timed_ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def run_process(argv: list[str]) -> None:
    result = subprocess.run(argv, capture_output=True)
    if result.returncode != 0:
        raise SystemExit(f"{argv[:4]}... failed ({result.returncode}): {result.stderr.decode().strip()}")


def hook(phrase: str):
    return lambda: run_process([sys.executable, "-I", "-S", str(HOOK), str(HOOK_K), phrase])


def ask(phrase: str, k: int):
    return lambda: client.request(protocol.request("translate", phrase=phrase, k=k))


def measure(phrases: list[str]) -> tuple[dict[str, list[float]], dict[str, float]]:
    from nlsh.translator import Translator

    samples: dict[str, list[float]] = {}
    figures: dict[str, float] = {}
    floor = [sys.executable, "-I", "-S", "-c", "pass"]
    samples["floor: python -I -S -c pass"] = [timed_ms(lambda: run_process(floor)) for _ in phrases]

    loads = []
    for _ in range(5):
        started = time.perf_counter()
        translator = Translator.load()
        loads.append((time.perf_counter() - started) * 1000)
    samples["model load (in-process)"] = loads
    samples["in-process greedy"] = [timed_ms(lambda: translator.translate(p, 1, beam=1)) for p in phrases]
    samples["in-process beam k=5"] = [timed_ms(lambda: translator.translate(p, 5)) for p in phrases]

    cold = []
    for phrase in phrases[:10]:
        client.stop()
        cold.append(timed_ms(hook(phrase)))  # no server: the hook client starts one and waits for it
    samples["cold first answer (hook, starts server)"] = cold
    status = client.status()
    figures["server model load (ms)"] = status["load_s"] * 1000
    figures["server RSS after load (MiB)"] = rss_mib(status["pid"])

    samples["ctrl-g: hook client process, k=5"] = [timed_ms(hook(p)) for p in phrases]
    samples["server beam k=5 (socket round trip)"] = [timed_ms(ask(p, 5)) for p in phrases]
    samples["server k=1 (socket round trip)"] = [timed_ms(ask(p, 1)) for p in phrases]

    served = client.status()["requests"]
    for index in range(max(0, 1000 - served)):
        ask(phrases[index % len(phrases)], 5)()
    figures["server requests served"] = client.status()["requests"]
    figures["server RSS after 1,000 queries (MiB)"] = rss_mib(status["pid"])
    return samples, figures


def report(samples: dict[str, list[float]], figures: dict[str, float]) -> None:
    floor = statistics.median(samples["floor: python -I -S -c pass"])
    print(f"{'figure (ms)':44} {'n':>5} {'median':>8} {'p90':>8} {'max':>8} {'x floor':>8}")
    for name, values in samples.items():
        values = sorted(values)
        median, p90 = statistics.median(values), values[min(len(values) - 1, int(len(values) * 0.9))]
        print(f"{name:44} {len(values):5d} {median:8.1f} {p90:8.1f} {values[-1]:8.1f} {median / floor:8.1f}")
    print()
    for name, value in figures.items():
        print(f"{name:44} {value:10.1f}")
    medians = {name: statistics.median(values) for name, values in samples.items()}
    checks = [("ctrl-g p50", medians["ctrl-g: hook client process, k=5"], TARGETS_MS["ctrl-g"]),
              ("server beam k=5 p50", medians["server beam k=5 (socket round trip)"], TARGETS_MS["server beam k=5"]),
              ("cold first answer p50", medians["cold first answer (hook, starts server)"],
               TARGETS_MS["cold first answer"]),
              ("server RSS after 1,000 (MiB)", figures["server RSS after 1,000 queries (MiB)"], TARGET_RSS_MIB)]
    print()
    for name, value, target in checks:
        print(f"{name:44} {value:8.1f} <= {target:<6} {'ok' if value <= target else 'OVER'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phrases", type=int, default=200, help="how many dev-split phrases (default 200)")
    parser.add_argument("--model", default=None, help="model directory (default: the installed model)")
    args = parser.parse_args()
    phrases = nl2bash_dev_phrases(args.phrases)
    with private_home(args.model):
        samples, figures = measure(phrases)
    print(f"{len(phrases)} phrases from data/nl2bash/dev.jsonl; python {sys.version.split()[0]}; "
          f"{os.cpu_count()} CPUs")
    report(samples, figures)


if __name__ == "__main__":
    main()
