"""Rules taught by the seventh blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing.month_names import read_month_name_date
from tests.export_judge import load_text


# ------------------------------------------------------------------------------ ISO week labels
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-W02", dt.date(2025, 1, 6)),
        ("2025W02", dt.date(2025, 1, 6)),
        ("2025 w2", dt.date(2025, 1, 6)),
        ("2025-W02-3", dt.date(2025, 1, 8)),
        ("W02 2025", dt.date(2025, 1, 6)),
        ("w2/2025", dt.date(2025, 1, 6)),
        ("2025-W01", dt.date(2024, 12, 30)),  # ISO week 1 starts in the year before
        ("2020-W53", dt.date(2020, 12, 28)),
        ("2025-W53", None),  # 2025 has 52 ISO weeks
        ("2025-W00", None),
    ],
)
def test_an_iso_week_label_is_the_monday_of_that_week(value, expected):
    found = read_month_name_date(value)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("week", ["{y}-W{w:02d}", "{y}W{w:02d}", "W{w} {y}"])
def test_a_usage_file_with_iso_week_labels_loads_every_row(ws, week):
    labels = [week.format(y=2025, w=w) for w in (10, 11, 12)]
    text = "Company,Week,Visitors\n" + "".join(f"Acme,{label},{n}\n" for n, label in enumerate(labels, 5))
    result, rows = load_text(ws, "weekly.csv", text)
    assert result.table == "usage"
    assert result.rows_rejected == 0
    assert [r["date"] for r in rows] == [dt.date(2025, 3, 3), dt.date(2025, 3, 10), dt.date(2025, 3, 17)]


# ------------------------------------------------------------------------------ totals under the header
@pytest.mark.parametrize("word", ["Total", "Totals", "Summe", "Totale", "Grand Total"])
def test_a_totals_row_right_under_the_header_is_skipped(ws, word):
    text = (
        "Customer Company,Week,Active users\n"
        f"{word},,60\n"
        "Acme,2025-03-03,10\n"
        "Beta,2025-03-03,20\n"
        "Gamma,2025-03-03,30\n"
    )
    result, rows = load_text(ws, "usage.csv", text)
    assert [r["account"] for r in rows] == ["Acme", "Beta", "Gamma"]
    assert sum(r["active_users"] for r in rows) == 60
    assert any("totals row" in w for w in result.warnings)


def test_a_wide_table_with_its_totals_row_first_loads_only_the_accounts(ws):
    text = "Customer Company,Mar 3 2025,Mar 10 2025\nTotal,30,33\nAcme,10,11\nBeta,20,22\n"
    _, rows = load_text(ws, "visitors.csv", text)
    assert sorted({r["account"] for r in rows}) == ["Acme", "Beta"]
    assert sum(r["active_users"] for r in rows) == 63


def test_an_account_called_total_whose_numbers_do_not_sum_the_rows_stays(ws):
    text = "Account,ARR\nTotal,500\nAcme,1000\nBeta,2000\n"
    result, rows = load_text(ws, "accounts.csv", text)
    assert [r["account"] for r in rows] == ["Total", "Acme", "Beta"]
    assert not any("totals row" in w for w in result.warnings)


# ------------------------------------------------------------------------------ the bill rate
@pytest.mark.parametrize(
    ("pay", "bill"),
    [
        ("Pay rate", "Bill rate"),
        ("Pay Rate (USD)", "Billable Rate (USD)"),
        ("cost_rate_paid", "bill_rate"),
        ("Pay rate", "Charge-out rate"),
    ],
)
def test_the_bill_rate_is_the_hourly_rate_not_the_pay_rate(ws, pay, bill):
    text = f"Member,{pay},{bill}\nEva Ek,50.00,120.00\nPer Al,40.00,100.00\n"
    result, rows = load_text(ws, "members.csv", text)
    assert result.table == "team"
    assert [r["hourly_rate"] for r in rows] == [120.0, 100.0]


# ------------------------------------------------------------------------------ resolved, then completed
@pytest.mark.parametrize(
    ("resolved", "completed"),
    [
        ("Resolved Time", "Completed Time"),
        ("Resolved On", "Completed On"),
        ("resolved_at", "completed_at"),
        ("Gelöst am", "Abgeschlossen am"),
    ],
)
def test_a_ticket_resolved_before_it_was_completed_is_closed_when_resolved(ws, resolved, completed):
    text = (
        f"Request ID,Account,Created Time,{resolved},{completed}\n"
        "1,Acme,2025-03-01 09:00,2025-03-01 12:00,2025-03-04 09:00\n"
        "2,Acme,2025-03-02 09:00,2025-03-02 10:00,\n"
        "3,Beta,2025-03-03 09:00,,\n"
    )
    result, rows = load_text(ws, "requests.csv", text)
    assert result.table == "tickets"
    assert [r["closed_at"] for r in rows] == [
        dt.datetime(2025, 3, 1, 12, 0),
        dt.datetime(2025, 3, 2, 10, 0),
        None,
    ]


# ------------------------------------------------------------------------------ words
@pytest.mark.parametrize("identifier", ["Identifiant", "Identificador", "Identificativo", "Kennung"])
def test_the_word_for_identifier_names_the_ticket_id(ws, identifier):
    text = f"{identifier};Entreprise;Créée le;Résolue le\nA-1;Acme;04/03/2025 09:00;04/03/2025 11:00\n"
    text += "A-2;Beta;05/03/2025 09:00;\n"
    result, rows = load_text(ws, "conversations.csv", text)
    assert result.table == "tickets"
    assert [r["ticket_id"] for r in rows] == ["A-1", "A-2"]


@pytest.mark.parametrize(
    ("header", "value", "arr"),
    [
        ("Canone mensile (€)", "1.000,00", 12_000.0),
        ("Monthly fee", "1000", 12_000.0),
        ("Cuota mensual", "1000", 12_000.0),
        ("Annual subscription fee", "12000", 12_000.0),
        ("Canone annuo", "12000", 12_000.0),
    ],
)
def test_a_recurring_fee_is_the_arr_annualised_by_the_period_it_names(ws, header, value, arr):
    delimiter = ";" if "," in value else ","
    text = f"Account{delimiter}CSM{delimiter}{header}\nAcme{delimiter}Eva Ek{delimiter}{value}\n"
    text += f"Beta{delimiter}Per Al{delimiter}{value}\n"
    result, rows = load_text(ws, "clients.csv", text)
    assert result.table == "accounts"
    assert [r["arr"] for r in rows] == [arr, arr]


@pytest.mark.parametrize("header", ["To-do", "Todo", "To do", "TODO item"])
def test_a_to_do_is_a_plan_item(ws, header):
    text = f"Project,{header},Type,Status\nAcme,Run admin training,Step,Open\nBeta,Roll out to EU,Goal,Done\n"
    result, rows = load_text(ws, "todos.csv", text)
    assert result.table == "plans"
    assert [r["item"] for r in rows] == ["Run admin training", "Roll out to EU"]


@pytest.mark.parametrize("header", ["Verlengdatum", "Verlenging", "Vernieuwingsdatum"])
def test_dutch_words_for_the_renewal_date(ws, header):
    text = (
        f"Bedrijf;Verantwoordelijke;ARR;{header}\nAcme;Eva Ek;1000;06/06/2025\nBeta;Per Al;2000;06/03/2026\n"
    )
    _, rows = load_text(ws, "bedrijven.csv", text)
    assert [r["renewal_date"] for r in rows] == [dt.date(2025, 6, 6), dt.date(2026, 3, 6)]


# ------------------------------------------------------------------------------ a movement column
def test_an_mrr_movement_of_numbers_is_the_amount_beside_a_movement_type(ws):
    text = (
        "Date,Customer Name,Movement Type,MRR Movement\n"
        '2025-01-10,Acme,New Business,"1,000.00"\n'
        "2025-02-10,Acme,Contraction,(250.00)\n"
    )
    result, rows = load_text(ws, "movements.csv", text)
    assert result.mapping["MRR Movement"] == "amount"
    assert [(r["kind"], r["amount"]) for r in rows] == [("new", 12_000.0), ("contraction", 3_000.0)]


def test_an_mrr_movement_of_words_is_the_kind(ws):
    text = (
        "Date,Customer,MRR Movement,MRR Change\n2025-01-10,Acme,Expansion,500\n2025-02-10,Beta,Churn,-400\n"
    )
    result, rows = load_text(ws, "movements.csv", text)
    assert result.mapping["MRR Movement"] == "kind"
    assert [(r["kind"], r["amount"]) for r in rows] == [("expansion", 6_000.0), ("churn", 4_800.0)]


# ------------------------------------------------------------------------------ a completion flag
@pytest.mark.parametrize(
    ("header", "yes", "no"),
    [
        ("Completed", "true", "false"),
        ("Done?", "Yes", "No"),
        ("Is Completed", "1", "0"),
        ("Erledigt", "Ja", "Nein"),
    ],
)
def test_a_yes_no_completion_flag_is_the_plan_status(ws, header, yes, no):
    text = (
        f"Project,To-do,Type,{header}\n"
        f"Acme,Run admin training,Step,{yes}\n"
        f"Acme,Roll out to EU,Goal,{no}\n"
        f"Beta,Security review,Blocker,{no}\n"
    )
    result, rows = load_text(ws, "todos.csv", text)
    assert result.table == "plans"
    assert [r["status"] for r in rows] == ["done", "open", "open"]
    assert any(c.key == "status:completion_flag" for c in result.conversions)


def test_a_status_column_of_words_is_not_read_as_a_flag(ws):
    text = "Project,To-do,Type,Status\nAcme,Run admin training,Step,Done\nBeta,Roll out,Goal,At risk\n"
    result, rows = load_text(ws, "todos.csv", text)
    assert [r["status"] for r in rows] == ["done", "at risk"]
    assert not any(c.key == "status:completion_flag" for c in result.conversions)


# ------------------------------------------------------------------------------ a header named by a generic word
@pytest.mark.parametrize("header", ["Bucket Name", "Swimlane Name", "Section Name"])
def test_company_names_under_a_header_that_only_says_name_are_the_account(ws, header):
    text = (
        f"Task Name,{header},Labels,Progress\n"
        "Run admin training,Cobalt Robotics Inc.,Step,Completed\n"
        "Roll out to EU,Meridian Couriers Ltd,Goal,In progress\n"
        "Security review,Groß & Söhne KG,Blocker,Not started\n"
        "Connect the warehouse,Atlas Solar Inc.,Step,In progress\n"
    )
    result, rows = load_text(ws, "planner.csv", text)
    assert result.table == "plans"
    assert result.mapping[header] == "account"
    assert [r["account"] for r in rows][:2] == ["Cobalt Robotics Inc.", "Meridian Couriers Ltd"]
