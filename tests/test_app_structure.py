"""The Data page shows each structural change the importer made, and undoes it on request."""

from __future__ import annotations

from tests import test_app_data
from tests.test_app_data import report, upload

data_page = test_app_data.data_page  # the Data page fixture, shared

WIDE = b"account,2025-01,2025-02,2025-03\nAcme,10,12,\nGlobex,5,6,7\n"
ACCOUNTS = b"Account ID,Account Name,ARR\nA-001,Acme Corp,1000\nA-002,Globex,500\n"
TRACKER = b"date,account,csm,tag\n2025-01-02,A-001,Dana,proactive\n2025-01-03,Acme Corp,Dana,reactive\n"


def _facts(at) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for frame in at.dataframe:
        if list(frame.value.columns) == ["what", "found"]:
            for what, text in frame.value.itertuples(index=False):
                found.setdefault(what, []).append(text)
    return found


def test_a_wide_file_says_it_was_unpivoted_and_the_user_can_undo_it(data_page):
    at = upload(data_page, ("active_users_by_month.csv", WIDE))
    assert report(at)["usage"] == 5  # 6 cells, one empty
    (changed,) = _facts(at)["Changed"]
    assert changed.startswith("3 month columns (2025-01 … 2025-03) turned into rows")
    next(b for b in at.button if b.label == "Undo: period columns turned into rows").click().run()
    assert not at.exception
    assert "Changed" not in _facts(at)
    assert _facts(at)["Not applied (undone)"] == ["period columns turned into rows"]
    next(b for b in at.button if b.label == "Apply again: period columns turned into rows").click().run()
    assert report(at)["usage"] == 5


def test_engagements_named_by_id_are_reported_and_matching_can_be_turned_off(data_page):
    at = upload(data_page, ("accounts.csv", ACCOUNTS), ("tracker.csv", TRACKER))
    captions = [c.value for c in at.caption]
    assert any("1 row of Engagements" in c and "named the account by id" in c for c in captions), captions
    toggle = next(t for t in at.toggle if t.label == "Match account ids to names")
    assert toggle.value is True
    toggle.set_value(False).run()
    assert not at.exception
    unmatched = next(df.value for df in at.dataframe if "kind" in df.value.columns)
    assert unmatched[["kind", "name"]].values.tolist() == [["account id", "A-001"]]
