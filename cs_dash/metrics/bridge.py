"""The revenue bridge: how ARR got from a period's start to its end.

start ARR + new + expansion − contraction − churn = end ARR, per month or quarter. ARR at a
moment is the running total of the revenue log before it (new and expansion add, contraction
and churn subtract, renewal keeps it), the same definition as the retention metrics in
``outcomes``; here every account counts, new logos of the period included, so the bridge adds up.
"""

from __future__ import annotations

import pandas as pd

from cs_dash.metrics import outcomes
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

STEPS = ("new", "expansion", "contraction", "churn")

BRIDGE_SQL = """
WITH {changes},
periods AS ({periods})
SELECT p.period_start, p.period_end, p.period_end > CAST($as_of AS DATE) + 1 AS partial,
       coalesce(sum(s.delta) FILTER (WHERE s.date < p.period_start), 0) AS start_arr,
       coalesce(sum(s.amount) FILTER (WHERE s.date >= p.period_start AND s.kind = 'new'), 0) AS new,
       coalesce(sum(s.amount) FILTER (WHERE s.date >= p.period_start AND s.kind = 'expansion'), 0) AS expansion,
       coalesce(sum(s.amount) FILTER (WHERE s.date >= p.period_start AND s.kind = 'contraction'), 0)
           AS contraction,
       coalesce(sum(s.amount) FILTER (WHERE s.date >= p.period_start AND s.kind = 'churn'), 0) AS churn,
       coalesce(sum(s.delta), 0) AS end_arr
FROM periods p
LEFT JOIN signed s ON s.date < p.period_end
GROUP BY ALL
ORDER BY p.period_start
"""


def bridge_by_period(ws: Workspace, filters: Scope, grain: str = "quarter") -> pd.DataFrame:
    """Per period: start ARR, new, expansion, contraction, churn (positive amounts) and end ARR."""
    grain = outcomes._grain(grain)
    periods = outcomes.PERIOD_SERIES_SQL.format(months=outcomes._period_range(filters))
    sql = BRIDGE_SQL.format(changes=outcomes._changes(filters), periods=periods)
    return ws.query(sql, filters.bind(sql, grain=grain, grain_months=outcomes.GRAINS[grain]))
