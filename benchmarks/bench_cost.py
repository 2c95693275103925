"""How long the Cost page's numbers take to compute, at scale, and what a table's CSV costs.

Generates a synthetic company straight into a workspace, then times, for a series of CSM-filter
changes (median of N), everything the Cost page asks of the core: totals, cost by CSM and by
type, per tier, the costliest fires, per account and the rates. Also times building the
per-account table's CSV, which the page now builds only when its download is clicked.

    python -m benchmarks.bench_cost [--engagements 100000] [--accounts 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os

from benchmarks.bench_health import ms, report
from benchmarks.synthetic import fill
from cs_dash.export import safe_csv
from cs_dash.metrics import cost
from cs_dash.metrics import fires as fire_metrics
from cs_dash.scope import Scope, default_as_of
from cs_dash.workspace import Workspace


def cost_page(ws: Workspace, filters: Scope) -> None:
    cost.period_years(ws, filters)
    cost.totals(ws, filters)
    cost.breakdown(ws, filters, "csm")
    cost.breakdown(ws, filters, "type")
    cost.per_tier(ws, filters)
    fire_metrics.costliest(ws, filters)
    cost.per_account(ws, filters)
    cost.rates(ws)


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
        changes = [Scope(csms=(csms[i % len(csms)],), as_of=as_of) for i in range(args.runs)]
        print(
            f"{args.engagements:,} engagements, {args.accounts:,} accounts, {args.csms} CSMs; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
        report("Cost, all CSMs", [ms(lambda: cost_page(ws, everyone)) for _ in range(3)])
        report("Cost, CSM filter change", [ms(lambda f=f: cost_page(ws, f)) for f in changes])
        accounts = cost.per_account(ws, everyone)
        report("Per-account CSV, all CSMs", [ms(lambda: safe_csv(accounts)) for _ in range(3)])
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
    finally:
        ws.close()


if __name__ == "__main__":
    main()
