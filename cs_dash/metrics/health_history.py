"""Health over time that shows, for a month end an import was taken on, the scores stored then.

A snapshot keeps each account's score and band as computed at the import, with that time's data
and settings. Where a snapshot's as-of date is one of the history's month ends, that month shows
the stored scores (the latest snapshot of that date); every other month is recomputed from the
data on screen, and so is the last point (the as-of date itself). An account the snapshot did not
score was not in the data then and has no score that month.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from cs_dash import snapshots
from cs_dash.metrics import health
from cs_dash.scope import Scope
from cs_dash.sqlutil import named
from cs_dash.workspace import Workspace

PICKED = f"""
WITH sc AS ({{scores}}),
stored_months AS (
    SELECT as_of, max(id) AS snapshot_id
    FROM {snapshots.SNAPSHOTS}
    WHERE as_of IN (SELECT unnest($stored_dates::DATE[]))
    GROUP BY as_of
),
stored AS (
    SELECT m.as_of, h.account_key, h.score, h.band
    FROM stored_months m JOIN {snapshots.HEALTH} h USING (snapshot_id)
),
picked AS (
    SELECT sc.as_of, sc.account_key,
           CASE WHEN m.as_of IS NULL THEN sc.score ELSE st.score END AS score,
           CASE WHEN m.as_of IS NULL THEN sc.band ELSE st.band END AS band
    FROM sc
    LEFT JOIN stored_months m ON m.as_of = sc.as_of
    LEFT JOIN stored st ON st.as_of = sc.as_of AND st.account_key = sc.account_key
    WHERE m.as_of IS NULL OR st.account_key IS NOT NULL
)
"""

HISTORY = (
    PICKED
    + """
SELECT p.as_of, a.account, a.account_key, a.tier, a.arr, p.score, p.band,
       p.score - lag(p.score) OVER (PARTITION BY p.account_key ORDER BY p.as_of) AS change
FROM picked p JOIN account_dim a USING (account_key)
ORDER BY a.account, p.as_of
"""
)

BAND_HISTORY = (
    PICKED
    + """, banded AS (SELECT as_of, account_key, coalesce(band, $no_score_band) AS band FROM picked)
SELECT b.as_of, b.band, count(*) AS accounts, coalesce(sum(a.arr), 0) AS arr
FROM banded b JOIN account_dim a USING (account_key)
GROUP BY b.as_of, b.band
ORDER BY b.as_of, list_position($band_order, b.band)
"""
)

STORED_DATES_SQL = (
    f"SELECT DISTINCT as_of FROM {snapshots.SNAPSHOTS} WHERE as_of IN (SELECT unnest(?::DATE[]))"
)


@dataclass(frozen=True)
class Sources:
    """Which points of a history come from snapshots and which were recomputed today."""

    stored: list[dt.date]
    recomputed: list[dt.date]

    def describe(self) -> str:
        def days(dates: list[dt.date]) -> str:
            return ", ".join(f"{d:%d %b %Y}" for d in dates)

        if not self.stored:
            return "Every month end is recomputed from the data on screen."
        text = f"Scores stored at the import are shown for {days(self.stored)}."
        if self.recomputed:
            text += f" Recomputed from the data on screen: {days(self.recomputed)}."
        return text


def _points(
    ws: Workspace, filters: Scope, as_of: dt.date | None, months: int, account_key: str | None = None
):
    dates = health.month_ends(as_of or filters.day, months)
    scores, all_params = health.scores_on(ws, filters, dates, account_key)
    return dates, scores, all_params


def sources(ws: Workspace, filters: Scope, as_of: dt.date | None = None, months: int = 12) -> Sources:
    """The month ends shown from stored scores and those recomputed (the as-of point is always live)."""
    dates = health.month_ends(as_of or filters.day, months)
    month_ends = dates[:-1]
    if not snapshots.has_tables(ws):
        return Sources([], month_ends)
    stored = {row[0] for row in ws.con.execute(STORED_DATES_SQL, [month_ends]).fetchall()}
    return Sources(sorted(stored), [d for d in month_ends if d not in stored])


def history(
    ws: Workspace,
    filters: Scope,
    as_of: dt.date | None = None,
    months: int = 12,
    account_key: str | None = None,
) -> pd.DataFrame:
    """``health.history``'s columns (of every filtered account, or of the one ``account_key``),
    with stored scores for the month ends a snapshot was taken on."""
    if not snapshots.has_tables(ws):
        return health.history(ws, filters, as_of, months, account_key)
    dates, scores, params = _points(ws, filters, as_of, months, account_key)
    sql = HISTORY.format(scores=scores)
    return ws.query(sql, named(sql, {**params, "stored_dates": dates[:-1]}))


def band_history(
    ws: Workspace, filters: Scope, as_of: dt.date | None = None, months: int = 12
) -> pd.DataFrame:
    """``health.band_history``'s columns, counting the stored bands where a snapshot holds them."""
    if not snapshots.has_tables(ws):
        return health.band_history(ws, filters, as_of, months)
    dates, scores, params = _points(ws, filters, as_of, months)
    order = [b.name for b in ws.settings.bands] + [health.NO_SCORE_BAND]
    own = {"stored_dates": dates[:-1], "no_score_band": health.NO_SCORE_BAND, "band_order": order}
    sql = BAND_HISTORY.format(scores=scores)
    return ws.query(sql, named(sql, {**params, **own}))
