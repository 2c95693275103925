"""The Tiers & renewals, Health and Settings pages run on the sample data and follow the settings."""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from cs_dash.settings import Settings, dumps_toml
from tests.conftest import ROOT

APP = str(ROOT / "app.py")
TIMEOUT = 120


def open_page(page: str, at: AppTest | None = None) -> AppTest:
    at = at or AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def charts(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def values(array) -> list:
    """A figure array as a list, whether plain JSON or Plotly's typed-array form ({"dtype", "bdata"})."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


def titles(at: AppTest) -> list[str]:
    return [c["layout"]["title"]["text"] for c in charts(at)]


def metric_values(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


@pytest.fixture(scope="module")
def health_page():
    return open_page("pages/health.py")


def test_the_health_page_shows_bands_the_early_warning_list_and_the_backtest(health_page):
    at = health_page
    assert any(t.startswith("Accounts by health band and tier") for t in titles(at))
    assert any(t.startswith("Churn rate by health band") for t in titles(at))
    assert int(metric_values(at)["At risk"]) >= 10  # the sample's 12 troubled accounts are at risk
    frames = [d.value for d in at.dataframe]
    early = next(f for f in frames if "reason" in f.columns)
    assert "Bramblewood Analytics" in set(early["account"])
    # the sample holds no snapshot taken on a month end, so the page says every month is recomputed
    assert any("Every month end is recomputed from the data on screen" in c.value for c in at.caption)


def test_choosing_an_account_shows_its_breakdown_and_history(health_page):
    at = health_page
    at.selectbox(key="health_account").set_value("Bramblewood Analytics").run()
    assert not at.exception
    assert "Scorecard: Bramblewood Analytics" in " ".join(titles(at))
    history = next(c for c in charts(at) if c["layout"]["title"]["text"].startswith("Health over time"))
    assert len(values(history["data"][0]["y"])) == 13  # 12 month ends and the as-of date


def test_the_renewals_page_shows_tiers_windows_timeline_and_the_table():
    at = open_page("pages/renewals.py")
    assert [t.split("<br>")[0] for t in titles(at)] == [
        "ARR and accounts by tier",
        "ARR up for renewal, by window and tier",
        "Renewal forecast: ARR expected to renew and to churn",
        "Renewals by month: ARR per tier, coloured by health",
    ]
    tiers_chart = charts(at)[0]
    assert tiers_chart["data"][0]["x"] == ["Tier 1", "Tier 2", "Tier 3"]
    table = next(d.value for d in at.dataframe if "days_left" in d.value.columns)
    assert len(table) > 200


def test_the_settings_page_runs_and_offers_the_file():
    at = open_page("pages/settings.py")
    assert at.radio(key="set_0_tier_method").value == "quantile"
    assert len(at.get("download_button")) >= 1


def test_switching_tiers_to_thresholds_in_settings_moves_the_renewals_page():
    at = open_page("pages/renewals.py")
    before = charts(at)[0]["data"][0]["text"]
    open_page("pages/settings.py", at)
    at.radio(key="set_0_tier_method").set_value("thresholds")
    at.number_input(key="set_0_threshold_0").set_value(200_000.0)
    at.number_input(key="set_0_threshold_1").set_value(50_000.0)
    at.button[0].click()  # the form's Apply button comes first
    at.run()
    assert not at.exception
    assert at.session_state["settings_version"] == 1
    open_page("pages/renewals.py", at)
    after = charts(at)[0]["data"][0]["text"]
    assert after != before


def test_an_uploaded_settings_file_with_a_new_weight_changes_the_health_scores():
    at = open_page("pages/health.py")
    before = metric_values(at)
    settings = Settings()
    for measure in settings.scorecard:  # only proactive share counts: most sample accounts change band
        measure.weight = 1.0 if measure.key == "proactive_share" else 0.0
    open_page("pages/settings.py", at)
    at.file_uploader(key="settings_upload").set_value(
        ("mine.toml", dumps_toml(settings).encode(), "application/toml")
    )
    at.run()
    assert not at.exception
    assert at.session_state["settings_version"] == 1
    open_page("pages/health.py", at)
    assert metric_values(at) != before


def test_a_bad_settings_file_shows_each_problem_and_changes_nothing():
    at = open_page("pages/settings.py")
    bad = dumps_toml(Settings()).replace("    0.6,\n", "    0.5,\n").replace("weight = 20", "weight = -1")
    at.file_uploader(key="settings_upload").set_value(("bad.toml", bad.encode(), "application/toml"))
    at.run()
    assert not at.exception
    problems = next(d.value for d in at.dataframe if "problem" in d.value.columns)["problem"].tolist()
    assert problems == [
        "tiers.shares must add up to 1 (they add up to 0.9)",
        "scorecard[1].weight must be a number ≥ 0",
    ]
    assert at.session_state["settings_version"] == 0
