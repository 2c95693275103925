"""One user's data: a private in-memory DuckDB holding the canonical tables.

Each browser session and each CLI run owns one Workspace. Uploads are written to the
workspace's private folder (the only place DuckDB may read), imported into staging tables, and
assembled into the canonical tables of ``cs_dash.schema``; the derived dimensions follow.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar, cast

import duckdb
import pandas as pd

from cs_dash import dims, idmatch, sample_copy, subscriptions, tempdirs
from cs_dash.importing import REJECT_COLUMNS, ImportOptions, ImportResult, import_file
from cs_dash.schema import KEY_COLUMNS, TABLES, create_table_sql, install_macros
from cs_dash.settings import Settings
from cs_dash.sqlutil import quote_ident

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "sample"
T = TypeVar("T")


@dataclass
class LoadedFile:
    """A file the user added, where its bytes are kept for re-mapping, and what its import said."""

    name: str
    path: Path
    result: ImportResult
    options: ImportOptions | None = None  # the choices it was last imported with


class Workspace:
    def __init__(
        self,
        settings: Settings | None = None,
        memory_limit: str = "2GB",
        threads: int = 2,
        data_dirs: tuple[Path, ...] = (),
        *,
        build_tables: bool = True,
    ):
        """``data_dirs`` are folders DuckDB may use besides the private one (a saved workspace's).

        ``build_tables=False`` leaves the canonical tables unbuilt, for a workspace whose tables
        come next from elsewhere (``of_sample``); every other use wants them built, empty.
        """
        self.settings = settings or Settings()
        tempdirs.sweep_once()
        self._dir = tempdirs.make_private_dir()
        spill = self._dir / "spill"
        spill.mkdir()
        self.con = duckdb.connect(
            ":memory:",
            config={
                "autoinstall_known_extensions": False,
                "autoload_known_extensions": False,
                "memory_limit": memory_limit,
                "threads": threads,
                "temp_directory": str(spill),
            },
        )
        install_macros(self.con)
        readable = [self._dir, sample_copy.shared_folder(), *data_dirs]
        self.con.execute("SET allowed_directories = ?", [list(map(str, readable))])
        self.con.execute("SET enable_external_access = false")
        self.con.execute("SET lock_configuration = true")
        self.files: list[LoadedFile] = []
        self.is_sample = False
        self._counter = 0
        self.match_ids = True  # count rows that name an account by id for the account's name
        self.id_matches: list[idmatch.IdMatch] = []
        self.version = 0  # counts changes of the data or the settings
        self.caches: dict[str, object] = {}  # results derived from this version, by name
        self.sample_origin: tuple | None = None  # the sample copied in, and the version then
        # The shared sample's tables this session reads through views (name, CREATE statement),
        # and its staging tables, copied in when a rebuild first reads them.
        self.shared_views: list[tuple[str, str]] = []
        self.staging_to_copy: list[tuple[str, str]] = []
        self.snapshot_tables = False  # whether the snapshot tables exist (``snapshots.create_tables``)
        if build_tables:
            self._rebuild()

    @classmethod
    def of_sample(
        cls,
        sample_dir: Path = SAMPLE_DIR,
        derive: Callable[[Workspace], None] | None = None,
        threads: int = 2,
        settings: Settings | None = None,
    ) -> Workspace:
        """A new workspace holding the sample company.

        Each new browser session starts here; building the empty tables and their dimensions first,
        only for the sample's to replace them, was a tenth of a new session's first page.
        """
        ws = cls(settings, threads=threads, build_tables=False)
        ws.load_sample(sample_dir, derive)
        return ws

    # ----------------------------------------------------------------- files in and out
    def add_file(
        self, name: str, data: bytes | BinaryIO, options: ImportOptions | None = None
    ) -> ImportResult:
        """Import one uploaded file (its bytes, or a binary file object streamed to disk).

        Its rows are appended to their canonical table; the other tables stay as they are. The
        sample data gives way only to a file that imports: a failed upload leaves it in place.
        """
        self._counter += 1
        safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)[-80:] or "upload.csv"
        path = self._dir / f"{self._counter:04d}_{safe}"
        if isinstance(data, (bytes, bytearray, memoryview)):
            path.write_bytes(data)
        else:
            with path.open("wb") as out:
                shutil.copyfileobj(data, out, 1 << 20)
        result = self._import(path, name, options)
        if self.is_sample and result.ok:
            self.clear()
        self.files.append(LoadedFile(name, path, result, options))
        if not result.ok:
            return result  # nothing reached the canonical tables
        if result.table == "accounts":
            self._rebuild()  # the accounts list says what every table's account ids stand for
        else:
            self._append_file(result)
        return result

    def reimport(self, index: int, options: ImportOptions) -> ImportResult:
        """Import file ``index`` again with the user's mapping choices."""
        sample_copy.make_own(self)
        loaded = self.files[index]
        if loaded.result.staging_table:
            self.con.execute(f"DROP TABLE IF EXISTS {quote_ident(loaded.result.staging_table)}")
        loaded.result = self._import(loaded.path, loaded.name, options)
        loaded.options = options
        self._rebuild()
        return loaded.result

    def rebuild_from_uploads(self) -> int:
        """Import every kept raw file again, with its last choices and today's saved mappings.

        After a mapping is saved or the importer changes, the canonical tables then say what the
        current rules make of the very files uploaded. Returns how many files were read again.
        """
        self.staging_to_copy.clear()  # every file is read again
        for loaded in self.files:
            if loaded.result.staging_table:
                self.con.execute(f"DROP TABLE IF EXISTS {quote_ident(loaded.result.staging_table)}")
            loaded.result = self._import(loaded.path, loaded.name, loaded.options)
        self._rebuild()
        return len(self.files)

    def remove_file(self, index: int) -> None:
        sample_copy.make_own(self)
        loaded = self.files.pop(index)
        if loaded.result.staging_table:
            self.con.execute(f"DROP TABLE IF EXISTS {quote_ident(loaded.result.staging_table)}")
        loaded.path.unlink(missing_ok=True)
        self._rebuild()

    def clear(self) -> None:
        """Forget every file (and the sample data)."""
        self._forget_files()
        self._rebuild()
        self.is_sample = False

    def _forget_files(self) -> None:
        sample_copy.forget(self)
        while self.files:
            loaded = self.files.pop()
            if loaded.result.staging_table:
                self.con.execute(f"DROP TABLE IF EXISTS {quote_ident(loaded.result.staging_table)}")
            loaded.path.unlink(missing_ok=True)

    def load_sample(
        self, sample_dir: Path = SAMPLE_DIR, derive: Callable[[Workspace], None] | None = None
    ) -> None:
        """Replace the data with the bundled sample company (imported once per process, then copied,
        with what ``derive`` builds from its rows)."""
        self._forget_files()  # the import's or the copy's tables replace every table
        sample_copy.load(self, sample_dir, lambda ws: ws._import_sample(sample_dir), derive)
        self.is_sample = True

    def _import_sample(self, sample_dir: Path) -> None:
        for path in sorted(sample_dir.glob("*.csv")):
            # Each sample file is named after its table, so no guessing is needed.
            table = path.stem if path.stem in TABLES else None
            self._counter += 1
            target = self._dir / f"{self._counter:04d}_{path.name}"
            shutil.copyfile(path, target)
            result = self._import(target, path.name, ImportOptions(table=table))
            self.files.append(LoadedFile(path.name, target, result, ImportOptions(table=table)))
        self._rebuild()  # once, after every file: the tables are the same as after each one

    def _import(self, path: Path, name: str, options: ImportOptions | None) -> ImportResult:
        staging = f"stage_{self._counter:04d}"
        self._counter += 1
        return import_file(self.con, path, name, staging, options, profiles=self.settings.mappings)

    # ----------------------------------------------------------------- canonical tables
    def _rebuild(self) -> None:
        sample_copy.make_own(self)
        for table in TABLES.values():
            self.con.execute(create_table_sql(table))
            for loaded in self.files:
                result = loaded.result
                if result.ok and result.table == table.name:
                    self._append(table.name, result.staging_table)
        histories = [f.result.file for f in self.files if f.result.ok and f.result.subscription_history]
        subscriptions.read_histories(self.con, histories)
        self.id_matches = idmatch.match_account_ids(self.con) if self.match_ids else []
        self.refresh_derived()

    def _append_file(self, result: ImportResult) -> None:
        """Add one imported file's rows to its table, as ``_rebuild`` would have placed them last.

        Rows matched by account id earlier already carry the account's name, so matching again
        finds only the new file's id-named rows; their counts are added to the earlier ones.
        """
        first_new_row = self.scalar(f"SELECT count(*) FROM {quote_ident(result.table)}")
        self._append(result.table, result.staging_table)
        changed = {result.table}
        if self.match_ids:
            matched = idmatch.match_account_ids(self.con)
            changed.update(m.table for m in matched)
            self.id_matches = idmatch.merge(self.id_matches, matched)
        self.refresh_derived(changed, first_new_row if changed == {"engagements"} else None)

    def set_id_matching(self, on: bool) -> None:
        """Turn the matching of account ids to names on or off (undo), and rebuild."""
        self.match_ids = on
        self._rebuild()

    def _append(self, table_name: str, staging: str) -> None:
        """Append a staging table to its canonical table, with the account and CSM match keys.

        Keys are computed once per distinct name and joined back: a million engagements name a
        few thousand accounts, and the key's regular expression is the costly part.
        """
        table = TABLES[table_name]
        columns = [f"s.{quote_ident(c)}" for c in table.column_names] + ["s.source_file", "s.source_row"]
        targets = [quote_ident(c) for c in table.column_names] + ["source_file", "source_row"]
        lookups, joins = [], []
        for n, (source, key) in enumerate(KEY_COLUMNS.items()):
            if source in table.column_names:
                src = quote_ident(source)
                lookups.append(
                    f"k{n} AS (SELECT v, name_key(v) AS k "
                    f"FROM (SELECT DISTINCT {src} AS v FROM {quote_ident(staging)}))"
                )
                joins.append(f"LEFT JOIN k{n} ON s.{src} = k{n}.v")
                targets.append(quote_ident(key))
                columns.append(f"k{n}.k")
        with_clause = f"WITH {', '.join(lookups)} " if lookups else ""
        self.con.execute(
            f"INSERT INTO {quote_ident(table_name)} ({', '.join(targets)}) "
            f"{with_clause}SELECT {', '.join(columns)} FROM {quote_ident(staging)} s {' '.join(joins)}"
        )

    def refresh_derived(
        self, changed: set[str] | None = None, first_new_engagement: int | None = None
    ) -> None:
        """Rebuild the dimensions after the data or the settings changed.

        ``changed`` names the canonical tables that gained rows; only the dimensions built from
        them are rebuilt (all of them when it is None: the settings or every table changed; none
        when it is empty, as for a copy whose dimensions came with it). ``first_new_engagement``
        is the rowid of the first engagement appended, when only engagements were: the accounts
        dimension then sums up again only the accounts those rows name.
        """
        if changed is None or changed:
            sample_copy.make_own(self)  # the dimensions are written, so the shared sample is copied
        if first_new_engagement is not None and changed == {"engagements"}:
            dims.update_account_dim(self.con, self.settings, first_new_engagement)
        elif changed is None or changed & dims.ACCOUNT_DIM_SOURCES:
            dims.refresh_account_dim(self.con, self.settings)
        if changed is None or changed & dims.CSM_DIM_SOURCES:
            dims.refresh_csm_dim(self.con, self.settings)
        self.version += 1
        self.caches.clear()

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.refresh_derived()

    # ----------------------------------------------------------------- questions
    def remembered(self, name: str, compute: Callable[[], T]) -> T:
        """``compute()``'s answer for this data version, computed once and then reused.

        Every rerun asks some questions whose answers only a change of the data or the settings
        can change (the latest date, the filters' choices, the tier order); each such change moves
        ``version`` on, and the answer is computed again. ``name`` says what the answer is; it
        must name the same question every time, and the answer must not be changed by its readers.
        On an unchanged copy of the sample the answer an earlier session found is reused.
        """
        key = f"remembered:{name}"
        kept = self.caches.get(key)
        if isinstance(kept, tuple) and kept[0] == self.version:
            return cast(T, kept[1])
        value = sample_copy.kept_or_computed(self, ("remembered", name), compute)
        self.caches[key] = (self.version, value)
        return value

    def view_frame(self, question: tuple, compute: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        """``compute()``'s frame for this data version and ``question``, computed once; a copy each time.

        For a view's table that several pages, charts and files ask of the same filters (the band
        mix, the early warning list, the renewals due): ``question`` names the function and every
        argument the answer depends on (the scope's ``repr`` for the filters). A reader's change to
        its copy stays its own.
        """
        return self.remembered(repr(question), compute).copy()

    def query(self, sql: str, params=None) -> pd.DataFrame:
        return self.con.execute(sql, params or []).df()

    def scalar(self, sql: str, params=None):
        row = self.con.execute(sql, params or []).fetchone()
        return row[0] if row else None

    def row_counts(self) -> dict[str, int]:
        return {name: self.scalar(f"SELECT count(*) FROM {quote_ident(name)}") for name in TABLES}

    def has(self, *tables: str) -> bool:
        """True when every named canonical table has at least one row."""
        return all(
            self.remembered(
                f"has:{t}", lambda t=t: bool(self.scalar(f"SELECT count(*) > 0 FROM {quote_ident(t)}"))
            )
            for t in tables
        )

    def rejects(self) -> pd.DataFrame:
        """Every rejected row or dropped value of every file, with its reason."""
        frames = [f.result.rejects for f in self.files if len(f.result.rejects)]
        if not frames:
            return pd.DataFrame(columns=REJECT_COLUMNS)
        return pd.concat(frames, ignore_index=True)

    def unmatched_names(self) -> pd.DataFrame:
        """Accounts and CSMs named in one table that the reference table does not know."""
        parts, params = [], []
        if self.has("accounts"):
            for t in TABLES.values():
                if t.name != "accounts" and "account" in t.column_names:
                    parts.append(
                        "SELECT 'account' AS kind, ? AS \"table\", mode(x.account ORDER BY x.account) AS name, count(*) AS rows "
                        f"FROM {quote_ident(t.name)} x ANTI JOIN accounts a USING (account_key) "
                        "WHERE x.account_key IS NOT NULL GROUP BY x.account_key"
                    )
                    params.append(t.name)
        if self.has("team"):
            for t in ("engagements", "accounts"):
                parts.append(
                    "SELECT 'csm' AS kind, ? AS \"table\", mode(x.csm ORDER BY x.csm) AS name, count(*) AS rows "
                    f"FROM {quote_ident(t)} x ANTI JOIN team m USING (csm_key) "
                    "WHERE x.csm_key IS NOT NULL GROUP BY x.csm_key"
                )
                params.append(t)
        if not parts:
            return pd.DataFrame(columns=["kind", "table", "name", "rows"])
        return self._mark_ids(self.query(" UNION ALL ".join(parts) + " ORDER BY 1, 2, 3", params))

    def _mark_ids(self, unmatched: pd.DataFrame) -> pd.DataFrame:
        """Unmatched accounts shaped like the accounts list's ids are listed as ids."""
        accounts = unmatched["kind"] == "account"
        if accounts.any():
            shaped = idmatch.id_shaped(self.con, unmatched.loc[accounts, "name"].tolist())
            unmatched.loc[unmatched.index[accounts][shaped], "kind"] = "account id"
        return unmatched

    def close(self) -> None:
        try:
            self.con.close()
        finally:
            shutil.rmtree(self._dir, ignore_errors=True)
