"""The headline numbers as one JSON-ready dict: what the CLI prints and the tests compare.

Each section is built by the metrics module that owns it, over the same workspace and filters
the pages use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cs_dash.filters import Filters
from cs_dash.schema import TABLES
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


def accounts_section(ws: Workspace, filters: Filters) -> dict:
    clause, params = filters.account_clause("account_key")
    row = ws.con.execute(
        f"""
        SELECT count(*), sum(arr), sum(seats_purchased), sum(seats_active)
        FROM account_dim WHERE {clause}
        """,
        params,
    ).fetchone()
    count, arr, purchased, active = row
    return {
        "count": int(count),
        "total_arr": None if arr is None else float(arr),
        "seats_purchased": None if purchased is None else int(purchased),
        "seats_active": None if active is None else int(active),
    }


def _sections() -> dict[str, Callable[[Workspace, Filters], dict]]:
    from cs_dash.metrics import cost, drivers, health, hurtlocker, outcomes, plans, renewals, tiers

    return {
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


def build_summary(ws: Workspace, filters: Filters) -> dict:
    """Every headline section for the given filters; ``filters.as_of`` defaults to the data's latest date."""
    as_of = filters.as_of or ws.latest_date() or dt.date.today()
    if filters.as_of is None:
        filters = Filters(**{**filters.__dict__, "as_of": as_of})
    out = {"as_of": as_of.isoformat(), "tables": tables_section(ws)}
    for name, build in _sections().items():
        out[name] = build(ws, filters)
    return out
