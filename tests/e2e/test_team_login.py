"""Team mode in a real browser: the OIDC login against a local provider, roles and private workspaces."""

from __future__ import annotations

import os
import textwrap

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import VIEWPORT, serve_app
from tests.e2e.test_team_pages import _choose_csm, _wait_for_charts

MEMBERS = [f"csm{n}@acme.com" for n in range(10)]


# Dana: 2 proactive, 1 reactive (ratio 2.00); Lee: 1 and 1 (1.00); everyone 3 and 2 (1.50).
SHARED_TRACKER = (
    b"date,account,csm,tag\n2025-01-02,Initech,Dana,Proactive\n2025-01-03,Initech,Dana,Proactive\n"
    b"2025-01-04,Initech,Dana,Reactive\n2025-01-05,Hooli,Lee,Proactive\n2025-01-06,Hooli,Lee,Reactive\n"
)


def _tracker(csm: str) -> bytes:
    return f"date,account,csm,tag\n2025-01-02,Account of {csm},{csm},Proactive\n".encode()


@pytest.fixture(scope="module")
def team_server(tmp_path_factory):
    """A local OIDC provider and the app in team mode, with a workspace per member and a shared one."""
    from oidc_provider_mock import run_server_in_thread

    from cs_dash import store, team
    from cs_dash.saved import SavedWorkspace

    home = tmp_path_factory.mktemp("team_home")
    old = os.environ.get(store.HOME_ENV)
    os.environ[store.HOME_ENV] = str(home)
    try:
        workspaces = store.Store(home)
        own = {}
        for email in MEMBERS:
            info = team.create_workspace(workspaces, f"Workspace of {email}", email)
            ws = SavedWorkspace(info, memory_limit="128MB", threads=1)
            ws.add_file("tracker.csv", _tracker(email.split("@")[0]))
            ws.close()
            own[email] = info.id
        shared = team.create_workspace(workspaces, "Shared", MEMBERS[0])
        team.set_member(shared.folder, MEMBERS[0], MEMBERS[1], team.VIEWER)
        ws = SavedWorkspace(shared, memory_limit="128MB", threads=1)
        ws.add_file("team.csv", SHARED_TRACKER)
        ws.close()
    finally:
        if old is None:
            os.environ.pop(store.HOME_ENV, None)
        else:
            os.environ[store.HOME_ENV] = old

    with run_server_in_thread() as provider:
        secrets = tmp_path_factory.mktemp("secrets") / "secrets.toml"
        secrets.write_text(
            textwrap.dedent(f"""
                [auth]
                redirect_uri = "http://127.0.0.1:{{port}}/oauth2callback"
                cookie_secret = "a-cookie-secret-for-the-tests-only"
                client_id = "cs-dash-tests"
                client_secret = "not-a-secret"
                server_metadata_url = "http://localhost:{provider.server_port}/.well-known/openid-configuration"

                [team]
                allow = ["acme.com"]
            """)
        )
        with serve_app("streamlit-team.log", home, (f"--secrets.files={secrets}",)) as url:
            yield url, own, shared.id


def _log_in(page, url: str, email: str, path: str = "/") -> None:
    page.goto(f"{url}{path}")
    page.get_by_role("button", name="Log in").click()
    page.locator("input[name=sub]").fill(email)
    page.get_by_role("button", name="Authorize").click()
    page.get_by_text(f"Logged in as {email}").wait_for()


def _workspaces_offered(page, email: str) -> list[str]:
    """The open workspace's name and the names the workspace box offers, once it shows ``email``'s own."""
    box = page.get_by_role("combobox", name="Open workspace")
    expect(box).to_have_value(f"Workspace of {email}", timeout=240_000)  # a wait, not a limit
    box.click()
    offered = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    return offered


@pytest.mark.timeout(900)  # ten logins on a cold server, on a shared machine
def test_ten_members_logged_in_at_once_each_see_only_their_own_workspace(team_server, browser):
    """Ten sessions stay open side by side; each one's link opens its own, and it lists no one else's."""
    url, own, _ = team_server
    contexts = [browser.new_context(viewport=VIEWPORT) for _ in MEMBERS]
    try:
        pages = []
        for context, email in zip(contexts, MEMBERS, strict=True):
            page = context.new_page()
            page.set_default_timeout(240_000)  # a wait, not a time limit: a busy machine is slow
            _log_in(page, url, email)
            page.goto(f"{url}/data?ws={own[email]}")
            assert f"Workspace of {email}" in _workspaces_offered(page, email)
            pages.append(page)
        for page, email in zip(pages, MEMBERS, strict=True):  # all ten still open: look again
            offered = _workspaces_offered(page, email)
            others = [m for m in MEMBERS if m != email]
            assert not [m for m in others if f"Workspace of {m}" in offered], email
            body = page.inner_text("body")
            assert not [m for m in others if m in body], email
            assert own[email] in page.url, email
    finally:
        for context in contexts:
            context.close()


def test_a_viewer_has_no_upload_and_a_non_member_with_the_link_sees_nothing(team_server, browser):
    url, own, shared = team_server
    viewer = browser.new_context(viewport=VIEWPORT)
    stranger = browser.new_context(viewport=VIEWPORT)
    try:
        page = viewer.new_page()
        page.set_default_timeout(90_000)
        _log_in(page, url, MEMBERS[1])
        page.goto(f"{url}/data?ws={shared}")
        page.get_by_text("You are a viewer of this workspace").wait_for()
        assert page.get_by_test_id("stFileUploaderDropzoneInput").count() == 0

        other = stranger.new_page()
        other.set_default_timeout(90_000)
        _log_in(other, url, MEMBERS[5])
        other.goto(f"{url}/?ws={own[MEMBERS[0]]}")
        other.get_by_text("You have no access to this workspace").wait_for()
        body = other.inner_text("body")
        assert "Workspace of" not in body and "csm0" not in body
        assert other.get_by_test_id("stMetric").count() == 0
    finally:
        viewer.close()
        stranger.close()


def test_an_address_off_the_allow_list_is_turned_away_after_logging_in(team_server, page):
    url, _, _ = team_server
    page.goto(url)
    page.get_by_role("button", name="Log in").click()
    page.locator("input[name=sub]").fill("eve@elsewhere.org")
    page.get_by_role("button", name="Authorize").click()
    page.get_by_text("is not on this dashboard's list of allowed users").wait_for()
    assert page.get_by_test_id("stMetric").count() == 0


def _ratio(page) -> str:
    _wait_for_charts(page)
    tile = page.get_by_test_id("stMetric").filter(has_text="Hurtlocker ratio").first
    return tile.get_by_test_id("stMetricValue").inner_text()


@pytest.mark.timeout(1800)  # three logins on a cold server, on a shared machine
def test_a_sent_link_opens_the_same_view_for_a_member_and_nothing_for_anyone_else(team_server, browser):
    url, _, shared = team_server
    contexts = [browser.new_context(viewport=VIEWPORT) for _ in range(3)]
    try:
        owner, viewer, stranger = (context.new_page() for context in contexts)
        for page in (owner, viewer, stranger):
            page.set_default_timeout(240_000)  # a wait, not a time limit
        _log_in(owner, url, MEMBERS[0])
        owner.goto(f"{url}/proactive_reactive?ws={shared}")
        assert _ratio(owner) == "1.50"
        _choose_csm(owner, "Lee")
        sent = owner.url
        assert f"ws={shared}" in sent and "csm=Lee" in sent, sent
        assert _ratio(owner) == "1.00"

        _log_in(viewer, url, MEMBERS[1])
        viewer.goto(sent)
        viewer.get_by_text("CSM: Lee").first.wait_for()
        assert _ratio(viewer) == "1.00"

        _log_in(stranger, url, MEMBERS[5])
        stranger.goto(sent)
        stranger.get_by_text("You have no access to this workspace").wait_for()
        body = stranger.inner_text("body")
        assert "Shared" not in body and "Hooli" not in body and "Initech" not in body
        assert stranger.get_by_test_id("stMetric").count() == 0
    finally:
        for context in contexts:
            context.close()
