"""Merged cells in a sheet saved as CSV: a group's name is written on its first row only.

A tracker kept by hand often merges the cell that names a block of rows (the customer over its
contacts, the CSM over their accounts). Excel, Google Sheets and LibreOffice save a merged cell's
value on its first row and leave the rows below it empty, so every row but the first of a block
looks as if it had no account. A person reads the empty cells as "same as above". So does the
importer, for the column that names a row's group when it is the first column (where a sheet puts
the name it groups its rows by, and a grouped report such as Salesforce's its grouping field: the
account, the CSM, a deal's type, a status, a segment) and looks merged:

- its first record fills it, and at least two later records leave it empty (one empty cell is a
  value missing, not a block);
- no record repeats the value of the record right above it: a sheet that writes a name on every
  row of its block is not merged, so its empty cells mean "none", not "same as above".

A row whose first cell names it a summary ("Subtotal Lucía Romero", "Summe", "Total") closes a
block rather than continuing it, so it takes no value.

The value above is then carried into the empty cells (rows that fill no other cell stay empty),
said to the user, and undoable.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from cs_dash.importing.sniff import SUMMARY_FIRST_WORDS, TOTAL_ROW_WORDS
from cs_dash.sqlutil import quote_ident

SUMMARY_WORDS = sorted(SUMMARY_FIRST_WORDS | {w for w in TOTAL_ROW_WORDS if " " not in w})

MERGED = "merged_cells"
# The canonical columns a sheet or a grouped report groups its rows by: a name shared by a block of
# rows. Not dates, amounts or text whose empty cell means "none" (a ticket still open, no notes).
GROUP_COLUMNS = frozenset(
    {
        "account",
        "csm",
        "kind",
        "status",
        "type",
        "tag",
        "segment",
        "owner",
        "priority",
        "dimension",
        "team",
        "role",
    }
)
MIN_EMPTY = 2


@dataclass(frozen=True)
class Merged:
    """One column whose empty cells continue the value above them."""

    header: str
    raw_col: str
    rows: int  # empty cells given the value above


def _records(raw_cols: list[str], raw_col: str) -> str:
    """A row fills some cell other than ``raw_col`` and is no summary row: it is a record.

    Uses the bound parameter ``$1``, the summary words."""
    others = [c for c in raw_cols if c != raw_col]
    fills = " OR ".join(f"nullif(trim({c}), '') IS NOT NULL" for c in others) or "false"
    first = "coalesce(" + ", ".join(f"nullif(trim({c}), '')" for c in raw_cols) + ", '')"
    first_word = f"rtrim(lower(split_part({first}, ' ', 1)), ':')"
    return f"({fills}) AND NOT list_contains($1, {first_word})"


def find(
    con: duckdb.DuckDBPyConnection,
    raw: str,
    raw_cols: list[str],
    header: str,
    raw_col: str,
    row_expr: str,
    data_filter: str,
) -> Merged | None:
    """``raw_col`` as a merged column (see the module's rules), or None."""
    value = f"nullif(trim({raw_col}), '')"
    first, empty, repeats = con.execute(
        f"WITH recs AS (SELECT {row_expr} AS rec, {value} AS v FROM {quote_ident(raw)} "
        f"WHERE ({data_filter}) AND ({_records(raw_cols, raw_col)})), "
        "ordered AS (SELECT v, lag(v) OVER (ORDER BY rec) AS above, row_number() OVER (ORDER BY rec) AS n FROM recs) "
        "SELECT bool_or(n = 1 AND v IS NOT NULL), count(*) FILTER (WHERE v IS NULL), "
        "count(*) FILTER (WHERE v IS NOT NULL AND v = above) FROM ordered",
        [SUMMARY_WORDS],
    ).fetchone()
    if not first or empty < MIN_EMPTY or repeats:
        return None
    return Merged(header, raw_col, int(empty))


def apply(
    con: duckdb.DuckDBPyConnection,
    raw: str,
    raw_cols: list[str],
    found: Merged,
    row_expr: str,
    data_filter: str,
) -> None:
    """Carry each value of the merged column into the empty cells of the records below it."""
    col = found.raw_col
    con.execute(
        f"UPDATE {quote_ident(raw)} AS t SET {col} = f.carried FROM ("
        f"SELECT rowid AS rid, last_value(nullif(trim({col}), '') IGNORE NULLS) OVER "
        f"(ORDER BY {row_expr} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS carried, "
        f"nullif(trim({col}), '') IS NULL AND ({_records(raw_cols, col)}) AS blank_record "
        f"FROM {quote_ident(raw)} WHERE {data_filter}) AS f WHERE t.rowid = f.rid AND f.blank_record",
        [SUMMARY_WORDS],
    )


def sentence(found: Merged) -> str:
    return (
        f"{found.header} is written on the first row of each block only (merged cells): "
        f"{found.rows} empty cell(s) took the value above them."
    )
