"""Which accounts a customer metric counts: the sidebar's filters, and customers as of a date.

Tiers, renewals and health are account-level, so the CSM filter selects accounts by their owner
CSM, and the date range does not apply (they are computed "as of" a date instead).
"""

from __future__ import annotations

import datetime as dt

from cs_dash.filters import Filters

# An account is a customer on day ? when it had subscribed by then (or we do not know when) and
# had not churned by then. Bind the date twice.
ACTIVE_ON = (
    "(({a}subscribed_on IS NULL OR {a}subscribed_on <= ?) "
    "AND (({a}churned_on IS NULL AND {a}status = 'active') OR {a}churned_on > ?))"
)


def account_scope(filters: Filters, alias: str = "") -> tuple[str, list]:
    """A condition on ``account_dim`` (optionally aliased) selecting the filtered accounts."""
    prefix = f"{alias}." if alias else ""
    return filters.account_clause(f"{prefix}account_key", by_owner=True)


def active_on(day: dt.date, alias: str = "") -> tuple[str, list]:
    """A condition on ``account_dim`` true for accounts that were customers on ``day``."""
    prefix = f"{alias}." if alias else ""
    return ACTIVE_ON.format(a=prefix), [day, day]
