"""Row conservation: every line of a file ends up loaded, rejected, or named as skipped.

DuckDB's reader has returned no rows and no rejects for a file it could not understand, which
would lose every row in silence. So after each read the file's lines are counted independently
(a byte scan) and set against what DuckDB accounted for: the header, the rows it returned, the
rows it rejected (a rejected row can span lines), the line breaks inside quoted values, and the
empty lines it skips. A difference the empty lines cannot explain stops the import with a
sentence instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from cs_dash.importing.limits import FileSize
from cs_dash.importing.sniff import UnusableFile
from cs_dash.sqlutil import quote_ident


class RowsUnaccounted(UnusableFile):
    """DuckDB's reading of a file does not account for all of its lines."""


@dataclass(frozen=True)
class LineAccount:
    """How the lines DuckDB read are explained."""

    lines: int  # lines in the file DuckDB read
    header_lines: int
    rows: int  # rows DuckDB returned
    rejected_lines: int  # lines of the rows it rejected
    blank_lines: int  # empty lines it skipped


def rejected_lines(con: duckdb.DuckDBPyConnection, rejects: str) -> int:
    """Lines taken by DuckDB's rejected rows: one each, plus the line breaks inside them."""
    return con.execute(
        "SELECT count(*) + coalesce(sum(length(l) - length(replace(l, chr(10), ''))), 0) FROM ("
        f"SELECT rtrim(any_value(csv_line), chr(13) || chr(10)) AS l FROM {quote_ident(rejects)} "
        "GROUP BY line)"
    ).fetchone()[0]


def embedded_newlines(con: duckdb.DuckDBPyConnection, raw: str, columns: list[str]) -> int:
    """Line breaks inside the values DuckDB returned (quoted multi-line notes)."""
    parts = " + ".join(f"coalesce(sum(length({c}) - length(replace({c}, chr(10), ''))), 0)" for c in columns)
    return con.execute(f"SELECT {parts or '0'} FROM {quote_ident(raw)}").fetchone()[0]


def empty_lines(path: Path) -> int:
    """Lines of ``path`` that are empty (or only a carriage return)."""
    with path.open("rb") as fh:
        return sum(1 for line in fh if line in (b"\n", b"\r\n"))


def account(
    con: duckdb.DuckDBPyConnection,
    source: Path,
    measured: FileSize,
    header_lines: int,
    raw: str,
    columns: list[str],
    rejects: str,
) -> LineAccount:
    """Set the lines of ``source`` against DuckDB's rows and rejects; raise when some are missing."""
    rows = con.execute(f"SELECT count(*) FROM {quote_ident(raw)}").fetchone()[0]
    rejected = rejected_lines(con, rejects)
    gap = measured.lines - header_lines - rows - rejected
    if gap > 0:
        gap -= embedded_newlines(con, raw, columns)
    blank = 0
    if gap > 0:
        blank = min(gap, empty_lines(source))
    missing = gap - blank
    if missing:
        raise RowsUnaccounted(
            f"could not be read completely: {abs(missing):,} of its {measured.lines:,} lines were "
            "neither loaded nor rejected, so nothing was loaded rather than lose them without a word. "
            "Open it in a spreadsheet, save it as CSV UTF-8 and upload it again"
        )
    return LineAccount(measured.lines, header_lines, rows, rejected, blank)
