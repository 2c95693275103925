"""The health scorecard: each account's score 0-100, its band, and what pulls it down, as of any date.

Every measure's raw value is computed in SQL for a set of (account, as-of date) points at once, so
the score today, the score at each past month end ("the data as it was then": only rows dated on
or before that day count) and the backtest share one query. Scoring follows the leader's settings:

- a linear measure scores 0 at ``bad``, 100 at ``good``, straight in between, clamped to 0-100;
- a stepped measure scores the step reached: the highest threshold at or below the value when
  higher is better, the lowest threshold at or above it when lower is better, 0 when none is;
- overall = Σ(weight × score) ÷ Σ(weight) over the enabled measures that HAVE a value for the
  account: a missing measure drops out, it does not count as zero;
- the band is the first band (best first) whose ``min_score`` the score reaches, so a score of
  exactly 70 is Healthy and 69.99 is Watch with the default bands;
- the weakest measure is the one that costs the most points: largest weight × (100 − score),
  ties going to the measure listed first in the scorecard.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from cs_dash import sample_copy
from cs_dash.measures import MEASURES
from cs_dash.scope import Scope, customer_on
from cs_dash.settings import Settings
from cs_dash.sqlutil import named, quote_ident
from cs_dash.workspace import Workspace

FALLING_POINTS = (
    10  # a drop of at least this many points since the last month end puts an account on the list
)


# Raw value of every measure for every (account_key, as_of) point. {points} is a query returning
# those two columns; nothing dated after a point's as_of is used for it. Engagements are counted
# once per account and day, cumulatively; a point reads the running counts on its as-of date and
# 90 days before it (an as-of join), so many points cost no more than one pass over engagements.
# The running counts are the table ENGAGEMENT_DAYS_TABLE, made by ``_ensure_scored``.
RAW_VALUES = """
WITH points AS ({points}),
eng_now AS (
    SELECT p.account_key, p.as_of, d.all_upto, d.proactive_upto, d.last_proactive
    FROM points p ASOF JOIN health_engagement_days d ON d.account_key = p.account_key AND d.date <= p.as_of
),
eng AS (
    SELECT n.account_key, n.as_of,
           (n.proactive_upto - coalesce(b.proactive_upto, 0))::BIGINT AS p90,
           (n.all_upto - coalesce(b.all_upto, 0))::BIGINT AS all90,
           n.last_proactive
    FROM eng_now n
    ASOF LEFT JOIN health_engagement_days b ON b.account_key = n.account_key AND b.date <= n.as_of - 90
),
eng_start AS (SELECT min(date) AS first_day FROM engagements),
daily_usage AS (
    SELECT account_key, date, max(active_users) AS users, sum(events) AS events
    FROM usage GROUP BY account_key, date
),
use AS (
    SELECT p.account_key, p.as_of,
           arg_max(u.users, u.date) FILTER (u.users IS NOT NULL AND u.date > p.as_of - 90) AS latest_users,
           avg(u.users) FILTER (u.date > p.as_of - 90) AS users_now,
           avg(u.users) FILTER (u.date <= p.as_of - 90) AS users_before,
           sum(u.events) FILTER (u.date > p.as_of - 90) AS events_now,
           sum(u.events) FILTER (u.date <= p.as_of - 90) AS events_before
    FROM points p JOIN daily_usage u
         ON u.account_key = p.account_key AND u.date <= p.as_of AND u.date > p.as_of - 180
    GROUP BY p.account_key, p.as_of
),
flagged AS (SELECT count(escalated) > 0 AS has_flag FROM tickets),
tix AS (
    SELECT p.account_key, p.as_of,
           count(t.ticket_id) FILTER (
               t.opened_at::DATE <= p.as_of
               AND (t.closed_at IS NULL OR t.closed_at::DATE > p.as_of)
               AND (t.escalated IS TRUE OR NOT (SELECT has_flag FROM flagged))
           ) AS open_escalations
    FROM points p LEFT JOIN tickets t ON t.account_key = p.account_key
    WHERE (SELECT count(*) FROM tickets) > 0
    GROUP BY p.account_key, p.as_of
),
srv AS (
    SELECT p.account_key, p.as_of,
           count(s.score) AS scored,
           count(*) FILTER (s.score >= 9) AS promoters,
           count(*) FILTER (s.score <= 6) AS detractors,
           count(s.recommend) AS answered,
           count(*) FILTER (s.recommend) AS yes
    FROM points p JOIN surveys s
         ON s.account_key = p.account_key AND s.date <= p.as_of AND s.date > p.as_of - 365
    GROUP BY p.account_key, p.as_of
),
pln AS (
    SELECT p.account_key, p.as_of, max(coalesce(pl.reviewed_on, pl.created_on)) AS last_review
    FROM points p JOIN plans pl
         ON pl.account_key = p.account_key AND coalesce(pl.reviewed_on, pl.created_on) <= p.as_of
    GROUP BY p.account_key, p.as_of
)
SELECT p.account_key, p.as_of, a.tier,
       eng.p90 / nullif(eng.all90, 0) AS proactive_share,
       (p.as_of - coalesce(eng.last_proactive, (SELECT first_day FROM eng_start)))::DOUBLE
           AS days_since_proactive,
       coalesce(use.latest_users, a.seats_active) / nullif(a.seats_purchased, 0) AS capacity_utilisation,
       coalesce(use.users_now / nullif(use.users_before, 0), use.events_now / nullif(use.events_before, 0))
           - 1 AS adoption_trend,
       tix.open_escalations::DOUBLE AS open_escalations,
       CASE WHEN srv.scored > 0 THEN 100.0 * (srv.promoters - srv.detractors) / srv.scored
            WHEN srv.answered > 0 THEN 100.0 * (2 * srv.yes - srv.answered) / srv.answered END AS nps,
       (a.renewal_date - p.as_of)::DOUBLE AS days_to_renewal,
       (p.as_of - pln.last_review)::DOUBLE AS plan_freshness
FROM points p
JOIN account_dim a USING (account_key)
LEFT JOIN eng USING (account_key, as_of)
LEFT JOIN use USING (account_key, as_of)
LEFT JOIN tix USING (account_key, as_of)
LEFT JOIN srv USING (account_key, as_of)
LEFT JOIN pln USING (account_key, as_of)
"""

# Running engagement counts per account and day, kept per data version (``ENGAGEMENT_DAYS_TABLE``).
ENGAGEMENT_DAYS = """
SELECT account_key, date,
       sum(count(*)) OVER upto AS all_upto,
       sum(count(*) FILTER (tag = 'proactive')) OVER upto AS proactive_upto,
       max(date) FILTER (count(*) FILTER (tag = 'proactive') > 0) OVER upto AS last_proactive
FROM engagements
WHERE account_key IS NOT NULL AND date IS NOT NULL
GROUP BY account_key, date
WINDOW upto AS (PARTITION BY account_key ORDER BY date ROWS UNBOUNDED PRECEDING)
"""
ENGAGEMENT_DAYS_TABLE = "health_engagement_days"

# Scoring reads each point's row of raw values once, measure by measure, in the scorecard's
# order; the enabled measures and the per-tier weights are bound as lists of structs (cfg.m and
# cfg.tw), so the measure number {i} and the column name are the only things written in.
MEASURE_SCORE = """CASE WHEN raw.{column} IS NULL THEN NULL
         WHEN cfg.m[{i}].method = 'linear' THEN greatest(0.0, least(100.0,
              100.0 * (raw.{column} - cfg.m[{i}].bad) / (cfg.m[{i}].good - cfg.m[{i}].bad)))
         WHEN cfg.m[{i}].direction = 'higher' THEN coalesce(list_sort(
              list_filter(cfg.m[{i}].steps, lambda s: s.t <= raw.{column}))[-1].score, 0.0)
         ELSE coalesce(list_sort(
              list_filter(cfg.m[{i}].steps, lambda s: s.t >= raw.{column}))[1].score, 0.0) END"""
MEASURE_WEIGHT = """coalesce(
         list_filter(cfg.tw, lambda w: w.tier = raw.tier AND w.key = cfg.m[{i}].key)[1].weight,
         cfg.m[{i}].weight)"""
MEASURE_ENTRY = """{{'measure': cfg.m[{i}].key, 'label': cfg.m[{i}].label, 'value': v{i},
          'score': s{i}, 'weight': w{i}}}"""

# One row per point: the overall score (Σ weight × score ÷ Σ weight over the measures with a
# value), the weakest measure (most points lost, the first listed on a tie) and the breakdown.
SCORES = """
WITH raw AS ({raw}),
cfg AS (SELECT $measures::STRUCT(key VARCHAR, label VARCHAR, idx INTEGER, weight DOUBLE, direction VARCHAR,
                        bad DOUBLE, good DOUBLE, method VARCHAR, steps STRUCT(t DOUBLE, score DOUBLE)[])[] AS m,
               $tier_weights::STRUCT(tier VARCHAR, key VARCHAR, weight DOUBLE)[] AS tw),
scored AS (
    SELECT raw.account_key, raw.as_of, {scores_and_weights}
    FROM raw, cfg
),
listed AS (
    SELECT account_key, as_of, [{entries}] AS entries FROM scored, cfg
),
valued AS (
    SELECT account_key, as_of, entries,
           list_filter(entries, lambda e: e.score IS NOT NULL) AS valued
    FROM listed
),
lost AS (
    SELECT *, list_transform(valued, lambda e: e.weight * (100 - e.score)) AS lost FROM valued
)
SELECT account_key, as_of,
       list_sum(list_transform(valued, lambda e: e.weight * e.score))
           / nullif(list_sum(list_transform(valued, lambda e: e.weight)), 0) AS score,
       CASE WHEN list_max(lost) > 0 THEN valued[list_position(lost, list_max(lost))].measure END
           AS weakest_measure,
       entries AS breakdown
FROM lost
"""


def _config(settings: Settings) -> tuple[list[dict], list[dict]]:
    measures = [
        {
            "key": m.key,
            "label": m.label,
            "idx": i,
            "weight": float(m.weight),
            "direction": m.direction,
            "bad": float(m.bad),
            "good": float(m.good),
            "method": m.method,
            "steps": [{"t": float(t), "score": float(s)} for t, s in m.steps] or [{"t": 0.0, "score": 0.0}],
        }
        for i, m in enumerate(settings.scorecard)
        if m.enabled
    ]
    tier_weights = [
        {"tier": tier, "key": key, "weight": float(w)}
        for tier, weights in settings.tier_weights.items()
        for key, w in weights.items()
    ] or [{"tier": "", "key": "", "weight": 0.0}]
    return measures, tier_weights


def band_case(settings: Settings, column: str = "score") -> tuple[str, dict[str, object]]:
    """CASE expression naming the band of ``column`` (NULL stays NULL), and its named values."""
    parts, params = [], {}
    for i, band in enumerate(settings.bands):
        parts.append(f"WHEN {column} >= $band_min_{i} THEN $band_name_{i}")
        params.update({f"band_min_{i}": float(band.min_score), f"band_name_{i}": band.name})
    parts.append(f"WHEN {column} IS NOT NULL THEN $lowest_band")
    params["lowest_band"] = settings.bands[-1].name
    return "CASE " + " ".join(parts) + " END", params


def scores_sql(
    settings: Settings, points: str, points_params: dict[str, object]
) -> tuple[str, dict[str, object]]:
    """SQL (and its named parameters) of one row per point: score, band, weakest measure, breakdown.

    ``points`` is a query returning ``account_key`` and ``as_of`` columns.
    """
    measures, tier_weights = _config(settings)
    measures = [m for m in measures if m["key"] in MEASURES]
    raw = RAW_VALUES.format(points=points)
    if not measures:  # validation forbids it, but a frame with no measures is still a frame
        raw = f"SELECT * FROM ({raw}) WHERE FALSE"
        measures = [{"key": "proactive_share", "label": "", "idx": 0, "weight": 0.0, "direction": "higher",
                     "bad": 0.0, "good": 1.0, "method": "linear", "steps": [{"t": 0.0, "score": 0.0}]}]  # fmt: skip
    numbered = [(i, quote_ident(m["key"])) for i, m in enumerate(measures, 1)]
    weight = MEASURE_WEIGHT if settings.tier_weights else "cfg.m[{i}].weight"  # no per-tier lookup to do
    scores_and_weights = ", ".join(
        f"{MEASURE_SCORE.format(i=i, column=column)} AS s{i}, {weight.format(i=i)} AS w{i}, raw.{column}::DOUBLE AS v{i}"
        for i, column in numbered
    )
    entries = ", ".join(MEASURE_ENTRY.format(i=i) for i, _ in numbered)
    body = SCORES.format(raw=raw, scores_and_weights=scores_and_weights, entries=entries)
    case, case_params = band_case(settings, "s.score")
    sql = f"""
        WITH s AS ({body})
        SELECT s.account_key, s.as_of, s.score, {case} AS band, s.weakest_measure, s.breakdown
        FROM s
    """
    return sql, named(
        sql, {**points_params, "measures": measures, "tier_weights": tier_weights, **case_params}
    )


# The filtered accounts that were customers on each of the dates bound as one DATE list ($dates).
POINTS_ON_DATES = f"""
SELECT a.account_key, d.as_of
FROM account_dim a, (SELECT unnest($dates::DATE[]) AS as_of) d
WHERE {{scope}} AND {customer_on("a", "d.as_of")}
"""

# Scores are kept per session in this temporary table, one row per (account_key, as_of) point,
# for the data version and settings in ``ws.caches[CACHE_KEY]``. Filters then select from it.
CACHE_TABLE = "health_score_cache"
CACHE_KEY = "health scores"
ENSURED_KEY = "health points scored"  # the point queries (and parameters) already scored
MISSING_TABLE = "health_points_to_score"
DAYS_KEY = "health engagement days built"  # ENGAGEMENT_DAYS_TABLE holds this version's counts
KEPT_VIEW = "health_kept_scores"  # scores another session kept, read into CACHE_TABLE
NOT_CACHED = f"ANTI JOIN {CACHE_TABLE} c USING (account_key, as_of)"
CACHE_COLUMNS = """account_key VARCHAR, as_of DATE, score DOUBLE, band VARCHAR, weakest_measure VARCHAR,
    breakdown STRUCT(measure VARCHAR, label VARCHAR, value DOUBLE, score DOUBLE, weight DOUBLE)[]"""
MISSING_POINTS = f"""
SELECT DISTINCT p.account_key, p.as_of FROM ({{points}}) p ANTI JOIN {CACHE_TABLE} c USING (account_key, as_of)
"""
CACHED_SCORES = f"SELECT c.* FROM {CACHE_TABLE} c SEMI JOIN ({{points}}) p USING (account_key, as_of)"


def _ensure_scored(ws: Workspace, points: str, params: dict[str, object]) -> None:
    """Score the points of ``points`` that the session's scored set does not hold yet.

    A request is known by its SQL and its named values, so other dates or filters are scored.
    """
    key = (ws.version, repr(ws.settings))
    if ws.caches.get(CACHE_KEY) != key:
        ws.con.execute(f"CREATE OR REPLACE TEMP TABLE {CACHE_TABLE} ({CACHE_COLUMNS})")
        ws.caches[CACHE_KEY] = key
        ws.caches[ENSURED_KEY] = set()
        ws.caches.pop(DAYS_KEY, None)
    done = ws.caches[ENSURED_KEY]
    assert isinstance(done, set)
    request = (points, repr(params))
    if request in done:
        return
    question = (CACHE_KEY, *request)
    kept = sample_copy.recall(ws, question)
    if kept is not None:  # scored by an earlier session on the same unchanged sample
        ws.con.complete()  # a result left half-read (``fetchone``) would make ``register`` refuse
        ws.con.register(KEPT_VIEW, kept)
        try:
            ws.con.execute(f"INSERT INTO {CACHE_TABLE} SELECT k.* FROM {KEPT_VIEW} k {NOT_CACHED}")
        finally:
            ws.con.unregister(KEPT_VIEW)
    else:
        ws.con.execute(
            f"CREATE OR REPLACE TEMP TABLE {MISSING_TABLE} AS {MISSING_POINTS.format(points=points)}", params
        )
        if ws.scalar(f"SELECT count(*) FROM {MISSING_TABLE}"):
            if not ws.caches.get(DAYS_KEY):
                ws.con.execute(f"CREATE OR REPLACE TEMP TABLE {ENGAGEMENT_DAYS_TABLE} AS {ENGAGEMENT_DAYS}")
                ws.caches[DAYS_KEY] = True
            missing, missing_params = scores_sql(ws.settings, f"SELECT * FROM {MISSING_TABLE}", {})
            ws.con.execute(f"INSERT INTO {CACHE_TABLE} {missing}", missing_params)
        if sample_copy.is_unchanged_copy(ws):
            ws.con.complete()  # likewise for reading Arrow out
            rows = ws.con.sql(CACHED_SCORES.format(points=points), params=params).to_arrow_table()
            sample_copy.keep(ws, question, rows)
    done.add(request)


def scored(
    ws: Workspace,
    points: str,
    params: dict[str, object],
    universe: tuple[str, dict[str, object]] | None = None,
) -> tuple[str, dict[str, object]]:
    """SQL (and its named values) of one row per point of ``points`` (as ``scores_sql``), read from
    the session's scored set. The points of ``universe`` (a wider query and its parameters, by
    default ``points`` itself) are scored first, so other filters later find theirs scored too.
    """
    _ensure_scored(ws, *(universe or (points, params)))
    return CACHED_SCORES.format(points=points), params


def _points(filters: Scope, dates: list[dt.date]) -> tuple[str, dict[str, object]]:
    points = POINTS_ON_DATES.format(scope=filters.account_filter("a.account_key"))
    return points, filters.bind(points, dates=list(dates))


def scores_on(
    ws: Workspace, filters: Scope, dates: list[dt.date], account_key: str | None = None
) -> tuple[str, dict[str, object]]:
    """Scores of the filtered customers on ``dates`` (SQL and named values), all customers being
    scored once; with ``account_key``, only that account is scored and selected."""
    if account_key is not None:
        points = POINTS_ON_DATES.format(scope="a.account_key = $account_key")
        return scored(ws, points, {"dates": list(dates), "account_key": account_key})
    points, params = _points(filters, dates)
    # The month ends of the view's history are scored with the first request: any page asks
    # for some of them, and scoring many dates at once costs little more than one.
    every_date = sorted({*dates, *month_ends(filters.day)})
    return scored(ws, points, params, universe=(POINTS_ON_DATES.format(scope="TRUE"), {"dates": every_date}))


ACCOUNT_SCORES = """
WITH sc AS ({scores})
SELECT a.account, a.account_key, a.tier, a.tier_rank, a.csm, a.arr, a.renewal_date,
       sc.score, coalesce(sc.band, $no_score_band) AS band, sc.weakest_measure{breakdown}
FROM sc JOIN account_dim a USING (account_key)
ORDER BY sc.score NULLS LAST, a.arr DESC NULLS LAST, a.account
"""

NO_SCORE_BAND = "No data"


def account_scores(
    ws: Workspace,
    filters: Scope,
    as_of: dt.date | None = None,
    account_key: str | None = None,
    breakdown: bool = True,
) -> pd.DataFrame:
    """Per filtered customer on ``as_of`` (or the one ``account_key``): account, tier, csm, arr,
    score, band, weakest measure, breakdown.

    ``breakdown=False`` leaves the breakdown out: at thousands of accounts, turning every
    account's list of measures into Python objects takes most of the time.
    """
    day = as_of or filters.day
    scores, all_params = scores_on(ws, filters, [day], account_key)
    sql = ACCOUNT_SCORES.format(scores=scores, breakdown=", sc.breakdown" if breakdown else "")
    df = ws.query(sql, named(sql, {**all_params, "no_score_band": NO_SCORE_BAND}))
    labels = {m.key: m.label for m in ws.settings.scorecard}
    df["weakest_label"] = df["weakest_measure"].map(labels)
    return df


BAND_DISTRIBUTION = """
WITH sc AS ({scores})
SELECT a.tier, a.tier_rank, coalesce(sc.band, $no_score_band) AS band_name, count(*) AS accounts,
       coalesce(sum(a.arr), 0) AS arr
FROM sc JOIN account_dim a USING (account_key)
GROUP BY a.tier, a.tier_rank, band_name
ORDER BY a.tier_rank, list_position($band_order, band_name)
"""


def band_distribution(ws: Workspace, filters: Scope, as_of: dt.date | None = None) -> pd.DataFrame:
    """Accounts and ARR per tier and band: columns tier, tier_rank, band, accounts, arr."""
    day = as_of or filters.day
    return ws.view_frame(
        ("band_distribution", repr(filters), day), lambda: _band_distribution(ws, filters, day)
    )


def _band_distribution(ws: Workspace, filters: Scope, day: dt.date) -> pd.DataFrame:
    scores, all_params = scores_on(ws, filters, [day])
    order = [b.name for b in ws.settings.bands] + [NO_SCORE_BAND]
    sql = BAND_DISTRIBUTION.format(scores=scores)
    df = ws.query(sql, named(sql, {**all_params, "no_score_band": NO_SCORE_BAND, "band_order": order}))
    return df.rename(columns={"band_name": "band"})


def month_ends(as_of: dt.date, months: int = 12) -> list[dt.date]:
    """The ``months`` month ends strictly before ``as_of``, oldest first, then ``as_of`` itself.

    2025-06-15 gives 2024-06-30, 2024-07-31, ... 2025-05-31, 2025-06-15; 2025-06-30 gives
    2024-06-30 ... 2025-05-31, 2025-06-30.
    """
    ends, day = [], as_of.replace(day=1) - dt.timedelta(days=1)
    for _ in range(months):
        ends.append(day)
        day = day.replace(day=1) - dt.timedelta(days=1)
    return ends[::-1] + [as_of]


HISTORY = """
WITH sc AS ({scores})
SELECT sc.as_of, a.account, a.account_key, a.tier, a.arr, sc.score, sc.band,
       sc.score - lag(sc.score) OVER (PARTITION BY sc.account_key ORDER BY sc.as_of) AS change
FROM sc JOIN account_dim a USING (account_key)
ORDER BY a.account, sc.as_of
"""


def history(
    ws: Workspace,
    filters: Scope,
    as_of: dt.date | None = None,
    months: int = 12,
    account_key: str | None = None,
) -> pd.DataFrame:
    """Each filtered account's (or the one ``account_key``'s) score at the last ``months`` month
    ends and on ``as_of``.

    Columns as_of, account, account_key, tier, arr, score, band, change (vs the previous point;
    an account appears only on dates when it was a customer).
    """
    day = as_of or filters.day
    scores, all_params = scores_on(ws, filters, month_ends(day, months), account_key)
    return ws.query(HISTORY.format(scores=scores), all_params)


BAND_HISTORY = """
WITH sc AS ({scores})
SELECT sc.as_of, coalesce(sc.band, $no_score_band) AS band_name, count(*) AS accounts, coalesce(sum(a.arr), 0) AS arr
FROM sc JOIN account_dim a USING (account_key)
GROUP BY sc.as_of, band_name
ORDER BY sc.as_of, list_position($band_order, band_name)
"""


def band_history(
    ws: Workspace, filters: Scope, as_of: dt.date | None = None, months: int = 12
) -> pd.DataFrame:
    """Accounts and ARR per band at each month end and on ``as_of``: columns as_of, band, accounts, arr."""
    day = as_of or filters.day
    scores, all_params = scores_on(ws, filters, month_ends(day, months))
    order = [b.name for b in ws.settings.bands] + [NO_SCORE_BAND]
    sql = BAND_HISTORY.format(scores=scores)
    df = ws.query(sql, named(sql, {**all_params, "no_score_band": NO_SCORE_BAND, "band_order": order}))
    return df.rename(columns={"band_name": "band"})


def arrow(change: float | None) -> str:
    """▲ for a rise of 1 point or more, ▼ for a fall of 1 or more, → otherwise, blank without data."""
    if change is None or pd.isna(change):
        return ""
    if change >= 1:
        return "▲"
    if change <= -1:
        return "▼"
    return "→"


def score_cells(scores: pd.Series, changes: pd.Series) -> pd.Series:
    """Each point's score rounded with its ``arrow`` ("72 ▲", "64"), blank without a score.

    Column at a time: a history of 10k accounts has 130k points, too many to format one by one.
    """
    arrows = pd.Series(
        np.select([changes >= 1, changes <= -1, changes.notna()], ["▲", "▼", "→"], default=""),
        index=changes.index,
    )
    has = scores.notna()
    numbers = scores[has].round().astype("int64").astype(str)
    cells = pd.Series("", index=scores.index, dtype="str")
    cells[has] = (numbers + " " + arrows[has]).str.rstrip()
    return cells


EARLY_WARNING = """
WITH sc AS ({scores}),
now AS (SELECT * FROM sc WHERE as_of = $day),
before AS (SELECT account_key, score AS previous_score FROM sc WHERE as_of = $previous)
SELECT a.account, a.tier, a.csm, a.arr, a.renewal_date, now.score, now.band,
       b.previous_score, now.score - b.previous_score AS change, now.weakest_measure,
       CASE WHEN now.band = $worst AND now.score - b.previous_score <= -$falling THEN 'at risk and falling'
            WHEN now.band = $worst THEN 'at risk'
            ELSE 'falling' END AS reason
FROM now JOIN account_dim a USING (account_key)
LEFT JOIN before b USING (account_key)
WHERE now.band = $worst OR now.score - b.previous_score <= -$falling
ORDER BY a.arr DESC NULLS LAST, now.score, a.account
LIMIT $first
"""


def early_warning(
    ws: Workspace, filters: Scope, as_of: dt.date | None = None, first: int | None = None
) -> pd.DataFrame:
    """Customers in the lowest band, or whose score fell by FALLING_POINTS or more since the last
    month end before ``as_of``, sorted by ARR at stake (largest first); only the ``first`` of them
    when given (a page that shows a few need not fetch them all).

    Columns account, tier, csm, arr, renewal_date, score, band, previous_score, change,
    weakest_measure, weakest_label, reason.
    """
    day = as_of or filters.day
    return ws.view_frame(
        ("early_warning", repr(filters), day, first), lambda: _early_warning(ws, filters, day, first)
    )


def _early_warning(ws: Workspace, filters: Scope, day: dt.date, first: int | None) -> pd.DataFrame:
    previous = month_ends(day, 1)[0]
    scores, all_params = scores_on(ws, filters, [previous, day])
    own = {
        "day": day,
        "previous": previous,
        "worst": ws.settings.bands[-1].name,
        "falling": FALLING_POINTS,
        "first": first,  # LIMIT NULL: every row
    }
    sql = EARLY_WARNING.format(scores=scores)
    df = ws.query(sql, named(sql, {**all_params, **own}))
    labels = {m.key: m.label for m in ws.settings.scorecard}
    df["weakest_label"] = df["weakest_measure"].map(labels)
    return df


def breakdown(row_breakdown) -> pd.DataFrame:
    """One account's breakdown as a table: measure, value, score, weight, points lost.

    Points lost = weight × (100 − score) ÷ Σ weights; they add up to 100 − the overall score.
    Measures without data are listed with no score and no weight.
    """
    df = pd.DataFrame(list(row_breakdown) if row_breakdown is not None else [])
    if df.empty:
        return pd.DataFrame(columns=["measure", "label", "value", "score", "weight", "points_lost"])
    has = df["value"].notna()
    df.loc[~has, ["score", "weight"]] = None
    total = df.loc[has, "weight"].sum()
    df["points_lost"] = (df["weight"] * (100 - df["score"]) / total) if total else None
    return df[["measure", "label", "value", "score", "weight", "points_lost"]]


def summary_section(ws: Workspace, filters: Scope) -> dict:
    """The CLI's ``"health"`` section: bands (accounts, ARR) and every account's score."""
    df = account_scores(ws, filters, breakdown=False)
    bands = []
    for name in [b.name for b in ws.settings.bands] + [NO_SCORE_BAND]:
        part = df[df["band"] == name]
        if name == NO_SCORE_BAND and part.empty:
            continue
        bands.append({"band": name, "accounts": int(len(part)), "arr": float(part["arr"].fillna(0).sum())})
    accounts = [
        {
            "account": r.account,
            "score": None if pd.isna(r.score) else round(float(r.score), 1),
            "band": r.band,
            "weakest_measure": None if pd.isna(r.weakest_measure) else r.weakest_measure,
        }
        for r in df.sort_values("account").itertuples(index=False)
    ]
    return {"bands": bands, "accounts": accounts}
