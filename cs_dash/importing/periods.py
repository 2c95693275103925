"""Headers that name a period: ``2025-01``, ``Jan-25``, ``Q1 2025``, ``W1 Jan 6``, ``12 März 2024``.

A wide export (one column per month, week or quarter) is recognised by its headers alone, so
this module turns one header into the first day of the period it names, and a whole header row
into one consistent series: the same granularity throughout, the day/month order decided from
all headers together, and a missing year supplied once for the series (and said).
Month names come from babel's calendar data for the languages exports are written in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from babel.dates import get_month_names

from cs_dash.importing.month_names import LANGUAGES
from cs_dash.importing.vocabulary import fold

DAY, WEEK, MONTH, QUARTER, YEAR = "day", "week", "month", "quarter", "year"
GRAIN_WORDS = {DAY: "day", WEEK: "week", MONTH: "month", QUARTER: "quarter", YEAR: "year"}


@cache
def month_words() -> dict[str, int]:
    """Every month name and abbreviation (lower case, without a final dot) in LANGUAGES.

    Each is also kept without its accents, as exports often write them ("pazdziernik", "kesakuu").
    """
    words: dict[str, int] = {}
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=language).items():
                    words.setdefault(name.lower().rstrip("."), number)
                    words.setdefault(fold(name), number)
    for number, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug"), start=1):
        words.setdefault(name, number)
    words.update({"sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12, "mrz": 3, "mae": 3})
    return words


@dataclass(frozen=True)
class Period:
    """What one header names. ``year`` is None when the header leaves it out (``Jan 6``)."""

    grain: str
    year: int | None
    month: int
    day: int = 1
    order: str | None = None  # for numeric dates: "MDY" or "DMY" when only one fits, "either"
    week: int | None = None  # the ISO week number of a yearless week header ("KW 12")


_WEEK_PREFIX = re.compile(
    r"^(?:week starting|week beginning|week commencing|week of|week van|semaine|settimana|semana|week"
    r"|sem|kw|wk|w)(?![^\W\d_])\.?\s*(?:\d{1,2}(?!\d))?\s*(?:of|starting|beginning|du|from)?\s*[:\-–(,]?\s*",
    re.IGNORECASE,
)
# "2025-01-06 week", "2025-01-06 (wk)": the week word after the day it starts on.
_WEEK_SUFFIX = re.compile(
    r"\s*[\-–(]?\s*(?:week starting|week|wk|woche|kw|semaine|semana|settimana)\.?\)?$", re.IGNORECASE
)
_ISO_WEEK = re.compile(r"^(\d{4})[-\s]?w(\d{1,2})$|^w(\d{1,2})[-\s/]+(\d{4})$", re.IGNORECASE)
# A week by its number, as calendars and spreadsheets write it: "KW 12", "KW12/2025", "S12",
# "Sem. 12", "Semana 12", "Wk 12", "W12", "week 12", "2025 KW 12"; the year is optional.
_WEEK_WORDS = (
    r"(?:calendar week|kalenderwoche|kalenderweek|semaine|semana|settimana|woche|week|uge|vecka"
    r"|viikko|tydzień|tydzien|kw|cw|wk|sem|s|w)"
)
_NUMBERED_WEEK_HEADER = re.compile(
    rf"^(?:(\d{{4}})\s*[/\-]?\s*)?{_WEEK_WORDS}\.?\s*(?:n[°º.]\s*|no\.?\s*|nr\.?\s*)?(\d{{1,2}})"
    r"(?:\s*[/\-,']?\s*(\d{4}))?$",
    re.IGNORECASE,
)
_QUARTER = re.compile(
    r"^q([1-4])[\s\-/']*(?:fy)?(\d{4}|\d{2})$|^(?:fy)?(\d{4}|\d{2})[\s\-/]*q([1-4])$", re.IGNORECASE
)
_YEAR = re.compile(r"^(?:fy\s?)?(20\d{2}|19\d{2})$", re.IGNORECASE)
_MIDNIGHT = re.compile(
    r"(?<=^\d{4}-\d{2}-\d{2})[T ]00:00(:00(\.0+)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$", re.IGNORECASE
)
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$")
_YM = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_TOKENS = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 Feb without a year is fine
    except ValueError:
        return False
    return year is None or 1990 <= year <= 2100


def _with_names(text: str) -> Period | None:
    """``Jan 2025``, ``Jan-25``, ``2025 Jan``, ``6 Jan``, ``Jan 6, 2025``, ``12 März 2024``."""
    tokens = _TOKENS.findall(text.lower())
    words = [t for t in tokens if not t.isdigit()]
    numbers = [t for t in tokens if t.isdigit()]
    if len(words) != 1 or not 1 <= len(numbers) <= 2:
        return None
    month = month_words().get(words[0])
    if month is None:
        return None
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(numbers) == 1:
        (number,) = numbers
        if len(number) == 4:
            return Period(MONTH, int(number), month)
        # "Jan-25" and "jan/25" are a month and a year; "Jan 6" and "6 Jan" a day without a year.
        joined = re.search(r"[-/']", text) is not None
        if joined and text.strip()[0].isalpha():
            return Period(MONTH, _year(number), month)
        return Period(DAY, None, month, int(number)) if _valid(None, month, int(number)) else None
    if len(years) == 1 and len(days) == 1:
        year, day = int(years[0]), int(days[0])
    elif len(days) == 2 and tokens[0].isalpha():
        day, year = int(days[0]), _year(days[1])  # "Jan 6 25"
    else:
        return None
    return Period(DAY, year, month, day) if _valid(year, month, day) else None


def parse_period(header: str) -> Period | None:
    """The period one header names, or None when it names none."""
    # Snake-case headers ("week_of_2025-01-06") separate their words by underscores.
    text = " ".join(str(header).replace("\ufeff", "").replace("_", " ").split()).strip()
    if not text or len(text) > 40:
        return None
    # An analytics tool's period starts at midnight of its day, written as a timestamp with the
    # project's zone ("2025-04-07T00:00:00-07:00", Mixpanel): the day it starts.
    text = _MIDNIGHT.sub("", text)
    found = _ISO_WEEK.match(text)
    if found:
        year, week = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        try:
            start = dt.date.fromisocalendar(int(year), int(week), 1)
        except ValueError:
            return None
        return Period(WEEK, start.year, start.month, start.day)
    found = _NUMBERED_WEEK_HEADER.match(text)
    if found and not (found.group(1) and found.group(3)):
        return _numbered_week(int(found.group(2)), found.group(1) or found.group(3))
    found = _QUARTER.match(text)
    if found:
        quarter, year = (
            (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        )
        return Period(QUARTER, _year(year), 3 * int(quarter) - 2)
    found = _YEAR.match(text)
    if found:
        return Period(YEAR, int(found.group(1)), 1)
    week = _WEEK_PREFIX.match(text)
    if week and week.end() > 0 and week.end() < len(text):
        inner = parse_period(text[week.end() :].rstrip(") "))
        if inner is not None and inner.grain == DAY:
            return Period(WEEK, inner.year, inner.month, inner.day, inner.order)
        return None
    suffix = _WEEK_SUFFIX.search(text)
    if suffix and suffix.start() > 0:
        inner = parse_period(text[: suffix.start()])
        if inner is not None and inner.grain == DAY:
            return Period(WEEK, inner.year, inner.month, inner.day, inner.order)
        return None
    found = _YMD.match(text)
    if found:
        year, month, day = (int(g) for g in found.groups())
        return Period(DAY, year, month, day) if _valid(year, month, day) else None
    found = _NUMERIC_DMY.match(text)
    if found:
        first, second, year = int(found.group(1)), int(found.group(2)), _year(found.group(3))
        as_mdy = _valid(year, first, second)
        as_dmy = _valid(year, second, first)
        if as_mdy:
            return Period(DAY, year, first, second, "either" if as_dmy else "MDY")
        return Period(DAY, year, second, first, "DMY") if as_dmy else None
    found = _YM.match(text) or _MY.match(text)
    if found:
        a, b = found.groups()
        year, month = (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
        return Period(MONTH, year, month) if _valid(year, month, 1) else None
    return _with_names(text)


def _numbered_week(week: int, year: str | None) -> Period | None:
    """Week ``week`` of ``year`` (its Monday), or a yearless week that keeps its number."""
    if not 1 <= week <= 53:
        return None
    if year is None:
        return Period(WEEK, None, 1, 1, week=week)
    try:
        start = dt.date.fromisocalendar(int(year), week, 1)
    except ValueError:
        return None
    return Period(WEEK, start.year, start.month, start.day)


@dataclass
class Series:
    """A run of period headers read together: their positions, first days and what was assumed."""

    positions: list[int]
    starts: list[dt.date]
    grain: str
    assumptions: list[str]


def read_series(
    headers: list[str], filename: str = "", today: dt.date | None = None, title: str = ""
) -> Series | None:
    """The period headers of a header row as one series, or None when fewer than two fit.

    Every period header must have the same granularity; numeric day/month headers take the
    order all of them fit (month first when both do, and that is said); headers without a year
    take the one year the lines above the header (``title``) name, else the file name's, or the
    latest year up to now in which the first one is a Monday (weeks), or this year, rolling over
    when the months (or week numbers) go back to January.
    """
    today = today or dt.date.today()
    found = [(i, parse_period(h)) for i, h in enumerate(headers)]
    found = [(i, p) for i, p in found if p is not None]
    if len(found) < 2:
        return None
    grains = {p.grain for _, p in found}
    if len(grains) != 1:
        return None
    (grain,) = grains
    assumptions: list[str] = []
    periods = [p for _, p in found]
    orders = {p.order for p in periods if p.order}
    if "DMY" in orders:
        periods = [
            Period(p.grain, p.year, p.day, p.month, "DMY") if p.order == "either" else p for p in periods
        ]
    elif orders == {"either"}:
        assumptions.append("every header's date fits both day/month orders: read month first")
    if grain == DAY and all(p.year is None for p in periods) and len({p.day for p in periods}) == 1:
        # "Jan 25, Feb 25, Mar 25": the same number after every month is a year, not a day.
        periods = [Period(MONTH, _year(str(p.day)), p.month) for p in periods]
        grain = MONTH
    if any(p.year is None for p in periods):
        year, named = _year_for(periods, filename, today, title)
        try:
            filled = _fill_years(periods, year)
            if not named and dt.date(filled[-1].year, filled[-1].month, filled[-1].day) > today:
                year -= 1  # a series without a year ends in the past, not in a future year
                filled = _fill_years(periods, year)
        except ValueError:  # a week 53 in a year that has 52
            return None
        periods = filled
        source = ", the year the file's title or name gives" if named else " assumed"
        assumptions.append(f"the headers give no year: {year}{source}")
    starts = [dt.date(p.year, p.month, p.day) for p in periods]
    if len(set(starts)) != len(starts):
        return None
    return Series([i for i, _ in found], starts, grain, assumptions)


def _fill_years(periods: list[Period], year: int) -> list[Period]:
    """Give yearless periods ``year``, moving to the next year when the months go back.

    A week known by its number is that week of the year (ISO weeks start on a Monday).
    """
    filled, previous = [], 0
    for p in periods:
        if p.year is None:
            position = p.week if p.week is not None else p.month
            if position < previous:
                year += 1
            previous = position
            if p.week is not None:
                start = dt.date.fromisocalendar(year, p.week, 1)
                p = Period(p.grain, start.year, start.month, start.day)
            else:
                p = Period(p.grain, year, p.month, p.day, p.order)
        filled.append(p)
    return filled


def _year_for(periods: list[Period], filename: str, today: dt.date, title: str = "") -> tuple[int, bool]:
    """The year of the first yearless period, and whether the file's title or name said it."""
    titled = set(re.findall(r"(?<!\d)(20\d{2})(?!\d)", title))
    if len(titled) == 1:
        return int(titled.pop()), True
    named = re.findall(r"(?<!\d)(20\d{2})(?!\d)", filename)
    if named:
        return int(named[0]), True
    first = next(p for p in periods if p.year is None)
    if first.grain == WEEK and first.week is None:
        for year in range(today.year, today.year - 7, -1):
            if dt.date(year, first.month, first.day).weekday() == 0:
                return year, False
    return today.year, False


# A quarter or a week as a sheet's section row names it, in the languages above: "4° trimestre
# 2025", "1er trimestre 2025", "2. Quartal 2025", "3rd quarter 2025", "Trimestre 4 2025", "T1 2025",
# "Week 12", "KW 12/2025", "Semaine 12".
_QUARTER_WORDS = r"(?:quarter|quartal|trimestre|trimester|kwartaal|kvartal|kwartał|kwartal|quadrimestre)"
_ORDINAL_QUARTER = re.compile(
    rf"^([1-4])\s*(?:st|nd|rd|th|°|º|ª|o|er|e|ème|eme|\.)?\s*{_QUARTER_WORDS}(?:\s+(\d{{4}}))?$",
    re.IGNORECASE,
)
_NAMED_QUARTER = re.compile(rf"^(?:{_QUARTER_WORDS}|t|q)\s*([1-4])(?:[\s/\-]+(\d{{4}}))?$", re.IGNORECASE)
_NUMBERED_WEEK = re.compile(
    r"^(?:week|woche|semaine|semana|settimana|kw|wk|sem|uge|vecka|tydzień)\.?\s*(\d{1,2})"
    r"(?:\s*[/\-,]?\s*(\d{4}))?$",
    re.IGNORECASE,
)


def section_period(text: str) -> Period | None:
    """The period a section row names ("Q4 2024", "4° trimestre", "Januar 2025", "Week 12"), or None.

    A period without a year keeps ``year`` None; a day is no section period (it is a record's date).
    """
    text = " ".join(str(text).split())
    for pattern in (_ORDINAL_QUARTER, _NAMED_QUARTER):
        found = pattern.match(text)
        if found:
            year = int(found.group(2)) if found.group(2) else None
            return Period(QUARTER, year, 3 * int(found.group(1)) - 2)
    found = _NUMBERED_WEEK.match(text)
    if found:
        week, year = int(found.group(1)), found.group(2)
        if not 1 <= week <= 53:
            return None
        if year is None:
            return Period(WEEK, None, 1)
        try:
            start = dt.date.fromisocalendar(int(year), week, 1)
        except ValueError:
            return None
        return Period(WEEK, start.year, start.month, start.day)
    period = parse_period(text)
    return period if period is not None and period.grain in (WEEK, MONTH, QUARTER, YEAR) else None
