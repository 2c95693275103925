"""Content evidence for files whose headers say nothing: plan items, usage counts, amounts, kinds.

Every file below has headers ``col1..colN``; the answers were worked out by hand from its rows,
and each rule is shown with variations that must not be read the same way.
"""

from __future__ import annotations

import pytest

from cs_dash.importing import content_fill, evidence
from cs_dash.schema import TABLES
from tests.export_judge import load_text


def _csv(rows: list[tuple[str, ...]]) -> str:
    width = len(rows[0])
    lines = [",".join(f"col{n}" for n in range(1, width + 1))]
    lines += [",".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def _only(table: str, column: str, values: list[str]) -> float:
    return evidence.content_only(table, TABLES[table].column(column), evidence.profile(values))[0]


# ------------------------------------------------------------------------------ a plan's items
ITEMS = {
    "english": ["Reduce onboarding time", "Quarterly business review", "Security review pending"],
    # Title case: "Security Review Pending" alone reads as a person's name; the others have
    # digits or small words a name lacks.
    "title case": [
        "Reduce Onboarding Time to 30 Days",
        "Plan the Quarterly Review",
        "Security Review Pending",
    ],
    "german": ["Onboarding verkürzen", "Quartalsgespräch planen", "Sicherheitsprüfung offen"],
    "french": ["Réduire le temps d'onboarding", "Revue trimestrielle", "Audit de sécurité en attente"],
}


@pytest.mark.parametrize("language", ITEMS)
def test_titles_of_several_words_are_a_plans_items(ws, language):
    goal, step, blocker = ITEMS[language]
    rows = [
        ("Acme Corp", goal, "Goal", "Open"),
        ("Globex GmbH", step, "Step", "Done"),
        ("Initech Inc", blocker, "Blocker", "Open"),
        ("Acme Corp", step, "Step", "In progress"),
    ]
    result, loaded = load_text(ws, "board.csv", _csv(rows))
    assert result.table == "plans"
    assert result.mapping["col2"] == "item"
    assert sorted(r["item"] for r in loaded) == sorted([goal, step, blocker, step])


@pytest.mark.parametrize(
    "values",
    [
        ["Customer success plans"] * 6,  # a project's name on every row says nothing row by row
        ["Acme Corp", "Globex GmbH", "Initech Inc", "Hooli Labs"],  # companies
        ["Priya Raman", "Dana Lee", "Sam Ortiz", "Ana de la Cruz"],  # people
        ["Open", "In progress", "Done", "On hold"],  # statuses
        ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"],  # periods, mostly digits
        ["Goal", "Next step", "Blocker", "Next step"],  # the kinds themselves
    ],
)
def test_other_text_is_no_item(values):
    assert _only("plans", "item", values) == 0.0


def test_titles_are_items_of_plans_only():
    titles = ITEMS["english"]
    assert _only("plans", "item", titles) > 0
    assert all(_only(t, c.name, titles) == 0.0 for t in TABLES for c in TABLES[t].columns if t != "plans")


# ------------------------------------------------------------------------------ usage counts
WEEKS = ["2025-01-06", "2025-01-13", "2025-01-20"]
ACCOUNTS = ["Acme Corp", "Globex GmbH", "Initech Inc"]
USERS = [[12, 14, 9], [30, 28, 31], [5, 7, 6]]  # 12+14+9+30+28+31+5+7+6 = 142
EVENTS = [[340, 410, 205], [1200, 990, 1305], [88, 130, 97]]  # sum 4765


def _usage(events_first: bool) -> str:
    rows = []
    for a, account in enumerate(ACCOUNTS):
        for w, week in enumerate(WEEKS):
            users, events = str(USERS[a][w]), str(EVENTS[a][w])
            counts = (events, users) if events_first else (users, events)
            rows.append((week, account, *counts))
    return _csv(rows)


@pytest.mark.parametrize("events_first", [False, True])
def test_a_weekly_usage_file_takes_its_counts_from_the_values(ws, events_first):
    result, rows = load_text(ws, "weekly.csv", _usage(events_first))
    assert result.table == "usage"
    users, events = ("col4", "col3") if events_first else ("col3", "col4")
    assert result.mapping[users] == "active_users"
    assert result.mapping[events] == "events"
    assert sum(r["active_users"] for r in rows) == 142
    assert sum(r["events"] for r in rows) == 4765


def test_a_lone_count_in_a_usage_file_is_its_events_and_the_table_is_asked(ws):
    # One column of numbers beside a date and an account says too little to load without asking.
    rows = [(w, a, str(EVENTS[i][j])) for i, a in enumerate(ACCOUNTS) for j, w in enumerate(WEEKS)]
    result = ws.add_file("weekly.csv", _csv(rows).encode())
    assert result.table == "usage"
    assert result.mapping["col3"] == "events"
    assert result.needs_table_choice


def test_counts_beside_dates_that_do_not_repeat_are_no_usage(ws):
    # One row per meeting, each on its own day: whole numbers here are minutes or seats, not usage.
    days = [f"2025-03-{d:02d}" for d in (3, 4, 5, 6, 7, 10, 11, 12, 13)]
    rows = [(day, ACCOUNTS[i % 3], str(20 + 5 * i)) for i, day in enumerate(days)]
    result = ws.add_file("log.csv", _csv(rows).encode())
    assert result.table != "usage" or not result.ok


@pytest.mark.parametrize(
    "values",
    [
        ["0", "1", "1", "0"],  # yes/no
        ["1700000000", "1700003600", "1700007200"],  # epoch seconds
        ["1200.00", "980.50", "44.25"],  # money
        ["0", "0", "0", "0"],  # nothing counted
    ],
)
def test_other_numbers_are_no_counts(values):
    assert _only("usage", "events", values) == 0.0


# ------------------------------------------------------------------------------ money to the cent
@pytest.mark.parametrize(
    ("values", "money"),
    [
        (["4800.00", "3000.00", "-750.50"], 1.0),
        (["4800,00", "12000,00", "(750,00)"], 1.0),  # a decimal comma, a negative in brackets
        (["0.50", "1.25", "0.75"], 0.0),  # fractions of an hour
        (["12", "40", "7"], 0.0),  # counts
        (["4.5", "3.25", "12.1"], 0.0),  # not written to the cent
    ],
)
def test_amounts_written_to_the_cent_are_money(values, money):
    assert evidence.profile(values).money == money


def test_a_revenue_file_with_amounts_to_the_cent_loads_from_its_values(ws):
    rows = [
        ("Acme Corp", "INV-0001", "Upsell", "2024-01-21", "4800.00"),
        ("Globex GmbH", "INV-0002", "New subscription", "2024-02-28", "3000.00"),
        ("Initech Inc", "INV-0003", "Downgrade", "2024-03-10", "-750.50"),
        ("Hooli Labs", "INV-0004", "New subscription", "2024-03-12", "1200.00"),
    ]
    result, loaded = load_text(ws, "invoices.csv", _csv(rows))
    assert result.table == "revenue"
    assert result.mapping["col5"] == "amount"
    # A downgrade is kept as the size of the change, its kind saying which way it went.
    assert sum(r["amount"] for r in loaded) == pytest.approx(4800 + 3000 + 750.5 + 1200)


# ------------------------------------------------------------------------------ revenue kinds
@pytest.mark.parametrize(
    ("values", "speaks"),
    [
        (["New annual subscription", "Upsell to Pro", "Renewal 2025", "Churned customer"], True),
        (["Q2 2025 renewals", "Q3 2025 renewals", "Q4 2025 renewals"], False),  # one kind only
        (["Renewals due in May", "Renewals due in June"], False),
    ],
)
def test_kinds_inside_longer_text_speak_only_when_rows_differ(values, speaks):
    assert (_only("revenue", "kind", values) > 0) is speaks


def test_a_renewal_tracker_with_sections_is_no_revenue_file(ws):
    text = (
        "col1,col2,col3,col4\n"
        "Q2 2025 renewals,,,\n"
        'Acme Corp,Dana Lee,"$18,000",05/01/25\n'
        'Globex GmbH,Sam Ortiz,"$13,200",05/14/25\n'
        "Q3 2025 renewals,,,\n"
        'Initech Inc,Dana Lee,"$9,600",07/02/25\n'
        'Hooli Labs,Sam Ortiz,"$21,000",08/19/25\n'
    )
    result = ws.add_file("tracker.csv", text.encode())
    assert result.table != "revenue" or not result.ok


# ------------------------------------------------------------------------------ rates and contract values
@pytest.mark.parametrize(
    "rates",
    [
        ["92.00", "76.50", "105.00"],
        ['"€ 92,00"', '"€ 76,50"', '"€ 105,00"'],  # a euro sign and a decimal comma
        ["$92.00", "$76.50", "$105.00"],
    ],
)
def test_money_the_size_of_an_hourly_rate_beside_people_is_a_team_file(ws, rates):
    rows = [(name, rate) for name, rate in zip(["Priya Raman", "Dana Lee", "Sam Ortiz"], rates, strict=True)]
    result, loaded = load_text(ws, "people.csv", _csv(rows))
    assert result.table == "team"
    assert result.mapping["col2"] == "hourly_rate"
    assert sum(r["hourly_rate"] for r in loaded) == pytest.approx(92 + 76.5 + 105)


@pytest.mark.parametrize(
    ("values", "rate"),
    [
        (["92.00", "76.50", "105.00"], True),
        (["85000.00", "92000.00", "78000.00"], False),  # a year's salary is no hourly rate
        (["2.00", "3.50", "1.00"], False),  # too little for an hour of work
    ],
)
def test_an_hourly_rate_is_money_of_an_hours_size(values, rate):
    assert (_only("team", "hourly_rate", values) > 0) is rate


@pytest.mark.parametrize(
    ("values", "arr"),
    [
        (["10800", "4200", "39600", "12000"], True),
        (["10800.00", "4200.00", "39600.00"], True),  # money to the cent says it too
        (["120", "45", "300", "80"], False),  # seats
        (["40100", "40101", "40102", "40103"], False),  # a counter
        (["10873", "4291", "39617", "12004"], False),  # not round: could be anything
    ],
)
def test_round_thousands_in_a_list_of_accounts_are_its_arr(values, arr):
    assert (_only("accounts", "arr", values) > 0) is arr


def test_a_list_of_accounts_with_plain_round_amounts_loads_its_arr(ws):
    rows = [
        ("Acme Corp", "Dana Lee", "10800", "2025-07-14"),
        ("Globex GmbH", "Sam Ortiz", "4200", "2025-09-01"),
        ("Initech Inc", "Dana Lee", "39600", "2026-01-20"),
        ("Hooli Labs", "Sam Ortiz", "12000", "2025-11-30"),
    ]
    result, loaded = load_text(ws, "accounts.csv", _csv(rows))
    assert result.table == "accounts"
    assert result.mapping["col3"] == "arr"
    assert sum(r["arr"] for r in loaded) == 10800 + 4200 + 39600 + 12000


@pytest.mark.parametrize(
    ("values", "amount"),
    [
        (["4800", "3000", "-12000", "6000"], True),  # signed changes of contract value
        (["9000", "6000", "24000"], True),
        (["4", "12", "-3", "7"], False),  # seats added or removed
        (["20240118", "20240308", "20240310"], False),  # dates written as numbers are days
    ],
)
def test_round_thousands_in_a_revenue_file_are_its_amounts(values, amount):
    assert (_only("revenue", "amount", values) > 0) is amount


def test_a_revenue_bridge_with_plain_round_amounts_loads_from_its_values(ws):
    rows = [
        ("Acme Corp", "2024-02-01", "New", "4800"),
        ("Globex GmbH", "2024-02-01", "Expansion", "12000"),
        ("Initech Inc", "2024-03-01", "Churn", "-3000"),
        ("Hooli Labs", "2024-03-01", "Renewal", "6000"),
    ]
    result, loaded = load_text(ws, "bridge.csv", _csv(rows))
    assert result.table == "revenue"
    assert result.mapping["col4"] == "amount"
    assert sum(r["amount"] for r in loaded) == 4800 + 12000 + 3000 + 6000
    # The values cannot say whether they are a month's or a year's: the user is told to check.
    assert any(w.startswith("col4 was read as amount") and "MRR" in w for w in result.warnings)


def test_an_amount_a_header_names_brings_no_warning_about_values(ws):
    text = "Account,Date,Kind,Amount\nAcme Corp,2024-02-01,New,4800\nGlobex GmbH,2024-02-01,Expansion,12000\n"
    result, _ = load_text(ws, "bridge.csv", text)
    assert result.mapping["Amount"] == "amount"
    assert not any("from its values alone" in w for w in result.warnings)


# ------------------------------------------------------------------------------ Excel day numbers
@pytest.mark.parametrize(
    ("values", "dates"),
    [
        (["45662", "45670", "45701", "45688", "45699"], 1.0),  # days in 2025
        (["45662.5", "45670.25", "45701.75"], 1.0),  # with a time of day
        (["40100", "40101", "40102", "40103", "40104", "40105"], 0.0),  # a record counter
        (["39600", "30000", "10800", "42000"], 0.0),  # round amounts
        (["45662", "45663", "45664"], 1.0),  # three days in a row are too few to be a counter
    ],
)
def test_five_digit_numbers_are_days_unless_they_count_up_or_are_round(values, dates):
    assert evidence.profile(values).date == dates


# ------------------------------------------------------------------------------ a ticket's opening
def test_a_tickets_opening_is_its_earliest_date_not_its_due_date(ws):
    # Due 1 day after creation, created first on every row; values alone first took the due date.
    rows = [
        ("1011", "2024-09-09 09:27", "2024-09-08 09:27", "Acme Corp"),
        ("1009", "2024-10-12 11:41", "2024-10-11 11:41", "Globex GmbH"),
        ("1012", "2024-11-03 08:00", "2024-11-02 08:00", "Initech Inc"),
        ("1015", "2024-11-20 16:10", "2024-11-19 16:10", "Hooli Labs"),
    ]
    result, loaded = load_text(ws, "tickets.csv", _csv(rows))
    assert result.table == "tickets"
    assert result.mapping["col3"] == "opened_at"
    assert sorted(str(r["opened_at"])[:10] for r in loaded) == [
        "2024-09-08",
        "2024-10-11",
        "2024-11-02",
        "2024-11-19",
    ]


def test_dates_in_no_order_leave_the_opening_as_it_was():
    headers, taken = ["col1", "col2", "col3"], {"col2": "opened_at"}
    mixed = [
        ("1", "2024-09-09", "2024-09-08"),
        ("2", "2024-10-10", "2024-10-11"),  # col3 after col2 here: neither is always first
        ("3", "2024-11-03", "2024-11-02"),
        ("4", "2024-11-20", "2024-11-21"),
    ]
    assert content_fill.earliest_opening("tickets", headers, ["col3"], taken, mixed) is None
    first = [(n, later, earlier) for n, earlier, later in [("1", "2024-09-08", "2024-09-09")] * 2]
    first += [("3", "2024-11-03", "2024-11-02"), ("4", "2024-11-21", "2024-11-20")]
    assert content_fill.earliest_opening("tickets", headers, ["col3"], taken, first) == "col3"
    assert content_fill.earliest_opening("engagements", headers, ["col3"], taken, first) is None


# ------------------------------------------------------------------------------ asked, not refused
def test_a_file_of_silent_headers_that_the_values_fill_weakly_is_asked_about(ws):
    # An id, a company, two people, a date: the values fill accounts and tickets alike, weakly.
    rows = [
        ("892195179", "Acme Corp", "Greg Holt", "Dana Lee", "2022-12-16 09:12"),
        ("268907062", "Globex GmbH", "Nadia Petrova", "Sam Ortiz", "2021-12-17 09:12"),
        ("932088477", "Initech Inc", "Greg Holt", "Dana Lee", "2022-01-29 09:12"),
        ("310554120", "Hooli Labs", "Nadia Petrova", "Sam Ortiz", "2023-04-02 09:12"),
    ]
    result = ws.add_file("organisations.csv", _csv(rows).encode())
    assert not result.ok
    assert result.needs_table_choice
    assert "waits for you to choose its table" in result.error


def test_named_headers_the_values_do_not_fill_are_still_no_table(ws):
    text = "Fruit,Colour\nApple,Red\nBanana,Yellow\nPear,Green\n"
    result = ws.add_file("fruit.csv", text.encode())
    assert not result.ok and not result.needs_table_choice
    assert "does not look like any table" in result.error
