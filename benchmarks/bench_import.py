"""Times the full import of generated engagements files against DuckDB's raw CSV read.

For each size, each measurement runs in its own Python process so peak memory (ru_maxrss) is
that run's alone: the raw ``CREATE TABLE t AS SELECT * FROM read_csv(path)``, the importer
(``import_file``: detection, mapping, parsing, validation, report) and the workspace's whole
``add_file`` (copy of the upload, import, append into the canonical table, dimensions), into an
empty workspace and into one that already holds the same file's rows ("append"). Each importing
process has first imported a two-line file, as a server has imported the sample company before
a user's upload; ``--cold`` times a process's very first import instead.
Run ``python benchmarks/make_engagements.py`` first, then ``python benchmarks/bench_import.py``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GENERATED = HERE / "generated"

CHILD = r"""
import json, resource, shutil, sys, tempfile, time
from pathlib import Path
import duckdb
mode, path = sys.argv[1], Path(sys.argv[2])
config = {"threads": 2, "memory_limit": "2GB"}
if mode != "raw" and "--cold" not in sys.argv:
    # A server process has imported a file before (the sample company, at its first session):
    # its read-worker zygote is running and its month-name tables are built, once per process.
    from cs_dash.importing import import_file
    warm = Path(tempfile.mkdtemp())
    (warm / "warm.csv").write_text("Date,Account,CSM,Tag\n2025-01-02,Acme,Ann,Proactive\n")
    assert import_file(duckdb.connect(), warm / "warm.csv", "warm.csv", "warm").ok
    shutil.rmtree(warm)
if mode == "raw":
    con = duckdb.connect(":memory:", config=config)
    t0, c0 = time.perf_counter(), time.process_time()
    con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?)", [str(path)])
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    rows = con.execute("SELECT count(*) FROM t").fetchone()[0]
elif mode == "import":
    from cs_dash.importing import import_file
    folder = Path(tempfile.mkdtemp())
    copy = folder / path.name
    shutil.copyfile(path, copy)
    con = duckdb.connect(":memory:", config=config)
    t0, c0 = time.perf_counter(), time.process_time()
    result = import_file(con, copy, path.name, "stage")
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    assert result.ok, result.error
    rows = result.rows_loaded
    shutil.rmtree(folder)
else:
    from cs_dash.workspace import Workspace
    data = path.read_bytes()
    ws = Workspace()
    if mode == "append":
        assert ws.add_file(path.name, data).ok  # the workspace already holds the same rows once
    t0, c0 = time.perf_counter(), time.process_time()
    result = ws.add_file(path.name, data)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    assert result.ok, result.error
    rows = ws.scalar("SELECT count(*) FROM engagements")
    ws.close()
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "rows": rows, "peak_mb": peak_mb}))
"""


def measure(mode: str, path: Path, cold: bool = False) -> dict:
    command = [sys.executable, "-c", CHILD, mode, str(path)] + (["--cold"] if cold else [])
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", default=["10k", "100k", "1m"])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    parser.add_argument(
        "--cold", action="store_true", help="time each process's first import (zygote start, month names)"
    )
    args = parser.parse_args()
    print(
        "Best of each; wall = elapsed seconds, cpu = CPU seconds of all threads (steadier on a busy machine)."
    )
    print(
        f"{'file':<22}{'rows':>9} | {'raw wall':>8}{'cpu':>6} | {'import wall':>11}{'cpu':>6}{'ratio':>6}"
        f"{'cpu ratio':>10}{'peak MB':>8} | {'add_file wall':>13}{'cpu':>6}{'ratio':>6}{'peak MB':>8}"
        f" | {'append wall':>11}{'cpu':>6}{'ratio':>6}"
    )
    for size in args.sizes:
        path = GENERATED / f"engagements_{size}.csv"
        if not path.exists():
            sys.exit(f"{path} is missing: run python benchmarks/make_engagements.py {size}")
        runs: dict[str, list[dict]] = {mode: [] for mode in ("raw", "import", "add", "append")}
        for _ in range(args.repeat):  # interleaved, so a busy spell hits every mode alike
            for mode, measured in runs.items():
                measured.append(measure(mode, path, args.cold))
        wall = {mode: min(r["seconds"] for r in runs[mode]) for mode in runs}
        cpu = {mode: min(r["cpu"] for r in runs[mode]) for mode in runs}
        peak = {mode: max(r["peak_mb"] for r in runs[mode]) for mode in runs}
        rows = runs["import"][0]["rows"]
        print(
            f"{path.name:<22}{rows:>9} | {wall['raw']:>8.2f}{cpu['raw']:>6.2f} | {wall['import']:>11.2f}"
            f"{cpu['import']:>6.2f}{wall['import'] / wall['raw']:>6.2f}{cpu['import'] / cpu['raw']:>10.2f}"
            f"{peak['import']:>8.0f} | {wall['add']:>13.2f}{cpu['add']:>6.2f}{wall['add'] / wall['raw']:>6.2f}"
            f"{peak['add']:>8.0f} | {wall['append']:>11.2f}{cpu['append']:>6.2f}"
            f"{wall['append'] / wall['raw']:>6.2f}"
        )


if __name__ == "__main__":
    main()
