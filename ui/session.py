"""The browser session's workspace: which one is open, and opening, switching and creating them.

Each session holds its own open workspace (one DuckDB connection), cached per session, never
globally, and closed when the session ends. Saved workspaces live in the cs-dash home folder; the
sample company is a read-only workspace built in memory. The open workspace's id is kept in the
page address (``?ws=``), so a copied link opens the same workspace; without one the session opens
the workspace used last on this machine.
"""

from __future__ import annotations

import os
import runpy
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

ENTRY_FILE = Path(__file__).resolve().parent.parent / "app.py"


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
    """This session's workspace; app.py and every page call this first, never a widget callback."""
    _run_through_entry_file()
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
    """Run app.py in place when Streamlit ran a page file on its own.

    Until some run has called ``st.navigation``, Streamlit treats ``pages/`` as an old-style page
    folder and runs the page's file alone, without the navigation, the filters, the notices or the
    sample banner: on the first request of a freshly started server for a page's address (a
    bookmark), and on every run under AppTest, which resets the flag before each run. Executing
    app.py here, in the same run, opens that page through the navigation and keeps the run's
    button clicks (a rerun would drop them); the page's own lone run then stops.
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # moved in a later Streamlit: the entry file is then always run
        return
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        runpy.run_path(str(ENTRY_FILE), run_name="__main__")
        st.stop()


def settings() -> Settings:
    """This session's settings (the workspace applies them to tiers and rates)."""
    return opened().ws.settings


def apply_settings(new: Settings) -> None:
    """Use and save new settings; if the workspace cannot take them now, say so at the top."""
    try:
        opened().ws.set_settings(new)
    except (store.WorkspaceBusy, store.WorkspaceError) as problem:
        notice(f"The settings were not saved: {problem}")
