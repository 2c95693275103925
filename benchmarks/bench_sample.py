"""How long a new session takes to get the bundled sample company, and to chart its health.

A new browser session starts on the sample; this times, median of N, what that session waits
for before its first page: loading the sample into a fresh workspace (the process's first session
imports it, later ones copy it), then twelve month-ends of health for the whole company (the
Health page's history chart).

    python -m benchmarks.bench_sample [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from cs_dash.filters import Filters
from cs_dash.metrics import health
from cs_dash.scope import build_scope
from cs_dash.workspace import Workspace


def ms(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def report(name: str, times: list[float]) -> None:
    print(
        f"{name:<34} median {statistics.median(times):8.1f} ms   "
        f"min {min(times):8.1f}   max {max(times):8.1f}   (n={len(times)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    loads, histories = [], []
    for _ in range(args.runs):
        ws = Workspace()
        try:
            loads.append(ms(ws.load_sample))
            histories.append(ms(lambda ws=ws: health.history(ws, build_scope(ws, Filters()), months=12)))
        finally:
            ws.close()
    report("Sample, the process's first session", loads[:1])
    report("Sample, each later new session", loads[1:] or loads)
    report("Health history, 12 months", histories)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
