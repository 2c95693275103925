"""The account-level numbers of the executive overview: ARR by tier, renewals due, who needs attention.

All read ``account_dim`` (active accounts only; churned ARR is not ARR) under the account filters;
the CSM filter selects the accounts a CSM owns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

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

# Until health scores exist: accounts with reactive work in the window and a proactive share below
# the target, the largest ARR first.
ATTENTION_SQL = """
WITH work AS (
    SELECT account_key,
           count(*) FILTER (WHERE tag = 'reactive') AS reactive,
           count(*) FILTER (WHERE tag = 'proactive') AS proactive
    FROM engagements e
    WHERE {where}
    GROUP BY account_key
)
SELECT a.account, a.tier, a.csm AS owner, a.arr, a.renewal_date, w.reactive,
       w.proactive / (w.proactive + w.reactive) AS proactive_share
FROM work w JOIN account_dim a ON a.account_key = w.account_key
WHERE a.status = 'active' AND w.reactive > 0 AND w.proactive / (w.proactive + w.reactive) < ?
ORDER BY a.arr DESC NULLS LAST, w.reactive DESC, a.account
LIMIT ?
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


def needing_attention(
    ws: Workspace, filters: Filters, target_share: float, days: int = 90, limit: int = 5
) -> pd.DataFrame:
    """Accounts with reactive work in the last ``days`` and a proactive share below target, by ARR."""
    as_of = filters.as_of or ws.latest_date() or dt.date.today()
    window = replace(filters, date_from=as_of - dt.timedelta(days=days - 1), date_to=as_of, as_of=as_of)
    where, params = window.where(alias="e")
    return ws.query(ATTENTION_SQL.format(where=where), params + [float(target_share), limit])


def tier_order(ws: Workspace) -> list[str]:
    """Tier names in rank order (the most valuable first), for fixed tier colours."""
    return ws.query("SELECT DISTINCT tier, tier_rank FROM account_dim ORDER BY tier_rank")["tier"].tolist()
