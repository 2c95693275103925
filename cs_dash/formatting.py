"""Numbers and tables in words for files, formatted as on screen.

A table in a file a VP or a customer reads shows "ARR" and "$135,500", never ``arr`` and
``135500.0``; a number the data cannot give is a dash, never "nan".
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


def money_formatter(currency: str) -> Callable[[object], str]:
    def money(value) -> str:
        return MISSING if is_missing(value) else f"{currency}{float(value):,.0f}"

    return money


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
