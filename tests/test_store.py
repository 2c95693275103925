"""Saved workspaces: folders, ids and names, what survives a reopen, one writer, and crash safety."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from cs_dash import store
from cs_dash.importing import ImportOptions
from cs_dash.saved import DATABASE, SavedWorkspace
from cs_dash.settings import MappingProfile
from tests.conftest import ROOT, TEST_DATA

TINY = TEST_DATA / "tiny_company"
ENGAGEMENTS = b"date,account,csm,tag\n2025-01-02,Acme,Dana,proactive\n2025-01-03,Acme,Dana,reactive\n"
WITH_A_BAD_ROW = b"date,account,csm,tag\n2025-01-04,Globex,Lee,proactive\nnot a date,Globex,Lee,proactive\n"


@pytest.fixture
def shelf():
    return store.Store()


@pytest.fixture
def opened():
    made = []

    def open_(info: store.WorkspaceInfo) -> SavedWorkspace:
        ws = SavedWorkspace(info, memory_limit="256MB")
        made.append(ws)
        return ws

    yield open_
    for ws in made:
        ws.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_home_is_the_folder_cs_dash_home_names(fresh_home, shelf):
    assert shelf.root == fresh_home
    info = shelf.create("Acme CS")
    assert info.folder.parent == fresh_home / "workspaces"


def test_folders_are_named_by_an_opaque_id_not_the_name(shelf):
    info = shelf.create("Acme CS")
    assert store.is_workspace_id(info.folder.name)
    assert "Acme" not in str(info.folder)
    assert shelf.create("Acme CS").id != info.id  # the same name twice is two workspaces


@pytest.mark.parametrize("bad", ["../etc", "sample", "", "ABCDEF0123456789", "0123456789abcdef/.."])
def test_an_id_that_is_not_one_of_ours_never_becomes_a_path(shelf, bad):
    assert shelf.get(bad) is None
    with pytest.raises(store.WorkspaceError):
        shelf.folder(bad)


def test_names_are_trimmed_and_checked(shelf):
    assert shelf.create("  Acme \n CS ").name == "Acme CS"
    with pytest.raises(store.WorkspaceError, match="name"):
        shelf.create("   ")
    with pytest.raises(store.WorkspaceError, match="80"):
        shelf.create("x" * 81)


def test_create_rename_list_delete(shelf):
    b = shelf.create("Beta")
    a = shelf.create("alpha")
    assert [i.name for i in shelf.list()] == ["alpha", "Beta"]
    shelf.rename(b.id, "Gamma")
    assert shelf.get(b.id).name == "Gamma"
    shelf.remember(a.id)
    shelf.delete(a.id)
    assert not a.folder.exists()
    assert [i.name for i in shelf.list()] == ["Gamma"]
    assert shelf.last_id() is None  # the deleted workspace is not reopened
    with pytest.raises(store.WorkspaceError):
        shelf.rename(a.id, "again")


def test_the_last_workspace_is_remembered(shelf):
    info = shelf.create("Acme")
    assert shelf.last_id() is None
    shelf.remember(info.id)
    assert store.Store().last_id() == info.id


def test_data_files_and_settings_survive_a_reopen(shelf, opened):
    info = shelf.create("Acme")
    ws = opened(info)
    for path in sorted(TINY.glob("*.csv")):
        assert ws.add_file(path.name, path.read_bytes()).ok
    bad = ws.add_file("more.csv", WITH_A_BAD_ROW, ImportOptions(table="engagements"))
    assert bad.rows_rejected == 1
    profile = MappingProfile(table="engagements", columns={"When": "date"}, date_orders={})
    ws.set_settings(replace(ws.settings, default_hourly_rate=99.0, mappings={"when|who": profile}))
    counts = ws.row_counts()
    ws.close()

    again = opened(shelf.get(info.id))
    assert again.row_counts() == counts
    assert counts["engagements"] == 6 + 1 and counts["accounts"] == 3 and counts["usage"] == 4
    assert [f.name for f in again.files] == ["accounts.csv", "engagements.csv", "usage.csv", "more.csv"]
    assert again.files[3].options == ImportOptions(table="engagements")
    assert again.files[3].result.rows_rejected == 1
    assert again.rejects()["file"].tolist() == ["more.csv"]
    assert again.files[1].result.preview is not None and len(again.files[1].result.preview) > 0
    assert again.settings.default_hourly_rate == 99.0
    assert again.settings.mappings["when|who"] == profile
    assert again.files[0].path.read_bytes() == (TINY / "accounts.csv").read_bytes()  # the raw upload


def test_a_reopened_workspace_can_reimport_and_remove(shelf, opened):
    info = shelf.create("Acme")
    ws = opened(info)
    ws.add_file("e.csv", ENGAGEMENTS)
    ws.add_file("f.csv", WITH_A_BAD_ROW)
    ws.close()
    again = opened(shelf.get(info.id))
    again.reimport(0, ImportOptions(table="engagements"))
    again.remove_file(1)
    again.add_file("g.csv", ENGAGEMENTS)
    third = opened(shelf.get(info.id))
    assert [f.name for f in third.files] == ["e.csv", "g.csv"]
    assert third.row_counts()["engagements"] == 4
    assert len(list((info.folder / "uploads").iterdir())) == 2  # the removed file's bytes are gone


def test_everything_is_created_owner_only(shelf, opened):
    info = shelf.create("Acme")
    ws = opened(info)
    ws.add_file("e.csv", ENGAGEMENTS)
    assert mode(shelf.root) == 0o700
    for path in info.folder.rglob("*"):
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_a_saved_workspace_reads_only_its_own_folders(shelf, opened):
    ws = opened(shelf.create("Acme"))
    with pytest.raises(duckdb.Error):
        ws.con.execute("SELECT * FROM read_csv('/etc/passwd')")
    with pytest.raises(duckdb.Error):
        ws.con.execute("ATTACH ? AS elsewhere", [str(shelf.root / "elsewhere.duckdb")])
    with pytest.raises(duckdb.Error):
        ws.con.execute("SET enable_external_access = true")


def test_a_second_session_changes_the_newest_version_not_its_own_old_copy(shelf, opened):
    info = shelf.create("Acme")
    first, second = opened(info), opened(info)
    first.add_file("e.csv", ENGAGEMENTS)
    assert second.is_stale()
    second.add_file("f.csv", WITH_A_BAD_ROW)  # without the reload this would drop e.csv
    assert [f.name for f in opened(shelf.get(info.id)).files] == ["e.csv", "f.csv"]
    assert first.is_stale()
    first.reload()
    assert first.row_counts()["engagements"] == 3


def test_a_second_writer_waits_for_the_first_then_is_told(shelf):
    info = shelf.create("Acme")
    holding, release = threading.Event(), threading.Event()

    def hold():
        with store.writer_lock(info.folder):
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        holding.wait(10)
        with pytest.raises(store.WorkspaceBusy, match="importing"):
            with store.writer_lock(info.folder, wait=0.3):
                pass
    finally:
        release.set()
        thread.join()
    with store.writer_lock(info.folder, wait=0.3):
        pass  # free again once the first writer is done


def test_a_failed_save_leaves_the_previous_workspace(shelf, opened, monkeypatch):
    info = shelf.create("Acme")
    ws = opened(info)
    ws.add_file("e.csv", ENGAGEMENTS)

    def no_rename(*args):
        raise OSError("disk full")

    monkeypatch.setattr("cs_dash.saved.os.replace", no_rename)
    with pytest.raises(OSError):
        ws.add_file("f.csv", WITH_A_BAD_ROW)
    assert [f.name for f in ws.files] == ["e.csv"]  # the session shows what is saved
    monkeypatch.undo()
    assert [f.name for f in opened(shelf.get(info.id)).files] == ["e.csv"]
    assert not list(info.folder.glob(".*.tmp*"))


KILLED_IMPORT = """
import sys
from cs_dash import store
from cs_dash.saved import SavedWorkspace
ws = SavedWorkspace(store.Store().get(sys.argv[1]), memory_limit="512MB")
rows = "".join(f"2025-01-{1 + i % 28:02d},Account {i % 500},CSM {i % 9},proactive\\n" for i in range(400_000))
ws.add_file("big.csv", ("date,account,csm,tag\\n" + rows).encode())
print("finished", flush=True)
"""


def test_kill_9_during_an_import_leaves_the_previous_workspace_loadable(shelf, opened, fresh_home):
    info = shelf.create("Acme")
    ws = opened(info)
    ws.add_file("e.csv", ENGAGEMENTS)
    ws.close()
    env = {**os.environ, store.HOME_ENV: str(fresh_home)}
    child = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, info.id], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 120
        # Kill it while it writes the new database, the moment that matters most.
        while not list(info.folder.glob(f".{DATABASE}.*.tmp*")):
            assert child.poll() is None, "the import finished before it could be killed"
            assert time.monotonic() < deadline, "the import never started writing"
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    again = opened(shelf.get(info.id))
    assert [f.name for f in again.files] == ["e.csv"]
    assert again.row_counts()["engagements"] == 2
    assert not list(info.folder.glob(".*.tmp*"))  # the half-written file is cleaned up
    assert [p.name for p in (info.folder / "uploads").iterdir()] == [again.files[0].path.name]
    assert again.add_file("f.csv", WITH_A_BAD_ROW).ok  # and the lock died with the process
