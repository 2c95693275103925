"""What reading each upload first in a separate process (``importing.isolation``) costs an import.

For each size, the whole ``import_file`` is timed with the trial read and without it (switched
off), alternating, and the trial read is timed on its own. Before each timed run with a trial
read there is a ``--pause`` (as between two uploads); ``--pause 0`` shows the cost when uploads
follow each other at once. Medians of
``--repeat`` runs; on a shared machine the figures move with the load, so compare the two
columns of one run, not runs of different days.

    python -m benchmarks.make_engagements && python -m benchmarks.bench_isolation [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import duckdb

from benchmarks.make_engagements import GENERATED, SIZES, write
from cs_dash.importing import import_file, isolation, reading
from cs_dash.importing.sniff import sniff


def _import_seconds(con: duckdb.DuckDBPyConnection, path: Path) -> float:
    start = time.perf_counter()
    result = import_file(con, path, path.name, "stage")
    took = time.perf_counter() - start
    assert result.ok, result.error
    con.execute("DROP TABLE stage")
    return took


def measure(size: str, repeat: int, pause: float) -> dict:
    source = GENERATED / f"engagements_{size}.csv"
    if not source.exists():
        write(source, SIZES[size])
    folder = Path(tempfile.mkdtemp(prefix="bench_isolation_"))
    path = folder / source.name
    shutil.copyfile(source, path)
    con = duckdb.connect(":memory:", config={"threads": 2, "memory_limit": "2GB"})
    guarded, unguarded, trial = [], [], []
    real_trial = isolation.trial_read
    layout, _ = sniff(path, None)
    call = reading.read_csv_call(layout, "r", "s")
    try:
        for _ in range(repeat):
            time.sleep(pause)
            guarded.append(_import_seconds(con, path))
            isolation.trial_read = lambda *args: None
            try:
                unguarded.append(_import_seconds(con, path))
            finally:
                isolation.trial_read = real_trial
            time.sleep(pause)
            start = time.perf_counter()
            real_trial(con, path, call)
            trial.append(time.perf_counter() - start)
    finally:
        con.close()
        shutil.rmtree(folder, ignore_errors=True)
    with_s, without_s = statistics.median(guarded), statistics.median(unguarded)
    return {
        "size": size,
        "import_with_worker_s": round(with_s, 3),
        "import_without_worker_s": round(without_s, 3),
        "overhead_s": round(with_s - without_s, 3),
        "overhead_pct": round(100 * (with_s - without_s) / without_s, 1),
        "trial_read_alone_s": round(statistics.median(trial), 3),
    }


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", nargs="+", default=["10k", "100k"])
    parser.add_argument("--pause", type=float, default=3.0)
    args = parser.parse_args(argv)
    rows = [measure(size, args.repeat, args.pause) for size in args.sizes]
    print(json.dumps(rows, indent=2))
    return rows


if __name__ == "__main__":
    main()
