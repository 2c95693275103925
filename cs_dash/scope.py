"""The view in force: the sidebar's (or the command line's) filters with the as-of date resolved.

A ``Scope`` is built once per rerun (``build_scope``) and handed to every metric, so no metric
picks a default date of its own and a number means the same thing on every page, in the CLI and
in the exported files. This module holds the one definition of each thing a view depends on:

- the default as-of date: the latest date of any activity in the data (``default_as_of``);
- a customer on a date (``CUSTOMER_ON``);
- a CSM's accounts (the accounts the CSM owns) versus a CSM's engagements (the work the CSM did):
  ``Scope.account_filter(by_owner=True)`` and ``Scope.fact_filter`` respectively;
- the date range: ``Scope.date_from`` to ``Scope.period_end`` (never later than the as-of date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from cs_dash.filters import Filters
from cs_dash.schema import name_key
from cs_dash.sqlutil import named, quote_ident
from cs_dash.workspace import Workspace

# Dates on which something happened: the default "as of" date is the latest of them. Closing and
# resolution dates count (a ticket solved on the export's last day is solved as of that day);
# dates that lie ahead by nature (renewal, due dates) do not.
ACTIVITY_DATES = (
    ("engagements", "date"),
    ("tickets", "opened_at"),
    ("tickets", "closed_at"),
    ("surveys", "date"),
    ("usage", "date"),
    ("revenue", "date"),
    ("accounts", "churned_on"),
    ("plans", "created_on"),
    ("plans", "reviewed_on"),
)

# An account is a customer on day $as_of when it had subscribed by then (or we do not know when)
# and had not churned by then. ``{a}`` is a table alias written by this package ("a." or "").
CUSTOMER_ON = (
    "(({a}subscribed_on IS NULL OR {a}subscribed_on <= {day}) "
    "AND (({a}churned_on IS NULL AND {a}status = 'active') OR {a}churned_on > {day}))"
)


def latest_activity(ws: Workspace) -> dt.date | None:
    """The latest activity date in the loaded data, or None when nothing is dated (once per data)."""
    parts = " UNION ALL ".join(
        f"SELECT max({quote_ident(c)})::DATE AS d FROM {quote_ident(t)}" for t, c in ACTIVITY_DATES
    )
    return ws.remembered("latest_activity", lambda: ws.scalar(f"SELECT max(d) FROM ({parts})"))


def default_as_of(ws: Workspace) -> dt.date:
    """The as-of date a view has when nobody chose one: the data's latest activity, else today."""
    return latest_activity(ws) or dt.date.today()


# What the data cannot answer for a past as-of date, said next to the numbers it affects.
PAST_ARR_NOTE = "ARR as exported today, not as it was then"
PAST_RENEWAL_NOTE = "renewal dates are the next renewal as exported, so renewals since then are missing"


def looks_back(ws: Workspace, scope: Scope) -> bool:
    """Whether the view is as of a day before the data's latest activity (a past date)."""
    return scope.day < default_as_of(ws)


CSM_CHOICES_SQL = "SELECT csm FROM csm_dim WHERE csm IS NOT NULL ORDER BY lower(csm)"
TIER_CHOICES_SQL = "SELECT DISTINCT tier, tier_rank FROM account_dim ORDER BY tier_rank, tier"
SEGMENT_CHOICES_SQL = "SELECT DISTINCT segment FROM account_dim WHERE segment IS NOT NULL ORDER BY 1"


def _first_column(ws: Workspace, sql: str) -> tuple:
    return tuple(row[0] for row in ws.con.execute(sql).fetchall())


def choices(ws: Workspace) -> tuple[list[str], list[str], list[str]]:
    """The CSMs, tiers (in tier order) and segments the data has: what the filters can choose from.

    Asked on every rerun, answered once per data version (the dimensions change only with it).
    """
    csms, tiers, segments = ws.remembered(
        "filter_choices",
        lambda: (
            _first_column(ws, CSM_CHOICES_SQL),
            _first_column(ws, TIER_CHOICES_SQL),
            _first_column(ws, SEGMENT_CHOICES_SQL),
        ),
    )
    return list(csms), list(tiers), list(segments)


def tier_order(ws: Workspace) -> list[str]:
    """Tier names in rank order, the most valuable first: the tier filter's order, for fixed tier
    colours and tiers listed in order."""
    return choices(ws)[1]


def customer_on(alias: str = "", day: str = "$as_of") -> str:
    """``CUSTOMER_ON`` for a table alias; ``day`` is the parameter or column the date comes from."""
    prefix = f"{alias}." if alias else ""
    return CUSTOMER_ON.format(a=prefix, day=day)


@dataclass(frozen=True)
class Scope(Filters):
    """Filters whose as-of date is known and whose date preset is turned into dates."""

    def __post_init__(self) -> None:
        if self.as_of is None:
            raise ValueError("A scope needs its as-of date; build it with build_scope().")

    @property
    def day(self) -> dt.date:
        """The as-of date (always set on a Scope)."""
        assert self.as_of is not None
        return self.as_of

    def values(self) -> dict[str, object]:
        """The scope's values under the names its conditions use, the same names in every query."""
        window = self.renewal_window
        renewal_end = None if window in ("any", "overdue") else self.day + dt.timedelta(days=int(window))
        return {
            "as_of": self.day,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "period_end": self.period_end,
            "csm_keys": [name_key(c) for c in self.csms],
            "tiers": list(self.tiers),
            "segments": list(self.segments),
            "renewal_end": renewal_end,
        }

    def bind(self, sql: str, **own: object) -> dict[str, object]:
        """The named values ``sql`` uses: the scope's, and ``own`` for the query's own parameters."""
        return named(sql, {**self.values(), **own})

    def account_filter(self, key_expr: str = "account_key", by_owner: bool = True) -> str:
        """``accounts`` with named parameters: the account passes every account-level filter.

        With ``by_owner`` the CSM filter means the accounts the CSM owns. ``key_expr`` is a column
        reference written by this package, never user text.
        """
        conds = []
        if by_owner and self.csms:
            conds.append("csm_key IN (SELECT unnest($csm_keys))")
        if self.tiers:
            conds.append("tier IN (SELECT unnest($tiers))")
        if self.segments:
            conds.append("segment IN (SELECT unnest($segments))")
        if self.renewal_window == "overdue":
            conds.append("renewal_date < $as_of")
        elif self.renewal_window != "any":
            conds.append("renewal_date BETWEEN $as_of AND $renewal_end")
        if not conds:
            return "TRUE"
        return f"{key_expr} IN (SELECT account_key FROM account_dim WHERE {' AND '.join(conds)})"

    def date_filter(self, date_expr: str) -> str:
        """``dates`` with named parameters: ``date_expr`` inside the range and on or before $as_of."""
        conds = [f"CAST({date_expr} AS DATE) <= $as_of"]
        if self.date_from:
            conds.append(f"CAST({date_expr} AS DATE) >= $date_from")
        if self.date_to:
            conds.append(f"CAST({date_expr} AS DATE) <= $date_to")
        return " AND ".join(conds)

    def fact_filter(
        self,
        alias: str = "",
        date_column: str | None = "date",
        csm_column: str | None = "csm_key",
        account_column: str | None = "account_key",
    ) -> str:
        """``Filters.where`` with named parameters: a condition on a fact table's rows.

        The CSM filter means the work the CSM did (the fact's own CSM column); rows dated after
        the period's end are left out. Column names are written by this package, never user text.
        """
        prefix = f"{alias}." if alias else ""
        conds = []
        if self.csms and csm_column:
            conds.append(f"{prefix}{csm_column} IN (SELECT unnest($csm_keys))")
        if date_column and self.date_from:
            conds.append(f"{prefix}{date_column} >= $date_from")
        if date_column:
            conds.append(f"{prefix}{date_column} <= $period_end")
        if account_column:
            accounts = self.account_filter(f"{prefix}{account_column}", by_owner=False)
            if accounts != "TRUE":
                conds.append(accounts)
        return " AND ".join(conds) or "TRUE"

    def customer_filter(self, alias: str = "a", day: str = "$as_of") -> str:
        """``customers`` with named parameters; ``day`` is the parameter or column of the date."""
        accounts = self.account_filter(f"{alias}.account_key" if alias else "account_key")
        return f"({accounts}) AND {customer_on(alias, day)}"


def build_scope(ws: Workspace, filters: Filters) -> Scope:
    """The scope for ``filters``: the as-of date defaulted once, here, and presets resolved."""
    values = {f.name: getattr(filters, f.name) for f in fields(Filters)}
    values["as_of"] = filters.as_of or default_as_of(ws)
    return Scope(**values).resolved()  # type: ignore[return-value]
