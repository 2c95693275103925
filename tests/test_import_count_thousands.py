"""A count cannot hold fractions: "1.234" in a column of users, events or seats is a thousands dot.

Every expected number is worked out by hand from the rows in the test.
"""

from __future__ import annotations

import pytest

from cs_dash.importing import ImportOptions
from cs_dash.importing.conversions import counts_whole_things
from cs_dash.importing.parse import dotted_thousands


@pytest.mark.parametrize(
    ("values", "thousands"),
    [
        (["2.943", "698", "12.500.000"], True),
        (["1.234", "-5.000"], True),
        (["1.234", "1.5"], False),  # one value with a fraction says the dot is a decimal point
        (["0.250", "1.234"], False),  # a thousands group never follows a lone zero
        (["1.234", "1,234"], False),  # a comma is some other convention
        (["12", "698"], False),  # no dot: nothing to decide
        (["1.2345"], False),
    ],
)
def test_a_dot_before_groups_of_three_in_every_dotted_value_is_a_thousands_dot(values, thousands):
    assert dotted_thousands(values) is thousands


@pytest.mark.parametrize(
    ("table", "column", "header", "counts"),
    [
        ("usage", "events", "Ereignisse", True),
        ("usage", "active_users", "Usuarios activos", True),
        ("accounts", "seats_purchased", "Licenties", True),
        ("usage", "active_users", "Average active users", False),
        ("usage", "events", "Moyenne des événements", False),
        ("usage", "events", "Gemiddelde acties", False),
        ("revenue", "amount", "Betrag", False),
    ],
)
def test_counts_are_the_columns_of_whole_things_unless_the_header_says_average(table, column, header, counts):
    assert counts_whole_things(table, column, header) is counts


def test_events_with_a_thousands_dot_in_a_comma_separated_file_are_whole_numbers(load):
    # 2.943 events are 2,943; 698 has no dot; users beside them are plain.
    text = "Kunde,Monat,Aktive Benutzer,Ereignisse\nAcme,Januar 2025,25,2.943\nAcme,Februar 2025,23,698\n"
    r = load("nutzung.csv", ImportOptions(table="usage"), data=text.encode("utf-8"))
    assert load.rows(r, "active_users", "events") == [(25.0, 2943.0), (23.0, 698.0)]


def test_a_count_with_a_real_fraction_keeps_its_decimal_point(load):
    # "1.5" cannot be a thousands dot, so "2.250" beside it is two and a quarter.
    text = "Account,Month,Active users,Events\nAcme,2025-01,1.5,10\nAcme,2025-02,2.250,12\n"
    r = load("usage.csv", ImportOptions(table="usage"), data=text.encode("utf-8"))
    assert load.rows(r, "active_users") == [(1.5,), (2.25,)]


def test_an_amount_with_a_dot_before_three_digits_in_a_point_decimal_file_stays_a_decimal(load):
    # Money may carry three decimals; only counts are whole by nature.
    text = "Account,Date,Kind,Amount\nAcme,2025-01-05,new,1.234\nGlobex,2025-01-06,new,2.500\n"
    r = load("rev.csv", ImportOptions(table="revenue"), data=text.encode("utf-8"))
    assert load.rows(r, "amount") == [(1.234,), (2.5,)]
