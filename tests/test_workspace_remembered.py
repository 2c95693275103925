"""What every rerun asks of unchanged data is answered once per data version, and again after a change."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from cs_dash.importing import ImportOptions
from cs_dash.scope import choices, latest_activity, tier_order
from cs_dash.settings import Settings, TierSettings

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
