"""The customer pages in a real browser: Health and Tiers & renewals draw, and follow the tier filter."""

from __future__ import annotations

from tests.e2e.conftest import ARTIFACTS

# The Health page scores every account at a year of month ends; with other test runs sharing the
# CPU it has taken close to two minutes to draw, so wait up to three (a wait, not a time limit).
DRAW_WAIT_MS = 180_000


def _open(page, app_url: str, title: str, charts: int) -> None:
    page.goto(app_url)
    page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
    page.get_by_test_id("stPlotlyChart").nth(charts - 1).wait_for(state="visible", timeout=DRAW_WAIT_MS)
    page.wait_for_function(
        f"document.querySelectorAll('[data-testid=stPlotlyChart] .main-svg').length >= {charts}",
        timeout=DRAW_WAIT_MS,
    )
    page.wait_for_timeout(800)


def _tall_screenshot(page, name: str, height: int) -> None:
    """The whole page: Streamlit scrolls inside its own container, so grow the window instead."""
    page.set_viewport_size({"width": 1440, "height": height})
    page.wait_for_timeout(1500)
    page.screenshot(path=str(ARTIFACTS / name))
    page.set_viewport_size({"width": 1440, "height": 900})


def test_the_health_page_draws_bands_early_warning_history_and_backtest(app_url, page):
    _open(page, app_url, "Health", charts=5)
    assert page.get_by_text("Early warning").first.is_visible()
    assert page.get_by_text("Churn rate by health band").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "health.png"))
    _tall_screenshot(page, "health-full.png", 4200)


def test_the_renewals_page_draws_tiers_windows_and_the_timeline_and_follows_the_tier_filter(app_url, page):
    _open(page, app_url, "Tiers & renewals", charts=3)
    assert page.get_by_text("Every renewal").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "renewals.png"))
    _tall_screenshot(page, "renewals-full.png", 3600)

    box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").nth(1)  # CSM, then Tier
    box.click()
    page.keyboard.type("Tier 1")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.get_by_text("Tier 1 · as of").first.wait_for(state="visible")
    page.wait_for_timeout(1500)
    page.screenshot(path=str(ARTIFACTS / "renewals-tier-1.png"))
