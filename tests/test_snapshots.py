"""Snapshots: each import into a saved workspace records the numbers as they were then."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from cs_dash import charts, snapshots, store
from cs_dash.filters import Filters
from cs_dash.metrics import health, health_history
from cs_dash.plots import customers
from cs_dash.saved import SavedWorkspace
from cs_dash.scope import Scope
from cs_dash.settings import Band, Settings, dumps_toml
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


def test_a_workspace_without_snapshot_tables_says_so_and_gets_them_with_its_first_stamp(make_ws):
    ws = make_ws(engagements=(TINY / "engagements.csv").read_text())
    assert not snapshots.has_tables(ws) and snapshots.previous(ws) is None
    snapshots.stamp(ws)
    assert snapshots.has_tables(ws)
    assert ws.scalar("SELECT count(*) FROM cs_snapshots") == 1


def test_a_snapshot_stores_every_account_score_as_scored_then(saved):
    ws = saved(store.Store().create("Acme"))
    ws.add_file("engagements.csv", (TINY / "engagements.csv").read_bytes())
    stored = ws.con.execute(
        "SELECT account_key, account, score, band FROM cs_snapshot_health WHERE snapshot_id = 1 ORDER BY account"
    ).fetchall()
    scores = health.account_scores(ws, snapshots.unfiltered(ws), breakdown=False).sort_values("account")
    expected = [
        (r.account_key, r.account, None if r.score != r.score else r.score, r.band)
        for r in scores.itertuples(index=False)
    ]
    assert [a for _, a, _, _ in stored] == ["Acme", "Globex", 'Initech <b>&</b> "Sons"']
    assert stored == expected


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


def test_the_snapshot_line_keeps_the_month_in_capitals_and_leaves_out_a_tile_empty_both_times(saved):
    info = store.Store().create("Acme")
    ws = saved(info)
    all_proactive = "date,account,csm,tag\n2025-06-01,Acme,Dana,proactive\n2025-06-02,Globex,Lee,proactive\n"
    ws.add_file("first.csv", all_proactive.encode())
    ws.add_file("second.csv", all_proactive.replace("06-0", "06-1").encode())
    ws.close()
    at = new_session(page="overview", ws=info.id)
    notes = [c.value for c in at.caption if "before the last import" in c.value]
    assert len(notes) == 1, notes
    assert re.match(r"Vs snapshot of \d{2} [A-Z][a-z]{2} \d{4} ", notes[0]), notes[0]  # "04 Dec 2026"
    assert "Hurtlocker ratio" not in notes[0]  # no ratio before or after: nothing to compare
    assert "proactive share 100% → 100%" in notes[0]


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
    assert found.stored_dates == [dt.date(2025, 2, 28)] and found.recomputed == [dt.date(2025, 1, 31)]
    text = found.describe(ws.settings.bands)
    assert "shown for 28 Feb 2025 (data to 28 Feb 2025)" in text
    assert "Recomputed from the data on screen: 31 Jan 2025." in text
    assert "banded as then" not in text  # the snapshot's bands are today's


def _snapshot(ws, snapshot_id: int, data_to: dt.date, score: float, band: str, settings: str = "") -> None:
    """A snapshot of an import whose data ran to ``data_to`` that scored account A ``score``."""
    snapshots.create_tables(ws)
    ws.con.execute(
        snapshots.INSERT_SNAPSHOT_SQL, [snapshot_id, dt.datetime(2025, 3, 20), data_to, "[]", settings]
    )
    ws.con.execute(snapshots.INSERT_HEALTH_SQL, [snapshot_id, "a", "A", score, band])


TOUCHES = "date,account,csm,tag\n2025-01-01,A,Dana,proactive\n2025-03-01,A,Dana,proactive"


def test_an_import_taken_mid_month_stands_for_the_month_end_nearest_its_data(make_ws):
    # Recomputed: 01-31 -> 50, 02-28 -> 3.33, 03-15 -> 76.67 (as above).
    ws = make_ws(scorecard(RECENCY), engagements=TOUCHES)
    _snapshot(ws, 1, dt.date(2025, 1, 20), 10.0, "At risk")  # 11 days before 01-31, 20 after 12-31
    _snapshot(ws, 2, dt.date(2025, 2, 10), 20.0, "At risk")  # 10 days after 01-31, 18 before 02-28: closer
    _snapshot(ws, 3, dt.date(2025, 3, 3), 80.0, "Healthy")  # 3 days after 02-28
    _snapshot(ws, 4, dt.date(2025, 3, 15), 99.0, "Healthy")  # reaches the as-of date: the data on screen
    view = Scope(as_of=dt.date(2025, 3, 15))

    got = health_history.history(ws, view, months=2)
    assert got["score"].tolist() == pytest.approx([20.0, 80.0, 100 * 46 / 60])
    assert got["band"].tolist() == ["At risk", "Healthy", "Healthy"]
    found = health_history.sources(ws, view, months=2)
    assert [(m.month_end, m.data_to) for m in found.stored] == [
        (dt.date(2025, 1, 31), dt.date(2025, 2, 10)),
        (dt.date(2025, 2, 28), dt.date(2025, 3, 3)),
    ]
    assert found.recomputed == []
    text = found.describe(ws.settings.bands)
    assert text.startswith(
        "An import's stored scores stand for the month end nearest the last date of its data"
    )
    assert "31 Jan 2025 (data to 10 Feb 2025), 28 Feb 2025 (data to 03 Mar 2025)" in text

    # An as-of date before the import of 03-03: that import saw rows the view ignores, so 02-28 is
    # recomputed (58 days since the 01-01 touch -> 3.33) and 03-01 -> 0 days -> 100.
    earlier = health_history.history(ws, Scope(as_of=dt.date(2025, 3, 1)), months=2)
    assert earlier["score"].tolist() == pytest.approx([20.0, 100 * 2 / 60, 100.0])


def test_of_two_imports_equally_near_a_month_end_the_later_one_is_shown(make_ws):
    ws = make_ws(scorecard(RECENCY), engagements=TOUCHES)
    _snapshot(ws, 1, dt.date(2025, 1, 17), 10.0, "At risk")  # 14 days before 01-31
    _snapshot(ws, 2, dt.date(2025, 2, 14), 20.0, "At risk")  # 14 days after 01-31 and before 02-28
    got = health_history.history(ws, Scope(as_of=dt.date(2025, 3, 15)), months=2)
    assert got["score"].tolist() == pytest.approx([20.0, 100 * 2 / 60, 100 * 46 / 60])


def test_a_stored_month_keeps_the_bands_of_its_time(make_ws):
    then = Settings(
        bands=[Band("Green", 80, "#00AA00"), Band("Amber", 30, "#FFAA00"), Band("Red", 0, "#AA0000")]
    )
    ws = make_ws(scorecard(RECENCY), engagements=TOUCHES)  # today: Healthy >= 70, Watch >= 40, At risk
    _snapshot(ws, 1, dt.date(2025, 2, 26), 40.0, "Amber", dumps_toml(then))
    view = Scope(as_of=dt.date(2025, 3, 15))

    got = health_history.history(ws, view, months=2)
    assert got["band"].tolist() == ["Watch", "Amber", "Healthy"]  # 40 today would be Watch
    counted = health_history.band_history(ws, view, months=2)
    assert counted[["band", "accounts"]].values.tolist() == [["Watch", 1], ["Amber", 1], ["Healthy", 1]]

    found = health_history.sources(ws, view, months=2)
    today = ws.settings.bands
    assert [b.name for b in found.bands(today)] == ["Green", "Healthy", "Watch", "Amber", "At risk", "Red"]
    assert "28 Feb 2025 is banded as then: Green ≥ 80, Amber ≥ 30, else Red." in found.describe(today)
    colours = charts.band_colours(found.bands(today), health.NO_SCORE_BAND)
    figure = customers.band_history(counted, "everyone", colours)
    assert {t.name: t.marker.color for t in figure.data}["Amber"] == "#FFAA00"


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


def test_the_health_page_names_the_month_an_earlier_import_stands_for_and_its_bands(saved):
    info = store.Store().create("Acme")
    ws = saved(info)
    ws.set_settings(Settings(bands=[Band("Green", 80, "#00AA00"), Band("Red", 0, "#AA0000")]))
    ws.add_file(
        "may.csv", b"date,account,csm,tag\n2025-05-02,Acme,Dana,proactive\n2025-06-02,Acme,Dana,reactive\n"
    )
    ws.set_settings(Settings())  # today's bands: Healthy, Watch, At risk
    ws.add_file("engagements.csv", (TINY / "engagements.csv").read_bytes())
    ws.close()

    at = new_session(page="health", ws=info.id)
    (caption,) = [c.value for c in at.caption if "stored scores stand for" in c.value]
    assert "31 May 2025 \\(data to 02 Jun 2025\\)" in caption  # the first import's data ran to 06-02
    assert "31 May 2025 is banded as then\\: Green ≥ 80, else Red" in caption
