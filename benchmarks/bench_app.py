"""Whole Streamlit reruns of every page at scale, each against a one-chart page timed in the same run.

A synthetic company (``benchmarks.synthetic``: team, accounts, engagements) stands in for the
sample, so every new session opens on it. Timed under AppTest, median of N:

- ``pages``: every dashboard page's rerun after a CSM-filter change;
- ``health``: the Health page's rerun at several account counts.

A new session's first page is ``benchmarks/bench_first_chart.py``, in a real browser: AppTest runs
in one process share one session, so a "new" AppTest finds the workspace the last one opened.

Each figure is printed with its ratio to the one-chart page's rerun (the anchor), which the same
machine load slows alike, and with the load average; ``pages`` also prints each rerun's CPU time
(the process's, so run nothing else in it) and its ratio to the anchor's. Run at ``nice -n 10`` on a shared machine.

    python -m benchmarks.bench_app pages [--engagements 1000000] [--accounts 10000] [--runs 7] [--pages cost ...]
    python -m benchmarks.bench_app health --accounts 1000 10000 50000
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import fill
from cs_dash.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
PAGES = (
    "overview", "proactive_reactive", "cost", "renewals", "health", "account", "onboarding", "outcomes",
    "plans",
)  # fmt: skip
ONE_CHART_PAGE = """
import plotly.graph_objects as go
import streamlit as st

st.title("One chart")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])), key="one")
st.multiselect("CSM", ["a", "b", "c"], key="f_csm")
"""


def use_synthetic(accounts: int, engagements: int, csms: int) -> None:
    """New sessions open on the synthetic company instead of the sample."""
    import streamlit as st

    Workspace.load_sample = lambda self, sample_dir=None, derive=None: fill(self, accounts, engagements, csms)
    st.cache_resource.clear()


def anchor_page() -> Path:
    path = Path(tempfile.mkdtemp()) / "one_chart.py"
    path.write_text(ONE_CHART_PAGE)
    return path


def reruns(at, runs: int, cpu: list[float] | None = None) -> list[float]:
    """Milliseconds of each rerun after a CSM-filter change (two warm-up changes not counted);
    with ``cpu``, the process's CPU milliseconds of each are appended to it."""
    options = at.multiselect(key="f_csm").options
    times = []
    for i in range(runs + 2):
        start, start_cpu = time.perf_counter(), time.process_time()
        at.multiselect(key="f_csm").set_value([options[i % len(options)]]).run()
        assert not at.exception, at.exception
        if i >= 2:
            times.append((time.perf_counter() - start) * 1000)
            if cpu is not None:
                cpu.append((time.process_time() - start_cpu) * 1000)
    return times


def open_page(page: str | None):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=900).run()
    if page:
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def anchor_reruns(runs: int, cpu: list[float] | None = None) -> float:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(anchor_page()), default_timeout=60).run()
    return statistics.median(reruns(at, runs, cpu))


def line(name: str, times: list[float], anchor: float, cpu: tuple[list[float], float] | None = None) -> None:
    """One figure and its ratio to the anchor; with ``cpu`` (CPU times and the anchor's median
    CPU), the median CPU milliseconds and their ratio too, which the machine's load moves less."""
    median = statistics.median(times)
    in_cpu = ""
    if cpu:
        cpu_median = statistics.median(cpu[0])
        in_cpu = f"  cpu {cpu_median:7.1f} ms = {cpu_median / cpu[1]:6.1f}x"
    print(
        f"{name:<28} median {median:8.1f} ms  = {median / anchor:6.1f}x the one-chart page{in_cpu}   "
        f"min {min(times):8.1f}  max {max(times):8.1f}  (n={len(times)}, load {os.getloadavg()[0]:.1f})"
    )


def bench_pages(args) -> None:
    use_synthetic(args.accounts, args.engagements, args.csms)
    print(f"{args.engagements:,} engagements, {args.accounts:,} accounts, {args.csms} CSMs")
    at = open_page(None)
    for page in args.pages:
        anchor_cpu: list[float] = []
        anchor = anchor_reruns(args.runs, anchor_cpu)  # again per page: the load changes while they run
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, at.exception
        cpu: list[float] = []
        times = reruns(at, args.runs, cpu)
        line(page, times, anchor, (cpu, statistics.median(anchor_cpu)))
    print(f"one-chart page rerun: {anchor:.1f} ms, {statistics.median(anchor_cpu):.1f} ms of CPU")


def bench_health(args) -> None:
    for accounts in args.accounts_list:
        use_synthetic(accounts, args.engagements, args.csms)
        at = open_page("health")
        anchor = anchor_reruns(args.runs)
        line(f"health, {accounts:,} accounts", reruns(at, args.runs), anchor)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("pages", "health"))
    parser.add_argument("--engagements", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, nargs="+", default=[10_000])
    parser.add_argument("--csms", type=int, default=60)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pages", nargs="+", choices=PAGES, default=list(PAGES), help="pages to time")
    args = parser.parse_args()
    args.accounts_list, args.accounts = args.accounts, args.accounts[0]
    {"pages": bench_pages, "health": bench_health}[args.what](args)


if __name__ == "__main__":
    main()
