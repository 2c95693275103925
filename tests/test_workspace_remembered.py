"""What every rerun asks of unchanged data is answered once per data version, and again after a change."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pandas as pd
import pytest

from cs_dash import sample_copy, store
from cs_dash.filters import Filters
from cs_dash.importing import ImportOptions
from cs_dash.metrics.renewals import renewal_table
from cs_dash.saved import SavedWorkspace
from cs_dash.scope import build_scope, choices, latest_activity, tier_order
from cs_dash.settings import Settings, TierSettings
from cs_dash.workspace import Workspace
from tests.apptest import TINY_COMPANY

ENGAGEMENTS = """
date,account,csm,tag
2025-01-02,Acme,Dana Lee,proactive
2025-01-09,Globex,Ali Khan,reactive
"""
ACCOUNTS = """
account,arr,csm,segment
Acme,5000,Dana Lee,SMB
Globex,1000,Ali Khan,Enterprise
"""


def _counted(answer):
    """A compute function that counts its calls."""
    calls = []

    def compute():
        calls.append(1)
        return answer

    return compute, calls


def test_an_answer_is_computed_once_while_the_data_stays(make_ws):
    ws = make_ws(engagements=ENGAGEMENTS)
    compute, calls = _counted(["a"])
    assert ws.remembered("question", compute) == ["a"]
    assert ws.remembered("question", compute) == ["a"]
    assert len(calls) == 1
    other, other_calls = _counted(7)
    assert ws.remembered("another question", other) == 7  # each name is its own answer
    assert len(other_calls) == 1


def test_an_added_file_a_removal_and_new_settings_each_compute_it_again(make_ws):
    ws = make_ws(engagements=ENGAGEMENTS)
    compute, calls = _counted(1)
    ws.remembered("question", compute)
    ws.add_file("more.csv", b"date,account,csm,tag\n2025-02-01,Initech,Dana Lee,proactive\n")
    ws.remembered("question", compute)
    assert len(calls) == 2
    ws.remove_file(len(ws.files) - 1)
    ws.remembered("question", compute)
    assert len(calls) == 3
    ws.set_settings(replace(Settings(), currency="€"))
    ws.remembered("question", compute)
    ws.remembered("question", compute)
    assert len(calls) == 4


def test_a_failed_upload_changes_nothing_and_keeps_the_answer(make_ws):
    ws = make_ws(engagements=ENGAGEMENTS)
    compute, calls = _counted(1)
    ws.remembered("question", compute)
    result = ws.add_file("empty.csv", b"")
    assert not result.ok
    ws.remembered("question", compute)
    assert len(calls) == 1


def test_latest_date_and_filter_choices_follow_an_upload(make_ws):
    ws = make_ws(engagements=ENGAGEMENTS, accounts=ACCOUNTS)
    assert latest_activity(ws) == dt.date(2025, 1, 9)
    csms, tiers, segments = choices(ws)
    assert csms == ["Ali Khan", "Dana Lee"]
    assert segments == ["Enterprise", "SMB"]
    csms.append("changed by a reader")  # a reader's copy: the remembered answer stays as it was
    assert choices(ws)[0] == ["Ali Khan", "Dana Lee"]
    ws.add_file(
        "later.csv",
        b"date,account,csm,tag\n2025-03-15,Acme,Zoe Park,proactive\n",
        ImportOptions(table="engagements"),
    )
    assert latest_activity(ws) == dt.date(2025, 3, 15)
    assert choices(ws)[0] == ["Ali Khan", "Dana Lee", "Zoe Park"]


def test_tier_order_follows_new_tier_settings(make_ws):
    ws = make_ws(engagements=ENGAGEMENTS, accounts=ACCOUNTS)
    # Two accounts at 5000 and 1000 ARR, split by a 2000 threshold into the two named tiers.
    ws.set_settings(
        replace(
            Settings(), tiers=TierSettings(method="thresholds", thresholds=[2000], names=["Big", "Small"])
        )
    )
    assert tier_order(ws) == ["Big", "Small"]
    assert choices(ws)[1] == ["Big", "Small"]
    renamed = TierSettings(method="thresholds", thresholds=[2000], names=["Gold", "Silver"])
    ws.set_settings(replace(Settings(), tiers=renamed))
    assert tier_order(ws) == ["Gold", "Silver"]


# Every change a workspace can go through, each of which must make a remembered answer be computed
# again: the data imported, removed or read again with other choices, the settings, the id matching.
MORE_ENGAGEMENTS = b"date,account,csm,tag\n2025-02-01,Initech,Dana Lee,proactive\n"
MORE_ACCOUNTS = b"account,arr,csm\nInitech,3000,Dana Lee\n"
CHANGES = {
    "engagements imported": lambda ws: ws.add_file("more.csv", MORE_ENGAGEMENTS),
    "accounts imported": lambda ws: ws.add_file("more_accounts.csv", MORE_ACCOUNTS),
    "a file removed": lambda ws: ws.remove_file(0),
    "a file read again with a chosen table": lambda ws: ws.reimport(1, ImportOptions(table="accounts")),
    "every file read again": lambda ws: ws.rebuild_from_uploads(),
    "new currency": lambda ws: ws.set_settings(replace(ws.settings, currency="€")),
    "new tiers": lambda ws: ws.set_settings(
        replace(ws.settings, tiers=TierSettings(method="thresholds", thresholds=[2000], names=["A", "B"]))
    ),
    "id matching off": lambda ws: ws.set_id_matching(False),
    "everything cleared": lambda ws: ws.clear(),
    "the sample loaded": lambda ws: ws.load_sample(TINY_COMPANY),
}


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_computes_a_remembered_answer_again(make_ws, change):
    ws = make_ws(engagements=ENGAGEMENTS, accounts=ACCOUNTS)
    compute, calls = _counted(1)
    ws.remembered("question", compute)
    ws.remembered("question", compute)
    assert len(calls) == 1
    CHANGES[change](ws)
    ws.remembered("question", compute)
    assert len(calls) == 2


def test_a_copy_of_the_shared_sample_computes_again_after_its_first_change():
    first, copy = Workspace(memory_limit="256MB"), Workspace(memory_limit="256MB")
    try:
        first.load_sample(TINY_COMPANY)
        copy.load_sample(TINY_COMPANY)  # reads the first one's tables through views
        latest = latest_activity(copy)
        compute, calls = _counted(1)
        copy.remembered("question", compute)
        assert sample_copy.kept_or_computed(copy, ("question",), lambda: "kept") == "kept"
        copy.add_file("later.csv", b"date,account,csm,tag\n2031-01-05,Acme,Dana Lee,proactive\n")
        copy.remembered("question", compute)
        assert len(calls) == 2
        assert latest_activity(copy) == dt.date(2031, 1, 5) != latest
        # What the unchanged copy kept for every session is not this changed one's answer.
        assert sample_copy.kept_or_computed(copy, ("question",), lambda: "its own") == "its own"
    finally:
        first.close()
        copy.close()


def test_a_change_saved_in_another_window_computes_the_answer_again():
    shelf = store.Store()
    info = shelf.create("Acme CS")
    mine, other = SavedWorkspace(info, memory_limit="256MB"), SavedWorkspace(info, memory_limit="256MB")
    try:
        mine.add_file("engagements.csv", ENGAGEMENTS.strip().encode() + b"\n")
        assert latest_activity(mine) == dt.date(2025, 1, 9)
        other.reload()
        other.add_file("later.csv", b"date,account,csm,tag\n2025-03-15,Acme,Zoe Park,proactive\n")
        assert mine.is_stale()
        mine.reload()  # as the next run of this window's session does
        assert latest_activity(mine) == dt.date(2025, 3, 15)
    finally:
        mine.close()
        other.close()


def test_another_as_of_date_gives_its_own_days_to_renewal(make_ws):
    ws = make_ws(
        engagements=ENGAGEMENTS,
        accounts="account,arr,csm,renewal_date\nAcme,5000,Dana Lee,2025-03-01\nGlobex,1000,Ali Khan,2025-02-01\n",
    )

    def days_left(day: dt.date) -> dict[str, int]:
        table = renewal_table(ws, build_scope(ws, Filters(as_of=day)))
        return dict(zip(table["account"], table["days_left"], strict=True))

    assert days_left(dt.date(2025, 1, 9)) == {"Globex": 23, "Acme": 51}
    assert days_left(dt.date(2025, 2, 1)) == {"Globex": 0, "Acme": 28}
    assert days_left(dt.date(2025, 1, 9)) == {"Globex": 23, "Acme": 51}


def test_a_later_unchanged_copy_of_the_sample_reuses_the_answer_and_a_changed_one_computes_its_own():
    first, later, changed = (Workspace.of_sample() for _ in range(3))
    try:
        compute, calls = _counted(("CSM A", "CSM B"))
        assert first.remembered("shared question", compute) == ("CSM A", "CSM B")
        assert later.remembered("shared question", compute) == ("CSM A", "CSM B")
        assert len(calls) == 1  # the second session found the first one's answer
        changed.add_file("more.csv", b"date,account,csm,tag\n2025-02-01,Initech,Dana Lee,proactive\n")
        mine, my_calls = _counted(("CSM A", "CSM B", "Dana Lee"))
        assert changed.remembered("shared question", mine) == ("CSM A", "CSM B", "Dana Lee")
        assert len(my_calls) == 1
        assert later.remembered("shared question", mine) == ("CSM A", "CSM B")  # still its own copy's
    finally:
        for ws in (first, later, changed):
            ws.close()


def test_a_view_frame_is_computed_once_per_question_and_each_reader_gets_its_own_copy(make_ws):
    ws = make_ws(engagements=ENGAGEMENTS)
    compute, calls = _counted(pd.DataFrame({"account": ["Acme"], "arr": [5000]}))
    first = ws.view_frame(("renewals", "all CSMs", 90), compute)
    first.loc[0, "arr"] = 1  # a reader's change stays its own
    again = ws.view_frame(("renewals", "all CSMs", 90), compute)
    assert again["arr"].tolist() == [5000] and len(calls) == 1
    ws.view_frame(("renewals", "Dana Lee", 90), compute)  # other filters: another question
    assert len(calls) == 2
    ws.add_file("more.csv", b"date,account,csm,tag\n2025-02-01,Initech,Dana Lee,proactive\n")
    ws.view_frame(("renewals", "all CSMs", 90), compute)  # other data: computed again
    assert len(calls) == 3
