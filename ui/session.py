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


def _close(ws: Workspace) -> None:
    ws.close()


@st.cache_resource(scope="session", on_release=_close, show_spinner="Loading the sample data…")
def _session_workspace() -> Workspace:
    ws = Workspace()
    ws.load_sample(Path(os.environ.get(SAMPLE_DIR_ENV, SAMPLE_DIR)))
    return ws


def workspace() -> Workspace:
    """This session's workspace, opened on the sample data the first time."""
    return _session_workspace()


def settings() -> Settings:
    """This session's settings (the workspace applies them to tiers and rates)."""
    return workspace().settings


def apply_settings(new: Settings) -> None:
    workspace().set_settings(new)
