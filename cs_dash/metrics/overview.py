"""The account-level numbers of the executive overview: ARR by tier and the renewals due.

All read ``account_dim`` (active accounts only; churned ARR is not ARR) under the account filters;
the CSM filter selects the accounts a CSM owns.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from cs_dash.filters import Filters
from cs_dash.workspace import Workspace

ARR_BY_TIER_SQL = """
SELECT tier, min(tier_rank) AS tier_rank, count(*) AS accounts, coalesce(sum(arr), 0) AS arr
FROM account_dim
WHERE status = 'active' AND ({clause})
GROUP BY tier
ORDER BY tier_rank NULLS LAST, tier
"""

RENEWALS_SQL = """
SELECT account, tier, csm AS owner, arr, renewal_date, (renewal_date - ?::DATE) AS days_left
FROM account_dim
WHERE status = 'active' AND renewal_date BETWEEN ? AND ? AND ({clause})
ORDER BY renewal_date, arr DESC NULLS LAST, account
"""


def arr_by_tier(ws: Workspace, filters: Filters) -> pd.DataFrame:
    """Active accounts and their ARR per tier, in tier order."""
    clause, params = filters.account_clause("account_key", by_owner=True)
    return ws.query(ARR_BY_TIER_SQL.format(clause=clause), params)


def renewals_due(ws: Workspace, filters: Filters, days: int = 90) -> pd.DataFrame:
    """Active accounts renewing within ``days`` of the as-of date, soonest first."""
    as_of = filters.as_of or dt.date.today()
    clause, params = filters.account_clause("account_key", by_owner=True)
    return ws.query(
        RENEWALS_SQL.format(clause=clause), [as_of, as_of, as_of + dt.timedelta(days=days)] + params
    )


def tier_order(ws: Workspace) -> list[str]:
    """Tier names in rank order (the most valuable first), for fixed tier colours."""
    return ws.query("SELECT DISTINCT tier, tier_rank FROM account_dim ORDER BY tier_rank")["tier"].tolist()
