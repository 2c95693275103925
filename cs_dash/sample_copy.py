"""The bundled sample company imported once per server process and shared read-only by each new session.

Every new browser session starts on the sample; running the importer over its files for each one
costs seconds, and even copying its rows into each session's database costs a new session more
than the rest of its first page. The first session's import is written once into a DuckDB file
in a folder of this process (each table's definition and rows, each file's bytes and import
result); later sessions ATTACH that file READ_ONLY and read every table through a view of the
same name. Connections stay per session: a session copies the tables into its own database
(``make_own``) before it first changes anything, so one session's change never shows in another.

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
import dataclasses
import itertools
import os
import shutil
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

import duckdb

from cs_dash import tempdirs
from cs_dash.sqlutil import quote_ident

if TYPE_CHECKING:
    from cs_dash.importing import ImportResult
    from cs_dash.workspace import LoadedFile, Workspace

SHARED = "cs_shared_sample"  # the alias a session's connection attaches the shared sample as


@dataclass(frozen=True)
class SampleSnapshot:
    database: Path  # the DuckDB file holding every table's rows, opened READ_ONLY by each session
    tables: tuple[tuple[str, str], ...]  # name, CREATE TABLE statement
    files: tuple[tuple[LoadedFile, Path], ...]  # each file and its bytes' copy in the shared folder
    counter: int
    id_matches: tuple
    settings: str  # repr of the settings the snapshot's dimensions were built with


T = TypeVar("T")
_lock = threading.Lock()
_snapshots: dict[tuple, SampleSnapshot] = {}
_folder: Path | None = None
_folder_lock = threading.Lock()  # taken inside ``_lock`` by ``take``
_numbers = itertools.count(1)
KEPT_RESULTS = 256  # results kept for unchanged copies (views asked for), the oldest dropped first
_kept: OrderedDict[tuple, object] = OrderedDict()


def shared_folder() -> Path:
    """This process's folder for the shared sample files (every workspace's DuckDB may read it).

    It holds only the bundled sample's rows, never an upload; like a workspace's own folder it
    names this process, so the next process removes it if this one is killed.
    """
    global _folder
    with _folder_lock:
        if _folder is None or not _folder.is_dir():
            _folder = tempdirs.make_private_dir()
        return _folder


def _key(ws: Workspace, sample_dir: Path) -> tuple:
    # The import reads the saved mapping profiles and the id matching; the rest of the settings
    # only shape the dimensions, which each session rebuilds from its own settings.
    return (str(Path(sample_dir).resolve()), repr(ws.settings.mappings), ws.match_ids)


def take(ws: Workspace) -> SampleSnapshot:
    """What ``ws`` holds now, written to a new database file of the shared folder."""
    rows = ws.con.execute(
        "SELECT table_name, sql FROM duckdb_tables() "
        "WHERE database_name = current_database() AND NOT temporary ORDER BY table_name"
    ).fetchall()
    database = shared_folder() / f"sample_{next(_numbers)}.duckdb"
    writer = duckdb.connect(str(database), config={"threads": 1})
    try:
        for name, sql in rows:
            writer.execute(sql)
            writer.from_arrow(ws.con.table(quote_ident(name)).to_arrow_table()).insert_into(quote_ident(name))
    finally:
        writer.close()
    kept_files = database.with_suffix(".files")
    kept_files.mkdir()
    files = []
    for loaded in ws.files:
        kept = kept_files / loaded.path.name
        shutil.copyfile(loaded.path, kept)
        files.append((copy.deepcopy(loaded), kept))
    return SampleSnapshot(
        database,
        tuple(rows),
        tuple(files),
        ws._counter,
        tuple(copy.deepcopy(ws.id_matches)),
        repr(ws.settings),
    )


def restore(ws: Workspace, snapshot: SampleSnapshot) -> None:
    """Make ``ws`` read what the snapshot holds, through views of the shared file; files in its own folder.

    The files' staging tables are read only to rebuild the canonical tables from them (id matching
    switched, a file read again or removed), which a session on the sample seldom does: they get
    no view, and are copied in when first needed (``make_own``).
    """
    from cs_dash.workspace import LoadedFile

    staging = {loaded.result.staging_table for loaded, _ in snapshot.files}
    ws.con.execute(f"ATTACH ? AS {SHARED} (READ_ONLY)", [str(snapshot.database)])
    ws.staging_to_copy, ws.shared_views = [], []
    for name, sql in snapshot.tables:
        ws.con.execute(f"DROP TABLE IF EXISTS {quote_ident(name)}")
        if name in staging:
            ws.staging_to_copy.append((name, sql))
        else:
            ws.con.execute(f"CREATE VIEW {quote_ident(name)} AS FROM {SHARED}.{quote_ident(name)}")
            ws.shared_views.append((name, sql))
    for loaded, kept in snapshot.files:
        path = ws._dir / loaded.path.name
        _link_or_copy(kept, path)
        ws.files.append(
            LoadedFile(loaded.name, path, _session_copy(loaded.result), copy.deepcopy(loaded.options))
        )
    ws._counter = snapshot.counter
    ws.id_matches = list(copy.deepcopy(snapshot.id_matches))
    # The shared dimensions are what these settings build; other settings build their own.
    ws.refresh_derived(changed=None if repr(ws.settings) != snapshot.settings else set())


def _link_or_copy(kept: Path, path: Path) -> None:
    """The session's own name for a sample file: a hard link (no bytes written), else a copy."""
    try:
        os.link(kept, path)
    except OSError:
        shutil.copyfile(kept, path)


def _session_copy(result: ImportResult) -> ImportResult:
    """A file's import result for one session: its lists and dicts its own, its frames shared.

    Nothing changes a loaded file's rejects or preview in place (a session that reads a file again
    gets a new result), and deep-copying the frames of every sample file was a tenth of opening it.
    """
    fresh = copy.copy(result)
    for part in dataclasses.fields(result):
        value = getattr(result, part.name)
        if isinstance(value, (list, dict)):
            setattr(fresh, part.name, copy.deepcopy(value))
    return fresh


def make_own(ws: Workspace) -> None:
    """Copy every table ``ws`` reads from the shared sample into its own database (before a change).

    Does nothing when it reads none: a session that never changes its sample never copies it.
    """
    while ws.shared_views:
        name, sql = ws.shared_views.pop()
        ws.con.execute(f"DROP VIEW {quote_ident(name)}")
        _copy_table(ws, name, sql)
    while ws.staging_to_copy:
        _copy_table(ws, *ws.staging_to_copy.pop())
    ws.con.execute(f"DETACH DATABASE IF EXISTS {SHARED}")


def forget(ws: Workspace) -> None:
    """Stop reading the shared sample: its views dropped, its waiting staging tables never copied."""
    while ws.shared_views:
        ws.con.execute(f"DROP VIEW {quote_ident(ws.shared_views.pop()[0])}")
    ws.staging_to_copy.clear()
    ws.con.execute(f"DETACH DATABASE IF EXISTS {SHARED}")


def _copy_table(ws: Workspace, name: str, sql: str) -> None:
    ws.con.execute(sql)
    ws.con.execute(f"INSERT INTO {quote_ident(name)} SELECT * FROM {SHARED}.{quote_ident(name)}")


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
