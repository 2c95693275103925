"""A native crash or stall of the CSV reader on one file must not end the other users' sessions.

DuckDB's CSV reader is native code running inside the server process: a file that crashes it
(a floating-point exception on a 10,000-column file once did) would end every session at once,
and a file that stalls it would hold the session's threads. So before a session's own connection
reads an upload, ``trial_read`` has a short-lived worker process (``read_worker.py``) read it with
the same ``read_csv`` call, under the session's memory and thread limits, a CPU limit and a
wall-clock timeout. A worker that dies or runs out of time becomes one sentence for the user and
the session never reads that file; the worker coming back alive, with or without a DuckDB error,
lets the session read it as before.

The price is reading each file twice. Starting Python and importing DuckDB takes longer than the
read of a small file, so one worker is always started ahead of need and waiting; each worker
reads one file and exits. A crash depends on the file's shape, not its size, so every file goes
through a worker (``benchmarks/bench_isolation.py`` measures what it costs).
"""

from __future__ import annotations

import atexit
import json
import re
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import duckdb

from cs_dash.importing.sniff import UnusableFile

WORKER = Path(__file__).with_name("read_worker.py")
BASE_TIMEOUT_S = 60.0
SECONDS_PER_MB = 1.0  # a 500 MB file is given more than eight minutes, far above a healthy read
FAULT_FOR_TESTS: str | None = None  # "exit", "signal" or "hang": the worker fails on purpose

_UNITS = {"B": 1, "BYTES": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12}
_UNITS |= {"KIB": 2**10, "MIB": 2**20, "GIB": 2**30, "TIB": 2**40}

_spare: subprocess.Popen | None = None
_spare_lock = threading.Lock()


def trial_read(con: duckdb.DuckDBPyConnection, source: Path, read_csv_call: str) -> None:
    """Read ``source`` in a worker first; raise ``UnusableFile`` when the worker dies or stalls.

    ``read_csv_call`` is the ``read_csv(?, ...)`` expression the session will run on the file.
    """
    memory, threads = con.execute(
        "SELECT current_setting('memory_limit'), current_setting('threads')"
    ).fetchone()
    timeout = BASE_TIMEOUT_S + SECONDS_PER_MB * source.stat().st_size / 1e6
    spill = source.parent / f".{source.name}.worker-spill"
    request = {
        "sql": f"SELECT count(*) FROM {read_csv_call}",
        "path": str(source),
        "folder": str(source.parent),
        "spill": str(spill),
        "memory_bytes": _bytes(memory),
        "threads": int(threads),
        "cpu_seconds": int(timeout) * max(1, int(threads)),
        "fault": FAULT_FOR_TESTS,
    }
    worker = _take_worker()
    try:
        _, _ = worker.communicate(json.dumps(request), timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        worker.kill()
        worker.communicate()
        raise UnusableFile(
            f"took more than {timeout:,.0f} seconds to read and was stopped, so none of it was loaded: "
            "split it into smaller files, or open it in a spreadsheet and save it as CSV UTF-8"
        ) from exc
    finally:
        shutil.rmtree(spill, ignore_errors=True)
    if worker.returncode != 0:
        raise UnusableFile(
            f"made the CSV reader stop ({_ending(worker.returncode)}), so none of it was loaded and your "
            "other data is unchanged: open it in a spreadsheet, save it as CSV UTF-8 and upload it again"
        )


def _start_worker() -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-I", str(WORKER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a signal meant for the server's process group does not reach it
    )


def _take_worker() -> subprocess.Popen:
    """The waiting worker (or a new one when none is alive), and a new one started to wait."""
    global _spare
    with _spare_lock:
        worker, _spare = _spare, None
        if worker is None or worker.poll() is not None:
            worker = _start_worker()
        _spare = _start_worker()
    return worker


@atexit.register
def _stop_spare() -> None:
    if _spare is not None and _spare.poll() is None:
        _spare.kill()
        _spare.communicate()


def _ending(returncode: int) -> str:
    if returncode < 0:
        try:
            return f"it ended with {signal.Signals(-returncode).name}"
        except ValueError:
            return f"it ended with signal {-returncode}"
    return f"it ended with status {returncode}"


def _bytes(setting: str) -> int:
    """DuckDB's shown memory limit ("1.8 GiB") in bytes."""
    found = re.fullmatch(r"\s*([\d.]+)\s*([A-Za-z]*)\s*", str(setting))
    if not found:
        return 2 * 10**9
    return int(float(found.group(1)) * _UNITS.get(found.group(2).upper() or "B", 1))
