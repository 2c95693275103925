"""The Data page's workspace controls: open, create, rename and delete saved workspaces."""

from __future__ import annotations

import streamlit as st

from cs_dash.store import SAMPLE_ID, WorkspaceBusy, WorkspaceError
from ui import session
from ui.data_widgets import notice, reset_uploader
from ui.render import escape_md

SAMPLE_LABEL = "Sample company (read-only)"


def _pick(key: str) -> None:
    _attempt(lambda: session.switch(st.session_state[key]), "Workspace opened.")


def _create() -> None:
    name = st.session_state.get("ws_new_name", "")
    if _attempt(lambda: session.create(name), "Workspace created. Upload your exports below."):
        st.session_state["ws_new_name"] = ""


def _rename(workspace_id: str, key: str) -> None:
    _attempt(lambda: session.opened().store.rename(workspace_id, st.session_state.get(key, "")), "Renamed.")


def _delete(workspace_id: str) -> None:
    current = session.opened()
    name = current.name

    def delete() -> None:
        session.switch(SAMPLE_ID)
        current.store.delete(workspace_id)

    _attempt(delete, f"Workspace {name} deleted, with its data.")


def _attempt(action, success: str) -> bool:
    try:
        action()
    except (WorkspaceBusy, WorkspaceError) as problem:
        notice("error", str(problem))
        return False
    reset_uploader()
    notice("success", success)
    return True


def workspace_section() -> None:
    """Which workspace is open, and the controls to change it."""
    current = session.opened()
    saved = current.store.list()
    ids = [SAMPLE_ID, *(info.id for info in saved)]
    labels = {SAMPLE_ID: SAMPLE_LABEL, **{info.id: info.name for info in saved}}
    st.subheader("Workspace")
    pick_key = f"ws_pick_{current.id}"
    st.selectbox(
        "Open workspace",
        ids,
        index=ids.index(current.id) if current.id in ids else 0,
        format_func=lambda i: labels.get(i, i),
        key=pick_key,
        on_change=_pick,
        args=(pick_key,),
        help="Each workspace keeps its own uploads, mappings and settings on this machine.",
    )
    with st.expander("New workspace, rename, delete"):
        st.text_input("Name of a new workspace", key="ws_new_name", max_chars=80)
        st.button("Create workspace", icon=":material/create_new_folder:", on_click=_create, key="ws_create")
        if current.id != SAMPLE_ID:
            rename_key = f"ws_rename_{current.id}"
            st.text_input("Rename this workspace", value=current.name, key=rename_key, max_chars=80)
            st.button("Rename", on_click=_rename, args=(current.id, rename_key), key="ws_rename")
            sure = st.checkbox(
                f"Yes, delete {escape_md(current.name)} and everything uploaded to it", key="ws_delete_sure"
            )
            st.button(
                "Delete workspace",
                icon=":material/delete_forever:",
                on_click=_delete,
                args=(current.id,),
                key="ws_delete",
                disabled=not sure,
            )
    st.caption(
        "Single-user mode: workspaces are saved on this machine and anyone who can open the app sees "
        "them. Keep the app on localhost."
    )
