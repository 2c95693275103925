"""Where the time of one import goes: each step's wall and CPU seconds, as ratios to a raw read.

``bench_import.py`` says how the whole import compares with DuckDB reading the same file; this
says which step the difference is in. Each step of the importer and of ``Workspace.add_file`` is
timed where it runs (a step inside another counts in both), and the raw read is timed in the same
process first, so the ratios hold on a busy machine. The trial read runs in a child process: its
CPU is not this process's, so only its wall time shows.
Run ``python benchmarks/make_engagements.py 1m`` first, then
``python -m benchmarks.profile_import benchmarks/generated/engagements_1m.csv [--add]``.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import time
from pathlib import Path

import duckdb

from cs_dash import dims, idmatch, tempdirs, workspace
from cs_dash.importing import conservation, isolation, limits, pipeline, reading

# (owner, function, what it does): the steps in the order they run.
STEPS = [
    (limits, "measure", "byte scan: size, lines, longest line"),
    (pipeline, "sniff", "sniff the dialect and header"),
    (isolation, "trial_read", "trial read in a child process"),
    (reading, "read_raw", "read into the raw text table"),
    (conservation, "account", "line accounting"),
    (pipeline._Run, "_reshape", "unpivot / join names"),
    (pipeline._Run, "_samples", "samples for the mapping"),
    (pipeline._Run, "_map", "choose table and mapping"),
    (pipeline._Run, "_plans", "parsing plans (distinct values)"),
    (pipeline._Run, "_linked_names", "names with links"),
    (pipeline._Run, "_names_with_ids", "names with ids"),
    (pipeline._Run, "_accounts_in_folders", "accounts in folders"),
    (pipeline._Run, "_stage", "staging table (typed copy), checks included"),
    (pipeline._Run, "_report", "report: nulls, rejects, conservation"),
    (workspace.Workspace, "_append", "append to the canonical table, with keys"),
    (idmatch, "match_account_ids", "account ids matched to names"),
    (dims, "update_account_dim", "account dimension after an append (its rebuild within)"),
    (dims, "refresh_account_dim", "account dimension, whole"),
    (dims, "refresh_csm_dim", "CSM dimension"),
]


def _time_steps() -> dict[str, list[float]]:
    """Wrap every step so each call adds its wall and CPU seconds to the returned totals."""
    totals: dict[str, list[float]] = {}
    for owner, name, label in STEPS:
        original = getattr(owner, name)
        totals[label] = [0.0, 0.0]

        def timed(*args, _original=original, _label=label, **kwargs):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                totals[_label][0] += time.perf_counter() - wall
                totals[_label][1] += time.process_time() - cpu

        setattr(owner, name, functools.wraps(original)(timed))
    return totals


def raw_read(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds of DuckDB's own read of the file into a table, as bench_import's."""
    con = duckdb.connect(":memory:", config={"threads": 2, "memory_limit": "2GB"})
    wall, cpu = time.perf_counter(), time.process_time()
    con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?)", [str(path)])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    con.close()
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--add", action="store_true", help="time Workspace.add_file instead of import_file")
    args = parser.parse_args()
    raw_wall, raw_cpu = raw_read(args.path)
    totals = _time_steps()
    if args.add:
        ws = workspace.Workspace()
        data = args.path.read_bytes()
        wall, cpu = time.perf_counter(), time.process_time()
        result = ws.add_file(args.path.name, data)
    else:
        folder = tempdirs.make_private_dir()
        copy = folder / args.path.name
        shutil.copyfile(args.path, copy)
        con = duckdb.connect(":memory:", config={"threads": 2, "memory_limit": "2GB"})
        wall, cpu = time.perf_counter(), time.process_time()
        result = pipeline.import_file(con, copy, args.path.name, "stage")
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert result.ok, result.error
    if args.add:
        ws.close()
    else:
        shutil.rmtree(folder)
    print(f"load average {os.getloadavg()[0]:.1f}; raw read {raw_wall:.2f} s wall, {raw_cpu:.2f} s CPU")
    print(f"{'step':<46}{'wall s':>8}{'× raw':>7}{'CPU s':>8}{'× raw':>7}")
    for label, (step_wall, step_cpu) in totals.items():
        if step_wall >= 0.005:
            print(
                f"{label:<46}{step_wall:>8.2f}{step_wall / raw_wall:>7.2f}{step_cpu:>8.2f}{step_cpu / raw_cpu:>7.2f}"
            )
    what = "add_file" if args.add else "import_file"
    print(f"{what + ' in all':<46}{wall:>8.2f}{wall / raw_wall:>7.2f}{cpu:>8.2f}{cpu / raw_cpu:>7.2f}")


if __name__ == "__main__":
    main()
