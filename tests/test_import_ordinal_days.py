"""A day written as an ordinal ("1er", "1º", "1°", "1st", "1.") is that day in every language."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing.month_names import read_month_name_date
from cs_dash.importing.parse import month_name_without_year


@pytest.mark.parametrize(
    "value, day",
    [("1er mars 2025", (3, 1)), ("1ᵉʳ mars 2025", (3, 1)), ("1º de marzo de 2025", (3, 1)),
     ("1.º de marzo de 2025", (3, 1)), ("1º de março de 2025", (3, 1)), ("1° marzo 2025", (3, 1)),
     ("March 1st, 2025", (3, 1)), ("1st of March 2025", (3, 1)), ("1. März 2025", (3, 1)),
     ("22nd May 2025", (5, 22)), ("3rd of May, 2025", (5, 3)), ("2ª de maio de 2025", (5, 2))],
)  # fmt: skip
def test_an_ordinal_day_with_a_year_is_read_whatever_its_mark(value, day):
    found = read_month_name_date(value)
    assert found is not None and found[0] == dt.date(2025, *day) and not found[2]


@pytest.mark.parametrize(
    "value, read",
    [("1er mars", (3, 1, "fr")), ("1º de marzo", (3, 1, "es")), ("1º de março", (3, 1, "pt")),
     ("1° marzo", (3, 1)), ("March 1st", (3, 1, "en")), ("1st of March", (3, 1, "en")), ("1. März", (3, 1, "de"))],
)  # fmt: skip
def test_an_ordinal_day_without_a_year_is_a_day_and_month(value, read):
    assert read_month_name_date(value) is None
    assert month_name_without_year(value)[: len(read)] == read


@pytest.mark.parametrize("value", ["March 2025th", "Mars 2025e", "12345st March"])
def test_a_mark_after_a_year_or_a_long_number_makes_no_day(value):
    # Only a one- or two-digit number is a day; "2025th" is no ordinal day and no date.
    found = read_month_name_date(value)
    assert found is None or found[2]


def test_an_italian_ordinal_date_loads(load):
    text = "Data;Cliente;CSM;Tipo\n1° marzo 2025;Acme;Anna;Proattivo\n15 marzo 2025;Beta;Ben;Reattivo\n"
    r = load("contatti.csv", data=text.encode("utf-8"))
    assert load.rows(r, "date") == [(dt.date(2025, 3, 1),), (dt.date(2025, 3, 15),)]
