"""Crash safety in a real server: kill -9 while it saves a big import, and the workspace is intact."""

from __future__ import annotations

import signal
import time

import pytest

from tests.conftest import TEST_DATA
from tests.e2e.conftest import STOP_TIMEOUT_S, VIEWPORT, serve_app, start_server, stop_server

TINY = TEST_DATA / "tiny_company"
FIRST_FILE = "engagements.csv — Engagements (CSM tracker), 6 rows"
WAIT_MS = 600_000  # a wait, not a time limit: the first page of a cold server is slow on a busy machine


def _big_export(path, rows: int = 1_000_000) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write("date,account,csm,tag\n")
        for i in range(rows):
            out.write(f"2025-01-{1 + i % 28:02d},Account {i % 5000},CSM {i % 12},proactive\n")


@pytest.mark.timeout(1800)  # a 1M-row upload and two cold servers on a shared machine
def test_a_server_killed_while_saving_an_import_reopens_the_previous_workspace(browser, tmp_path):
    home = tmp_path / "home"
    big = tmp_path / "big.csv"
    _big_export(big)
    server, url = start_server("streamlit-crash-1.log", home)
    try:
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        page.goto(f"{url}/data")
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(TINY / "engagements.csv"))
        page.get_by_text(FIRST_FILE).wait_for()
        (folder,) = (home / "workspaces").iterdir()
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(big))
        deadline = time.monotonic() + 900  # a wait for a slow machine, not a limit
        while not list(folder.glob(".data.duckdb.*.tmp*")):  # the new database is being written
            assert server.poll() is None and time.monotonic() < deadline, "the save never started"
            time.sleep(0.01)
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=STOP_TIMEOUT_S)
        context.close()
    finally:
        stop_server(server)

    with serve_app("streamlit-crash-2.log", home) as url:
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        page.goto(f"{url}/data")
        page.get_by_text(FIRST_FILE).wait_for()
        assert page.get_by_text("big.csv").count() == 0
        context.close()
