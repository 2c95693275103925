"""Hostile names through one upload, every page and every download, in a real browser.

Names carrying markdown images, HTML, scripts, links and spreadsheet formulas are uploaded once,
in the data files and in a settings file (currency, tier, band, measure, touch and CSM names,
band notes); then every page is opened and every file it offers is downloaded (prepared first where it is
built on request). The browser must open no dialog and send no request anywhere but the local
server; a downloaded HTML file is opened under the same watch; a downloaded CSV must start no
cell with a formula.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from urllib.parse import urlparse

import pytest

from tests.e2e.conftest import ARTIFACTS, VIEWPORT, serve_app

PIXEL = "![px](https://tracker.invalid/p.png)"
IMG = "<img src=https://tracker.invalid/i.png onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"
LINK = "[click](javascript:alert(3))"
FORMULA = '=HYPERLINK("https://tracker.invalid","x")'
CSM = f"Eve {PIXEL} {IMG}"
ACCOUNT = f"Acme {SCRIPT} {LINK}"
NOTE = f'{FORMULA} &quot;q&quot; "quoted"'
CMD = "=cmd|' /C calc'!A0"
CR_FORMULA = "\r=1+2"
PAGES = [
    "Overview", "Account", "Proactive vs Reactive", "Cost of service", "Tiers & renewals", "Health",
    "Onboarding & adoption", "Outcomes", "Account plans", "Data", "Settings",
]  # fmt: skip
# The page files behind the titles: Streamlit names a page's address after its file.
PAGE_FILES = dict(zip(PAGES, [
    "overview", "account", "proactive_reactive", "cost", "renewals", "health", "onboarding",
    "outcomes", "plans", "data", "settings",
], strict=True))  # fmt: skip
TEXT_SUFFIXES = (".csv", ".html", ".htm", ".json", ".md", ".txt", ".toml")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _q(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _files(folder) -> list:
    engagements = ["date,account,csm,tag,duration_min,notes"]
    for day in range(1, 29):
        engagements.append(
            f"2025-05-{day:02d},{_q(ACCOUNT)},{_q(CSM)},{'proactive' if day % 3 else 'reactive'},30,{_q(NOTE)}"
        )
        engagements.append(f"2025-05-{day:02d},Beta,Dana,reactive,45,{_q(chr(13) + FORMULA)}")
    accounts = [
        "account,arr,csm,renewal_date,signed_on",
        f"{_q(ACCOUNT)},120000,{_q(CSM)},2025-08-01,2023-01-15",
        "Beta,40000,Dana,2025-07-01,2024-02-01",
    ]
    paths = []
    for name, lines in (("engagements.csv", engagements), ("accounts.csv", accounts)):
        path = folder / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _settings_file(folder) -> str:
    """A settings file whose currency, tier, band, measure, touch and CSM names carry the strings."""
    from cs_dash.settings import Settings, dumps_toml

    settings = Settings()
    settings.currency = "![c](https://tracker.invalid/c.png)"
    tiers = [f"{CMD} Gold", f"{CR_FORMULA} Silver", f"Bronze {PIXEL} {IMG}"]
    renamed = dict(zip(settings.tiers.names, tiers, strict=True))
    settings.tiers.names = tiers
    settings.tiers.no_arr_name = f"{CR_FORMULA} none {SCRIPT}"
    for touch in settings.programme:
        touch.tier = renamed[touch.tier]
        touch.touch = f"{CMD} {touch.touch} {LINK}"
    hostile = [PIXEL, IMG, CMD, CR_FORMULA, SCRIPT, LINK]
    for i, measure in enumerate(settings.scorecard):
        measure.label = f"{hostile[i % len(hostile)]} {measure.label}"
    for band, name, note in zip(settings.bands, (CMD, IMG, CR_FORMULA), (PIXEL, SCRIPT, CMD), strict=True):
        band.name = f"{name} {band.name}"
        band.note = f"{note} {band.note}"
    settings.rates = {CSM: 90.0, f"{CR_FORMULA} Dana": 80.0, "Dana": 70.0}
    path = folder / "settings.toml"
    path.write_text(dumps_toml(settings), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def app_url():
    with serve_app("streamlit-injection.log") as url:
        yield url


class Watch:
    """Every dialog opened and every request that left the local server, in one browser context."""

    def __init__(self, context):
        self.dialogs: list[str] = []
        self.outside: list[str] = []
        context.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        if urlparse(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def on_page(self, page):
        page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


# Counts the app's finished script runs and notes when its run state last changed, from the start.
_WATCH_RUNS = """
window.__runs = {finished: 0, changed: performance.now()};
new MutationObserver((changes) => {
  for (const change of changes) {
    window.__runs.changed = performance.now();
    if (change.target.getAttribute("data-test-script-state") === "notRunning") window.__runs.finished++;
  }
}).observe(document, {attributes: true, subtree: true, attributeFilter: ["data-test-script-state"]});
"""
_QUIET = """([after, quietMs]) => {
  const app = document.querySelector("[data-testid=stApp]");
  return app !== null && app.getAttribute("data-test-script-state") === "notRunning"
    && window.__runs.finished > after && performance.now() - window.__runs.changed > quietMs;
}"""


def _finished_runs(page) -> int:
    return page.evaluate("window.__runs.finished")


def _settle(page, after: int = -1, timeout_ms: int = 300_000) -> None:
    """Wait until the app is idle: more than ``after`` runs finished and none started for a second.

    A click on an element that a later run replaced can be lost, so nothing is clicked before this.
    It is a wait for a state, however long a busy machine takes, not a limit on how long runs take.
    """
    page.wait_for_function(_QUIET, arg=[after, 1000], polling=200, timeout=timeout_ms)


def _open_page(page, title: str) -> None:
    """Open a page from the sidebar and wait until its own run has finished.

    The address names the page as soon as the click lands; a click lost while a run redrew the
    sidebar is clicked again, as a person would. Only then does "a run finished" mean this page's.
    A page whose run never shows as started and finished (its run state can flip and flip back
    between two frames) is clicked again too, which runs it once more.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    stem = PAGE_FILES[title]
    shows_page = re.compile(rf"/{stem}(\?|$)" if title != PAGES[0] else rf"(/{stem}|:\d+/)(\?|$)")
    for attempt in range(4):
        before = _finished_runs(page)
        for _ in range(5):
            page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
            with contextlib.suppress(PlaywrightTimeout):
                page.wait_for_url(shows_page, timeout=15_000)
                break
        try:
            _settle(page, before, timeout_ms=90_000 if attempt < 3 else 300_000)
            return
        except PlaywrightTimeout:
            if attempt == 3:
                raise


def _started_by(page, clicked: float) -> None:
    """Give a click that reruns the app (a table's CSV does) a moment to start that run."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function("t => window.__runs.changed > t", arg=clicked, polling=100, timeout=1500)


def _downloads(page, title: str) -> list[tuple[str, bytes]]:
    """Every file the page offers: prepared first where built on request, tabs and expanders opened."""
    main = page.get_by_test_id("stMain")
    prepares = main.get_by_role("button", name="Prepare ")
    for i in range(prepares.count()):
        before = _finished_runs(page)
        prepares.nth(i).click()
        _settle(page, before)  # the file is built by this run
    closed = main.locator("details:not([open]) > summary")

    def open_expanders() -> None:
        """Open every closed expander a person can see (those in a hidden tab wait for their tab)."""
        while shown := [closed.nth(i) for i in range(closed.count()) if closed.nth(i).is_visible()]:
            shown[0].click()
            page.wait_for_timeout(200)

    buttons, done, got = main.get_by_test_id("stDownloadButton"), set(), []

    def visible_ones() -> None:
        open_expanders()
        for i in range(buttons.count()):
            if i in done or not buttons.nth(i).is_visible():
                continue
            got.append(_download(page, buttons.nth(i), title))
            done.add(i)

    visible_ones()
    tabs = main.get_by_role("tab")
    for t in range(tabs.count()):
        tabs.nth(t).click()
        _settle(page)
        visible_ones()
    return got


def _download(page, button, title: str) -> tuple[str, bytes]:
    """One file, clicked once the app is idle and the button ready.

    A file built on the click (a table's CSV, a deck) comes when it is built, so the wait is long. A
    click on a button that a rerun replaced in the same moment gets no file; it is tried again once.
    """
    from playwright.sync_api import Error as PlaywrightError

    for attempt in (1, 2):
        _settle(page)
        target = button.locator("button")
        target.wait_for(state="visible")
        clicked = page.evaluate("performance.now()")
        try:
            with page.expect_download(timeout=240_000) as info:
                target.click()
            download = info.value
            path = ARTIFACTS / "injection" / f"{title[:12]}-{download.suggested_filename}"
            path.parent.mkdir(parents=True, exist_ok=True)
            download.save_as(path)
        except PlaywrightError:  # Playwright's TimeoutError is one of these
            if attempt == 2:
                raise
            continue
        _started_by(page, clicked)
        return download.suggested_filename, path.read_bytes()
    raise AssertionError("unreachable")


_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")


def _is_number(cell: str) -> bool:
    return _PLAIN_NUMBER.fullmatch(cell) is not None


def _formula_cells(name: str, data: bytes) -> list[str]:
    """Cells a spreadsheet would run: formula-like text; a plain negative number is data."""
    rows = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    return [
        f"{name}: {cell!r}"
        for row in rows
        for cell in row
        if cell.startswith(FORMULA_START) and not _is_number(cell)
    ]


@pytest.mark.timeout(2400)
def test_hostile_names_open_no_dialog_and_no_outside_request_anywhere(app_url, browser, tmp_path):
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    watch = Watch(context)
    try:
        context.add_init_script(_WATCH_RUNS)
        page = context.new_page()
        watch.on_page(page)
        page.set_default_timeout(300_000)
        page.goto(f"{app_url}/data")
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(_files(tmp_path))
        # The files' own cards, by their row counts: the sample also lists an engagements.csv and an
        # accounts.csv, and leaving the page early must not be what the rest of the test looks at.
        page.get_by_text("engagements.csv — Engagements (CSM tracker), 56 rows").wait_for()
        page.get_by_text("accounts.csv — Accounts, 2 rows").wait_for()
        _settle(page)
        _open_page(page, "Settings")
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(_settings_file(tmp_path))
        page.get_by_text("Settings loaded from the file and applied.").wait_for()
        _settle(page)
        files, shown, overview_tiers = [], {}, True
        for title in PAGES:
            _open_page(page, title)
            if title == "Overview":
                # Its ARR chart names the settings file's tiers, drawn a while after the run has
                # finished on a busy machine. When it shows no ARR the run goes on (the band names
                # carry the strings on Health too) and fails at the end, with a picture of the page.
                tiers = page.get_by_test_id("stMain").get_by_text("calc'!A0").first
                try:
                    tiers.wait_for(timeout=90_000)
                except Exception:
                    overview_tiers = False
                    page.screenshot(
                        path=str(ARTIFACTS / "injection-overview-without-tiers.png"), full_page=True
                    )
            shown[title] = page.get_by_test_id("stMain").inner_text()
            files += _downloads(page, title)
        formulas, html_files = [], []
        for name, data in files:
            if name.endswith(".csv"):
                formulas += _formula_cells(name, data)
            if name.endswith((".html", ".htm")):
                html_files.append(name)
                viewer = context.new_page()
                watch.on_page(viewer)
                viewer.set_content(data.decode("utf-8"), wait_until="load")
                viewer.wait_for_timeout(300)
                viewer.close()
        (ARTIFACTS / "injection" / "watched.txt").write_text("\n".join(watch.dialogs + watch.outside))
        assert any("Eve" in text for text in shown.values())  # the hostile names did reach the pages
        assert any("calc'!A0" in text for text in shown.values())  # and so did the settings file's
        assert "tracker.invalid/c.png" in shown["Overview"]  # the currency, on the tiles
        assert any(name.endswith(".csv") for name, _ in files) and html_files
        assert watch.dialogs == []
        assert watch.outside == []
        assert formulas == []
        (ARTIFACTS / "injection" / "files.txt").write_text("\n".join(n for n, _ in files))
        assert overview_tiers, "the Overview showed no ARR by tier: see injection-overview-without-tiers.png"
    finally:
        context.close()
