"""A bookmarked page address opens that page inside the full app, even as a server's first request."""

from __future__ import annotations

from tests.e2e.conftest import ARTIFACTS, serve_app

FIRST_PAGE_MS = 300_000  # a cold server's first page builds the sample: a minute or more on a busy machine


def test_a_fresh_server_opens_a_bookmarked_page_with_navigation_and_filters(page):
    with serve_app("streamlit-bookmark.log") as url:
        page.goto(f"{url}/data")
        page.get_by_text("You are looking at").wait_for(timeout=FIRST_PAGE_MS)
        links = page.get_by_test_id("stSidebarNavLink").all_inner_texts()
        assert any("Overview" in link for link in links), links
        assert not any(link.strip() == "app" for link in links), links
        page.get_by_role("heading", name="Filters").wait_for()
        page.screenshot(path=str(ARTIFACTS / "bookmark-data.png"))
