"""Dates written with month names in several languages, and month-year values, read in Python.

DuckDB's ``strptime`` knows English month names only. Exports from German, French, Spanish,
Portuguese, Italian, Dutch, Nordic, Polish, Finnish, Czech, Turkish, Hungarian, Romanian or
Indonesian systems write ``12. März 2024``,
``11 janv. 2025``, ``3 de marzo de 2024``, ``12 marca 2025`` or ``3. maaliskuuta 2021``; monthly reports write ``Jan-25``, ``2025-01`` or ``01/2025``,
weekly ones ISO week labels (``2025-W02``). Japanese, Chinese and Korean write the year, month and
day as numbers each followed by its unit (``2025年3月14日``, ``2025년 3월 14일``), often in full-width
digits (``２０２５年３月``) and in Japan by the era (``令和7年3月14日``). Each distinct value of a
column is read once here (month names come from babel's locale data) and the rows look the
answer up in SQL.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache

from cs_dash.importing.vocabulary import fold

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "nb", "pl", "fi", "cs", "tr", "hu", "ro", "id")  # fmt: skip
# Read since the Czech, Turkish, Hungarian, Romanian and Indonesian exports; the others came first.
ADDED_LANGUAGES = frozenset(("cs", "tr", "hu", "ro", "id"))
LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "nb": "Norwegian",
    "pl": "Polish",
    "fi": "Finnish",
    "cs": "Czech",
    "tr": "Turkish",
    "hu": "Hungarian",
    "ro": "Romanian",
    "id": "Indonesian",
}
FILLER_WORDS = frozenset(("de", "del", "di", "van", "the", "of", "le", "el", "am", "den", "der"))
# The mark that makes a day number an ordinal: "1st", "1er", "1ᵉʳ", "1º", "1.º", "1°", "1o", "1ª".
_ORDINAL_MARK = re.compile(
    r"(?<!\d)(\d{1,2})(?:\.?[º°ªoa]|\s?°|st|nd|rd|th|er|ère|eme|ème|e)(?![^\W\d_])", re.IGNORECASE
)
_NUMERIC_MONTH_YEAR = re.compile(r"^\s*(?:(\d{4})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{4}))\s*$")
# ISO 8601 week labels of analytics and BI tools: "2025-W02", "2025W02", "2025-W02-3", "W02 2025".
_ISO_WEEK = re.compile(
    r"^\s*(?:(\d{4})[-\s]?w(\d{1,2})(?:-?([1-7]))?|w(\d{1,2})[-\s/]+(\d{4}))\s*$", re.IGNORECASE
)
# A quarter: "Q1 2025", "Q1-25", "2025 Q1", "1Q25", "T1 2025" (trimestre); its first day.
_QUARTER_YEAR = re.compile(
    r"^\s*(?:fy\s?)?[qt]([1-4])[\s\-/']*(\d{4}|\d{2})\s*$|^\s*(\d{4})[\s\-/]*[qt]([1-4])\s*$|^\s*([1-4])q(\d{2}|\d{4})\s*$"
    # a fiscal year before its quarter ("FY2025 Q1", "FY25-Q3"): without the month the fiscal year
    # starts in, the calendar year's quarter
    r"|^\s*fy\s?(\d{4}|\d{2})[\s\-/]*[qt]([1-4])\s*$",
    re.IGNORECASE,
)


# Year, month and day each followed by its unit, as Japanese, Chinese and Korean write a date; the
# year may be an era's (令和7年, 令和元年 for its first), a weekday may follow in brackets ("(金)").
_UNIT_DATE = re.compile(
    r"^\s*(?:(?P<year>\d{4})|(?P<era>令和|平成|昭和)\s*(?P<era_year>\d{1,2}|元))\s*[年년]\s*"
    r"(?P<month>\d{1,2})\s*[月월](?:\s*(?P<day>\d{1,2})\s*[日일])?\s*(?:\([^()]{1,3}\))?\s*$"
)
# The year before the first of each Japanese era: 令和1年 is 2019.
ERA_OFFSETS = {"令和": 2018, "平成": 1988, "昭和": 1925}
# Full-width digits, as a Japanese sheet may type them: read once made plain by NFKC.
FULL_WIDTH_DIGITS = re.compile("[\uff10-\uff19]")
_YEAR_MONTH_DAY = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")


def read_unit_date(value: str) -> tuple[dt.date, bool] | None:
    """(date, month-year only) for ``2025年3月14日``, ``令和7年3月``, ``2025년 3월 14일``; else None."""
    m = _UNIT_DATE.match(unicodedata.normalize("NFKC", value))
    if not m:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    else:
        era_year = m.group("era_year")
        year = ERA_OFFSETS[m.group("era")] + (1 if era_year == "元" else int(era_year))
    try:
        return dt.date(year, int(m.group("month")), int(m.group("day") or 1)), m.group("day") is None
    except ValueError:
        return None  # 31 February


def is_quarter(value: str) -> bool:
    """Whether ``value`` names a quarter of a year ("Q1 2025", "T1 2025")."""
    return _QUARTER_YEAR.match(value) is not None


@cache
def month_table() -> dict[str, tuple[int, frozenset[str]]]:
    """Folded month name or abbreviation -> (month number, languages that write it)."""
    from babel.dates import get_month_names

    found: dict[str, dict[int, set[str]]] = {}
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context=context, locale=language).items():
                    key = fold(name)
                    found.setdefault(key, {}).setdefault(number, set()).add(language)
    found.setdefault("sept", {}).setdefault(9, set()).add("en")
    # A name that means two different months in two languages is left out.
    return {
        key: (number, frozenset(langs))
        for key, months in found.items()
        if len(months) == 1
        for number, langs in months.items()
    }


@cache
def weekday_names() -> frozenset[str]:
    from babel.dates import get_day_names

    names = set()
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            names.update(fold(n) for n in get_day_names(width, locale=language).values())
    return frozenset(names)


def _year(text: str) -> int | None:
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        return 2000 + int(text) if int(text) < 70 else 1900 + int(text)
    return None


def _day(token: str) -> int | None:
    return int(token) if token.isdigit() and 1 <= len(token) <= 2 else None


def date_tokens(value: str) -> list[str]:
    """The words and numbers of a date written with a month name, ordinal marks left out.

    Every language marks an ordinal day its own way ("1st", "1er", "1º de", "1°", "1.º"); the
    number is the day whatever the mark.
    """
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value)  # superscript "1ᵉʳ" is "1er"
    plain = _ORDINAL_MARK.sub(r"\1", value.casefold())
    return [t for t in re.split(r"[\s,./\-]+", plain) if t]


def month_then_number(value: str) -> tuple[int, str, str] | None:
    """(month, the number as written, language) for a month name followed by a one- or two-digit
    number and nothing else ("Mai 12", "May 3", "Jan-25"): the number is a day or a year, which
    only the column's other values tell."""
    tokens = [t for t in date_tokens(value) if fold(t) not in FILLER_WORDS]
    months = month_table()
    if len(tokens) != 2 or fold(tokens[0]) not in months or not tokens[1].isdigit() or len(tokens[1]) > 2:
        return None
    month, languages = months[fold(tokens[0])]
    return month, tokens[1], _language(languages)


def _language(languages: frozenset[str]) -> str:
    # A name several languages share is said to be in one of the languages read first ("mei" is
    # Dutch, though Indonesian writes it too), the first in alphabetical order among them.
    return "en" if "en" in languages else min(languages, key=lambda lang: (lang in ADDED_LANGUAGES, lang))


def read_month_name_date(value: str) -> tuple[dt.date, str, bool] | None:
    """(date, language, month-year only) for ``value``, or None when it is not such a date.

    ``12 März 2024``, ``3 de marzo de 2024``, ``11 janv. 2025``, ``March 3, 2024``, ``Jan-25``,
    ``janvier 2025``, ``2025-01`` and ``01/2025``; a month-year value is the first of the month, a
    quarter (``Q1 2025``, ``T1 2025``) the first day of the quarter.
    An ISO week label (``2025-W02``) is the Monday of that week (or the weekday it names).
    A date written with units (``2025年3月14日``, ``2025年3月``) is read as its numbers say.
    """
    if FULL_WIDTH_DIGITS.search(value):
        value = unicodedata.normalize("NFKC", value)
        iso = _YEAR_MONTH_DAY.match(value)
        if iso:
            try:
                return dt.date(*(int(part) for part in iso.groups())), "", False
            except ValueError:
                return None
    unit_date = read_unit_date(value)
    if unit_date is not None:
        return unit_date[0], "", unit_date[1]
    m = _ISO_WEEK.match(value)
    if m:
        year, week = (m.group(1), m.group(2)) if m.group(1) else (m.group(5), m.group(4))
        try:
            return dt.date.fromisocalendar(int(year), int(week), int(m.group(3) or 1)), "", False
        except ValueError:
            return None  # week 53 of a year that has 52
    m = _QUARTER_YEAR.match(value)
    if m:
        quarter, year = next(
            (q, y)
            for q, y in (
                (m.group(1), m.group(2)),
                (m.group(4), m.group(3)),
                (m.group(5), m.group(6)),
                (m.group(8), m.group(7)),
            )
            if q
        )
        year = int(year) + (2000 if len(year) == 2 else 0)
        return (dt.date(year, 3 * int(quarter) - 2, 1), "", True) if 1900 <= year <= 2100 else None
    m = _NUMERIC_MONTH_YEAR.match(value)
    if m:
        year, month = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(4)), int(m.group(3)))
        if 1 <= month <= 12 and 1900 <= year <= 2100:
            return dt.date(year, month, 1), "", True
        return None
    tokens = date_tokens(value)
    if not tokens or len(tokens) > 6:
        return None
    months = month_table()
    named = []
    rest = []
    before_month = []  # the tokens written before the month name
    for token in tokens:
        key = fold(token)
        if key in months and not key.isdigit():
            named.append(months[key])
            before_month = list(rest)
        elif key in FILLER_WORDS or key in weekday_names():
            continue
        else:
            rest.append(token)
    if len(named) != 1:
        return None
    month, languages = named[0]
    language = _language(languages)
    try:
        if len(rest) == 1:
            if rest == before_month and len(rest[0]) <= 2 and 1 <= (_day(rest[0]) or 0) <= 31:
                return None  # "12. Mai", "12 mars", "25-Jan": a day before its month, no year
            year = _year(rest[0]) if rest[0].isdigit() else None
            return (dt.date(year, month, 1), language, True) if year else None
        if len(rest) == 2:
            first, second = rest
            if len(second) == 4 or (len(second) == 2 and _day(first) is not None and len(first) <= 2):
                day, year = _day(first), _year(second) if second.isdigit() else None
            else:
                day, year = _day(second), _year(first) if first.isdigit() else None
            if day is None or year is None:
                return None
            return dt.date(year, month, day), language, False
    except ValueError:
        return None  # 31 February
    return None
