"""The bundled sample company imported once per server process and copied into each new session.

Every new browser session starts on the sample; running the importer over its files for each one
costs seconds. The first session's import is kept as an immutable snapshot (each table's
definition and rows as Arrow, each file's bytes and import result) and later sessions copy it
into their own connection: connections stay per session, only the rows are shared, read-only.

A new session's first page then computes what every new session computes on the same rows (the
health scores, the Hurtlocker breakdowns). While a session's copy is unchanged (its data version
is the one it was copied at), such results are kept once per process with ``recall`` / ``keep``,
keyed by the sample, the session's settings and the question; any change to the session's data or
settings makes it compute its own again. Kept values are never changed by their readers, and
nothing from an upload is kept: only ``load`` marks a workspace as a copy, and an upload moves its
version on.
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

import pyarrow as pa

from cs_dash.sqlutil import quote_ident

if TYPE_CHECKING:
    from cs_dash.workspace import LoadedFile, Workspace


@dataclass(frozen=True)
class SampleSnapshot:
    tables: tuple[tuple[str, str, pa.Table], ...]  # name, CREATE TABLE statement, rows
    files: tuple[tuple[LoadedFile, bytes], ...]
    counter: int
    id_matches: tuple
    settings: str  # repr of the settings the snapshot's dimensions were built with


T = TypeVar("T")
_lock = threading.Lock()
_snapshots: dict[tuple, SampleSnapshot] = {}
KEPT_RESULTS = 256  # results kept for unchanged copies (views asked for), the oldest dropped first
_kept: OrderedDict[tuple, object] = OrderedDict()


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
    return SampleSnapshot(tables, files, ws._counter, tuple(copy.deepcopy(ws.id_matches)), repr(ws.settings))


def restore(ws: Workspace, snapshot: SampleSnapshot) -> None:
    """Make ``ws`` hold what the snapshot holds, in its own tables and private folder.

    The files' staging tables are read only to rebuild the canonical tables from them (id matching
    switched, a file read again or removed), which a session on the sample seldom does: they are
    copied when first needed (``copy_staging``), not with the rest.
    """
    from cs_dash.workspace import LoadedFile

    staging = {loaded.result.staging_table for loaded, _ in snapshot.files}
    ws.staging_to_copy = []
    for name, sql, rows in snapshot.tables:
        ws.con.execute(f"DROP TABLE IF EXISTS {quote_ident(name)}")
        if name in staging:
            ws.staging_to_copy.append((name, sql, rows))
        else:
            _copy_table(ws, name, sql, rows)
    for loaded, data in snapshot.files:
        path = ws._dir / loaded.path.name
        path.write_bytes(data)
        ws.files.append(
            LoadedFile(loaded.name, path, copy.deepcopy(loaded.result), copy.deepcopy(loaded.options))
        )
    ws._counter = snapshot.counter
    ws.id_matches = list(copy.deepcopy(snapshot.id_matches))
    # The copied dimensions are what these settings build; other settings build their own.
    ws.refresh_derived(changed=None if repr(ws.settings) != snapshot.settings else set())


def copy_staging(ws: Workspace) -> None:
    """Copy in the staging tables ``restore`` left for later (nothing when none are waiting)."""
    while ws.staging_to_copy:
        _copy_table(ws, *ws.staging_to_copy.pop())


def _copy_table(ws: Workspace, name: str, sql: str, rows: pa.Table) -> None:
    ws.con.execute(sql)
    ws.con.from_arrow(rows).insert_into(quote_ident(name))


def load(
    ws: Workspace,
    sample_dir: Path,
    import_files: Callable[[Workspace], None],
    derive: Callable[[Workspace], None] | None = None,
) -> None:
    """Fill the emptied ``ws`` with the sample; ``import_files(ws)`` imports it the first time.

    ``derive(ws)`` then builds tables derived from the rows (checked by their readers, so a session
    whose snapshot lacks them builds its own), and the snapshot carries them to later sessions.
    """
    key = _key(ws, sample_dir)
    with _lock:
        snapshot = _snapshots.get(key)
        if snapshot is None:
            import_files(ws)
            if derive is not None:
                derive(ws)
            _snapshots[key] = take(ws)
    if snapshot is not None:
        restore(ws, snapshot)
    ws.sample_origin = (key, ws.version)


def _kept_key(ws: Workspace, question: tuple) -> tuple | None:
    origin = ws.sample_origin
    if origin is None or origin[1] != ws.version:
        return None  # not the sample, or changed since it was copied
    return (origin[0], repr(ws.settings), question)


def is_unchanged_copy(ws: Workspace) -> bool:
    """True while ``ws`` holds the sample as it was copied in (or imported) with these settings."""
    return _kept_key(ws, ()) is not None


def recall(ws: Workspace, question: tuple) -> object | None:
    """What ``keep`` kept for ``question`` on this unchanged copy of the sample, else None."""
    key = _kept_key(ws, question)
    if key is None:
        return None
    with _lock:
        value = _kept.get(key)
        if value is not None:
            _kept.move_to_end(key)
        return value


def keep(ws: Workspace, question: tuple, value: object) -> None:
    """Keep ``value``, the answer to ``question`` on this copy, for later unchanged copies."""
    key = _kept_key(ws, question)
    if key is None:
        return
    with _lock:
        _kept[key] = value
        while len(_kept) > KEPT_RESULTS:
            _kept.popitem(last=False)


def kept_or_computed(ws: Workspace, question: tuple, compute: Callable[[], T]) -> T:
    """The kept answer to ``question`` on this unchanged copy, else ``compute()``, kept for the next."""
    value = recall(ws, question)
    if value is None:
        value = compute()
        keep(ws, question, value)
    return cast(T, value)


def forget_kept() -> None:
    """Drop every kept result (the snapshots stay)."""
    with _lock:
        _kept.clear()
