"""Rules taught by the fourteenth blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import pytest

from cs_dash.importing.merged_cells import MERGED
from cs_dash.importing.result import ImportOptions
from tests.export_judge import load_text


# ------------------------------------------------------------------------------ merged cells
@pytest.mark.parametrize(
    ("header", "sep"),
    [("Kunde", ";"), ("Client", ","), ("Cliente", ";"), ("Account", ","), ("Klant", ";")],
)
def test_an_account_written_on_the_first_row_of_its_block_only_is_carried_down(ws, header, sep):
    rows = [
        [header, "Date", "CSM", "Proactive"],
        ["Globex", "2025-03-03", "Dana Lee", "Yes"],
        ["", "2025-03-10", "Dana Lee", "No"],
        ["", "2025-03-17", "Sam Ortiz", "Yes"],
        ["Acme", "2025-03-04", "Sam Ortiz", "No"],
        ["", "2025-03-11", "Dana Lee", "Yes"],
    ]
    text = "".join(sep.join(r) + "\n" for r in rows)
    result, loaded = load_text(ws, "log.csv", text)
    assert result.table == "engagements"
    assert [r["account"] for r in loaded] == ["Globex", "Globex", "Globex", "Acme", "Acme"]
    assert any(t.key == MERGED for t in result.transformations)


def test_a_merged_customer_over_a_plan_s_items_is_carried_down(ws):
    text = (
        "Customer,Task,Owner,Type,Status\n"
        "Acme,Kickoff,Dana Lee,Step,Done\n,Training,Dana Lee,Step,Open\n"
        "Globex,Go-live,Sam Ortiz,Goal,Open\n,SSO,Sam Ortiz,Step,Done\n"
    )
    result, loaded = load_text(ws, "plan.csv", text)
    assert result.table == "plans"
    assert [r["account"] for r in loaded] == ["Acme", "Acme", "Globex", "Globex"]


@pytest.mark.parametrize(
    "text",
    [
        # the account in a later column: a sheet groups by its first column
        "Date,Account,CSM,Proactive\n2025-03-03,Acme,Dana Lee,Yes\n2025-03-04,,Dana Lee,No\n"
        "2025-03-05,Globex,Sam Ortiz,Yes\n2025-03-06,,Sam Ortiz,No\n",
        # one empty cell only: a value missing, not a block
        "Account,Date,CSM,Proactive\nAcme,2025-03-03,Dana Lee,Yes\nGlobex,2025-03-04,Dana Lee,No\n"
        ",2025-03-05,Sam Ortiz,Yes\n",
    ],
)
def test_an_empty_account_that_does_not_look_merged_rejects_its_row(ws, text):
    result = ws.add_file("log.csv", text.encode())
    assert result.ok
    assert result.rows_rejected == text.count("\n,") + text.count(",,")
    assert all(t.key != MERGED for t in result.transformations)


def test_a_merged_csm_in_the_first_column_is_carried_down_and_a_subtotal_row_takes_nothing(ws):
    text = (
        "CSM,Account,ARR\n"
        "Dana Lee,Acme,1000\n,Globex,2000\nSubtotal Dana Lee,,3000\n"
        "Sam Ortiz,Initech,500\n,Hooli,700\nZwischensumme,,1200\n"
    )
    result, loaded = load_text(ws, "book.csv", text)
    assert result.table == "accounts"
    assert [(r["account"], r["csm"]) for r in loaded] == [
        ("Acme", "Dana Lee"),
        ("Globex", "Dana Lee"),
        ("Initech", "Sam Ortiz"),
        ("Hooli", "Sam Ortiz"),
    ]


def test_a_name_written_on_every_row_means_an_empty_cell_is_empty_not_the_value_above(ws):
    text = (
        "Account,Date,CSM,Proactive\n"
        "Acme,2025-03-03,Dana Lee,Yes\nAcme,2025-03-04,Dana Lee,No\n,2025-03-05,Dana Lee,Yes\n"
    )
    result = ws.add_file("log.csv", text.encode())
    assert result.ok
    assert result.rows_loaded == 2
    assert result.rows_rejected == 1
    assert all(t.key != MERGED for t in result.transformations)


def test_a_csm_left_empty_in_a_later_column_is_not_carried_down(ws):
    text = "Account,ARR,CSM\nAcme,1000,Dana Lee\nGlobex,2000,\nInitech,500,Sam Ortiz\n"
    _, loaded = load_text(ws, "accounts.csv", text)
    assert [r["csm"] for r in loaded] == ["Dana Lee", None, "Sam Ortiz"]


def test_carrying_merged_cells_down_can_be_undone(ws):
    text = "Account,Date,CSM,Proactive\nAcme,2025-03-03,Dana Lee,Yes\n,2025-03-10,Dana Lee,No\n,2025-03-11,Sam,No\n"
    result = ws.add_file("log.csv", text.encode(), options=ImportOptions(undo=frozenset({MERGED})))
    assert result.ok
    assert result.rows_loaded == 1


# ------------------------------------------------------------------------------ an average row
@pytest.mark.parametrize("word", ["Gemiddeld", "Durchschnitt", "Moyenne", "Promedio", "Media", "Average"])
def test_an_average_row_under_a_table_is_not_a_record(ws, word):
    text = f"Name;Role;Hourly rate\nDana Lee;CSM;90,00\nSam Ortiz;CSM;70,00\n{word};;80,00\n"
    result, loaded = load_text(ws, "rates.csv", text)
    assert result.table == "team"
    assert [r["csm"] for r in loaded] == ["Dana Lee", "Sam Ortiz"]
    assert sum(r["hourly_rate"] for r in loaded) == 160.0


@pytest.mark.parametrize("word", ["Zwischensumme", "Sous-total", "Subtotaal", "Subtotale", "Subtotal"])
def test_a_subtotal_row_in_any_language_takes_no_merged_value(ws, word):
    text = (
        f"CSM;Account;ARR\nDana Lee;Acme;1000\n;Globex;2000\n;Hooli;700\n{word} Dana Lee;;3700\n"
        "Sam Ortiz;Initech;500\n"
    )
    result, loaded = load_text(ws, "book.csv", text)
    assert result.table == "accounts"
    assert [(r["account"], r["csm"]) for r in loaded] == [
        ("Acme", "Dana Lee"),
        ("Globex", "Dana Lee"),
        ("Hooli", "Dana Lee"),
        ("Initech", "Sam Ortiz"),
    ]
    # Left out as a subtotal, counted and said (undoable), not loaded as a record nor rejected as one.
    assert (result.rows_rejected, result.rows_skipped) == (0, 1)
    assert any(t.key == "subtotals" for t in result.transformations)


# ------------------------------------------------------------------------------ intervals in other languages
@pytest.mark.parametrize(
    ("header", "monthly", "quarterly", "yearly"),
    [
        ("Intervall", "monatlich", "vierteljährlich", "jährlich"),
        ("Périodicité", "mensuel", "trimestriel", "annuel"),
        ("Periodicidad", "mensual", "trimestral", "anual"),
        ("Periodicidade", "mensal", "trimestral", "anual"),
        ("Frequenza", "mensile", "trimestrale", "annuale"),
        ("Frequentie", "maandelijks", "per kwartaal", "jaarlijks"),
    ],
)
def test_an_amount_per_billing_interval_named_in_another_language_is_annualised(
    ws, header, monthly, quarterly, yearly
):
    text = (
        f"Date;Customer;Kind;{header};Amount\n"
        f"01.03.2025;Acme;New;{monthly};100,00\n"
        f"02.03.2025;Globex;Expansion;{quarterly};300,00\n"
        f"03.03.2025;Initech;Churn;{yearly};1200,00\n"
    )
    result, loaded = load_text(ws, "changes.csv", text)
    assert result.table == "revenue"
    assert [r["amount"] for r in loaded] == [1200.0, 1200.0, 1200.0]


@pytest.mark.parametrize("kind", ["Neues Abo", "Neuer Vertrag", "Neue Lizenz", "Neues Abonnement"])
def test_german_new_in_any_gender_is_new_business(ws, kind):
    text = f"Datum;Kunde;Aktion;ARR\n01.03.2025;Acme;{kind};1200\n02.03.2025;Globex;Kündigung;600\n"
    result, loaded = load_text(ws, "abos.csv", text)
    assert result.table == "revenue"
    assert [r["kind"] for r in loaded] == ["new", "churn"]


# ------------------------------------------------------------------------------ header words
@pytest.mark.parametrize(
    "header", ["Coste hora empresa", "Costo orario azienda", "Coût horaire employeur", "Custo hora empresa"]
)
def test_the_hourly_cost_to_the_company_is_the_hourly_rate(ws, header):
    text = f"Name;Role;{header}\nDana Lee;CSM;90,50\nSam Ortiz;CSM;70,00\n"
    result, loaded = load_text(ws, "team.csv", text)
    assert result.table == "team"
    assert result.mapping[header] == "hourly_rate"
    assert [r["hourly_rate"] for r in loaded] == [90.5, 70.0]


@pytest.mark.parametrize(
    ("opened", "closed"),
    [("Aperta il", "Chiusa il"), ("Aperto il", "Chiuso il"), ("Data de criação", "Data de finalização")],
)
def test_opened_and_closed_in_italian_and_portuguese_name_the_ticket_times(ws, opened, closed):
    text = (
        f"Ticket;Cliente;{opened};{closed};Priorità\n"
        "T-1;Acme;03/03/2025 09:00;03/03/2025 11:30;Alta\nT-2;Globex;04/03/2025 10:00;;Bassa\n"
    )
    result, loaded = load_text(ws, "tickets.csv", text)
    assert result.table == "tickets"
    assert (result.mapping[opened], result.mapping[closed]) == ("opened_at", "closed_at")
    assert [r["closed_at"] is None for r in loaded] == [False, True]


@pytest.mark.parametrize("visitors", ["Visiteurs", "Visitantes", "Visitatori", "Besucher", "Bezoekers"])
def test_visitors_in_other_languages_are_active_users(ws, visitors):
    text = f"Date;Organisation;{visitors}\n2025-04-07;Acme;12\n2025-04-08;Globex;7\n"
    result, loaded = load_text(ws, "analytics.csv", text)
    assert result.table == "usage"
    assert result.mapping[visitors] == "active_users"
    assert sum(r["active_users"] for r in loaded) == 19


@pytest.mark.parametrize(
    ("subject", "project"),
    [("Thema", "Projekt"), ("Sujet", "Projet"), ("Asunto", "Proyecto"), ("Oggetto", "Progetto")],
)
def test_a_work_package_s_subject_is_the_item_and_its_project_the_account(ws, subject, project):
    text = (
        f"ID;Typ;{subject};Status;{project}\n"
        "1;Goal;Roll out to EU;Open;Acme\n2;Step;Admin training;Done;Acme\n3;Blocker;No budget;Open;Globex\n"
    )
    result, loaded = load_text(ws, "work.csv", text)
    assert result.table == "plans"
    assert (result.mapping[subject], result.mapping[project]) == ("item", "account")
    assert [(r["account"], r["item"]) for r in loaded][0] == ("Acme", "Roll out to EU")


# ------------------------------------------------------------------------------ the number sign alone
@pytest.mark.parametrize("header", ["N°", "Nº", "No.", "Nr.", "N.º"])
def test_a_header_that_is_only_the_number_sign_is_the_ticket_number(ws, header):
    text = (
        f"{header};Cliente;Aperto il;Chiuso il\n"
        "S-001;Acme;03/03/2025 09:00;03/03/2025 11:30\nS-002;Globex;04/03/2025 10:00;\n"
    )
    result, loaded = load_text(ws, "segnalazioni.csv", text)
    assert result.table == "tickets"
    assert result.mapping[header] == "ticket_id"
    assert [r["ticket_id"] for r in loaded] == ["S-001", "S-002"]


# ------------------------------------------------------------------------------ Italian yes
@pytest.mark.parametrize(("yes", "no"), [("Sì", "No"), ("sì", "no"), ("Sí", "No"), ("Ja", "Nein")])
def test_yes_with_a_grave_or_acute_accent_is_yes(ws, yes, no):
    text = (
        "Ticket,Account,Opened,Escalation\n"
        f"T-1,Acme,2025-03-03 09:00,{yes}\nT-2,Globex,2025-03-04 10:00,{no}\nT-3,Hooli,2025-03-05 10:00,{yes}\n"
    )
    result, loaded = load_text(ws, "tickets.csv", text)
    assert result.table == "tickets"
    assert [r["escalated"] for r in loaded] == [True, False, True]
