"""Uploads: a failed one keeps the sample, streams reach disk, and a dead process's folders go."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from cs_dash import tempdirs
from cs_dash.importing import ImportOptions
from cs_dash.workspace import Workspace

TRACKER = b"date,account,csm,tag\n2025-01-01,Acme,Dana,Proactive\n2025-01-02,Beta,Dana,Reactive\n"


def test_a_failed_upload_leaves_the_sample_in_place():
    ws = Workspace(memory_limit="512MB")
    try:
        ws.load_sample()
        before = ws.row_counts()
        result = ws.add_file("broken.csv", b"")
        assert not result.ok
        assert ws.is_sample and ws.row_counts() == before
        assert ws.add_file("tracker.csv", TRACKER).ok
        assert not ws.is_sample
        assert ws.row_counts()["engagements"] == 2 and ws.row_counts()["tickets"] == 0
        assert [f.name for f in ws.files] == ["tracker.csv"]
    finally:
        ws.close()


def test_an_upload_can_be_streamed_from_a_file_object(ws):
    result = ws.add_file("tracker.csv", io.BytesIO(TRACKER), ImportOptions(table="engagements"))
    assert result.ok and result.rows_loaded == 2
    assert ws.files[0].path.read_bytes() == TRACKER


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_folders_of_a_process_that_is_gone_are_removed(tmp_path):
    dead = tmp_path / "cs_dash_dead"
    dead.mkdir()
    (dead / tempdirs.OWNER_FILE).write_text(str(_dead_pid()))
    (dead / "0001_customers.csv").write_bytes(TRACKER)
    alive = tmp_path / "cs_dash_alive"
    alive.mkdir()
    (alive / tempdirs.OWNER_FILE).write_text(str(os.getppid()))
    old_unowned = tmp_path / "cs_dash_old"
    old_unowned.mkdir()
    new_unowned = tmp_path / "cs_dash_new"
    new_unowned.mkdir()
    other = tmp_path / "not_ours"
    other.mkdir()
    now = old_unowned.stat().st_mtime + tempdirs.UNOWNED_MAX_AGE_S + 1
    os.utime(new_unowned, (now, now))

    removed = tempdirs.sweep_leftovers(tmp_path, now=now)

    assert sorted(p.name for p in removed) == ["cs_dash_dead", "cs_dash_old"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cs_dash_alive", "cs_dash_new", "not_ours"]


def test_a_workspace_folder_names_its_owner(ws):
    assert (ws._dir / tempdirs.OWNER_FILE).read_text() == str(os.getpid())


def test_the_file_card_names_skipped_rows_and_the_rows_accounted_for(ws):
    from ui.data_widgets import file_facts

    data = TRACKER + b"\n,,,\n2025-01-03,Acme,Dana,maybe\n"
    ws.add_file("tracker.csv", data, ImportOptions(table="engagements"))
    facts = dict(file_facts(ws.files[0]).values.tolist())
    assert facts["Rows loaded"] == "2" and facts["Rows rejected"] == "1"
    assert facts["Rows skipped (empty, second header)"] == "2"
    assert facts["Rows under the header (all accounted for)"] == "5"
