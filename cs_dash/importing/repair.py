"""Two ways a file's bytes trip DuckDB's CSV reader, and the copy that avoids each.

- A header with a stray quote (``account,""date,active_users``) makes DuckDB return no rows and
  no rejects at all: every row would be lost in silence. The header's names are already known,
  so the copy gets a cleanly quoted header line instead.
- Mixed line endings (some ``\\r\\n``, some ``\\n``, common after editing or joining files), or a
  lone ``\\r`` in a file of ``\\n`` lines, stop DuckDB's strict reader outright. The copy ends every
  line with ``\\n``, reading a lone ``\\r`` as a line break as spreadsheets and Python do.

Both are streamed in chunks, so a large file costs one pass and no more memory than a chunk.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

CHUNK_BYTES = 4 << 20
HEADER_PROBE_BYTES = 1 << 20


def header_end(source: Path, delimiter: str) -> tuple[int, int, bool]:
    """(bytes and lines the header record takes at the start of ``source``, whether it is clean).

    ``source`` is UTF-8 and starts with the header (a BOM aside). The header is clean when a strict
    CSV reading of it agrees with a lenient one, which is what DuckDB needs.
    """
    with source.open("rb") as fh:
        head = fh.read(HEADER_PROBE_BYTES)
    bom = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
    text = head[bom:].decode("utf-8", errors="replace")
    lines = text.splitlines(keepends=True)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        next(reader)
    except (StopIteration, csv.Error):
        return 0, 0, True
    header_text = "".join(lines[: reader.line_num])
    size = bom + len(header_text.encode("utf-8"))
    if '"' not in header_text:
        return size, reader.line_num, True
    try:
        list(csv.reader(io.StringIO(header_text, newline=""), delimiter=delimiter, strict=True))
        clean = True
    except csv.Error:
        clean = False
    return size, reader.line_num, clean


def header_line(headers: list[str], delimiter: str) -> str:
    """One cleanly quoted header line naming ``headers``."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(headers)
    return out.getvalue()


def rewrite(source: Path, dest: Path, *, header: str | None, header_bytes: int, unify_newlines: bool) -> Path:
    """Copy ``source`` to ``dest`` with a new header line and/or every line ending made ``\\n``."""
    with source.open("rb") as src, dest.open("wb") as dst:
        if header is not None:
            src.seek(header_bytes)
            dst.write(header.encode("utf-8"))
        carry = b""
        while chunk := src.read(CHUNK_BYTES):
            chunk = carry + chunk
            carry = b""
            if unify_newlines:
                if chunk.endswith(b"\r"):
                    chunk, carry = chunk[:-1], b"\r"
                chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            dst.write(chunk)
        dst.write(carry)
    return dest
