"""Filters compile to the same SQL and parameters every time, and round-trip through the URL."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.filters import Filters, from_query_params, preset_range, to_query_params
from cs_dash.scope import Scope, build_scope

AS_OF = dt.date(2025, 6, 30)


def test_no_filters_compile_to_the_as_of_cap_alone():
    scope = Scope(as_of=AS_OF)
    assert scope.fact_filter() == "date <= $period_end"
    assert scope.bind(scope.fact_filter()) == {"period_end": AS_OF}


def test_csm_filter_binds_normalised_names_as_one_list():
    scope = Scope(csms=("Dana  Lee", "ALI"), as_of=AS_OF)
    sql = scope.fact_filter(alias="e", date_column=None)
    assert sql == "e.csm_key IN (SELECT unnest($csm_keys))"
    assert scope.bind(sql) == {"csm_keys": ["dana lee", "ali"]}


def test_date_range_and_tier_compile_with_their_named_values():
    scope = Scope(tiers=("Tier 1",), date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 3, 31), as_of=AS_OF)
    sql = scope.fact_filter(alias="e")
    assert sql == (
        "e.date >= $date_from AND e.date <= $period_end AND "
        "e.account_key IN (SELECT account_key FROM account_dim WHERE tier IN (SELECT unnest($tiers)))"
    )
    assert scope.bind(sql) == {
        "date_from": dt.date(2025, 1, 1),
        "period_end": dt.date(2025, 3, 31),
        "tiers": ["Tier 1"],
    }


def test_the_earlier_of_range_end_and_as_of_ends_the_period():
    assert Filters(date_to=dt.date(2025, 12, 31), as_of=AS_OF).period_end == AS_OF
    assert Filters(date_to=dt.date(2025, 1, 31), as_of=AS_OF).period_end == dt.date(2025, 1, 31)


def test_renewal_window_counts_days_from_the_as_of_date():
    scope = Scope(renewal_window="90", as_of=AS_OF)
    sql = scope.account_filter("a.account_key")
    assert sql == (
        "a.account_key IN (SELECT account_key FROM account_dim "
        "WHERE renewal_date BETWEEN $as_of AND $renewal_end)"
    )
    # 2025-06-30 + 90 days = 2025-09-28
    assert scope.bind(sql) == {"as_of": AS_OF, "renewal_end": dt.date(2025, 9, 28)}


def test_owner_filter_applies_only_when_asked():
    scope = Scope(csms=("Dana",), as_of=AS_OF)
    assert scope.account_filter(by_owner=False) == "TRUE"
    sql = scope.account_filter(by_owner=True)
    assert "csm_key IN (SELECT unnest($csm_keys))" in sql
    assert scope.bind(sql) == {"csm_keys": ["dana"]}


def test_a_csm_name_with_sql_in_it_stays_a_parameter():
    scope = Scope(csms=("x'); DROP TABLE engagements; --",), as_of=AS_OF)
    sql = scope.fact_filter()
    assert "DROP" not in sql
    assert scope.bind(sql)["csm_keys"] == ["x'); drop table engagements; --"]


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        ("all", (None, None)),
        ("30d", (dt.date(2025, 6, 1), AS_OF)),  # 30 days counting 30 June: 1..30 June
        ("90d", (dt.date(2025, 4, 2), AS_OF)),  # 29 (Apr 2-30) + 31 + 30 = 90 days
        ("qtd", (dt.date(2025, 4, 1), AS_OF)),
        ("12m", (dt.date(2024, 7, 1), AS_OF)),
    ],
)
def test_presets_are_placed_relative_to_the_as_of_date(preset, expected):
    assert preset_range(preset, AS_OF) == expected


def test_last_12_months_from_a_leap_day_does_not_fail():
    assert preset_range("12m", dt.date(2024, 2, 29)) == (dt.date(2023, 3, 1), dt.date(2024, 2, 29))


def test_resolved_turns_a_preset_into_dates_and_describe_names_it():
    filters = Filters(date_preset="qtd", as_of=AS_OF).resolved()
    assert (filters.date_from, filters.date_to) == (dt.date(2025, 4, 1), AS_OF)
    assert filters.describe() == "Quarter to date (2025-04-01 to 2025-06-30)"


def test_describe_lists_every_filter_in_force():
    filters = Filters(csms=("Dana",), tiers=("Tier 1",), segments=("SMB",), renewal_window="overdue")
    assert filters.describe() == "CSM: Dana · Tier 1 · Segment: SMB · renewal overdue"
    assert Filters().describe() == "All accounts and CSMs"


def test_default_filters_make_an_empty_query_string():
    assert to_query_params(Filters(), explicit_as_of=False) == {}


def test_filters_round_trip_through_query_params():
    filters = Filters(
        csms=("Dana Lee", "Ali"),
        tiers=("Tier 1",),
        segments=("SMB", "Enterprise"),
        renewal_window="90",
        date_from=dt.date(2025, 1, 1),
        date_to=dt.date(2025, 3, 31),
        as_of=AS_OF,
        date_preset="custom",
    )
    params = to_query_params(filters)
    assert params == {
        "csm": ["Dana Lee", "Ali"],
        "tier": ["Tier 1"],
        "segment": ["SMB", "Enterprise"],
        "renewal": "90",
        "dates": "custom",
        "from": "2025-01-01",
        "to": "2025-03-31",
        "as_of": "2025-06-30",
    }
    assert from_query_params(params) == filters


def test_a_relative_preset_is_kept_by_name_not_by_dates():
    filters = Filters(date_preset="90d", as_of=AS_OF).resolved()
    params = to_query_params(filters, explicit_as_of=False)
    assert params == {"dates": "90d"}
    assert from_query_params(params).date_preset == "90d"


def test_unreadable_query_params_fall_back_to_defaults():
    filters = from_query_params(
        {"renewal": "soon", "dates": "custom", "from": "yesterday", "as_of": "2025-13-01", "csm": ""}
    )
    assert filters == Filters(date_preset="all")


def test_a_single_value_and_a_reversed_custom_range_are_understood():
    filters = from_query_params({"csm": "Dana", "dates": "custom", "from": "2025-03-01", "to": "2025-01-01"})
    assert filters.csms == ("Dana",)
    assert (filters.date_from, filters.date_to) == (dt.date(2025, 1, 1), dt.date(2025, 3, 1))


TRACKER = """
date,account,csm,tag
2025-01-05,Acme,Dana,proactive
2025-02-05,Acme,Dana,reactive
2025-03-05,Globex,Lee,proactive
2025-07-05,Globex,Lee,proactive
"""
ACCOUNTS = """
account,arr,segment,renewal_date
Acme,100000,Enterprise,2025-08-01
Globex,1000,SMB,2026-05-01
"""


def _count(ws, filters: Filters) -> int:
    scope = build_scope(ws, filters)
    sql = f"SELECT count(*) FROM engagements WHERE {scope.fact_filter()}"
    return ws.scalar(sql, scope.bind(sql))


def test_filters_select_the_expected_rows_on_a_tiny_database(make_ws):
    ws = make_ws(engagements=TRACKER, accounts=ACCOUNTS)
    assert _count(ws, Filters()) == 4
    assert _count(ws, Filters(csms=("DANA",))) == 2
    assert _count(ws, Filters(segments=("SMB",))) == 2
    # Acme renews 2025-08-01, 32 days after 2025-06-30; the July row is after the as-of date.
    assert _count(ws, Filters(renewal_window="60", as_of=AS_OF)) == 2
    assert _count(ws, Filters(as_of=AS_OF)) == 3
    # Two-account tiers at quantile 10/30/60: Acme is Tier 1, Globex the lowest tier.
    assert _count(ws, Filters(tiers=("Tier 1",))) == 2


def test_a_filter_that_leaves_nothing_returns_no_rows_not_an_error(make_ws):
    ws = make_ws(engagements=TRACKER, accounts=ACCOUNTS)
    assert _count(ws, Filters(csms=("Dana",), segments=("SMB",))) == 0
