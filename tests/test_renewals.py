"""Renewal windows: inclusive day boundaries, overdue only for customers, missing dates listed."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.metrics import renewals
from cs_dash.scope import Scope
from cs_dash.settings import Settings, TierSettings
from tests.conftest import load_tables

AS_OF = dt.date(2025, 1, 1)
FILTERS = Scope(as_of=AS_OF)

# Days from 2025-01-01: Day0 0, Day30 30, Day31 31, Day365 365, Day366 366, Late -1.
ACCOUNTS = """
account,arr,csm,renewal_date,status,churned_on
Day0,1000,Dana,2025-01-01,active,
Day30,2000,Dana,2025-01-31,active,
Day31,4000,Lee,2025-02-01,active,
Day365,8000,Lee,2026-01-01,active,
Day366,16000,Lee,2026-01-02,active,
Late,32000,Dana,2024-12-31,active,
Gone,64000,Dana,2024-12-01,churned,2024-11-15
NoDate,128000,Lee,,active,
"""

ENGAGEMENTS = """
date,account,csm,tag
2024-12-10,Day0,Dana,proactive
2024-12-20,Day0,Dana,reactive
2025-01-05,Day0,Dana,proactive
2024-11-01,Late,Dana,proactive
"""


@pytest.fixture
def book(make_ws):
    return make_ws(accounts=ACCOUNTS, engagements=ENGAGEMENTS)


def test_windows_count_from_day_0_to_day_n_inclusive_and_overdue_only_for_customers(book):
    got = {r["window"]: (r["accounts"], r["arr"]) for r in renewals.summary_section(book, FILTERS)}
    assert got == {
        "overdue": (1, 32000.0),  # Late; Gone churned before its date so it is not overdue
        "30": (2, 3000.0),  # Day0 + Day30; Day31 is outside
        "60": (3, 7000.0),  # + Day31
        "90": (3, 7000.0),
        "180": (3, 7000.0),
        "365": (4, 15000.0),  # + Day365; Day366 is outside
    }


def test_the_table_shows_days_left_health_owner_and_last_proactive_touch(book):
    table = renewals.renewal_table(book, FILTERS).set_index("account")
    assert table.loc["Day31", "days_left"] == 31
    assert table.loc["Late", "days_left"] == -1
    assert table.loc["Day31", "owner_csm"] == "Lee"
    # The 2025-01-05 touch is after the as-of date, so the last one is 2024-12-10.
    assert table.loc["Day0", "last_proactive_touch"].date() == dt.date(2024, 12, 10)
    assert table.loc["Day0", "band"] in {"Healthy", "Watch", "At risk"}
    assert "Gone" not in table.index
    assert list(table.index)[-1] == "NoDate"  # accounts without a date come last, not dropped


def test_accounts_without_a_renewal_date_are_counted_and_listed(book):
    missing = renewals.without_date(book, FILTERS)
    assert missing["account"].tolist() == ["NoDate"]
    assert missing["arr"].tolist() == [128000.0]


def test_filters_select_the_accounts_in_the_windows(book):
    lee = Scope(as_of=AS_OF, csms=("Lee",))
    got = {r["window"]: r["accounts"] for r in renewals.summary_section(book, lee)}
    assert got == {"overdue": 0, "30": 0, "60": 1, "90": 1, "180": 1, "365": 2}


def test_the_timeline_puts_overdue_first_then_months_within_the_year(book):
    tl = renewals.timeline(book, FILTERS)
    assert tl["overdue"].tolist()[0]
    per_month = tl[~tl["overdue"]].groupby("month")["arr"].sum()
    # Day0 and Day30 in January 2025 (split by band), Day31 in February, Day365 in January 2026;
    # Day366 is beyond the year.
    assert [m.date() for m in per_month.index] == [
        dt.date(2025, 1, 1),
        dt.date(2025, 2, 1),
        dt.date(2026, 1, 1),
    ]
    assert per_month.tolist() == [3000.0, 4000.0, 8000.0]


def test_the_rows_kept_for_one_view_are_not_reused_for_another_view_day_settings_or_data(book):
    everyone = renewals.renewal_table(book, FILTERS)
    assert set(everyone["account"]) == {"Day0", "Day30", "Day31", "Day365", "Day366", "Late", "NoDate"}
    later = renewals.renewal_table(book, FILTERS, as_of=dt.date(2025, 1, 10)).set_index("account")
    assert later.loc["Day31", "days_left"] == 22
    assert later.loc["Day0", "last_proactive_touch"].date() == dt.date(2025, 1, 5)  # now on or before the day

    lee = Scope(as_of=AS_OF, csms=("Lee",))
    assert set(renewals.renewal_table(book, lee)["account"]) == {"Day31", "Day365", "Day366", "NoDate"}
    assert renewals.windows(book, lee).set_index("window").loc["365", "accounts"] == 2

    book.set_settings(Settings(tiers=TierSettings(names=["Gold", "Silver", "Bronze"])))
    assert set(renewals.renewal_table(book, FILTERS)["tier"]) == {"Gold", "Silver", "Bronze"}

    load_tables(book, engagements="date,account,csm,tag\n2024-12-30,Day31,Lee,proactive")
    table = renewals.renewal_table(book, FILTERS).set_index("account")
    assert table.loc["Day31", "last_proactive_touch"].date() == dt.date(2024, 12, 30)
