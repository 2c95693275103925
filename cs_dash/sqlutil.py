"""The one identifier-quoting helper every SQL-building module shares, named parameters, and rows
inserted in one statement.

Values are always bound as parameters, by name (``$as_of``) so a query's text says which value
goes where; identifiers that come from uploads go through ``quote_ident`` and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pyarrow as pa

# A named parameter in DuckDB SQL: $ then a name ($1-style positions do not match).
NAMED_PARAMETER = re.compile(r"\$([A-Za-z_]\w*)")


def quote_ident(name: str) -> str:
    """Quote an identifier for DuckDB, doubling any embedded double quote."""
    return '"' + str(name).replace('"', '""') + '"'


def named(sql: str, values: Mapping[str, object]) -> dict[str, object]:
    """The values ``sql`` names as ``$parameters``, and only those (DuckDB refuses unused ones).

    A name the SQL uses without a value is a mistake in this package: it raises KeyError.
    """
    wanted = set(NAMED_PARAMETER.findall(sql))
    missing = sorted(wanted - values.keys())
    if missing:
        raise KeyError(f"no value for SQL parameter(s): {', '.join(missing)}")
    return {name: values[name] for name in sorted(wanted)}  # sorted: the same SQL, the same repr


ROWS_VIEW = "cs_rows_to_insert"


def insert_rows(con, table: str, rows: Sequence[Sequence[object]]) -> None:
    """Insert ``rows`` (tuples in the table's column order) into ``table`` in one statement.

    ``executemany`` runs the statement once per row, which takes seconds at 100k rows; here the
    rows go in as one Arrow relation. ``table`` is SQL text from this package (quote_ident's
    output for a name from an upload). The values are data, never SQL.
    """
    if not rows:
        return
    width = len(rows[0])
    data = pa.table({f"c{i}": pa.array([row[i] for row in rows]) for i in range(width)})
    con.complete()  # a result left half-read (``fetchone``) would make ``register`` refuse
    con.register(ROWS_VIEW, data)
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM {ROWS_VIEW}")
    finally:
        con.unregister(ROWS_VIEW)
