"""The bundled sample company imported once per server process and copied into each new session.

Every new browser session starts on the sample; running the importer over its files for each one
costs seconds. The first session's import is kept as an immutable snapshot (each table's
definition and rows as Arrow, each file's bytes and import result) and later sessions copy it
into their own connection: connections stay per session, only the rows are shared, read-only.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from cs_dash.sqlutil import quote_ident

if TYPE_CHECKING:
    from cs_dash.workspace import LoadedFile, Workspace

SNAPSHOT_VIEW = "sample_snapshot_rows"


@dataclass(frozen=True)
class SampleSnapshot:
    tables: tuple[tuple[str, str, pa.Table], ...]  # name, CREATE TABLE statement, rows
    files: tuple[tuple[LoadedFile, bytes], ...]
    counter: int
    id_matches: tuple


_lock = threading.Lock()
_snapshots: dict[tuple, SampleSnapshot] = {}


def _key(ws: Workspace, sample_dir: Path) -> tuple:
    # The import reads the saved mapping profiles and the id matching; the rest of the settings
    # only shape the dimensions, which each session rebuilds from its own settings.
    return (str(Path(sample_dir).resolve()), repr(ws.settings.mappings), ws.match_ids)


def take(ws: Workspace) -> SampleSnapshot:
    """What ``ws`` holds now, detached from its connection."""
    rows = ws.con.execute(
        "SELECT table_name, sql FROM duckdb_tables() WHERE NOT temporary ORDER BY table_name"
    ).fetchall()
    tables = tuple((name, sql, ws.con.table(quote_ident(name)).to_arrow_table()) for name, sql in rows)
    files = tuple((copy.deepcopy(f), f.path.read_bytes()) for f in ws.files)
    return SampleSnapshot(tables, files, ws._counter, tuple(copy.deepcopy(ws.id_matches)))


def restore(ws: Workspace, snapshot: SampleSnapshot) -> None:
    """Make ``ws`` hold what the snapshot holds, in its own tables and private folder."""
    from cs_dash.workspace import LoadedFile

    for name, sql, rows in snapshot.tables:
        ws.con.execute(f"DROP TABLE IF EXISTS {quote_ident(name)}")
        ws.con.execute(sql)
        ws.con.register(SNAPSHOT_VIEW, rows)
        try:
            ws.con.execute(f"INSERT INTO {quote_ident(name)} SELECT * FROM {SNAPSHOT_VIEW}")
        finally:
            ws.con.unregister(SNAPSHOT_VIEW)
    for loaded, data in snapshot.files:
        path = ws._dir / loaded.path.name
        path.write_bytes(data)
        ws.files.append(
            LoadedFile(loaded.name, path, copy.deepcopy(loaded.result), copy.deepcopy(loaded.options))
        )
    ws._counter = snapshot.counter
    ws.id_matches = list(copy.deepcopy(snapshot.id_matches))
    ws.refresh_derived()


def load(ws: Workspace, sample_dir: Path, import_files) -> None:
    """Fill the emptied ``ws`` with the sample; ``import_files(ws)`` imports it the first time."""
    key = _key(ws, sample_dir)
    with _lock:
        snapshot = _snapshots.get(key)
        if snapshot is None:
            import_files(ws)
            _snapshots[key] = take(ws)
            return
    restore(ws, snapshot)
