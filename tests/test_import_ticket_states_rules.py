"""A help desk's list numbered by a bare sign, read by its ticket states; a column of who started a contact that names no side.

Each file is a few hand-made rows; the expected table, mapping and numbers were worked out by hand.
"""

from __future__ import annotations

import pytest

from cs_dash.importing import evidence
from cs_dash.importing.headers import normalize_header
from tests.export_judge import load_text


@pytest.mark.parametrize("header", ["#", "№", " # "])
def test_the_number_sign_alone_is_the_row_s_number(header):
    assert normalize_header(header).words == "numero"


def test_two_number_signs_or_a_sign_after_a_noun_are_not_the_sign_alone():
    assert normalize_header("##").words != "numero"
    assert normalize_header("Ticket #").words == "ticket"


@pytest.mark.parametrize(
    ("header", "subject", "status", "customer", "created", "states", "sep"),
    [
        ("#", "Subject", "Status", "Customer", "Created", ("new", "open", "stalled"), ","),
        ("Nr.", "Betreff", "Status", "Kunde", "Erstellt", ("Neu", "Offen", "Wartet auf Kunde"), ";"),
        ("N°", "Sujet", "Statut", "Client", "Créé le", ("Nouveau", "En attente", "Résolu"), ";"),
        ("Ref", "Asunto", "Estado", "Cliente", "Creado", ("Abierto", "En espera", "Resuelto"), ";"),
    ],
)  # fmt: skip
def test_a_numbered_list_with_a_help_desk_s_states_is_tickets(
    ws, header, subject, status, customer, created, states, sep
):
    first, second, third = states
    text = (
        f"{header}{sep}{subject}{sep}{status}{sep}{customer}{sep}{created}\n"
        f"4821{sep}Login fails{sep}{first}{sep}Acme Corp{sep}2025-02-03 09:00\n"
        f"4822{sep}Export slow{sep}{second}{sep}Globex{sep}2025-02-04 10:30\n"
        f"4823{sep}Billing question{sep}{third}{sep}Acme Corp{sep}2025-02-05 08:15\n"
    )
    result, rows = load_text(ws, "export.csv", text)
    assert result.table == "tickets"
    assert result.mapping[header] == "ticket_id" and result.mapping[customer] == "account"
    # Three tickets, two of them Acme's, opened on the 3rd, 4th and 5th of February.
    assert [r["ticket_id"] for r in rows] == ["4821", "4822", "4823"]
    assert [r["account"] for r in rows].count("Acme Corp") == 2
    assert [str(r["opened_at"])[:10] for r in rows] == ["2025-02-03", "2025-02-04", "2025-02-05"]


def test_ticket_states_are_told_by_a_state_only_a_ticket_is_in():
    assert evidence.profile(["new", "open", "stalled"]).ticket_status == 1.0
    assert evidence.profile(["Solved", "Pending", "Open", "Closed"]).ticket_status == 1.0
    # Open, Closed and In progress are a plan item's states as much as a ticket's: no evidence.
    assert evidence.profile(["Open", "Closed", "In progress"]).ticket_status == 0.0


def test_a_plan_with_its_kinds_and_plan_states_stays_a_plan(ws):
    text = (
        "ID;Type;Subject;Status;Account\n"
        "1;Goal;Roll out to EU;Open;Acme\n2;Step;Admin training;Done;Acme\n3;Blocker;No budget;Open;Globex\n"
    )
    result, rows = load_text(ws, "work.csv", text)
    assert result.table == "plans"
    assert [r["item"] for r in rows] == ["Roll out to EU", "Admin training", "No budget"]


def test_a_case_list_named_by_its_case_number_is_tickets_whatever_its_states(ws):
    # New / Open / Closed are a plan item's states too; "Case Number" names the ticket plainly.
    text = (
        "Case Number,Subject,Status,Customer,Created,Owner\n"
        "00001021,Login fails,New,Acme Corp,2025-02-03 09:00,Ann\n"
        "00001022,Export slow,Open,Globex,2025-02-04 10:30,Bob\n"
        "00001023,Billing,Closed,Acme Corp,2025-02-05 08:15,Ann\n"
    )
    result, rows = load_text(ws, "cases.csv", text)
    assert result.table == "tickets"
    assert [r["ticket_id"] for r in rows] == ["00001021", "00001022", "00001023"]


# ------------------------------------------------------------------------------ who started it
@pytest.mark.parametrize(
    ("header", "sep"), [("Initiated by", ","), ("Initiiert von", ";"), ("À l'initiative de", ";")]
)
def test_a_column_of_who_started_naming_only_people_is_refused_in_one_sentence(ws, header, sep):
    text = (
        f"Date{sep}Account{sep}CSM{sep}{header}\n2025-01-06{sep}Acme{sep}Dana Lee{sep}Paul Martin\n"
        f"2025-01-07{sep}Beta{sep}Dana Lee{sep}Claire Dubois\n2025-01-08{sep}Acme{sep}Sam Ortiz{sep}Paul Martin\n"
    )
    result = ws.add_file("log.csv", text.encode())
    assert not result.ok and "\n" not in result.error
    assert f"column '{header}'" in result.error
    assert "'Claire Dubois', 'Paul Martin'" in result.error
    assert "map a column that says Proactive or Reactive to tag" in result.error
    assert "no column for tag" not in result.error
    assert result.rows_loaded == 0


def test_a_column_of_who_started_naming_the_team_s_people_and_the_customer_loads(ws):
    text = (
        "Date,Account,CSM,Initiated by\n2025-01-06,Acme,Dana Lee,Dana Lee\n"
        "2025-01-07,Beta,Dana Lee,Customer\n2025-01-08,Acme,Sam Ortiz,Sam Ortiz\n"
    )
    result, rows = load_text(ws, "log.csv", text)
    # Dana Lee and Sam Ortiz are the team: proactive; the customer's contact reactive.
    assert [r["tag"] for r in rows] == ["proactive", "reactive", "proactive"]


# ------------------------------------------------------------------------------ an account's status by its values
@pytest.mark.parametrize(
    ("header", "live", "lost", "sep"),
    [("Catégorie", "Client", "Perdu", ";"), ("Kategorie", "Kunde", "Verloren", ";"),
     ("Tipo", "Cliente", "Perdido", ";"), ("Relationship", "Customer", "Churned", ",")],
)  # fmt: skip
def test_a_column_of_account_statuses_is_the_status_whatever_its_header(ws, header, live, lost, sep):
    text = (
        f"Account{sep}{header}{sep}ARR\nAcme{sep}{live}{sep}1000\nGlobex{sep}{lost}{sep}2000\n"
        f"Initech{sep}{live}{sep}3000\n"
    )
    result, rows = load_text(ws, "companies.csv", text)
    assert result.table == "accounts" and result.mapping[header] == "status"
    # Globex is the one customer lost.
    assert [r["status"] for r in rows] == ["active", "churned", "active"]


def test_a_column_saying_customer_on_every_row_is_no_status(ws):
    text = "Account,Category,ARR\nAcme,Customer,1000\nGlobex,Customer,2000\nInitech,Customer,3000\n"
    result, _ = load_text(ws, "companies.csv", text)
    assert result.mapping.get("Category") != "status"


def test_a_status_named_by_its_header_beats_account_words_under_another(ws):
    text = (
        "Account,Category,Status,ARR\nAcme,Client,Active,1000\nGlobex,Perdu,Churned,2000\n"
        "Initech,Client,Active,3000\n"
    )
    result, _ = load_text(ws, "companies.csv", text)
    assert result.mapping["Status"] == "status" and result.mapping.get("Category") != "status"
