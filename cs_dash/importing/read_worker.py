"""The worker process that reads an untrusted CSV file first, so a native crash ends only itself.

Started by ``isolation`` as ``python -I read_worker.py`` ahead of need: it imports nothing but the
standard library and DuckDB, then waits for one request as JSON on stdin, bounds its own memory
and CPU time, reads the file with exactly the ``read_csv`` call the session will use, answers
with one JSON line and exits (one file per process, so no file can see another's state). A
parent that goes away closes stdin, and the waiting worker exits with it. An error DuckDB raises is an answer, not a death: the session's own read meets
it again and turns it into a sentence as it always has.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time

import duckdb

ADDRESS_SPACE_SLACK = 2 << 30  # DuckDB and Python reserve address space well beyond what they use


def _bound(memory_bytes: int, cpu_seconds: int) -> None:
    limit = memory_bytes + ADDRESS_SPACE_SLACK
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _fault(kind: str | None) -> None:
    """Die or stall on purpose: how the tests stand in for a file that crashes the native reader."""
    if kind == "exit":
        os._exit(86)
    if kind == "signal":
        os.kill(os.getpid(), signal.SIGSEGV)
    if kind == "hang":
        time.sleep(3600)


def main() -> None:
    # Connecting takes a while: done before the request comes, its limits set once it has.
    con = duckdb.connect(
        ":memory:",
        config={"autoinstall_known_extensions": False, "autoload_known_extensions": False, "threads": 1},
    )
    text = sys.stdin.read()
    if not text.strip():
        return  # the parent went away before it needed this worker
    request = json.loads(text)
    _bound(int(request["memory_bytes"]), int(request["cpu_seconds"]))
    _fault(request.get("fault"))
    con.execute("SET memory_limit = ?", [f"{int(request['memory_bytes'])}B"])
    con.execute("SET threads = ?", [int(request["threads"])])
    con.execute("SET temp_directory = ?", [request["spill"]])
    con.execute("SET allowed_directories = ?", [[request["folder"]]])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    try:
        con.execute(request["sql"], [request["path"]])
        answer = {"ok": True}
    except duckdb.Error as exc:
        answer = {"ok": False, "error": type(exc).__name__}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
    os._exit(0)  # nothing to tidy in a process that ends here; its teardown would only add time


if __name__ == "__main__":
    main()
