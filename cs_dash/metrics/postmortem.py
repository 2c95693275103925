"""The post-mortem of one fire: what it cost, what warned of it, and what prevention would have cost.

Seed 001 asks the leader to learn everything about the fire just put out — where it started, the
first warning signs, what the team did, how long each thing took and what it cost — and to set
that against what a proactive programme would have cost: the ounce of prevention against the
pound of cure.

A fire is either the reactive engagements that share a fire id, or a *burst*: reactive work
without a fire id on one account, at least ``BURST_MIN_ENGAGEMENTS`` engagements each no more
than ``BURST_GAP_DAYS`` days after the one before. A post-mortem covers the whole fire, whoever
worked on it; the filters only choose which fires are offered.

Warning signs are looked for in the ``LOOKBACK_DAYS`` before the fire's first engagement:

- health falling: the account's score (the leader's scorecard, computed as the data was at each
  month end) at least ``health.FALLING_POINTS`` below its highest earlier point in the months before;
- tickets: tickets opened in the look-back, when one was escalated or more were opened than in
  the same number of days before it;
- usage dropping: average daily active users in the look-back at least ``USAGE_DROP`` below the
  average of the same number of days before it;
- a poor survey: an answer of 0-6 or "would not recommend" in the look-back;
- no proactive touch in the look-back.

Prevention = the tier's programme per account per year (``cost.prevention``) × the calendar months
the fire spans ÷ 12.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from cs_dash.metrics import cost, facts, health
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

LOOKBACK_DAYS = 90
HEALTH_MONTHS = 6  # month ends before the fire whose scores are shown
BURST_GAP_DAYS = 14
BURST_MIN_ENGAGEMENTS = 3
USAGE_DROP = 0.10  # a fall of 10 % or more in average daily active users
POOR_SURVEY_SCORE = 6  # 0-6 is a detractor on the NPS scale


TIMELINE_DEFINITION = (
    "A fire = the reactive engagements that share a fire id, or a burst of reactive work without one on "
    "one account (3 or more engagements, each within 14 days of the one before). Top: the warning signs in "
    "the 90 days before it (health 10 points below an earlier peak, tickets up or escalated, daily active "
    "users down 10 % or more, a survey answer of 0-6 or 'would not recommend', no proactive touch). "
    "Middle: the account's health score at each month end, as the data was then. Bottom: the fire's cost "
    "per day (hours × each CSM's hourly rate), by engagement type; the shaded span is the fire."
)
PREVENTION_DEFINITION = (
    "Cure = the cost of the fire's reactive work (hours × each CSM's hourly rate). Prevention = the "
    "proactive programme for the account's tier (Cost of service) per account per year × the calendar "
    "months the fire spans ÷ 12, at the average rate of the CSMs who own that tier's accounts."
)


@dataclass(frozen=True)
class Fire:
    """One fire: a fire id, or a burst of reactive work without one on one account."""

    account_key: str
    account: str
    first_date: dt.date
    last_date: dt.date
    fire_id: str | None = None

    @property
    def label(self) -> str:
        if self.fire_id:
            return f"{self.fire_id} · {self.account}"
        return f"{self.account} · reactive work {self.first_date:%d %b %Y}–{self.last_date:%d %b %Y}"

    @property
    def months(self) -> int:
        """Calendar months the fire touches, counting the first and the last."""
        return (
            (self.last_date.year - self.first_date.year) * 12
            + self.last_date.month
            - self.first_date.month
            + 1
        )


# Fires by fire id, with their main account (the one with most engagements) and dates.
FIRE_IDS_SQL = """
SELECT f.fire AS fire_id,
       arg_max(a.account_key, n) AS account_key,
       arg_max(a.account, n) AS account,
       min(f.first_date)::DATE AS first_date,
       max(f.last_date)::DATE AS last_date
FROM (
    SELECT fire, aid, count(*) AS n, min(date) AS first_date, max(date) AS last_date
    FROM pr_facts WHERE tag = tag_code('reactive') AND fire IN (SELECT unnest($fire_ids::VARCHAR[])) GROUP BY fire, aid
) f JOIN pr_account a ON a.aid = f.aid
GROUP BY f.fire
"""

# Bursts of reactive work without a fire id: per account, an engagement more than the gap after
# the one before starts a new burst. Cost = hours × the CSM's rate, as everywhere.
BURSTS_SQL = """
WITH reactive AS (
    SELECT f.aid, f.date, f.duration_min, f.duration_min / 60.0 * c.hourly_rate AS cost
    FROM pr_facts f
    JOIN pr_csm kc ON kc.cid = f.cid
    LEFT JOIN csm_dim c ON c.csm_key = kc.csm_key
    WHERE f.tag = tag_code('reactive') AND f.fire IS NULL AND {where}
),
marked AS (
    SELECT *, CASE WHEN date - lag(date) OVER (PARTITION BY aid ORDER BY date) <= $gap_days THEN 0 ELSE 1 END AS starts
    FROM reactive
),
numbered AS (
    SELECT *, sum(starts) OVER (PARTITION BY aid ORDER BY date ROWS UNBOUNDED PRECEDING) AS burst FROM marked
)
SELECT a.account_key, a.account, min(n.date)::DATE AS first_date, max(n.date)::DATE AS last_date,
       count(*)::BIGINT AS engagements, sum(n.duration_min) / 60.0 AS hours, sum(n.cost) AS cost
FROM numbered n JOIN pr_account a ON a.aid = n.aid
GROUP BY a.account_key, a.account, n.burst
HAVING count(*) >= $min_engagements
ORDER BY cost DESC NULLS LAST, engagements DESC, a.account, first_date
LIMIT $limit
"""

# The fire's engagements: by fire id, or the account's reactive work without one between two dates.
FIRE_WORK_CTE = """
work AS (
    SELECT e.date::DATE AS date, e.account, e.csm,
           coalesce(nullif(trim(e.type), ''), 'Not recorded') AS type,
           e.duration_min, e.duration_min / 60.0 AS hours,
           e.duration_min / 60.0 * c.hourly_rate AS cost,
           c.rate_is_default, e.outcome, e.effectiveness
    FROM engagements e LEFT JOIN csm_dim c ON c.csm_key = e.csm_key
    WHERE e.tag = 'reactive' AND CASE
        WHEN $fire_id::VARCHAR IS NOT NULL THEN nullif(trim(e.fire_id), '') = $fire_id
        ELSE nullif(trim(e.fire_id), '') IS NULL AND e.account_key = $account_key
             AND e.date BETWEEN $first_date AND $last_date
    END
)"""

# The fire's work is read once into this session's temporary table, for the data version,
# settings and fire in ``ws.caches[WORK_KEY]``; the timeline and the work by type read it there.
WORK_TABLE = "postmortem_fire_work"
WORK_KEY = "postmortem fire work"
MATERIALISE_WORK_SQL = (
    f"CREATE OR REPLACE TEMP TABLE {WORK_TABLE} AS WITH " + FIRE_WORK_CTE + " SELECT * FROM work"
)

TIMELINE_SQL = f"SELECT * FROM {WORK_TABLE} ORDER BY date, csm, type"

BY_TYPE_SQL = f"""
SELECT type, count(*)::BIGINT AS engagements, sum(hours) AS hours, sum(cost) AS cost,
       avg(effectiveness) AS avg_effectiveness
FROM {WORK_TABLE} GROUP BY type ORDER BY cost DESC NULLS LAST, engagements DESC, type
"""

# The signs in the look-back window [$start - $days, $start) and the window before it.
TICKETS_SQL = """
SELECT count(*) FILTER (opened_at::DATE >= $start::DATE - $days) AS opened,
       count(*) FILTER (opened_at::DATE >= $start::DATE - $days AND escalated) AS escalated,
       count(*) FILTER (opened_at::DATE < $start::DATE - $days) AS opened_before,
       min(opened_at::DATE) FILTER (opened_at::DATE >= $start::DATE - $days) AS first_opened
FROM tickets
WHERE account_key = $account_key AND opened_at::DATE < $start AND opened_at::DATE >= $start::DATE - 2 * $days
"""

USAGE_SQL = """
WITH daily AS (
    SELECT date, max(active_users) AS users FROM usage
    WHERE account_key = $account_key AND date < $start AND date >= $start::DATE - 2 * $days
      AND active_users IS NOT NULL
    GROUP BY date
)
SELECT avg(users) FILTER (date >= $start::DATE - $days) AS users_now,
       avg(users) FILTER (date < $start::DATE - $days) AS users_before,
       min(date) FILTER (date >= $start::DATE - $days) AS first_date
FROM daily
"""

POOR_SURVEYS_SQL = """
SELECT date, score, recommend FROM surveys
WHERE account_key = $account_key AND date < $start AND date >= $start::DATE - $days
  AND (score <= $poor_score OR recommend = false)
ORDER BY date
"""

LAST_PROACTIVE_SQL = """
SELECT max(date)::DATE FROM engagements WHERE account_key = $account_key AND tag = 'proactive' AND date < $start
"""

# The account's health at the given dates, from the scorecard as the data was on each.
HEALTH_POINTS = "SELECT $account_key::VARCHAR AS account_key, unnest($dates::DATE[]) AS as_of"

TIER_SQL = "SELECT tier FROM account_dim WHERE account_key = $account_key"


def _day(value) -> dt.date:
    """A date from what pandas returns for a DATE column (a Timestamp)."""
    return pd.Timestamp(value).date()


def _work_params(fire: Fire) -> dict:
    return {
        "fire_id": fire.fire_id,
        "account_key": fire.account_key,
        "first_date": fire.first_date,
        "last_date": fire.last_date,
    }


def fires_by_id(ws: Workspace, fire_ids: list[str]) -> list[Fire]:
    """The fires with these fire ids, in that order; an id no reactive work carries is left out."""
    facts.ensure(ws)
    df = ws.query(FIRE_IDS_SQL, {"fire_ids": list(fire_ids)}).set_index("fire_id")
    return [
        Fire(
            str(r["account_key"]),
            str(r["account"]),
            _day(r["first_date"]),
            _day(r["last_date"]),
            str(fire_id),
        )
        for fire_id in fire_ids
        if fire_id in df.index
        for r in [df.loc[fire_id]]
    ]


def fire_by_id(ws: Workspace, fire_id: str) -> Fire | None:
    """The fire with this fire id, or None when no reactive work carries it."""
    found = fires_by_id(ws, [fire_id])
    return found[0] if found else None


def bursts(ws: Workspace, filters: Scope, limit: int = 15) -> pd.DataFrame:
    """The costliest bursts of reactive work without a fire id, for the filters in force."""
    sql = BURSTS_SQL.format(where=cost._where(ws, filters))
    own = {"gap_days": BURST_GAP_DAYS, "min_engagements": BURST_MIN_ENGAGEMENTS, "limit": limit}
    return ws.query(sql, filters.bind(sql, **own))


def choices(ws: Workspace, filters: Scope, costliest: pd.DataFrame) -> list[Fire]:
    """The fires a post-mortem can be made of: the costliest fires by id, then the costliest bursts."""
    fires = fires_by_id(ws, [str(f) for f in costliest.loc[~costliest["without_fire_id"], "fire"]])
    for row in bursts(ws, filters).itertuples():
        fires.append(Fire(str(row.account_key), str(row.account), _day(row.first_date), _day(row.last_date)))
    return fires


def _ensure_work(ws: Workspace, fire: Fire) -> None:
    """Read the fire's work unless this session already did for this data, these settings and this fire."""
    key = (ws.version, repr(ws.settings), fire)
    if ws.caches.get(WORK_KEY) != key:
        ws.con.execute(MATERIALISE_WORK_SQL, _work_params(fire))
        ws.caches[WORK_KEY] = key


def timeline(ws: Workspace, fire: Fire) -> pd.DataFrame:
    """Every engagement of the fire: date, account, csm, type, minutes, hours, cost, outcome."""
    _ensure_work(ws, fire)
    return ws.query(TIMELINE_SQL)


def by_type(ws: Workspace, fire: Fire) -> pd.DataFrame:
    """The fire's engagements per type: count, hours, cost and average effectiveness."""
    _ensure_work(ws, fire)
    return ws.query(BY_TYPE_SQL)


def health_before(ws: Workspace, fire: Fire) -> pd.DataFrame:
    """The account's score at the month ends before the fire and on the day before it started."""
    eve = fire.first_date - dt.timedelta(days=1)
    dates = health.month_ends(eve, HEALTH_MONTHS)
    sql, params = health.scored(ws, HEALTH_POINTS, {"account_key": fire.account_key, "dates": dates})
    df = ws.query(f"SELECT as_of, score, band FROM ({sql}) ORDER BY as_of", params)
    df["as_of"] = pd.to_datetime(df["as_of"]).dt.date
    return df


def _health_sign(scores: pd.DataFrame) -> dict | None:
    known = scores.dropna(subset=["score"]).reset_index(drop=True)
    for i in range(1, len(known)):
        peak = known["score"].iloc[:i].max()
        if peak - known["score"].iloc[i] >= health.FALLING_POINTS:
            last = known["score"].iloc[-1]
            return {
                "date": known["as_of"].iloc[i],
                "sign": "Health falling",
                "detail": f"score {peak:.0f} → {known['score'].iloc[i]:.0f}; {last:.0f} the day before the fire",
            }
    return None


def _window(fire: Fire) -> dict:
    """The look-back window's parameters: the account, the fire's first day and the days looked back."""
    return {"account_key": fire.account_key, "start": fire.first_date, "days": LOOKBACK_DAYS}


def _ticket_sign(ws: Workspace, fire: Fire) -> dict | None:
    if not ws.has("tickets"):
        return None
    days = LOOKBACK_DAYS
    opened, escalated, before, first = ws.con.execute(TICKETS_SQL, _window(fire)).fetchone() or (
        0,
        0,
        0,
        None,
    )
    if not opened or not (escalated or opened > before):
        return None
    return {
        "date": first,
        "sign": "Tickets",
        "detail": f"{opened} opened in the {days} days before ({escalated} escalated), {before} in the {days} before that",
    }


def _usage_sign(ws: Workspace, fire: Fire) -> dict | None:
    if not ws.has("usage"):
        return None
    days = LOOKBACK_DAYS
    now, before, first = ws.con.execute(USAGE_SQL, _window(fire)).fetchone() or (None, None, None)
    if now is None or not before or (before - now) / before < USAGE_DROP:
        return None
    return {
        "date": first,
        "sign": "Usage dropping",
        "detail": f"{now:,.1f} active users a day in the {days} days before, down {(before - now) / before:.0%} "
        f"from {before:,.1f}",
    }


def _survey_signs(ws: Workspace, fire: Fire) -> list[dict]:
    if not ws.has("surveys"):
        return []
    df = ws.query(POOR_SURVEYS_SQL, {**_window(fire), "poor_score": POOR_SURVEY_SCORE})
    signs = []
    for row in df.itertuples():
        answer = f"scored {row.score:.0f} of 10" if pd.notna(row.score) else "would not recommend"
        signs.append({"date": row.date, "sign": "Poor survey", "detail": answer})
    return signs


def _proactive_sign(ws: Workspace, fire: Fire) -> dict | None:
    last = ws.scalar(LAST_PROACTIVE_SQL, {"account_key": fire.account_key, "start": fire.first_date})
    window_start = fire.first_date - dt.timedelta(days=LOOKBACK_DAYS)
    if last is not None and last >= window_start:
        return None
    detail = (
        "no proactive engagement on record"
        if last is None
        else f"last proactive engagement {(fire.first_date - last).days} days before the fire"
    )
    return {"date": window_start, "sign": "No proactive touch", "detail": detail}


def warning_signs(ws: Workspace, fire: Fire, scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """The warning signs before the fire, earliest first: date, sign, detail."""
    scores = health_before(ws, fire) if scores is None else scores
    found = [_health_sign(scores), _ticket_sign(ws, fire), _usage_sign(ws, fire), _proactive_sign(ws, fire)]
    signs = [s for s in found if s] + _survey_signs(ws, fire)
    df = pd.DataFrame(signs, columns=["date", "sign", "detail"])
    if df.empty:
        return df
    df["date"] = pd.to_datetime(df["date"]).dt.date
    return df.sort_values(["date", "sign"], kind="stable").reset_index(drop=True)


@dataclass
class Report:
    """Everything a post-mortem shows of one fire."""

    fire: Fire
    scores: pd.DataFrame
    signs: pd.DataFrame
    work: pd.DataFrame
    kinds: pd.DataFrame
    summary: dict

    @property
    def lead_days(self) -> int | None:
        """Days from the first warning sign to the fire's first engagement."""
        return None if self.signs.empty else (self.fire.first_date - min(self.signs["date"])).days


def report(ws: Workspace, fire: Fire) -> Report:
    """The fire's post-mortem: health before it, warning signs, its work, by type, prevention vs cure."""
    scores = health_before(ws, fire)
    work = timeline(ws, fire)
    return Report(
        fire,
        scores,
        warning_signs(ws, fire, scores),
        work,
        by_type(ws, fire),
        prevention_vs_cure(ws, fire, work),
    )


def prevention_vs_cure(ws: Workspace, fire: Fire, work: pd.DataFrame | None = None) -> dict:
    """The fire's cost (cure) against the tier's programme over the months it spans (prevention).

    ``prevention`` is None when the account's tier has no programme; ``cure_to_prevention`` is None
    when either side is zero or unknown.
    """
    work = timeline(ws, fire) if work is None else work
    cure = float(work["cost"].sum()) if work["cost"].notna().any() else 0.0
    tier = ws.scalar(TIER_SQL, {"account_key": fire.account_key}) if ws.has("accounts") else None
    programme = cost.prevention(ws)
    row = programme[programme["tier"] == tier]
    per_year = float(row["crc_per_account"].iloc[0]) if len(row) else None
    hours_per_year = float(row["hours_per_year"].iloc[0]) if len(row) else None
    prevention = None if per_year is None else per_year * fire.months / 12
    return {
        "tier": tier,
        "months": fire.months,
        "cure": cure,
        "cure_hours": float(work["hours"].sum()),
        "engagements": len(work),
        "without_duration": int(work["duration_min"].isna().sum()),
        "prevention_per_year": per_year,
        "prevention": prevention,
        "prevention_hours": None if hours_per_year is None else hours_per_year * fire.months / 12,
        "cure_to_prevention": cure / prevention if prevention and cure else None,
    }
