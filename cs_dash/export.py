"""Files the user downloads: CSV safe to open in a spreadsheet."""

from __future__ import annotations

import re

import pandas as pd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_FORMULA_AFTER_SPACES = re.compile(r"^ +[=+\-@]")
# A line break inside a cell may start a new row in a careless reader: guard each line's start too.
_FORMULA_AFTER_BREAK = re.compile(r"([\r\n])(?=[ \t]*[=+\-@\t])")


def neutralise(value):
    """Text a spreadsheet would run as a formula, with a ``'`` before it; anything else unchanged."""
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_START) or _FORMULA_AFTER_SPACES.match(value):
        value = "'" + value
    if "\r" in value or "\n" in value:
        value = _FORMULA_AFTER_BREAK.sub(r"\1'", value)
    return value


def safe_csv(df: pd.DataFrame) -> bytes:
    """CSV bytes (UTF-8 with BOM, so Excel reads accents) with formula-like cells and headers neutralised.

    Headers count: tier and band names from the settings become column names in some tables.
    """
    clean = df.copy()
    for col in clean.columns:
        column = clean[col]
        if isinstance(column.dtype, pd.CategoricalDtype):
            column = column.astype(object)
        if column.dtype == object or pd.api.types.is_string_dtype(column):
            clean[col] = column.map(neutralise)
    clean.columns = [neutralise(c) for c in clean.columns]
    # CRLF rows, as spreadsheets write them: the csv writer then quotes every value holding a \r,
    # which with \n rows it would leave bare to split the row in two.
    return clean.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
