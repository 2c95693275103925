"""The sample company is imported once per process; each later session gets its own copy."""

from __future__ import annotations

import pytest

from cs_dash import sample_copy
from cs_dash.settings import MappingProfile, Settings
from cs_dash.workspace import SAMPLE_DIR, Workspace


def _tables(ws: Workspace) -> dict:
    names = [r[0] for r in ws.con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
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

    got, want = _tables(copied), _tables(imported)
    assert got.keys() == want.keys()
    for name in want:
        assert got[name].equals(want[name]), name
    assert [f.name for f in copied.files] == [f.name for f in imported.files]
    assert copied.rejects().equals(imported.rejects())
    assert copied.is_sample and copied.row_counts()["engagements"] > 0


def test_a_change_in_one_session_leaves_the_next_sessions_sample_alone(sessions):
    first = sessions()
    first.load_sample()
    before = first.row_counts()
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
