"""Fuzz the importer with 10,000+ inputs and report what broke.

Generated exports with hostile values, damaged copies of the test files, and a few hostile shapes
(very wide, repeated headers, a megabyte of bad rows, a stray header quote) go through
``import_file``. The report counts exceptions that escaped, unexpected errors the importer caught,
broken promises (a result that is not one sentence, rows staged but not reported), generated files
whose rows were not all accounted for, and every input over 10 seconds.

    python -m benchmarks.fuzz_import [--count 10000] [--seed 1] [--budget-s 3600] [--jobs 2] [--json out.json]

``--budget-s`` stops early (on a busy machine) and reports the inputs run so far; ``--start N``
then goes on from input N of the same sequence (the inputs before it are drawn, not imported). ``--jobs 2`` imports
two inputs at a time in two processes (each with its own connection and read workers); the inputs
are the same as those of one process, split between them.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import duckdb

from tests.fuzz_helpers import SEED_FILES, mutate, random_structured, run_import

SLOW_S = 10.0


def hostile(rng: random.Random) -> tuple[bytes, int | None]:
    """A shape that once stalled or stopped the process, and its data rows when known."""
    kind = rng.randrange(5)
    if kind == 0:
        n = rng.choice([1_001, 5_000, 10_000])
        return (",".join(f"c{i}" for i in range(n)) + "\n" + ",".join("1" * n) + "\n").encode(), None
    if kind == 1:
        return (",".join(["notes"] * rng.choice([500, 999])) + ",date,account,csm,tag\n").encode(), None
    if kind == 2:
        bad = b"2025-01-01,Acme\n" * rng.randint(10_000, 70_000)
        return b"date,account,csm,tag\n" + bad, None
    if kind == 3:
        rows = b"".join(b"A%d,2025-01-%02d,%d\n" % (i, i % 28 + 1, i) for i in range(rng.randint(1, 500)))
        return b'account,""date,active_users\n' + rows, rows.count(b"\n")
    rows = [b"2025-01-%02d,Acme,Dana,P" % (i % 28 + 1) for i in range(rng.randint(1, 500))]
    ends = [rng.choice([b"\n", b"\r\n"]) for _ in rows]
    return b"date,account,csm,tag\r\n" + b"".join(r + e for r, e in zip(rows, ends, strict=True)), len(rows)


def case(rng: random.Random) -> tuple[str, bytes, int | None, str | None]:
    """(kind, bytes, data rows when known, the delimiter written when known)."""
    pick = rng.random()
    if pick < 0.4:
        made = random_structured(rng)
        return "structured", made.data, made.data_rows, made.delimiter
    if pick < 0.85:
        seed = rng.choice(SEED_FILES)
        return "mutated", mutate(seed.read_bytes(), rng), None, None
    if pick < 0.97:
        return "structured+mutated", mutate(random_structured(rng).data, rng), None, None
    data, rows = hostile(rng)
    return "hostile", data, rows, "," if rows is not None else None


def run_shard(seed: int, count: int, shard: int, jobs: int, budget_s: float | None, first: int = 0) -> dict:
    """Import every ``jobs``-th input from ``shard`` on; the inputs are those of a single run."""
    rng = random.Random(seed)
    con = duckdb.connect(config={"threads": 2, "memory_limit": "1GB"})
    kinds, outcomes, failures, times = Counter(), Counter(), [], []
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fuzz_import_") as folder:
        for n in range(count):
            kind, data, rows, delimiter = case(rng)  # drawn for every n, so each shard sees the same inputs
            if n % jobs != shard or n < first:
                continue
            if budget_s is not None and time.perf_counter() - began > budget_s:
                break
            kinds[kind] += 1
            start = time.perf_counter()
            out = run_import(con, Path(folder), data, n)
            took = time.perf_counter() - start
            times.append(took)
            if out.escaped is not None:
                outcomes["escaped"] += 1
                failures.append((n, kind, f"escaped: {out.escaped!r}"[:300]))
                continue
            r = out.result
            outcomes["loaded" if r.ok else "refused with a sentence"] += 1
            if out.internal:
                outcomes["unexpected error, caught"] += 1
                failures.append((n, kind, f"caught: {out.internal[0]}"[:300]))
            if out.problems:
                outcomes["broken promise"] += 1
                failures.append((n, kind, "; ".join(out.problems)[:300]))
            if r.ok and rows is not None and r.delimiter == delimiter and r.header_row == 1:
                outcomes["row counts checked against the generator"] += 1
                if r.rows_in_file != rows:
                    outcomes["rows unaccounted"] += 1
                    failures.append((n, kind, f"{rows} rows written, {r.rows_in_file} accounted"))
            if took > SLOW_S:
                outcomes[f"over {SLOW_S:.0f} s"] += 1
                failures.append((n, kind, f"took {took:.1f} s for {len(data):,} bytes"))
    con.close()
    return {"kinds": kinds, "outcomes": outcomes, "failures": failures, "times": times}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--budget-s", type=float, default=None)
    parser.add_argument(
        "--start", type=int, default=0, help="the first input to import (to go on after a budget)"
    )
    parser.add_argument("--jobs", type=int, default=1, help="processes importing at once (one per core)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    began = time.perf_counter()
    shards = [
        (args.seed, args.count, shard, args.jobs, args.budget_s, args.start) for shard in range(args.jobs)
    ]
    if args.jobs == 1:
        parts = [run_shard(*shards[0])]
    else:
        with ProcessPoolExecutor(args.jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            parts = list(pool.map(run_shard, *zip(*shards, strict=True)))
    kinds, outcomes, failures, times = Counter(), Counter(), [], []
    for part in parts:
        kinds += part["kinds"]
        outcomes += part["outcomes"]
        failures += part["failures"]
        times += part["times"]
    failures.sort()
    times.sort()
    report = {
        "inputs": len(times),
        "seed": args.seed,
        "first_input": args.start,
        "jobs": args.jobs,
        "kinds": dict(kinds),
        "outcomes": dict(outcomes),
        "seconds": {
            "wall": round(time.perf_counter() - began, 1),
            "total": round(sum(times), 1),
            "median": round(times[len(times) // 2], 3),
            "p99": round(times[int(len(times) * 0.99)], 3),
            "max": round(times[-1], 2),
        },
        "failures": failures[:50],
    }
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main()
