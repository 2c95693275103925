"""The team pages run in Streamlit on the sample data and on tiny data, and follow the CSM filter."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from cs_dash.filters import Filters
from cs_dash.metrics import hurtlocker
from cs_dash.scope import build_scope
from cs_dash.workspace import SAMPLE_DIR, Workspace
from tests.apptest import APP, open_app
from tests.test_cost import ACCOUNTS, TEAM, TRACKER
from ui.session import SAMPLE_DIR_ENV

PAGES = ("pages/overview.py", "pages/proactive_reactive.py", "pages/cost.py")
HAS_SAMPLE = any(SAMPLE_DIR.glob("*.csv"))


def _open(page: str) -> AppTest:
    at = open_app(page.removeprefix("pages/").removesuffix(".py"))
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.fixture
def tiny_sample(tmp_path, monkeypatch):
    """The app's "sample" becomes the tiny hand-made tracker of the cost tests."""
    for name, text in (("engagements", TRACKER), ("accounts", ACCOUNTS), ("team", TEAM)):
        (tmp_path / f"{name}.csv").write_text(text.strip() + "\n", encoding="utf-8")
    monkeypatch.setenv(SAMPLE_DIR_ENV, str(tmp_path))
    return tmp_path


def _metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


@pytest.mark.skipif(not HAS_SAMPLE, reason="no sample data in data/sample")
@pytest.mark.parametrize("page", PAGES)
def test_page_runs_on_the_sample_data(page):
    at = _open(page)
    assert len(at.get("plotly_chart")) >= 2
    assert not at.error


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_on_tiny_data(page, tiny_sample):
    at = _open(page)
    assert at.get("plotly_chart")


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_with_no_data_and_says_what_to_upload(page, tmp_path, monkeypatch):
    monkeypatch.setenv(SAMPLE_DIR_ENV, str(tmp_path))  # an empty folder: no data at all
    at = _open(page)
    assert any("needs the engagements data" in info.value for info in at.info)


def test_changing_the_csm_filter_changes_the_ratio_to_the_cores_value(tiny_sample):
    at = _open("pages/proactive_reactive.py")
    # All: P 2, R 3 -> 0.67; Lee alone: P 1, R 2 -> 0.50
    assert _metric(at, "Hurtlocker ratio") == "0.67"
    at.multiselect(key="f_csm").set_value(["Lee"]).run()
    assert not at.exception
    ws = Workspace()
    try:
        ws.load_sample(tiny_sample)
        expected = hurtlocker.totals(ws, build_scope(ws, Filters(csms=("Lee",))))["ratio"]
    finally:
        ws.close()
    assert _metric(at, "Hurtlocker ratio") == f"{expected:.2f}" == "0.50"
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "CSM: Lee" in spec["layout"]["title"]["text"]


def test_an_all_proactive_csm_reads_all_proactive(tiny_sample):
    at = _open("pages/proactive_reactive.py")
    at.multiselect(key="f_csm").set_value(["Dana"]).run()
    # Dana: one proactive call and one reactive email -> 1.00; narrow to January: P only
    at.selectbox(key="f_dates").set_value("custom").run()
    at.date_input(key="f_from").set_value("2025-01-01").run()
    at.date_input(key="f_to").set_value("2025-01-10").run()
    assert not at.exception
    assert _metric(at, "Hurtlocker ratio") == "All proactive"


def test_filters_are_written_to_and_read_from_the_url(tiny_sample):
    at = _open("pages/proactive_reactive.py")
    at.multiselect(key="f_csm").set_value(["Lee"]).run()
    at.selectbox(key="f_dates").set_value("90d").run()
    assert dict(at.query_params) == {"ws": "sample", "csm": "Lee", "dates": "90d"}

    AppTest.from_string("import streamlit as st\nst.cache_resource.clear()").run()
    fresh = AppTest.from_file(APP, default_timeout=120)
    fresh.query_params["csm"] = "Lee"
    fresh.query_params["dates"] = "custom"
    fresh.query_params["from"] = "2025-02-01"
    fresh.query_params["to"] = "2025-12-31"
    fresh.run()
    fresh.switch_page("pages/proactive_reactive.py").run()
    assert fresh.multiselect(key="f_csm").value == ["Lee"]
    # Lee from February: R 60, R 120, P 60 -> 0.50
    assert _metric(fresh, "Hurtlocker ratio") == "0.50"


def test_cost_page_shows_the_hand_worked_total_and_a_new_default_rate_recosts(tiny_sample):
    at = _open("pages/cost.py")
    assert _metric(at, "CS cost") == "$350"
    assert _metric(at, "Not costed") == "1"
    at.number_input[0].set_value(100.0)
    at.button(key="FormSubmitter:rates_form-Save rates").click().run()
    assert not at.exception
    # Lee has no rate: 4 h now at 100 instead of 75 -> 50 + 400 = 450
    assert _metric(at, "CS cost") == "$450"


def test_overview_shows_the_ratio_and_cost_for_the_filters(tiny_sample):
    at = _open("pages/overview.py")
    assert _metric(at, "Hurtlocker ratio") == "0.67"
    assert _metric(at, "CS cost") == "$350"
    at.multiselect(key="f_csm").set_value(["Dana"]).run()
    # Dana: P 30 min at 100 = 50, R without duration -> ratio 1.00, cost 50
    assert _metric(at, "Hurtlocker ratio") == "1.00"
    assert _metric(at, "CS cost") == "$50"


def test_overview_prepares_the_executive_summary_for_the_filters(tiny_sample):
    at = _open("pages/overview.py")
    at.multiselect(key="f_csm").set_value(["Dana"]).run()
    at.button(key="ov_summary_prepare").click().run()
    assert not at.exception
    assert [b.proto.label for b in at.get("download_button")][-1] == "Download executive summary (HTML)"


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_with_only_an_engagements_file(page, tmp_path, monkeypatch):
    (tmp_path / "engagements.csv").write_text(TRACKER.strip() + "\n", encoding="utf-8")
    monkeypatch.setenv(SAMPLE_DIR_ENV, str(tmp_path))
    at = _open(page)
    assert at.get("plotly_chart")
    assert not at.error


def test_the_overview_says_when_no_account_needs_attention_and_no_renewal_is_due(tmp_path, monkeypatch):
    # One healthy, recently served customer renewing in two years: nobody to warn of, nothing due.
    (tmp_path / "accounts.csv").write_text("account,arr,csm,renewal_date\nAcme,5000,Dana,2027-06-30\n")
    (tmp_path / "engagements.csv").write_text(
        "date,account,csm,tag\n2025-06-01,Acme,Dana,proactive\n2025-06-20,Acme,Dana,proactive\n"
    )
    monkeypatch.setenv(SAMPLE_DIR_ENV, str(tmp_path))
    at = _open("pages/overview.py")
    shown = [m.value for m in at.markdown]
    assert "No account is in the lowest band or falling." in shown
    assert "No renewal is due in the next 90 days." in shown
    assert not any(text.startswith("| Account") for text in shown)  # no table of headers over nothing
