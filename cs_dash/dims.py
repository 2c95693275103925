"""Per-account and per-CSM dimension tables derived from the canonical tables and the settings.

``account_dim`` is the one place that says an account's owner, ARR, renewal date, segment and
tier; ``csm_dim`` says each CSM's hourly rate and whether it is the default. Pages and filters
join these instead of re-deriving them.

Where the rows name an account or CSM several ways, the most frequent name wins
(``most_frequent``): a tie goes to the name first in order, so every build, whatever order its
rows were read in, gives the same owner and the same figures per CSM.
"""

from __future__ import annotations

import duckdb

from cs_dash.schema import name_key
from cs_dash.settings import Settings
from cs_dash.sqlutil import insert_rows

# The canonical tables each dimension is built from: rows added to any other table leave it as it is.
ACCOUNT_DIM_SOURCES = frozenset(("accounts", "engagements"))
CSM_DIM_SOURCES = frozenset(("team", "engagements", "accounts"))


def most_frequent(key: str, name: str, rows: str) -> str:
    """A query of each ``key``'s most frequent non-null ``name`` in ``rows``; a tie goes to the name first in order.

    The answer of ``mode(name ORDER BY name)`` per key, from each name's count: the ordered
    aggregate sorts every group's rows (a million engagements), while counting first leaves a few
    thousand names to compare. ``key``, ``name`` and ``rows`` are this package's own SQL, never an
    upload's text.
    """
    return (
        f"SELECT {key}, arg_min({name}, (-n, {name})) FILTER ({name} IS NOT NULL) AS {name} "
        f"FROM (SELECT {key}, {name}, count(*) AS n FROM {rows} GROUP BY ALL) GROUP BY {key}"
    )


ACCOUNTS_FROM_ACCOUNTS = f"""
SELECT a.account_key,
       arg_max(a.account, a.source_row) AS account,
       coalesce(arg_max(a.csm, a.source_row) FILTER (a.csm IS NOT NULL), any_value(e.csm)) AS csm,
       arg_max(a.arr, a.source_row) FILTER (a.arr IS NOT NULL) AS arr,
       arg_max(a.renewal_date, a.source_row) FILTER (a.renewal_date IS NOT NULL) AS renewal_date,
       arg_max(a.segment, a.source_row) FILTER (a.segment IS NOT NULL) AS segment,
       arg_max(a.seats_purchased, a.source_row) FILTER (a.seats_purchased IS NOT NULL) AS seats_purchased,
       arg_max(a.seats_active, a.source_row) FILTER (a.seats_active IS NOT NULL) AS seats_active,
       min(a.subscribed_on) AS subscribed_on,
       min(a.provisioned_on) AS provisioned_on,
       min(a.go_live_on) AS go_live_on,
       arg_max(a.status, a.source_row) FILTER (a.status IS NOT NULL) AS status_raw,
       max(a.churned_on) AS churned_on,
       arg_max(a.cac, a.source_row) FILTER (a.cac IS NOT NULL) AS cac
FROM accounts a
LEFT JOIN ({most_frequent("account_key", "csm", "engagements")}) e
       USING (account_key)
WHERE a.account_key IS NOT NULL
GROUP BY a.account_key
"""

# ``{engagements}``: the engagements summed up (all of them, or an appended file's accounts' rows).
# Each name is counted apart from the other attributes, which need no ordered aggregate.
ACCOUNTS_FROM_ENGAGEMENTS = """
SELECT account_key,
       names.account,
       owners.csm,
       latest.arr,
       latest.renewal_date,
       latest.segment,
       CAST(NULL AS BIGINT) AS seats_purchased,
       CAST(NULL AS BIGINT) AS seats_active,
       CAST(NULL AS DATE) AS subscribed_on,
       CAST(NULL AS DATE) AS provisioned_on,
       CAST(NULL AS DATE) AS go_live_on,
       CAST(NULL AS VARCHAR) AS status_raw,
       CAST(NULL AS DATE) AS churned_on,
       CAST(NULL AS DOUBLE) AS cac
FROM (
    SELECT account_key,
           arg_max(arr, date) FILTER (arr IS NOT NULL) AS arr,
           arg_max(renewal_date, date) FILTER (renewal_date IS NOT NULL) AS renewal_date,
           arg_max(segment, date) FILTER (segment IS NOT NULL) AS segment
    FROM {engagements}
    WHERE account_key IS NOT NULL
    GROUP BY account_key
) latest
LEFT JOIN ({account_names}) names USING (account_key)
LEFT JOIN ({account_owners}) owners USING (account_key)
"""


def _accounts_from_engagements(rows: str) -> str:
    """``ACCOUNTS_FROM_ENGAGEMENTS`` over ``rows`` (a table's name or a subquery of engagements)."""
    return ACCOUNTS_FROM_ENGAGEMENTS.format(
        engagements=rows,
        account_names=most_frequent("account_key", "account", f"{rows} WHERE account_key IS NOT NULL"),
        account_owners=most_frequent("account_key", "csm", f"{rows} WHERE account_key IS NOT NULL"),
    )


def _tier_case(settings: Settings) -> tuple[str, list]:
    """A CASE expression over ``arr`` and ``arr_rank``/``n_with_arr`` naming each account's tier.

    The rules, top tier first:
    - thresholds: an account belongs to the first tier whose lowest ARR it reaches (``arr >= t``),
      so an ARR exactly at a threshold goes to the higher tier.
    - quantile: an account belongs to the first tier whose cumulative share is larger than the
      fraction of accounts with a strictly higher ARR. ``arr_rank`` is SQL ``rank()``, so accounts
      with equal ARR share a rank and always land in the same (the higher) tier. The top account
      is always in the first tier; with fewer accounts than tiers, middle tiers can be empty
      (2 accounts at 10/30/60: the top one is Tier 1, the other is in the bottom 60 %, Tier 3).
    - no ARR: accounts without an ARR form their own group, ``no_arr_name``, after the tiers.
    """
    tiers = settings.tiers
    names = list(tiers.names)
    params: list = [tiers.no_arr_name]
    branches = ["WHEN arr IS NULL THEN ?"]
    if tiers.method == "thresholds":
        for name, low in zip(names[:-1], tiers.thresholds, strict=False):
            branches.append("WHEN arr >= ? THEN ?")
            params += [float(low), name]
    else:
        cumulative = 0.0
        for name, share in zip(names[:-1], tiers.shares, strict=False):
            cumulative += float(share)
            # Rounded so 0.1 + 0.2 of 10 accounts is exactly 3 accounts, not 3.0000000000000004.
            branches.append("WHEN (arr_rank - 1) < round(? * n_with_arr, 9) THEN ?")
            params += [cumulative, name]
    branches.append("ELSE ?")
    params.append(names[-1])
    return "CASE " + " ".join(branches) + " END", params


def refresh_account_dim(con: duckdb.DuckDBPyConnection, settings: Settings) -> None:
    """(Re)build ``account_dim`` with each account's attributes and its tier."""
    if _has_accounts(con):
        base = ACCOUNTS_FROM_ACCOUNTS
    else:
        base = _accounts_from_engagements("engagements")
    _write_account_dim(con, settings, base, [])


def update_account_dim(con: duckdb.DuckDBPyConnection, settings: Settings, first_new_row: int) -> None:
    """Bring ``account_dim`` up to date after engagements were appended from rowid ``first_new_row`` on.

    Without an accounts list, an account's attributes come from its own engagements alone: only
    the accounts the new rows name are summed up again (from all their rows, old and new), the
    others keep their row, and the tiers are ranked again over every account. With an accounts
    list (which also names each account's owner from the engagements), or no dimension yet, it is
    built whole.
    """
    built = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'account_dim' AND NOT temporary"
    ).fetchone()
    if _has_accounts(con) or not (built and built[0]):
        refresh_account_dim(con, settings)
        return
    con.execute(
        "CREATE OR REPLACE TEMP TABLE touched_accounts AS SELECT DISTINCT account_key FROM engagements "
        "WHERE rowid >= ? AND account_key IS NOT NULL",
        [first_new_row],
    )
    counts = con.execute(
        "SELECT (SELECT count(*) FROM touched_accounts), (SELECT count(*) FROM account_dim)"
    ).fetchone()
    if counts is None or counts[0] * 2 > counts[1]:
        refresh_account_dim(con, settings)  # most accounts are named again: summing all is cheaper
    else:
        rows = "(SELECT * FROM engagements SEMI JOIN touched_accounts USING (account_key))"
        base = f"""
            {_accounts_from_engagements(rows)}
            UNION ALL
            SELECT account_key, account, csm, arr, renewal_date, segment, seats_purchased, seats_active,
                   subscribed_on, provisioned_on, go_live_on, CAST(NULL AS VARCHAR) AS status_raw,
                   churned_on, cac
            FROM account_dim ANTI JOIN touched_accounts USING (account_key)
        """
        _write_account_dim(con, settings, base, [])
    con.execute("DROP TABLE IF EXISTS touched_accounts")


def _has_accounts(con: duckdb.DuckDBPyConnection) -> bool:
    counted = con.execute("SELECT count(*) FROM accounts").fetchone()
    return counted is not None and counted[0] > 0


def _write_account_dim(
    con: duckdb.DuckDBPyConnection, settings: Settings, base: str, base_params: list
) -> None:
    """Create ``account_dim`` from ``base`` (a row of attributes per account): status, owner key, tier."""
    tier_case, params = _tier_case(settings)
    order_params = list(settings.tiers.names) + [settings.tiers.no_arr_name]
    con.execute(
        f"""
        CREATE OR REPLACE TABLE account_dim AS
        WITH base AS ({base}),
        ranked AS (
            SELECT *,
                   rank() OVER (ORDER BY arr DESC NULLS LAST) AS arr_rank,
                   count(arr) OVER () AS n_with_arr
            FROM base
        )
        SELECT * EXCLUDE (arr_rank, n_with_arr, status_raw),
               CASE WHEN churned_on IS NOT NULL
                         OR lower(trim(status_raw)) IN ('churned', 'churn', 'lost', 'cancelled',
                                                        'canceled', 'inactive', 'closed lost')
                    THEN 'churned' ELSE 'active' END AS status,
               name_key(csm) AS csm_key,
               {tier_case} AS tier,
               list_position(?, {tier_case}) AS tier_rank
        FROM ranked
        """,
        base_params + params + [order_params] + params,
    )


def refresh_csm_dim(con: duckdb.DuckDBPyConnection, settings: Settings) -> None:
    """(Re)build ``csm_dim``: every CSM named anywhere, with rate and whether it is the default."""
    con.execute("CREATE OR REPLACE TEMP TABLE rate_override (csm_key VARCHAR, rate DOUBLE)")
    overrides = [(name_key(n), float(r)) for n, r in settings.rates.items() if name_key(n)]
    insert_rows(con, "rate_override", overrides)
    con.execute(
        f"""
        CREATE OR REPLACE TABLE csm_dim AS
        WITH names AS (
            SELECT csm_key, csm FROM team
            UNION ALL SELECT csm_key, csm FROM engagements
            UNION ALL SELECT csm_key, csm FROM accounts
        ),
        people AS (
            {most_frequent("csm_key", "csm", "names WHERE csm_key IS NOT NULL")}
        ),
        team_rates AS (
            SELECT csm_key,
                   arg_max(hourly_rate, source_row) FILTER (hourly_rate IS NOT NULL) AS hourly_rate,
                   arg_max(team, source_row) AS team,
                   arg_max(role, source_row) AS role
            FROM team GROUP BY csm_key
        )
        SELECT p.csm_key, p.csm,
               coalesce(o.rate, t.hourly_rate, ?) AS hourly_rate,
               (o.rate IS NULL AND t.hourly_rate IS NULL) AS rate_is_default,
               t.team, t.role
        FROM people p
        LEFT JOIN team_rates t USING (csm_key)
        LEFT JOIN rate_override o USING (csm_key)
        ORDER BY p.csm
        """,
        [float(settings.default_hourly_rate)],
    )
