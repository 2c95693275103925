"""Snapshots: each import into a saved workspace records the numbers as they were then."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash import snapshots, store
from cs_dash.filters import Filters
from cs_dash.metrics import health_history
from cs_dash.saved import SavedWorkspace
from cs_dash.scope import Scope
from tests.conftest import TEST_DATA
from tests.test_app_workspaces import new_session
from tests.test_health import RECENCY, scorecard

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


def test_health_history_shows_the_stored_scores_of_a_month_end_a_snapshot_was_taken_on(make_ws):
    # Recomputed (one measure, 0 days since proactive -> 100, 60 days -> 0): 01-31 -> 50,
    # 02-28 -> 3.33, 03-15 -> 76.67. A snapshot taken on 02-28 stored A at 40 (Watch), and B,
    # which the filtered view leaves out.
    ws = make_ws(
        scorecard(RECENCY),
        accounts="account,arr,csm\nA,100,Dana\nB,50,Lee",
        engagements="date,account,csm,tag\n2025-01-01,A,Dana,proactive\n2025-03-01,A,Dana,proactive",
    )
    snapshots.create_tables(ws)
    ws.con.execute(
        snapshots.INSERT_SNAPSHOT_SQL, [1, dt.datetime(2025, 2, 28, 18), dt.date(2025, 2, 28), "[]", ""]
    )
    ws.con.executemany(
        snapshots.INSERT_HEALTH_SQL, [[1, "a", "A", 40.0, "Watch"], [1, "b", "B", 90.0, "Healthy"]]
    )
    view = Scope(as_of=dt.date(2025, 3, 15), csms=("Dana",))

    got = health_history.history(ws, view, months=2)
    assert got["account"].unique().tolist() == ["A"]
    assert got["score"].tolist() == pytest.approx([50.0, 40.0, 100 * 46 / 60])
    assert got["band"].tolist()[1] == "Watch"
    assert got["change"].tolist()[1:] == pytest.approx([-10.0, 100 * 46 / 60 - 40])
    bands = health_history.band_history(ws, view, months=2)
    assert bands[["band", "accounts", "arr"]].values.tolist() == [
        ["Watch", 1, 100.0],  # recomputed 50
        ["Watch", 1, 100.0],  # stored 40, where the data on screen now gives 3.33 (At risk)
        ["Healthy", 1, 100.0],
    ]
    found = health_history.sources(ws, view, months=2)
    assert found == health_history.Sources([dt.date(2025, 2, 28)], [dt.date(2025, 1, 31)])
    assert (
        "28 Feb 2025" in found.describe()
        and "Recomputed from the data on screen: 31 Jan 2025" in found.describe()
    )


def test_without_snapshots_the_history_is_the_recomputed_one(make_ws):
    ws = make_ws(
        scorecard(RECENCY),
        engagements="date,account,csm,tag\n2025-01-01,A,Dana,proactive\n2025-03-01,A,Dana,proactive",
    )
    view = Scope(as_of=dt.date(2025, 3, 15))
    assert health_history.history(ws, view, months=2)["score"].tolist() == pytest.approx(
        [50.0, 100 * 2 / 60, 100 * 46 / 60]
    )
    assert health_history.sources(ws, view, months=2).stored == []


def test_a_rebuild_from_the_raw_uploads_stamps_a_snapshot(saved):
    ws = saved(store.Store().create("Acme"))
    ws.add_file("engagements.csv", (TINY / "engagements.csv").read_bytes())
    assert ws.scalar("SELECT count(*) FROM cs_snapshots") == 1
    ws.rebuild_from_uploads()
    assert ws.scalar("SELECT count(*) FROM cs_snapshots") == 2
    assert snapshots.previous(ws).files == ["engagements.csv"]
