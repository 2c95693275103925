"""Wide sheets with one column per numbered week ("KW 12", "S12", "Semana 12", "Wk 12").

Week n is the ISO week: it starts on the Monday of the week holding the year's first Thursday.
A header without a year takes the one year the lines above the header name, else the file name's.
"""

from __future__ import annotations

import datetime as D

import pytest

from cs_dash.importing.periods import parse_period, read_series
from cs_dash.workspace import Workspace
from tests.export_judge import loaded_rows

# Week 12 of 2025 starts on Monday 17 March 2025 (week 1 starts on 30 December 2024).
WEEK_12_2025 = D.date(2025, 3, 17)


def _first_day(header: str) -> D.date:
    """The first day of week-12 ``header`` read beside its week 13, under a title naming 2025."""
    series = read_series(["Account", header, header.replace("12", "13")], title="Report 2025")
    assert series is not None and series.grain == "week"
    return series.starts[0]


@pytest.mark.parametrize(
    "header",
    ["KW 12", "KW12", "KW12/2025", "KW 12/2025", "2025 KW 12", "S12", "Sem. 12", "Semana 12",
     "Semaine 12", "Settimana 12", "Woche 12", "Wk 12", "W12", "week 12", "Week 12, 2025", "cw12"],
)  # fmt: skip
def test_a_numbered_week_header_names_the_monday_of_that_iso_week(header):
    assert _first_day(header) == WEEK_12_2025


def test_week_one_of_a_year_can_start_in_the_year_before():
    period = parse_period("KW 1/2025")
    assert (period.year, period.month, period.day) == (2024, 12, 30)


@pytest.mark.parametrize("header", ["KW 54", "W0", "Week", "S", "KW 12/2025/1", "Swk 12"])
def test_what_is_no_week_number_names_no_period(header):
    assert parse_period(header) is None


def test_yearless_weeks_take_the_year_of_the_title_and_roll_over_into_the_next_year():
    series = read_series(["Kunde", "KW 52", "KW 1", "KW 2"], title="Nutzer je Woche 2024;;;")
    # Week 52 of 2024 starts on 23 Dec 2024; weeks 1 and 2 of 2025 on 30 Dec and 6 Jan.
    assert series.starts == [D.date(2024, 12, 23), D.date(2024, 12, 30), D.date(2025, 1, 6)]
    assert series.assumptions == ["the headers give no year: 2024, the year the file's title or name gives"]


def test_a_title_naming_two_years_gives_no_year_and_the_file_name_does():
    series = read_series(["Kunde", "W10", "W11"], "usage_2023.csv", title="2024 vs 2025")
    assert series.starts == [D.date(2023, 3, 6), D.date(2023, 3, 13)]


def test_week_53_in_a_year_of_52_weeks_is_no_series():
    # 2025 has 52 ISO weeks (2026 has 53).
    assert read_series(["Kunde", "KW 52", "KW 53"], title="2025") is None
    assert read_series(["Kunde", "KW 52", "KW 53"], title="2026").starts[1] == D.date(2026, 12, 28)


@pytest.mark.parametrize(
    ("title", "weeks", "sep"),
    [("Aktive Nutzer je Kalenderwoche 2025", ("KW 10", "KW 11"), ";"),
     ("Utilisateurs actifs par semaine – 2025", ("S10", "S11"), ";"),
     ("Usuarios activos por semana (2025)", ("Semana 10", "Semana 11"), ";"),
     ("Active users per week, FY 2025", ("Wk 10", "Wk 11"), ",")],
)  # fmt: skip
def test_a_sheet_of_active_users_per_numbered_week_loads_as_usage(title, weeks, sep):
    text = f"{title}\nAccount{sep}{weeks[0]}{sep}{weeks[1]}\nAcme{sep}12{sep}30\nBeta{sep}5{sep}\n"
    ws = Workspace(memory_limit="256MB", threads=1)
    try:
        result = ws.add_file("active_users_weekly.csv", text.encode("utf-8"))
        assert result.ok, result.error
        rows = loaded_rows(ws, result.table, "active_users_weekly.csv")
    finally:
        ws.close()
    assert result.table == "usage"
    # Week 10 of 2025 starts on 3 March, week 11 on 10 March; Beta's empty week is no row.
    assert [(r["account"], str(r["date"]), r["active_users"]) for r in rows] == [
        ("Acme", "2025-03-03", 12),
        ("Acme", "2025-03-10", 30),
        ("Beta", "2025-03-03", 5),
    ]
