"""The Account page as a user sees it: one customer's numbers and a scorecard to share."""

from __future__ import annotations

import pytest

from tests.apptest import TINY_COMPANY, open_app


@pytest.fixture
def tiny_company(monkeypatch):
    monkeypatch.setenv("CS_DASH_SAMPLE_DIR", str(TINY_COMPANY))


def test_account_page_shows_the_biggest_account_first(tiny_company):
    at = open_app("account")
    assert not at.exception
    assert at.selectbox(key="account_pick").value == "acme"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["ARR"] == "$100,000"
    assert any("Owner CSM: Dana" in t.value for t in at.text)
    # As of 2025-06-30 (the latest date in the data), renewal 2025-07-30 is 30 days away.
    assert metrics["Renewal"] == "30 days"
    # Health breakdown and history, then engagements and usage.
    assert len(at.get("plotly_chart")) == 4
    assert metrics["Band"] in ("Healthy", "Watch", "At risk")


def test_choosing_another_account_updates_the_page_and_the_url(tiny_company):
    at = open_app("account")
    at.selectbox(key="account_pick").set_value("globex").run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["ARR"] == "$5,000"
    assert at.query_params["account"] in ("globex", ["globex"])


def test_account_names_with_markup_are_shown_as_text(tiny_company):
    at = open_app("account")
    at.selectbox(key="account_pick").set_value('initech <b>&</b> "sons"').run()
    assert not at.exception
    assert all("<b>" not in m.value for m in at.markdown)


def test_scorecard_is_prepared_on_request_then_offered(tiny_company):
    at = open_app("account")
    assert not [b for b in at.get("download_button") if "scorecard" in b.proto.label.lower()]
    at.button(key="acc_scorecard_prepare").click().run()
    assert not at.exception
    buttons = [b for b in at.get("download_button") if "scorecard" in b.proto.label.lower()]
    assert [b.proto.label for b in buttons] == ["Download customer scorecard (HTML)"]
    # Another account: the file prepared for Acme is no longer offered.
    at.selectbox(key="account_pick").set_value("globex").run()
    assert not [b for b in at.get("download_button") if "scorecard" in b.proto.label.lower()]
