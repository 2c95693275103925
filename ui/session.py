"""The browser session's own workspace and settings.

The workspace (one DuckDB connection and the session's uploads) is cached per session, never
globally, and closed when the session ends.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from cs_dash.settings import Settings
from cs_dash.workspace import SAMPLE_DIR, Workspace

# Tests point this at a tiny hand-made company; users get the bundled sample.
SAMPLE_DIR_ENV = "CS_DASH_SAMPLE_DIR"


_rerouted = False  # whether this process already rerouted a page run through app.py


def _close(ws: Workspace) -> None:
    ws.close()


@st.cache_resource(scope="session", on_release=_close, show_spinner="Loading the sample data…")
def _session_workspace() -> Workspace:
    ws = Workspace()
    ws.load_sample(Path(os.environ.get(SAMPLE_DIR_ENV, SAMPLE_DIR)))
    return ws


def workspace() -> Workspace:
    """This session's workspace, opened on the sample data the first time."""
    _run_through_entry_file()
    return _session_workspace()


def _run_through_entry_file() -> None:
    """Rerun through app.py when Streamlit ran a page file on its own.

    Until some session has called ``st.navigation``, Streamlit treats ``pages/`` as an old-style page
    folder, so the first request of a freshly started server for a page's address (a bookmark)
    would run that page without the navigation, the filters or the sample banner. Telling
    Streamlit that the app navigates itself and rerunning runs app.py, which opens that page.
    Streamlit never sets the flag back, so this happens at most once per server process (AppTest
    does reset it before every run; rerunning there each time would swallow button clicks).
    """
    global _rerouted
    if _rerouted:
        return
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # moved in a later Streamlit: the entry file is then always run
        return
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        _rerouted = True
        st.rerun()


def settings() -> Settings:
    """This session's settings (the workspace applies them to tiers and rates)."""
    return workspace().settings


def apply_settings(new: Settings) -> None:
    workspace().set_settings(new)
