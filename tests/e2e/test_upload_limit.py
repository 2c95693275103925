"""Files too big or too odd to read are refused in one sentence, and what was loaded stays.

The server runs with a 1 MB ``server.maxUploadSize`` so a 2 MB file is enough to be refused; the
file is a valid export, so had it got through it would have been imported and listed. Streamlit
1.67 shows the refusal as a red chip for the file whose tooltip (on hover) says "File must be
1.0MB or smaller."; the same sentence is the chip's alert for screen readers. A 10,000-column file
and a 100,000-character header get past the box and are refused by the importer, while another
user's session goes on working.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.conftest import TEST_DATA
from tests.e2e.conftest import ARTIFACTS, VIEWPORT, serve_app
from tests.e2e.test_team_pages import _wait_for_charts

KEPT = TEST_DATA / "messy" / "hand_kept_tracker.csv"


@pytest.fixture(scope="module")
def app_url():
    with serve_app("streamlit-upload-limit.log", extra=("--server.maxUploadSize=1",)) as url:
        yield url


@pytest.fixture
def big_export(tmp_path):
    row = b"2025-01-15,Acme Corporation,Dana Whitfield,Proactive\n"
    path = tmp_path / "big_tracker.csv"
    path.write_bytes(b"date,account,csm,tag\n" + row * (2_000_000 // len(row) + 1))
    assert path.stat().st_size > 2_000_000
    return path


def test_an_over_limit_file_is_refused_and_the_loaded_data_stays(app_url, page, big_export):
    page.set_default_timeout(120_000)  # the upload box's code loads after the page, late on a busy machine
    page.goto(f"{app_url}/data")
    drop = page.get_by_test_id("stFileUploaderDropzoneInput")
    drop.wait_for(state="attached")
    drop.set_input_files([str(KEPT)])
    page.get_by_text("hand_kept_tracker.csv —").first.wait_for()

    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files([str(big_export)])
    chip = page.get_by_test_id("stFileChip").filter(has_text="big_tracker.csv")
    expect(chip).to_have_attribute("aria-invalid", "true")
    expect(chip.get_by_role("alert")).to_have_text("Error: File must be 1.0MB or smaller.")
    chip.hover()
    expect(page.get_by_text("File must be 1.0MB or smaller.", exact=True)).to_be_visible()
    page.wait_for_timeout(1500)  # time for an upload or an import to show, had one started
    page.screenshot(path=str(ARTIFACTS / "data-upload-over-limit.png"), full_page=True)

    assert page.get_by_text("big_tracker.csv —").count() == 0
    assert page.get_by_text("hand_kept_tracker.csv —").count() >= 1
    page.reload()
    page.get_by_text("hand_kept_tracker.csv —").first.wait_for()
    assert page.get_by_text("big_tracker.csv").count() == 0


def test_hostile_shapes_get_one_sentence_each_and_another_session_carries_on(app_url, browser, tmp_path):
    wide = tmp_path / "ten_thousand_columns.csv"
    wide.write_text(",".join(f"column_{i}" for i in range(10_000)) + "\n" + ",".join(["1"] * 10_000) + "\n")
    long_header = tmp_path / "long_header.csv"
    long_header.write_text("account," + "x" * 100_000 + "\nAcme,1\n")
    uploader, onlooker = browser.new_context(viewport=VIEWPORT), browser.new_context(viewport=VIEWPORT)
    try:
        other = onlooker.new_page()
        other.set_default_timeout(120_000)
        other.goto(f"{app_url}/?ws=sample")
        _wait_for_charts(other)

        page = uploader.new_page()
        page.set_default_timeout(120_000)
        page.goto(f"{app_url}/data")
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files([str(wide), str(long_header)])
        page.get_by_text("ten_thousand_columns.csv has a header row of").first.wait_for()
        page.get_by_text("long_header.csv has a header row of 100,008 characters").first.wait_for()
        page.wait_for_timeout(800)
        page.screenshot(path=str(ARTIFACTS / "data-hostile-shapes.png"), full_page=True)
        assert page.get_by_text("Traceback").count() == 0

        other.get_by_test_id("stSidebarNav").get_by_text("Proactive vs Reactive").click()
        _wait_for_charts(other)
        other.get_by_text("You are looking at").wait_for()  # the other session still has its data
    finally:
        uploader.close()
        onlooker.close()
