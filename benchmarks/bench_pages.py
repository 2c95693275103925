"""How long the Proactive vs Reactive page takes to rerun after a filter change, at scale.

Generates a synthetic company (default 1M engagements, 10k accounts, 60 CSMs) straight into a
workspace, then for a series of CSM-filter changes times, median of N:

1. core: everything the page computes — the sidebar's option lists and latest date, and
   ``hurtlocker.page_data`` (all the page's queries, results as pandas frames);
2. core + figures: the same plus building every Plotly figure the page shows;
3. raw: the very same SQL statements and parameters run directly on the DuckDB connection;
4. the Cost of service page's queries, for the same filter changes and unfiltered;
5. page (with ``--apptest``): a whole Streamlit rerun of the page under AppTest after
   ``multiselect(key="f_csm").set_value(...)`` — script, widgets and serialisation included.

    python -m benchmarks.bench_pages [--engagements 1000000] [--accounts 10000] [--runs 15] [--apptest]

Target: a rerun within 500 ms median on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from benchmarks.synthetic import fill
from cs_dash.metrics import cost, hurtlocker
from cs_dash.plots import team as plots
from cs_dash.scope import Scope, default_as_of
from cs_dash.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SIDEBAR_QUERIES = (
    "SELECT csm FROM csm_dim WHERE csm IS NOT NULL ORDER BY lower(csm)",
    "SELECT DISTINCT tier, tier_rank FROM account_dim ORDER BY tier_rank, tier",
    "SELECT DISTINCT segment FROM account_dim WHERE segment IS NOT NULL ORDER BY 1",
)


def filter_changes(ws: Workspace, runs: int) -> list[Scope]:
    """A different CSM selection for every run, as a leader clicking through the team would."""
    csms = ws.query("SELECT csm FROM csm_dim ORDER BY csm")["csm"].tolist()
    as_of = default_as_of(ws)
    return [
        Scope(csms=(csms[i % len(csms)], csms[(i * 7 + 3) % len(csms)]), as_of=as_of) for i in range(runs)
    ]


def rerun(ws: Workspace, filters: Scope, with_figures: bool) -> None:
    """What the page computes on a rerun: sidebar options, latest date, the page's data (and figures)."""
    for sql in SIDEBAR_QUERIES:
        ws.query(sql)
    default_as_of(ws)
    data = hurtlocker.page_data(ws, filters, "month")
    if with_figures:
        scope, target = filters.describe(), ws.settings.targets.hurtlocker_ratio
        plots.ratio_by_group(data["by_csm"], scope, target, "CSM")
        plots.ratio_trend(data["trend"], scope, target, "month")
        plots.share_heatmap(data["matrix"], scope, ws.settings.targets.proactive_share)
        plots.tag_counts(data["by_tier"], scope, "tier")
        plots.tag_counts(data["by_type"], scope, "engagement type")
        accounts = data["reactive_accounts"].rename(columns={"account": "group"})
        plots.tag_counts(accounts, scope, "account", order_by="reactive")


def cost_rerun(ws: Workspace, filters: Scope) -> None:
    """What the Cost of service page computes on a rerun (queries only)."""
    cost.rates(ws)
    cost.period_years(ws, filters)
    cost.totals(ws, filters)
    cost.breakdown(ws, filters, "csm")
    cost.breakdown(ws, filters, "type")
    cost.per_tier(ws, filters)
    cost.fires(ws, filters)
    cost.per_account(ws, filters)


def recorded_statements(ws: Workspace, filters: Scope) -> list[tuple[str, list]]:
    """The SQL and parameters one rerun sends to DuckDB, captured by wrapping the connection."""
    statements: list[tuple[str, list]] = []
    real = ws.con

    class Recorder:
        def execute(self, sql, params=None):
            statements.append((sql, list(params or [])))
            return real.execute(sql, params or [])

        def __getattr__(self, name):
            return getattr(real, name)

    ws.con = Recorder()
    try:
        rerun(ws, filters, with_figures=False)
    finally:
        ws.con = real
    return statements


def timed(action, items) -> list[float]:
    times = []
    for item in items:
        start = time.perf_counter()
        action(item)
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    print(
        f"{name:<26} median {statistics.median(times):7.1f} ms   "
        f"min {min(times):7.1f}   max {max(times):7.1f}   (n={len(times)})"
    )


def bench_apptest(engagements: int, accounts: int, csms: int, runs: int) -> list[float]:
    """A whole Streamlit rerun of the page per CSM change, under AppTest."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    Workspace.load_sample = lambda self, sample_dir=None, derive=None: fill(self, accounts, engagements, csms)
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.run()
    at.switch_page("pages/proactive_reactive.py").run()
    options = at.multiselect(key="f_csm").options
    times = []
    for i in range(runs + 2):
        start = time.perf_counter()
        at.multiselect(key="f_csm").set_value([options[i % len(options)]]).run()
        if i >= 2:  # the first two warm Python and DuckDB up
            times.append((time.perf_counter() - start) * 1000)
        assert not at.exception, at.exception
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engagements", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--csms", type=int, default=60)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--apptest", action="store_true", help="also time whole page reruns under AppTest")
    args = parser.parse_args()

    ws = Workspace(memory_limit="3GB")
    try:
        start = time.perf_counter()
        fill(ws, args.accounts, args.engagements, args.csms)
        print(
            f"{args.engagements:,} engagements, {args.accounts:,} accounts, {args.csms} CSMs generated in "
            f"{time.perf_counter() - start:.1f} s on {os.cpu_count()} cores (DuckDB threads=2)"
        )
        changes = filter_changes(ws, args.runs + 2)
        for warm in changes[:2]:
            rerun(ws, warm, with_figures=True)
        changes = changes[2:]
        raw, core, figures = [], [], []
        for change in changes:  # interleaved, so a busy moment on the machine hits all three alike
            statements = recorded_statements(ws, change)
            raw += timed(
                lambda batch: [ws.con.execute(sql, params).fetchall() for sql, params in batch], [statements]
            )
            core += timed(lambda f: rerun(ws, f, with_figures=False), [change])
            figures += timed(lambda f: rerun(ws, f, with_figures=True), [change])
        print(f"{len(statements)} SQL statements per rerun; load average {os.getloadavg()[0]:.1f}")
        report("raw SQL in DuckDB", raw)
        report("core (queries -> pandas)", core)
        report("core + figures", figures)
        unfiltered = timed(lambda _: rerun(ws, Scope(as_of=default_as_of(ws)), True), range(5))
        report("core + figures, no filter", unfiltered)
        report("Cost page queries", timed(lambda f: cost_rerun(ws, f), changes[:5]))
        everyone = Scope(as_of=default_as_of(ws))
        report("Cost page, no filter", timed(lambda _: cost_rerun(ws, everyone), range(3)))
    finally:
        ws.close()
    if args.apptest:
        report(
            "whole page rerun (AppTest)", bench_apptest(args.engagements, args.accounts, args.csms, args.runs)
        )


if __name__ == "__main__":
    main()
