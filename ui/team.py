"""Team mode in the app: the login gate, and the logged-in user that workspaces are checked against.

Team mode is on when ``.streamlit/secrets.toml`` has an ``[auth]`` section (Streamlit's OIDC login);
its ``[team]`` section holds ``allow``, the e-mail addresses and domains let in. Without ``[auth]``
the app is in single-user mode and nobody logs in.
"""

from __future__ import annotations

import streamlit as st

from cs_dash import store, team
from ui.render import escape_md


def is_team_mode() -> bool:
    try:
        return "auth" in st.secrets
    except FileNotFoundError:  # no secrets file at all
        return False


def user_email() -> str | None:
    """The logged-in, allowed user's e-mail in team mode; None in single-user mode."""
    if not is_team_mode():
        return None
    return team.normalise_email(st.user.get("email")) or None


def require_login() -> None:
    """In team mode, stop the run until the visitor has logged in with an allowed e-mail."""
    if not is_team_mode():
        return
    if not st.user.is_logged_in:
        st.title("cs-dash")
        st.write("This dashboard is shared by a team. Log in to see your workspaces.")
        st.button("Log in", icon=":material/login:", on_click=st.login, key="team_login", type="primary")
        st.stop()
    try:
        allow = team.parse_allow_list(st.secrets.get("team", {}).get("allow", []))
    except store.WorkspaceError as problem:
        st.error(f"The team settings cannot be used: {problem}")
        st.stop()
    email = st.user.get("email")
    if not team.is_allowed(email, allow):
        st.error(
            f"{escape_md(str(email or 'This account'))} is not on this dashboard's list of allowed users. "
            "Ask the person who runs it to add you."
        )
        st.button("Log out", icon=":material/logout:", on_click=st.logout, key="team_logout_denied")
        st.stop()
    with st.sidebar:
        st.caption(f"Logged in as {escape_md(str(email))}")
        st.button("Log out", icon=":material/logout:", on_click=st.logout, key="team_logout")


def mode_caption() -> str:
    if is_team_mode():
        return "Team mode: you see only the workspaces you are a member of, with your role in each."
    return (
        "Single-user mode: workspaces are saved on this machine and anyone who can open the app sees "
        "them. Keep the app on localhost."
    )
