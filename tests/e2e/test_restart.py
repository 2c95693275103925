"""Saved workspaces in a real browser: the data, a saved mapping, the settings and the numbers
survive a server restart, and everything the server wrote is owner-only."""

from __future__ import annotations

import contextlib
import re
import stat

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from tests.conftest import TEST_DATA
from tests.e2e.conftest import ARTIFACTS, VIEWPORT, serve_app, waits_explained
from tests.e2e.test_team_pages import _wait_for_charts

TINY = TEST_DATA / "tiny_company"
FIRST_FILE = "engagements.csv — Engagements (CSM tracker), 6 rows"
WAIT_MS = 300_000  # the first page of a cold server on a busy machine takes a minute or more
FIRST_LOG, SECOND_LOG = "streamlit-restart-1.log", "streamlit-restart-2.log"


def _ratio_and_address(context, url: str) -> tuple[str, str]:
    page = context.new_page()
    page.goto(f"{url}/proactive_reactive")
    _wait_for_charts(page)
    tile = page.get_by_test_id("stMetric").filter(has_text="Hurtlocker ratio").first
    value = tile.get_by_test_id("stMetricValue").inner_text()
    return value, page.url


def _type_choice(page):
    """The engagements file's mapping of its ``type`` header, its card opened."""
    card = page.get_by_test_id("stExpander").filter(has_text=FIRST_FILE)
    card.get_by_text(FIRST_FILE).click()
    return card.get_by_role("combobox", name="type")


def _choose(page, combobox, option: str) -> None:
    """Pick ``option`` in ``combobox``, opening it again if a rerun closed it before it showed."""
    choice = page.get_by_role("option", name=option)
    for _ in range(5):
        combobox.click()
        try:
            choice.wait_for(timeout=30_000)
            break
        except PlaywrightTimeoutError:
            page.keyboard.press("Escape")
    choice.click()


def _currency(context, url: str):
    page = context.new_page()
    page.goto(f"{url}/settings")
    return page, page.get_by_label("Currency symbol")


def _modes(home) -> dict[str, str]:
    """Every path the server wrote under ``home`` whose group or others may read, write or enter it."""
    return {
        str(p.relative_to(home)): oct(p.stat().st_mode & 0o777)
        for p in [home, *home.rglob("*")]
        if stat.S_IMODE(p.stat().st_mode) & 0o077
    }


@contextlib.contextmanager
def _new_browser(browser):
    """A browser of its own (no cookies, no session), every wait in it bounded by ``WAIT_MS``."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(WAIT_MS)
    try:
        yield context
    finally:
        context.close()


@pytest.mark.timeout(1800)  # two cold servers on a shared machine
def test_uploads_mapping_settings_and_numbers_survive_a_restart_in_a_new_browser(browser, tmp_path):
    home = tmp_path / "home"
    with serve_app(FIRST_LOG, home) as url, _new_browser(browser) as context:
        taking = "the first server to take the uploads, a mapping and the settings"
        with waits_explained(context, taking, FIRST_LOG, "restart-first-server"):
            page = context.new_page()
            page.goto(f"{url}/data")
            page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
                [str(p) for p in sorted(TINY.glob("*.csv"))]
            )
            page.get_by_text(FIRST_FILE).wait_for()
            _choose(page, _type_choice(page), "— ignore —")
            page.get_by_role("button", name="Save this mapping").click()
            page.get_by_text("Mapping saved: files with the same headers as engagements.csv").wait_for()

            settings, currency = _currency(context, url)
            currency.fill("€")
            settings.get_by_role("button", name="Apply").click()
            settings.get_by_text("Settings applied. Every page now uses them.").wait_for()
            before, address = _ratio_and_address(context, url)
    workspace = re.search(r"[?&]ws=([0-9a-f]{16})", address)
    assert workspace, address
    assert before != ""
    assert _modes(home) == {}

    with serve_app(SECOND_LOG, home) as url, _new_browser(browser) as context:
        showing = "the restarted server to show the saved data, mapping and settings"
        with waits_explained(context, showing, SECOND_LOG, "restart-second-server"):
            page = context.new_page()
            page.goto(f"{url}/data")
            page.get_by_text(FIRST_FILE).wait_for()
            assert page.get_by_text("You are looking at").count() == 0
            expect(_type_choice(page)).to_have_value("— ignore —", timeout=WAIT_MS)
            page.screenshot(path=str(ARTIFACTS / "restart-data.png"), full_page=True)
            _, currency = _currency(context, url)
            expect(currency).to_have_value("€", timeout=WAIT_MS)
            after, address_after = _ratio_and_address(context, url)
    assert after == before
    assert f"ws={workspace.group(1)}" in address_after
