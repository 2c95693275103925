"""One customer's 360° view and the scorecard that customer receives.

Everything here is for a single account key, so queries return a handful of rows; the
customer-facing scorecard leaves out internal matters (cost, health notes, firefighting).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

ACCOUNT_LIST = """
SELECT account_key, account, tier, arr
FROM account_dim
WHERE {clause}
ORDER BY arr DESC NULLS LAST, account
"""

PROFILE = """
SELECT account, csm, arr, tier, segment, status, renewal_date, seats_purchased, seats_active,
       subscribed_on, provisioned_on, go_live_on, churned_on,
       date_diff('day', $as_of::DATE, renewal_date) AS days_to_renewal
FROM account_dim WHERE account_key = $account_key
"""

ENGAGEMENTS_BY_MONTH = """
SELECT date_trunc('month', date)::DATE AS month,
       count(*) FILTER (tag = 'proactive') AS proactive,
       count(*) FILTER (tag = 'reactive') AS reactive,
       sum(duration_min) AS minutes
FROM engagements
WHERE account_key = $account_key AND date <= $as_of
GROUP BY 1 ORDER BY 1
"""

RECENT_ENGAGEMENTS = """
SELECT date, csm, tag, type, duration_min, outcome, effectiveness, fire_id, notes
FROM engagements
WHERE account_key = $account_key AND date <= $as_of
ORDER BY date DESC, source_row DESC
LIMIT $limit
"""

TICKETS = """
SELECT count(*) FILTER (closed_at IS NULL OR closed_at > $as_of) AS open,
       count(*) FILTER ((closed_at IS NULL OR closed_at > $as_of) AND escalated) AS open_escalations,
       count(*) FILTER (closed_at BETWEEN $as_of - INTERVAL 90 DAY AND $as_of) AS closed_last_90_days,
       median(date_diff('hour', opened_at, closed_at) / 24.0)
           FILTER (closed_at BETWEEN $as_of - INTERVAL 365 DAY AND $as_of) AS median_days_to_resolve
FROM tickets
WHERE account_key = $account_key AND opened_at <= $as_of
"""

USAGE_BY_MONTH = """
SELECT date_trunc('month', date)::DATE AS month,
       max(active_users) AS active_users,
       sum(events) AS events,
       count(DISTINCT feature) AS features
FROM usage
WHERE account_key = $account_key AND date <= $as_of
GROUP BY 1 ORDER BY 1
"""

SURVEYS = """
SELECT count(*) AS answers,
       100.0 * (count(*) FILTER (score >= 9) - count(*) FILTER (score <= 6))
           / nullif(count(score), 0) AS nps,
       100.0 * count(*) FILTER (recommend) / nullif(count(recommend), 0) AS pct_recommend
FROM surveys
WHERE account_key = $account_key AND date BETWEEN $as_of - INTERVAL 365 DAY AND $as_of
"""

PLAN_ITEMS = """
SELECT kind, item, dimension, status, owner, due_date, reviewed_on
FROM plans
WHERE account_key = $account_key
ORDER BY CASE lower(kind) WHEN 'goal' THEN 1 WHEN 'step' THEN 2 WHEN 'blocker' THEN 3 ELSE 4 END,
         due_date NULLS LAST, item
"""


def account_choices(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """Accounts that pass the account-level filters, biggest first."""
    sql = ACCOUNT_LIST.format(clause=filters.account_filter("account_key", by_owner=False))
    return ws.query(sql, filters.bind(sql))


def profile(ws: Workspace, account_key: str, as_of: dt.date) -> dict | None:
    frame = ws.query(PROFILE, {"as_of": as_of, "account_key": account_key})
    return None if frame.empty else frame.iloc[0].to_dict()


def engagements_by_month(ws: Workspace, account_key: str, as_of: dt.date) -> pd.DataFrame:
    return ws.query(ENGAGEMENTS_BY_MONTH, {"account_key": account_key, "as_of": as_of})


def recent_engagements(ws: Workspace, account_key: str, as_of: dt.date, limit: int = 25) -> pd.DataFrame:
    return ws.query(RECENT_ENGAGEMENTS, {"account_key": account_key, "as_of": as_of, "limit": limit})


def tickets_summary(ws: Workspace, account_key: str, as_of: dt.date) -> dict:
    frame = ws.query(TICKETS, {"account_key": account_key, "as_of": as_of})
    return frame.iloc[0].to_dict()


def usage_by_month(ws: Workspace, account_key: str, as_of: dt.date) -> pd.DataFrame:
    return ws.query(USAGE_BY_MONTH, {"account_key": account_key, "as_of": as_of})


def survey_summary(ws: Workspace, account_key: str, as_of: dt.date) -> dict:
    return ws.query(SURVEYS, {"account_key": account_key, "as_of": as_of}).iloc[0].to_dict()


def plan_items(ws: Workspace, account_key: str) -> pd.DataFrame:
    return ws.query(PLAN_ITEMS, {"account_key": account_key})
