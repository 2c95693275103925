"""The account-level numbers of the executive overview: ARR by tier and the renewals due.

All read ``account_dim`` for the customers on the as-of date (churned ARR is not ARR) under the
account filters; the CSM filter selects the accounts a CSM owns.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from cs_dash import scope
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

ARR_BY_TIER_SQL = """
SELECT a.tier, min(a.tier_rank) AS tier_rank, count(*) AS accounts, coalesce(sum(a.arr), 0) AS arr
FROM account_dim a
WHERE {customers}
GROUP BY a.tier
ORDER BY tier_rank NULLS LAST, a.tier
"""

# Day 0 and day N both count, as in the renewal windows of ``cs_dash.metrics.renewals``.
RENEWALS_SQL = """
SELECT a.account, a.tier, a.csm AS owner, a.arr, a.renewal_date, (a.renewal_date - $as_of::DATE) AS days_left
FROM account_dim a
WHERE {customers} AND a.renewal_date BETWEEN $as_of AND $due_by
ORDER BY a.renewal_date, a.arr DESC NULLS LAST, a.account
"""


def arr_by_tier(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """The customers on the as-of date and their ARR per tier, in tier order."""
    sql = ARR_BY_TIER_SQL.format(customers=filters.customer_filter("a"))
    return ws.query(sql, filters.bind(sql))


def renewals_due(ws: Workspace, filters: Scope, days: int = 90) -> pd.DataFrame:
    """The customers renewing within ``days`` of the as-of date, soonest first."""
    sql = RENEWALS_SQL.format(customers=filters.customer_filter("a"))
    due_by = filters.day + dt.timedelta(days=days)
    return ws.view_frame(
        ("renewals_due", repr(filters), days), lambda: ws.query(sql, filters.bind(sql, due_by=due_by))
    )


def tier_order(ws: Workspace) -> list[str]:
    """Tier names in rank order (the most valuable first), for fixed tier colours."""
    return scope.tier_order(ws)
