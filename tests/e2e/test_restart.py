"""Saved workspaces in a real browser: the data and the numbers survive a server restart."""

from __future__ import annotations

import re

from tests.conftest import TEST_DATA
from tests.e2e.conftest import ARTIFACTS, VIEWPORT, serve_app
from tests.e2e.test_team_pages import _wait_for_charts

TINY = TEST_DATA / "tiny_company"


def _ratio_and_address(context, url: str) -> tuple[str, str]:
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{url}/proactive_reactive")
    _wait_for_charts(page)
    tile = page.get_by_test_id("stMetric").filter(has_text="Hurtlocker ratio").first
    value = tile.get_by_test_id("stMetricValue").inner_text()
    return value, page.url


def test_uploads_and_numbers_survive_a_restart_in_a_new_browser(browser, tmp_path):
    home = tmp_path / "home"
    with serve_app("streamlit-restart-1.log", home) as url:
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(f"{url}/data")
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
            [str(p) for p in sorted(TINY.glob("*.csv"))]
        )
        page.get_by_text("engagements.csv — Engagements (CSM tracker), 6 rows").wait_for()
        before, address = _ratio_and_address(context, url)
        context.close()
    workspace = re.search(r"[?&]ws=([0-9a-f]{16})", address)
    assert workspace, address
    assert before != ""

    with serve_app("streamlit-restart-2.log", home) as url:
        context = browser.new_context(viewport=VIEWPORT)  # a new browser: no cookies, no session
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(f"{url}/data")
        page.get_by_text("engagements.csv — Engagements (CSM tracker), 6 rows").wait_for()
        assert page.get_by_text("You are looking at").count() == 0
        page.screenshot(path=str(ARTIFACTS / "restart-data.png"), full_page=True)
        after, address_after = _ratio_and_address(context, url)
        assert after == before
        assert f"ws={workspace.group(1)}" in address_after
        context.close()
