"""The executive deck the leader collects while browsing: an "Add to deck" toggle under every chart.

The ticked charts live in session state (the toggles' own state is dropped when a page is left),
each with its definition for the speaker notes; the sidebar offers the deck for download.
"""

from __future__ import annotations

import hashlib

import plotly.graph_objects as go
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from cs_dash.exec_summary import Chart, executive_deck
from cs_dash.filters import Filters
from cs_dash.images import title_parts
from cs_dash.workspace import Workspace

CHARTS = "deck_charts"  # deck key -> Chart, in the order they were ticked
TICK_CHANGED = "deck_tick_changed"  # set by a toggle's callback, read by the run it starts


def _ticked() -> dict[str, Chart]:
    return st.session_state.setdefault(CHARTS, {})


def deck_key(fig: go.Figure, key: str | None) -> str:
    """The chart's identity in the deck: its element key, or its title when it has none."""
    if key:
        return key
    return "t" + hashlib.sha1(str(fig.layout.title.text).encode()).hexdigest()[:10]


def _changed(key: str, widget: str, fig: go.Figure, definition: str) -> None:
    if st.session_state.get(widget):
        _ticked()[key] = Chart(fig, definition)
    else:
        _ticked().pop(key, None)
    st.session_state[TICK_CHANGED] = True


def _in_fragment_run() -> bool:
    ctx = get_script_run_ctx()
    return bool(ctx is not None and getattr(ctx, "fragment_ids_this_run", None))


def toggle(fig: go.Figure, key: str | None, definition: str = "") -> None:
    """The chart's "Add to deck" toggle; a ticked chart is kept up to date with the view on screen."""
    name = deck_key(fig, key)
    widget = f"deck_{name}"
    ticked = _ticked()
    if name in ticked:
        ticked[name] = Chart(fig, definition or ticked[name].definition)
    st.toggle(
        "Add to deck",
        value=name in ticked,
        key=widget,
        on_change=_changed,
        args=(name, widget, fig, definition),
        help="Collect this chart for the executive deck; download the deck from the sidebar.",
    )
    if st.session_state.pop(TICK_CHANGED, False) and _in_fragment_run():
        st.rerun(scope="app")  # a chart's own part reran: the sidebar's deck list is behind


def sidebar_panel(ws: Workspace, filters: Filters) -> None:
    """The deck's contents and its download, under the filters."""
    from ui.render import prepared_download  # ui.render imports this module for its toggles

    ticked = list(_ticked().values())
    with st.sidebar:
        st.subheader("Executive deck")
        if ticked:
            st.caption(f"{len(ticked)} chart{'s' if len(ticked) != 1 else ''} ticked:")
            for chart in ticked:
                st.text("· " + title_parts(chart.figure)[0])
        else:
            st.caption(
                "Tick **Add to deck** under any chart. Until then the deck holds the Overview's "
                "tiles and charts."
            )
        prepared_download(
            "deck (PPTX)",
            lambda: executive_deck(ws, filters, ticked or None),
            file_name=f"cs-deck-{filters.as_of:%Y-%m-%d}.pptx",
            mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
            key="deck_file",
            stamp=(filters, ws.settings, [c.figure.to_json() for c in ticked]),
        )
