"""The team pages in a real browser: charts draw, the CSM filter changes them, the URL keeps it."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e

CSM = "Dana Lee"


def _wait_for_charts(page) -> None:
    page.get_by_test_id("stPlotlyChart").first.wait_for(state="visible")
    page.wait_for_function("document.querySelectorAll('[data-testid=stPlotlyChart] .main-svg').length > 0")
    # let Streamlit finish the run (the status widget disappears) and Plotly settle
    page.wait_for_timeout(800)


def _choose_csm(page, name: str) -> None:
    box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").first
    box.click()
    page.keyboard.type(name)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.get_by_text(f"CSM: {name}").first.wait_for(state="visible")


def _tall_screenshot(page, name: str, height: int = 3400) -> None:
    """The whole page: Streamlit scrolls inside its own container, so grow the window instead."""
    page.set_viewport_size({"width": 1440, "height": height})
    page.wait_for_timeout(1500)
    page.screenshot(path=str(ARTIFACTS / name))
    page.set_viewport_size({"width": 1440, "height": 900})


def test_overview_and_proactive_reactive_follow_the_csm_filter(app_url, page):
    page.goto(app_url)
    _wait_for_charts(page)
    page.screenshot(path=str(ARTIFACTS / "overview-all.png"))

    _choose_csm(page, CSM)
    _wait_for_charts(page)
    assert re.search(r"[?&]csm=Dana(\+|%20)Lee", page.url), page.url
    page.screenshot(path=str(ARTIFACTS / "overview.png"))

    page.get_by_test_id("stSidebarNav").get_by_text("Proactive vs Reactive").click()
    page.get_by_text(f"CSM: {CSM}").first.wait_for(state="visible")
    _wait_for_charts(page)
    page.screenshot(path=str(ARTIFACTS / "proactive-reactive.png"))
    _tall_screenshot(page, "proactive-reactive-full.png")


def test_a_copied_url_restores_the_filtered_view(app_url, browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    try:
        tab = context.new_page()
        tab.goto(f"{app_url}/proactive_reactive?csm=Dana+Lee&dates=12m")
        tab.get_by_text(f"CSM: {CSM}").first.wait_for(state="visible", timeout=60_000)
        _wait_for_charts(tab)
        assert tab.get_by_text("Last 12 months").first.is_visible()
        tab.goto(f"{app_url}/cost?csm=Dana+Lee")
        _wait_for_charts(tab)
        tab.screenshot(path=str(ARTIFACTS / "cost.png"))
        _tall_screenshot(tab, "cost-full.png", 4200)
    finally:
        context.close()
