"""Pages show the headline figures the KPI functions compute, the same ones the executive summary
file and the command line use: patch a KPI function and every surface shows the patched value.

A page that worked a headline figure out its own way would keep showing the real number here.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from cs_dash import headline
from cs_dash.exec_summary import file_kpis
from cs_dash.filters import Filters
from cs_dash.formatting import money
from cs_dash.metrics import cost, hurtlocker
from cs_dash.scope import build_scope
from cs_dash.summary import build_summary
from cs_dash.workspace import SAMPLE_DIR, Workspace
from tests.apptest import APP
from tests.conftest import ROOT

# Numbers no real view of the sample gives.
HURTLOCKER = {
    "proactive": 321, "reactive": 100, "untagged": 7, "minutes_proactive": 9630.0,
    "minutes_reactive": 3000.0, "ratio": 3.21, "effort_ratio": 3.21, "proactive_share": 0.7625,
    "ratio_label": "3.21",
}  # fmt: skip
COST = {
    "engagements": 4321, "without_duration": 0, "hours": 1234.0, "cost": 98765.43,
    "firefighting": 12345.67, "proactive": 86419.76, "firefighting_share": 0.125, "uses_default_rate": False,
}  # fmt: skip


@pytest.fixture(scope="module")
def sample():
    ws = Workspace()
    ws.load_sample(SAMPLE_DIR)
    yield ws, build_scope(ws, Filters())
    ws.close()


def tiles(page: str) -> dict[str, str]:
    at = AppTest.from_file(
        APP if page == "overview" else str(ROOT / "pages" / f"{page}.py"), default_timeout=240
    ).run()
    assert not at.exception, f"{page}: {at.exception}"
    return {m.label: m.value for m in at.metric}


def file_tiles(ws, scope) -> dict[str, str]:
    return {k.label: k.value for k in file_kpis(ws, scope)}


def test_the_hurtlocker_figures_come_from_one_function(monkeypatch, sample):
    monkeypatch.setattr(hurtlocker, "totals_of", lambda frame: dict(HURTLOCKER))
    ws, scope = sample
    assert tiles("proactive_reactive")["Hurtlocker ratio"] == "3.21"
    assert tiles("proactive_reactive")["Proactive share"] == "76%"
    assert tiles("overview")["Hurtlocker ratio"] == "3.21"
    assert file_tiles(ws, scope)["Hurtlocker ratio"] == "3.21"
    summary = build_summary(ws, scope)
    assert summary["hurtlocker"]["ratio"] == summary["overview"]["ratio"] == 3.21


def test_the_cost_figures_come_from_one_function(monkeypatch, sample):
    monkeypatch.setattr(cost, "totals", lambda ws, scope: dict(COST))
    ws, scope = sample
    currency = ws.settings.currency
    assert tiles("cost")["CS cost"] == money(98765.43, currency)
    assert tiles("overview")["CS cost"] == money(98765.43, currency, compact=True)
    assert file_tiles(ws, scope)["CS cost"] == money(98765.43, currency, compact=True)
    summary = build_summary(ws, scope)
    assert summary["cost"]["total"] == summary["overview"]["cost"] == 98765.43


def test_the_overview_tiles_are_the_headline_numbers(monkeypatch, sample):
    ws, scope = sample
    patched = headline.headline_numbers(ws, scope) | {"active_arr": 4_321_000.0, "renewing_arr": 1_234_000.0}
    monkeypatch.setattr(headline, "headline_numbers", lambda ws, scope: dict(patched))
    currency = ws.settings.currency
    on_page, in_file = tiles("overview"), file_tiles(ws, scope)
    for shown in (on_page, in_file):
        assert shown["Active ARR"] == money(4_321_000.0, currency, compact=True)
        assert shown[f"Renewing in {headline.RENEWAL_DAYS} days"] == money(
            1_234_000.0, currency, compact=True
        )
    assert build_summary(ws, scope)["overview"]["active_arr"] == 4_321_000.0
