"""Outcomes: what the drivers led to — renewals, expansion, contraction and churn (SPEC §3, seeds 003, 004).

Money and counts per period come from the ``revenue`` change log; retention (GRR, NRR, logo churn)
compares each period's changes with the ARR the accounts had when it started. Which features
renewing and churning accounts used comes from ``usage`` and ``account_dim.status``.

Start ARR, the one definition everything here rests on: an account's ARR at a moment is the
running sum of its revenue rows dated before it — ``new`` and ``expansion`` add their amount,
``contraction`` and ``churn`` subtract theirs, ``renewal`` leaves it unchanged (a renewal row
records the ARR that was kept, not a change). Accounts whose running sum is above zero at the
period's start are "active at the start"; those are the accounts GRR, NRR and logo churn are over.
An account that joined before the revenue history begins (no ``new`` row) therefore only counts
from its first expansion, which is why the revenue export should reach back to each account's
first contract. ``account_dim.arr`` is not used: it is one number per account, with no history.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from cs_dash.metrics.values import first_row, records
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace

KINDS = ("new", "renewal", "expansion", "contraction", "churn")
GRAINS = {"month": 1, "quarter": 3}

# The words CRMs use for each kind of change; anything else is reported as unrecognised.
KIND_SQL = """
CASE
    WHEN lower(trim(kind)) IN ('new', 'new business', 'new logo', 'new customer', 'acquisition') THEN 'new'
    WHEN lower(trim(kind)) IN ('renewal', 'renew', 'renewed') THEN 'renewal'
    WHEN lower(trim(kind)) IN ('expansion', 'upsell', 'upgrade', 'cross-sell', 'cross sell', 'growth',
                               'add-on', 'addon') THEN 'expansion'
    WHEN lower(trim(kind)) IN ('contraction', 'downsell', 'downgrade', 'reduction') THEN 'contraction'
    WHEN lower(trim(kind)) IN ('churn', 'churned', 'cancellation', 'cancelled', 'canceled', 'lost')
        THEN 'churn'
END
"""

# Revenue rows in scope with their kind normalised and amounts as positive numbers (a file that
# writes contractions as -500 means the same as 500).
CHANGES_CTE = f"""
changes AS (
    SELECT account_key, date, {KIND_SQL} AS kind, abs(amount) AS amount
    FROM revenue
    WHERE account_key IS NOT NULL AND {{accounts}} AND date <= $as_of
),
signed AS (
    SELECT account_key, date, kind, amount,
           CASE kind WHEN 'new' THEN amount WHEN 'expansion' THEN amount
                     WHEN 'contraction' THEN -amount WHEN 'churn' THEN -amount ELSE 0 END AS delta
    FROM changes WHERE kind IS NOT NULL
)
"""

OUTCOMES_BY_PERIOD_SQL = """
WITH {changes}
SELECT CAST(date_trunc($grain, date) AS DATE) AS period, kind, list_position($kinds, kind) AS kind_order,
       sum(amount) AS amount, count(DISTINCT account_key) AS accounts, count(*) AS changes
FROM signed
WHERE {dates}
GROUP BY ALL
ORDER BY period, kind_order
"""

UNRECOGNISED_KINDS_SQL = """
SELECT trim(kind) AS kind, count(*) AS rows
FROM revenue
WHERE ({kind_sql}) IS NULL
GROUP BY 1 ORDER BY rows DESC, kind
"""

# For each period [period_start, period_end): the accounts active at its start with their start
# ARR, and what happened to them inside it. Accounts that arrive during the period (new logos)
# are outside GRR and NRR by definition.
RETENTION_SQL = """
WITH {changes},
periods AS ({periods}),
starts AS (
    SELECT p.period_start, p.period_end, s.account_key, sum(s.delta) AS start_arr
    FROM periods p JOIN signed s ON s.date < p.period_start
    GROUP BY ALL
    HAVING sum(s.delta) > 0
),
moves AS (
    SELECT p.period_start, s.account_key,
           sum(s.amount) FILTER (WHERE s.kind = 'expansion') AS expansion,
           sum(s.amount) FILTER (WHERE s.kind = 'contraction') AS contraction,
           sum(s.amount) FILTER (WHERE s.kind = 'churn') AS churn,
           bool_or(s.kind = 'churn') AS lost
    FROM periods p JOIN signed s ON s.date >= p.period_start AND s.date < p.period_end
    GROUP BY ALL
),
totals AS (
    SELECT st.period_start, any_value(st.period_end) AS period_end,
           count(*) AS accounts_at_start,
           sum(st.start_arr) AS start_arr,
           coalesce(sum(m.expansion), 0) AS expansion,
           coalesce(sum(m.contraction), 0) AS contraction,
           coalesce(sum(m.churn), 0) AS churn,
           count(*) FILTER (WHERE m.lost) AS accounts_lost
    FROM starts st LEFT JOIN moves m USING (period_start, account_key)
    GROUP BY st.period_start
)
SELECT period_start, period_end, period_end > CAST($as_of AS DATE) + 1 AS partial,
       accounts_at_start, start_arr, expansion, contraction, churn, accounts_lost,
       (start_arr - contraction - churn) / start_arr AS grr,
       (start_arr + expansion - contraction - churn) / start_arr AS nrr,
       accounts_lost / accounts_at_start AS logo_churn
FROM totals
ORDER BY period_start
"""

PERIOD_SERIES_SQL = """
SELECT CAST(p AS DATE) AS period_start, CAST(p + to_months($grain_months) AS DATE) AS period_end
FROM (SELECT unnest(generate_series(date_trunc($grain, min(date)), date_trunc($grain, CAST($as_of AS DATE)),
                                    to_months($grain_months))) AS p
      FROM signed)
WHERE {months}
"""

ONE_WINDOW_SQL = "SELECT CAST($window_start AS DATE) AS period_start, CAST($window_end AS DATE) AS period_end"

# Share of accounts in each group that used each feature, among the accounts of the group that
# appear in the usage data at all (an account with no usage rows says nothing about features).
# Churned = account_dim.status 'churned'; every other account is retained.
FEATURES_BY_OUTCOME_SQL = """
WITH groups AS (
    SELECT account_key, CASE WHEN status = 'churned' THEN 'Churned' ELSE 'Retained' END AS outcome
    FROM account_dim WHERE {accounts}
),
used AS (
    SELECT account_key, lower(trim(feature)) AS feature_key, mode(trim(feature)) AS feature
    FROM usage
    WHERE nullif(trim(feature), '') IS NOT NULL AND {dates}
      AND account_key IN (SELECT account_key FROM groups)
    GROUP BY 1, 2
),
users AS (
    SELECT DISTINCT account_key FROM usage WHERE {dates}
),
group_sizes AS (
    SELECT outcome, count(*) AS accounts FROM groups JOIN users USING (account_key) GROUP BY outcome
),
names AS (
    SELECT feature_key, mode(feature) AS feature FROM used GROUP BY feature_key
),
counts AS (
    SELECT u.feature_key, g.outcome, count(*) AS accounts_using
    FROM used u JOIN groups g USING (account_key)
    GROUP BY ALL
)
SELECT n.feature, gs.outcome, gs.accounts AS accounts_in_group,
       coalesce(c.accounts_using, 0) AS accounts_using,
       coalesce(c.accounts_using, 0) / gs.accounts AS share_using
FROM names n
CROSS JOIN group_sizes gs
LEFT JOIN counts c ON c.feature_key = n.feature_key AND c.outcome = gs.outcome
ORDER BY n.feature, gs.outcome
"""


# Logo churn from the accounts file alone, for when there is no revenue log: an account is a
# customer at a period's start when it subscribed before it (or its subscription date is unknown)
# and had not churned yet; it is lost when its churned_on falls inside the period. Accounts marked
# churned without a churned_on date cannot be placed in time and are left out of both counts.
LOGO_CHURN_FROM_ACCOUNTS_SQL = """
WITH acc AS (
    SELECT account_key, subscribed_on, churned_on
    FROM account_dim
    WHERE {accounts} AND NOT (status = 'churned' AND churned_on IS NULL)
),
periods AS (
    SELECT CAST(p AS DATE) AS period_start, CAST(p + to_months($grain_months) AS DATE) AS period_end
    FROM (SELECT unnest(generate_series(date_trunc($grain, min(coalesce(subscribed_on, churned_on))),
                                        date_trunc($grain, CAST($as_of AS DATE)), to_months($grain_months))) AS p
          FROM acc)
    WHERE {months}
),
at_start AS (
    SELECT p.period_start, p.period_end, a.account_key,
           a.churned_on >= p.period_start AND a.churned_on < p.period_end AS lost
    FROM periods p JOIN acc a
      ON (a.subscribed_on IS NULL OR a.subscribed_on < p.period_start)
     AND (a.churned_on IS NULL OR a.churned_on >= p.period_start)
)
SELECT period_start, any_value(period_end) AS period_end,
       any_value(period_end) > CAST($as_of AS DATE) + 1 AS partial,
       count(*) AS accounts_at_start,
       count(*) FILTER (WHERE lost) AS accounts_lost,
       count(*) FILTER (WHERE lost) / count(*) AS logo_churn
FROM at_start
GROUP BY period_start
ORDER BY period_start
"""


def _grain(grain: str) -> str:
    if grain not in GRAINS:
        raise ValueError(f"The period must be one of {', '.join(GRAINS)}, not {grain!r}.")
    return grain


def _period_range(filters: Scope) -> str:
    """Keep the periods (``p``) that start inside the filters' date range."""
    conds = []
    if filters.date_from:
        conds.append("CAST(p AS DATE) >= CAST(date_trunc($grain, CAST($date_from AS DATE)) AS DATE)")
    if filters.date_to:
        conds.append("CAST(p AS DATE) <= $date_to")
    return " AND ".join(conds) or "TRUE"


def _changes(filters: Scope) -> str:
    return CHANGES_CTE.format(accounts=filters.account_filter("account_key"))


def outcomes_by_period(ws: Workspace, filters: Scope, grain: str = "month") -> pd.DataFrame:
    """Per period and kind of change: money (sum of amounts), accounts touched and rows."""
    sql = OUTCOMES_BY_PERIOD_SQL.format(changes=_changes(filters), dates=filters.date_filter("date"))
    return ws.query(sql, filters.bind(sql, grain=_grain(grain), kinds=list(KINDS)))


def unrecognised_kinds(ws: Workspace) -> pd.DataFrame:
    """Revenue ``kind`` values that are none of new/renewal/expansion/contraction/churn, with counts."""
    return ws.query(UNRECOGNISED_KINDS_SQL.format(kind_sql=KIND_SQL))


def retention_by_period(ws: Workspace, filters: Scope, grain: str = "quarter") -> pd.DataFrame:
    """GRR, NRR and logo churn per month or quarter, from the first revenue row to "as of".

    The last period is ``partial`` when it ends after "as of". The date range keeps the periods
    that start inside it; start ARR always looks at the whole history before each period.
    """
    grain = _grain(grain)
    periods = PERIOD_SERIES_SQL.format(months=_period_range(filters))
    sql = RETENTION_SQL.format(changes=_changes(filters), periods=periods)
    return ws.query(sql, filters.bind(sql, grain=grain, grain_months=GRAINS[grain]))


def logo_churn_from_accounts(ws: Workspace, filters: Scope, grain: str = "quarter") -> pd.DataFrame:
    """Logo churn per period from subscribed_on and churned_on alone (no revenue log needed)."""
    grain = _grain(grain)
    sql = LOGO_CHURN_FROM_ACCOUNTS_SQL.format(
        accounts=filters.account_filter("account_key"), months=_period_range(filters)
    )
    return ws.query(sql, filters.bind(sql, grain=grain, grain_months=GRAINS[grain]))


def retention_window(ws: Workspace, filters: Scope, start: dt.date, end: dt.date) -> dict:
    """GRR, NRR and logo churn over one window: changes dated in [start, end], start ARR before start."""
    sql = RETENTION_SQL.format(changes=_changes(filters), periods=ONE_WINDOW_SQL)
    window = {"window_start": start, "window_end": end + dt.timedelta(days=1)}
    return first_row(ws.query(sql, filters.bind(sql, **window)))


def trailing_year(ws: Workspace, filters: Scope) -> dict:
    """Retention over the 365 days that end on "as of" (the headline GRR and NRR)."""
    as_of = filters.day
    return retention_window(ws, filters, as_of - dt.timedelta(days=364), as_of)


def features_by_outcome(ws: Workspace, filters: Scope) -> pd.DataFrame:
    """For every feature, the share of retained and of churned accounts that used it."""
    sql = FEATURES_BY_OUTCOME_SQL.format(
        accounts=filters.account_filter("account_key"), dates=filters.date_filter("date")
    )
    return ws.query(sql, filters.bind(sql))


def summary_section(ws: Workspace, filters: Scope) -> dict:
    """Retention over the last 12 months and the changes per quarter, for the CLI's JSON."""
    year = trailing_year(ws, filters)
    quarters = outcomes_by_period(ws, filters, "quarter")
    return {
        "trailing_12_months": {
            key: year.get(key)
            for key in (
                "accounts_at_start",
                "start_arr",
                "expansion",
                "contraction",
                "churn",
                "accounts_lost",
            )
        }
        | {"grr": year.get("grr"), "nrr": year.get("nrr"), "logo_churn": year.get("logo_churn")},
        "by_quarter": records(quarters, ["period", "kind", "amount", "accounts"]),
    }
