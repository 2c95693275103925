"""Rules taught by the seventeenth blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import pytest

from cs_dash.importing.vocabulary import (
    PLAN_STATUS_VOCABULARY,
    REVENUE_KIND_VOCABULARY,
)
from tests.export_judge import load_text


# ------------------------------------------------------------------------------ header words
@pytest.mark.parametrize(
    "header", ["Jahreswert", "Årsvärde", "Årlig værdi", "Annual Contract Value", "Vuosiarvo"]
)
def test_a_yearly_value_names_a_revenue_changes_amount(ws, header):
    text = f"Date,Customer,Kind,{header}\n2025-03-03,Acme,New,12000\n2025-04-01,Globex,Churn,6000\n"
    result, loaded = load_text(ws, "changes.csv", text)
    assert result.table == "revenue"
    assert [r["amount"] for r in loaded] == [12000, 6000]


def test_a_header_naming_the_amount_itself_wins_over_a_yearly_value(ws):
    text = "Date,Customer,Kind,Amount,Annual Contract Value\n2025-03-03,Acme,Expansion,1200,24000\n"
    result, loaded = load_text(ws, "changes.csv", text)
    assert result.mapping["Amount"] == "amount"
    assert loaded[0]["amount"] == 1200


# ------------------------------------------------------------------------------ value words
@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("Nytt avtal", "new"),
        ("nytt", "new"),
        ("Nyt abonnement", "new"),
        ("Nowa umowa", "new"),
        ("Uusi sopimus", "new"),
        ("Förnyelse", "renewal"),
    ],
)
def test_a_new_contract_in_the_nordic_languages_polish_and_finnish_is_new_business(value, kind):
    assert REVENUE_KIND_VOCABULARY.lookup(value) == kind


@pytest.mark.parametrize("value", ["Zrobione", "zrobiony", "ZROBIONA", "Ukończone", "Wykonana", "Gotowy"])
def test_polish_done_in_each_gender_is_a_done_plan_item(value):
    assert PLAN_STATUS_VOCABULARY.lookup(value) == "done"


def test_a_polish_plan_with_done_items_loads_their_status(ws):
    text = "Klient;Typ;Opis;Status\nAcme;Cel;Wdrożenie;Zrobione\nGlobex;Krok;Szkolenie;Otwarte\n"
    result, loaded = load_text(ws, "plan.csv", text)
    assert result.table == "plans"
    assert [r["status"] for r in loaded] == ["done", "open"]


@pytest.mark.parametrize("header", ["Tunniste", "Identyfikator", "Identifikator", "Tunnus"])
def test_the_word_for_identifier_in_finnish_polish_and_the_nordic_languages_numbers_a_ticket(ws, header):
    text = (
        f"{header};Asiakas;Luotu;Ratkaistu\n"
        "INC-1;Acme;2025-03-03 10:00;2025-03-03 12:00\nINC-2;Globex;2025-03-04 09:00;\n"
    )
    result, loaded = load_text(ws, "incidents.csv", text)
    assert result.table == "tickets"
    assert [r["ticket_id"] for r in loaded] == ["INC-1", "INC-2"]


@pytest.mark.parametrize("header", ["Titteli", "Tytuł", "Tehtävänimike"])
def test_a_job_title_in_finnish_and_polish_is_the_role(ws, header):
    text = f"Name;{header};Hourly rate\nDana Lee;Senior CSM;95\nSam Ortiz;CSM;85\n"
    result, loaded = load_text(ws, "team.csv", text)
    assert result.table == "team"
    assert [r["role"] for r in loaded] == ["Senior CSM", "CSM"]


@pytest.mark.parametrize("header", ["Pracownik", "Anställd", "Työntekijä", "Ansatt"])
def test_the_employee_of_a_staff_list_in_polish_nordic_and_finnish_is_the_csm(ws, header):
    text = f"{header};E-mail;Stawka godzinowa\nDana Lee;dana@x.io;95\nSam Ortiz;sam@x.io;85\n"
    result, loaded = load_text(ws, "team.csv", text)
    assert result.table == "team"
    assert [r["csm"] for r in loaded] == ["Dana Lee", "Sam Ortiz"]


@pytest.mark.parametrize(
    ("first", "last"),
    [("Fornavn", "Efternavn"), ("Förnamn", "Efternamn"), ("Imię", "Nazwisko"), ("Etunimi", "Sukunimi")],
)
def test_a_first_and_a_last_name_column_in_nordic_polish_and_finnish_make_the_csm(ws, first, last):
    text = (
        f"{first};{last};Afdeling;Hourly rate\nDana;Lee;Customer Success;95\nSam;Ortiz;Customer Success;85\n"
    )
    result, loaded = load_text(ws, "team.csv", text)
    assert result.table == "team"
    assert [r["csm"] for r in loaded] == ["Dana Lee", "Sam Ortiz"]


# ------------------------------------------------------------------------------ value shapes
@pytest.mark.parametrize(
    ("written", "rate"),
    [
        ("378,40 zł", 378.4),
        ("1 200 kr", 1200.0),
        ("695,50 kr.", 695.5),
        ("R$ 90,00", 90.0),
        ("2 500 Kč", 2500.0),
    ],
)
def test_an_amount_with_a_currency_written_in_letters_is_money(ws, written, rate):
    text = f'Employee;E-mail;Department;Hourly rate\nDana Lee;dana@x.io;CS;"{written}"\nSam Ortiz;sam@x.io;CS;"{written}"\n'
    result, loaded = load_text(ws, "team.csv", text)
    assert result.table == "team"
    assert [r["hourly_rate"] for r in loaded] == [rate, rate]


@pytest.mark.parametrize("written", ["14'400.00", "14’400.00", "CHF 14'400.00"])
def test_a_swiss_amount_with_apostrophes_between_thousands_is_read(ws, written):
    text = f"Datum;Kunde;Vorgang;Jahreswert\n01.03.2025;Acme;Neuabschluss;{written}\n02.04.2025;Globex;Kündigung;1'200.50\n"
    result, loaded = load_text(ws, "changes.csv", text)
    assert result.table == "revenue"
    assert [r["amount"] for r in loaded] == [14400.0, 1200.5]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("FY2025 Q1", "2025-01-01"),
        ("FY25 Q3", "2025-07-01"),
        ("fy25-q4", "2025-10-01"),
        ("FY 2024 Q2", "2024-04-01"),
    ],
)
def test_a_fiscal_year_before_its_quarter_is_the_quarters_first_day(ws, written, day):
    text = f"Account,Fiscal Quarter,Active Users\nAcme,{written},12\nGlobex,{written},30\n"
    result, loaded = load_text(ws, "usage.csv", text)
    assert result.table == "usage"
    assert [r["date"].isoformat() for r in loaded] == [day, day]


@pytest.mark.parametrize("header", ["Action", "Action item", "Maßnahme", "Åtgärd", "Actie", "Działanie"])
def test_an_action_plan_without_a_kind_column_lists_steps(ws, header):
    text = f"Company,{header},Status,Due date\nAcme,Run admin training,Done,2025-03-03\nGlobex,Sign order form,To do,2025-04-01\n"
    result, loaded = load_text(ws, "plan.csv", text)
    assert result.table == "plans"
    assert [r["kind"] for r in loaded] == ["step", "step"]


@pytest.mark.parametrize("header", ["Counterparty Name", "Counterparty", "Vertragspartner", "Contraparte"])
def test_a_contracts_counterparty_is_the_account_beside_the_agreements_title(ws, header):
    text = (
        f"Record Name,{header},Status,Annual Contract Value,Expiration Date\n"
        "MSA - Acme,Acme,Executed,12000,2026-01-31\nMSA - Globex,Globex,Terminated,6000,2025-06-30\n"
    )
    result, loaded = load_text(ws, "contracts.csv", text)
    assert result.table == "accounts"
    assert [r["account"] for r in loaded] == ["Acme", "Globex"]


# A contract in force is a customer's, once the file is decided to be accounts: by hand, the two
# signed ones are active and the terminated one churned, whatever the language or case.
@pytest.mark.parametrize(
    ("signed", "ended"),
    [
        ("Executed", "Terminated"),
        ("SIGNED", "Not in force"),
        ("In Force", "terminated"),
        ("Fully executed", "Cancelled"),
        ("Unterzeichnet", "Nicht mehr in Kraft"),
        ("En vigueur", "Résilié"),
        ("Vigente", "Cancelado"),
    ],
)
def test_a_signed_contract_is_an_active_account_and_an_ended_one_churned(ws, signed, ended):
    text = (
        "Record Name,Counterparty Name,Status,Annual Contract Value,Expiration Date\n"
        f"MSA - Acme,Acme,{signed},12000,2026-01-31\nMSA - Initech,Initech,{signed},3000,2026-03-31\n"
        f"MSA - Globex,Globex,{ended},6000,2025-06-30\n"
    )
    result, loaded = load_text(ws, "contracts.csv", text)
    assert result.table == "accounts"
    assert [(r["account"], r["status"]) for r in loaded] == [
        ("Acme", "active"),
        ("Initech", "active"),
        ("Globex", "churned"),
    ]


@pytest.mark.parametrize("status", ["EXECUTED", "Signed", "In force"])
def test_an_order_lists_executed_orders_stay_revenue_changes(ws, status):
    text = (
        "Order ID,Account Name,Order Type,Order Status,Start Date,Order ARR\n"
        f"ORD-1,Acme,NEW,{status},2025-01-10,1200\nORD-2,Globex,RENEWAL,{status},2025-02-10,3000\n"
        f"ORD-3,Acme,CANCEL,{status},2025-06-10,-1200\n"
    )
    result, loaded = load_text(ws, "orders.csv", text)
    assert result.table == "revenue"
    assert [(r["account"], r["kind"]) for r in loaded] == [
        ("Acme", "new"),
        ("Globex", "renewal"),
        ("Acme", "churn"),
    ]


@pytest.mark.parametrize("word", ["Executed", "In Force", "Signed"])
def test_a_contracts_status_words_are_no_evidence_that_a_file_is_an_accounts_list(word):
    from cs_dash.importing.evidence import _names_an_account_status

    assert not _names_an_account_status(word)


@pytest.mark.parametrize(
    ("group", "users"),
    [
        ("Group", "Active Learners"),
        ("Group Name", "Learners"),
        ("Learner Group", "Active Members"),
        ("Group", "Active Students"),
    ],
)
def test_an_academys_active_learners_by_group_are_a_customers_active_users(ws, users, group):
    text = f"{group},Month,{users},Course Completions\nAcme,2025-03,12,4\nGlobex,2025-03,30,9\n"
    result, loaded = load_text(ws, "learners.csv", text)
    assert result.table == "usage"
    assert [(r["account"], r["active_users"]) for r in loaded] == [("Acme", 12), ("Globex", 30)]


@pytest.mark.parametrize(
    ("written", "score"),
    [("9/10", 9), ("9 / 10", 9), ("9 out of 10", 9), ("9 von 10", 9), ("9 sur 10", 9), ("9 ud af 10", 9)],
)
def test_a_score_written_over_its_scale_of_ten_is_the_number_before_it(ws, written, score):
    text = (
        "Submitted At;Reviewer Company;Star Rating;Likelihood to Recommend\n"
        f"2025-03-03;Acme;4.0;{written}\n2025-03-04;Globex;2.0;3/10\n2025-03-05;Initech;5.0;10/10\n"
    )
    result, loaded = load_text(ws, "reviews.csv", text)
    assert result.table == "surveys"
    assert [r["score"] for r in loaded] == [score, 3, 10]


@pytest.mark.parametrize(
    "line",
    [
        "Run on Jun 30, 2025 8:02:11 AM",
        "Printed on 2025-06-30 08:02",
        "Erstellt am 30.06.2025",
        "Généré le 30/06/2025",
    ],
)
def test_a_reports_run_line_below_the_list_is_a_footer(ws, line):
    text = f"Customer\tCSM\tARR\nAcme\tDana Lee\t12000\nGlobex\tSam Ortiz\t6000\n\n{line}\n"
    result, loaded = load_text(ws, "portfolio.txt", text)
    assert result.table == "accounts"
    assert [r["account"] for r in loaded] == ["Acme", "Globex"]


@pytest.mark.parametrize(
    ("date_header", "total_header"),
    [("Date completed", "Grand total"), ("Date signed", "Order total"), ("Signed on", "Quote total")],
)
def test_a_signed_order_forms_completion_date_and_total_are_a_revenue_change(ws, date_header, total_header):
    text = (
        f"Document name,Status,{total_header},{date_header},Recipient company\n"
        'Acme - New Customer Order Form,document.completed,"12,000.00 USD",2025-03-03T10:00:00Z,Acme\n'
        'Globex - Renewal Order Form,document.completed,"6,000.00 USD",2025-04-01T10:00:00Z,Globex\n'
    )
    result, loaded = load_text(ws, "documents.csv", text)
    assert result.table == "revenue"
    assert [(r["kind"], r["amount"], r["date"].isoformat()) for r in loaded] == [
        ("new", 12000.0, "2025-03-03"),
        ("renewal", 6000.0, "2025-04-01"),
    ]
