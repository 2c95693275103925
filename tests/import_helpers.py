"""Loading the checked-in messy exports with the importer, for the import tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from cs_dash.importing import ImportOptions, ImportResult, import_file
from cs_dash.workspace import Workspace
from tests.conftest import TEST_DATA
from tests.export_judge import loaded_rows

MESSY = TEST_DATA / "messy"


class Loader:
    """Imports files into one private connection, as the workspace would, from a private folder."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.con = duckdb.connect(config={"threads": 1, "memory_limit": "512MB"})
        self.count = 0

    def __call__(
        self, name: str, options: ImportOptions | None = None, profiles=None, data: bytes | None = None
    ):
        self.count += 1
        path = self.folder / f"{self.count:03d}_{name}"
        if data is None:
            shutil.copyfile(MESSY / name, path)
        else:
            path.write_bytes(data)
        result = import_file(self.con, path, name, f"stage_{self.count}", options, profiles)
        return result

    def rows(self, result: ImportResult, *columns: str) -> list[tuple]:
        """The loaded rows' values of ``columns``, in file order."""
        assert result.ok, result.error
        cols = ", ".join(f'"{c}"' for c in columns)
        return self.con.execute(f'SELECT {cols} FROM "{result.staging_table}" ORDER BY source_row').fetchall()

    def rejects(self, result: ImportResult) -> list[tuple]:
        return [
            tuple(r) for r in result.rejects[["row", "column", "value", "reason"]].itertuples(index=False)
        ]


def load_text(name: str, text: str, encoding: str = "utf-8"):
    """``text`` imported as the file ``name`` into a fresh workspace: its result and its loaded rows."""
    ws = Workspace(memory_limit="256MB", threads=1)
    try:
        result = ws.add_file(name, text.encode(encoding))
        assert result.ok, result.error
        return result, loaded_rows(ws, result.table, name)
    finally:
        ws.close()
