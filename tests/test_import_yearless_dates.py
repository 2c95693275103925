"""A month name and a number without a year: a day or a two-digit year, as the whole column says.

"Mai 12" alone could be 12 May or May 2012; beside "Juni 3" it is a day. A day without a year
takes the file's year, else the latest year that does not put it after the day of the import.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing.parse import latest_on_or_before, numbers_are_days, plan_dates

AS_OF = dt.date(2026, 3, 31)


@pytest.mark.parametrize(
    "values, days",
    [
        (["Mai 12", "Juni 3"], True),  # "3" has one digit: no year is written so
        (["May 12", "May 14", "June 20"], True),  # three years, not in a row
        (["mars 12", "avril 15"], True),  # two years three apart
        (["Jan 25", "Feb 25", "Mar 25"], False),  # one year: a monthly series of 2025
        (["Dez 24", "Jan 25", "Feb 25"], False),  # two years in a row
        (["Jan 99", "Feb 05"], False),  # 99 can only be a year
    ],
)
def test_the_numbers_after_the_month_names_are_days_or_years_by_the_whole_column(values, days):
    assert numbers_are_days([v.split()[1] for v in values], mixed_with_days=False) is days


def test_a_column_that_also_writes_the_day_first_writes_days():
    # "Jan 25" and "Feb 25" alone are months of 2025; beside "3. März" they are days.
    assert numbers_are_days(["25", "25"], mixed_with_days=True)
    plan = plan_dates(["Jan 25", "Feb 25", "3. März"], False, None, "MDY", as_of=AS_OF)
    assert plan.lookup["Jan 25"][0] == dt.date(2026, 1, 25)
    assert plan.lookup["3. März"][0] == dt.date(2026, 3, 3)


def test_days_without_a_year_take_the_latest_year_not_after_the_as_of_day():
    # On 31 March 2026: 12 May and 3 June are last year's, 15 January and 31 March this year's.
    plan = plan_dates(["Mai 12", "Juni 3", "Jan 15", "März 31"], False, None, "DMY", as_of=AS_OF)
    assert {v: plan.lookup[v][0] for v in plan.yearless} == {
        "Mai 12": dt.date(2025, 5, 12),
        "Juni 3": dt.date(2025, 6, 3),
        "Jan 15": dt.date(2026, 1, 15),
        "März 31": dt.date(2026, 3, 31),
    }
    assert plan.assumed_up_to == AS_OF and not plan.month_year_values


def test_the_files_year_comes_before_an_assumed_one():
    plan = plan_dates(["Mai 12", "Juni 3"], False, None, "DMY", year=2024, as_of=AS_OF)
    assert plan.lookup["Mai 12"][0] == dt.date(2024, 5, 12) and plan.assumed_up_to is None


def test_a_monthly_series_stays_month_year_and_never_takes_a_day():
    plan = plan_dates(["Jan 25", "Feb 25", "Mar 25"], False, None, "MDY", as_of=AS_OF)
    assert plan.lookup["Feb 25"] == (dt.date(2025, 2, 1), "en", True)
    assert not plan.yearless


def test_without_an_as_of_day_a_day_without_a_year_is_left_unread():
    plan = plan_dates(["Mai 12", "Juni 3"], False, None, "DMY")
    assert plan.lookup == {}


def test_29_february_takes_the_latest_leap_year():
    assert latest_on_or_before(AS_OF, 2, 29) == dt.date(2024, 2, 29)


def test_a_contact_log_with_days_without_a_year_loads_and_says_the_year_assumed(load):
    text = "Datum;Kunde;CSM;Art;Dauer\nMai 12;Acme;Anna;Proaktiv;30\nJuni 3;Beta;Ben;Reaktiv;45\n"
    r = load("kontakte.csv", data=text.encode("utf-8"))
    today = dt.date.today()
    expected = [(latest_on_or_before(today, 5, 12),), (latest_on_or_before(today, 6, 3),)]
    assert load.rows(r, "date") == expected
    said = next(c for c in r.conversions if c.key == "date:yearless")
    assert "assumed" in said.text and str(expected[0][0].year) in said.text
    assert not any(c.key == "date:month_year" for c in r.conversions)


def test_a_title_year_gives_the_days_their_year(load):
    text = "Kontakte 2024\nDatum;Kunde;CSM;Art\nMay 12;Acme;Anna;Proaktiv\nJune 3;Beta;Ben;Reaktiv\n"
    r = load("kontakte.csv", data=text.encode("utf-8"))
    assert load.rows(r, "date") == [(dt.date(2024, 5, 12),), (dt.date(2024, 6, 3),)]


def test_a_month_alone_takes_no_assumed_year():
    # "März" names a month, not a day: without a year anywhere it is left unread (and rejected).
    plan = plan_dates(["März", "April"], False, None, "DMY", as_of=AS_OF)
    assert plan.lookup == {} and plan.assumed_up_to is None
