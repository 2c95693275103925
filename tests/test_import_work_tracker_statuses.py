"""A work tracker's board columns as a plan item's status: before done is open, done is done."""

from __future__ import annotations

import pytest

from cs_dash.importing.vocabulary import PLAN_STATUS_VOCABULARY


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("In Development", "open"),
        ("In Progress", "open"),
        ("Ready for Review", "open"),
        ("Ready for Dev", "open"),
        ("Backlog", "open"),
        ("To Do", "open"),
        ("Unstarted", "open"),
        ("Done", "done"),
        ("Completed", "done"),
        ("Shipped", "done"),
        ("Released", "done"),
        ("Blocked", "at risk"),
    ],
)
def test_a_work_trackers_status_words_say_open_or_done(written, status):
    assert PLAN_STATUS_VOCABULARY.lookup(written) == status
