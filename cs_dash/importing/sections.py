"""Section headings inside a sheet's table: rows a person reads as titles, not as records.

A tracker kept by hand groups its rows: one section per CSM, per account or per renewal quarter,
the section's name alone on a row above its rows (Excel, Google Sheets, Smartsheet's parent rows);
a board downloaded from a work-management tool repeats its header under each group's name
(monday.com). A person reads those rows as headings. So, before the columns are mapped:

- a row that repeats the header, and a one-cell row right above such a repeat (the group's name),
  are left out;
- when the table's first row fills only one cell, every row filling only that cell is a section
  heading: it is left out, and its text is carried to the rows below it, into its own column when
  the records leave that column empty (a per-account plan's "Customer" column), else into a new
  column, ``Section``, that the mapping reads like any other (a CSM's name under a date column).
  When every heading ends with the same word that the file's name or title also names
  ("Acme Corp onboarding", "Globex onboarding" in ``onboarding_checklist.csv``), that word labels
  the sections and is left out of the carried text; a legal form or a company noun every name
  shares ("GmbH", "Clinics"), numbers ("Q1 2025") and a word the file does not name (two CSMs'
  family name) stay.
  When every heading starts with the same label before a colon or a dash ("CSM: Maya Okonkwo",
  "Cliente: Acme", "Account Manager - Jan de Vries"), the label names the column the rest of the
  heading fills: the header of that name when the records leave it empty, else a new column named
  by the label, so the mapping reads it as it reads any header.
  When every heading names a period ("Q4 2024", "4° trimestre 2025", "Januar 2025", "Week 12"), the
  sections group the rows by a date: a table whose records carry their own dates (a renewal date,
  a call's day) loses nothing when those rows are left out, so they are left out and their text is
  carried nowhere (it would be a value of no column); a table without dates takes the first day of
  each section's period as its rows' date, in a new column, ``Date``.

Both work on the raw all-text table; the cost for a file without sections is one look at its
first rows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import duckdb

from cs_dash.importing.evidence import COMPANY_WORDS, LEGAL_FORMS
from cs_dash.importing.parse import looks_like_date
from cs_dash.importing.periods import section_period
from cs_dash.sqlutil import quote_ident

SECTIONS = "sections"
SECTION_HEADER = "Section"
PERIOD_HEADER = "Date"
DATE_SAMPLE = 50  # records read to tell whether a column holds dates
DATE_SHARE = 0.8
DROPPED, DATED = "dropped", "dated"  # what became of period headings
PROBE_ROWS = 200  # a file whose first rows show neither shape has no sections
MIN_HEADINGS = 2


@dataclass(frozen=True)
class Found:
    """The heading rows of one file and what becomes of their text."""

    column: int | None  # where the section headings are written; None: only repeats and groups
    new_column: bool  # the headings' text goes to a new column (their own column has values)
    headings: int
    left_out: int  # repeated headers and the group names above them
    example: str
    group_example: str
    label: str = ""  # the last word every heading shares, left out of the carried text
    prefix: str = ""  # the label every heading starts with ("CSM" of "CSM: Maya"), left out too
    target: int | None = None  # the column the headings fill, when not their own nor a new one
    periods: str = ""  # DROPPED or DATED when every heading names a period
    date_header: str = ""  # the records' own date column, when the period headings were dropped
    period_starts: tuple[tuple[str, str], ...] = ()  # heading -> first day of its period (DATED)

    @property
    def new_header(self) -> str:
        """The name of the new column the headings' text goes to."""
        if self.periods == DATED:
            return PERIOD_HEADER
        return self.prefix or SECTION_HEADER


LABEL_SEPARATORS = " -–—:·|/("
PREFIX_SEPARATORS = (":", " - ", " – ", " — ")
PREFIX_TRIM = " :-–—"
MAX_PREFIX_WORDS = 3


def shared_prefix(headings: list[str]) -> str:
    """The label every heading starts with before a colon or a spaced dash ("CSM: Maya Okonkwo",
    "Account Manager - Jan de Vries"), or "" when the headings do not share one.

    A label is a few words of letters, and something follows it: "Q4: 2024" names no column.
    """
    if len(headings) < MIN_HEADINGS:
        return ""
    labels = set()
    first = ""
    for heading in headings:
        cuts = [heading.find(sep) for sep in PREFIX_SEPARATORS if sep in heading]
        if not cuts:
            return ""
        label, rest = heading[: min(cuts)].strip(), heading[min(cuts) :].lstrip(PREFIX_TRIM)
        words = label.split()
        if not rest or not words or len(words) > MAX_PREFIX_WORDS:
            return ""
        if not all(w.replace(".", "").replace("'", "").isalpha() for w in words):
            return ""
        labels.add(" ".join(words).lower())
        first = first or " ".join(words)
    return first if len(labels) == 1 else ""


def shared_label(headings: list[str], topic: str) -> str:
    """The last word every heading ends with, when it labels them rather than names them: the
    file's name or title (``topic``) names it too."""
    if len(headings) < MIN_HEADINGS:
        return ""
    split = [h.split() for h in headings]
    if any(len(words) < 2 for words in split):
        return ""
    last = {words[-1].lower() for words in split}
    if len(last) != 1:
        return ""
    word = split[0][-1]
    folded = word.lower().strip(".")
    if not word.isalpha() or folded in LEGAL_FORMS or folded in COMPANY_WORDS:
        return ""
    return word if folded in re.split(r"[^\w]+|_", topic.lower()) else ""


def _filled(i: int) -> str:
    return f"(c{i} IS NOT NULL AND trim(c{i}) <> '')"


def _shape_sql(headers: list[str], row_expr: str) -> tuple[str, list[str]]:
    """Per row: its record number, how many cells it fills, the first one, whether it repeats the header."""
    n = len(headers)
    count = " + ".join(f"{_filled(i)}::INT" for i in range(n))
    first = "CASE " + " ".join(f"WHEN {_filled(i)} THEN {i}" for i in range(n)) + " END"
    named = [i for i, h in enumerate(headers) if h.strip()]
    same = " + ".join(f"(lower(trim(c{i})) = lower(${j + 1}))::INT" for j, i in enumerate(named)) or "0"
    need = max(2, (len(named) + 1) // 2)
    repeat = f"(coalesce({same}, 0) >= {need} AND coalesce({same}, 0) = ({count}))"
    sql = f"{row_expr} AS rec, ({count}) AS filled, {first} AS first, {repeat} AS rep"
    return sql, [headers[i].strip() for i in named]


def find(
    con: duckdb.DuckDBPyConnection, raw: str, headers: list[str], row_expr: str, topic: str = ""
) -> Found | None:
    """The section headings and repeated headers of ``raw``, or None when it has none; ``topic``
    (the file's name and title) may name a word the headings share (``shared_label``)."""
    if len(headers) < 3:
        return None
    shape, params = _shape_sql(headers, row_expr)
    # The table keeps the file's order, so its first rows are read without scanning the rest.
    first_rows, _ = _shape_sql(headers, "__probe")
    probe = con.execute(
        f"SELECT filled, first, rep FROM (SELECT {first_rows} FROM (SELECT *, {row_expr} AS __probe "
        f"FROM {quote_ident(raw)} LIMIT {PROBE_ROWS})) WHERE filled > 0 ORDER BY rec",
        params,
    ).fetchall()
    if not probe:
        return None
    column = probe[0][1] if probe[0][0] == 1 else None
    if column is None and not any(rep for _, _, rep in probe):
        return None
    text = ", ".join(f"nullif(trim(c{i}), '')" for i in range(len(headers)))
    rows = con.execute(
        f"SELECT filled, first, rep, lead(rep) OVER (ORDER BY rec) AS next_rep, value FROM ("
        f"SELECT {shape}, coalesce({text}) AS value FROM {quote_ident(raw)}) WHERE filled > 0 ORDER BY rec",
        params,
    ).fetchall()
    repeats = sum(1 for r in rows if r[2])
    groups = [r[4] for r in rows if r[0] == 1 and r[3]]
    headings = [r[4] for r in rows if column is not None and r[0] == 1 and r[1] == column and not r[3]]
    records = len(rows) - repeats - len(groups) - len(headings)
    if column is not None and (len(headings) < MIN_HEADINGS or records < len(headings)):
        column, headings = None, []
    if column is None and not repeats:
        return None
    group_example = groups[0] if groups else ""
    if column is not None:
        periods = [section_period(h) for h in headings]
        if all(periods):
            dated = _date_column(con, raw, headers, shape, params)
            if dated is not None:
                left_out = repeats + len(groups)
                return Found(column, False, len(headings), left_out, headings[0], group_example,
                             periods=DROPPED, date_header=headers[dated])  # fmt: skip
            if all(p is not None and p.year is not None for p in periods):
                starts = tuple(
                    (h, dt.date(p.year, p.month, p.day).isoformat())
                    for h, p in zip(headings, periods, strict=True)
                    if p is not None and p.year is not None
                )
                return Found(column, True, len(headings), repeats + len(groups), headings[0], group_example,
                             periods=DATED, period_starts=starts)  # fmt: skip
    new_column = False
    prefix = shared_prefix(headings) if column is not None else ""
    target = None
    if column is not None:
        new_column = not _empty_in_records(con, raw, shape, params, column)
        named = [i for i, h in enumerate(headers) if prefix and h.strip().lower() == prefix.lower()]
        if named and named[0] != column and _empty_in_records(con, raw, shape, params, named[0]):
            target, new_column = named[0], False
    return Found(
        column,
        new_column,
        len(headings),
        repeats + len(groups),
        headings[0] if headings else "",
        groups[0] if groups else "",
        "" if prefix else shared_label(headings, topic),
        prefix,
        target,
    )


def _date_column(
    con: duckdb.DuckDBPyConnection, raw: str, headers: list[str], shape: str, params: list[str]
) -> int | None:
    """The first column whose values in the first records are dates (the headings' own column too:
    a day under a "KW 2/2025" heading in the same column is a record's date)."""
    cells = ", ".join(f"nullif(trim(c{i}), '')" for i in range(len(headers)))
    rows = con.execute(
        f"SELECT {cells} FROM (SELECT r.*, {shape} FROM {quote_ident(raw)} r) "
        f"WHERE filled > 1 AND NOT rep ORDER BY rec LIMIT {DATE_SAMPLE}",
        params,
    ).fetchall()
    for i in range(len(headers)):
        values = [row[i] for row in rows if row[i] is not None]
        if len(values) < MIN_HEADINGS:
            continue
        if sum(looks_like_date(v) for v in values) >= DATE_SHARE * len(values):
            return i
    return None


def _empty_in_records(
    con: duckdb.DuckDBPyConnection, raw: str, shape: str, params: list[str], column: int
) -> bool:
    """Whether no record (a row filling more than one cell) fills ``column``."""
    found = con.execute(
        f"SELECT count(*) FROM (SELECT {shape}, {_filled(column)} AS here FROM {quote_ident(raw)}) "
        "WHERE filled > 1 AND here AND NOT rep",
        params,
    ).fetchone()[0]
    return found == 0


def apply(con: duckdb.DuckDBPyConnection, raw: str, headers: list[str], row_expr: str, found: Found) -> None:
    """Rewrite ``raw`` without its heading rows, each heading's text carried to the rows below it.

    ``__rec`` keeps each row's record number in the file, so reasons still name the row a
    spreadsheet shows.
    """
    n = len(headers)
    shape, params = _shape_sql(headers, row_expr)
    k = found.column
    heading = f"(filled = 1 AND first = {k} AND NOT coalesce(next_rep, false))" if k is not None else "false"
    group = "(filled = 1 AND coalesce(next_rep, false))"
    columns = [f"c{i}" for i in range(n)]
    if k is not None and not found.new_column:
        into = found.target if found.target is not None else k
        columns[into] = (
            f"CASE WHEN filled > 0 THEN coalesce(nullif(trim(c{into}), ''), __carry) ELSE c{into} END AS c{into}"
        )
    if k is not None and found.new_column:
        columns.append(f"CASE WHEN filled > 0 THEN __carry END AS c{n}")
    carried = f"CASE WHEN {heading} THEN trim(c{k}) END" if k is not None else "NULL"
    if found.periods == DROPPED:
        carried = "NULL"
        columns = [f"c{i}" for i in range(n)]
    if found.periods == DATED:
        params = [*params, [h for h, _ in found.period_starts], [d for _, d in found.period_starts]]
        names, days = f"${len(params) - 1}", f"${len(params)}"
        carried = f"CASE WHEN {heading} THEN list_extract({days}, list_position({names}, trim(c{k}))) END"
    if k is not None and found.label:
        params = [*params, found.label, LABEL_SEPARATORS]
        label, separators = f"${len(params) - 1}", f"${len(params)}"
        text = f"trim(c{k})"
        named = f"rtrim({text}[1:length({text}) - length({label})], {separators})"
        carried = f"CASE WHEN {heading} THEN CASE WHEN suffix(lower({text}), lower({label})) THEN {named} ELSE {text} END END"
    if k is not None and found.prefix:
        params = [*params, found.prefix, PREFIX_TRIM]
        label, separators = f"${len(params) - 1}", f"${len(params)}"
        text = f"trim(c{k})"
        carried = f"CASE WHEN {heading} THEN ltrim({text}[length({label}) + 1:], {separators}) END"
    con.execute(
        f"CREATE OR REPLACE TABLE {quote_ident(raw)} AS "
        f"WITH shaped AS (SELECT r.*, {shape} FROM {quote_ident(raw)} r), "
        "marked AS (SELECT *, CASE WHEN filled > 0 THEN lead(rep) OVER (PARTITION BY filled > 0 ORDER BY rec) END "
        "AS next_rep FROM shaped), "
        f"carried AS (SELECT *, {heading} OR {group} OR rep AS __drop, "
        f"last_value({carried} IGNORE NULLS) OVER (ORDER BY rec ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) "
        "AS __carry FROM marked) "
        f"SELECT {', '.join(columns)}, rec AS __rec FROM carried WHERE NOT __drop ORDER BY rec",
        params,
    )


def sentence(found: Found, headers: list[str]) -> str:
    """What was done, in the words the user is shown."""
    parts = []
    if found.periods == DROPPED:
        parts.append(
            f"{found.headings} row(s) naming a period (like '{found.example}') are section rows, not records: "
            f"they were left out, as every record has its own date in {found.date_header}."
        )
    elif found.periods == DATED:
        parts.append(
            f"{found.headings} row(s) naming a period (like '{found.example}') are section rows, not records: "
            f"the first day of each one's period was carried to the rows below it, into a new column, "
            f"{found.new_header}."
        )
    elif found.column is not None:
        into = found.target if found.target is not None else found.column
        where = (
            f"into a new column, {found.new_header}"
            if found.new_column
            else f"into {'their' if into == found.column else 'the'} empty {headers[into]} column"
        )
        label = f", without the word '{found.label}' they all end with" if found.label else ""
        if found.prefix:
            label = f", without the label '{found.prefix}' they all start with"
        parts.append(
            f"{found.headings} row(s) filling only one cell (like '{found.example}') are section headings, "
            f"not records: each one's text was carried to the rows below it{label}, {where}."
        )
    if found.left_out:
        like = f" (like '{found.group_example}')" if found.group_example else ""
        parts.append(
            f"{found.left_out} row(s) repeating the header, or naming the group{like} above such a repeat, "
            "were left out."
        )
    return " ".join(parts)


# ------------------------------------------------------------------------------ subtotals
SUBTOTALS = "subtotals"
# The label of a subtotal row inside a hand-kept table, in the languages exports come in (Danish
# "Mellemtotal", Norwegian "Delsum", Finnish "Välisumma", Polish "Suma częściowa", Czech "Mezisoučet",
# Turkish "Ara toplam", Hungarian "Részösszeg" besides the Western ones); a plain
# "Total" or "Summe" too, since a row of sums under a group is one wherever it sits.
SUBTOTAL_LABEL = (
    r"(?i)^(?:sub[\s-]?totals?|sub[\s-]?totale|sub[\s-]?totaal|zwischen[\s-]?summe|teil[\s-]?summe"
    r"|zwischen[\s-]?ergebnis|teil[\s-]?ergebnis|sous[\s-]?totals?|sous[\s-]?totaux|totale\s+parziale"
    r"|totali?\s+parziali?|total(?:es)?\s+parcial(?:es)?|parcial|deeltotaal|tussentotaal|delsumma|deltotal"
    r"|mellem[\s-]?total|del[\s-]?sum(?:mer)?|v[äa]li[\s-]?summa|suma\s+cz[ęe][śs]ciowa|mezisou[čc]et"
    r"|ara\s+toplam|r[ée]sz[öo]sszeg"
    r"|totals?|summe|gesamt|somme|suma|soma|totale|totaal|som|summa|ergebnis)"
    r"(?:$|[\s:(\-–—/]|\b)"
)
_NUMBER = re.compile(
    r"^[-+(]?\s*(?:[$€£¥₹]|[A-Z]{3}\s)?\s*\d[\d\s.,'’]*\s*(?:%|[$€£¥₹]|\s?[A-Z]{3}|k|m)?\)?$"
)
# The words that say "sub": such a row is a subtotal wherever it sits under rows of its group. A
# plain total word ("Total", "Summe") is also an account's possible name, so it must sum its group.
SUBTOTAL_ONLY = re.compile(
    r"(?i)^(?:sub[\s-]?tota|zwischen|teil[\s-]?(?:summe|ergebnis)|sous[\s-]?tota|totale?s?\s+parzial"
    r"|totali\s+parziali|totales?\s+parcial|parcial|deeltotaal|tussentotaal|delsumma|deltotal"
    r"|mellem[\s-]?total|del[\s-]?sum(?:mer)?\b|v[äa]li[\s-]?summa|suma\s+cz[ęe][śs]ciowa|mezisou[čc]et"
    r"|ara\s+toplam|r[ée]sz[öo]sszeg)"
)
MAX_SUBTOTAL_ROWS = 20_000
SUM_TOLERANCE = 0.005


@dataclass(frozen=True)
class Subtotals:
    """The subtotal rows in the middle of a table, by record number."""

    records: tuple[int, ...]
    example: str

    @property
    def sentence(self) -> str:
        return (
            f"{len(self.records)} subtotal row(s) inside the table (like '{self.example}') sum the rows of "
            "their group, not records: they were left out."
        )


def sheet_number(text: str) -> float | None:
    """A cell's number as a sheet writes it ("12,000.50", "12.000,50", "€ 1 200", "(300)"); one
    reading per spelling is enough, since a subtotal is compared with its own column's cells."""
    digits = re.sub(r"[^\d.,\-]", "", text.replace("(", "-"))
    if "," in digits and "." in digits:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        digits = digits.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif digits.count(",") == 1 and len(digits.rsplit(",", 1)[1]) != 3:
        digits = digits.replace(",", ".")
    elif digits.count(".") > 1:
        digits = digits.replace(".", "")
    else:
        digits = digits.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def _only_numbers(cells: list[str | None], label_at: int) -> dict[int, float] | None:
    """The row's numbers by column when every filled cell but its label is a number, else None."""
    numbers = {}
    for i, cell in enumerate(cells):
        if i == label_at or cell is None:
            continue
        value = sheet_number(cell) if _NUMBER.match(cell) else None
        if value is None:
            return None
        numbers[i] = value
    return numbers or None


def _sums_its_group(numbers: dict[int, float], group: list[list[str | None]]) -> bool:
    """Whether some number of the row is the sum of its column over the group's records."""
    for i, total in numbers.items():
        cells = [row[i] for row in group if row[i] is not None]
        values = [sheet_number(c) for c in cells if _NUMBER.match(c)]
        if len(values) >= 1 and None not in values and len(values) == len(cells):
            if abs(sum(v for v in values if v is not None) - total) <= SUM_TOLERANCE * max(1.0, abs(total)):
                return True
    return False


def find_subtotals(
    con: duckdb.DuckDBPyConnection, raw: str, headers: list[str], row_expr: str
) -> Subtotals | None:
    """Rows in the middle of a table that sum a group of the rows above, or None when there are none.

    A subtotal row is labelled ("Zwischensumme", "Subtotal EMEA", "Sous-total", "Totale parziale")
    or repeats the name of its group's heading (a row filling one cell above), and fills only
    numbers besides its label, under at least one record of its group; a plain total word
    ("Total", "Summe") or a group name alone must also sum a column of its group's rows, so a
    customer named like its section, or an account called "Total", is kept. A record naming the
    same word keeps text in its other cells ("Total Wine & More", a CSM, a date) and stays.
    """
    n = len(headers)
    if n < 2:
        return None
    # A table this long is a system's export, which writes no subtotals: not worth a look per row.
    if con.execute(f"SELECT count(*) FROM {quote_ident(raw)}").fetchone()[0] > MAX_SUBTOTAL_ROWS:
        return None
    shape, params = _shape_sql(headers, row_expr)
    cells = ", ".join(f"nullif(trim(c{i}), '')" for i in range(n))
    candidates = con.execute(
        f"SELECT count(*) FILTER (WHERE regexp_matches(value, ${len(params) + 1}) OR filled = 1) FROM ("
        f"SELECT {shape}, coalesce({cells}) AS value FROM {quote_ident(raw)}) WHERE filled > 0",
        [*params, SUBTOTAL_LABEL],
    ).fetchone()[0]
    if not candidates:
        return None
    rows = con.execute(
        f"SELECT rec, filled, first, rep, {cells} FROM (SELECT r.*, {shape} FROM {quote_ident(raw)} r) "
        "WHERE filled > 0 ORDER BY rec",
        params,
    ).fetchall()
    label = re.compile(SUBTOTAL_LABEL.removeprefix("(?i)"), re.IGNORECASE)
    found: list[int] = []
    example = ""
    heading, group = None, []
    for rec, filled, first, rep, *values in rows:
        if rep:
            continue
        if filled == 1:
            heading, group = values[first], []
            continue
        numbers = _only_numbers(values, first)
        name = values[first]
        named = label.match(name) is not None
        regrouped = heading is not None and name.casefold() == heading.casefold()
        says_sub = SUBTOTAL_ONLY.match(name) is not None
        if (
            numbers
            and group
            and ((named and says_sub) or ((named or regrouped) and _sums_its_group(numbers, group)))
        ):
            found.append(rec)
            example = example or name
            group = []
            continue
        group.append(values)
    return Subtotals(tuple(found), example) if found else None


def drop_subtotals(con: duckdb.DuckDBPyConnection, raw: str, row_expr: str, found: Subtotals) -> None:
    """Rewrite ``raw`` without its subtotal rows; ``__rec`` keeps each row's record number."""
    keep_rec = "" if row_expr == "__rec" else f", {row_expr} AS __rec"
    con.execute(
        f"CREATE OR REPLACE TABLE {quote_ident(raw)} AS SELECT *{keep_rec} FROM {quote_ident(raw)} "
        f"WHERE NOT list_contains($1, {row_expr}) ORDER BY {row_expr}",
        [list(found.records)],
    )
