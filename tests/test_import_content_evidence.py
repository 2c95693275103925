"""Content evidence where headers say nothing: the rest of the row tells a column apart.

Each rule is shown on a tiny file whose headers name nothing (``col1..colN``, or words in a
language the vocabulary lacks), with the answer worked out by hand, and on variations that must
not be read the same way.
"""

from __future__ import annotations

import pytest

from cs_dash.importing import content_fill, parse
from cs_dash.importing.result import ImportOptions
from tests.export_judge import load_text, loaded_rows

# An engagement log: date, account, CSM, tag and a fifth column that the cases below vary.
ENGAGEMENT_ROWS = [
    ("2025-03-03", "Acme Corp", "Dana Lee", "Proactive"),
    ("2025-03-05", "Globex GmbH", "Sam Ortiz", "Reactive"),
    ("2025-03-10", "Initech Inc", "Dana Lee", "Proactive"),
    ("2025-03-12", "Acme Corp", "Sam Ortiz", "Reactive"),
]


def _engagements(fifth: list[str], headers: str = "col1,col2,col3,col4,col5") -> str:
    lines = [headers]
    lines += [",".join([*row, value]) for row, value in zip(ENGAGEMENT_ROWS, fifth, strict=True)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("values", "minutes"),
    [
        (["20", "60", "45", "15"], 140),  # minutes
        (["1200", "3600", "2700", "900"], 140),  # seconds: a median of 2,700 minutes is 45 hours
        (["1200000", "3600000", "2700000", "900000"], 140),  # milliseconds
        (['"0,50"', '"1,00"', '"0,75"', '"0,25"'], 150),  # quarter hours with a decimal comma
        (["0.5", "1.5", "0.25", "1"], 195),  # quarter hours
        (["26:13", "50:33", "44:38", "00:36"], 122),  # minutes:seconds (26:13 cannot be a time of day here)
        (["45m", "15m", "1h", "20m"], 140),  # text with units
    ],
)
def test_the_one_column_of_lengths_in_an_engagement_log_is_its_duration(ws, values, minutes):
    result, rows = load_text(ws, "log.csv", _engagements(values))
    assert result.table == "engagements"
    assert result.mapping.get("col5") == "duration_min"
    assert round(sum(r["duration_min"] for r in rows)) == minutes


def test_a_header_in_an_unknown_language_is_as_silent_as_col5(ws):
    text = _engagements(["20", "60", "45", "15"], "Datum,Kunde,Betreuer,Art,Kestus")
    result, rows = load_text(ws, "log.csv", text)
    assert result.mapping.get("Kestus") == "duration_min"
    assert sum(r["duration_min"] for r in rows) == 140


@pytest.mark.parametrize(
    "values",
    [
        ["3", "5", "4", "2"],  # a 1-5 rating
        ["09:30", "14:00", "10:15", "16:45"],  # times of day
        ["101", "102", "103", "104", "105", "106"],  # a row number counting up
        ["Call", "Email", "Meeting", "Call"],  # words
    ],
)
def test_values_that_are_no_lengths_are_no_duration(values):
    assert not content_fill.looks_like_durations(values)


def test_two_columns_of_lengths_are_no_reading_at_all(ws):
    rows = [",".join([*row, "20", "30"]) for row in ENGAGEMENT_ROWS]
    result, _ = load_text(ws, "log.csv", "\n".join(["col1,col2,col3,col4,col5,col6", *rows]) + "\n")
    assert "duration_min" not in result.mapping.values()


def test_a_header_naming_another_column_is_not_overruled(ws):
    result, _ = load_text(ws, "log.csv", _engagements(["20", "60", "45", "15"], "date,account,csm,tag,ARR"))
    assert result.mapping.get("ARR") != "duration_min"


def test_quarter_hours_are_hours_only_when_the_header_is_silent_about_the_unit():
    assert parse.duration_unit_evidence("", ["0.5", "1.25"])[0] == 60
    assert parse.duration_unit_evidence("minutes", ["0.5", "1.25"])[0] == 1
    assert parse.duration_unit_evidence("", ["0.5", "1.3"])[0] == 1  # not quarters
    assert parse.duration_unit_evidence("", ["15", "30"])[0] == 1  # whole numbers


# A ticket list: id, account, opened, priority, then the date columns the cases below vary.
TICKET_ROWS = [
    ("T-1001", "Acme Corp", "2025-03-03 09:00", "High"),
    ("T-1002", "Globex GmbH", "2025-03-04 10:30", "Low"),
    ("T-1003", "Initech Inc", "2025-03-05 11:00", "Normal"),
    ("T-1004", "Acme Corp", "2025-03-06 15:45", "Urgent"),
    ("T-1005", "Umbrella Ltd", "2025-03-07 08:15", "Low"),
]


def _tickets(*later: list[str]) -> str:
    headers = ["col1", "col2", "col3", "col4", *(f"col{5 + n}" for n in range(len(later)))]
    lines = [",".join(headers)]
    for i, row in enumerate(TICKET_ROWS):
        lines.append(",".join([*row, *(column[i] for column in later)]))
    return "\n".join(lines) + "\n"


def _load_tickets(ws, text: str):
    """The ticket list loaded as tickets, the table chosen as the user would on the Data page."""
    result = ws.add_file("list.csv", text.encode(), ImportOptions(table="tickets"))
    assert result.ok, result.error
    return result, loaded_rows(ws, "tickets", "list.csv")


CLOSED = ["2025-03-03 17:00", "2025-03-06 10:30", "", "2025-03-10 09:00", ""]


def test_the_date_never_before_the_opening_is_the_closing(ws):
    result, rows = _load_tickets(ws, _tickets(CLOSED))
    assert result.mapping.get("col3") == "opened_at"
    assert result.mapping.get("col5") == "closed_at"
    assert sum(r["closed_at"] is None for r in rows) == 2  # two tickets still open


def test_of_two_such_dates_the_earlier_is_the_closing_and_the_later_an_update(ws):
    updated = [
        "2025-03-04 08:00",
        "2025-03-07 10:30",
        "2025-03-05 12:00",
        "2025-03-11 09:00",
        "2025-03-08 08:15",
    ]
    result, _ = _load_tickets(ws, _tickets(updated, CLOSED))
    assert result.mapping.get("col6") == "closed_at"
    assert "col5" not in result.mapping


def test_a_date_before_the_opening_on_some_row_is_no_closing(ws):
    due = ["2025-03-02 17:00", "2025-03-06 10:30", "2025-03-06 11:00", "2025-03-10 09:00", "2025-03-08 08:15"]
    result, _ = _load_tickets(ws, _tickets(due))
    assert "closed_at" not in result.mapping.values()


def test_day_first_dates_are_compared_as_days_not_as_text():
    plan = content_fill._plan(["13.03.2025", "02.04.2025"])
    assert content_fill._day("02.04.2025 10:00", plan) == content_fill.dt.date(2025, 4, 2)
    assert content_fill._day("1741000000", plan) == content_fill.dt.date(2025, 3, 3)  # epoch seconds


# A list of accounts: name, ARR, then a date column the cases below vary.
ACCOUNT_ROWS = [
    ("Acme Corp", "96000"),
    ("Globex GmbH", "24000"),
    ("Initech Inc", "48000"),
    ("Umbrella Ltd", "12000"),
]


def _accounts(dates: list[str]) -> str:
    lines = ["col1,col2,col3"] + [",".join([*row, d]) for row, d in zip(ACCOUNT_ROWS, dates, strict=True)]
    return "\n".join(lines) + "\n"


def _load_accounts(ws, text: str, name: str = "list.csv"):
    result = ws.add_file(name, text.encode(), ImportOptions(table="accounts"))
    assert result.ok, result.error
    return result, loaded_rows(ws, "accounts", name)


@pytest.mark.parametrize(
    "dates",
    [
        ["2025-08-06", "2026-06-08", "2025-11-30", "2026-02-14"],
        ["06/08/2025", "08/06/2026", "30/11/2025", "14/02/2026"],  # day first
        ['"Aug 6, 2025"', '"Jun 8, 2026"', '"Nov 30, 2025"', '"Feb 14, 2026"'],
    ],
)
def test_dates_within_a_year_on_every_account_are_the_next_renewals(ws, dates):
    result, rows = _load_accounts(ws, _accounts(dates))
    assert result.mapping.get("col3") == "renewal_date"
    assert {str(r["renewal_date"]) for r in rows} == {"2025-08-06", "2026-06-08", "2025-11-30", "2026-02-14"}


def test_dates_spread_over_years_or_on_few_accounts_are_no_renewals(ws):
    signed = ["2019-03-01", "2021-07-15", "2023-01-10", "2024-09-30"]
    result, _ = _load_accounts(ws, _accounts(signed))
    assert "renewal_date" not in result.mapping.values()
    churned = ["2025-08-06", "", "", "2025-11-30"]  # churn dates: on a few accounts only
    result, _ = _load_accounts(ws, _accounts(churned), "other.csv")
    assert "renewal_date" not in result.mapping.values()
