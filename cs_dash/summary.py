"""The headline numbers as one JSON-ready dict: what the CLI prints and the tests compare.

Each section is built by the metrics module that owns it, over the same workspace and filters
the pages use: one ``Scope``, built by the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cs_dash.schema import TABLES
from cs_dash.scope import Scope
from cs_dash.sqlutil import quote_ident
from cs_dash.workspace import Workspace


def tables_section(ws: Workspace) -> dict:
    out = {}
    for name in TABLES:
        files = [f for f in ws.files if f.result.table == name]
        out[name] = {
            "rows": int(ws.scalar(f"SELECT count(*) FROM {quote_ident(name)}")),
            "rejected": sum(f.result.rows_rejected for f in files),
            "files": [f.name for f in files],
        }
    return out


ACCOUNTS_SQL = """
SELECT count(*), sum(a.arr), sum(a.seats_purchased), sum(a.seats_active)
FROM account_dim a WHERE {customers}
"""


def accounts_section(ws: Workspace, scope: Scope) -> dict:
    """The customers in the view on the as-of date (a CSM's own accounts), their ARR and seats."""
    sql = ACCOUNTS_SQL.format(customers=scope.customer_filter("a"))
    row = ws.con.execute(sql, scope.bind(sql)).fetchone() or (0, None, None, None)
    count, arr, purchased, active = row
    return {
        "count": int(count),
        "total_arr": None if arr is None else float(arr),
        "seats_purchased": None if purchased is None else int(purchased),
        "seats_active": None if active is None else int(active),
    }


def _sections() -> dict[str, Callable[[Workspace, Scope], Any]]:
    from cs_dash import headline
    from cs_dash.metrics import cost, drivers, health, hurtlocker, outcomes, plans, renewals, tiers

    return {
        "overview": headline.summary_section,
        "hurtlocker": hurtlocker.summary_section,
        "cost": cost.summary_section,
        "accounts": accounts_section,
        "tiers": tiers.summary_section,
        "renewals": renewals.summary_section,
        "health": health.summary_section,
        "drivers": drivers.summary_section,
        "outcomes": outcomes.summary_section,
        "plans": plans.summary_section,
    }


def build_summary(ws: Workspace, scope: Scope) -> dict:
    """Every headline section for the view ``scope`` describes."""
    out: dict = {"as_of": scope.day.isoformat(), "tables": tables_section(ws)}
    for name, build in _sections().items():
        out[name] = build(ws, scope)
    return out
