"""Uploading real exports in a real browser; the sample stays untouched by an upload."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_DATA
from tests.e2e.conftest import ARTIFACTS, VIEWPORT, serve_app
from tests.e2e.test_team_pages import _wait_for_charts

MESSY = TEST_DATA / "messy"


@pytest.fixture(scope="module")
def app_url():
    """A server of this module's own: its uploads are saved, and other modules expect the sample."""
    with serve_app("streamlit-uploads.log") as url:
        yield url


def _upload(page, *names: str) -> None:
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files([str(MESSY / n) for n in names])


def test_a_salesforce_report_and_a_european_excel_land_in_their_tables(app_url, page):
    page.goto(f"{app_url}/data")
    page.get_by_test_id("stFileUploaderDropzoneInput").wait_for(state="attached")
    _upload(page, "salesforce_activities.csv", "european_excel.csv")
    page.get_by_text("salesforce_activities.csv — Engagements (CSM tracker), 4 rows").wait_for()
    page.get_by_text("european_excel.csv —").first.wait_for()
    page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / "data-uploaded.png"), full_page=True)

    page.get_by_test_id("stSidebarNav").get_by_text("Proactive vs Reactive").click()
    _wait_for_charts(page)
    assert page.get_by_text("You are looking at").count() == 0  # the sample is gone for this user


def test_a_second_window_reopens_the_upload_and_the_sample_stays_untouched(app_url, browser):
    first = browser.new_context(viewport=VIEWPORT)
    second = browser.new_context(viewport=VIEWPORT)
    third = browser.new_context(viewport=VIEWPORT)
    try:
        a = first.new_page()
        a.set_default_timeout(60_000)
        a.goto(f"{app_url}/data")
        a.get_by_test_id("stFileUploaderDropzoneInput").wait_for(state="attached")
        _upload(a, "hand_kept_tracker.csv")
        a.get_by_text("hand_kept_tracker.csv —").first.wait_for()

        b = second.new_page()  # single-user mode: a new window opens the workspace used last
        b.set_default_timeout(60_000)
        b.goto(f"{app_url}/data")
        b.get_by_text("hand_kept_tracker.csv —").first.wait_for()
        assert b.get_by_text("You are looking at").count() == 0

        c = third.new_page()
        c.set_default_timeout(60_000)
        c.goto(f"{app_url}/?ws=sample")
        _wait_for_charts(c)
        c.get_by_text("You are looking at").wait_for()  # the sample, untouched by the upload
        assert c.get_by_text("hand_kept_tracker").count() == 0
    finally:
        first.close()
        second.close()
        third.close()
