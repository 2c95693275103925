"""Renewals: which customers come up for renewal when, in which tier, and how healthy they are.

Windows are cumulative and inclusive, counted from the as-of date: "30" is every renewal dated
from the as-of day itself up to 30 days after it (day 0 and day 30 count, day 31 does not), so
"60" includes "30". "overdue" is a renewal date before the as-of day on an account that is still
a customer. Accounts without a renewal date are counted and listed, never dropped.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from cs_dash.filters import RENEWAL_WINDOW_LABELS
from cs_dash.metrics import health
from cs_dash.scope import Scope
from cs_dash.sqlutil import named

WINDOWS = ("overdue", "30", "60", "90", "180", "365")
WINDOW_LABELS = {w: RENEWAL_WINDOW_LABELS[w] for w in WINDOWS}

# Each account's last proactive touch on or before $day. It depends only on the data and the day,
# so it is kept per data version and day (``ws.caches[TOUCH_KEY]``) in this session's temporary table.
LAST_TOUCH = """
SELECT account_key, max(date) AS last_proactive_touch
FROM engagements WHERE tag = 'proactive' AND date <= $day
GROUP BY account_key
"""
TOUCH_TABLE = "renewal_last_touch"
TOUCH_KEY = "renewal last touch"

# One row per filtered customer on the as-of date, with its health and last proactive touch.
# {scores} is health.scores_on over the same points. Every statement of a view reads these rows
# from this session's temporary table, built once per data version, settings, filters and day
# (``ws.caches[ROWS_KEY]`` says for which).
RENEWAL_ROWS = f"""
WITH sc AS ({{scores}})
SELECT a.account, a.account_key, a.tier, a.tier_rank, a.arr, a.renewal_date,
       (a.renewal_date - $day::DATE) AS days_left, sc.score, coalesce(sc.band, $no_score_band) AS band,
       a.csm AS owner_csm, t.last_proactive_touch
FROM sc JOIN account_dim a USING (account_key)
LEFT JOIN {TOUCH_TABLE} t USING (account_key)
"""
ROWS_TABLE = "renewal_rows"
ROWS_KEY = "renewal rows"

WINDOW_COUNTS = """
WITH r AS ({rows}),
w AS (SELECT unnest($windows) AS window_name, generate_subscripts($windows, 1) AS pos)
SELECT w.window_name AS window, r.tier, r.tier_rank,
       count(r.account_key) AS accounts, coalesce(sum(r.arr), 0) AS arr
FROM w JOIN r
  ON (w.window_name = 'overdue' AND r.days_left < 0)
  OR (w.window_name <> 'overdue' AND r.days_left BETWEEN 0 AND TRY_CAST(w.window_name AS INTEGER))
GROUP BY w.window_name, w.pos, r.tier, r.tier_rank
ORDER BY w.pos, r.tier_rank
"""

TIMELINE = """
WITH r AS ({rows})
SELECT CASE WHEN days_left < 0 THEN NULL ELSE date_trunc('month', renewal_date)::DATE END AS month,
       days_left < 0 AS overdue, tier, tier_rank, band, count(*) AS accounts, coalesce(sum(arr), 0) AS arr
FROM r
WHERE renewal_date IS NOT NULL AND days_left <= $days
GROUP BY ALL
ORDER BY overdue DESC, month, tier_rank
"""


def _ensure_last_touch(ws, as_of: dt.date) -> None:
    key = (ws.version, as_of)
    if ws.caches.get(TOUCH_KEY) != key:
        ws.con.execute(f"CREATE OR REPLACE TEMP TABLE {TOUCH_TABLE} AS {LAST_TOUCH}", {"day": as_of})
        ws.caches[TOUCH_KEY] = key


def rows_table(ws, filters: Scope, as_of: dt.date) -> str:
    """The temporary table of the view's renewal rows (``RENEWAL_ROWS``), built unless this
    session already did for this data, settings, filters and day."""
    key = (ws.version, repr(ws.settings), repr(filters), as_of)
    if ws.caches.get(ROWS_KEY) != key:
        _ensure_last_touch(ws, as_of)
        scores, params = health.scores_on(ws, filters, [as_of])
        sql = f"CREATE OR REPLACE TEMP TABLE {ROWS_TABLE} AS " + RENEWAL_ROWS.format(scores=scores)
        ws.con.execute(sql, named(sql, {**params, "day": as_of, "no_score_band": health.NO_SCORE_BAND}))
        ws.caches[ROWS_KEY] = key
    return ROWS_TABLE


def renewal_table(ws, filters: Scope, as_of: dt.date | None = None) -> pd.DataFrame:
    """Every filtered customer: account, tier, ARR, renewal date, days left, health score and band,
    owner CSM, last proactive touch. Soonest renewal first; accounts without a date last."""
    day = as_of or filters.day
    rows = rows_table(ws, filters, day)
    return ws.query(
        f"SELECT * EXCLUDE (account_key, tier_rank) FROM {rows} "
        "ORDER BY renewal_date NULLS LAST, arr DESC NULLS LAST, account"
    )


def windows_by_tier(ws, filters: Scope, as_of: dt.date | None = None) -> pd.DataFrame:
    """Accounts and ARR renewing in each window, per tier: columns window, tier, tier_rank, accounts, arr."""
    day = as_of or filters.day
    sql = WINDOW_COUNTS.format(rows=f"SELECT * FROM {rows_table(ws, filters, day)}")
    return ws.query(sql, {"windows": list(WINDOWS)})


def windows(ws, filters: Scope, as_of: dt.date | None = None) -> pd.DataFrame:
    """Accounts and ARR renewing in each window (all tiers): columns window, accounts, arr."""
    by_tier = windows_by_tier(ws, filters, as_of)
    totals = by_tier.groupby("window", sort=False)[["accounts", "arr"]].sum()
    out = pd.DataFrame({"window": list(WINDOWS)}).merge(totals.reset_index(), on="window", how="left")
    return out.fillna({"accounts": 0, "arr": 0.0}).astype({"accounts": int, "arr": float})


def timeline(ws, filters: Scope, as_of: dt.date | None = None, days: int = 365) -> pd.DataFrame:
    """ARR and accounts renewing per month over the next ``days`` days (and overdue), by tier and band.

    Columns month (None for overdue), overdue, tier, tier_rank, band, accounts, arr.
    """
    day = as_of or filters.day
    sql = TIMELINE.format(rows=f"SELECT * FROM {rows_table(ws, filters, day)}")
    return ws.query(sql, {"days": days})


def without_date(ws, filters: Scope, as_of: dt.date | None = None) -> pd.DataFrame:
    """The filtered customers with no renewal date: account, tier, ARR, owner CSM."""
    table = renewal_table(ws, filters, as_of)
    return table[table["renewal_date"].isna()][["account", "tier", "arr", "owner_csm"]]


def summary_section(ws, filters: Scope) -> list[dict]:
    """The CLI's ``"renewals"`` list: [{"window", "accounts", "arr"}] for every window."""
    return [
        {"window": r.window, "accounts": int(r.accounts), "arr": float(r.arr)}
        for r in windows(ws, filters).itertuples(index=False)
    ]
