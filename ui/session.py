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

from cs_dash import store, team
from cs_dash.metrics import facts
from cs_dash.saved import SavedWorkspace
from cs_dash.settings import Settings
from cs_dash.workspace import SAMPLE_DIR, Workspace
from ui import sidebar
from ui.team import user_email

# Tests point this at a tiny hand-made company; users get the bundled sample.
SAMPLE_DIR_ENV = "CS_DASH_SAMPLE_DIR"
URL_KEY = "ws"
NOTICE = "_ws_notice"  # a sentence about the workspace to show once, at the top of the page
# DuckDB threads per session. Every session of a server shares its cores: with one thread each,
# sessions' queries run side by side, and one session's import cannot take every core from the
# others' page runs (two per session gave ten users twenty threads on two cores).
SESSION_THREADS = 1

ENTRY_FILE = Path(__file__).resolve().parent.parent / "app.py"


class OpenWorkspace:
    """The session's open workspace, and the store it comes from."""

    def __init__(self) -> None:
        self.store = store.Store()
        self.id: str | None = None
        self.ws: Workspace | None = None
        self.user: str | None = None  # the logged-in e-mail in team mode
        self.role: str | None = None  # the user's role in the open saved workspace, in team mode

    @property
    def can_edit(self) -> bool:
        return self.id != store.SAMPLE_ID and (self.user is None or team.can_edit(self.role))

    def visible(self) -> list[store.WorkspaceInfo]:
        """The saved workspaces this session may open: all of them, or in team mode its user's."""
        if self.user is None:
            return self.store.list()
        return team.visible_to(self.store, self.user)

    @property
    def name(self) -> str:
        if self.id == store.SAMPLE_ID or self.id is None:
            return "Sample company"
        info = self.store.get(self.id)
        return info.name if info else "(deleted)"

    def open(self, workspace_id: str) -> None:
        """Open a saved workspace or the sample; the one open before is closed."""
        if workspace_id == store.SAMPLE_ID:
            # The compact engagement facts every page reads are built once, with the copy.
            sample_dir = Path(os.environ.get(SAMPLE_DIR_ENV, SAMPLE_DIR))
            ws = Workspace.of_sample(sample_dir, derive=facts.ensure, threads=SESSION_THREADS)
        else:
            info = self.store.get(workspace_id)
            if info is None:
                raise store.WorkspaceError("That workspace does not exist (it may have been deleted).")
            role = self._role_in(info)
            ws = SavedWorkspace(
                info, threads=SESSION_THREADS, read_only=not (self.user is None or team.can_edit(role))
            )
            self.role = role
        self.close()
        self.id, self.ws = workspace_id, ws
        if self.user is None:  # in team mode each user starts from their own workspaces instead
            self.store.remember(workspace_id)

    def _role_in(self, info: store.WorkspaceInfo) -> str | None:
        if self.user is None:
            return None
        role = team.role_of(info.folder, self.user)
        if role is None:
            raise NoAccess("You have no access to this workspace. Ask one of its owners to add you.")
        return role

    def check_access(self) -> None:
        """Read the user's role again (an owner may have changed it); NoAccess when it is gone."""
        if self.user is None or not isinstance(self.ws, SavedWorkspace):
            return
        role = self._role_in(self.ws.info)
        self.role = role
        self.ws.read_only = not team.can_edit(role)

    def close(self) -> None:
        if self.ws is not None:
            self.ws.close()
        self.ws = None


class NoAccess(store.WorkspaceError):
    """The logged-in user is not a member of the workspace asked for."""


def _close(opened: OpenWorkspace) -> None:
    opened.close()


@st.cache_resource(scope="session", on_release=_close, show_spinner="Opening the workspace…")
def _session_workspace() -> OpenWorkspace:
    return OpenWorkspace()


def opened() -> OpenWorkspace:
    """This session's open workspace, opened on the first run from the link or the last used one."""
    current = _session_workspace()
    current.user = user_email()
    if current.ws is None:
        _open_first(current)
    elif isinstance(current.ws, SavedWorkspace):
        try:
            current.check_access()
        except NoAccess as problem:
            current.close()
            _no_access(str(problem))
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
        except NoAccess as problem:
            _no_access(str(problem))
        except store.WorkspaceError:
            notice("The link names a workspace that does not exist on this server; showing another one.")
    if current.user is None:
        last = current.store.last_id()
    else:
        mine = current.visible()
        last = mine[0].id if mine else None
    try:
        current.open(last or store.SAMPLE_ID)
    except store.WorkspaceError:
        current.open(store.SAMPLE_ID)


def _no_access(text: str) -> None:
    """Say so and show nothing else: no data, no filters, no page."""
    st.error(text, icon=":material/lock:")
    if st.button("Open my workspaces", key="ws_no_access_leave"):
        del st.query_params[URL_KEY]
        _session_workspace().close()
        st.rerun()
    st.stop()


def can_edit() -> bool:
    """Whether this session may upload to and change the open workspace (the sample starts a new one)."""
    current = _session_workspace()
    return current.id == store.SAMPLE_ID or current.can_edit


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
    current = _session_workspace()
    if current.user is None:
        info = current.store.create(name)
    else:
        info = team.create_workspace(current.store, name, current.user)
    switch(info.id)


def writable_workspace() -> Workspace:
    """The workspace to change: the sample is read-only, so changing it starts a new workspace."""
    current = _session_workspace()
    if current.id == store.SAMPLE_ID:
        taken = {info.name for info in current.visible()}
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
