"""An upload whose import run is stopped (a page opened, another file dropped) still imports every file.

Streamlit stops a run at its next Streamlit call when the user opens another page while files are
read; the page drawn next may have no drop zone, and the files not yet imported must not be lost.
"""

from __future__ import annotations

import pytest
from streamlit.runtime.scriptrunner_utils.exceptions import StopException
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx
from streamlit.testing.v1 import AppTest

from cs_dash.saved import SavedWorkspace
from tests.conftest import ROOT
from ui.data_widgets import PENDING
from ui.render import escape_md

EARLIER_CSV = b"date,account,csm,tag,duration_min\n2025-04-01,Acme,Eve,proactive,20\n"
# Two accounts renewing within 90 days of the engagements' last day (28 May 2025): 160k in all.
ENGAGEMENTS_CSV = (
    b"date,account,csm,tag,duration_min\n2025-05-01,Acme,Eve,proactive,30\n2025-05-28,Beta,Dana,reactive,45\n"
)
ACCOUNTS_CSV = b"account,arr,csm,renewal_date\nAcme,120000,Eve,2025-08-01\nBeta,40000,Dana,2025-07-01\n"


@pytest.fixture
def imported(monkeypatch):
    """The names of the files imported, in order; the run stops as soon as engagements.csv is in,
    as a click on another page stops it."""
    original = SavedWorkspace.add_file
    names: list[str] = []

    def add_then_stop(self, name, *args, **kwargs):
        result = original(self, name, *args, **kwargs)
        names.append(name)
        if name == "engagements.csv":
            raise StopException()
        return result

    monkeypatch.setattr(SavedWorkspace, "add_file", add_then_stop)
    return names


@pytest.fixture
def left_while_reading(monkeypatch):
    """The names of the files imported, in order; another page is opened while engagements.csv
    is read, so the run stops at its next Streamlit call, whichever it is."""
    original = SavedWorkspace.add_file
    names: list[str] = []

    def add_while_the_user_leaves(self, name, *args, **kwargs):
        result = original(self, name, *args, **kwargs)
        names.append(name)
        if name == "engagements.csv":
            get_script_run_ctx().script_requests.request_stop()
        return result

    monkeypatch.setattr(SavedWorkspace, "add_file", add_while_the_user_leaves)
    return names


def _tile(at: AppTest, label: str):
    return next(m for m in at.metric if m.label == label)


def test_files_left_by_a_stopped_upload_run_are_imported_by_the_next_page(imported):
    AppTest.from_string("import streamlit as st\nst.cache_resource.clear()").run()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.switch_page("pages/data.py").run()
    # A first upload starts the workspace (and draws the filters afresh) in a run of its own.
    earlier = ("earlier.csv", EARLIER_CSV, "text/csv")
    at.file_uploader[0].set_value([earlier]).run()
    two = [("engagements.csv", ENGAGEMENTS_CSV, "text/csv"), ("accounts.csv", ACCOUNTS_CSV, "text/csv")]
    at.file_uploader[0].set_value([earlier, *two]).run()
    assert imported == ["earlier.csv", "engagements.csv"]  # stopped before accounts.csv

    at.switch_page("pages/overview.py").run()  # the next run draws a page without the drop zone
    assert not at.exception
    assert imported == ["earlier.csv", "engagements.csv", "accounts.csv"]
    assert _tile(at, "Active ARR").value == "$160k"
    assert _tile(at, "Renewing in 90 days").delta == "2 accounts"

    at.switch_page("pages/data.py").run()  # nothing is imported twice
    assert not at.exception
    assert imported == ["earlier.csv", "engagements.csv", "accounts.csv"]
    assert at.session_state[PENDING] == []


def test_the_data_page_tells_what_became_of_each_file_of_a_run_left_for_another_page(left_while_reading):
    AppTest.from_string("import streamlit as st\nst.cache_resource.clear()").run()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.switch_page("pages/data.py").run()
    earlier = ("earlier.csv", EARLIER_CSV, "text/csv")
    at.file_uploader[0].set_value([earlier]).run()
    two = [("engagements.csv", ENGAGEMENTS_CSV, "text/csv"), ("accounts.csv", ACCOUNTS_CSV, "text/csv")]
    at.file_uploader[0].set_value([earlier, *two]).run()
    assert left_while_reading == ["earlier.csv", "engagements.csv"]  # stopped before accounts.csv

    at.switch_page("pages/overview.py").run()
    assert left_while_reading == ["earlier.csv", "engagements.csv", "accounts.csv"]

    at.switch_page("pages/data.py").run()  # back: both files' notices, the one read before leaving too
    assert not at.exception
    told = [s.value for s in at.success]
    assert escape_md("engagements.csv: 2 rows loaded into Engagements (CSM tracker).") in told
    assert escape_md("accounts.csv: 2 rows loaded into Accounts.") in told
