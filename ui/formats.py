"""Headline numbers as text: a dash for a number the data cannot give, never "nan" or "None"."""

from __future__ import annotations


def pct(value, digits: int = 0) -> str:
    """0.425 -> "42%" (or "42.5%" with digits=1)."""
    return "–" if value is None else f"{value:.{digits}%}"


def days(value) -> str:
    return "–" if value is None else f"{value:,.0f} days"


def number(value, digits: int = 0) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"
