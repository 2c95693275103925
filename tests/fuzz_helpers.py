"""Inputs for fuzzing the importer, and the checks every import of them must pass.

Shared by the fuzz tests (a few hundred examples) and ``benchmarks/fuzz_import.py`` (10,000+).
A structured case knows how many data rows it wrote, so the import's own count can be checked
against it; a mutated case can only be checked for consistency.
"""

from __future__ import annotations

import csv
import io
import logging
import random
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from cs_dash.importing import ImportResult, import_file
from tests.conftest import TEST_DATA

SEED_FILES = sorted(p for p in TEST_DATA.rglob("*") if p.suffix in (".csv", ".txt"))

HEADERS = ["date", "account", "csm", "tag", "duration_min", "notes", "Account Name", "Activity Date"]
HEADERS += ["Assigned", "Type", "arr", "renewal_date", "score", "Subject", "ticket_id", "opened_at"]
NASTY = ['"', '""', ",", ";", "\t", "|", "\n", "\r", "\r\n", " ", "\u00a0", "=", "é", "€", "\ufeff", "\x00"]
VALUES = ["2025-01-31", "31/01/2025", "01/02/2025", "Jan 5, 2025", "1706659200", "Acme", "Dana Lee"]
VALUES += ["Proactive", "Reactive", "P", "R", "yes", "30", "1:30", "1h 30m", "$1,234.50", "(200)"]
VALUES += ["1.234,50 €", "1e400", "NaN", "", " ", "=1+1", "![x](https://example.com/p.png)", "<b>x</b>"]


@dataclass
class Outcome:
    """What one import did, and whatever it broke."""

    result: ImportResult | None = None
    escaped: BaseException | None = None  # an exception import_file let through
    internal: list[str] = field(default_factory=list)  # unexpected exceptions the importer caught
    problems: list[str] = field(default_factory=list)


class _Failures(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.seen: list[str] = []

    def emit(self, record):
        if record.exc_info:
            self.seen.append(f"{type(record.exc_info[1]).__name__}: {record.exc_info[1]}"[:200])


def run_import(con: duckdb.DuckDBPyConnection, folder: Path, data: bytes, n: int) -> Outcome:
    """Import ``data`` and check the promises: no exception, one sentence, every row accounted for."""
    path = folder / f"{n:06d}.csv"
    path.write_bytes(data)
    staging = f"fuzz_{n}"
    watcher = _Failures()
    logger = logging.getLogger("cs_dash.importing.pipeline")
    logger.addHandler(watcher)
    out = Outcome()
    try:
        out.result = import_file(con, path, "fuzzed.csv", staging)
    except BaseException as exc:  # noqa: BLE001 - finding these is the point
        out.escaped = exc
        return out
    finally:
        logger.removeHandler(watcher)
        path.unlink(missing_ok=True)
    out.internal = watcher.seen
    r = out.result
    if r.ok:
        staged = con.execute(f'SELECT count(*) FROM "{staging}"').fetchone()[0]
        if staged != r.rows_loaded:
            out.problems.append(f"{staged} rows staged but {r.rows_loaded} reported loaded")
        con.execute(f'DROP TABLE "{staging}"')
    else:
        if not r.error or "\n" in r.error or "Traceback" in r.error:
            out.problems.append(f"the error is not one sentence: {r.error!r}")
    leftovers = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'fuzz_%'").fetchone()[
        0
    ]
    if leftovers:
        out.problems.append(f"{leftovers} tables left behind")
        for (name,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'fuzz_%'"
        ).fetchall():
            con.execute(f'DROP TABLE "{name}"')
    return out


# ------------------------------------------------------------------------------ structured files
@dataclass
class Structured:
    """A CSV written by the csv module, with the number of data rows under its header."""

    data: bytes
    delimiter: str
    data_rows: int


def structured(
    headers: list[str],
    rows: list[list[str]],
    delimiter: str = ",",
    newline: str = "\n",
    quote_all: bool = False,
    blank_after: set[int] | frozenset = frozenset(),
    encoding: str = "utf-8",
) -> Structured:
    """A file of ``rows`` under ``headers``, with empty lines after the rows numbered in ``blank_after``."""
    out = io.StringIO(newline="")
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator=newline)
    writer.writerow(headers)
    for i, row in enumerate(rows):
        # The csv module leaves a lone \r unquoted, which any reader takes for a line break.
        writer.writerow([v.replace("\r\n", "\n").replace("\r", "\r\n") for v in row])
        if i in blank_after:
            out.write(newline)
    text = out.getvalue()
    return Structured(text.encode(encoding, errors="replace"), delimiter, len(rows) + len(blank_after))


def random_structured(rng: random.Random) -> Structured:
    """A plausible export with hostile values: random headers, rows, delimiter and line endings."""
    if rng.random() < 0.6:
        headers = ["date", "account", "csm", "tag"] + rng.sample(HEADERS[4:], rng.randint(0, 3))
        rng.shuffle(headers)
    else:
        headers = rng.sample(HEADERS, rng.randint(2, 8))
    width = len(headers)
    rows = []
    for _ in range(rng.randint(0, 40)):
        row = [rng.choice(VALUES) for _ in range(width)]
        if rng.random() < 0.3:
            i = rng.randrange(width)
            row[i] = row[i] + rng.choice(NASTY) + rng.choice(VALUES)
        rows.append(row)
    blank = {i for i in range(len(rows)) if rng.random() < 0.05}
    return structured(
        headers,
        rows,
        delimiter=rng.choice([",", ";", "\t", "|"]),
        newline=rng.choice(["\n", "\r\n"]),
        quote_all=rng.random() < 0.3,
        blank_after=blank,
    )


# ------------------------------------------------------------------------------ byte mutations
def mutate(data: bytes, rng: random.Random, steps: int | None = None) -> bytes:
    """``data`` with a few random edits: bytes flipped, inserted, deleted, lines repeated, cut short."""
    out = bytearray(data)
    for _ in range(steps or rng.randint(1, 6)):
        kind = rng.randrange(7)
        pos = rng.randint(0, len(out))
        if kind == 0 and out:
            out[min(pos, len(out) - 1)] = rng.randrange(256)
        elif kind == 1:
            out[pos:pos] = rng.choice(NASTY).encode("utf-8")
        elif kind == 2:
            out[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif kind == 3:
            del out[pos : pos + rng.randint(1, 40)]
        elif kind == 4:
            line_end = out.find(b"\n", pos)
            line_start = out.rfind(b"\n", 0, pos) + 1
            if line_end > line_start:
                out[line_end + 1 : line_end + 1] = out[line_start : line_end + 1] * rng.randint(1, 50)
        elif kind == 5:
            out = out[: rng.randint(0, len(out))]
        else:
            out = out.replace(b"\n", b"\r\n", rng.randint(1, 5))
    return bytes(out)
