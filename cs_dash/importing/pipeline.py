"""Import one file into a staging table of canonical columns (first, strict version).

Reads only files whose headers already are canonical column names; the full detection and
parsing pipeline replaces this.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from cs_dash.importing.result import REJECT_COLUMNS, ImportOptions, ImportResult
from cs_dash.schema import TABLES
from cs_dash.sqlutil import quote_ident


def import_file(
    con: duckdb.DuckDBPyConnection,
    path: str | Path,
    display_name: str,
    staging_table: str,
    options: ImportOptions | None = None,
) -> ImportResult:
    options = options or ImportOptions()
    result = ImportResult(file=display_name, encoding="utf-8", delimiter=",", header_row=1)
    raw = con.execute("SELECT * FROM read_csv(?, all_varchar=true, header=true)", [str(path)]).df()
    headers = [h.strip().lower() for h in raw.columns]
    raw.columns = headers
    table = options.table or next((t.name for t in TABLES.values() if set(t.required) <= set(headers)), None)
    if table is None:
        result.error = f"{display_name}: no table has all its required columns in this file."
        return result
    spec = TABLES[table]
    result.table = table
    result.mapping = {h: h for h in headers if h in spec.column_names}
    result.unmapped = [h for h in headers if h not in spec.column_names]
    result.rows_read = len(raw)
    raw["source_row"] = range(2, len(raw) + 2)
    con.register("_raw_import", raw)
    select = []
    for col in spec.columns:
        if col.name in result.mapping:
            select.append(
                f"TRY_CAST({quote_ident(col.name)} AS {col.duckdb_type}) AS {quote_ident(col.name)}"
            )
        else:
            select.append(f"CAST(NULL AS {col.duckdb_type}) AS {quote_ident(col.name)}")
    con.execute(
        f"CREATE OR REPLACE TABLE {quote_ident(staging_table)} AS "
        f"SELECT {', '.join(select)}, ?::VARCHAR AS source_file, source_row FROM _raw_import",
        [display_name],
    )
    con.unregister("_raw_import")
    required_null = " OR ".join(f"{quote_ident(c)} IS NULL" for c in spec.required)
    rejected = con.execute(
        f"SELECT source_row FROM {quote_ident(staging_table)} WHERE {required_null}"
    ).fetchall()
    con.execute(f"DELETE FROM {quote_ident(staging_table)} WHERE {required_null}")
    result.rejects = pd.DataFrame(
        [(display_name, r[0], "", "", "a required value is missing") for r in rejected],
        columns=REJECT_COLUMNS,
    )
    result.rows_rejected = len(rejected)
    result.rows_loaded = result.rows_read - result.rows_rejected
    result.staging_table = staging_table
    result.preview = raw.head(20)
    return result
