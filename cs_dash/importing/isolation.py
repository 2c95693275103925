"""A native crash or stall of the CSV reader on one file must not end the other users' sessions.

DuckDB's CSV reader is native code running inside the server process: a file that crashes it
(a floating-point exception on a 10,000-column file once did) would end every session at once,
and a file that stalls it would hold the session's threads. So before a session's own connection
reads an upload, ``trial_read`` has a separate process read it with the same ``read_csv`` call,
under the session's memory and thread limits, a CPU limit and a wall-clock timeout. A reader that
dies or runs out of time becomes one sentence for the user and the session never reads that
file; the reader ending normally, with or without a DuckDB error, lets the session read it as
before.

Starting Python and importing DuckDB for every file would cost more than the read of a small
file, so the reading process is forked, one per file, from a zygote (``read_worker.py``) that has
imported DuckDB once and does nothing else. The zygote is started on the first read of this
process and again whenever it is found gone. A crash depends on the file's shape, not its size,
so every file goes through a child (``benchmarks/bench_isolation.py`` measures what it costs).
"""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import duckdb

from cs_dash.importing.sniff import UnusableFile

WORKER = Path(__file__).with_name("read_worker.py")
BASE_TIMEOUT_S = 60.0
SECONDS_PER_MB = 1.0  # a 500 MB file is given more than eight minutes, far above a healthy read
GRACE_S = 10.0  # how much longer than the child's own alarm the session waits before killing it
FAULT_FOR_TESTS: str | None = None  # "exit", "signal" or "hang": the child fails on purpose

STALLED = "stalled"
_NO_STATUS = object()

_UNITS = {"B": 1, "BYTES": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12}
_UNITS |= {"KIB": 2**10, "MIB": 2**20, "GIB": 2**30, "TIB": 2**40}


class _Zygote:
    """The zygote process of this server process and the socket that hands it requests."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.process: subprocess.Popen | None = None
        self.control: socket.socket | None = None

    def hand_over(self, channel: socket.socket) -> None:
        """Pass ``channel`` to the zygote, starting it first when it is not running."""
        with self.lock:
            if self.process is None or self.process.poll() is not None:
                self._start()
            try:
                socket.send_fds(self.control, [b"r"], [channel.fileno()])
            except OSError:  # it ended after the check above
                self._start()
                socket.send_fds(self.control, [b"r"], [channel.fileno()])

    def _start(self) -> None:
        self.stop()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        with theirs:
            self.process = subprocess.Popen(
                [sys.executable, "-I", str(WORKER), str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # a signal meant for the server's process group does not reach it
            )
        self.control = ours

    def stop(self) -> None:
        """Close the zygote's socket, so it exits, and make sure it has."""
        if self.control is not None:
            self.control.close()
            self.control = None
        if self.process is not None:
            try:
                self.process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None

    def forget(self) -> None:
        """In a forked copy of this process: the zygote is the parent's, not this copy's."""
        self.lock = threading.Lock()
        self.process = None
        self.control = None


_zygote = _Zygote()
atexit.register(_zygote.stop)
os.register_at_fork(after_in_child=_zygote.forget)


def trial_read(con: duckdb.DuckDBPyConnection, source: Path, read_csv_call: str) -> None:
    """Read ``source`` in a child process first; raise ``UnusableFile`` when it dies or stalls.

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
        "wall_seconds": timeout,
        "fault": FAULT_FOR_TESTS,
    }
    try:
        ending = _run(json.dumps(request).encode(), timeout + GRACE_S)
    finally:
        shutil.rmtree(spill, ignore_errors=True)
    if ending == STALLED:
        raise UnusableFile(
            f"took more than {timeout:,.0f} seconds to read and was stopped, so none of it was loaded: "
            "split it into smaller files, or open it in a spreadsheet and save it as CSV UTF-8"
        )
    if ending is not None:
        raise UnusableFile(
            f"made the CSV reader stop ({ending}), so none of it was loaded and your "
            "other data is unchanged: open it in a spreadsheet, save it as CSV UTF-8 and upload it again"
        )


def _run(request: bytes, wait_s: float) -> str | None:
    """How a child that read ``request`` ended: None when normally, else ``STALLED`` or a phrase.

    A zygote that ended before it forked the child is started again once; one that ends while
    its child runs leaves no exit code to read.
    """
    for _ in range(2):
        pid, code = _ask(request, wait_s)
        if code == 0:
            return None
        if code is None:
            if pid is not None:
                _kill(pid)
            return STALLED
        if code == -signal.SIGALRM:
            return STALLED
        if code is not _NO_STATUS:
            return _ending(code)
        if pid is not None:
            return "it ended without an exit status"
    return "it could not be started"


def _ask(request: bytes, wait_s: float) -> tuple[int | None, int | object | None]:
    """The child's pid and exit code as the zygote told them; None for a code not told in time."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    pid = None
    with ours:
        with theirs:
            _zygote.hand_over(theirs)
        ours.settimeout(wait_s)
        try:
            ours.sendall(request)
            ours.shutdown(socket.SHUT_WR)
            with ours.makefile("r") as answers:
                for line in answers:
                    word, _, number = line.partition(" ")
                    if word == "pid":
                        pid = int(number)
                    elif word == "status":
                        return pid, int(number)
        except TimeoutError:
            return pid, None
        except OSError:
            pass  # the zygote ended while this was being written or read
    return pid, _NO_STATUS


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


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
