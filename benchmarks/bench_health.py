"""How long the health-driven pages take to compute, at scale: Health, Account and Renewals.

Generates a synthetic company straight into a workspace, then times, for a series of CSM-filter
changes (median of N), everything each page asks of the core:

- Health: scores, band mix, early warning, history, band history and the 90-day backtest;
- Account: one account's score and its 13 points of history;
- Renewals: the renewal table, windows per tier and the timeline.

The first Health computation after the data is loaded (``cold``) is reported on its own: it is
the one that scores the accounts; the later ones reuse the scores.

    python -m benchmarks.bench_health [--engagements 100000] [--accounts 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from benchmarks.synthetic import fill
from cs_dash.metrics import backtest, health, renewals
from cs_dash.scope import Scope, default_as_of
from cs_dash.workspace import Workspace


def health_page(ws: Workspace, filters: Scope) -> None:
    scores = health.account_scores(ws, filters, breakdown=False)
    if not scores.empty:  # the page shows the breakdown of one account, the lowest score first
        health.account_scores(ws, filters, account_key=scores["account_key"].iloc[0])
    health.band_distribution(ws, filters)
    health.early_warning(ws, filters)
    health.history(ws, filters)
    health.band_history(ws, filters)
    backtest.run(ws, filters, horizon_days=90)


def account_page(ws: Workspace, filters: Scope, key: str) -> None:
    health.account_scores(ws, filters, account_key=key)
    health.history(ws, filters, account_key=key)


def renewals_page(ws: Workspace, filters: Scope) -> None:
    renewals.renewal_table(ws, filters)
    renewals.windows_by_tier(ws, filters)
    renewals.timeline(ws, filters)
    renewals.without_date(ws, filters)


def ms(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def report(name: str, times: list[float]) -> None:
    print(
        f"{name:<30} median {statistics.median(times):8.1f} ms   "
        f"min {min(times):8.1f}   max {max(times):8.1f}   (n={len(times)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engagements", type=int, default=100_000)
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--csms", type=int, default=60)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    ws = Workspace(memory_limit="3GB")
    try:
        fill(ws, args.accounts, args.engagements, args.csms)
        as_of = default_as_of(ws)
        everyone = Scope(as_of=as_of)
        csms = ws.query("SELECT csm FROM csm_dim ORDER BY csm")["csm"].tolist()
        keys = ws.query("SELECT account_key FROM account_dim ORDER BY arr DESC LIMIT ?", [args.runs])
        changes = [Scope(csms=(csms[i % len(csms)],), as_of=as_of) for i in range(args.runs)]
        print(
            f"{args.engagements:,} engagements, {args.accounts:,} accounts, {args.csms} CSMs; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
        report("Health, cold (all CSMs)", [ms(lambda: health_page(ws, everyone))])
        report("Health, CSM filter change", [ms(lambda f=f: health_page(ws, f)) for f in changes])
        report("Health, all CSMs again", [ms(lambda: health_page(ws, everyone)) for _ in range(3)])
        report(
            "Account page health",
            [ms(lambda k=k: account_page(ws, everyone, k)) for k in keys["account_key"]],
        )
        report("Renewals, CSM filter change", [ms(lambda f=f: renewals_page(ws, f)) for f in changes])
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
    finally:
        ws.close()


if __name__ == "__main__":
    main()
