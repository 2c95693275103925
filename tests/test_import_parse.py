"""The SQL value parsers on their own: amounts, durations, tags, booleans and the date-format plan."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from cs_dash.importing import parse
from cs_dash.schema import DATE, TIMESTAMP


def _eval(expr_sql: str, values: list[str | None], params=None) -> list:
    con = duckdb.connect()
    con.execute("CREATE TABLE t AS SELECT unnest(?::VARCHAR[]) AS v, generate_subscripts(?::VARCHAR[], 1) AS i",
                [values, values])  # fmt: skip
    rows = con.execute(f"SELECT {expr_sql} FROM t ORDER BY i", params or []).fetchall()
    return [r[0] for r in rows]


@pytest.mark.parametrize(
    ("text", "dot_decimal", "comma_decimal"),
    [
        ("$1,234.50", 1234.5, 1234.5),
        ("1.234,50 €", 1234.5, 1234.5),
        ("1.39E8", 139_000_000.0, 139_000_000.0),
        ("(1,200)", -1200.0, -1.2),  # a lone comma: thousands in a dot-decimal column, decimal otherwise
        ("-42", -42.0, -42.0),
        ("12,5", 12.5, 12.5),  # two digits after a comma cannot be thousands
        ("1.234", 1.234, 1234.0),
        ("EUR 99,90", 99.9, 99.9),
        ("1 234,50", 1234.5, 1234.5),
        ("n/a", None, None),
        ("1e400", None, None),
        ("inf", None, None),
        ("12-34-56", None, None),
        (None, None, None),
    ],
)
def test_amounts_in_both_conventions(text, dot_decimal, comma_decimal):
    assert _eval(parse.number_sql("v", False), [text]) == [dot_decimal]
    assert _eval(parse.number_sql("v", True), [text]) == [comma_decimal]
    assert _eval(parse.number_sql("v", False, money=True), [text]) == [dot_decimal]


@pytest.mark.parametrize(
    ("text", "comma_decimal", "value"),
    [
        ("$1.2k", False, 1200.0),
        ("12k", False, 12000.0),
        ("€12K", False, 12000.0),
        ("+$1.5k", False, 1500.0),
        ("-$3k", False, -3000.0),
        ("($2k)", False, -2000.0),
        ("12 k €", True, 12000.0),
        ("1,25k", True, 1250.0),
        ("$1.5M", False, 1_500_000.0),
        ("2,5 Mio. €", True, 2_500_000.0),
        ("12kg", False, 12.0),  # a unit, not a thousand
        ("k", False, None),
    ],
)
def test_amounts_typed_by_hand_with_a_thousands_or_millions_suffix(text, comma_decimal, value):
    assert _eval(parse.number_sql("v", comma_decimal), [text]) == [value]


def test_a_column_of_decimal_commas_is_recognised():
    assert parse.decimal_comma(["1.234,50", "99,90"], european_hint=False)
    assert not parse.decimal_comma(["1,234.50", "99.90"], european_hint=True)
    assert parse.decimal_comma(["100", "200"], european_hint=True)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("45", 45.0),
        ("1:30", 90.0),
        ("01:30:00", 90.0),
        ("1h 30m", 90.0),
        ("1.5 h", 90.0),
        ("1,5 h", 90.0),
        ("2 hours", 120.0),
        ("30 min", 30.0),
        ("90 sec", 1.5),
        ("1 hr 15 mins", 75.0),
        ("-5", None),
        ("about an hour", None),
        ("", None),
    ],
)
def test_durations_to_minutes(text, minutes):
    assert _eval(parse.duration_sql("v", 1.0), [text]) == [minutes]


def test_a_header_in_seconds_or_milliseconds_converts_plain_numbers():
    assert parse.duration_unit("CallDurationInSeconds", ["60"]) == 1 / 60
    assert parse.duration_unit("Call duration (ms)", ["60"]) == 1 / 60000
    assert parse.duration_unit("Call Duration", ["600", "1800"]) == 1 / 60  # Salesforce: seconds
    assert parse.duration_unit("Call duration", ["1800000", "600000"]) == 1 / 60000  # HubSpot: ms
    assert parse.duration_unit("Duration (hours)", ["1.5"]) == 60
    assert parse.duration_unit("Minutes", ["30"]) == 1
    assert _eval(parse.duration_sql("v", 1 / 60), ["90", "1:30"]) == [1.5, 90.0]


def test_tags_are_mapped_only_from_known_words():
    # A tag's own word counts inside longer text ("Proactive check-in"); a word that is no tag
    # ("Escalation") or both words at once decide nothing.
    values = ["Proactive", "pro-active", "P", "Yes", "TRUE", "Proactive check-in", "Outbound - proactive"]
    values += ["Reactive", "r", "No", "Reactive - Support Issue"]
    values += [
        "Escalation",
        "Support call",
        "Proactive or reactive?",
        "Churned: false",
        "yes, renewed",
        "",
        None,
    ]
    expected = ["proactive"] * 7 + ["reactive"] * 4 + [None] * 7
    expr, params = parse.tag_sql("v")
    assert _eval(expr, values, params) == expected
    expr, params = parse.tag_sql("v", [v for v in values if v is not None])
    assert _eval(expr, values, params) == expected


def test_booleans():
    assert _eval(parse.boolean_sql("v"), ["Yes", "no", "TRUE", "0", "x", "maybe"]) == [
        True,
        False,
        True,
        False,
        True,
        None,
    ]


def test_date_order_is_decided_from_all_values_of_a_column():
    assert parse.plan_dates(["03/04/2025", "13/04/2025"], False, None, "MDY").order == "DMY"
    assert parse.plan_dates(["03/04/2025", "03/14/2025"], False, None, "DMY").order == "MDY"
    plan = parse.plan_dates(["03/04/2025", "05/06/2025"], False, None, "MDY")
    assert (plan.order, plan.ambiguous) == ("MDY", True)
    assert parse.plan_dates(["03.04.2025"], False, None, "MDY").order == "DMY"  # dots are European
    assert parse.plan_dates(["03/04/2025"], False, "DMY", "MDY").order == "DMY"
    conflicted = parse.plan_dates(["13/04/2025", "04/13/2025"], False, None, "MDY")
    assert conflicted.conflicting


@pytest.mark.parametrize(
    ("values", "kind", "expected"),
    [
        (["2025-03-14", "14/03/2025"], DATE, [dt.date(2025, 3, 14)] * 2),
        (["11/May/24 03:26 PM"], TIMESTAMP, [dt.datetime(2024, 5, 11, 15, 26)]),
        (["March 3, 2025", "3-Mar-2025"], DATE, [dt.date(2025, 3, 3)] * 2),
        (["2025-03-14T23:30:00-05:00", "2025-03-14T09:30:00Z"], TIMESTAMP,
         [dt.datetime(2025, 3, 15, 4, 30), dt.datetime(2025, 3, 14, 9, 30)]),
        (["1735689600", "1738368000000"], DATE, [dt.date(2025, 1, 1), dt.date(2025, 2, 1)]),
        (["20250314"], DATE, [dt.date(2025, 3, 14)]),
        ([" 2025-03-14 "], DATE, [dt.date(2025, 3, 14)]),
        (["not a date"], DATE, [None]),
    ],
)  # fmt: skip
def test_dates_in_every_supported_form(values, kind, expected):
    parts = sorted({parse.date_part(v) for v in values})
    zone = any(parse.ISO_WITH_ZONE.match(v.strip()) for v in values)
    plan = parse.plan_dates(parts, zone, None, "MDY")
    expr, params = parse.date_sql("v", plan, kind)
    assert _eval(expr, values, params) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Oct. 2, 2024, 9:50 p.m.", "Oct. 3, 2024, 4 p.m.", "Oct. 4, 2024"],
         [dt.datetime(2024, 10, 2, 21, 50), dt.datetime(2024, 10, 3, 16, 0), dt.datetime(2024, 10, 4)]),
        (["10/02/2024 9:50 PM", "10/14/2024 09:50 a. m.", "10/03/2024 12:05am", "10/03/2024 12 p.m."],
         [dt.datetime(2024, 10, 2, 21, 50), dt.datetime(2024, 10, 14, 9, 50),
          dt.datetime(2024, 10, 3, 0, 5), dt.datetime(2024, 10, 3, 12, 0)]),
        (["2 Oct 2024, 9:50 P.M.", "2 Oct 2024 4pm"],
         [dt.datetime(2024, 10, 2, 21, 50), dt.datetime(2024, 10, 2, 16, 0)]),
        (["12 März 2024 9:50 p.m.", "12 März 2024 7:05"],
         [dt.datetime(2024, 3, 12, 21, 50), dt.datetime(2024, 3, 12, 7, 5)]),
    ],
)  # fmt: skip
def test_twelve_hour_times_keep_their_time_and_pm_shifts_the_hour(values, expected):
    parts = sorted({parse.date_part(v) for v in values})
    plan = parse.plan_dates(parts, False, None, "MDY", values)
    expr, params = parse.date_sql("v", plan, TIMESTAMP)
    assert _eval(expr, values, params) == expected


def test_a_time_that_does_not_read_empties_the_value_instead_of_cutting_it_to_its_day():
    values = ["12 März 2024 25:61", "Oct. 2, 2024, 31:00 p.m."]
    plan = parse.plan_dates(sorted({parse.date_part(v) for v in values}), False, None, "MDY", values)
    expr, params = parse.date_sql("v", plan, TIMESTAMP)
    assert _eval(expr, values, params) == [None, None]


def test_tags_are_read_in_the_languages_exports_come_in():
    values = ["Proattivo", "Reattivo", "Proactief", "reactief", "Proativa", "Réactif", "Proattivamente"]
    assert [parse.tag_of(v) for v in values] == [
        "proactive", "reactive", "proactive", "reactive", "proactive", "reactive", None,
    ]  # fmt: skip
