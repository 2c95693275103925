"""Reading a CSV file into a raw all-text table with DuckDB, told exactly how the file is written.

DuckDB reads the upload itself when it is plain UTF-8 with nothing around the table; otherwise a
cleaned UTF-8 copy is written beside it (the only folder DuckDB may read). Rows that do not split
into the header's columns are kept by DuckDB's reject store and turned into reasons here.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from cs_dash.importing.sniff import Layout
from cs_dash.sqlutil import quote_ident

MAX_LINE_BYTES = 4 << 20

DUCKDB_REJECT_REASONS = {
    "MISSING COLUMNS": "the row has fewer fields than the header",
    "TOO MANY COLUMNS": "the row has more fields than the header",
    "UNQUOTED VALUE": 'a quote (") in this row is never closed, so the row could not be split into fields',
    "UNTERMINATED QUOTES": 'a quote (") in this row is never closed, so the row could not be split into fields',
    "INVALID UNICODE": "the row contains bytes that are not valid text",
    "INVALID ENCODING": "the row contains bytes that are not valid text",
    "LINE SIZE OVER MAXIMUM": "the row is too long to be a CSV row",
}


def clean_copy(path: Path, layout: Layout, text: str | None, tag: str) -> Path:
    """The file DuckDB should read: ``path`` itself, or a UTF-8 copy without preamble and footers."""
    if not layout.needs_rewrite:
        return path
    clean = path.parent / f".{path.name}.{tag}.utf8.csv"
    if text is not None:
        end = len(text) - layout.footer_chars
        clean.write_text(text[layout.preamble_chars : end], encoding="utf-8", newline="")
        return clean
    remaining = path.stat().st_size - layout.preamble_bytes - layout.footer_bytes
    with path.open("rb") as src, clean.open("wb") as dst:
        src.seek(layout.preamble_bytes)
        while remaining > 0:
            chunk = src.read(min(remaining, 1 << 22))
            if not chunk:
                break
            dst.write(chunk)
            remaining -= len(chunk)
    return clean


def read_raw(
    con: duckdb.DuckDBPyConnection, source: Path, layout: Layout, raw: str, rejects: str, scan: str
) -> None:
    """Create table ``raw`` with one VARCHAR column per header (c0, c1, ...), rejects kept per load."""
    con.execute(
        f"CREATE OR REPLACE TABLE {quote_ident(raw)} AS SELECT * FROM {read_csv_call(layout, rejects, scan)}",
        [str(source)],
    )


def read_csv_call(layout: Layout, rejects: str, scan: str) -> str:
    """The ``read_csv(?, ...)`` call for a file of this layout; the one place its options are set."""
    columns = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(len(layout.headers)))
    delim = layout.delimiter.replace("'", "''")
    return (
        f"read_csv(?, auto_detect=false, header=true, delim='{delim}', quote='\"', escape='\"', "
        f"columns={{{columns}}}, store_rejects=true, rejects_table='{rejects}', "
        f"rejects_scan='{scan}', max_line_size={MAX_LINE_BYTES})"
    )


def has_bad_encoding(con: duckdb.DuckDBPyConnection, rejects: str) -> bool:
    """True when DuckDB rejected a row for bytes that are not UTF-8."""
    found = con.execute(
        f"SELECT count(*) FROM {quote_ident(rejects)} "
        "WHERE error_type IN ('INVALID ENCODING', 'INVALID UNICODE')"
    ).fetchone()[0]
    return bool(found)


def split_rejects(
    con: duckdb.DuckDBPyConnection, layout: Layout, raw: str, rejects: str, cum: str
) -> tuple[list[tuple[int, str, str]], list[str], str | None]:
    """Rows DuckDB could not split, as (spreadsheet row, text, reason), warnings, and the row expression.

    When rows were rejected, the good rows' record numbers shift past them: ``raw`` gets a
    ``__rec`` column (the record number after the header) and that name is returned.
    """
    rows = con.execute(
        f"SELECT line, any_value(error_type), any_value(csv_line), any_value(error_message) "
        f"FROM {quote_ident(rejects)} GROUP BY line ORDER BY line"
    ).fetchall()
    if not rows:
        return [], [], None
    # DuckDB's line L is record L - 1 after the header. Good row k (0-based) is record
    # k + 1 + the number of rejected records j whose (record - 1) - j <= k.
    shifts = [(int(line) - 2) - j for j, (line, *_) in enumerate(rows)]
    con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(cum)} (s BIGINT, n BIGINT)")
    con.execute(
        f"INSERT INTO {quote_ident(cum)} SELECT unnest(?::BIGINT[]), unnest(?::BIGINT[])",
        [shifts, list(range(1, len(shifts) + 1))],
    )
    con.execute(
        f"CREATE OR REPLACE TABLE {quote_ident(raw)} AS "
        f"SELECT r.*, r.rowid + 1 + coalesce(c.n, 0) AS __rec FROM {quote_ident(raw)} r "
        f"ASOF LEFT JOIN (SELECT s, max(n) AS n FROM {quote_ident(cum)} GROUP BY s) c ON r.rowid >= c.s "
        "ORDER BY r.rowid"
    )
    out, warnings = [], []
    for line, kind, csv_line, message in rows:
        row = layout.header_row + int(line) - 1
        reason = DUCKDB_REJECT_REASONS.get(str(kind), "the row could not be read")
        found = re.search(r"Expected Number of Columns: (\d+) Found: (\d+)", str(message or ""))
        if found and kind in ("MISSING COLUMNS", "TOO MANY COLUMNS"):
            reason += f" ({found.group(1)} expected, {found.group(2)} found)"
        value = str(csv_line or "").rstrip("\r\n")
        out.append((row, value[:500], reason))
        if kind in ("UNQUOTED VALUE", "UNTERMINATED QUOTES"):
            warnings.append(
                f'A quote (") opened in row {row} is never closed, so the {value.count(chr(10))} line(s) '
                "after it were read as part of that row and rejected: fix the quote and upload the file again."
            )
    return out, warnings, "__rec"
