"""One customer's page in a real browser, and the scorecard file a CSM sends that customer."""

from __future__ import annotations

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_team_pages import _tall_screenshot, _wait_for_charts


def test_account_page_draws_and_downloads_the_customer_scorecard(app_url, page):
    page.goto(f"{app_url}/account")
    _wait_for_charts(page)
    shown = page.get_by_test_id("stMain").inner_text()
    _tall_screenshot(page, "account-full.png", height=2600)

    page.get_by_role("button", name="Prepare customer scorecard (HTML)").click()
    # The file is built on the click; a busy machine may take a while (a wait, not a time limit).
    download = page.get_by_role("button", name="Download customer scorecard (HTML)")
    download.wait_for(timeout=240_000)
    with page.expect_download(timeout=240_000) as download_info:
        download.click()
    path = ARTIFACTS / "scorecard.html"
    download_info.value.save_as(path)
    document = path.read_text(encoding="utf-8")
    account = document.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert account and account in shown
    assert "Customer success scorecard as of" in document
