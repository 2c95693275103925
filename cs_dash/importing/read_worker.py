"""The zygote that forks one child per untrusted CSV file, so a native crash ends only that child.

Started once per server process by ``isolation`` as ``python -I read_worker.py FD``, where FD is
one end of a socket pair. It imports nothing but the standard library and DuckDB, and it never
opens a connection or starts a thread, so forking it is safe and cheap: a child costs a few
milliseconds where starting Python and importing DuckDB cost 0.3-0.6 s of CPU.

Each request is a socket passed over FD. The zygote forks a child for it, writes ``pid N`` on that
socket, and once the child has ended, ``status S`` (its exit code, negative for a signal). The
child reads the request (JSON) from the socket, bounds its own memory, CPU time and wall-clock
time, reads the file with exactly the ``read_csv`` call the session will use and exits. An error
DuckDB raises is not a death (exit 0): the session's own read meets it again and turns it into
a sentence as it always has. The zygote exits when the server closes its end of FD.
"""

from __future__ import annotations

import json
import math
import os
import resource
import select
import signal
import socket
import sys
import time

import duckdb

ADDRESS_SPACE_SLACK = 2 << 30  # DuckDB and Python reserve address space well beyond what they use
FAILED = 1  # the exit code of a child that met a Python error of its own


def _bound(memory_bytes: int, cpu_seconds: int, wall_seconds: float) -> None:
    limit = memory_bytes + ADDRESS_SPACE_SLACK
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.alarm(max(1, math.ceil(wall_seconds)))  # SIGALRM's default action ends a stalled child


def _fault(kind: str | None) -> None:
    """Die or stall on purpose: how the tests stand in for a file that crashes the native reader."""
    if kind == "exit":
        os._exit(86)
    if kind == "signal":
        os.kill(os.getpid(), signal.SIGSEGV)
    if kind == "hang":
        time.sleep(3600)


def _read(request: dict) -> None:
    _bound(int(request["memory_bytes"]), int(request["cpu_seconds"]), float(request["wall_seconds"]))
    _fault(request.get("fault"))
    con = duckdb.connect(
        ":memory:",
        config={"autoinstall_known_extensions": False, "autoload_known_extensions": False, "threads": 1},
    )
    con.execute("SET memory_limit = ?", [f"{int(request['memory_bytes'])}B"])
    con.execute("SET threads = ?", [int(request["threads"])])
    con.execute("SET temp_directory = ?", [request["spill"]])
    con.execute("SET allowed_directories = ?", [[request["folder"]]])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    con.execute(request["sql"], [request["path"]])


def _child(channel: socket.socket) -> None:
    """Read one file and exit; never returns to the zygote's loop, whatever happens."""
    code = 0
    try:
        with channel.makefile("rb") as incoming:
            request = json.loads(incoming.read())
        channel.close()
        _read(request)
    except duckdb.Error:
        pass
    except BaseException:
        code = FAILED
    os._exit(code)  # nothing to tidy in a process that ends here; its teardown would only add time


def _reap(children: dict[int, socket.socket]) -> None:
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        channel = children.pop(pid, None)
        if channel is None:
            continue
        try:
            channel.sendall(f"status {os.waitstatus_to_exitcode(status)}\n".encode())
        except OSError:
            pass  # the server stopped waiting for this file
        channel.close()


def serve(control: socket.socket) -> None:
    """Fork a child for every socket that comes over ``control`` until the server closes it."""
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)  # only to be woken: children are reaped below
    children: dict[int, socket.socket] = {}
    while True:
        ready, _, _ = select.select([control, wake_r], [], [])
        if wake_r in ready:
            os.read(wake_r, 4096)
        _reap(children)
        if control not in ready:
            continue
        data, fds, _, _ = socket.recv_fds(control, 16, 1)
        if not data:
            return  # the server went away; running children end on their own limits
        channel = socket.socket(fileno=fds[0])
        pid = os.fork()
        if pid == 0:
            signal.set_wakeup_fd(-1)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            for other in (control, *children.values()):
                other.close()
            os.close(wake_r)
            os.close(wake_w)
            _child(channel)
        children[pid] = channel
        try:
            channel.sendall(f"pid {pid}\n".encode())
        except OSError:
            pass


if __name__ == "__main__":
    serve(socket.socket(fileno=int(sys.argv[1])))
