"""Structural fixes of a file before its columns are mapped: what a person sees at a glance.

- A wide layout (one column per month, week or quarter) becomes one row per period: a ``date``
  column holding the first day of the period and one value column named by what the values are.
- A first and a last name in two columns (``First Name``/``Last Name``, ``Vorname``/``Nachname``)
  become one name column (``Full name``, or ``Owner name`` for ``Owner First Name``/``…Last Name``).
- Names carrying a link (``Acme (https://…)``, ``[Acme](https://…)``, ``=HYPERLINK(…)``) keep the
  name; the link moves to the table's ``link`` column.
- People's names carrying an id in brackets (``Maya Okonkwo (602279)``, as HR systems write a
  worker) keep the name when most names of the column carry one.
- An engagement without a duration whose start and end times are columns of their own (a
  calendar's ``Start Date``/``Start Time``/``End Date``/``End Time``) lasts from start to end.
- Accounts written as a folder path (``Customer Success/Accounts/Acme``, as task tools file a
  customer's work) are the last folder when every path has the same folders before it.

Each fix works on the raw all-text table in DuckDB and returns the sentence the user is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

import duckdb

from cs_dash.importing.periods import GRAIN_WORDS, read_series
from cs_dash.importing.vocabulary import fold
from cs_dash.sqlutil import quote_ident

UNPIVOT, JOIN_NAMES, STRIP_LINKS = "unpivot", "join_names", "strip_links"
STRIP_IDS = "strip_ids"
LAST_FOLDER = "last_folder"
DURATION_FROM_TIMES = "duration_from_times"

# Summary columns of a wide sheet: dropped, not kept beside each period.
SUMMARY_HEADERS = {"total", "grand total", "sum", "totals", "average", "avg", "mean", "ytd", "total ytd"}
# Words of a file name that say how it is laid out, not what its values are.
LAYOUT_WORDS = {
    "by", "per", "and", "the", "of", "wide", "export", "report", "pivot", "data", "sheet", "table",
    "summary", "overview", "trend", "trends", "copy", "final", "csv", "all", "for", "in", "last",
    "day", "daily", "days", "week", "weekly", "weeks", "month", "monthly", "months", "quarter",
    "quarterly", "quarters", "year", "yearly", "annual", "years", "account", "accounts", "customer",
    "customers",
}  # fmt: skip


@dataclass
class Wide:
    """How a wide header row turns long: the columns kept, the period columns and their dates."""

    kept: list[int]
    periods: list[int]
    starts: list[str]  # ISO first days, one per period column
    dropped: list[int]
    date_header: str
    value_header: str
    sentence: str
    account_header: str | None = None  # the new header of a breakdown column that is the account


def _split_words(header: str) -> str:
    """``OwnerFirstName`` -> ``owner first name``; punctuation to spaces, lower case."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header.replace("\ufeff", ""))
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


# Kept columns of a wide file that name what its values are ("series: Weekly active users"), and
# those that say whom each row is about ("breakdown_value: Acme"): analytics tools' chart exports.
SERIES_HEADERS = {
    "series", "series name", "metric", "metric name", "measure", "event", "event name", "kpi",
    "indicator", "insight", "chart", "label",
}  # fmt: skip
# A series column naming an event rather than a measure: the values are counts of that event.
EVENT_HEADERS = {"event", "event name"}
MEASURE_NAMES = {"events", "event count", "total events", "count", "total", "occurrences"}
BREAKDOWN_HEADERS = {"breakdown", "breakdown value", "segment", "segment value", "group", "group value"}
# "Weekly active", "MAU active": active is said of users when nothing else is named.
_ACTIVE_ALONE = re.compile(r"\bactive\b(?!\s+\w)")


def value_name(filename: str) -> str:
    """What the values of a wide file are, from its file name (``active_users_by_month`` -> ``active users``)."""
    stem = PurePath(filename).stem
    all_words = _split_words(stem).split()
    words = [w for w in all_words if w not in LAYOUT_WORDS and not w.isdigit()]
    if "active" in words and not {"user", "users", "account", "accounts", "seats"} & set(all_words):
        return "active users"
    return " ".join(words[:4]) or "value"


def _content_value_name(headers: list[str], kept: list[int], distinct) -> tuple[int, str] | None:
    """(position, name) of a series column holding one measure's name, when the file has one."""
    if distinct is None:
        return None
    for i in kept:
        if _split_words(headers[i]) in SERIES_HEADERS:
            values = {v.strip() for v in distinct(i) if v and v.strip()}
            if len(values) == 1:
                name = values.pop()
                return i, _ACTIVE_ALONE.sub(
                    "active users", name.lower()
                ) if "user" not in name.lower() else name
    return None


def find_wide(headers: list[str], filename: str, distinct=None, title: str = "") -> Wide | None:
    """The wide layout of a header row, or None when fewer than two headers name periods.

    ``distinct(i)`` (a few distinct values of column i) lets the file's content name the values:
    a series column with one measure's name names them and is dropped; a breakdown column is
    the account when it is the only other column kept. Without it, the file name names them.
    ``title`` (the lines above the header) gives the year of headers that name none ("KW 12").
    """
    series = read_series(headers, filename, title=title)
    if series is None:
        return None
    period_set = set(series.positions)
    dropped = [i for i, h in enumerate(headers) if i not in period_set and _split_words(h) in SUMMARY_HEADERS]
    kept = [i for i in range(len(headers)) if i not in period_set and i not in dropped]
    if not kept:
        return None
    named = _content_value_name(headers, kept, distinct)
    # A column naming an event (Mixpanel, Amplitude): the values count that event, which stays the
    # feature, whether the file holds one event or several.
    counted = next((i for i in kept if _split_words(headers[i]) in EVENT_HEADERS), None)
    if named is not None and named[0] == counted:
        if named[1].lower() in MEASURE_NAMES:
            counted = None  # the column names a measure ("Events"), not one event
        else:
            named = None
    if named is not None:
        kept.remove(named[0])
    breakdown = [i for i in kept if _split_words(headers[i]) in BREAKDOWN_HEADERS]
    account_header = "Account" if len(kept) == 1 and breakdown else None
    taken = {headers[i].strip().lower() for i in kept}
    date_header = "date" if "date" not in taken else "period"
    if named is not None:
        value_header = named[1]
    else:
        value_header = "events" if counted is not None else value_name(filename)
    while value_header.lower() in taken | {date_header}:
        value_header += " value"
    grain = GRAIN_WORDS[series.grain]
    first, last = headers[series.positions[0]], headers[series.positions[-1]]
    sentence = (
        f"{len(series.positions)} {grain} columns ({first} … {last}) turned into rows: one row per "
        f"{grain} with its first day in {date_header} and the value in '{value_header}'."
    )
    if named is not None:
        sentence += f" The values are named by {headers[named[0]]}, which says '{named[1]}' on every row."
    if counted is not None and named is None:
        sentence += f" They count the events named in {headers[counted]}."
    if account_header:
        sentence += f" {headers[kept[0]]} says whom each row is about: it is read as the account."
    if dropped:
        sentence += f" Left out the summary column(s) {', '.join(headers[i] for i in dropped)}."

    if series.assumptions:
        sentence += " Note: " + "; ".join(series.assumptions) + "."
    return Wide(
        kept,
        series.positions,
        [d.isoformat() for d in series.starts],
        dropped,
        date_header,
        value_header,
        sentence,
        account_header,
    )


# What a person types in a grid for "no figure here": a dash, "n/a", "TBD". Such a cell is no row.
NO_FIGURE = ("-", "--", "—", "–", "n/a", "na", "n/d", "n.v.t.", "k.a.", "tbd", "#n/a", "null", "none")


def unpivot(con: duckdb.DuckDBPyConnection, raw: str, wide: Wide, row_expr: str) -> None:
    """Rewrite ``raw`` long: the kept columns, then date and value (c0…), and ``__rec``.

    ``__rec`` keeps each row's record number in the file, so reasons still name the row a
    spreadsheet shows; an empty cell, or one saying there is no figure ("—", "n/a"), is no row.
    """
    kept = [f"c{i} AS c{n}" for n, i in enumerate(wide.kept)]
    n = len(wide.kept)
    values = ", ".join(f"c{i}" for i in wide.periods)
    con.execute(
        f"CREATE OR REPLACE TABLE {quote_ident(raw)} AS "
        f"SELECT * EXCLUDE (__pos) FROM ("
        f"SELECT {', '.join(kept)}, unnest(?::VARCHAR[]) AS c{n}, unnest([{values}]) AS c{n + 1}, "
        f"unnest(range({len(wide.periods)})) AS __pos, {row_expr} AS __rec FROM {quote_ident(raw)}"
        f") WHERE c{n + 1} IS NOT NULL AND trim(c{n + 1}) <> '' "
        f"AND lower(trim(c{n + 1})) NOT IN (SELECT unnest(?::VARCHAR[])) ORDER BY __rec, __pos",
        [wide.starts, list(NO_FIGURE)],
    )


# ------------------------------------------------------------------------------ first + last name
# The given-name and family-name headers of the languages the importer reads, folded (no accents):
# English, German, French, Spanish, Portuguese, Italian, Dutch, Danish, Norwegian, Swedish, Polish,
# Finnish, Czech, Slovak, Hungarian (family name first: "Vezetéknév", "Keresztnév"), Turkish
# ("Ad", "Soyad"), Romanian, Greek and Indonesian. The pair is found in either order; the joined
# name is always given name, then family name, as the other files write a person.
FIRST_NAME_WORDS = tuple(
    fold(w)
    for w in (
        "first name", "firstname", "given name", "forename", "first", "vorname", "prénom", "prenom",
        "nombre", "primeiro nome", "nome", "voornaam",
        "fornavn", "förnamn", "fornamn", "imię", "imie", "etunimi",
        "jméno", "krstné meno", "meno", "keresztnév", "utónév", "ad", "adı", "isim", "prenume",
        "όνομα", "nama depan",
    )
)  # fmt: skip
LAST_NAME_WORDS = tuple(
    fold(w)
    for w in (
        "last name", "lastname", "family name", "surname", "last", "nachname", "familienname",
        "nom de famille", "nom", "apellidos", "apellido", "sobrenome", "cognome", "achternaam",
        "efternavn", "etternavn", "efternamn", "nazwisko", "sukunimi",
        "příjmení", "priezvisko", "vezetéknév", "családnév", "soyad", "soyadı", "nume", "nume de familie",
        "επώνυμο", "nama belakang",
    )
)  # fmt: skip


def _split_term(header: str, terms: tuple[str, ...]) -> str | None:
    """The header's words around a first- or last-name term (``owner first name`` -> ``owner``)."""
    words = fold(_split_words(header))
    for term in terms:
        if words == term:
            return ""
        if words.endswith(" " + term):
            return words[: -len(term) - 1]
        if words.startswith(term + " "):
            return words[len(term) + 1 :]
    return None


@dataclass
class NamePair:
    first: int
    last: int
    header: str


def find_name_pairs(headers: list[str]) -> list[NamePair]:
    """Pairs of first-name and last-name headers with the same other words (``Owner …``)."""
    firsts = {i: _split_term(h, FIRST_NAME_WORDS) for i, h in enumerate(headers)}
    lasts = {i: _split_term(h, LAST_NAME_WORDS) for i, h in enumerate(headers)}
    taken = {h.strip().lower() for h in headers}
    pairs, used = [], set()
    for i, prefix in firsts.items():
        if prefix is None:
            continue
        match = next((j for j, p in lasts.items() if p == prefix and j != i and j not in used), None)
        if match is None or i in used:
            continue
        # Without other words the pair is a person's full name, whoever the file lists.
        header = f"{prefix} name".strip().capitalize() if prefix else "Full name"
        while header.lower() in taken:
            header = "Full " + header.lower()
        taken.add(header.lower())
        used |= {i, match}
        pairs.append(NamePair(i, match, header))
    return pairs


def join_names(con: duckdb.DuckDBPyConnection, raw: str, pairs: list[NamePair], first_new: int) -> None:
    """Add one column per pair to ``raw`` (c{first_new}, …): first and last name with one space."""
    joined = [
        f"nullif(concat_ws(' ', nullif(trim(c{p.first}), ''), nullif(trim(c{p.last}), '')), '') "
        f"AS c{first_new + n}"
        for n, p in enumerate(pairs)
    ]
    con.execute(
        f"CREATE OR REPLACE TABLE {quote_ident(raw)} AS SELECT *, {', '.join(joined)} FROM {quote_ident(raw)}"
    )


# ------------------------------------------------------------------------------ links in names
NAME_COLUMNS = ("account", "csm", "respondent", "owner")
# (pattern, group of the name, group of the link); matched in order, case-insensitively.
LINK_PATTERNS = (
    (r'^\s*=?\s*HYPERLINK\(\s*"([^"]*)"\s*[,;]\s*"([^"]*)"\s*\)\s*$', 2, 1),
    (r"^\s*\[([^\]]*)\]\(\s*((?:https?://|www\.)[^)\s]*)\s*\)\s*$", 1, 2),
    (r"^\s*(.*?)\s*<\s*((?:https?://|www\.)[^>\s]*)\s*>\s*$", 1, 2),
    (r"^\s*(.*?)\s*\(\s*((?:https?://|www\.)[^)\s]*)\s*\)\s*$", 1, 2),
)
_LINK_RES = [(re.compile(p, re.IGNORECASE), n, u) for p, n, u in LINK_PATTERNS]


def split_link(value: str) -> tuple[str, str | None]:
    """(name, link) of one value; the value itself and None when it carries no link.

    The Python twin of ``name_sql``/``link_sql``, used for samples and tests.
    """
    for pattern, name_group, link_group in _LINK_RES:
        found = pattern.match(value)
        if found and re.search(r"\w", found.group(name_group)):
            return found.group(name_group).strip(), found.group(link_group)
    return value, None


def has_links(values: list[str]) -> bool:
    return any(split_link(v)[1] is not None for v in values if v)


def _literal(pattern: str) -> str:
    return "'" + pattern.replace("'", "''") + "'"  # a constant of this module, never user text


def _extract(raw_col: str, group_of) -> list[str]:
    # A name must have a letter or digit: "![](https://…)" is markup, not a name with a link.
    names = [f"regexp_extract({raw_col}, {_literal('(?i)' + p)}, {n})" for p, n, _ in LINK_PATTERNS]
    parts = [
        f"regexp_extract({raw_col}, {_literal('(?i)' + p)}, {group_of(n, u)})" for p, n, u in LINK_PATTERNS
    ]
    return [
        f"CASE WHEN regexp_matches({name}, '\\w') THEN nullif(trim({part}), '') END"
        for name, part in zip(names, parts, strict=True)
    ]


def name_sql(raw_col: str) -> str:
    """The name of a raw value, without the link it may carry."""
    return f"coalesce({', '.join(_extract(raw_col, lambda n, u: n))}, {raw_col})"


def link_sql(raw_col: str) -> str:
    """The link a raw name carries, or NULL."""
    parts = [
        f"CASE WHEN {name} IS NOT NULL THEN {link} END"
        for name, link in zip(
            _extract(raw_col, lambda n, u: n), _extract(raw_col, lambda n, u: u), strict=True
        )
    ]
    return f"coalesce({', '.join(parts)})"


# ------------------------------------------------------------------------------ ids after names
PERSON_COLUMNS = ("csm", "respondent", "owner")
# A name, then an id in round or square brackets: digits, perhaps after a short prefix ("E-1042").
ID_SUFFIX = r"^(.*[^\W\d_].*?)\s*[(\[]\s*#?\s*([A-Za-z]{0,4}[-_ ]?\d{3,})\s*[)\]]\s*$"
_ID_SUFFIX_RE = re.compile(ID_SUFFIX)
MOST_NAMES = 0.8  # the share of a column's names that must carry an id for the ids to go


def split_id_suffix(value: str) -> tuple[str, str | None]:
    """(name, id) of one value; the value itself and None when no id follows the name.

    The Python twin of ``without_id_sql``, used for tests.
    """
    found = _ID_SUFFIX_RE.match(value)
    return (found.group(1).strip(), found.group(2)) if found else (value, None)


def id_suffix_sql(expr: str) -> str:
    """True when the text ``expr`` is a name followed by a bracketed id."""
    return f"regexp_matches({expr}, {_literal(ID_SUFFIX)})"


def without_id_sql(expr: str) -> str:
    """The name of ``expr`` without the bracketed id after it."""
    return f"CASE WHEN {id_suffix_sql(expr)} THEN trim(regexp_extract({expr}, {_literal(ID_SUFFIX)}, 1)) ELSE {expr} END"


# ------------------------------------------------------------------------------ accounts in folders
FOLDER_PARENT = r"^(.*\S)\s*[/>\\»]\s*[^/>\\»]*[^\s/>\\»][^/>\\»]*$"
FOLDER_LAST = r"[/>\\»]\s*([^/>\\»]*[^\s/>\\»][^/>\\»]*)$"
_FOLDER_PARENT_RE = re.compile(FOLDER_PARENT)
_FOLDER_LAST_RE = re.compile(FOLDER_LAST)
FEW_PARENTS = 3  # at most this many parent folders hold every customer's folder


def last_folder(value: str) -> tuple[str | None, str]:
    """(parent folders, last folder) of a path; (None, value) when it is no path.

    The Python twin of ``folder_parent_sql``/``last_folder_sql``, used for tests.
    """
    parent, last = _FOLDER_PARENT_RE.match(value), _FOLDER_LAST_RE.search(value)
    return (parent.group(1), last.group(1).strip()) if parent and last else (None, value)


def folder_parent_sql(expr: str) -> str:
    """The folders before the last one in the text ``expr``, or NULL when it is no path."""
    return f"nullif(regexp_extract({expr}, {_literal(FOLDER_PARENT)}, 1), '')"


def last_folder_sql(expr: str) -> str:
    """The last folder of a path, or ``expr`` itself when it is no path."""
    last = f"nullif(trim(regexp_extract({expr}, {_literal(FOLDER_LAST)}, 1)), '')"
    return f"coalesce({last}, {expr})"


# ------------------------------------------------------------------------------ start and end times
START_WORDS = ("start", "starts", "started", "begin", "begins", "beginning")
END_WORDS = ("end", "ends", "ended", "finish", "finished", "stop")
_WHEN_WORDS = {"date", "time", "datetime", "timestamp", "at", "on"}


def start_and_end(words_of_headers: dict[str, str]) -> dict[str, dict[str, str]] | None:
    """Headers of the start and end of something, each as {"date": header, "time": header}.

    ``words_of_headers`` maps each header to its normalised words. A side is one column holding
    date and time ("Start", "Ended at") or a date and a time column ("Start Date", "Start Time").
    None unless both sides are found.
    """
    sides: dict[str, dict[str, str]] = {"start": {}, "end": {}}
    for header, words in words_of_headers.items():
        tokens = words.split()
        for side, names in (("start", START_WORDS), ("end", END_WORDS)):
            if not tokens or tokens[0] not in names or not set(tokens[1:]) <= _WHEN_WORDS:
                continue
            part = "time" if "time" in tokens[1:] and "date" not in tokens[1:] else "date"
            sides[side].setdefault(part, header)
    if not sides["start"].get("date") and sides["start"].get("time"):
        sides["start"]["date"] = sides["start"].pop("time")  # one column holding the date and time
    if not sides["end"].get("date") and sides["end"].get("time"):
        sides["end"]["date"] = sides["end"].pop("time")
    return sides if sides["start"].get("date") and sides["end"].get("date") else None
