"""The Data page's workspace controls: open, create, rename and delete saved workspaces."""

from __future__ import annotations

import streamlit as st

from cs_dash import team
from cs_dash.store import SAMPLE_ID, WorkspaceBusy, WorkspaceError
from ui import session
from ui.data_widgets import notice, reset_uploader
from ui.render import escape_md
from ui.team import mode_caption

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
    saved = current.visible()
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
        if current.id != SAMPLE_ID and (current.user is None or team.can_manage(current.role)):
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
    if current.user is not None and current.id != SAMPLE_ID:
        members_section(current)
    st.caption(mode_caption())


def _set_member(folder, by: str) -> None:
    email = st.session_state.get("ws_member_email", "")
    role = st.session_state.get("ws_member_role", team.VIEWER)
    if _attempt(lambda: team.set_member(folder, by, email, role), f"{email} is now {role}."):
        st.session_state["ws_member_email"] = ""


def _remove_member(folder, by: str, email: str) -> None:
    _attempt(lambda: team.remove_member(folder, by, email), f"{email} removed from this workspace.")


def members_section(current: session.OpenWorkspace) -> None:
    """Who is in this workspace; an owner adds members, changes roles and removes them."""
    folder = current.ws.folder
    members = team.read_members(folder)
    st.caption(f"Your role here: **{current.role}**.")
    with st.expander(f"Members ({len(members)})"):
        st.dataframe({"e-mail": list(members), "role": list(members.values())}, hide_index=True)
        if not team.can_manage(current.role):
            return
        st.text_input("E-mail of a member to add or change", key="ws_member_email", max_chars=254)
        st.radio("Role", team.ROLES, index=2, horizontal=True, key="ws_member_role")
        st.button(
            "Add or change member", on_click=_set_member, args=(folder, current.user), key="ws_member_set"
        )
        others = [email for email in members if email != current.user]
        if others:
            who = st.selectbox("Remove a member", others, key="ws_member_pick")
            st.button(
                "Remove member", on_click=_remove_member, args=(folder, current.user, who), key="ws_member_rm"
            )
