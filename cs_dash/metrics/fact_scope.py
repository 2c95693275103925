"""Which accounts and dates a metric may look at, given the sidebar's filters.

Fact tables other than engagements carry no CSM, so the CSM filter reaches them through the
account's owner in ``account_dim``; tier, segment and renewal window come from ``Filters`` itself.
"""

from __future__ import annotations

import datetime as dt

from cs_dash.filters import Filters
from cs_dash.schema import name_key


def as_of(filters: Filters) -> dt.date:
    """The "as of" date in force: the filters' own, else today."""
    return filters.as_of or dt.date.today()


def accounts(filters: Filters, key_expr: str = "account_key") -> tuple[str, list]:
    """A condition on an account key column: the account passes every account-level filter.

    ``key_expr`` is a column reference written by this package, never user text.
    """
    conds, params = [], []
    clause, clause_params = filters.account_clause(key_expr)
    if clause_params:
        conds.append(clause)
        params += clause_params
    if filters.csms:
        conds.append(
            f"{key_expr} IN (SELECT account_key FROM account_dim WHERE csm_key IN (SELECT unnest(?)))"
        )
        params.append([name_key(c) for c in filters.csms])
    return (" AND ".join(conds) or "TRUE"), params


def dates(filters: Filters, date_expr: str) -> tuple[str, list]:
    """A condition keeping ``date_expr`` inside the filters' date range and on or before "as of"."""
    conds, params = [f"CAST({date_expr} AS DATE) <= ?"], [as_of(filters)]
    if filters.date_from:
        conds.append(f"CAST({date_expr} AS DATE) >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        conds.append(f"CAST({date_expr} AS DATE) <= ?")
        params.append(filters.date_to)
    return " AND ".join(conds), params


def both(filters: Filters, key_expr: str, date_expr: str) -> tuple[str, list]:
    """Accounts and dates together, in that parameter order."""
    acc_sql, acc_params = accounts(filters, key_expr)
    date_sql, date_params = dates(filters, date_expr)
    return f"{acc_sql} AND {date_sql}", acc_params + date_params
