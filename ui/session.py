"""The browser session's workspace: which one is open, and opening, switching and creating them.

Each session holds its own open workspace (one DuckDB connection), cached per session, never
globally, and closed when the session ends. Saved workspaces live in the cs-dash home folder; the
sample company is a read-only workspace built in memory. The open workspace's id is kept in the
page address (``?ws=``), so a copied link opens the same workspace; without one the session opens
the workspace used last on this machine.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from cs_dash import store
from cs_dash.saved import SavedWorkspace
from cs_dash.settings import Settings
from cs_dash.workspace import SAMPLE_DIR, Workspace
from ui import sidebar

# Tests point this at a tiny hand-made company; users get the bundled sample.
SAMPLE_DIR_ENV = "CS_DASH_SAMPLE_DIR"
URL_KEY = "ws"
NOTICE = "_ws_notice"  # a sentence about the workspace to show once, at the top of the page

_rerouted = False  # whether this process already rerouted a page run through app.py


class OpenWorkspace:
    """The session's open workspace, and the store it comes from."""

    def __init__(self) -> None:
        self.store = store.Store()
        self.id: str | None = None
        self.ws: Workspace | None = None

    @property
    def name(self) -> str:
        if self.id == store.SAMPLE_ID or self.id is None:
            return "Sample company"
        info = self.store.get(self.id)
        return info.name if info else "(deleted)"

    def open(self, workspace_id: str) -> None:
        """Open a saved workspace or the sample; the one open before is closed."""
        if workspace_id == store.SAMPLE_ID:
            ws = Workspace()
            ws.load_sample(Path(os.environ.get(SAMPLE_DIR_ENV, SAMPLE_DIR)))
        else:
            info = self.store.get(workspace_id)
            if info is None:
                raise store.WorkspaceError("That workspace does not exist (it may have been deleted).")
            ws = SavedWorkspace(info)
        self.close()
        self.id, self.ws = workspace_id, ws
        self.store.remember(workspace_id)

    def close(self) -> None:
        if self.ws is not None:
            self.ws.close()
        self.ws = None


def _close(opened: OpenWorkspace) -> None:
    opened.close()


@st.cache_resource(scope="session", on_release=_close, show_spinner="Opening the workspace…")
def _session_workspace() -> OpenWorkspace:
    return OpenWorkspace()


def opened() -> OpenWorkspace:
    """This session's open workspace, opened on the first run from the link or the last used one."""
    _run_through_entry_file()
    current = _session_workspace()
    if current.ws is None:
        _open_first(current)
    elif isinstance(current.ws, SavedWorkspace):
        if not current.ws.folder.is_dir():
            notice("This workspace was deleted in another window; showing the sample company.")
            current.open(store.SAMPLE_ID)
            sidebar.reset_filters()
        elif current.ws.is_stale():
            current.ws.reload()  # another window saved a change
    if st.query_params.get(URL_KEY) != current.id:
        st.query_params[URL_KEY] = current.id
    return current


def workspace() -> Workspace:
    """This session's workspace."""
    return opened().ws


def _open_first(current: OpenWorkspace) -> None:
    wanted = st.query_params.get(URL_KEY)
    if wanted:
        try:
            current.open(wanted)
            return
        except store.WorkspaceError:
            notice("The link names a workspace that does not exist on this server; showing another one.")
    last = current.store.last_id()
    try:
        current.open(last or store.SAMPLE_ID)
    except store.WorkspaceError:
        current.open(store.SAMPLE_ID)


def notice(text: str) -> None:
    st.session_state[NOTICE] = text


def show_notice() -> None:
    text = st.session_state.pop(NOTICE, None)
    if text:
        st.warning(text, icon=":material/folder_open:")


def switch(workspace_id: str) -> None:
    """Open another workspace; the filters start again, since its CSMs and tiers differ."""
    current = _session_workspace()
    if workspace_id == current.id:
        return
    current.open(workspace_id)
    st.query_params[URL_KEY] = workspace_id
    sidebar.reset_filters()


def create(name: str) -> None:
    """Create a saved workspace and switch to it."""
    info = _session_workspace().store.create(name)
    switch(info.id)


def writable_workspace() -> Workspace:
    """The workspace to change: the sample is read-only, so changing it starts a new workspace."""
    current = _session_workspace()
    if current.id == store.SAMPLE_ID:
        taken = {info.name for info in current.store.list()}
        number = 1
        while f"Workspace {number}" in taken:
            number += 1
        create(f"Workspace {number}")
    return current.ws


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
    """Use and save new settings; if the workspace cannot take them now, say so at the top."""
    try:
        workspace().set_settings(new)
    except (store.WorkspaceBusy, store.WorkspaceError) as problem:
        notice(f"The settings were not saved: {problem}")
