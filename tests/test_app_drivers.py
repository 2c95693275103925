"""The Onboarding & adoption, Outcomes and Account plans pages run and say what to upload."""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from cs_dash.workspace import SAMPLE_DIR, Workspace
from tests import test_drivers, test_outcomes, test_plans
from tests.conftest import ROOT, load_tables

APP = str(ROOT / "app.py")
PAGES = ("pages/onboarding.py", "pages/outcomes.py", "pages/plans.py")

ENGAGEMENTS = """
date,account,csm,tag,type,duration_min
2025-03-01,Acme,Dana,proactive,Call,30
2025-03-02,Globex,Lee,reactive,Email,15
"""

ACCOUNTS = """
account,arr,csm,segment,seats_purchased,seats_active,subscribed_on,provisioned_on,go_live_on,status
Acme,100000,Dana,Enterprise,50,40,2025-01-10,2025-01-20,2025-03-01,active
Globex,20000,Lee,SMB,10,9,2025-01-25,2025-02-04,2025-02-14,active
Initech,5000,Lee,SMB,20,,2025-02-03,2025-02-10,,churned
"""

REVENUE = """
account,date,kind,amount
Acme,2024-01-15,new,100000
Globex,2024-02-01,new,20000
Initech,2024-03-01,new,5000
Acme,2024-10-10,expansion,10000
Initech,2025-03-15,churn,5000
"""


def _loader(**tables):
    """A stand-in for the bundled sample: the session's workspace opens on these tables."""

    def load(self, sample_dir=None, derive=None):
        self.clear()
        load_tables(self, **tables)

    return load


SMALL_COMPANY = _loader(
    engagements=ENGAGEMENTS,
    accounts=ACCOUNTS,
    usage=test_drivers.USAGE,
    surveys=test_drivers.SURVEYS,
    tickets=test_drivers.TICKETS,
    revenue=REVENUE,
    plans=test_plans.PLANS,
)
ONLY_ENGAGEMENTS = _loader(engagements=ENGAGEMENTS)
ACCOUNTS_WITHOUT_REVENUE = _loader(
    accounts="""
    account,subscribed_on,status,churned_on
    A,2024-01-10,active,
    B,2024-02-01,churned,2024-05-15
    C,2024-04-15,active,
    """
)


@pytest.fixture(autouse=True)
def fresh_session_afterwards():
    """Every AppTest shares one session id: leave no hand-made workspace behind for the next test."""
    yield
    st.cache_resource.clear()


def open_page(monkeypatch, page: str, loader) -> AppTest:
    monkeypatch.setattr(Workspace, "load_sample", loader)
    st.cache_resource.clear()  # every test opens a fresh workspace
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page(page).run()
    return at


def charts(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def chart_titles(at: AppTest) -> list[str]:
    return [c["layout"]["title"]["text"].split("<br>")[0] for c in charts(at)]


def values(data) -> list:
    """A trace's values from figure JSON, where numbers may come packed as a typed array."""
    if isinstance(data, dict) and "bdata" in data:
        return np.frombuffer(base64.b64decode(data["bdata"]), dtype=data["dtype"]).tolist()
    return list(data)


def infos(at: AppTest) -> str:
    return " ".join(i.value for i in at.info)


@pytest.mark.parametrize("page", PAGES)
def test_page_with_only_engagements_says_what_to_upload(monkeypatch, page):
    at = open_page(monkeypatch, page, ONLY_ENGAGEMENTS)
    assert not at.exception
    assert "Upload it on the Data page" in infos(at)
    assert charts(at) == []


def test_onboarding_page_shows_medians_and_every_chart(monkeypatch):
    at = open_page(monkeypatch, "pages/onboarding.py", SMALL_COMPANY)
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    # Acme 10 / 40 days, Globex 10 / 10, Initech 7 / -: provision median 10, value median 25.
    assert metrics["Time to provision (median)"] == "10 days"
    assert metrics["Time to value (median)"] == "25 days"
    titles = chart_titles(at)
    assert "Onboarding speed by cohort (median)" in titles
    assert "Capacity utilisation by tier" in titles
    assert "Customer feedback per month" in titles
    assert len(at.caption) >= len(titles)


def test_outcomes_page_shows_retention_and_features(monkeypatch):
    at = open_page(monkeypatch, "pages/outcomes.py", SMALL_COMPANY)
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    # As of Aug 1 2025 (the latest activity, a ticket or plan date); the last 12 months hold Acme 100,000,
    # Globex 20,000 and Initech 5,000 = 125,000. Acme +10,000, Initech churns 5,000.
    # GRR 120/125 = 96.0 %; NRR 130/125 = 104.0 %; logo churn 1 of 3 = 33.3 %.
    assert metrics["GRR, last 12 months"] == "96.0%"
    assert metrics["NRR, last 12 months"] == "104.0%"
    assert metrics["Logo churn, last 12 months"] == "33.3%"
    titles = chart_titles(at)
    assert "Gross and net revenue retention" in titles
    assert "Logo churn" in titles
    # As of Aug 1 2025 the latest complete quarter is Q2 2025; Q3 is not over yet.
    assert "Revenue bridge, Q2 2025" in titles
    assert "Features used by retained vs churned accounts" in titles


def test_outcomes_page_without_revenue_asks_for_it_and_shows_logo_churn_from_accounts(monkeypatch):
    at = open_page(monkeypatch, "pages/outcomes.py", ACCOUNTS_WITHOUT_REVENUE)
    assert not at.exception
    assert "needs the revenue data" in infos(at)
    (logo,) = charts(at)
    assert logo["layout"]["title"]["text"].startswith("Logo churn")
    # "As of" is the latest activity, B's churn on 15 May 2024. Jan 1 2024 has no customer yet (A
    # subscribed Jan 10); Q2 2024 starts with A and B and loses B -> 50 %; it is the last quarter.
    bars = logo["data"][0]
    assert list(values(bars["y"])) == [50.0]
    assert str(values(bars["x"])[0])[:10] == "2024-04-01"


def test_plans_page_shows_coverage_freshness_and_blockers(monkeypatch):
    at = open_page(monkeypatch, "pages/plans.py", SMALL_COMPANY)
    assert not at.exception
    titles = chart_titles(at)
    assert titles[:2] == ["Account plan coverage by tier", "Account plan freshness"]
    assert "Open blockers by dimension: ARR affected" in titles


@pytest.mark.skipif(not any(SAMPLE_DIR.glob("*.csv")), reason="the sample data is not in this checkout yet")
@pytest.mark.parametrize("page", PAGES)
def test_page_runs_on_the_sample_data(page):
    st.cache_resource.clear()
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page(page).run()
    assert not at.exception
    assert charts(at), "the sample data should draw charts"


def test_outcomes_and_plans_fixtures_are_shared():
    # The page tests reuse the unit tests' hand-made tables; this guards the import.
    assert "Acme" in test_outcomes.REVENUE and "Acme" in test_plans.PLANS


def test_sidebar_filters_reach_the_numbers_and_the_chart_titles(monkeypatch):
    at = open_page(monkeypatch, "pages/onboarding.py", SMALL_COMPANY)
    # The sidebar's widgets keep their values under f_* keys; the page reads them from there.
    at.session_state["f_csm"] = ["Dana"]
    at.run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    # Dana owns only Acme: 10 days to provision, 40 to value.
    assert metrics["Time to provision (median)"] == "10 days"
    assert metrics["Time to value (median)"] == "40 days"
    assert all("CSM: Dana" in c["layout"]["title"]["text"] for c in charts(at))


def test_plans_page_metrics_count_fresh_and_stale_plans(monkeypatch):
    at = open_page(monkeypatch, "pages/plans.py", SMALL_COMPANY)
    metrics = {m.label: m.value for m in at.metric}
    # As of May 1 (the latest activity): Acme (May 1 review, 0 days) and Globex (Apr 15, 16 days) are
    # fresh; Umbrella (created 2024-03-01) and Stark (undated) are stale.
    assert metrics["Plans reviewed in the last 90 days"] == "2"
    assert metrics["Stale plans"] == "2"


def test_column_headers_read_as_words_with_acronyms_in_capitals():
    from ui.columns import label

    assert [label(c) for c in ("days_to_value", "go_live_nps", "arr", "csm")] == [
        "Days to value",
        "Go live NPS",
        "ARR",
        "CSM",
    ]


def test_a_csm_name_with_markdown_is_shown_as_text_not_rendered(monkeypatch):
    pixel = "![x](http://tracker.example/p.png)"
    loader = _loader(
        accounts=f"account,csm,arr\nAcme,{pixel},1000",
        plans="account,item,kind\nAcme,Grow,goal",
    )
    at = open_page(monkeypatch, "pages/plans.py", loader)
    name = "![x]"  # the import takes the link out of a name; the markdown that is left must not act
    at.session_state["f_csm"] = [name]
    at.run()
    assert not at.exception
    caption = at.caption[0].value
    assert "\\!\\[x\\]" in caption and "![x](" not in caption
    # Chart titles are not markdown: the name shows as written.
    assert charts(at) and all(name in c["layout"]["title"]["text"] for c in charts(at))


def test_headline_numbers_show_a_dash_when_the_data_cannot_give_them():
    from ui import formats

    assert (formats.pct(None), formats.days(None), formats.number(None)) == ("–", "–", "–")
    assert (formats.pct(0.425, 1), formats.days(7.0), formats.number(1234.5, 1)) == (
        "42.5%",
        "7 days",
        "1,234.5",
    )
