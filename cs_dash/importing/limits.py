"""Limits a file must fit before any parser sees it, each refused with its own sentence.

DuckDB's native CSV reader can exhaust the session's memory on a very wide header and has
crashed the whole process on a file with ten thousand columns; that would end every other
user's session. So the size of a file is measured here first, with plain byte scans whose cost
is linear and whose memory is one chunk, and a file outside the limits never reaches DuckDB.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cs_dash.importing.sniff import UnusableFile

MAX_FILE_BYTES = 500 * 1000 * 1000  # the Data page's upload limit (server.maxUploadSize = 500 MB)
MAX_LINES = 5_000_000
MAX_HEADER_CHARS = 50_000
MAX_COLUMNS = 1_000
MAX_LINE_BYTES = 4 << 20  # the longest line, and so the longest unbroken field; DuckDB's max_line_size
CHUNK_BYTES = 4 << 20
NEWLINE, CARRIAGE_RETURN = 10, 13


@dataclass(frozen=True)
class FileSize:
    """What the byte scan measured: bytes, lines, the longest line, and lines ended by ``\r\n``."""

    size: int
    lines: int
    longest_line: int  # exact when over MAX_LINE_BYTES; below it, a lower bound
    crlf_lines: int = 0
    lf_lines: int = 0  # lines ended by \n, with or without \r before it

    @property
    def mixed_newlines(self) -> bool:
        """Some lines end with ``\r\n`` and others with ``\n`` alone."""
        return 0 < self.crlf_lines < self.lf_lines


def measure(path: Path, chunk_bytes: int = CHUNK_BYTES) -> FileSize:
    """Bytes, lines (``\n``-ended, or ``\r`` in a file without any ``\n``) and the longest line.

    The line ends are counted over each chunk's bytes as an array: at a million lines that is
    a third of ``bytes.count``'s time, which searches for ``\r\n`` rather than scanning.
    """
    size = lines = longest = run = cr = crlf = 0
    last = b""
    with path.open("rb") as fh:
        while chunk := fh.read(chunk_bytes):
            size += len(chunk)
            first = chunk.find(b"\n")
            crlf += last == b"\r" and chunk[:1] == b"\n"
            last = chunk[-1:]
            if first < 0:
                # Lone carriage returns end lines only in a file without any \n: counted till one is seen.
                cr += chunk.count(b"\r") if lines == 0 else 0
                run += len(chunk)
                longest = max(longest, run)
                continue
            codes = np.frombuffer(chunk, np.uint8)
            ends = codes == NEWLINE
            lines += int(np.count_nonzero(ends))
            if b"\r" in chunk:  # a quick scan: most files end their lines with \n alone
                crlf += int(np.count_nonzero(ends[1:] & (codes[:-1] == CARRIAGE_RETURN)))
            longest = max(longest, run + first, _longest_inner(chunk, first))
            run = len(chunk) - chunk.rfind(b"\n") - 1
            longest = max(longest, run)
    if lines == 0 and cr:
        # An old Mac file: carriage returns end its lines, and its "one line" says nothing.
        return FileSize(size, cr + (last != b"\r"), 0)
    return FileSize(size, lines + (run > 0), longest, crlf, lines)


def _longest_inner(chunk: bytes, first: int) -> int:
    """The longest line that starts and ends inside ``chunk`` (after its first newline)."""
    if len(chunk) - first < MAX_LINE_BYTES:
        return 0  # none can be over the limit; the exact length does not matter
    longest, start = 0, first + 1
    while (end := chunk.find(b"\n", start)) >= 0:
        longest = max(longest, end - start)
        start = end + 1
    return longest


def check_size(size: int) -> None:
    """Refuse a file of more bytes than one file may have, before a byte of it is read or copied."""
    if size > MAX_FILE_BYTES:
        raise UnusableFile(
            f"is {size / 1e6:,.0f} MB, more than the {MAX_FILE_BYTES / 1e6:,.0f} MB one file may have: "
            "export a shorter date range, or split it into smaller files"
        )


def check_bytes(path: Path) -> FileSize:
    """Refuse a file too large, too long or with a line too long to import; return what was measured."""
    check_size(path.stat().st_size)
    measured = measure(path)
    if measured.lines > MAX_LINES:
        raise UnusableFile(
            f"has {measured.lines:,} lines, more than the {MAX_LINES:,} one file may have: "
            "split it into smaller files"
        )
    if measured.longest_line > MAX_LINE_BYTES:
        raise UnusableFile(
            f"has a line of {measured.longest_line / 1e6:,.1f} MB, more than the "
            f"{MAX_LINE_BYTES / 1e6:,.1f} MB a row or a value may have: check that it is a CSV export"
        )
    return measured


def check_header(headers: list[str], header_text_chars: int) -> None:
    """Refuse a header with too many columns or too many characters, before DuckDB reads the file."""
    if header_text_chars > MAX_HEADER_CHARS:
        raise UnusableFile(
            f"has a header row of {header_text_chars:,} characters, more than the {MAX_HEADER_CHARS:,} "
            "cs-dash reads: check that its first row holds the column names"
        )
    if len(headers) > MAX_COLUMNS:
        raise UnusableFile(
            f"has {len(headers):,} columns, more than the {MAX_COLUMNS:,} cs-dash reads: keep only the "
            "columns you need and upload it again"
        )


def first_line_bytes(path: Path, limit: int) -> int:
    """Bytes in the file's first line, reading at most ``limit + 1`` of them."""
    with path.open("rb") as fh:
        return len(fh.readline(limit + 1).rstrip(b"\r\n"))


def check_first_line(path: Path, limit: int) -> None:
    """Refuse a file whose first line is longer than the part of a file the layout is judged from."""
    if first_line_bytes(path, limit) > limit:
        raise UnusableFile(
            f"has a first row longer than {limit / 1e6:,.0f} MB, so it has no header row cs-dash can "
            "read: check that it is a CSV export with the column names on the first row"
        )
