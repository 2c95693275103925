"""Health over time that shows, for a month end an import stands for, the scores stored then.

A snapshot keeps each account's score and band as computed at the import, with that time's data
and settings. An import stands for the month end nearest the last date of its data (17 Nov → 30
Nov, 12 Nov → 31 Oct); where two imports are nearest one month end, the closer one wins, the later
one on a tie. That month shows the stored scores and the bands of that time (their names and
thresholds come from the settings stored with the snapshot); every other month is recomputed from
the data on screen, and so is the last point (the as-of date itself). Imports whose data reaches
the as-of date are the data on screen and stand for nothing. An account the snapshot did not score
was not in the data then and has no score that month.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from cs_dash import snapshots
from cs_dash.metrics import health
from cs_dash.scope import Scope
from cs_dash.settings import Band, SettingsError, loads_toml
from cs_dash.sqlutil import named
from cs_dash.workspace import Workspace

RULE = (
    "An import's stored scores stand for the month end nearest the last date of its data "
    "(the closer import if two are nearest one month end, the later if equally close), "
    "with the bands of that time."
)

# Each stored month end with the snapshot that stands for it. Imports whose data reaches the as-of
# date ($live_as_of) are the data on screen; $stored_dates are the history's month ends.
NEAREST = f"""
SELECT month_end, id AS snapshot_id, as_of AS data_to, settings
FROM (
    SELECT id, as_of, settings,
           CASE WHEN last_day(as_of) - as_of < as_of - (date_trunc('month', as_of)::DATE - 1)
                THEN last_day(as_of)
                ELSE date_trunc('month', as_of)::DATE - 1 END AS month_end
    FROM {snapshots.SNAPSHOTS}
    WHERE as_of < $live_as_of
)
WHERE month_end IN (SELECT unnest($stored_dates::DATE[]))
QUALIFY row_number() OVER (PARTITION BY month_end ORDER BY abs(as_of - month_end), id DESC) = 1
"""

PICKED = f"""
WITH sc AS ({{scores}}),
stored_months AS (SELECT month_end AS as_of, snapshot_id FROM ({NEAREST})),
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


@dataclass(frozen=True)
class StoredMonth:
    """A month end shown from a snapshot: the last date of that import's data and its bands."""

    month_end: dt.date
    data_to: dt.date
    bands: list[Band] | None  # None when the snapshot's settings cannot be read


@dataclass(frozen=True)
class Sources:
    """Which points of a history come from snapshots and which were recomputed today."""

    stored: list[StoredMonth]
    recomputed: list[dt.date]

    @property
    def stored_dates(self) -> list[dt.date]:
        return [m.month_end for m in self.stored]

    def bands(self, today: list[Band]) -> list[Band]:
        """Today's bands and any band a stored month was counted in that today's lack, best first."""
        names = {b.name for b in today}
        then = []
        for month in self.stored:
            for band in month.bands or []:
                if band.name not in names:
                    names.add(band.name)
                    then.append(band)
        return sorted([*today, *then], key=lambda b: -b.min_score)

    def describe(self, today: list[Band]) -> str:
        def days(dates: list[dt.date]) -> str:
            return ", ".join(f"{d:%d %b %Y}" for d in dates)

        if not self.stored:
            return "Every month end is recomputed from the data on screen."
        shown = ", ".join(f"{m.month_end:%d %b %Y} (data to {m.data_to:%d %b %Y})" for m in self.stored)
        text = f"{RULE} Stored scores are shown for {shown}."
        if self.recomputed:
            text += f" Recomputed from the data on screen: {days(self.recomputed)}."
        for month in self.stored:
            if month.bands is not None and _thresholds(month.bands) != _thresholds(today):
                text += f" {month.month_end:%d %b %Y} is banded as then: {bands_text(month.bands)}."
        return text


def bands_text(bands: list[Band]) -> str:
    """``Healthy ≥ 70, Watch ≥ 40, else At risk``: how scores were banded."""
    return ", ".join(f"{b.name} ≥ {b.min_score:g}" for b in bands[:-1]) + f", else {bands[-1].name}"


def _thresholds(bands: list[Band]) -> list[tuple[str, float]]:
    return [(b.name, b.min_score) for b in bands]


def _bands_of(settings_text: str) -> list[Band] | None:
    try:
        return loads_toml(settings_text).bands
    except SettingsError:
        return None


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
    rows = ws.con.execute(
        NEAREST + " ORDER BY month_end", {"live_as_of": dates[-1], "stored_dates": month_ends}
    ).fetchall()
    stored = [StoredMonth(end, data_to, _bands_of(text or "")) for end, _, data_to, text in rows]
    taken = {m.month_end for m in stored}
    return Sources(stored, [d for d in month_ends if d not in taken])


def history(
    ws: Workspace,
    filters: Scope,
    as_of: dt.date | None = None,
    months: int = 12,
    account_key: str | None = None,
) -> pd.DataFrame:
    """``health.history``'s columns (of every filtered account, or of the one ``account_key``),
    with stored scores and bands for the month ends an import stands for."""
    if not snapshots.has_tables(ws):
        return health.history(ws, filters, as_of, months, account_key)
    dates, scores, params = _points(ws, filters, as_of, months, account_key)
    sql = HISTORY.format(scores=scores)
    return ws.query(sql, named(sql, {**params, "live_as_of": dates[-1], "stored_dates": dates[:-1]}))


def band_history(
    ws: Workspace, filters: Scope, as_of: dt.date | None = None, months: int = 12
) -> pd.DataFrame:
    """``health.band_history``'s columns, counting the stored bands (of their time) where a snapshot
    holds them."""
    if not snapshots.has_tables(ws):
        return health.band_history(ws, filters, as_of, months)
    dates, scores, params = _points(ws, filters, as_of, months)
    shown = sources(ws, filters, as_of, months).bands(ws.settings.bands)
    order = [b.name for b in shown] + [health.NO_SCORE_BAND]
    own = {
        "live_as_of": dates[-1],
        "stored_dates": dates[:-1],
        "no_score_band": health.NO_SCORE_BAND,
        "band_order": order,
    }
    sql = BAND_HISTORY.format(scores=scores)
    return ws.query(sql, named(sql, {**params, **own}))
