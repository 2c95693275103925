"""Opening another page while an upload's files are read loses none of them, in a real browser.

A click on another page stops the upload's run at its next Streamlit call, and the page drawn next
has no drop zone. Every file dropped must still reach the workspace, exactly once.
"""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import ARTIFACTS, VIEWPORT, serve_app

# Enough rows (about 12 MB) that the first file is still being read when the click lands.
ENGAGEMENT_DAYS = 300_000


@pytest.fixture(scope="module")
def app_url():
    """A server of this module's own: its uploads are saved, and other modules expect the sample."""
    with serve_app("streamlit-upload-leave.log") as url:
        yield url


def _files(folder) -> list[str]:
    """Engagements up to 28 May 2025, then two accounts renewing within 90 days of it (160k ARR)."""
    engagements = ["date,account,csm,tag,duration_min"]
    for n in range(ENGAGEMENT_DAYS):
        engagements.append(f"2025-05-{n % 28 + 1:02d},{'Acme' if n % 2 else 'Beta'},Dana,proactive,30")
    accounts = ["account,arr,csm,renewal_date", "Acme,120000,Dana,2025-08-01", "Beta,40000,Dana,2025-07-01"]
    paths = []
    for name, lines in (("engagements.csv", engagements), ("accounts.csv", accounts)):
        path = folder / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _tile(page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label).first


@pytest.mark.timeout(900)
def test_every_file_of_an_upload_left_for_another_page_is_imported(app_url, browser, tmp_path):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.set_default_timeout(300_000)
        page.goto(f"{app_url}/data")
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(_files(tmp_path))
        try:  # both files arrived in one run, which is reading the first
            page.get_by_text(re.compile(r"Importing file 1 of 2")).wait_for(timeout=120_000)
        except PlaywrightTimeout:
            page.screenshot(path=str(ARTIFACTS / "upload-then-leave-no-run.png"), full_page=True)
            pytest.skip("the files reached the app in runs of their own: no run reading two to leave")
        page.get_by_test_id("stSidebarNav").get_by_text("Overview", exact=True).click()
        arr = _tile(page, "Active ARR")
        arr.get_by_text("2 accounts").wait_for()
        page.screenshot(path=str(ARTIFACTS / "upload-then-leave-overview.png"), full_page=True)
        assert arr.get_by_test_id("stMetricValue").inner_text() == "$160k"
        page.get_by_test_id("stSidebarNav").get_by_text("Data", exact=True).click()
        page.get_by_text(f"engagements.csv — Engagements (CSM tracker), {ENGAGEMENT_DAYS:,} rows").wait_for()
        page.get_by_text("accounts.csv — Accounts, 2 rows").wait_for()
        cards = page.get_by_test_id("stExpander").filter(
            has_text=re.compile(r"(engagements|accounts)\.csv — ")
        )
        assert cards.count() == 2  # each file once
    finally:
        context.close()
