"""The renewal forecast: ARR up for renewal in each window, weighted by how often its band churns.

Assumption, stated wherever the forecast is shown: an account renewing in a window churns with
the churn rate its health band had in the backtest (accounts scored ``horizon`` days before their
outcome). An account without a score, or in a band the backtest saw no account in, takes the
backtest's overall churn rate. Windows are cumulative, as on the renewals page.
"""

from __future__ import annotations

import pandas as pd

from cs_dash.metrics import backtest, renewals
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

FORECAST_SQL = """
WITH r AS ({rows}),
rates AS (SELECT unnest($rate_bands) AS band, unnest($churn_rates) AS churn_rate),
w AS (SELECT unnest($windows) AS window_name, generate_subscripts($windows, 1) AS pos),
weighted AS (
    SELECT w.window_name, w.pos, r.account_key, coalesce(r.arr, 0) AS arr,
           coalesce(rt.churn_rate, $overall_rate) AS churn_rate, rt.churn_rate IS NULL AS at_overall_rate
    FROM w
    LEFT JOIN r
      ON (w.window_name = 'overdue' AND r.days_left < 0)
      OR (w.window_name <> 'overdue' AND r.days_left BETWEEN 0 AND TRY_CAST(w.window_name AS INTEGER))
    LEFT JOIN rates rt ON rt.band = r.band
)
SELECT window_name AS window,
       count(account_key) AS accounts,
       coalesce(sum(arr), 0) AS arr,
       sum(arr * churn_rate) AS expected_churn,
       sum(arr * (1 - churn_rate)) AS expected_renewal,
       count(account_key) FILTER (WHERE at_overall_rate) AS at_overall_rate
FROM weighted
GROUP BY window_name, pos
ORDER BY pos
"""


def forecast_with_rates(
    ws: Workspace, filters: Scope, rates: pd.DataFrame, overall_rate: float | None
) -> pd.DataFrame:
    """Per window: accounts, ARR, expected churned and renewed ARR under the given band churn rates.

    ``rates`` has columns band and churn_rate (None for a band without backtested accounts).
    """
    rows = renewals.rows_table(ws, filters, filters.day)
    known = rates.dropna(subset=["churn_rate"])
    own = {
        "rate_bands": known["band"].tolist(),
        "churn_rates": known["churn_rate"].astype(float).tolist(),
        "windows": list(renewals.WINDOWS),
        "overall_rate": overall_rate,
    }
    return ws.query(FORECAST_SQL.format(rows=f"SELECT * FROM {rows}"), own)


def renewal_forecast(
    ws: Workspace, filters: Scope, horizon_days: int = 90
) -> tuple[pd.DataFrame, backtest.Backtest]:
    """The forecast under the backtest's churn rates per band, and the backtest it rests on."""
    result = backtest.run(ws, filters, horizon_days=horizon_days)
    total = result.churned + result.renewed
    overall = result.churned / total if total else None
    return forecast_with_rates(ws, filters, result.by_band[["band", "churn_rate"]], overall), result
