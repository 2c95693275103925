"""A subscription's price per billing period, with the period in a column of its own, and when it began.

Billing systems write the price of one period ("Price" 300) and, beside it, how long the period
is: a count of months ("Billing Period (Months)" 3), or words ("Interval" month / year). The
annual figure is price × 12 / months. The first billing or first invoice date is when the
customer subscribed. Every expected number is worked out by hand from the rows of its test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing import ImportOptions
from cs_dash.importing.conversions import interval_per_year


def _accounts(load, text):
    return load("subscriptions.csv", ImportOptions(table="accounts"), data=text.encode("utf-8"))


def _keys(result):
    return [c.key for c in result.conversions]


@pytest.mark.parametrize(
    ("header", "value", "times"),
    [
        ("Billing Period (Months)", "1", 12),
        ("Billing Period (Months)", "3", 4),
        ("Billing Period (Months)", "12", 1),
        ("interval_weeks", "2", 26),
        ("Abrechnungsintervall (Monate)", "6", 2),
        ("Billing Cycle", "Monthly", 12),
        ("Interval", "year", 1),
        ("Billing Period", "3", None),  # a count without a unit says nothing
        ("Billing Period (Months)", "0", None),
        ("Billing Period (Months)", "three", None),
        ("Period (months and years)", "3", None),  # two units: which one is unknown
    ],
)
def test_an_intervals_count_is_read_in_the_unit_its_header_names(header, value, times):
    assert interval_per_year(header, value) == times


@pytest.mark.parametrize(
    "months_header", ["Billing Period (Months)", "billing_interval_months", "Billing cycle in months"]
)
def test_prices_for_monthly_quarterly_and_yearly_periods_become_arr(load, months_header):
    text = (
        f"Customer Company,Plan ID,Price,{months_header}\n"
        "Acme,plan-monthly,100,1\nGlobex,plan-quarterly,300,3\nInitech,plan-yearly,1200,12\n"
    )
    r = _accounts(load, text)
    assert r.mapping["Price"] == "arr" and _keys(r) == ["arr:per_interval"]
    # 100 × 12 / 1, 300 × 12 / 3, 1200 × 12 / 12.
    assert load.rows(r, "account", "arr") == [("Acme", 1200.0), ("Globex", 1200.0), ("Initech", 1200.0)]


def test_yearly_plans_stay_as_they_are_and_are_not_assumed_monthly(load):
    text = "Customer Company,Plan ID,Price,Billing Period (Months)\nAcme,plan-annual,1200,12\nGlobex,plan-annual,600,12\n"
    r = _accounts(load, text)
    assert _keys(r) == []
    assert load.rows(r, "account", "arr") == [("Acme", 1200.0), ("Globex", 600.0)]


@pytest.mark.parametrize(
    ("interval_header", "monthly", "yearly"),
    [
        ("Interval", "month", "year"),
        ("Billing Cycle", "Monthly", "Annually"),
        ("billing_interval", "1 month", "12 months"),
    ],
)
def test_an_interval_in_words_annualises_the_price_the_same_way(load, interval_header, monthly, yearly):
    text = f"Customer Company,Plan ID,Price,{interval_header}\nAcme,basic,100,{monthly}\nGlobex,pro,1000,{yearly}\n"
    r = _accounts(load, text)
    assert load.rows(r, "account", "arr") == [("Acme", 1200.0), ("Globex", 1000.0)]  # 100 × 12, 1000 × 1


@pytest.mark.parametrize(
    "header", ["First Billing Date", "first_invoice_date", "Billing Start Date", "First charged at"]
)
def test_the_first_billing_date_is_when_the_customer_subscribed(load, header):
    text = f"Customer Company,Status,{header}\nAcme,Active,2023-02-13\nGlobex,Canceled,2024-03-25\n"
    r = _accounts(load, text)
    assert r.mapping[header] == "subscribed_on"
    assert load.rows(r, "account", "subscribed_on") == [
        ("Acme", dt.date(2023, 2, 13)),
        ("Globex", dt.date(2024, 3, 25)),
    ]
