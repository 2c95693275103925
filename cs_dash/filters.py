"""The sidebar's choices as one object that compiles to a SQL WHERE clause and its parameters.

Every page and the CLI apply the same ``Filters`` so a number means the same thing everywhere.
Account-level choices (tier, segment, renewal window) select accounts from ``account_dim``;
CSM and date range apply to the fact table being queried.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cs_dash.schema import name_key

RENEWAL_WINDOWS = ("any", "overdue", "30", "60", "90", "180", "365")


@dataclass(frozen=True)
class Filters:
    csms: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()
    renewal_window: str = "any"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    as_of: dt.date | None = None

    def account_clause(self, key_expr: str = "account_key") -> tuple[str, list]:
        """A condition on an account key column: the account passes tier, segment and renewal."""
        conds, params = [], []
        if self.tiers:
            conds.append("tier IN (SELECT unnest(?))")
            params.append(list(self.tiers))
        if self.segments:
            conds.append("segment IN (SELECT unnest(?))")
            params.append(list(self.segments))
        if self.renewal_window != "any":
            as_of = self.as_of or dt.date.today()
            if self.renewal_window == "overdue":
                conds.append("renewal_date < ?")
                params.append(as_of)
            else:
                conds.append("renewal_date BETWEEN ? AND ?")
                params += [as_of, as_of + dt.timedelta(days=int(self.renewal_window))]
        if not conds:
            return "TRUE", []
        return (
            f"{key_expr} IN (SELECT account_key FROM account_dim WHERE {' AND '.join(conds)})",
            params,
        )

    def where(
        self,
        alias: str = "",
        date_column: str | None = "date",
        csm_column: str | None = "csm_key",
        account_column: str | None = "account_key",
    ) -> tuple[str, list]:
        """WHERE-clause body (without the keyword) for a fact table, and its parameters."""
        prefix = f"{alias}." if alias else ""
        conds, params = [], []
        if self.csms and csm_column:
            conds.append(f"{prefix}{csm_column} IN (SELECT unnest(?))")
            params.append([name_key(c) for c in self.csms])
        if date_column and self.date_from:
            conds.append(f"{prefix}{date_column} >= ?")
            params.append(self.date_from)
        if date_column and self.date_to:
            conds.append(f"{prefix}{date_column} <= ?")
            params.append(self.date_to)
        if account_column:
            clause, p = self.account_clause(f"{prefix}{account_column}")
            if p:
                conds.append(clause)
                params += p
        return (" AND ".join(conds) or "TRUE"), params

    def describe(self) -> str:
        """The filters in force in words, for chart titles and captions."""
        parts = []
        if self.csms:
            parts.append("CSM: " + ", ".join(self.csms))
        if self.tiers:
            parts.append(", ".join(self.tiers))
        if self.segments:
            parts.append("Segment: " + ", ".join(self.segments))
        if self.renewal_window == "overdue":
            parts.append("renewal overdue")
        elif self.renewal_window != "any":
            parts.append(f"renewing in {self.renewal_window} days")
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else "start"
            end = self.date_to.isoformat() if self.date_to else "latest"
            parts.append(f"{start} to {end}")
        return " · ".join(parts) if parts else "All accounts and CSMs"
