"""Snapshots: each import into a saved workspace records the numbers as they were then."""

from __future__ import annotations

import pytest

from cs_dash import snapshots, store
from cs_dash.filters import Filters
from cs_dash.saved import SavedWorkspace
from tests.conftest import TEST_DATA
from tests.test_app_workspaces import new_session

TINY = TEST_DATA / "tiny_company"
# Two more reactive calls on the tiny company's last day.
MORE = b"date,account,csm,tag\n2025-06-30,Globex,Lee,reactive\n2025-06-30,Acme,Dana,reactive\n"


@pytest.fixture
def saved():
    made = []

    def open_(info):
        ws = SavedWorkspace(info, memory_limit="256MB")
        made.append(ws)
        return ws

    yield open_
    for ws in made:
        ws.close()


def test_each_import_stamps_the_kpis_and_scores_of_its_time(saved):
    info = store.Store().create("Acme")
    ws = saved(info)
    ws.add_file("engagements.csv", (TINY / "engagements.csv").read_bytes())
    assert snapshots.previous(ws) is None  # one snapshot: it is the data on screen
    ws.add_file("more.csv", MORE)
    # now 4 proactive and 4 reactive -> 1.00; before: 4 proactive, 2 reactive -> 2.00
    assert snapshots.headline(ws, snapshots.unfiltered(ws))["hurtlocker_ratio"] == pytest.approx(1.0)

    before = saved(store.Store().get(info.id))  # and it survives a reopen
    snap = snapshots.previous(before)
    assert snap.files == ["engagements.csv"]
    assert snap.kpis["hurtlocker_ratio"] == pytest.approx(2.0)
    assert snap.kpis["proactive_share"] == pytest.approx(4 / 6)
    assert sum(snap.band_counts.values()) == 3  # Acme, Globex, Initech each scored (or "No data")
    assert before.scalar("SELECT count(*) FROM cs_snapshots") == 2


def test_a_change_is_shown_only_for_the_view_the_snapshot_was_computed_for(saved):
    ws = saved(store.Store().create("Acme"))
    ws.add_file("engagements.csv", (TINY / "engagements.csv").read_bytes())
    base = snapshots.unfiltered(ws)
    assert snapshots.comparable(ws, base)
    assert not snapshots.comparable(
        ws, Filters(csms=("Lee",), as_of=base.as_of, date_preset="all").resolved()
    )
    assert not snapshots.comparable(ws, Filters(as_of=base.as_of, date_preset="90d").resolved())


def test_the_overview_says_what_the_tiles_were_before_the_last_import(saved):
    info = store.Store().create("Acme")
    ws = saved(info)
    ws.add_file("engagements.csv", (TINY / "engagements.csv").read_bytes())
    ws.add_file("more.csv", MORE)
    ws.close()
    at = new_session(page="overview", ws=info.id)
    notes = [c.value for c in at.caption if "before the last import" in c.value]
    assert len(notes) == 1 and "Hurtlocker ratio 2.00 → 1.00" in notes[0], notes
    assert "proactive share 67% → 50%" in notes[0]
