"""Times the full import of generated engagements files against DuckDB's raw CSV read.

For each size, each measurement runs in its own Python process so peak memory (ru_maxrss) is
that run's alone: the raw ``CREATE TABLE t AS SELECT * FROM read_csv(path)``, the importer
(``import_file``: detection, mapping, parsing, validation, report) and the workspace's whole
``add_file`` (copy of the upload, import, append into the canonical table, dimensions).
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
if mode == "raw":
    con = duckdb.connect(":memory:", config=config)
    t0 = time.perf_counter()
    con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?)", [str(path)])
    seconds = time.perf_counter() - t0
    rows = con.execute("SELECT count(*) FROM t").fetchone()[0]
elif mode == "import":
    from cs_dash.importing import import_file
    folder = Path(tempfile.mkdtemp())
    copy = folder / path.name
    shutil.copyfile(path, copy)
    con = duckdb.connect(":memory:", config=config)
    t0 = time.perf_counter()
    result = import_file(con, copy, path.name, "stage")
    seconds = time.perf_counter() - t0
    assert result.ok, result.error
    rows = result.rows_loaded
    shutil.rmtree(folder)
else:
    from cs_dash.workspace import Workspace
    data = path.read_bytes()
    ws = Workspace()
    t0 = time.perf_counter()
    result = ws.add_file(path.name, data)
    seconds = time.perf_counter() - t0
    assert result.ok, result.error
    rows = ws.scalar("SELECT count(*) FROM engagements")
    ws.close()
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rows": rows, "peak_mb": peak_mb}))
"""


def measure(mode: str, path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(path)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", default=["10k", "100k", "1m"])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    args = parser.parse_args()
    print(
        f"{'file':<24}{'rows':>10}{'raw s':>9}{'import s':>10}{'ratio':>7}{'add_file s':>12}"
        f"{'ratio':>7}{'peak MB':>9}"
    )
    for size in args.sizes:
        path = GENERATED / f"engagements_{size}.csv"
        if not path.exists():
            sys.exit(f"{path} is missing: run python benchmarks/make_engagements.py {size}")
        runs = {mode: [measure(mode, path) for _ in range(args.repeat)] for mode in ("raw", "import", "add")}
        best = {mode: min(r["seconds"] for r in runs[mode]) for mode in runs}
        peak = max(r["peak_mb"] for mode in ("import", "add") for r in runs[mode])
        rows = runs["import"][0]["rows"]
        print(
            f"{path.name:<24}{rows:>10}{best['raw']:>9.2f}{best['import']:>10.2f}"
            f"{best['import'] / best['raw']:>7.2f}{best['add']:>12.2f}{best['add'] / best['raw']:>7.2f}{peak:>9.0f}"
        )


if __name__ == "__main__":
    main()
