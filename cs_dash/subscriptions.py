"""A subscription history read as what it means: revenue changes over time, and each account's state now.

A billing export lists subscriptions, several per account, each with a start, an end (empty while
it runs) and an amount. Taken as an accounts list it would give each account the amount of
whichever row came last. Instead, for the rows of a file the importer marked as a subscription
history (``ImportResult.subscription_history``):

- revenue: each subscription adds its ARR on its start date and takes it away on its end date.
  The changes of one account on one day are netted (a plan change ending one subscription and
  starting another the same day is one expansion or contraction). A change that gives an account
  ARR it did not have is ``new``; one that leaves it with none is ``churn``; the others are
  ``expansion`` and ``contraction``. Subscriptions without an amount (trials) change nothing.
- accounts: one row per account. A subscription is open while it has no end date, or its end is
  still to come, and its status does not say it was cancelled. The account's ARR is its open
  subscriptions' sum and its renewal date their next end; its seats are the paid open ones' and its
  segment (the plan) the latest-started paid one's, so a trial beside a contract changes neither.
  It started with its first subscription, and with none open it churned on the last end.

Openness is judged against today, not against a page's as-of date, on purpose. The as-of date is
a filter of each view, changed with every page's control, while these rows are written once, when
the files are imported, into the accounts table every page and the accounts dimension read;
following the as-of date would rebuild both on each change of it. Nothing is lost by it: an end
still to come is no change yet on any as-of date up to today, and a view of an earlier day reads
the account's revenue then from the changes dated up to it, as for any other revenue file. Only
the accounts' current state (ARR, status, renewal) is today's, as for an accounts list exported
today.
"""

from __future__ import annotations

import duckdb

from cs_dash.sqlutil import quote_ident

# Status words meaning a subscription (or an account) has ended; account_dim reads the same words.
ENDED_STATUSES = ("churned", "churn", "lost", "cancelled", "canceled", "inactive", "closed lost")

_ENDED = "list_contains($ended, lower(trim(coalesce(status, ''))))"  # the words bound, never written in
_OPEN = f"((renewal_date IS NULL OR renewal_date > current_date) AND NOT {_ENDED})"
_ENDS = f"(renewal_date IS NOT NULL AND (renewal_date <= current_date OR {_ENDED}))"

MOVEMENTS_SQL = f"""
WITH subs AS (
    SELECT * FROM accounts WHERE source_file = $file AND account_key IS NOT NULL
),
steps AS (
    SELECT account_key, account, subscribed_on AS date, arr AS delta, source_row
    FROM subs WHERE subscribed_on IS NOT NULL AND arr > 0
    UNION ALL
    SELECT account_key, account, renewal_date AS date, -arr AS delta, source_row
    FROM subs WHERE {_ENDS} AND arr > 0
),
days AS (
    SELECT account_key, arg_max(account, source_row) AS account, date, sum(delta) AS delta,
           min(source_row) AS source_row
    FROM steps GROUP BY account_key, date
),
running AS (
    SELECT *, coalesce(sum(delta) OVER (PARTITION BY account_key ORDER BY date
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
    FROM days
)
SELECT account,
       date,
       CASE WHEN delta > 0 AND before <= 0 THEN 'new'
            WHEN delta > 0 THEN 'expansion'
            WHEN before + delta <= 0 THEN 'churn'
            ELSE 'contraction' END AS kind,
       abs(delta) AS amount,
       account_key,
       $file AS source_file,
       source_row
FROM running
WHERE delta <> 0
ORDER BY account_key, date
"""

CURRENT_STATE_SQL = f"""
WITH subs AS (
    SELECT *, {_OPEN} AS open, {_OPEN} AND coalesce(arr, 0) > 0 AS paid
    FROM accounts WHERE source_file = $file AND account_key IS NOT NULL
)
SELECT arg_max(account, source_row) AS account,
       CASE WHEN bool_or(open) THEN coalesce(sum(arr) FILTER (open), 0) END AS arr,
       coalesce(arg_max(csm, subscribed_on) FILTER (open AND csm IS NOT NULL),
                arg_max(csm, source_row) FILTER (csm IS NOT NULL)) AS csm,
       min(renewal_date) FILTER (open) AS renewal_date,
       coalesce(arg_max(segment, subscribed_on) FILTER (paid AND segment IS NOT NULL),
                arg_max(segment, subscribed_on) FILTER (open AND segment IS NOT NULL),
                arg_max(segment, subscribed_on) FILTER (segment IS NOT NULL)) AS segment,
       sum(seats_purchased) FILTER (paid) AS seats_purchased,
       sum(seats_active) FILTER (paid) AS seats_active,
       min(subscribed_on) AS subscribed_on,
       min(provisioned_on) AS provisioned_on,
       min(go_live_on) AS go_live_on,
       CASE WHEN bool_or(open) THEN 'active' ELSE 'churned' END AS status,
       CASE WHEN NOT bool_or(open) THEN max(renewal_date) END AS churned_on,
       arg_max(cac, source_row) FILTER (cac IS NOT NULL) AS cac,
       arg_max(external_id, source_row) FILTER (external_id IS NOT NULL) AS external_id,
       account_key,
       coalesce(arg_max(csm_key, subscribed_on) FILTER (open AND csm_key IS NOT NULL),
                arg_max(csm_key, source_row) FILTER (csm_key IS NOT NULL)) AS csm_key,
       $file AS source_file,
       min(source_row) AS source_row
FROM subs
GROUP BY account_key
"""


def read_histories(con: duckdb.DuckDBPyConnection, files: list[str]) -> None:
    """Turn the ``accounts`` rows of each named file into revenue changes and one row per account."""
    for file in files:
        params = {"file": file, "ended": list(ENDED_STATUSES)}
        con.execute(f"INSERT INTO revenue BY NAME {MOVEMENTS_SQL}", params)
        current = quote_ident("subscription_accounts")
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {current} AS {CURRENT_STATE_SQL}",
            params,
        )
        con.execute("DELETE FROM accounts WHERE source_file = $file", {"file": file})
        con.execute(f"INSERT INTO accounts BY NAME SELECT * FROM {current}")
        con.execute(f"DROP TABLE {current}")
