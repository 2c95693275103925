"""Team mode in the running app: the login gate, the allow-list, roles and per-user workspaces."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from cs_dash import store, team
from cs_dash.saved import SavedWorkspace
from tests.apptest import APP, TINY_COMPANY
from tests.test_app_data import ENGAGEMENTS_CSV, report, upload

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "a-test-cookie-secret",
    "client_id": "cs-dash",
    "client_secret": "secret",
    "server_metadata_url": "http://127.0.0.1:1/.well-known/openid-configuration",
}
TEAM = {"allow": ["acme.com", "lee@beta.io"]}


def session_of(email: str | None, page: str | None = "data", **query: str) -> AppTest:
    """A new browser session in team mode, logged in as ``email`` (None: not logged in)."""
    AppTest.from_string("import streamlit as st\nst.cache_resource.clear()").run()
    at = AppTest.from_file(APP, default_timeout=120)
    at.secrets["auth"] = AUTH
    at.secrets["team"] = TEAM
    at.user = {"is_logged_in": True, "email": email} if email else {"is_logged_in": False}
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page and email:
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception
    return at


def url_workspace(at: AppTest) -> str | None:
    value = at.query_params.get("ws")
    return value[0] if isinstance(value, list) else value


def acme_with(members: dict[str, str]) -> store.WorkspaceInfo:
    info = team.create_workspace(store.Store(), "Acme", "dana@acme.com")
    ws = SavedWorkspace(info, memory_limit="256MB")
    for path in sorted(TINY_COMPANY.glob("*.csv")):
        ws.add_file(path.name, path.read_bytes())
    ws.close()
    for email, role in members.items():
        team.set_member(info.folder, "dana@acme.com", email, role)
    return info


def texts(at: AppTest) -> str:
    return " ".join(str(e.value) for e in [*at.markdown, *at.error, *at.info, *at.caption, *at.warning])


def test_without_a_login_nothing_but_the_login_button_shows():
    acme_with({})
    at = session_of(None)
    assert at.button(key="team_login")
    assert not at.metric and not at.dataframe
    assert "Acme" not in texts(at)


def test_a_logged_in_address_off_the_allow_list_is_turned_away():
    acme_with({"eve@evil.com": team.VIEWER})
    at = session_of("eve@evil.com", page=None)
    assert "not on this dashboard's list of allowed users" in texts(at)
    assert not at.metric and not at.dataframe


def test_a_viewer_sees_the_data_but_has_no_upload_and_no_settings_form():
    acme = acme_with({"kim@acme.com": team.VIEWER})
    at = session_of("kim@acme.com", ws=acme.id)
    assert url_workspace(at) == acme.id
    assert report(at)["engagements"] == 6
    assert not at.get("file_uploader")
    assert "You are a viewer" in texts(at)
    settings = session_of("kim@acme.com", page="settings", ws=acme.id)
    assert not settings.get("file_uploader")
    assert "You are a viewer" in texts(settings)
    assert not [b for b in settings.get("form_submit_button")]


def test_a_viewer_gets_no_rate_programme_or_target_form_and_an_editor_does():
    acme = acme_with({"kim@acme.com": team.VIEWER, "ray@acme.com": team.EDITOR})
    for email, editable in (("kim@acme.com", False), ("ray@acme.com", True)):
        cost_page = session_of(email, page="cost", ws=acme.id)
        assert bool(cost_page.get("form_submit_button")) is editable, email
        assert ("You are a viewer" in texts(cost_page)) is not editable, email
        ratio_page = session_of(email, page="proactive_reactive", ws=acme.id)
        assert ("pvr_target" in [n.key for n in ratio_page.number_input]) is editable, email


def test_an_editor_uploads_into_the_shared_workspace():
    acme = acme_with({"kim@acme.com": team.EDITOR})
    at = session_of("kim@acme.com", ws=acme.id)
    upload(at, ("e.csv", ENGAGEMENTS_CSV))
    assert url_workspace(at) == acme.id
    assert report(at)["engagements"] == 6 + 3


def test_a_non_member_with_the_link_is_told_and_sees_no_data():
    acme = acme_with({"kim@acme.com": team.VIEWER})
    at = session_of("lee@beta.io", page=None, ws=acme.id)
    assert "You have no access to this workspace" in texts(at)
    assert not at.metric and not at.dataframe and not at.get("plotly_chart")
    assert "Acme" not in texts(at)
    assert not at.selectbox  # no workspace list, no filters


def test_a_member_removed_while_looking_loses_the_view_at_the_next_run():
    acme = acme_with({"kim@acme.com": team.EDITOR})
    at = session_of("kim@acme.com", ws=acme.id)
    assert report(at)["engagements"] == 6
    team.remove_member(acme.folder, "dana@acme.com", "kim@acme.com")
    at.run()
    assert "You have no access to this workspace" in texts(at)
    assert not at.dataframe


def test_without_a_link_each_user_opens_their_own_workspace_and_lists_only_theirs():
    acme = acme_with({})
    beta = team.create_workspace(store.Store(), "Beta", "lee@beta.io")
    dana = session_of("dana@acme.com")
    lee = session_of("lee@beta.io")
    assert url_workspace(dana) == acme.id
    assert url_workspace(lee) == beta.id
    pick = lee.selectbox(key=f"ws_pick_{beta.id}")
    assert beta.id in pick.options or "Beta" in pick.options
    assert "Acme" not in pick.options and acme.id not in pick.options


def test_rebuild_from_the_raw_uploads_on_the_data_page_keeps_the_numbers():
    acme = acme_with({"kim@acme.com": team.EDITOR})
    at = session_of("kim@acme.com", ws=acme.id)
    before = report(at)
    at.button(key="rebuild_all").click().run()
    assert not at.exception
    assert any("3 files read again" in s.value for s in at.success)
    assert report(at) == before and before["engagements"] == 6
