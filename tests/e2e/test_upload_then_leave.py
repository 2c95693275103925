"""Opening another page while an upload's files are read loses none of them, in a real browser.

A click on another page stops the upload's run at its next Streamlit call, and the page drawn next
has no drop zone. Every file dropped must still reach the workspace, exactly once.

The drop zone sends its files to the app together, once all are uploaded, so one run reads both.
The page itself opens the other page the moment it shows that run reading the first file: the
click reaches the server within milliseconds, while reading the first file takes seconds, however
busy the machine is. Coming back, the Data page says what became of both files, which it can only
do when the run that read them was stopped before it could show it.
"""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import ARTIFACTS, VIEWPORT, serve_app

# Enough rows (about 10 MB) that reading the first file outlasts a click by far.
ENGAGEMENT_DAYS = 300_000
READING_FIRST = "Importing file 1 of 2: engagements.csv"
LEFT_FOR = "Overview"
WAIT_MS = 600_000  # a cold server's first upload on a busy machine takes a minute or more

# Watches the page; the moment it shows ``reading``, clicks the sidebar's link to ``page`` and
# notes in ``window.leftWhileReading`` whether it found the link.
LEAVE_WHEN_SHOWN = """([reading, page]) => {
    const watch = new MutationObserver(() => {
        if (!document.body.textContent.includes(reading)) return;
        watch.disconnect();
        const label = document.querySelector(`[data-testid="stSidebarNav"] span[label="${page}"]`);
        const link = label && label.closest("a");
        if (link) link.click();
        window.leftWhileReading = link ? "clicked" : `no sidebar link to ${page}`;
    });
    watch.observe(document.body, {subtree: true, childList: true, characterData: true});
}"""


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


# True once the page has its charts and each has drawn: a trace with data, or the sentence a
# chart with nothing to show carries. A screenshot taken before shows grey frames.
CHARTS_DRAWN = """(count) => {
    const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot')];
    const drawn = (chart) => chart.querySelector("g.trace .point, g.trace path.js-line, g.hm, g.annotation-text-g");
    return charts.length >= count && charts.every(drawn);
}"""
OVERVIEW_CHARTS = 2  # the Hurtlocker ratio per month, ARR by tier and health


def _tile(page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label).first


@pytest.mark.timeout(900)
def test_every_file_of_an_upload_left_for_another_page_is_imported(app_url, browser, tmp_path):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        page.goto(f"{app_url}/data")
        drop_zone = page.get_by_test_id("stFileUploaderDropzoneInput")
        drop_zone.wait_for(state="attached")
        page.evaluate(LEAVE_WHEN_SHOWN, [READING_FIRST, LEFT_FOR])
        drop_zone.set_input_files(_files(tmp_path))
        try:
            page.wait_for_function("() => window.leftWhileReading !== undefined")
        except PlaywrightTimeout:
            page.screenshot(path=str(ARTIFACTS / "upload-then-leave-no-run.png"), full_page=True)
            pytest.fail(
                f"the Data page never showed '{READING_FIRST}' within {WAIT_MS // 1000} s of the upload"
            )
        assert page.evaluate("window.leftWhileReading") == "clicked"

        arr = _tile(page, "Active ARR")
        arr.get_by_text("2 accounts").wait_for()
        page.wait_for_function(CHARTS_DRAWN, arg=OVERVIEW_CHARTS)
        page.screenshot(path=str(ARTIFACTS / "upload-then-leave-overview.png"), full_page=True)
        assert arr.get_by_test_id("stMetricValue").inner_text() == "$160k"

        page.get_by_test_id("stSidebarNav").get_by_text("Data", exact=True).click()
        page.get_by_text(f"engagements.csv — Engagements (CSM tracker), {ENGAGEMENT_DAYS:,} rows").wait_for()
        page.get_by_text("accounts.csv — Accounts, 2 rows").wait_for()
        cards = page.get_by_test_id("stExpander").filter(
            has_text=re.compile(r"(engagements|accounts)\.csv — ")
        )
        assert cards.count() == 2  # each file once
        # The run reading them was stopped before it could say what became of them: the Data page
        # says it now, of the file read before leaving and of the one the Overview's run read.
        notices = page.get_by_test_id("stAlert")
        assert notices.filter(has_text=f"engagements.csv: {ENGAGEMENT_DAYS:,} rows loaded").count() == 1
        assert notices.filter(has_text="accounts.csv: 2 rows loaded into Accounts").count() == 1
    finally:
        context.close()
