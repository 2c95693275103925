"""Numbers and tables in words, formatted the same on screen and in files.

The one place money and plurals are written: a metric tile, a chart label and a table in a file a
VP or a customer reads all show "ARR" and "$135,500", never ``arr`` and ``135500.0``; a number the
data cannot give is a dash, never "nan".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

import pandas as pd

MISSING = "–"


def is_missing(value) -> bool:
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def text(value) -> str:
    return MISSING if is_missing(value) else str(value)


def whole(value) -> str:
    """135500.0 -> '135,500'."""
    return MISSING if is_missing(value) else f"{float(value):,.0f}"


def one_decimal(value) -> str:
    return MISSING if is_missing(value) else f"{float(value):,.1f}"


def money(value, currency: str = "$", compact: bool = False) -> str:
    """Money: $79,680, or with ``compact`` $1.24M / $79.7k so a metric tile never truncates."""
    if is_missing(value):
        return MISSING
    amount = float(value)
    if compact and abs(amount) >= 1e3:
        return f"{currency}{_compact(amount)}"
    return f"{currency}{amount:,.0f}"


def compact_count(value) -> str:
    """A count in at most four characters for a tile: 12041 -> '12k', 7912 -> '7.91k', 950 -> '950'."""
    if is_missing(value):
        return MISSING
    amount = float(value)
    return _compact(amount) if abs(amount) >= 1e3 else f"{amount:,.0f}"


def _compact(amount: float) -> str:
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(amount) >= size:
            return f"{amount / size:,.3g}{suffix}"
    return f"{amount:,.3g}"


def money_formatter(currency: str) -> Callable[[object], str]:
    """``money`` in one currency, for a table's column."""
    return lambda value: money(value, currency)


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 account', '3 accounts'; ``many`` for a word whose plural is not ``one`` + 's'."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def day(value) -> str:
    """A date as on screen: '15 Dec 2026'."""
    if is_missing(value):
        return MISSING
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    if isinstance(value, pd.Timestamp):
        value = value.date()
    return f"{value.day} {value:%b %Y}"


def capitalised(value) -> str:
    return MISSING if is_missing(value) else str(value)[:1].upper() + str(value)[1:]


def table(df: pd.DataFrame, columns: dict[str, tuple[str, Callable[[object], str]]]) -> pd.DataFrame:
    """The chosen columns, renamed to their words and formatted; columns absent from ``df`` are skipped."""
    shown = {}
    for column, (header, fmt) in columns.items():
        if column in df.columns:
            shown[header] = [fmt(v) for v in df[column].tolist()]
    return pd.DataFrame(shown, dtype=object)
