"""Revenue tiers: how many customers and how much ARR sit in each value tier.

The tier itself is decided once per account in ``cs_dash.dims`` (quantile or thresholds, see
``dims._tier_case`` for the boundary rules); this module counts what the filters select.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

# Every named tier appears, in tier order, even when empty; the "No ARR" group only when it has
# accounts. {customers} is the scope's condition for the customers on day $day.
TIER_COUNTS = """
WITH names AS (
    SELECT unnest($names) AS tier, generate_subscripts($names, 1) AS tier_rank
    UNION ALL SELECT $no_arr_name, 1000
),
counted AS (
    SELECT tier, count(*) AS accounts, coalesce(sum(arr), 0) AS arr
    FROM account_dim
    WHERE {customers}
    GROUP BY tier
)
SELECT n.tier, coalesce(c.accounts, 0)::BIGINT AS accounts, coalesce(c.arr, 0)::DOUBLE AS arr
FROM names n LEFT JOIN counted c USING (tier)
WHERE n.tier_rank < 1000 OR c.accounts > 0
ORDER BY n.tier_rank
"""


HAS_ACCOUNT_VALUES_SQL = (
    "SELECT count(*) > 0 FROM account_dim WHERE arr IS NOT NULL OR renewal_date IS NOT NULL"
)


def has_account_values(ws: Workspace) -> bool:
    """Whether any account has an ARR or a renewal date (from accounts or from the tracker's rows)."""
    return bool(ws.scalar(HAS_ACCOUNT_VALUES_SQL))


def tier_counts(ws: Workspace, filters: Scope, as_of: dt.date | None = None) -> pd.DataFrame:
    """Columns tier, accounts, arr: the customers active on ``as_of`` in each tier.

    Every tier is listed (an empty one with 0) unless the tier filter leaves it out.
    """
    as_of = as_of or filters.day
    names = [n for n in ws.settings.tiers.names if not filters.tiers or n in filters.tiers]
    sql = TIER_COUNTS.format(customers=filters.customer_filter(alias="", day="$day"))
    return ws.query(sql, filters.bind(sql, names=names, no_arr_name=ws.settings.tiers.no_arr_name, day=as_of))


def summary_section(ws: Workspace, filters: Scope) -> list[dict]:
    """The CLI's ``"tiers"`` list: [{"tier", "accounts", "arr"}]."""
    df = tier_counts(ws, filters)
    return [
        {"tier": r.tier, "accounts": int(r.accounts), "arr": float(r.arr)} for r in df.itertuples(index=False)
    ]
