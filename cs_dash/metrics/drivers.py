"""Influence drivers: how onboarding went and how adoption grows afterwards (SPEC §3, seed 003).

Outcomes (renewals, churn) arrive too late to act on; these drivers are measured during the
journey. Onboarding drivers come from the account dates, first-month usage and go-live surveys;
nurturing drivers from usage, seats, tickets and surveys over time. Every function takes the
sidebar's ``Scope`` and honours its "as of" date: nothing dated after it is counted.
"""

from __future__ import annotations

import pandas as pd

from cs_dash.metrics.values import first_row
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

# Days after go-live that count as "at go-live" for initial adoption and go-live satisfaction.
GO_LIVE_WINDOW_DAYS = 30
COHORT_GRAINS = ("month", "quarter")

# --------------------------------------------------------------------------- onboarding

# One row per account with at least one onboarding date on or before "as of". Dates after
# "as of" have not happened yet and read as missing.
# Initial adoption: the highest active_users of any usage period dated in [go-live, go-live + 30
# days] divided by seats purchased. Go-live satisfaction: survey answers dated in the same window;
# % recommend over answers with a yes/no, NPS over answers with a 0-10 score.
ONBOARDING_ACCOUNTS_SQL = """
WITH dated AS (
    SELECT account_key, account, tier, tier_rank, segment, seats_purchased,
           CASE WHEN subscribed_on <= $as_of THEN subscribed_on END AS subscribed_on,
           CASE WHEN provisioned_on <= $as_of THEN provisioned_on END AS provisioned_on,
           CASE WHEN go_live_on <= $as_of THEN go_live_on END AS go_live_on
    FROM account_dim
    WHERE {accounts} AND {cohorts}
),
acc AS (
    SELECT * FROM dated WHERE coalesce(subscribed_on, provisioned_on, go_live_on) IS NOT NULL
),
first_30_days AS (
    SELECT u.account_key, max(u.active_users) AS initial_active_users
    FROM usage u JOIN acc a USING (account_key)
    WHERE u.date BETWEEN a.go_live_on AND a.go_live_on + $go_live_days AND u.date <= $as_of
    GROUP BY u.account_key
),
go_live_answers AS (
    SELECT s.account_key,
           count(s.recommend) AS recommend_answers,
           count(*) FILTER (WHERE s.recommend) AS recommend_yes,
           count(s.score) AS scored_answers,
           count(*) FILTER (WHERE s.score >= 9) AS promoters,
           count(*) FILTER (WHERE s.score <= 6) AS detractors
    FROM surveys s JOIN acc a USING (account_key)
    WHERE s.date BETWEEN a.go_live_on AND a.go_live_on + $go_live_days AND s.date <= $as_of
    GROUP BY s.account_key
)
SELECT a.account, a.tier, a.tier_rank, a.segment,
       CAST(date_trunc('month', a.subscribed_on) AS DATE) AS cohort,
       a.subscribed_on, a.provisioned_on, a.go_live_on,
       date_diff('day', a.subscribed_on, a.provisioned_on) AS days_to_provision,
       date_diff('day', a.provisioned_on, a.go_live_on) AS days_to_value,
       a.seats_purchased,
       f.initial_active_users,
       f.initial_active_users / nullif(a.seats_purchased, 0) AS initial_adoption,
       coalesce(g.recommend_answers, 0) AS recommend_answers,
       coalesce(g.recommend_yes, 0) AS recommend_yes,
       coalesce(g.scored_answers, 0) AS scored_answers,
       coalesce(g.promoters, 0) AS promoters,
       coalesce(g.detractors, 0) AS detractors,
       g.recommend_yes / nullif(g.recommend_answers, 0) AS go_live_recommend,
       100.0 * (g.promoters - g.detractors) / nullif(g.scored_answers, 0) AS go_live_nps
FROM acc a
LEFT JOIN first_30_days f USING (account_key)
LEFT JOIN go_live_answers g USING (account_key)
"""

# Per subscription-month cohort: medians over the accounts that have each value; satisfaction
# pooled over the cohort's answers (not an average of account percentages).
ONBOARDING_SUMMARY_SQL = """
WITH per_account AS ({per_account})
SELECT {group_select}
       count(*) AS accounts,
       count(days_to_provision) AS provisioned,
       median(days_to_provision) AS median_days_to_provision,
       count(days_to_value) AS live,
       median(days_to_value) AS median_days_to_value,
       count(initial_adoption) AS with_adoption,
       median(initial_adoption) AS median_initial_adoption,
       CAST(sum(recommend_answers) AS BIGINT) AS recommend_answers,
       sum(recommend_yes) / nullif(sum(recommend_answers), 0) AS go_live_recommend,
       CAST(sum(scored_answers) AS BIGINT) AS scored_answers,
       100.0 * (sum(promoters) - sum(detractors)) / nullif(sum(scored_answers), 0) AS go_live_nps
FROM per_account
{group_by}
"""


def _onboarding_parts(filters: Scope) -> dict[str, str]:
    """The account and cohort conditions of ``ONBOARDING_ACCOUNTS_SQL``: cohorts by subscription date."""
    cohort_conds = []
    if filters.date_from:
        cohort_conds.append("subscribed_on >= $date_from")
    if filters.date_to:
        cohort_conds.append("subscribed_on <= $date_to")
    return {
        "accounts": filters.account_filter("account_key"),
        "cohorts": " AND ".join(cohort_conds) or "TRUE",
    }


def onboarding_accounts(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Each account's onboarding: days to provision and to value, initial adoption, go-live answers."""
    sql = ONBOARDING_ACCOUNTS_SQL.format(**_onboarding_parts(filters))
    sql += " ORDER BY a.subscribed_on NULLS LAST, a.account"
    return ws.query(sql, filters.bind(sql, go_live_days=GO_LIVE_WINDOW_DAYS))


def onboarding_by_cohort(ws: Workspace, filters: Scope, grain: str = "month") -> pd.DataFrame:
    """Medians and go-live satisfaction per subscription month or quarter (accounts without one form none)."""
    if grain not in COHORT_GRAINS:
        raise ValueError(f"Cohorts are by {' or '.join(COHORT_GRAINS)}, not {grain!r}.")
    sql = ONBOARDING_SUMMARY_SQL.format(
        per_account=ONBOARDING_ACCOUNTS_SQL.format(**_onboarding_parts(filters)),
        group_select="CAST(date_trunc($grain, cohort) AS DATE) AS cohort,",
        group_by="WHERE cohort IS NOT NULL GROUP BY 1 ORDER BY 1",
    )
    return ws.query(sql, filters.bind(sql, go_live_days=GO_LIVE_WINDOW_DAYS, grain=grain))


def onboarding_overall(ws: Workspace, filters: Scope) -> dict:
    """The same medians and satisfaction over every account in scope."""
    sql = ONBOARDING_SUMMARY_SQL.format(
        per_account=ONBOARDING_ACCOUNTS_SQL.format(**_onboarding_parts(filters)), group_select="", group_by=""
    )
    return first_row(ws.query(sql, filters.bind(sql, go_live_days=GO_LIVE_WINDOW_DAYS)))


# --------------------------------------------------------------------------- nurturing

# Active users of an account in one usage period: the highest active_users among its rows for
# that date (a usage export with one row per feature repeats or splits the account's users, so
# the maximum is the safe reading; summing would count a person once per feature).
ACCOUNT_PERIODS_CTE = """
periods AS (
    SELECT account_key, date, max(active_users) AS active_users
    FROM usage
    WHERE active_users IS NOT NULL AND {accounts} AND date <= $as_of
    GROUP BY account_key, date
)
"""

# Now = the account's latest usage period on or before "as of"; at go-live = the highest
# period value in the 30 days after go-live (the initial adoption numerator).
USER_ADOPTION_SQL = """
WITH {periods},
latest AS (
    SELECT account_key, max(date) AS latest_period, arg_max(active_users, date) AS active_now
    FROM periods GROUP BY account_key
),
at_go_live AS (
    SELECT p.account_key, max(p.active_users) AS active_at_go_live
    FROM periods p JOIN account_dim a USING (account_key)
    WHERE a.go_live_on <= $as_of AND p.date BETWEEN a.go_live_on AND a.go_live_on + $go_live_days
    GROUP BY p.account_key
)
SELECT a.account, a.tier, a.tier_rank, a.go_live_on, g.active_at_go_live,
       l.latest_period, l.active_now,
       l.active_now / nullif(g.active_at_go_live, 0) - 1 AS growth_since_go_live
FROM latest l
JOIN account_dim a USING (account_key)
LEFT JOIN at_go_live g USING (account_key)
ORDER BY growth_since_go_live NULLS LAST, a.account
"""

# Per month over the accounts in scope: active users = sum of each account's highest period in the
# month (as above); events (transactions) = sum of every usage row, since feature rows and weekly
# periods each carry their own transactions.
USAGE_BY_MONTH_SQL = """
WITH periods AS (
    SELECT account_key, date, max(active_users) AS active_users, sum(events) AS events
    FROM usage
    WHERE {scope}
    GROUP BY account_key, date
),
monthly AS (
    SELECT account_key, CAST(date_trunc('month', date) AS DATE) AS month,
           max(active_users) AS active_users, sum(events) AS events
    FROM periods
    GROUP BY ALL
)
SELECT month, sum(active_users) AS active_users, sum(events) AS events,
       count(active_users) AS accounts
FROM monthly GROUP BY month ORDER BY month
"""


def user_adoption(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Per account: active users at go-live vs now, and the growth between them (0.25 = +25 %)."""
    sql = USER_ADOPTION_SQL.format(periods=ACCOUNT_PERIODS_CTE.format(accounts=filters.account_filter()))
    return ws.query(sql, filters.bind(sql, go_live_days=GO_LIVE_WINDOW_DAYS))


def user_adoption_overall(ws: Workspace, filters: Scope) -> dict:
    """How many accounts have more active users now than at go-live, and the median growth."""
    per_account = USER_ADOPTION_SQL.format(
        periods=ACCOUNT_PERIODS_CTE.format(accounts=filters.account_filter())
    )
    sql = f"""
        SELECT count(growth_since_go_live) AS accounts_compared,
               count(*) FILTER (WHERE growth_since_go_live > 0) AS accounts_growing,
               median(growth_since_go_live) AS median_growth
        FROM ({per_account})
    """
    return first_row(ws.query(sql, filters.bind(sql, go_live_days=GO_LIVE_WINDOW_DAYS)))


def active_users_by_month(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Active users and events per month across the accounts in scope."""
    sql = USAGE_BY_MONTH_SQL.format(scope=_accounts_and_dates(filters))
    return ws.query(sql, filters.bind(sql))


# A feature is newly adopted by an account in the first month it appears in that account's usage,
# provided that month is later than the account's first month in the usage data: features already
# there in the first month are the starting point, not growth. All history up to "as of" is looked
# at, so the date range only picks which months are shown. Features match case- and
# space-insensitively.
FEATURES_BY_MONTH_SQL = """
WITH used AS (
    SELECT DISTINCT account_key, CAST(date_trunc('month', date) AS DATE) AS month,
           lower(trim(feature)) AS feature_key
    FROM usage
    WHERE nullif(trim(feature), '') IS NOT NULL AND {accounts} AND date <= $as_of
),
firsts AS (
    SELECT account_key, feature_key, min(month) AS first_month FROM used GROUP BY ALL
),
account_start AS (
    SELECT account_key, min(month) AS first_usage_month FROM used GROUP BY account_key
),
monthly AS (
    SELECT month,
           count(DISTINCT feature_key) AS distinct_features,
           count(DISTINCT account_key) AS accounts,
           count(*) AS account_features
    FROM used GROUP BY month
),
adopted AS (
    SELECT first_month AS month, count(*) AS new_adoptions,
           count(DISTINCT feature_key) AS features_newly_adopted
    FROM firsts JOIN account_start USING (account_key)
    WHERE first_month > first_usage_month
    GROUP BY first_month
)
SELECT m.month, m.distinct_features, m.accounts,
       m.account_features / m.accounts AS features_per_account,
       coalesce(a.new_adoptions, 0) AS new_adoptions,
       coalesce(a.features_newly_adopted, 0) AS features_newly_adopted
FROM monthly m LEFT JOIN adopted a USING (month)
WHERE {months}
ORDER BY m.month
"""


def features_by_month(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Per month: distinct features used, features per account, and new (account, feature) adoptions."""
    sql = FEATURES_BY_MONTH_SQL.format(
        accounts=filters.account_filter(), months=_month_range(filters, "m.month")
    )
    return ws.query(sql, filters.bind(sql))


# Seats active ÷ seats purchased, for active accounts that state both. Per tier the ratio of
# sums (a big account weighs more), so the tier figure is what share of paid seats are used.
CAPACITY_ACCOUNTS_SQL = """
SELECT account, tier, tier_rank, seats_active, seats_purchased,
       seats_active / seats_purchased AS utilisation
FROM account_dim
WHERE status = 'active' AND seats_purchased > 0 AND seats_active IS NOT NULL AND {accounts}
ORDER BY utilisation, account
"""

CAPACITY_BY_TIER_SQL = """
SELECT coalesce(tier, 'All tiers') AS tier, coalesce(tier_rank, 999) AS tier_rank,
       count(*) AS accounts, sum(seats_active) AS seats_active, sum(seats_purchased) AS seats_purchased,
       sum(seats_active) / sum(seats_purchased) AS utilisation
FROM account_dim
WHERE status = 'active' AND seats_purchased > 0 AND seats_active IS NOT NULL AND {accounts}
GROUP BY GROUPING SETS ((tier, tier_rank), ())
HAVING count(*) > 0
ORDER BY tier_rank
"""


def capacity_accounts(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Active accounts' seat utilisation (seats_active ÷ seats_purchased), lowest first."""
    sql = CAPACITY_ACCOUNTS_SQL.format(accounts=filters.account_filter())
    return ws.query(sql, filters.bind(sql))


def capacity_by_tier(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Seat utilisation per tier and over all tiers ("All tiers", last row)."""
    sql = CAPACITY_BY_TIER_SQL.format(accounts=filters.account_filter())
    return ws.query(sql, filters.bind(sql))


# Tickets per month: opened, closed, still open at the month's end (or at "as of" for the
# current month), and the median days from opening to closing of the tickets closed that month.
ESCALATIONS_BY_MONTH_SQL = """
WITH t AS (
    SELECT opened_at,
           CASE WHEN CAST(closed_at AS DATE) <= $as_of THEN closed_at END AS closed_at
    FROM tickets
    WHERE {accounts} AND CAST(opened_at AS DATE) <= $as_of AND ({only_escalated})
),
months AS (
    SELECT CAST(m AS DATE) AS month
    FROM (SELECT unnest(generate_series(date_trunc('month', min(opened_at)),
                                        date_trunc('month', CAST($as_of AS DATE)), INTERVAL 1 MONTH)) AS m
          FROM t)
),
opened AS (
    SELECT CAST(date_trunc('month', opened_at) AS DATE) AS month, count(*) AS opened FROM t GROUP BY 1
),
closed AS (
    SELECT CAST(date_trunc('month', closed_at) AS DATE) AS month, count(*) AS closed,
           median(date_diff('minute', opened_at, closed_at) / 1440.0) AS median_days_to_resolution
    FROM t WHERE closed_at IS NOT NULL GROUP BY 1
),
backlog AS (
    SELECT m.month, count(t.opened_at) AS open_at_month_end
    FROM months m
    LEFT JOIN t ON t.opened_at < least(m.month + INTERVAL 1 MONTH, CAST($as_of AS DATE) + 1)
               AND (t.closed_at IS NULL OR t.closed_at >= least(m.month + INTERVAL 1 MONTH, CAST($as_of AS DATE) + 1))
    GROUP BY m.month
)
SELECT m.month, coalesce(o.opened, 0) AS opened, coalesce(c.closed, 0) AS closed,
       b.open_at_month_end, c.median_days_to_resolution
FROM months m
LEFT JOIN opened o USING (month)
LEFT JOIN closed c USING (month)
LEFT JOIN backlog b USING (month)
WHERE {months}
ORDER BY m.month
"""

ESCALATIONS_NOW_SQL = """
WITH t AS (
    SELECT opened_at,
           CASE WHEN CAST(closed_at AS DATE) <= $as_of THEN closed_at END AS closed_at
    FROM tickets
    WHERE {accounts} AND CAST(opened_at AS DATE) <= $as_of AND ({only_escalated})
)
SELECT count(*) FILTER (WHERE closed_at IS NULL) AS open_now,
       count(*) FILTER (WHERE closed_at IS NOT NULL AND {closed_dates}) AS closed,
       median(date_diff('minute', opened_at, closed_at) / 1440.0)
           FILTER (WHERE closed_at IS NOT NULL AND {closed_dates}) AS median_days_to_resolution
FROM t
"""


def _escalation_parts(filters: Scope, only_escalated: bool) -> dict[str, str]:
    flag = "escalated IS TRUE" if only_escalated else "TRUE"
    return {"accounts": filters.account_filter(), "only_escalated": flag}


def escalations_by_month(ws: Workspace, filters: Scope, only_escalated: bool = False) -> pd.DataFrame:
    """Per month: tickets opened, closed, open at month end, median days to resolution."""
    parts = _escalation_parts(filters, only_escalated)
    sql = ESCALATIONS_BY_MONTH_SQL.format(months=_month_range(filters, "m.month"), **parts)
    return ws.query(sql, filters.bind(sql))


def escalations_now(ws: Workspace, filters: Scope, only_escalated: bool = False) -> dict:
    """Open at "as of"; closed within the date range (all time when none) and their median days."""
    parts = _escalation_parts(filters, only_escalated)
    sql = ESCALATIONS_NOW_SQL.format(closed_dates=filters.date_filter("closed_at"), **parts)
    return first_row(ws.query(sql, filters.bind(sql)))


# NPS = % promoters (9-10) − % detractors (0-6) over answers with a score; % recommend over
# answers with a yes/no. The two are computed separately: a file may carry either or both.
FEEDBACK_SQL = """
SELECT {group_select}
       count(*) AS answers,
       count(score) AS scored_answers,
       100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6))
           / nullif(count(score), 0) AS nps,
       count(recommend) AS recommend_answers,
       count(*) FILTER (WHERE recommend) / nullif(count(recommend), 0) AS pct_recommend
FROM surveys
WHERE {scope}
{group_by}
"""


def feedback_by_month(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """NPS and % recommend of the survey answers given in each month."""
    sql = FEEDBACK_SQL.format(
        group_select="CAST(date_trunc('month', date) AS DATE) AS month,",
        scope=_accounts_and_dates(filters),
        group_by="GROUP BY 1 ORDER BY 1",
    )
    return ws.query(sql, filters.bind(sql))


def feedback_overall(ws: Workspace, filters: Scope) -> dict:
    """NPS and % recommend over every answer in scope."""
    sql = FEEDBACK_SQL.format(group_select="", scope=_accounts_and_dates(filters), group_by="")
    return first_row(ws.query(sql, filters.bind(sql)))


# --------------------------------------------------------------------------- helpers


def _month_range(filters: Scope, month_expr: str) -> str:
    """Keep months that overlap the filters' date range."""
    conds = []
    if filters.date_from:
        conds.append(f"{month_expr} >= CAST(date_trunc('month', CAST($date_from AS DATE)) AS DATE)")
    if filters.date_to:
        conds.append(f"{month_expr} <= $date_to")
    return " AND ".join(conds) or "TRUE"


def _accounts_and_dates(filters: Scope) -> str:
    """The accounts the filters select (a CSM's being those the CSM owns), dated in the range."""
    return f"{filters.account_filter()} AND {filters.date_filter('date')}"


def summary_section(ws: Workspace, filters: Scope) -> dict:
    """The drivers' headline numbers for the CLI's JSON."""
    onboarding = onboarding_overall(ws, filters)
    capacity = capacity_by_tier(ws, filters)
    all_tiers = capacity[capacity["tier"] == "All tiers"]
    return {
        "onboarding": {
            key: onboarding.get(key)
            for key in (
                "accounts",
                "median_days_to_provision",
                "median_days_to_value",
                "median_initial_adoption",
                "go_live_recommend",
                "go_live_nps",
            )
        },
        "user_adoption": user_adoption_overall(ws, filters),
        "capacity_utilisation": first_row(all_tiers).get("utilisation"),
        "escalations": escalations_now(ws, filters),
        "feedback": feedback_overall(ws, filters),
    }
