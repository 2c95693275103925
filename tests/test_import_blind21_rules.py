"""Rules the twenty-first blind judge found missing, each tried on several spellings of the same thing.

Every case is a tiny input whose answer is worked out by hand in the comment next to it.
"""

from __future__ import annotations

import pytest

from cs_dash.importing.headers import normalize_header
from cs_dash.importing.mapping import _said, date_compound_stem
from cs_dash.importing.vocabulary import (
    ACCOUNT_STATUS_VOCABULARY,
    PLAN_STATUS_VOCABULARY,
    REVENUE_KIND_VOCABULARY,
    names_a_revenue_kind,
)
from cs_dash.workspace import Workspace
from tests.import_helpers import load_text as _load


# ------------------------------------------------------------------ a customer, a former customer
@pytest.mark.parametrize("value", ["Kund", "kund", "Asiakas", "Klient", "Kunde", "Klant"])
def test_the_word_for_customer_is_an_active_status(value):
    assert ACCOUNT_STATUS_VOCABULARY.lookup(value) == "active"


@pytest.mark.parametrize(
    "value",
    ["Tidigare kund", "Före detta kund", "f.d. kund", "Tidligere kunde", "Entinen asiakas", "Były klient",
     "Voormalige klant", "Oud-klant", "Ehemalige Kundin", "Ancienne cliente", "Antiguo cliente",
     "Former client", "Ex-Kunde"],
)  # fmt: skip
def test_a_former_customer_is_churned_in_every_language(value):
    assert ACCOUNT_STATUS_VOCABULARY.lookup(value) == "churned"


@pytest.mark.parametrize("value", ["Altkunde", "Vecchio cliente", "Kundtjänst"])
def test_a_long_standing_customer_or_another_word_is_not_a_former_one(value):
    # "Altkunde" is an existing customer; neither it nor a customer-service word is churned.
    assert ACCOUNT_STATUS_VOCABULARY.lookup(value) != "churned"


def test_a_swedish_crm_relation_column_gives_active_and_churned():
    # Three companies, one a former customer: 2 active, 1 churned.
    text = (
        "Företagsnamn;Kundansvarig;Avtalsvärde per år;Status\n"
        "Acme AB;Sanne Berg;120 000;Kund\nBeta AB;Sanne Berg;60 000;Tidigare kund\nGamma AB;Ola Lind;30 000;Kund\n"
    )
    result, rows = _load("foretag.csv", text)
    assert result.table == "accounts"
    assert sorted(r["status"] for r in rows) == ["active", "active", "churned"]


# ------------------------------------------------------------------ a plan item's status
@pytest.mark.parametrize(
    "value, status",
    [("Cerrada", "done"), ("Resuelta", "done"), ("Fechada", "done"), ("Chiusa", "done"), ("Fermée", "done"),
     ("Geschlossen", "done"), ("Gesloten", "done"), ("Stängd", "done"), ("Zamknięte", "done"),
     ("Nueva", "open"), ("Nouvelle", "open"), ("Nuova", "open"), ("Asignada", "open"), ("Neu", "open"),
     ("Im Plan", "open"), ("En bonne voie", "open"), ("Op schema", "open"), ("Enligt plan", "open"),
     ("Zgodnie z planem", "open"), ("Nicht im Plan", "at risk"), ("Niet op schema", "at risk"),
     ("Ej enligt plan", "at risk"), ("Behind schedule", "at risk")],
)  # fmt: skip
def test_closed_new_and_on_track_statuses_in_every_language(value, status):
    assert PLAN_STATUS_VOCABULARY.lookup(value) == status


@pytest.mark.parametrize("value", ["Plan", "Im Gespräch", "Schema"])
def test_a_word_that_only_resembles_a_status_is_not_one(value):
    assert PLAN_STATUS_VOCABULARY.lookup(value) is None


# ------------------------------------------------------------------ a subscription's first charge
@pytest.mark.parametrize(
    "value",
    ["initial", "Initial", "Inicial", "Iniziale", "subscription_initial", "First invoice", "Primeira compra"],
)
def test_a_first_charge_is_new_business(value):
    assert names_a_revenue_kind(value) or REVENUE_KIND_VOCABULARY.lookup(value) == "new"
    assert REVENUE_KIND_VOCABULARY.lookup(value.replace("subscription_", "")) == "new"


@pytest.mark.parametrize("value", ["ARR inicial", "Initial ARR", "MRR iniziale", "Initial balance"])
def test_initial_inside_a_longer_value_is_not_new_business(value):
    # An opening balance of a bridge: no change happened, so no kind.
    assert REVENUE_KIND_VOCABULARY.lookup(value) is None


def test_billing_reasons_initial_and_renewal_load_as_new_and_renewal():
    # Two invoices: the first charge 100 (new), the next period 100 (renewal).
    text = (
        "Invoice ID,Created at,Customer name,Billing reason,Status,Total\n"
        "1,2024-01-07,Acme,initial,paid,100.00\n2,2025-01-07,Acme,renewal,paid,100.00\n"
    )
    result, rows = _load("subscription_invoices.csv", text)
    assert result.table == "revenue"
    assert [r["kind"] for r in rows] == ["new", "renewal"]


# ------------------------------------------------------------------ a due date's header
@pytest.mark.parametrize(
    "header, stem",
    [("Fälligkeitsdatum", "falligkeit"), ("FÄLLIGKEITSDATUM", "falligkeit"), ("Fälligkeit-Datum", None),
     ("Terminsdatum", "termin"), ("Fristdato", "frist")],
)  # fmt: skip
def test_a_known_word_joined_to_a_word_for_date_names_its_column(header, stem):
    words = normalize_header(header).words
    phrases = frozenset({"falligkeit", "termin", "frist"})
    assert date_compound_stem(words, phrases) == stem


@pytest.mark.parametrize("header", ["Datum", "Kundendatum", "Startdatum", "Aktualisierungsdatum"])
def test_a_date_compound_of_an_unknown_or_other_word_is_not_a_due_date(header):
    assert _said(normalize_header(header), "plans", "due_date")[0] < 0.9


def test_the_compound_rule_only_names_date_columns():
    # "Kundendatum" joins the account word "kunden" to a date: the account is never read from it.
    assert _said(normalize_header("Kundendatum"), "plans", "account")[0] < 0.9


@pytest.mark.parametrize(
    "header", ["Fecha fin", "Fecha de fin", "Date de fin", "Data fim", "Data di fine", "Enddatum", "Slutdatum",
               "Fälligkeitsdatum", "Zieldatum", "Streefdatum"]
)  # fmt: skip
def test_an_end_or_target_date_is_a_plan_items_due_date(header):
    # Two items of one account; the header names when each is due.
    text = f"Typ;Titel;Verantwortlich;Status;{header};Kunde\nZiel;Go live;Ana Ruiz;Erledigt;03.01.2025;Acme\nMaßnahme;QBR;Ana Ruiz;Offen;14.03.2025;Acme\n"
    result, rows = _load("ziele.csv", text)
    assert result.table == "plans"
    assert result.mapping[header] == "due_date"
    assert sorted(str(r["due_date"])[:10] for r in rows) == ["2025-01-03", "2025-03-14"]


# ------------------------------------------------------------------ a status is words, not numbers
def test_a_progress_percentage_is_not_the_status_beside_a_progress_status():
    # Two items: "Progress" holds how far along each is; "Progress status" the words: 1 done, 1 at risk.
    text = (
        "Type,Name,Owner,Progress status,Progress,Account,Due date\n"
        "Objective,Go live,Ana Ruiz,Closed,20%,Acme Corp,2025-01-06\n"
        "Initiative,Run training,Ana Ruiz,Off track,50%,Acme Corp,2025-02-01\n"
    )
    result, rows = _load("objectives.csv", text)
    assert result.mapping["Progress status"] == "status"
    assert "Progress" not in result.mapping
    assert sorted(r["status"] for r in rows) == ["at risk", "done"]


@pytest.mark.parametrize("values", [["20%", "50%", "75%"], ["0.2", "0.5", "0.75"], ["20 %", "50 %", "7 %"]])
def test_numbers_do_not_fit_a_status(values):
    from cs_dash.importing import evidence
    from cs_dash.schema import TABLES

    fit, _ = evidence.fit(TABLES["plans"].column("status"), evidence.profile(values), "plans")
    assert fit == -1.0


def test_status_words_still_fit_a_status():
    from cs_dash.importing import evidence
    from cs_dash.schema import TABLES

    fit, _ = evidence.fit(
        TABLES["plans"].column("status"), evidence.profile(["Closed", "On track", "Off track"]), "plans"
    )
    assert fit > 0


# ------------------------------------------------------------------ a department is not a person
@pytest.mark.parametrize(
    "value",
    [
        "Customer Success",
        "Account Management",
        "Sales Team",
        "Service Client",
        "Inside Sales",
        "Kundenservice Nord",
    ],
)
def test_a_department_is_not_a_persons_name(value):
    from cs_dash.importing.evidence import _person_name

    assert not _person_name(value)


@pytest.mark.parametrize("value", ["Lucas Moreau", "Camila Rocha", "Jonas Hoffmann", "Priya Raman"])
def test_a_persons_name_is_still_one(value):
    from cs_dash.importing.evidence import _person_name

    assert _person_name(value)


def test_a_department_repeated_is_not_taken_for_the_csm():
    # Four staff of one department, their names in columns the importer cannot join: no csm column,
    # said in a sentence, rather than four rows of "Customer Success".
    text = (
        "Personeelsnummer;Roepnaam;Achternaam;Functie;Afdeling;Uurloon\n"
        "1;Sanne;Dijk;CSM;Customer Success;€ 92,00\n2;Lucas;Moreau;CSM;Customer Success;€ 84,00\n"
        "3;Camila;Rocha;CSM;Customer Success;€ 78,00\n4;Jonas;Hoffmann;Lead;Customer Success;€ 99,00\n"
    )
    ws = Workspace(memory_limit="256MB", threads=1)
    try:
        result = ws.add_file("medewerkers.csv", text.encode())
    finally:
        ws.close()
    assert result.mapping.get("Afdeling") != "csm"


# ------------------------------------------------------------------ an amount per year is the ARR
@pytest.mark.parametrize(
    "header",
    ["Montant annuel du contrat (€)", "Importe anual del contrato", "Avtalsvärde per år (kr)", "Annual amount",
     "Valor por año", "Jährlicher Betrag", "Importo annuo"],
)  # fmt: skip
def test_an_amount_per_year_is_the_arr(header):
    from cs_dash.importing.mapping import names_an_amount_per_year

    assert names_an_amount_per_year(normalize_header(header).words)


@pytest.mark.parametrize(
    "header", ["Montant", "Annual growth", "Arbeitszeit pro Jahr", "Monthly amount", "Year"]
)
def test_an_amount_without_a_year_or_a_year_without_an_amount_is_not(header):
    from cs_dash.importing.mapping import names_an_amount_per_year

    assert not names_an_amount_per_year(normalize_header(header).words)


def test_a_french_company_list_reads_its_yearly_contract_amount_as_arr():
    # Two customers at 126 000,00 € and 36 000,00 € a year (narrow no-break spaces): ARR 162 000.
    text = (
        "Société;Customer Success Manager;Montant annuel du contrat (€);Statut\n"
        "Acme SARL;Ana Ruiz;126\u202f000,00;Client\nBeta SAS;Ana Ruiz;36\u202f000,00;Ancien client\n"
    )
    result, rows = _load("societes.csv", text)
    assert result.table == "accounts"
    assert result.mapping["Montant annuel du contrat (€)"] == "arr"
    assert sum(r["arr"] for r in rows) == 162000.0
    assert sorted(r["status"] for r in rows) == ["active", "churned"]
