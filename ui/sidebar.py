"""The global filters in the sidebar, created once by app.py and read by every page.

Their values live in session state under ``f_*`` keys and in the page URL's query parameters: the
URL is read on the session's first run (so a copied link restores the view) and rewritten
whenever a filter changes.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from cs_dash.filters import (
    DATE_PRESET_LABELS,
    DATE_PRESETS,
    RENEWAL_WINDOW_LABELS,
    RENEWAL_WINDOWS,
    Filters,
    from_query_params,
    to_query_params,
)
from cs_dash.scope import Scope, build_scope, choices, default_as_of
from cs_dash.workspace import Workspace
from ui import deck

URL_KEYS = ("csm", "tier", "segment", "renewal", "dates", "from", "to", "as_of")
_LATEST = "_f_latest"  # the data's latest date when "as of" was last defaulted to it
_SCOPE = "_f_scope"  # the scope built by this run's render()


def _restore_from_url(latest: dt.date) -> None:
    """First run of the session: the URL's filters become the widgets' starting values."""
    wanted = from_query_params({key: st.query_params.get_all(key) for key in URL_KEYS})
    state = st.session_state
    state["f_csm"] = list(wanted.csms)
    state["f_tier"] = list(wanted.tiers)
    state["f_segment"] = list(wanted.segments)
    state["f_renewal"] = wanted.renewal_window
    state["f_dates"] = wanted.date_preset if wanted.date_preset in DATE_PRESETS else "all"
    if wanted.date_preset == "custom":
        state["f_from"] = wanted.date_from or latest - dt.timedelta(days=89)
        state["f_to"] = wanted.date_to or latest
    state["f_as_of"] = wanted.as_of or latest
    state[_LATEST] = latest


def reset_filters() -> None:
    """Forget every filter, in the session and in the address (another workspace was opened)."""
    for key in [k for k in st.session_state if str(k).startswith("f_") or k == _LATEST]:
        del st.session_state[key]
    for key in URL_KEYS:
        if key in st.query_params:
            del st.query_params[key]


def _keep_known(key: str, options: list[str]) -> None:
    """Drop chosen values the data no longer has (after an upload), so the widget stays valid."""
    chosen = st.session_state.get(key)
    if chosen:
        st.session_state[key] = [value for value in chosen if value in options]


def _follow_latest_date(latest: dt.date) -> None:
    """Keep "as of" on the data's latest date unless the leader moved it."""
    state = st.session_state
    if state.get("f_as_of") is None or state.get("f_as_of") == state.get(_LATEST):
        state["f_as_of"] = latest
    state[_LATEST] = latest


def render(ws: Workspace) -> None:
    """Draw the filter widgets and keep the URL in step with them."""
    latest = default_as_of(ws)
    if _LATEST not in st.session_state:
        _restore_from_url(latest)
    _follow_latest_date(latest)
    csms, tiers, segments = choices(ws)
    for key, options in (("f_csm", csms), ("f_tier", tiers), ("f_segment", segments)):
        _keep_known(key, options)
    with st.sidebar:
        st.header("Filters")
        st.multiselect("CSM", csms, key="f_csm", placeholder="All CSMs")
        st.multiselect("Tier", tiers, key="f_tier", placeholder="All tiers")
        st.multiselect("Segment", segments, key="f_segment", placeholder="All segments")
        st.selectbox(
            "Renewal window", RENEWAL_WINDOWS, format_func=RENEWAL_WINDOW_LABELS.get, key="f_renewal"
        )
        st.selectbox("Dates", DATE_PRESETS, format_func=DATE_PRESET_LABELS.get, key="f_dates")
        if st.session_state.get("f_dates") == "custom":
            st.session_state.setdefault("f_from", latest - dt.timedelta(days=89))
            st.session_state.setdefault("f_to", latest)
            left, right = st.columns(2)
            left.date_input("From", key="f_from")
            right.date_input("To", key="f_to")
        st.date_input("As of", key="f_as_of", help="Metrics are computed as known on this day.")
        st.caption("The filters are kept in the page address: copy it to share this view.")
    scope = build_scope(ws, _filters(latest))
    st.session_state[_SCOPE] = scope
    _write_url(scope, latest)
    deck.sidebar_panel(ws, scope)


def _drawn_this_run() -> bool:
    """Whether app.py already drew the filters in this script run.

    A page run on its own (AppTest opens ``pages/*.py`` without the entry file while a ``pages/``
    folder exists) draws them itself, so its filters can still be changed. Reads Streamlit's
    per-run widget-key registry; if that ever moves, assume the entry file drew them.
    """
    ctx = get_script_run_ctx()
    try:
        return ctx is None or "f_csm" in ctx.shared.widget_user_keys_this_run
    except AttributeError:
        return True


def current(ws: Workspace) -> Scope:
    """The view in force, built once this run by ``render``: the filters and the as-of date."""
    if not _drawn_this_run():
        render(ws)
    return st.session_state[_SCOPE]


def _filters(latest: dt.date) -> Filters:
    state = st.session_state
    preset = state.get("f_dates", "all")
    date_from = date_to = None
    if preset == "custom":
        date_from, date_to = state.get("f_from"), state.get("f_to")
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
    return Filters(
        csms=tuple(state.get("f_csm") or ()),
        tiers=tuple(state.get("f_tier") or ()),
        segments=tuple(state.get("f_segment") or ()),
        renewal_window=state.get("f_renewal", "any"),
        date_from=date_from,
        date_to=date_to,
        as_of=state.get("f_as_of") or latest,
        date_preset=preset,
    )


def _write_url(filters: Filters, latest: dt.date) -> None:
    """Rewrite only the filter keys of the query string, leaving any other page's keys alone."""
    wanted = to_query_params(filters, explicit_as_of=filters.as_of != latest)
    for key in URL_KEYS:
        value = wanted.get(key)
        have = st.query_params.get_all(key)
        if value is None:
            if have:
                del st.query_params[key]
        elif (value if isinstance(value, list) else [value]) != have:
            st.query_params[key] = value
