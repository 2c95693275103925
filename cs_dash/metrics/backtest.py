"""Does the scorecard mean anything? Score accounts before an outcome we know, and compare.

Each account with a known outcome is scored as it looked ``horizon`` days (default 90) before it:
- churned: the earliest of ``account_dim.churned_on`` and a revenue row of kind "churn";
- renewed: the latest revenue row of kind "renewal" on or before the as-of date, for accounts
  that did not churn. Without any renewal rows, accounts still customers on the as-of date count
  as renewed, scored ``horizon`` days before the as-of date.

Then the churn rate per band (do At risk accounts churn more?) and the AUC: the chance that a
churned account scored lower than a renewed one (Mann-Whitney; a tie counts one half). 0.5 is
a coin toss, 1.0 perfect separation, below 0.5 the scorecard points the wrong way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from cs_dash.metrics import health
from cs_dash.scope import Scope
from cs_dash.sqlutil import named

# $day = the as-of date of the backtest (renewals on or before it, the fallback outcome date);
# $horizon = how many days before its outcome an account is scored.
OUTCOMES = """
WITH churn AS (
    SELECT account_key, min(d) AS event_date FROM (
        SELECT account_key, churned_on AS d FROM account_dim WHERE churned_on IS NOT NULL
        UNION ALL
        SELECT account_key, date FROM revenue WHERE lower(trim(kind)) = 'churn' AND account_key IS NOT NULL
    ) GROUP BY account_key
),
renew AS (
    SELECT account_key, max(date) AS event_date FROM revenue
    WHERE lower(trim(kind)) = 'renewal' AND date <= $day AND account_key NOT IN (SELECT account_key FROM churn)
    GROUP BY account_key
),
still_here AS (
    SELECT account_key, $day::DATE AS event_date FROM account_dim
    WHERE status = 'active' AND churned_on IS NULL AND NOT EXISTS (SELECT 1 FROM renew)
),
known AS (
    SELECT account_key, event_date, true AS churned FROM churn
    UNION ALL SELECT account_key, event_date, false FROM renew
    UNION ALL SELECT account_key, event_date, false FROM still_here
)
SELECT k.account_key, k.event_date, k.churned, (k.event_date - $horizon::INTEGER) AS as_of
FROM known k JOIN account_dim a USING (account_key)
WHERE {scope} AND k.event_date <= $day
  AND (a.subscribed_on IS NULL OR a.subscribed_on <= k.event_date - $horizon::INTEGER)
"""

SCORED_OUTCOMES = """
WITH o AS ({outcomes}),
sc AS ({scores})
SELECT a.account, a.tier, o.event_date, o.churned, sc.as_of AS scored_on, sc.score, sc.band
FROM o JOIN sc USING (account_key, as_of) JOIN account_dim a USING (account_key)
WHERE sc.score IS NOT NULL
"""

# Mann-Whitney AUC over a relation with columns score and churned, from ranks: with tied scores
# sharing their average rank, the renewed accounts' rank sum minus its least possible value
# n_r(n_r + 1)/2 counts the (churned, renewed) pairs where the renewed one scored higher, a tie
# counting one half; divided by n_c × n_r it is the share of such pairs.
AUC = """
WITH x AS ({labelled}),
ranked AS (
    SELECT churned, rank() OVER (ORDER BY score) + (count(*) OVER (PARTITION BY score) - 1) / 2.0 AS r
    FROM x
),
n AS (
    SELECT count(*) FILTER (churned) AS churned, count(*) FILTER (NOT churned) AS renewed,
           sum(r) FILTER (NOT churned) AS renewed_ranks
    FROM ranked
)
SELECT (renewed_ranks - renewed * (renewed + 1) / 2.0) / (churned * renewed)
FROM n WHERE churned > 0 AND renewed > 0
"""

SCORED_TABLE = "backtest_scored_outcomes"  # one session's latest backtest, per connection

BY_BAND = """
WITH x AS ({labelled}),
b AS (SELECT unnest($bands) AS band, generate_subscripts($bands, 1) AS pos)
SELECT b.band, count(x.band) AS accounts, count(*) FILTER (x.churned) AS churned,
       count(*) FILTER (x.churned) / nullif(count(x.band), 0) AS churn_rate
FROM b LEFT JOIN x USING (band)
GROUP BY b.band, b.pos ORDER BY b.pos
"""


@dataclass
class Backtest:
    horizon_days: int
    accounts: pd.DataFrame  # account, tier, event_date, churned, scored_on, score, band
    by_band: pd.DataFrame  # band, accounts, churned, churn_rate
    auc: float | None  # None unless there are both churned and renewed accounts
    churned: int
    renewed: int


def auc_of(con: duckdb.DuckDBPyConnection, scored: list[tuple[float, bool]]) -> float | None:
    """The AUC of (score, churned) pairs, computed by the same SQL the backtest uses."""
    labelled = "SELECT unnest($scored::STRUCT(score DOUBLE, churned BOOLEAN)[], recursive := true)"
    rows = [{"score": float(s), "churned": bool(c)} for s, c in scored]
    row = con.execute(AUC.format(labelled=labelled), {"scored": rows}).fetchone()
    return None if row is None else row[0]


def run(ws, filters: Scope, horizon_days: int = 90, as_of: dt.date | None = None) -> Backtest:
    day = as_of or filters.day
    own = {"day": day, "horizon": horizon_days}
    outcomes = OUTCOMES.format(scope=filters.account_filter("a.account_key"))
    everyone = OUTCOMES.format(scope="TRUE")
    scores, params = health.scored(
        ws, outcomes, filters.bind(outcomes, **own), universe=(everyone, named(everyone, own))
    )
    # The scored outcomes are kept once; the table, the churn per band and the AUC read them.
    ws.con.execute(
        f"CREATE OR REPLACE TEMP TABLE {SCORED_TABLE} AS "
        + SCORED_OUTCOMES.format(outcomes=outcomes, scores=scores),
        params,
    )
    labelled = f"SELECT * FROM {SCORED_TABLE}"
    accounts = ws.query(labelled + " ORDER BY churned DESC, score, account")
    bands = [b.name for b in ws.settings.bands]
    by_band = ws.query(BY_BAND.format(labelled=labelled), {"bands": bands})
    auc = ws.scalar(AUC.format(labelled=labelled))
    churned = int(accounts["churned"].sum())
    return Backtest(horizon_days, accounts, by_band, auc, churned, len(accounts) - churned)
