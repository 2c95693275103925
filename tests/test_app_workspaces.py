"""Saved workspaces in the running app: kept across sessions, opened from a link, managed on Data."""

from __future__ import annotations

import threading
import time

import pytest
from streamlit.testing.v1 import AppTest

from cs_dash import store
from cs_dash.saved import SavedWorkspace
from tests.apptest import APP, TINY_COMPANY
from tests.test_app_data import ENGAGEMENTS_CSV, report, showing_sample, upload


def new_session(page: str | None = "data", **query: str) -> AppTest:
    """A new browser session (the session cache emptied), opened on a URL with ``query``."""
    AppTest.from_string("import streamlit as st\nst.cache_resource.clear()").run()
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception
    return at


def url_workspace(at: AppTest) -> str:
    value = at.query_params["ws"]
    return value[0] if isinstance(value, list) else value


@pytest.fixture
def acme():
    """A saved workspace holding the tiny company, made outside the app."""
    info = store.Store().create("Acme")
    ws = SavedWorkspace(info, memory_limit="256MB")
    for path in sorted(TINY_COMPANY.glob("*.csv")):
        ws.add_file(path.name, path.read_bytes())
    ws.close()
    return info


def test_an_upload_on_the_sample_starts_a_workspace_that_a_new_session_reopens():
    at = new_session()
    assert url_workspace(at) == "sample"
    upload(at, ("e.csv", ENGAGEMENTS_CSV))
    assert not showing_sample(at)
    before = report(at)
    workspace_id = url_workspace(at)
    assert store.is_workspace_id(workspace_id)
    assert store.Store().get(workspace_id).name == "Workspace 1"

    again = new_session()  # no link: the workspace used last
    assert url_workspace(again) == workspace_id
    assert report(again) == before
    assert before["engagements"] == 3


def test_a_link_opens_its_workspace_and_its_filters(acme):
    at = new_session(page="proactive_reactive", ws=acme.id, csm="Lee")
    assert at.multiselect(key="f_csm").value == ["Lee"]
    assert url_workspace(at) == acme.id
    # Lee in the tiny company: one reactive and one proactive call -> 1.00
    assert {m.label: m.value for m in at.metric}["Hurtlocker ratio"] == "1.00"


def test_a_link_to_a_workspace_that_is_not_here_says_so_and_opens_another(acme):
    at = new_session(page=None, ws="0123456789abcdef")
    assert any("does not exist" in w.value for w in at.warning)
    assert url_workspace(at) == "sample"


def test_the_sample_is_read_only_and_opening_it_leaves_a_workspace_untouched(acme):
    at = new_session(ws=acme.id)
    at.button(key="use_sample").click().run()
    assert showing_sample(at)
    assert url_workspace(at) == "sample"
    assert report(new_session(ws=acme.id))["engagements"] == 6


def test_create_rename_switch_and_delete_on_the_data_page(acme):
    at = new_session(ws=acme.id)
    at.text_input(key="ws_new_name").set_value("Beta team").run()
    at.button(key="ws_create").click().run()
    beta = url_workspace(at)
    assert beta != acme.id and store.Store().get(beta).name == "Beta team"
    assert all(n == 0 for n in report(at).values())  # a new workspace starts empty

    at.text_input(key=f"ws_rename_{beta}").set_value("Gamma").run()
    at.button(key="ws_rename").click().run()
    assert store.Store().get(beta).name == "Gamma"

    at.selectbox(key=f"ws_pick_{beta}").set_value(acme.id).run()
    assert url_workspace(at) == acme.id
    assert report(at)["engagements"] == 6

    assert at.button(key="ws_delete").disabled  # not without saying yes
    at.checkbox(key="ws_delete_sure").check().run()
    at.button(key="ws_delete").click().run()
    assert not at.exception
    assert store.Store().get(acme.id) is None
    assert url_workspace(at) == "sample"
    assert [i.name for i in store.Store().list()] == ["Gamma"]


def test_settings_changed_in_a_workspace_are_there_next_session(acme):
    at = new_session(page="cost", ws=acme.id)
    at.number_input[0].set_value(100.0)
    at.button(key="FormSubmitter:rates_form-Save rates").click().run()
    assert not at.exception
    assert "default_hourly_rate = 100.0" in (acme.folder / "settings.toml").read_text()
    again = new_session(page="settings", ws=acme.id)
    assert again.number_input(key="set_0_default_rate").value == 100.0


def test_a_window_follows_changes_saved_in_another_and_survives_a_delete(acme):
    at = new_session(ws=acme.id)
    assert report(at)["engagements"] == 6
    other = SavedWorkspace(store.Store().get(acme.id), memory_limit="256MB")
    try:
        other.add_file("more.csv", ENGAGEMENTS_CSV)
    finally:
        other.close()
    at.run()
    assert report(at)["engagements"] == 6 + 3

    store.Store().delete(acme.id)
    at.run()
    assert not at.exception
    assert any("deleted in another window" in w.value for w in at.warning)
    assert url_workspace(at) == "sample"


@pytest.fixture
def another_import(acme):
    """Another session importing into ``acme``: it holds the write lock until ``release`` is set."""
    holding, release = threading.Event(), threading.Event()

    def hold():
        with store.writer_lock(acme.folder, wait=5):
            holding.set()
            release.wait(60)

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait(10)
    yield release
    release.set()
    thread.join()


def test_an_upload_while_another_session_imports_is_told_and_loads_nothing(acme, another_import, monkeypatch):
    monkeypatch.setattr(store, "LOCK_WAIT_SECONDS", 0.5)
    at = new_session(ws=acme.id)
    upload(at, ("more.csv", ENGAGEMENTS_CSV))
    assert [e.value for e in at.error] == [
        "more.csv was not imported\\: Someone else is importing into this workspace right now. "
        "Try again in a moment."
    ]
    assert report(at)["engagements"] == 6


def test_an_upload_waits_for_another_sessions_import_to_finish(acme, another_import, monkeypatch):
    waited = []

    class Clock:
        """The lock's clock: the other import finishes as soon as the upload starts waiting for it."""

        monotonic = staticmethod(time.monotonic)

        @staticmethod
        def sleep(seconds: float) -> None:
            waited.append(seconds)
            another_import.set()
            time.sleep(seconds)

    monkeypatch.setattr(store, "time", Clock)
    at = new_session(ws=acme.id)
    upload(at, ("more.csv", ENGAGEMENTS_CSV))
    assert waited  # it found the workspace busy and waited
    assert not at.error
    assert report(at)["engagements"] == 6 + 3


def test_each_session_queries_on_one_duckdb_thread(acme):
    from ui.session import SESSION_THREADS, OpenWorkspace

    opened = OpenWorkspace()
    try:
        for workspace_id in (store.SAMPLE_ID, acme.id):
            opened.open(workspace_id)
            assert opened.ws.scalar("SELECT current_setting('threads')") == SESSION_THREADS == 1
    finally:
        opened.close()
