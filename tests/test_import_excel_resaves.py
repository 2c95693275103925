"""A SaaS data set's files load the same numbers after a spreadsheet has saved them again.

Copies of public data sets travel re-saved through Excel: a UTF-8 byte-order mark, US dates
(m/d/yyyy), TRUE/FALSE for Python's True/False, or European dates (d/m/yyyy). The files here are
made up, in the column shapes of a multi-table SaaS data set (subscriptions, accounts, tickets);
each form must load the same rows with the same values as the original ISO form.
"""

from __future__ import annotations

import datetime as dt

import pytest

# (id, account, start, end or None, plan, seats, mrr, churned, billing)
SUBSCRIPTIONS = [
    ("S-001", "A-100", dt.date(2024, 1, 15), dt.date(2024, 6, 30), "Pro", 12, 240, True, "monthly"),
    ("S-002", "A-101", dt.date(2023, 11, 3), None, "Basic", 5, 95, False, "annual"),
    ("S-003", "A-102", dt.date(2024, 2, 28), None, "Enterprise", 40, 1800, False, "monthly"),
    ("S-004", "A-103", dt.date(2023, 7, 19), dt.date(2024, 12, 1), "Pro", 9, 180, True, "annual"),
]

# (id, name, industry, signup, seats, trial, churned)
ACCOUNTS = [
    ("A-100", "Company_A", "FinTech", dt.date(2023, 4, 21), 12, False, True),
    ("A-101", "Company_B", "EdTech", dt.date(2024, 9, 5), 5, True, False),
    ("A-102", "Company_C", "HealthTech", dt.date(2022, 12, 13), 40, False, False),
]

# (id, account, submitted, closed, priority, escalated)
TICKETS = [
    ("T-01", "A-100", dt.datetime(2024, 3, 4, 9, 0), dt.datetime(2024, 3, 5, 17, 30), "high", True),
    ("T-02", "A-101", dt.datetime(2024, 5, 20, 14, 0), dt.datetime(2024, 5, 20, 16, 0), "low", False),
    ("T-03", "A-102", dt.datetime(2024, 8, 13, 8, 15), dt.datetime(2024, 8, 16, 10, 0), "medium", False),
]


def _date(value: dt.date | None, form: str) -> str:
    if value is None:
        return ""
    if form == "iso":
        return value.isoformat()
    if form == "us":
        return f"{value.month}/{value.day}/{value.year}"
    return f"{value.day}/{value.month}/{value.year}"


def _time(value: dt.datetime, form: str) -> str:
    if form == "iso":
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return f"{_date(value.date(), form)} {value.hour}:{value.minute:02d}"


def _flag(value: bool, form: str) -> str:
    return ("True" if value else "False") if form == "iso" else ("TRUE" if value else "FALSE")


def _encode(lines: list[str], form: str) -> bytes:
    text = "\r\n".join(lines) + "\r\n"
    return text.encode("utf-8-sig" if form == "us" else "utf-8")


def _subscriptions(form: str) -> bytes:
    lines = [
        "subscription_id,account_id,start_date,end_date,plan_tier,seats,mrr_amount,arr_amount,"
        "is_trial,upgrade_flag,downgrade_flag,churn_flag,billing_frequency,auto_renew_flag"
    ]
    for sid, account, start, end, plan, seats, mrr, churned, billing in SUBSCRIPTIONS:
        no, yes = _flag(False, form), _flag(True, form)
        lines.append(
            f"{sid},{account},{_date(start, form)},{_date(end, form)},{plan},{seats},{mrr},{mrr * 12},"
            f"{no},{no},{no},{_flag(churned, form)},{billing},{yes}"
        )
    return _encode(lines, form)


def _accounts(form: str) -> bytes:
    lines = [
        "account_id,account_name,industry,country,signup_date,referral_source,plan_tier,seats,is_trial,churn_flag"
    ]
    for aid, name, industry, signup, seats, trial, churned in ACCOUNTS:
        lines.append(
            f"{aid},{name},{industry},US,{_date(signup, form)},partner,Pro,{seats},"
            f"{_flag(trial, form)},{_flag(churned, form)}"
        )
    return _encode(lines, form)


def _tickets(form: str) -> bytes:
    lines = [
        "ticket_id,account_id,submitted_at,closed_at,resolution_time_hours,priority,"
        "first_response_time_minutes,satisfaction_score,escalation_flag"
    ]
    for tid, account, submitted, closed, priority, escalated in TICKETS:
        hours = round((closed - submitted).total_seconds() / 3600, 1)
        lines.append(
            f"{tid},{account},{_time(submitted, form)},{_time(closed, form)},{hours},{priority},30,4,"
            f"{_flag(escalated, form)}"
        )
    return _encode(lines, form)


FORMS = ["iso", "us", "eu"]


@pytest.mark.parametrize("form", FORMS)
def test_subscriptions_load_the_same_arr_dates_and_churn_in_every_form(load, form):
    r = load("subscriptions.csv", data=_subscriptions(form))
    assert r.table == "accounts", r.error
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (4, 4, 0)
    rows = load.rows(r, "account", "subscribed_on", "renewal_date", "seats_purchased", "arr", "status")
    assert rows == [
        ("A-100", dt.date(2024, 1, 15), dt.date(2024, 6, 30), 12, 2880.0, "churned"),
        ("A-101", dt.date(2023, 11, 3), None, 5, 1140.0, "active"),
        ("A-102", dt.date(2024, 2, 28), None, 40, 21600.0, "active"),
        ("A-103", dt.date(2023, 7, 19), dt.date(2024, 12, 1), 9, 2160.0, "churned"),
    ]


@pytest.mark.parametrize("form", FORMS)
def test_accounts_load_the_same_signups_seats_and_churn_in_every_form(load, form):
    r = load("accounts.csv", data=_accounts(form))
    assert r.table == "accounts", r.error
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (3, 3, 0)
    rows = load.rows(r, "account", "segment", "subscribed_on", "seats_purchased", "status")
    assert rows == [
        ("Company_A", "FinTech", dt.date(2023, 4, 21), 12, "churned"),
        ("Company_B", "EdTech", dt.date(2024, 9, 5), 5, "active"),
        ("Company_C", "HealthTech", dt.date(2022, 12, 13), 40, "active"),
    ]


@pytest.mark.parametrize("form", FORMS)
def test_tickets_load_the_same_times_and_escalations_in_every_form(load, form):
    r = load("support_tickets.csv", data=_tickets(form))
    assert r.table == "tickets", r.error
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (3, 3, 0)
    rows = load.rows(r, "ticket_id", "account", "opened_at", "closed_at", "priority", "escalated")
    assert rows == [(t[0], t[1], t[2], t[3], t[4], t[5]) for t in TICKETS]
