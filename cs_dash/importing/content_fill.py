"""Columns the values fill once the table is decided, where the headers say nothing.

A file whose headers are in a language the vocabulary lacks (or are blank, "Column 7") is still
mapped by what its values look like, but some columns look like too many things to be told from
one column alone: a number is a duration, an amount or a count. Once stronger evidence has chosen
the table, the rest of the row tells them apart the way a person would: in an engagement log, the
one column of plausible lengths is the duration; in a ticket list, the date that is never before
the opening is the closing; in a plan, the date never before the others is the due date; in a
list of accounts, the dates within one year are the next renewals. These readings never choose or change the table, never replace a column a header
mapped (only a ticket's opening that the values alone took for a later date is moved to the
earlier one), and speak only when there is one such column (not the only reading: no reading).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from cs_dash.importing import parse

Row = Sequence[str | None]

# A CS engagement lasts a minute at least, a long working day at most (an onsite).
MIN_MEDIAN_MINUTES = 1
_CLOCK = re.compile(r"^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$")
_WITH_UNIT = re.compile(
    r"^\d+(?:[.,]\d+)?\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?|s|sec|secs|seconds?)\b", re.IGNORECASE
)
_PLAIN = re.compile(r"^\d+(?:[.,]\d+)?$")
# A time of day in a CS file falls in working hours; "h:mm" lengths of one interaction are short.
LATEST_SHORT_HOURS = 6
MIN_ROWS = 3  # fewer filled values say nothing about a column
DATES_SHARE = 0.9
RATING_TOP = 10
RENEWAL_FILLED = 0.8  # the share of accounts with a next renewal date
RENEWAL_SPAN_DAYS = 366 + 31  # a year of renewals, and the month the list was exported in


def _filled(values: list[str | None]) -> list[str]:
    return [v.strip() for v in values if v is not None and v.strip()]


def _number(text: str) -> float:
    """A plain length written with a decimal point or comma ("0,75")."""
    return float(text.replace(",", "."))


def _clock_durations(values: list[str]) -> bool:
    """``26:13``, ``0:45:10``: lengths, not times of day (those start at office hours, 8:00 to 19:00)."""
    found = [_CLOCK.match(v) for v in values]
    if not all(found):
        return False
    firsts = sorted(int(m.group(1)) for m in found if m)
    median = firsts[len(firsts) // 2]
    return firsts[-1] > 23 or median < LATEST_SHORT_HOURS


def looks_like_durations(values: list[str | None]) -> bool:
    """Whether a column's values are the lengths of interactions, in any of the units people write.

    Text with a unit ("45m", "1h 0m") or a clock ("26:13") is a length outright; plain numbers
    are one when, read in the unit their size suggests (seconds, milliseconds, minutes), their
    median is a plausible length of one interaction, from a minute to a long working day.
    """
    filled = _filled(values)
    if len(filled) < MIN_ROWS:
        return False
    if all(_WITH_UNIT.match(v) for v in filled) or _clock_durations(filled):
        return True
    if not all(_PLAIN.match(v) for v in filled):
        return False
    unit, _ = parse.duration_unit_evidence("", filled)
    if all(_number(v) <= RATING_TOP and _number(v).is_integer() for v in filled):
        return False  # 1 to 5, 0 to 10: a rating or a count, not minutes
    numbers = [_number(v) * unit for v in filled]
    if len(set(numbers)) == len(numbers) >= 2 * MIN_ROWS and numbers == sorted(numbers):
        return False  # a row number or an id counting up
    median = sorted(numbers)[len(numbers) // 2]
    return MIN_MEDIAN_MINUTES <= median <= parse.MAX_ROUND_SESSION_MINUTES


def _column(rows: list[Row], index: int) -> list[str | None]:
    return [row[index] for row in rows]


def _duration(headers: list[str], free: list[str], mapped: dict[str, str], rows: list[Row]) -> str | None:
    """The one free column of lengths in an engagement log: the engagement's duration."""
    found = [h for h in free if looks_like_durations(_column(rows, headers.index(h)))]
    return found[0] if len(found) == 1 else None


def _day(value: str, plan: parse.DatePlan) -> dt.date | None:
    """The day a date or timestamp value falls on, as ``plan`` reads the column (None if unread)."""
    text = value.strip()
    if parse.ISO_START.match(text):
        try:
            return dt.date.fromisoformat(text.strip()[:10])
        except ValueError:
            return None
    if re.fullmatch(r"\d{9,10}(\.\d+)?|\d{12,13}", text):
        seconds = float(text) / (1000 if len(text) >= 12 else 1)
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date()
    part = parse.date_part(text)
    if part in plan.lookup:
        return plan.lookup[part][0]
    for fmt in plan.formats:
        try:
            return dt.datetime.strptime(part, fmt).date()
        except ValueError:
            continue
    return None


def _days(values: list[str | None], plan: parse.DatePlan) -> list[dt.date | None]:
    return [_day(v, plan) if v and v.strip() else None for v in values]


def _plan(values: list[str]) -> parse.DatePlan:
    parts = sorted({parse.date_part(v) for v in values})
    return parse.plan_dates(parts, False, None, "MDY")


def _closing(headers: list[str], free: list[str], mapped: dict[str, str], rows: list[Row]) -> str | None:
    """The date a ticket was closed: never before its opening on any row, the earliest such date.

    Of two such columns ("Resolved", "Closed", "Updated"), the one that is never after the other
    is the first end of the ticket; an update time is later still.
    """
    opened = next((h for h, c in mapped.items() if c == "opened_at"), None)
    if opened is None:
        return None
    columns = {h: _column(rows, headers.index(h)) for h in [opened, *free]}
    dated = [h for h in free if _dates(columns[h]) is not None]
    if not dated:
        return None
    plan = _plan(_filled(columns[opened]) + [v for h in dated for v in _filled(columns[h])])
    days = {h: _days(columns[h], plan) for h in [opened, *dated]}

    def never_before(later: str, earlier: str) -> bool:
        pairs = [(a, b) for a, b in zip(days[earlier], days[later], strict=True) if a and b]
        return len(pairs) >= MIN_ROWS and all(b >= a for a, b in pairs)

    after = [h for h in dated if never_before(h, opened) and any(days[h])]
    first = [h for h in after if all(never_before(other, h) for other in after if other != h)]
    return first[0] if len(first) == 1 else None


def _dates(values: list[str | None]) -> list[str] | None:
    """The filled values of a column when nearly all of them are dates, else None."""
    filled = _filled(values)
    if len(filled) < MIN_ROWS:
        return None
    written = sum(parse.looks_like_date(v) or bool(re.fullmatch(r"\d{9,13}", v)) for v in filled)
    return filled if written >= DATES_SHARE * len(filled) else None


def _renewal(headers: list[str], free: list[str], mapped: dict[str, str], rows: list[Row]) -> str | None:
    """The next renewal in a list of accounts: a date on nearly every row, all within about a year.

    Every customer renews within a year of the day the list was exported, so the next renewal
    dates span a year at most; the days customers signed, went live or churned spread over years
    or are missing for most rows.
    """
    found = []
    for header in free:
        values = _column(rows, headers.index(header))
        filled = _dates(values)
        if filled is None or len(filled) < RENEWAL_FILLED * len(values):
            continue
        days = [d for d in _days(list(filled), _plan(filled)) if d]
        if len(set(days)) >= MIN_ROWS and len(days) >= DATES_SHARE * len(filled):
            if (max(days) - min(days)).days <= RENEWAL_SPAN_DAYS:
                found.append(header)
    return found[0] if len(found) == 1 else None


PLAN_DATES_FILLED = 0.5  # a plan item's due date is set on most items; a completion date on the done ones


def _due(headers: list[str], free: list[str], mapped: dict[str, str], rows: list[Row]) -> str | None:
    """The date a plan item is due: the plan's one date on most items, or the latest of several.

    An item is created before it is due, so of two dates filled on most items the one never
    before the other on any row is the due date; a date set only on the items done is when
    they were completed, and says nothing of when they are due.
    """
    dated = []
    for header in free:
        values = _column(rows, headers.index(header))
        filled = _dates(values)
        if filled is not None and len(filled) >= PLAN_DATES_FILLED * len(values):
            dated.append(header)
    if len(dated) <= 1:
        return dated[0] if dated else None
    columns = {h: _column(rows, headers.index(h)) for h in dated}
    plan = _plan([v for values in columns.values() for v in _filled(values)])
    days = {h: _days(columns[h], plan) for h in dated}

    def never_before(later: str, earlier: str) -> bool:
        pairs = [(a, b) for a, b in zip(days[earlier], days[later], strict=True) if a and b]
        return len(pairs) >= MIN_ROWS and all(b >= a for a, b in pairs) and any(b > a for a, b in pairs)

    latest = [h for h in dated if all(never_before(h, other) for other in dated if other != h)]
    return latest[0] if len(latest) == 1 else None


def earliest_opening(
    table: str, headers: list[str], free: list[str], mapped: dict[str, str], rows: list[Row]
) -> str | None:
    """The free date column that opened a ticket, when values alone took a later one for its opening.

    A ticket is opened before anything else happens to it: a due date, a first reply or a closing
    is never before its creation. A date column that is never after the one taken for the opening,
    and before it on some row, is the opening; the one taken is then free for the closing rule.
    """
    opened = next((h for h, c in mapped.items() if c == "opened_at"), None)
    if table != "tickets" or opened is None:
        return None
    dated = [h for h in free if _dates(_column(rows, headers.index(h))) is not None]
    if not dated:
        return None
    columns = {h: _column(rows, headers.index(h)) for h in [opened, *dated]}
    plan = _plan([v for values in columns.values() for v in _filled(values)])
    days = {h: _days(columns[h], plan) for h in columns}

    def earlier(first: str, then: str) -> bool:
        pairs = [(a, b) for a, b in zip(days[first], days[then], strict=True) if a and b]
        return len(pairs) >= MIN_ROWS and all(a <= b for a, b in pairs) and any(a < b for a, b in pairs)

    found = [h for h in dated if earlier(h, opened) and not any(earlier(o, h) for o in dated if o != h)]
    return found[0] if len(found) == 1 else None


RULES: dict[tuple[str, str], tuple[Callable[..., str | None], str]] = {
    ("engagements", "duration_min"): (
        _duration,
        "content: the one column of plausible lengths of an interaction",
    ),
    ("accounts", "renewal_date"): (
        _renewal,
        "content: a date on nearly every account, all within a year, as next renewals are",
    ),
    ("plans", "due_date"): (
        _due,
        "content: the plan's date on most items, never before its other dates",
    ),
    ("tickets", "closed_at"): (
        _closing,
        "content: a date never before the ticket's opening on any row",
    ),
}


def fill(
    table: str, headers: list[str], free: list[str], mapped: dict[str, str], rows: list[Row]
) -> dict[str, tuple[str, str]]:
    """Header -> (column, why) for the table's columns the values of ``free`` headers fill.

    ``free`` are the headers that name nothing and are not mapped; ``mapped`` is the mapping so
    far; ``rows`` are sample rows, each value at its header's index (None for an empty cell).
    """
    found: dict[str, tuple[str, str]] = {}
    taken = set(mapped.values())
    for (table_name, column), (rule, why) in RULES.items():
        if table_name != table or column in taken:
            continue
        left = [h for h in free if h not in found]
        header = rule(headers, left, mapped, rows)
        if header is not None:
            found[header] = (column, why)
    return found
