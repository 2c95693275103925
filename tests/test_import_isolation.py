"""A file that kills or stalls the CSV reader ends only its child process, never the session.

The child is made to fail on purpose through ``isolation.FAULT_FOR_TESTS`` (it exits, takes a
segmentation-fault signal, or sleeps), standing in for a file that crashes DuckDB's native code.
The children are forked from one zygote per process, which is checked to be safe to fork from
and to come back when it is gone.
"""

from __future__ import annotations

import os
import signal
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cs_dash.importing import isolation
from cs_dash.workspace import Workspace

TRACKER = b"date,account,csm,tag\n2025-01-01,Acme,Dana,Proactive\n2025-01-02,Beta,Dana,Reactive\n"
NEXT = b"date,account,csm,tag\n2025-02-01,Gamma,Lee,Reactive\n"


@pytest.fixture
def loaded():
    ws = Workspace(memory_limit="512MB")
    assert ws.add_file("tracker.csv", TRACKER).ok
    yield ws
    ws.close()


def _accounts(ws: Workspace) -> list[str]:
    return ws.query("SELECT account FROM engagements ORDER BY account")["account"].tolist()


@pytest.mark.parametrize(("fault", "named"), [("exit", "status 86"), ("signal", "SIGSEGV")])
def test_a_reader_that_dies_costs_that_file_only(loaded, monkeypatch, fault, named):
    monkeypatch.setattr(isolation, "FAULT_FOR_TESTS", fault)
    result = loaded.add_file("crasher.csv", NEXT)
    assert not result.ok and result.staging_table is None
    assert result.error.startswith("crasher.csv made the CSV reader stop")
    assert named in result.error and "\n" not in result.error and "Traceback" not in result.error
    assert _accounts(loaded) == ["Acme", "Beta"]  # the session and its earlier data live on
    monkeypatch.setattr(isolation, "FAULT_FOR_TESTS", None)
    assert loaded.add_file("next.csv", NEXT).ok
    assert _accounts(loaded) == ["Acme", "Beta", "Gamma"]


def test_a_reader_that_stalls_is_stopped_with_a_sentence(loaded, monkeypatch):
    monkeypatch.setattr(isolation, "FAULT_FOR_TESTS", "hang")
    monkeypatch.setattr(isolation, "BASE_TIMEOUT_S", 1.0)
    monkeypatch.setattr(isolation, "SECONDS_PER_MB", 0.0)
    result = loaded.add_file("staller.csv", NEXT)
    assert result.error == (
        "staller.csv took more than 1 seconds to read and was stopped, so none of it was loaded: "
        "split it into smaller files, or open it in a spreadsheet and save it as CSV UTF-8."
    )
    assert _accounts(loaded) == ["Acme", "Beta"]


def test_a_crash_on_an_upload_leaves_the_sample_in_place(monkeypatch):
    ws = Workspace(memory_limit="512MB")
    try:
        ws.load_sample()
        before = ws.row_counts()
        monkeypatch.setattr(isolation, "FAULT_FOR_TESTS", "signal")
        assert not ws.add_file("crasher.csv", NEXT).ok
        assert ws.is_sample and ws.row_counts() == before
    finally:
        ws.close()


def test_rows_the_reader_rejects_are_still_counted_by_the_sessions_read(loaded):
    # The worker only says whether the reader survived; the session's read reports the rows.
    result = loaded.add_file(
        "quote.csv", b'date,account,csm,tag\n2025-03-01,"Delta,Lee,P\n2025-03-02,Eps,Lee,R\n'
    )
    assert (result.rows_loaded, result.rows_rejected) == (0, 1)
    assert "all 1 of its rows were rejected" in result.error  # and none reached the tables
    assert _accounts(loaded) == ["Acme", "Beta"]


def _zygote_pid() -> int:
    assert isolation._zygote.process is not None and isolation._zygote.process.poll() is None
    return isolation._zygote.process.pid


def test_a_zygote_that_is_gone_is_started_again(loaded):
    first = _zygote_pid()
    os.kill(first, signal.SIGKILL)
    isolation._zygote.process.wait()
    assert loaded.add_file("next.csv", NEXT).ok
    assert _zygote_pid() != first
    assert _accounts(loaded) == ["Acme", "Beta", "Gamma"]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads the zygote's threads from /proc")
def test_the_zygote_forks_from_one_thread_and_no_database(loaded):
    # Opening a DuckDB connection starts its threads (nine even with threads=1), and a fork
    # copies only the thread that forks: one thread means no connection and nothing half-held.
    pid = _zygote_pid()
    assert len(os.listdir(f"/proc/{pid}/task")) == 1
    assert "duckdb" in Path(f"/proc/{pid}/maps").read_text()  # imported once, so children need not


def test_sessions_reading_at_once_each_get_their_own_answer():
    workspaces = [Workspace(memory_limit="256MB") for _ in range(4)]
    try:
        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(lambda ws: ws.add_file("tracker.csv", TRACKER), workspaces))
        assert [r.ok for r in results] == [True] * 4
        assert all(_accounts(ws) == ["Acme", "Beta"] for ws in workspaces)
    finally:
        for ws in workspaces:
            ws.close()


def test_a_forked_copy_of_the_server_starts_its_own_zygote(loaded):
    parent_zygote = _zygote_pid()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the forked copy
        os._exit(0 if isolation._zygote.process is None and isolation._zygote.control is None else 1)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert _zygote_pid() == parent_zygote


def test_a_request_the_zygote_lost_is_sent_once_more(loaded, monkeypatch):
    real = isolation._zygote.hand_over
    calls = []

    def lose_the_first(channel):
        calls.append(channel)
        if len(calls) > 1:
            real(channel)  # the first is dropped unanswered, as by a zygote that ended

    monkeypatch.setattr(isolation._zygote, "hand_over", lose_the_first)
    assert loaded.add_file("next.csv", NEXT).ok
    assert len(calls) == 2


def test_a_zygote_that_never_answers_counts_as_a_stall(monkeypatch):
    held = []
    monkeypatch.setattr(isolation._zygote, "hand_over", lambda channel: held.append(channel.dup()))
    try:
        assert isolation._run(b"{}", wait_s=0.2) == isolation.STALLED
    finally:
        for channel in held:
            channel.close()


@pytest.mark.parametrize(
    ("shown", "expected"),
    [("1.8 GiB", int(1.8 * 2**30)), ("512.0 MiB", 512 * 2**20), ("2GB", 2 * 10**9), ("1000 bytes", 1000)],
)
def test_the_sessions_memory_limit_is_read_in_bytes(shown, expected):
    assert isolation._bytes(shown) == expected
