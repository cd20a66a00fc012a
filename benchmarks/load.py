"""Many clients at once against one private server, on loopback only: errors, mix-ups, memory growth.

    python benchmarks/load.py [--clients 50] [--requests 200] [--k 1] [--time-limit 900]

Each client is a thread that sends its requests one after another, each on a new connection as the
hook client does, with an id; a reply counts as correct when it carries that id and exactly the commands
the same server gave for that phrase when asked alone beforehand. RSS growth is measured from after a
warm-up round (first-use allocations are not growth) to the end. Exit status 1 on any error or mix-up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time

from latency import private_home, rss_mib

from nlsh import client, protocol
from training.prepare import nl2bash_dev_phrases

PHRASE_POOL = 100
WARM_UP_REQUESTS = 20  # per client


def pound(clients: int, requests: int, k: int, expected: dict[str, list[str]], deadline: float):
    """Run the clients; returns (latencies in ms, errors, mix-ups)."""
    phrases = list(expected)
    latencies: list[float] = []
    errors: list[str] = []
    mixups: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def one_client(number: int) -> None:
        barrier.wait()
        for index in range(requests):
            if time.monotonic() > deadline:
                with lock:
                    errors.append(f"client {number}: time limit reached")
                return
            phrase = phrases[(number * 7 + index) % len(phrases)]
            request_id = f"{number}-{index}"
            started = time.perf_counter()
            try:
                reply = client.request(protocol.request("translate", phrase=phrase, k=k, commands_only=True,
                                                        id=request_id), timeout=60)
            except Exception as exc:  # every failure is counted and shown, not raised in a thread
                with lock:
                    errors.append(f"client {number} request {index}: {exc}")
                continue
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                if reply.get("id") != request_id or reply["commands"] != expected[phrase]:
                    mixups.append(f"{request_id}: got id {reply.get('id')!r}, commands {reply['commands']!r}")

    threads = [threading.Thread(target=one_client, args=(number,)) for number in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors, mixups


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=200, help="per client")
    parser.add_argument("--k", type=int, default=1, help="candidates per request")
    parser.add_argument("--time-limit", type=float, default=900, help="seconds for the whole run")
    parser.add_argument("--model", default=None, help="model directory (default: the installed model)")
    args = parser.parse_args()
    deadline = time.monotonic() + args.time_limit

    with private_home(args.model):
        client.start_server()
        pid = client.status()["pid"]
        rss_start = rss_mib(pid)
        expected = {}
        for phrase in nl2bash_dev_phrases(PHRASE_POOL):
            expected[phrase] = client.request(protocol.request("translate", phrase=phrase, k=args.k,
                                                               commands_only=True))["commands"]
        pound(args.clients, WARM_UP_REQUESTS, args.k, expected, deadline)
        rss_warm = rss_mib(pid)
        started = time.perf_counter()
        latencies, errors, mixups = pound(args.clients, args.requests, args.k, expected, deadline)
        wall = time.perf_counter() - started
        rss_end = rss_mib(pid)
        assert client.status()["pid"] == pid, "the server restarted during the run"

    latencies.sort()
    total = args.clients * args.requests
    print(f"{args.clients} clients x {args.requests} requests (k={args.k}), {len(expected)} distinct phrases")
    print(f"answered {len(latencies)}/{total} in {wall:.1f} s ({len(latencies) / wall:.0f} requests/s)")
    if latencies:
        p90 = latencies[int(len(latencies) * 0.9)]
        print(f"latency under load (ms): median {statistics.median(latencies):.1f}, p90 {p90:.1f}, "
              f"max {latencies[-1]:.1f}")
    print(f"errors: {len(errors)}; replies not matching their request: {len(mixups)}")
    for problem in (errors + mixups)[:10]:
        print(f"  {problem}")
    growth = rss_end - rss_warm
    print(f"server RSS (MiB): {rss_start:.1f} at start, {rss_warm:.1f} after warm-up, {rss_end:.1f} at the end; "
          f"growth {growth:+.1f} (limit 5)")
    return 1 if errors or mixups or len(latencies) != total or growth >= 5 else 0


if __name__ == "__main__":
    sys.exit(main())
