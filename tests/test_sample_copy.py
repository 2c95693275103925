"""The sample company is imported once per process; each later session gets its own copy."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from cs_dash import sample_copy
from cs_dash.filters import Filters
from cs_dash.metrics import facts
from cs_dash.scope import build_scope
from cs_dash.settings import MappingProfile, Settings, TierSettings
from cs_dash.workspace import SAMPLE_DIR, Workspace


def _tables(ws: Workspace) -> dict:
    """Every table the session reads, its own or shared through a view, by name."""
    names = [
        r[0]
        for r in ws.con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "UNION ALL SELECT view_name FROM duckdb_views() WHERE database_name = current_database() "
            "AND NOT internal ORDER BY 1"
        ).fetchall()
    ]
    return {n: ws.query(f'SELECT * FROM "{n}" ORDER BY ALL') for n in names}


@pytest.fixture
def sessions():
    opened = []

    def open_one(**kwargs) -> Workspace:
        ws = Workspace(**kwargs)
        opened.append(ws)
        return ws

    yield open_one
    for ws in opened:
        ws.close()


def test_a_copied_sample_holds_exactly_what_importing_the_files_gives(sessions):
    sessions().load_sample()  # the process's first: imported
    copied = sessions()
    copied.load_sample()
    imported = sessions()
    imported._import_sample(SAMPLE_DIR)  # the importer itself, no snapshot involved
    for ws in (copied, imported):  # the facts the copy may carry (an app session's copy does)
        facts.ensure(ws)

    staging = {f.result.staging_table for f in imported.files}
    got, want = _tables(copied), _tables(imported)
    assert got.keys() == want.keys() - staging  # the staging tables wait until a rebuild reads them
    for name in got:
        assert got[name].equals(want[name]), name
    assert [f.name for f in copied.files] == [f.name for f in imported.files]
    assert copied.rejects().equals(imported.rejects())
    assert copied.is_sample and copied.row_counts()["engagements"] > 0


def test_a_copy_rebuilds_from_staging_tables_copied_when_first_read(sessions):
    sessions().load_sample()
    copied = sessions()
    copied.load_sample()
    imported = sessions()
    imported._import_sample(SAMPLE_DIR)
    staging = {f.result.staging_table for f in imported.files}
    assert copied.staging_to_copy and not staging & _tables(copied).keys()

    copied.set_id_matching(True)  # rebuilds every canonical table from the staging tables
    imported.set_id_matching(True)
    for ws in (copied, imported):  # the facts the copy may carry (an app session's copy does)
        facts.ensure(ws)
    got, want = _tables(copied), _tables(imported)
    assert not copied.staging_to_copy and staging <= got.keys()
    assert got.keys() == want.keys()
    for name in want:
        assert got[name].equals(want[name]), name


def test_a_copy_removes_a_file_and_rebuilds_from_the_others(sessions):
    sessions().load_sample()
    copied = sessions()
    copied.load_sample()
    tickets = next(i for i, f in enumerate(copied.files) if f.result.table == "tickets")
    engagements = copied.row_counts()["engagements"]
    removed = copied.files[tickets].result.staging_table
    copied.remove_file(tickets)
    assert removed not in _tables(copied)  # not copied in again for the rebuild
    assert copied.row_counts()["tickets"] == 0
    assert copied.row_counts()["engagements"] == engagements
    assert not copied.staging_to_copy


def _own_tables(ws: Workspace) -> set[str]:
    rows = ws.con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND NOT temporary"
    ).fetchall()
    return {name for (name,) in rows}


def test_a_new_copy_reads_the_shared_sample_and_copies_nothing_until_it_changes(sessions):
    sessions().load_sample()
    copied = sessions()
    copied.load_sample()
    assert _own_tables(copied) == set()  # every table is a view of the shared file
    with pytest.raises(duckdb.Error):  # and the shared rows cannot be changed through it
        copied.con.execute("DELETE FROM engagements")

    sample_copy.make_own(copied)  # what every change does first
    assert {"engagements", "account_dim"} <= _own_tables(copied) and not copied.shared_views
    copied.con.execute("DELETE FROM engagements")
    assert copied.row_counts()["engagements"] == 0


def test_changed_settings_in_one_session_leave_the_others_dimensions_alone(sessions):
    sessions().load_sample()
    first, later = sessions(), sessions()
    first.load_sample()
    later.load_sample()
    tiers = "SELECT tier, count(*) FROM account_dim GROUP BY ALL ORDER BY ALL"
    before = later.query(tiers)
    first.set_settings(Settings(tiers=TierSettings(shares=[0.2, 0.3, 0.5])))
    assert not first.query(tiers).equals(before)
    assert later.query(tiers).equals(before) and later.shared_views  # still reading the shared rows
    third = sessions()
    third.load_sample()
    assert third.query(tiers).equals(before)


def test_a_change_in_one_session_leaves_the_next_sessions_sample_alone(sessions):
    first = sessions()
    first.load_sample()
    before = first.row_counts()
    sample_copy.make_own(first)
    first.con.execute("DELETE FROM engagements")
    first.files[0].path.unlink()

    later = sessions()
    later.load_sample()
    assert later.row_counts() == before
    assert later.files[0].path.read_bytes()  # its own copy of each file's bytes
    assert later.files[0].path.parent != first.files[0].path.parent


def test_sessions_with_other_saved_mappings_get_their_own_import(sessions):
    sessions().load_sample()
    mapped = Settings(mappings={"x": MappingProfile(table="engagements", columns={"When": "date"})})
    other = sessions(settings=mapped)
    other.load_sample()
    assert other.row_counts()["engagements"] > 0
    keys = {key[1] for key in sample_copy._snapshots}
    assert repr(mapped.mappings) in keys and repr({}) in keys


def _scores(ws: Workspace):
    from cs_dash.metrics import health

    scope = build_scope(ws, Filters())
    sql, params = health.scores_on(ws, scope, [scope.day])
    return ws.query(f"SELECT * EXCLUDE (breakdown) FROM ({sql}) ORDER BY account_key", params)


def _breakdowns(ws: Workspace, csms: tuple[str, ...] = ()) -> dict:
    from cs_dash.metrics import hurtlocker

    return hurtlocker.page_data(ws, build_scope(ws, Filters(csms=csms)))


def _same(got: dict, want: dict) -> None:
    assert got.keys() == want.keys()
    for name, frame in want.items():
        if hasattr(frame, "equals"):
            assert got[name].equals(frame), name
        else:
            assert got[name] == frame, name


def test_later_copies_reuse_the_scores_and_breakdowns_of_the_first_and_match_a_fresh_import(
    sessions, monkeypatch
):
    from cs_dash.metrics import health, hurtlocker

    first = sessions()
    first.load_sample(derive=facts.ensure)
    want_scores, want_breakdowns = _scores(first), _breakdowns(first, ("Dana Lee",))

    calls = []
    for name in ("scores_sql", "_compute_breakdowns"):
        module = health if name == "scores_sql" else hurtlocker
        real = getattr(module, name)
        monkeypatch.setattr(
            module, name, lambda *a, _real=real, _name=name, **k: calls.append(_name) or _real(*a, **k)
        )
    later = sessions()
    later.load_sample(derive=facts.ensure)
    assert _scores(later).equals(want_scores)
    _same(_breakdowns(later, ("Dana Lee",)), want_breakdowns)
    assert calls == []  # neither was computed again

    imported = sessions()  # the importer and the metrics themselves, nothing kept
    imported._import_sample(SAMPLE_DIR)
    assert _scores(imported).equals(want_scores)
    _same(_breakdowns(imported, ("Dana Lee",)), want_breakdowns)


def test_a_copy_that_changed_computes_its_own_and_keeps_nothing_for_the_others(sessions):
    first = sessions()
    first.load_sample()
    before = _breakdowns(first)["by_csm"]

    changed = sessions()
    changed.load_sample()
    # Any change of the data moves its version on; without the engagements no CSM has work.
    changed.remove_file([f.name for f in changed.files].index("engagements.csv"))
    assert not sample_copy.is_unchanged_copy(changed)
    mine = _breakdowns(changed)["by_csm"]

    later = sessions()
    later.load_sample()
    assert sample_copy.is_unchanged_copy(later)
    assert _breakdowns(later)["by_csm"].equals(before)
    assert not mine.equals(before)


def test_a_copy_with_other_settings_builds_its_own_dimensions(sessions):
    sessions().load_sample()
    other = Settings(tiers=TierSettings(shares=[0.2, 0.3, 0.5]))  # other tiers, other dimensions
    copied = sessions(settings=other)
    copied.load_sample()
    imported = sessions(settings=other)
    imported._import_sample(SAMPLE_DIR)
    for dim in ("account_dim", "csm_dim"):
        assert copied.query(f"SELECT * FROM {dim} ORDER BY ALL").equals(
            imported.query(f"SELECT * FROM {dim} ORDER BY ALL")
        ), dim


def test_the_shared_sample_lives_in_a_folder_this_process_owns(sessions):
    import os

    from cs_dash import tempdirs

    sessions().load_sample()
    folder = sample_copy.shared_folder()
    assert (folder / tempdirs.OWNER_FILE).read_text() == str(os.getpid())  # the next process sweeps it
    assert all(snapshot.database.parent == folder for snapshot in sample_copy._snapshots.values())


@pytest.mark.parametrize("settings", [None, Settings(tiers=TierSettings(shares=[0.2, 0.3, 0.5]))])
def test_a_workspace_made_of_the_sample_holds_what_loading_it_into_a_new_one_gives(
    sessions, settings, tmp_path
):
    """``of_sample`` skips the empty tables a new workspace builds; the first (imported: a sample
    folder this process has not seen) and a later one (copied) must hold every table a plain
    workspace holds after ``load_sample``."""
    sample = tmp_path / "sample"
    shutil.copytree(SAMPLE_DIR, sample)
    made = [Workspace.of_sample(sample, derive=facts.ensure, settings=settings) for _ in range(2)]
    loaded = sessions(settings=settings)
    loaded.load_sample(sample, derive=facts.ensure)
    staging = {f.result.staging_table for f in loaded.files}
    want = {name: table for name, table in _tables(loaded).items() if name not in staging}
    try:
        for ws in made:
            # The imported one holds its files' staging tables, which a copy reads when it needs them.
            got = {name: table for name, table in _tables(ws).items() if name not in staging}
            assert got.keys() == want.keys()
            for name in got:
                assert got[name].equals(want[name]), name
            assert ws.is_sample and [f.name for f in ws.files] == [f.name for f in loaded.files]
    finally:
        for ws in made:
            ws.close()


def test_a_copy_has_its_own_files_and_results_and_a_change_to_them_stays_its_own(sessions):
    sessions().load_sample()
    first, later = sessions(), sessions()
    first.load_sample()
    later.load_sample()
    mine, theirs = first.files[0], later.files[0]
    assert mine.path != theirs.path and mine.path.read_bytes() == theirs.path.read_bytes()
    mine.result.warnings.append("only mine")
    mine.result.mapping["extra"] = "account"
    assert "only mine" not in theirs.result.warnings and "extra" not in theirs.result.mapping
    first.remove_file(0)  # its file is gone from its folder; the other session's stays readable
    assert not mine.path.exists() and theirs.path.read_bytes()
    assert sessions().load_sample() is None and later.files[0].path.exists()
