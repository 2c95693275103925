"""Turning query results into plain Python values for the CLI's JSON and the pages' headline numbers."""

from __future__ import annotations

import datetime as dt

import pandas as pd


def plain(value):
    """A JSON-ready value: None for missing, int/float for numpy numbers, ISO text for dates."""
    try:
        if value is None or pd.isna(value):
            return None
    except (TypeError, ValueError):  # lists and arrays: not a single missing value
        return value
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value.item() if hasattr(value, "item") else value


def first_row(df: pd.DataFrame) -> dict:
    """The single row of an aggregate as a dict of plain values ({} when there is none)."""
    if df.empty:
        return {}
    return {column: plain(df[column].iloc[0]) for column in df.columns}


def records(df: pd.DataFrame, columns: list[str] | None = None) -> list[dict]:
    """Rows as a list of dicts of plain values."""
    frame = df[columns] if columns else df
    return [{column: plain(frame[column].iloc[i]) for column in frame.columns} for i in range(len(frame))]
