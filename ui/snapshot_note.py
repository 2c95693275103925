"""The "vs last snapshot" line under the Overview and Health tiles."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from cs_dash import snapshots
from cs_dash.filters import Filters
from cs_dash.formatting import money
from cs_dash.workspace import Workspace
from ui.render import escape_md

_KPI_LABELS = {
    "hurtlocker_ratio": "Hurtlocker ratio",
    "proactive_share": "proactive share",
    "cs_cost": "CS cost",
    "firefighting_share": "firefighting share",
    "active_arr": "active ARR",
    "renewing_90d_arr": "renewing in 90 days",
}


def _format(kpi: str, value: float | None, currency: str) -> str:
    if value is None:
        return "–"
    if kpi.endswith("share"):
        return f"{value:.0%}"
    if kpi == "hurtlocker_ratio":
        return f"{value:.2f}"
    return money(value, currency, compact=True)


def _sentence(text: str) -> str:
    """``text`` with its first letter in capitals and the rest as it is ("Dec" stays "Dec")."""
    return text[:1].upper() + text[1:]


def _before(ws: Workspace, filters: Filters) -> snapshots.Snapshot | None:
    if not snapshots.comparable(ws, filters):
        return None
    return snapshots.previous(ws)


def overview_note(ws: Workspace, filters: Filters) -> None:
    before = _before(ws, filters)
    if before is None:
        return
    now = snapshots.headline(ws, filters)
    currency = ws.settings.currency
    parts = [
        f"{label} {_format(kpi, before.kpis.get(kpi), currency)} → {_format(kpi, now.get(kpi), currency)}"
        for kpi, label in _KPI_LABELS.items()
        if kpi in now and (before.kpis.get(kpi) is not None or now.get(kpi) is not None)
    ]
    st.caption(escape_md(f"{_sentence(before.label)} (before the last import): " + ", ".join(parts) + "."))


def health_note(ws: Workspace, filters: Filters, scores: pd.DataFrame) -> None:
    before = _before(ws, filters)
    if before is None:
        return
    now = scores["band"].value_counts().to_dict()
    names = [b.name for b in ws.settings.bands]
    parts = [f"{name} {before.band_counts.get(name, 0):,} → {int(now.get(name, 0)):,}" for name in names]
    st.caption(
        escape_md(
            f"{_sentence(before.label)} (before the last import), customers per band: "
            + ", ".join(parts)
            + "."
        )
    )
