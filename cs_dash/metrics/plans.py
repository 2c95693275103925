"""Account plans: each customer's success definition, the steps to it and what blocks it (SPEC §3, seed 002).

A plan is the rows of ``plans`` for one account. Across the customer base this module answers
how many accounts have a plan (coverage by tier), whether plans are kept alive (freshness against
monthly, quarterly and yearly reviews) and where blockers cluster (by dimension, tier and segment,
with the ARR they put at risk).
"""

from __future__ import annotations

import pandas as pd

from cs_dash.metrics.values import first_row, records
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

# Plan freshness: days since the plan was last touched (its latest reviewed_on, or created_on for
# items never reviewed, on or before "as of"). Monthly update, quarterly refresh, yearly plan.
FRESHNESS_BUCKETS = (
    (30, "Within 30 days"),
    (90, "31–90 days"),
    (365, "91–365 days"),
)
STALE = "Stale: over 365 days"
UNDATED = "Stale: no date"
FRESHNESS_ORDER = tuple(label for _, label in FRESHNESS_BUCKETS) + (STALE, UNDATED)
# The same buckets as stable keys for the CLI's JSON.
FRESHNESS_KEYS = dict(
    zip(FRESHNESS_ORDER, ("30_days", "90_days", "365_days", "stale", "undated"), strict=True)
)

KIND_SQL = """
CASE
    WHEN lower(trim(p.kind)) IN ('goal', 'goals', 'objective', 'success', 'success criteria', 'outcome')
        THEN 'goal'
    WHEN lower(trim(p.kind)) IN ('step', 'steps', 'action', 'task', 'milestone', 'initiative') THEN 'step'
    WHEN lower(trim(p.kind)) IN ('blocker', 'blockers', 'risk', 'issue', 'obstacle') THEN 'blocker'
    ELSE 'other'
END
"""

STATUS_SQL = """
CASE
    WHEN lower(trim(p.status)) IN ('done', 'complete', 'completed', 'closed', 'resolved', 'achieved',
                                   'finished') THEN 'done'
    WHEN lower(trim(p.status)) IN ('at risk', 'at-risk', 'at_risk', 'risk', 'blocked', 'red') THEN 'at risk'
    ELSE 'open'
END
"""

# Plan rows in scope as of "as of": items created later are not there yet, later reviews have
# not happened yet.
ITEMS_CTE = f"""
items AS (
    SELECT p.account_key, p.account, {KIND_SQL} AS kind, trim(p.kind) AS kind_as_written,
           trim(p.item) AS item,
           coalesce(nullif(trim(p.dimension), ''), 'Unclassified') AS dimension,
           {STATUS_SQL} AS status, p.owner, p.due_date, p.created_on,
           CASE WHEN p.reviewed_on <= $as_of THEN p.reviewed_on END AS reviewed_on
    FROM plans p
    WHERE p.account_key IS NOT NULL AND (p.created_on IS NULL OR p.created_on <= $as_of) AND {{accounts}}
)
"""

PLAN_ACCOUNTS_SQL = """
WITH {items},
per_account AS (
    SELECT i.account_key,
           coalesce(any_value(a.account), mode(i.account)) AS account,
           any_value(a.tier) AS tier, any_value(a.tier_rank) AS tier_rank,
           any_value(a.segment) AS segment, any_value(a.arr) AS arr, any_value(a.csm) AS csm,
           string_agg(i.item, ' · ' ORDER BY i.item) FILTER (WHERE i.kind = 'goal') AS success_definition,
           count(*) FILTER (WHERE i.kind = 'step') AS steps,
           count(*) FILTER (WHERE i.kind = 'step' AND i.status = 'done') AS steps_done,
           count(*) FILTER (WHERE i.kind = 'blocker' AND i.status <> 'done') AS open_blockers,
           count(*) FILTER (WHERE i.status = 'at risk') AS items_at_risk,
           max(coalesce(i.reviewed_on, i.created_on)) AS last_reviewed
    FROM items i LEFT JOIN account_dim a USING (account_key)
    GROUP BY i.account_key
)
SELECT *, date_diff('day', last_reviewed, CAST($as_of AS DATE)) AS days_since_review,
       CASE WHEN last_reviewed IS NULL THEN $undated
            WHEN date_diff('day', last_reviewed, CAST($as_of AS DATE)) <= $bucket_days_0 THEN $bucket_label_0
            WHEN date_diff('day', last_reviewed, CAST($as_of AS DATE)) <= $bucket_days_1 THEN $bucket_label_1
            WHEN date_diff('day', last_reviewed, CAST($as_of AS DATE)) <= $bucket_days_2 THEN $bucket_label_2
            ELSE $stale END AS freshness
FROM per_account
"""

ACCOUNT_PLAN_SQL = """
WITH {items}
SELECT kind, item, dimension, status, owner, due_date, created_on, reviewed_on, kind_as_written
FROM items
WHERE account_key = $account_key
ORDER BY list_position(['goal', 'step', 'blocker', 'other'], kind), due_date NULLS LAST, item
"""

FRESHNESS_SQL = """
WITH plans_now AS ({plan_accounts}),
buckets AS (SELECT unnest(CAST($bucket_order AS VARCHAR[])) AS freshness)
SELECT b.freshness, list_position($bucket_order, b.freshness) AS bucket_order,
       count(p.account_key) AS plans, coalesce(sum(p.arr), 0) AS arr
FROM buckets b LEFT JOIN plans_now p USING (freshness)
GROUP BY ALL
ORDER BY bucket_order
"""

# Coverage over the customers on the as-of date: an account has a plan when it has at least one
# plan row by then.
COVERAGE_SQL = """
WITH {items},
planned AS (SELECT DISTINCT account_key FROM items)
SELECT coalesce(a.tier, 'All tiers') AS tier, coalesce(a.tier_rank, 999) AS tier_rank,
       count(*) AS accounts,
       count(p.account_key) AS with_plan,
       count(p.account_key) / count(*) AS coverage,
       coalesce(sum(a.arr), 0) AS arr,
       coalesce(sum(a.arr) FILTER (WHERE p.account_key IS NOT NULL), 0) AS arr_with_plan
FROM account_dim a LEFT JOIN planned p USING (account_key)
WHERE {customers}
GROUP BY GROUPING SETS ((a.tier, a.tier_rank), ())
HAVING count(*) > 0
ORDER BY tier_rank
"""

# Blockers not yet done, per dimension (and per tier or segment): how many, on how many accounts,
# and the ARR of those accounts (each account's ARR counted once per group). Dimensions match
# case-insensitively; the label is the spelling that sorts first ("People" before "people").
BLOCKERS_SQL = """
WITH {items},
blockers AS (
    SELECT i.account_key, lower(i.dimension) AS dimension_key, i.dimension,
           {group_expr} AS grp, a.arr
    FROM items i LEFT JOIN account_dim a USING (account_key)
    WHERE i.kind = 'blocker' AND ({status_filter})
),
per_account AS (
    SELECT dimension_key, grp, account_key, count(*) AS blockers, any_value(arr) AS arr
    FROM blockers GROUP BY ALL
),
labels AS (
    SELECT dimension_key, min(dimension) AS dimension FROM blockers GROUP BY dimension_key
)
SELECT l.dimension, p.grp AS "group",
       CAST(sum(p.blockers) AS BIGINT) AS blockers, count(*) AS accounts, coalesce(sum(p.arr), 0) AS arr_affected
FROM per_account p JOIN labels l USING (dimension_key)
GROUP BY ALL
ORDER BY arr_affected DESC, blockers DESC, l.dimension, "group"
"""

GROUPS = {
    None: "'All accounts'",
    "tier": "coalesce(a.tier, 'Not in accounts')",
    "segment": "coalesce(a.segment, 'No segment')",
}


def _items(filters: Scope) -> str:
    return ITEMS_CTE.format(accounts=filters.account_filter("p.account_key"))


def _plan_accounts_sql(filters: Scope) -> str:
    return PLAN_ACCOUNTS_SQL.format(items=_items(filters))


def _bucket_values() -> dict[str, object]:
    """The freshness buckets' names for ``PLAN_ACCOUNTS_SQL``: $bucket_days_0, $bucket_label_0, …"""
    values: dict[str, object] = {"undated": UNDATED, "stale": STALE, "bucket_order": list(FRESHNESS_ORDER)}
    for i, (days, label) in enumerate(FRESHNESS_BUCKETS):
        values.update({f"bucket_days_{i}": days, f"bucket_label_{i}": label})
    return values


def plan_accounts(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """One row per account with a plan: goals, step progress, open blockers, last review, freshness."""
    sql = f"SELECT * FROM ({_plan_accounts_sql(filters)}) ORDER BY tier_rank NULLS LAST, arr DESC NULLS LAST, account"
    return ws.query(sql, filters.bind(sql, **_bucket_values()))


def account_plan(ws: Workspace, filters: Scope, account_key: str) -> pd.DataFrame:
    """One account's plan: goals first, then steps, blockers and any rows of another kind."""
    sql = ACCOUNT_PLAN_SQL.format(items=_items(filters))
    return ws.query(sql, filters.bind(sql, account_key=account_key))


def coverage_by_tier(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Share of customers (and of their ARR) with a plan, per tier and over all tiers."""
    sql = COVERAGE_SQL.format(items=_items(filters), customers=filters.customer_filter("a"))
    return ws.query(sql, filters.bind(sql))


def freshness(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """How many plans (and how much ARR) fall in each freshness bucket, in bucket order."""
    sql = FRESHNESS_SQL.format(plan_accounts=_plan_accounts_sql(filters))
    return ws.query(sql, filters.bind(sql, **_bucket_values()))


def stale_plans(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Plans not reviewed for over 365 days or never dated, the largest ARR first."""
    sql = (
        f"SELECT * FROM ({_plan_accounts_sql(filters)}) WHERE freshness IN ($stale, $undated) "
        "ORDER BY arr DESC NULLS LAST, account"
    )
    return ws.query(sql, filters.bind(sql, **_bucket_values()))


def blockers_by_dimension(
    ws: Workspace, filters: Scope, by: str | None = None, include_done: bool = False
) -> pd.DataFrame:
    """Blockers per dimension (optionally split by ``by`` = "tier" or "segment"), with ARR affected."""
    if by not in GROUPS:
        raise ValueError(f"Blockers can be grouped by tier or segment, not {by!r}.")
    sql = BLOCKERS_SQL.format(
        items=_items(filters),
        group_expr=GROUPS[by],
        status_filter="TRUE" if include_done else "i.status <> 'done'",
    )
    return ws.query(sql, filters.bind(sql))


def summary_section(ws: Workspace, filters: Scope) -> dict:
    """Plan coverage, freshness and blockers by dimension, for the CLI's JSON."""
    coverage = coverage_by_tier(ws, filters)
    total = first_row(coverage[coverage["tier"] == "All tiers"])
    fresh = freshness(ws, filters)
    return {
        "coverage": {
            "accounts": total.get("accounts", 0),
            "with_plan": total.get("with_plan", 0),
            "share": total.get("coverage"),
            "by_tier": records(
                coverage[coverage["tier"] != "All tiers"], ["tier", "accounts", "with_plan", "coverage"]
            ),
        },
        "freshness": {FRESHNESS_KEYS[row["freshness"]]: row["plans"] for row in records(fresh)},
        "blockers_by_dimension": records(
            blockers_by_dimension(ws, filters), ["dimension", "blockers", "accounts", "arr_affected"]
        ),
    }
