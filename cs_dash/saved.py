"""A workspace that outlives the session: its data is kept in a DuckDB file in its folder.

The session still works on its own in-memory copy (so reading never waits for anyone). Every
change — an import, a re-import, a removal, new settings — runs under the folder's write lock and
ends by writing the whole database to a new file that then replaces ``data.duckdb`` in one
rename: a crash or ``kill -9`` at any moment leaves either the old or the new workspace, both
complete. The raw uploads are kept in ``uploads/`` so the data can be imported again from them,
and the settings (saved mappings included) in ``settings.toml``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from cs_dash import snapshots, store
from cs_dash.importing import REJECT_COLUMNS, ImportOptions, ImportResult
from cs_dash.importing.result import Conversion, Transformation
from cs_dash.settings import Settings, SettingsError, dumps_toml, loads_toml
from cs_dash.sqlutil import insert_rows, quote_ident
from cs_dash.workspace import LoadedFile, Workspace

DATABASE = "data.duckdb"
SETTINGS = "settings.toml"
UPLOADS = "uploads"
FORMAT_VERSION = 1

# Tables of the saved file that describe the workspace rather than hold its data.
META_TABLE = "cs_meta"
FILES_TABLE = "cs_files"
REJECTS_TABLE = "cs_rejects"
_OWN_TABLES = (META_TABLE, FILES_TABLE, REJECTS_TABLE)

_RESULT_SKIP = {"rejects", "preview"}


class SavedWorkspace(Workspace):
    """A Workspace whose every change is saved to its folder before the call returns."""

    def __init__(
        self, info: store.WorkspaceInfo, memory_limit: str = "2GB", threads: int = 2, read_only: bool = False
    ):
        self.info = info
        self.read_only = read_only  # a viewer's session: every change is refused
        self.folder = info.folder
        self.settings_problem: str | None = None
        super().__init__(
            settings=self._read_settings(),
            memory_limit=memory_limit,
            threads=threads,
            data_dirs=(self.folder,),
        )
        self.generation = 0
        snapshots.create_tables(self)
        self._load()  # no lock: the database file is only ever replaced whole, never written in place
        try:
            with store.writer_lock(self.folder, wait=0):
                self._remove_leftovers()
        except store.WorkspaceBusy:
            pass  # a save is under way; the next opening cleans up

    # ----------------------------------------------------------------- changes, each saved
    def add_file(
        self, name: str, data: bytes | BinaryIO, options: ImportOptions | None = None
    ) -> ImportResult:
        with self._change():
            result = super().add_file(name, data, options)
            snapshots.stamp(self)
            return result

    def reimport(self, index: int, options: ImportOptions) -> ImportResult:
        stored = self.files[index].path.name
        with self._change():
            result = super().reimport(self._index_of(stored), options)
            snapshots.stamp(self)
            return result

    def rebuild_from_uploads(self) -> int:
        with self._change():
            rebuilt = super().rebuild_from_uploads()
            snapshots.stamp(self)
            return rebuilt

    def remove_file(self, index: int) -> None:
        stored = self.files[index].path.name
        with self._change():
            super().remove_file(self._index_of(stored))

    def clear(self) -> None:
        with self._change():
            Workspace.clear(self)

    def set_settings(self, settings: Settings) -> None:
        with self._change():
            super().set_settings(settings)

    def load_sample(self, sample_dir=None, derive=None) -> None:
        raise store.WorkspaceError("The sample company is its own workspace; switch to it instead.")

    def _index_of(self, stored: str) -> int:
        """Where a file is now: another session's save may have reordered or removed files."""
        for index, loaded in enumerate(self.files):
            if loaded.path.name == stored:
                return index
        raise store.WorkspaceError("That file was removed from the workspace in another window.")

    def is_stale(self) -> bool:
        """Whether another session saved a newer version since this one was loaded."""
        return self._stamp() != self._loaded_stamp

    def reload(self) -> None:
        """Load the saved version again (after another session changed it)."""
        self._reset()
        self._load()

    @contextlib.contextmanager
    def _change(self) -> Iterator[None]:
        if self.read_only:
            raise store.WorkspaceError("You can view this workspace but not change it (your role is viewer).")
        with store.writer_lock(self.folder):
            if not self.folder.is_dir():
                raise store.WorkspaceError("This workspace was deleted; nothing was saved.")
            if self._saved_generation() != self.generation:
                self._reset()
                self._load()  # another session saved since: change the newest version
            try:
                yield
                self._save()
            except BaseException:
                # Never leave this session showing what was not saved.
                self._reset()
                self._load()
                raise

    # ----------------------------------------------------------------- reading the folder
    def _read_settings(self) -> Settings:
        path = self.folder / SETTINGS
        if not path.exists():
            return Settings()
        try:
            return loads_toml(path.read_bytes())
        except SettingsError as problem:
            self.settings_problem = f"The saved settings could not be used ({problem}); the defaults apply."
            return Settings()

    def _stamp(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.folder / DATABASE)
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _saved_generation(self) -> int:
        if not (self.folder / DATABASE).exists():
            return 0
        with self._attached("saved_gen", read_only=True) as db:
            row = self.con.execute(f"SELECT value FROM {db}.{META_TABLE} WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    @contextlib.contextmanager
    def _attached(self, alias: str, read_only: bool, path: Path | None = None) -> Iterator[str]:
        path = path or self.folder / DATABASE
        mode = " (READ_ONLY)" if read_only else ""
        self.con.execute(f"ATTACH ? AS {quote_ident(alias)}{mode}", [str(path)])
        try:
            yield quote_ident(alias)
        finally:
            self.con.execute(f"DETACH {quote_ident(alias)}")

    def _reset(self) -> None:
        for loaded in self.files:
            if loaded.result.staging_table:
                self.con.execute(f"DROP TABLE IF EXISTS {quote_ident(loaded.result.staging_table)}")
        self.files = []
        self.settings = self._read_settings()
        for table in snapshots.TABLES:
            self.con.execute(f"DELETE FROM {table}")

    def _load(self) -> None:
        self._loaded_stamp = self._stamp()
        if not (self.folder / DATABASE).exists():
            self.generation = 0
            self._rebuild()
            return
        with self._attached("saved", read_only=True) as db:
            meta = dict(self.con.execute(f"SELECT key, value FROM {db}.{META_TABLE}").fetchall())
            rows = self.con.execute(
                f"SELECT seq, name, stored, options, result FROM {db}.{FILES_TABLE} ORDER BY seq"
            ).fetchall()
            rejects = self.con.execute(f"SELECT * FROM {db}.{REJECTS_TABLE}").df()
            saved_tables = {
                name
                for (name,) in self.con.execute(
                    "SELECT table_name FROM duckdb_tables() WHERE database_name = 'saved'"
                ).fetchall()
            }
            for table in snapshots.TABLES:
                if table in saved_tables:
                    self.con.execute(f"INSERT INTO {table} SELECT * FROM {db}.{table}")
            for _seq, name, stored, options, result_json in rows:
                result = _result_from_json(result_json)
                if result.staging_table:
                    staging = quote_ident(result.staging_table)
                    self.con.execute(f"CREATE OR REPLACE TABLE {staging} AS SELECT * FROM {db}.{staging}")
                mine = rejects[rejects["seq"] == _seq].drop(columns="seq").reset_index(drop=True)
                result.rejects = mine if len(mine) else pd.DataFrame(columns=REJECT_COLUMNS)
                path = self.folder / UPLOADS / stored
                self.files.append(LoadedFile(name, path, result, _options_from_json(options)))
        self.generation = int(meta.get("generation", 0))
        self._counter = max(self._counter, int(meta.get("counter", 0)))
        self._rebuild()

    def _remove_leftovers(self) -> None:
        """What an interrupted save left (the lock is held, so no save is in progress)."""
        for path in self.folder.glob(".*.tmp*"):
            path.unlink(missing_ok=True)
        if (self.folder / UPLOADS).is_dir() and self._saved_generation() == self.generation:
            self._remove_unreferenced_uploads()  # copied by a save that never finished

    # ----------------------------------------------------------------- writing the folder
    def _save(self) -> None:
        uploads = self.folder / UPLOADS
        store.make_private_dir(uploads)
        for loaded in self.files:
            if loaded.path.parent != uploads:
                dest = uploads / loaded.path.name
                while dest.exists():
                    dest = uploads / f"{secrets.token_hex(2)}_{loaded.path.name}"
                store.copy_private(loaded.path, dest)
                loaded.path.unlink(missing_ok=True)
                loaded.path = dest
        store.fsync_dir(uploads)
        store.atomic_write(self.folder / SETTINGS, dumps_toml(self.settings).encode("utf-8"))

        tmp = self.folder / f".{DATABASE}.{secrets.token_hex(4)}.tmp"
        generation = self.generation + 1
        try:
            with self._attached("saving", read_only=False, path=tmp) as db:
                self.con.execute(f"COPY FROM DATABASE memory TO {db}")
                self._write_meta(db, generation)
            for leftover in (tmp.with_name(tmp.name + ".wal"),):
                leftover.unlink(missing_ok=True)
            os.chmod(tmp, 0o600)
            store.fsync_file(tmp)
            os.replace(tmp, self.folder / DATABASE)
            store.fsync_dir(self.folder)
        finally:
            tmp.unlink(missing_ok=True)
        self.generation = generation
        self._loaded_stamp = self._stamp()
        self._remove_unreferenced_uploads()

    def _write_meta(self, db: str, generation: int) -> None:
        self.con.execute(f"CREATE TABLE {db}.{META_TABLE} (key VARCHAR PRIMARY KEY, value VARCHAR)")
        insert_rows(
            self.con,
            f"{db}.{META_TABLE}",
            [
                ("format", str(FORMAT_VERSION)),
                ("generation", str(generation)),
                ("counter", str(self._counter)),
            ],
        )
        self.con.execute(
            f"CREATE TABLE {db}.{FILES_TABLE} "
            "(seq INTEGER, name VARCHAR, stored VARCHAR, options VARCHAR, result VARCHAR)"
        )
        insert_rows(
            self.con,
            f"{db}.{FILES_TABLE}",
            [
                (seq, f.name, f.path.name, _options_to_json(f.options), _result_to_json(f.result))
                for seq, f in enumerate(self.files)
            ],
        )
        frames = [
            f.result.rejects.assign(seq=seq) for seq, f in enumerate(self.files) if len(f.result.rejects)
        ]
        rejects = (
            pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=[*REJECT_COLUMNS, "seq"])
        )
        rejects = rejects.astype(
            {"file": "string", "column": "string", "value": "string", "reason": "string"}
        )
        rejects["row"] = pd.to_numeric(rejects["row"], errors="coerce").astype("Int64")
        self.con.register("cs_rejects_to_save", rejects)
        try:
            self.con.execute(f"CREATE TABLE {db}.{REJECTS_TABLE} AS SELECT * FROM cs_rejects_to_save")
        finally:
            self.con.unregister("cs_rejects_to_save")

    def _remove_unreferenced_uploads(self) -> None:
        kept = {f.path.name for f in self.files}
        for path in (self.folder / UPLOADS).iterdir():
            if path.name not in kept and not path.name.startswith("."):
                path.unlink(missing_ok=True)


# --------------------------------------------------------------------- what a file said, as JSON
# Lists of small records on a result, rebuilt from their fields when a workspace is read back.
_RECORD_LISTS = {"conversions": Conversion, "conversions_off": Conversion, "transformations": Transformation}


def _result_to_json(result: ImportResult) -> str:
    data = {f.name: getattr(result, f.name) for f in dataclasses.fields(result) if f.name not in _RESULT_SKIP}
    for name in _RECORD_LISTS:
        if name in data:
            data[name] = [dataclasses.asdict(record) for record in data[name]]
    if result.preview is not None:
        preview = result.preview
        data["preview"] = {
            "columns": [str(c) for c in preview.columns],
            "rows": [
                [None if pd.isna(v) else str(v) for v in row] for row in preview.itertuples(index=False)
            ],
        }
    return json.dumps(data, default=str)


def _result_from_json(text: str) -> ImportResult:
    data = json.loads(text)
    known = {f.name for f in dataclasses.fields(ImportResult)} - _RESULT_SKIP
    for name, record in _RECORD_LISTS.items():
        if name in data:
            data[name] = [record(**fields) if isinstance(fields, dict) else fields for fields in data[name]]
    result = ImportResult(**{k: v for k, v in data.items() if k in known})
    preview = data.get("preview")
    if preview:
        result.preview = pd.DataFrame(preview["rows"], columns=preview["columns"])
    return result


def _options_to_json(options: ImportOptions | None) -> str | None:
    if options is None:
        return None
    data = dataclasses.asdict(options)
    data["conversions_off"], data["undo"] = sorted(options.conversions_off), sorted(options.undo)
    return json.dumps(data)


def _options_from_json(text: str | None) -> ImportOptions | None:
    if not text:
        return None
    known = {f.name for f in dataclasses.fields(ImportOptions)}
    data = {k: v for k, v in json.loads(text).items() if k in known}
    data["conversions_off"] = set(data.get("conversions_off") or ())
    data["undo"] = frozenset(data.get("undo") or ())
    return ImportOptions(**data)
