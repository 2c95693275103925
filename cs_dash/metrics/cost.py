"""What the team's work costs, and whether prevention would be cheaper than firefighting.

Cost of an engagement = duration in hours × the CSM's hourly rate (``csm_dim.hourly_rate``; a
CSM with no rate gets the default, flagged ``rate_is_default``). Engagements without a duration
are counted and reported, never costed as zero. Firefighting cost = the cost of reactive work,
per fire (``fire_id``) when the tracker has one, per account otherwise.

The prevention estimate (CRC, customer retention cost) per account per year comes from the
leader's programme: for each tier, Σ(touches per year × minutes) ÷ 60 × the tier's rate, where
the tier's rate is the plain average of the hourly rates of the CSMs who own that tier's
accounts (each CSM counted once, whatever their book size), or the default rate when no owner
is known. It is an estimate of who would do the work, so it ignores the page's CSM filter.

Actual costs are annualised over the date range in force: its start (or the first engagement
in the data) to its end (or the as-of date, or the last engagement).
"""

from __future__ import annotations

import pandas as pd

from cs_dash.metrics import facts
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

DAYS_PER_YEAR = 365  # a 365-day range is one year
NO_FIRE_ID = "No fire id"  # the fire label of an account's reactive work that has no fire id

# The filtered engagements summed per CSM × account × type × tag × fire (small integer codes, see
# ``facts``), then costed: a CSM's rate applies to all their minutes, so cost = Σ minutes ÷ 60 × rate.
COSTED_CTE = """
cells AS (
    SELECT f.cid, f.aid, f.tid, f.tag, f.fire,
           count(*) AS engagements,
           count(f.duration_min) AS with_duration,
           sum(f.duration_min) AS minutes,
           sum(f.effectiveness) AS effectiveness_sum,
           count(f.effectiveness) AS effectiveness_n,
           min(f.date) AS first_date,
           max(f.date) AS last_date
    FROM pr_facts f
    WHERE {where}
    GROUP BY f.cid, f.aid, f.tid, f.tag, f.fire
),
costed AS (
    SELECT x.*,
           ka.account_key,
           coalesce(a.account, ka.account) AS account,
           coalesce(a.tier, 'No tier') AS tier,
           coalesce(c.csm, kc.csm) AS csm,
           t.type,
           c.hourly_rate AS rate,
           c.rate_is_default,
           x.minutes / 60.0 AS hours,
           x.minutes / 60.0 * c.hourly_rate AS cost
    FROM cells x
    JOIN pr_csm kc ON kc.cid = x.cid
    JOIN pr_account ka ON ka.aid = x.aid
    JOIN pr_type t ON t.tid = x.tid
    LEFT JOIN csm_dim c ON c.csm_key = kc.csm_key
    LEFT JOIN account_dim a ON a.account_key = ka.account_key
)"""

# The costed cells are built once per data version and filters into this session's temporary
# table (``ws.caches[COSTED_KEY]`` says for which), and every statement below reads them from it.
COSTED_TABLE = "cost_costed_cells"
COSTED_KEY = "cost costed cells"
MATERIALISE_SQL = (
    f"CREATE OR REPLACE TEMP TABLE {COSTED_TABLE} AS WITH " + COSTED_CTE + " SELECT * FROM costed"
)
FROM_COSTED = f"costed AS (SELECT * FROM {COSTED_TABLE})"

GROUPS = {
    "type": "type",
    "csm": "csm",
    "account": "account",
    "tier": "tier",
    "tag": "tag_label(tag)",
}

BREAKDOWN_SQL = (
    "WITH "
    + FROM_COSTED
    + """
SELECT {group_expr} AS "group",
       sum(engagements)::BIGINT AS engagements,
       sum(with_duration)::BIGINT AS with_duration,
       sum(engagements - with_duration)::BIGINT AS without_duration,
       sum(hours) AS hours,
       sum(minutes) / nullif(sum(with_duration), 0) AS avg_minutes,
       sum(effectiveness_sum) / nullif(sum(effectiveness_n), 0) AS avg_effectiveness,
       sum(cost) AS cost,
       sum(cost) FILTER (WHERE tag = tag_code('reactive')) AS firefighting_cost,
       sum(cost) FILTER (WHERE tag = tag_code('proactive')) AS proactive_cost,
       coalesce(bool_or(rate_is_default AND with_duration > 0), false) AS uses_default_rate
FROM costed
GROUP BY 1
ORDER BY cost DESC NULLS LAST, engagements DESC, 1
"""
)

BY_CSM_SQL = (
    "WITH "
    + FROM_COSTED
    + """
SELECT csm, coalesce(sum(hours), 0) AS hours, coalesce(sum(cost), 0) AS cost,
       any_value(rate) AS rate, any_value(rate_is_default) AS rate_is_default,
       sum(engagements - with_duration)::BIGINT AS without_duration
FROM costed
GROUP BY csm
ORDER BY lower(csm)
"""
)

# Reactive work grouped into fires: by fire_id where given, else the account's reactive work.
FIRES_SQL = (
    "WITH "
    + FROM_COSTED
    + """,
fires AS (
    SELECT * FROM costed WHERE tag = tag_code('reactive')
)
SELECT coalesce(f.fire, $no_fire_id) AS fire,
       arg_max(f.account, f.engagements) AS account,
       min(f.first_date) AS first_date,
       max(f.last_date) AS last_date,
       sum(f.engagements)::BIGINT AS engagements,
       sum(f.hours) AS hours,
       sum(f.cost) AS cost,
       sum(f.engagements - f.with_duration)::BIGINT AS without_duration,
       CASE WHEN NOT $has_accounts THEN 'Unknown'
            WHEN bool_or(a.status = 'churned') THEN 'Churned'
            ELSE 'Still a customer' END AS outcome,
       any_value(a.arr) AS arr
FROM fires f
LEFT JOIN account_dim a ON a.account_key = f.account_key
GROUP BY f.fire, CASE WHEN f.fire IS NULL THEN f.account_key END
ORDER BY cost DESC NULLS LAST, engagements DESC, fire
LIMIT $limit
"""
)

# The prevention programme per tier: hours per account per year × the tier owners' average rate.
PREVENTION_CTE = """
programme AS (
    SELECT unnest($programme_tiers::VARCHAR[]) AS tier, unnest($programme_per_year::DOUBLE[]) AS per_year,
           unnest($programme_minutes::DOUBLE[]) AS minutes
),
programme_hours AS (
    SELECT tier, sum(per_year) AS touches_per_year, sum(per_year * minutes) / 60.0 AS hours_per_year
    FROM programme GROUP BY tier
),
owner_rates AS (
    SELECT o.tier, avg(c.hourly_rate) AS rate, bool_and(c.rate_is_default) AS all_default
    FROM (SELECT DISTINCT tier, csm_key FROM account_dim WHERE csm_key IS NOT NULL) o
    JOIN csm_dim c ON c.csm_key = o.csm_key
    GROUP BY o.tier
),
prevention AS (
    SELECT h.tier, h.touches_per_year, h.hours_per_year,
           coalesce(r.rate, $default_rate) AS rate,
           coalesce(r.all_default, true) AS rate_is_default,
           h.hours_per_year * coalesce(r.rate, $default_rate) AS crc_per_account
    FROM programme_hours h LEFT JOIN owner_rates r ON r.tier = h.tier
)"""

PREVENTION_SQL = "WITH " + PREVENTION_CTE + " SELECT * FROM prevention ORDER BY tier"

ACCOUNTS_SQL = (
    "WITH "
    + FROM_COSTED
    + ","
    + PREVENTION_CTE
    + """,
per_account AS (
    SELECT account_key,
           sum(engagements)::BIGINT AS engagements,
           sum(engagements - with_duration)::BIGINT AS without_duration,
           sum(cost) AS cost,
           coalesce(sum(cost) FILTER (WHERE tag = tag_code('reactive')), 0) AS firefighting
    FROM costed GROUP BY account_key
)
SELECT a.account, a.tier, a.tier_rank, a.csm AS owner, a.arr, a.cac, a.status,
       coalesce(p.engagements, 0) AS engagements,
       coalesce(p.without_duration, 0) AS without_duration,
       coalesce(p.cost, 0) AS cost,
       coalesce(p.firefighting, 0) AS firefighting,
       coalesce(p.cost, 0) / $years AS cs_cost_per_year,
       coalesce(p.firefighting, 0) / $years AS firefighting_per_year,
       v.crc_per_account AS prevention_per_year,
       (coalesce(p.cost, 0) / $years) / nullif(a.arr, 0) AS cs_cost_share_of_arr,
       v.crc_per_account / nullif(a.cac, 0) AS crc_to_cac
FROM account_dim a
LEFT JOIN per_account p ON p.account_key = a.account_key
LEFT JOIN prevention v ON v.tier = a.tier
WHERE p.account_key IS NOT NULL OR ({account_clause})
"""
)

TIERS_SQL = (
    "WITH acc AS ("
    + ACCOUNTS_SQL
    + """)
SELECT tier, min(tier_rank) AS tier_rank,
       count(*) AS accounts,
       sum(arr) AS arr,
       sum(firefighting_per_year) AS firefighting_per_year,
       any_value(prevention_per_year) AS prevention_per_account,
       sum(prevention_per_year) AS prevention_per_year,
       sum(cs_cost_per_year) AS cs_cost_per_year,
       sum(cs_cost_per_year) / nullif(sum(arr), 0) AS cs_cost_share_of_arr,
       avg(cac) AS avg_cac,
       any_value(prevention_per_year) / nullif(avg(cac), 0) AS crc_to_cac
FROM acc
GROUP BY tier
ORDER BY tier_rank NULLS LAST, tier
"""
)


def _where(ws: Workspace, filters: Scope) -> str:
    """The filters as a condition on the compact engagements ``f`` (built first if need be)."""
    facts.ensure(ws)
    return facts.fact_filter(filters, alias="f")


def ensure_costed(ws: Workspace, filters: Scope) -> None:
    """Cost the filtered engagements unless this session already did for this data and these filters."""
    key = (ws.version, repr(filters))
    if ws.caches.get(COSTED_KEY) == key:
        return
    sql = MATERIALISE_SQL.format(where=_where(ws, filters))
    ws.con.execute(sql, filters.bind(sql))
    ws.caches[COSTED_KEY] = key


def breakdown(ws: Workspace, filters: Scope, by: str | None = None) -> pd.DataFrame:
    """Volume, hours, average minutes and effectiveness, cost and firefighting cost per group."""
    group_expr = GROUPS[by] if by else "'All'"
    ensure_costed(ws, filters)
    return ws.query(BREAKDOWN_SQL.format(group_expr=group_expr))


def totals(ws: Workspace, filters: Scope) -> dict:
    """Headline cost numbers; money is 0.0 when nothing could be costed (see ``without_duration``)."""
    df = breakdown(ws, filters)
    if df.empty:
        return {
            "engagements": 0,
            "without_duration": 0,
            "hours": 0.0,
            "cost": 0.0,
            "firefighting": 0.0,
            "proactive": 0.0,
            "firefighting_share": None,
            "uses_default_rate": False,
        }
    row = df.iloc[0]
    cost = _money(row["cost"])
    firefighting = _money(row["firefighting_cost"])
    return {
        "engagements": int(row["engagements"]),
        "without_duration": int(row["without_duration"]),
        "hours": _money(row["hours"]),
        "cost": cost,
        "firefighting": firefighting,
        "proactive": _money(row["proactive_cost"]),
        "firefighting_share": firefighting / cost if cost > 0 else None,
        "uses_default_rate": bool(row["uses_default_rate"]),
    }


RATES_SQL = """
SELECT c.csm, c.hourly_rate, c.rate_is_default, count(e.csm_key) AS engagements
FROM csm_dim c LEFT JOIN engagements e ON e.csm_key = c.csm_key
GROUP BY c.csm, c.hourly_rate, c.rate_is_default
ORDER BY lower(c.csm)
"""
# The rates depend on the data and the settings only, not on the filters: kept per data version.
RATES_KEY = "cost rates"


def rates(ws: Workspace) -> pd.DataFrame:
    """Each CSM's hourly rate, whether it is the default, and how many engagements they logged."""
    key = (ws.version, repr(ws.settings))
    kept = ws.caches.get(RATES_KEY)
    if not isinstance(kept, tuple) or kept[0] != key:
        kept = (key, ws.query(RATES_SQL))
        ws.caches[RATES_KEY] = kept
    return kept[1].copy()  # the caller's changes stay its own


def fires(ws: Workspace, filters: Scope, limit: int = 15) -> pd.DataFrame:
    """The costliest fires (or accounts' reactive work, where no fire id), with the account's outcome."""
    ensure_costed(ws, filters)
    own = {"no_fire_id": NO_FIRE_ID, "has_accounts": ws.has("accounts"), "limit": limit}
    return ws.query(FIRES_SQL, own)


def _programme_params(ws: Workspace) -> dict[str, object]:
    touches = ws.settings.programme
    return {
        "programme_tiers": [t.tier for t in touches],
        "programme_per_year": [float(t.per_year) for t in touches],
        "programme_minutes": [float(t.minutes) for t in touches],
        "default_rate": float(ws.settings.default_hourly_rate),
    }


def prevention(ws: Workspace) -> pd.DataFrame:
    """Per tier of the programme: touches and hours per account per year, the rate, and the CRC."""
    return ws.query(PREVENTION_SQL, _programme_params(ws))


def period_years(ws: Workspace, filters: Scope) -> float | None:
    """The length of the date range in years (the annualising divisor), or None without data."""
    first, last = ws.con.execute("SELECT min(date), max(date) FROM engagements").fetchone() or (None, None)
    start = filters.date_from or first
    end = filters.period_end or last
    if start is None or end is None or end < start:
        return None
    return ((end - start).days + 1) / DAYS_PER_YEAR


def per_account(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Per account: actual cost and firefighting (total and per year), CRC, cost as % of ARR, CRC ÷ CAC."""
    return _accounts_query(ws, filters, ACCOUNTS_SQL + " ORDER BY firefighting DESC, cost DESC, a.account")


def per_tier(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Per tier: firefighting per year against the prevention estimate, CS cost and its share of ARR."""
    return _accounts_query(ws, filters, TIERS_SQL)


def _accounts_query(ws: Workspace, filters: Scope, sql: str) -> pd.DataFrame:
    ensure_costed(ws, filters)
    sql = sql.format(account_clause=filters.account_filter("a.account_key"))
    return ws.query(sql, filters.bind(sql, **_programme_params(ws), years=period_years(ws, filters)))


def summary_section(ws: Workspace, filters: Scope) -> dict:
    """The CLI's "cost" JSON section for the given filters."""
    total = totals(ws, filters)
    ensure_costed(ws, filters)
    by_csm = ws.query(BY_CSM_SQL)
    return {
        "total": total["cost"],
        "firefighting": total["firefighting"],
        "proactive": total["proactive"],
        "hours": total["hours"],
        "engagements_without_duration": total["without_duration"],
        "by_csm": [
            {
                "csm": str(row["csm"]),
                "hours": float(row["hours"]),
                "cost": round(float(row["cost"]), 2),
                "rate": float(row["rate"]),
                "rate_is_default": bool(row["rate_is_default"]),
            }
            for _, row in by_csm.iterrows()
        ],
    }


def _money(value) -> float:
    return 0.0 if value is None or pd.isna(value) else round(float(value), 2)


def years_label(years: float | None) -> str:
    """How long the costed period is, in words."""
    if years is None:
        return "no dated engagements"
    days = round(years * DAYS_PER_YEAR)
    return f"{days} days" if days < 365 else f"{years:.1f} years"
