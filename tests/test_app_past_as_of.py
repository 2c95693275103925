"""As of a past date, every page that shows ARR or renewals says, next to them, what the data cannot
answer for that day: ARR is today's and renewal dates are the next renewal as exported."""

from __future__ import annotations

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from cs_dash.scope import PAST_ARR_NOTE, PAST_RENEWAL_NOTE, default_as_of
from cs_dash.workspace import SAMPLE_DIR, Workspace
from tests.apptest import APP
from tests.conftest import ROOT

# Each page that shows ARR or renewal dates, and what it must say about them for a past date.
NOTES = {
    "renewals": (PAST_ARR_NOTE, PAST_RENEWAL_NOTE),
    "health": (PAST_ARR_NOTE, PAST_RENEWAL_NOTE),
    "account": (PAST_ARR_NOTE, PAST_RENEWAL_NOTE),
    "cost": (PAST_ARR_NOTE,),
    "plans": (PAST_ARR_NOTE,),
}


@pytest.fixture(scope="module")
def latest() -> dt.date:
    ws = Workspace()
    ws.load_sample(SAMPLE_DIR)
    try:
        return default_as_of(ws)
    finally:
        ws.close()


def opened(page: str, as_of: dt.date | None) -> AppTest:
    at = AppTest.from_file(
        APP if page == "overview" else str(ROOT / "pages" / f"{page}.py"), default_timeout=180
    )
    if as_of:
        at.query_params["as_of"] = as_of.isoformat()
    at.run()
    assert not at.exception, f"{page}: {at.exception}"
    return at


def said(at: AppTest) -> str:
    """Every caption and tile delta on the page, as one text."""
    parts = [c.value for c in at.caption] + [str(m.delta) for m in at.metric]
    return "\n".join(parts)


@pytest.mark.parametrize("page", sorted(NOTES))
def test_a_page_says_what_a_past_date_cannot_answer(page, latest):
    text = said(opened(page, latest - dt.timedelta(days=200)))
    for note in NOTES[page]:
        assert note in text, f"{page} does not say {note!r} for a past date"


@pytest.mark.parametrize("page", sorted(NOTES))
def test_on_the_data_s_latest_date_the_page_says_nothing_of_the_kind(page, latest):
    text = said(opened(page, None))
    assert PAST_ARR_NOTE not in text and PAST_RENEWAL_NOTE not in text


def test_the_overview_tiles_carry_the_notes_for_a_past_date(latest):
    past = opened("overview", latest - dt.timedelta(days=200))
    deltas = {m.label: str(m.delta) for m in past.metric}
    assert PAST_ARR_NOTE in deltas["Active ARR"]
    assert PAST_RENEWAL_NOTE in deltas["Renewing in 90 days"]
    today = {m.label: str(m.delta) for m in opened("overview", None).metric}
    assert PAST_ARR_NOTE not in today["Active ARR"] and PAST_RENEWAL_NOTE not in today["Renewing in 90 days"]
