"""Headline numbers against the previous period of the same length ("vs previous 90 days").

The previous period ends the day before the date range starts and is exactly as long; every other
filter stays as it is. Without a date range there is no period to compare with.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from cs_dash.metrics import cost, hurtlocker
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace


@dataclass(frozen=True)
class Delta:
    """A change for a tile: its text, and whether a rise is good news (for the arrow's colour)."""

    text: str
    higher_is_better: bool | None


def previous_period(filters: Scope) -> Scope | None:
    """The same filters over the period of the same length just before the date range."""
    start, end = filters.date_from, filters.period_end
    if start is None or end is None or end < start:
        return None
    length = (end - start).days + 1
    return replace(
        filters,
        date_from=start - dt.timedelta(days=length),
        date_to=start - dt.timedelta(days=1),
        date_preset="custom",
    )


def _days(start: dt.date, end: dt.date) -> int:
    return (end - start).days + 1


def tile_deltas(ws: Workspace, filters: Scope) -> dict[str, Delta]:
    """Per tile label, the change from the previous period; a tile either period cannot give is left out."""
    before = previous_period(filters)
    if before is None or before.date_from is None or before.date_to is None:
        return {}
    label = f"vs previous {_days(before.date_from, before.date_to)} days"
    now_h, then_h = hurtlocker.totals(ws, filters), hurtlocker.totals(ws, before)
    now_c, then_c = cost.totals(ws, filters), cost.totals(ws, before)
    out: dict[str, Delta] = {}
    if now_h["ratio"] is not None and then_h["ratio"] is not None:
        out["Hurtlocker ratio"] = Delta(f"{now_h['ratio'] - then_h['ratio']:+.2f} {label}", True)
    if now_h["proactive_share"] is not None and then_h["proactive_share"] is not None:
        points = (now_h["proactive_share"] - then_h["proactive_share"]) * 100
        out["Proactive share"] = Delta(f"{points:+.0f} pts {label}", True)
    if then_c["cost"] > 0:
        out["CS cost"] = Delta(f"{now_c['cost'] / then_c['cost'] - 1:+.0%} {label}", None)
    if now_c["firefighting_share"] is not None and then_c["firefighting_share"] is not None:
        points = (now_c["firefighting_share"] - then_c["firefighting_share"]) * 100
        out["Firefighting share"] = Delta(f"{points:+.0f} pts {label}", False)
    return out
