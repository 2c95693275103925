"""The global filters in the sidebar, created once by app.py and read by every page."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from cs_dash.filters import RENEWAL_WINDOWS, Filters
from cs_dash.workspace import Workspace

WINDOW_LABELS = {
    "any": "Any time",
    "overdue": "Overdue",
    "30": "Next 30 days",
    "60": "Next 60 days",
    "90": "Next 90 days",
    "180": "Next 180 days",
    "365": "Next 365 days",
}


def render(ws: Workspace) -> None:
    """Draw the filter widgets; their values live in session state under ``f_*`` keys."""
    csms = ws.query("SELECT csm FROM csm_dim ORDER BY csm")["csm"].tolist()
    tiers = ws.query("SELECT DISTINCT tier, tier_rank FROM account_dim ORDER BY tier_rank")["tier"].tolist()
    segments = ws.query("SELECT DISTINCT segment FROM account_dim WHERE segment IS NOT NULL ORDER BY 1")[
        "segment"
    ].tolist()
    with st.sidebar:
        st.header("Filters")
        st.multiselect("CSM", csms, key="f_csm", placeholder="All CSMs")
        st.multiselect("Tier", tiers, key="f_tier", placeholder="All tiers")
        st.multiselect("Segment", segments, key="f_segment", placeholder="All segments")
        st.selectbox("Renewal window", RENEWAL_WINDOWS, format_func=WINDOW_LABELS.get, key="f_renewal")


def current(ws: Workspace) -> Filters:
    """The filters in force, with "as of" defaulting to the latest date in the data."""
    state = st.session_state
    as_of = ws.latest_date() or dt.date.today()
    return Filters(
        csms=tuple(state.get("f_csm", ())),
        tiers=tuple(state.get("f_tier", ())),
        segments=tuple(state.get("f_segment", ())),
        renewal_window=state.get("f_renewal", "any"),
        as_of=as_of,
    )
