"""Rules taught by the fifteenth blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing.merged_cells import MERGED
from tests.export_judge import load_text


# ------------------------------------------------------------------------------ header words
@pytest.mark.parametrize(
    "header", ["Zugewiesen", "Zugewiesen an", "Asignado a", "Attribué à", "Assegnato a", "Toegewezen aan"]
)
def test_the_user_an_activity_is_assigned_to_is_its_csm_in_each_language(ws, header):
    text = f"Date,Account,{header},Proactive\n2025-03-03,Acme,Dana Lee,Yes\n2025-03-04,Globex,Sam Ortiz,No\n"
    result, loaded = load_text(ws, "activities.csv", text)
    assert result.table == "engagements"
    assert [r["csm"] for r in loaded] == ["Dana Lee", "Sam Ortiz"]


@pytest.mark.parametrize(
    "header",
    [
        "Gerente de éxito del cliente",
        "Responsable du succès client",
        "Kundenerfolgsmanager",
        "Gerente de sucesso do cliente",
        "Responsabile customer success",
    ],
)
def test_customer_success_manager_translated_is_the_csm_beside_the_sales_owner(ws, header):
    text = f"Account,Account Owner,{header},ARR\nAcme,Mark Fisher,Dana Lee,1000\nGlobex,Elena Rossi,Sam Ortiz,2000\n"
    result, loaded = load_text(ws, "accounts.csv", text)
    assert result.table == "accounts"
    assert [r["csm"] for r in loaded] == ["Dana Lee", "Sam Ortiz"]


@pytest.mark.parametrize(
    ("created", "resolved"),
    [
        ("Création", "Résolue"),
        ("Creada", "Resuelta"),
        ("Criado", "Resolvido"),
        ("Creato", "Risolto"),
        ("Erstellt", "Gelöst"),
    ],
)
def test_an_issue_tracker_s_created_and_resolved_columns_in_other_languages(ws, created, resolved):
    text = (
        f"Key,{created},{resolved},Organization\n"
        "SUP-1,2025-03-03 09:00,2025-03-03 15:00,Acme\nSUP-2,2025-03-04 10:00,,Globex\n"
    )
    result, loaded = load_text(ws, "issues.csv", text)
    assert result.table == "tickets"
    assert [r["closed_at"] for r in loaded] == [dt.datetime(2025, 3, 3, 15), None]
    assert loaded[0]["opened_at"] == dt.datetime(2025, 3, 3, 9)


@pytest.mark.parametrize(
    ("company", "converted"),
    [
        ("Empresas asociadas", "Importe en la moneda de la empresa"),
        ("Entreprises associées", "Montant dans la devise de l'entreprise"),
        ("Zugeordnete Unternehmen", "Betrag in Unternehmenswährung"),
        ("Associated Companies", "Amount in company currency"),
    ],
)
def test_a_deal_s_associated_companies_are_its_account_and_the_converted_amount_is_no_account(
    ws, company, converted
):
    text = (
        f"Deal,Close Date,Amount,{converted},Type,{company}\n"
        "D1,2025-01-10,1200,1200,Upsell,Acme\nD2,2025-02-11,600,600,Renewal,Globex\n"
    )
    result, loaded = load_text(ws, "deals.csv", text)
    assert result.table == "revenue"
    assert [(r["account"], r["amount"]) for r in loaded] == [("Acme", 1200), ("Globex", 600)]


@pytest.mark.parametrize(
    "header", ["Schlusstermin", "Fecha de cierre", "Date de clôture", "Data de fechamento"]
)
def test_a_deal_s_close_date_in_other_languages_is_its_revenue_date(ws, header):
    text = f"Account,{header},Type,Amount\nAcme,2025-01-10,Upsell,1200\nGlobex,2025-02-11,Renewal,600\n"
    result, loaded = load_text(ws, "deals.csv", text)
    assert result.table == "revenue"
    assert [r["date"] for r in loaded] == [dt.date(2025, 1, 10), dt.date(2025, 2, 11)]


@pytest.mark.parametrize("header", ["Customer From", "Customer since", "Kunde seit", "Cliente desde"])
def test_the_day_a_company_became_a_customer_is_subscribed_on(ws, header):
    text = f"Name,Owner,ARR,{header}\nAcme,Dana Lee,1000,2023-05-01\nGlobex,Sam Ortiz,2000,2024-01-15\n"
    result, loaded = load_text(ws, "companies.csv", text)
    assert result.table == "accounts"
    assert [r["subscribed_on"] for r in loaded] == [dt.date(2023, 5, 1), dt.date(2024, 1, 15)]


@pytest.mark.parametrize("header", ["Quantity", "Qty", "Anzahl", "Cantidad", "Quantité"])
def test_an_event_export_s_quantity_is_its_event_count(ws, header):
    text = (
        f"Account Name,Event Name,Event Date,{header}\n"
        "Acme,Report Exported,2025-06-02,12\nAcme,User Invited,2025-06-03,3\nGlobex,Report Exported,2025-06-02,7\n"
    )
    result, loaded = load_text(ws, "events.csv", text)
    assert result.table == "usage"
    assert sum(r["events"] for r in loaded) == 22


@pytest.mark.parametrize(
    "question",
    [
        "¿Qué tan probable es que recomiende Northbeam a un amigo o colega?",
        "¿Qué tan probable es que nos recomiende?",
        "¿Cuál es la probabilidad de que recomiende nuestro producto?",
    ],
)
def test_the_nps_question_as_latin_american_spanish_asks_it_is_the_score(ws, question):
    text = f'Fecha,Empresa,"{question}"\n2025-03-03,Acme,9\n2025-03-04,Globex,6\n'
    result, loaded = load_text(ws, "encuesta.csv", text)
    assert result.table == "surveys"
    assert [r["score"] for r in loaded] == [9, 6]


# ------------------------------------------------------------------------------ grouped reports
@pytest.mark.parametrize("sep", [",", ";"])
def test_a_grouped_report_s_type_written_on_its_first_row_only_is_carried_down(ws, sep):
    rows = [
        ["Type", "Account", "Close Date", "Amount"],
        ["New Business", "Acme", "2025-01-10", "1200"],
        ["", "Globex", "2025-01-20", "600"],
        ["Subtotal", "", "", "1800"],
        ["Renewal", "Initech", "2025-02-01", "900"],
        ["", "Hooli", "2025-02-03", "300"],
        ["", "Umbrella", "2025-02-05", "100"],
        ["Zwischensumme", "", "", "1300"],
    ]
    text = "".join(sep.join(r) + "\n" for r in rows)
    result, loaded = load_text(ws, "opps.csv", text)
    assert result.table == "revenue"
    assert [(r["account"], r["kind"]) for r in loaded] == [
        ("Acme", "new"),
        ("Globex", "new"),
        ("Initech", "renewal"),
        ("Hooli", "renewal"),
        ("Umbrella", "renewal"),
    ]
    assert any(t.key == MERGED for t in result.transformations)


def test_a_plan_status_in_the_first_column_of_a_grouped_report_is_carried_down(ws):
    text = (
        "Status,Account,Item,Type\n"
        "Open,Acme,Run admin training,Step\n,Globex,Roll out to EU,Goal\n"
        "Done,Initech,Kickoff,Step\n,Hooli,Champion left,Blocker\n"
    )
    result, loaded = load_text(ws, "plans.csv", text)
    assert result.table == "plans"
    assert [r["status"] for r in loaded] == ["open", "open", "done", "done"]


# ------------------------------------------------------------------------------ footers
@pytest.mark.parametrize(
    ("notice", "rights"),
    [
        ("Información confidencial - No distribuir", "Todos los derechos reservados."),
        ("Informations confidentielles - Ne pas diffuser", "Tous droits réservés."),
        ("Vertrauliche Informationen - Nicht weitergeben", "Alle Rechte vorbehalten."),
        ("Informações confidenciais - Não distribuir", "Todos os direitos reservados."),
        ("Informazioni riservate - Non distribuire", "Tutti i diritti riservati."),
    ],
)
@pytest.mark.parametrize("sep", [",", ";"])
def test_a_report_footer_in_another_language_is_removed_even_with_trailing_separators(
    ws, notice, rights, sep
):
    pad = sep * 2
    text = (
        f"Account{sep}CSM{sep}ARR\nAcme{sep}Dana Lee{sep}1000\nGlobex{sep}Sam Ortiz{sep}2000\n"
        f"Total (2){pad}\n{pad}\n{notice}{pad}\nCopyright (c) 2000-2025 Example, Inc. {rights}{pad}\n"
    )
    result, loaded = load_text(ws, "report.csv", text)
    assert [r["account"] for r in loaded] == ["Acme", "Globex"]


# ------------------------------------------------------------------------------ values
@pytest.mark.parametrize(
    ("active", "former"),
    [("Customer - Direct", "Former Customer"), ("Customer", "Ex Customer"), ("Kunde", "Ehemaliger Kunde")],
)
def test_a_crm_s_account_type_of_customers_is_the_account_status(ws, active, former):
    text = (
        f"Name,Type,Segment,ARR\nAcme,{active},Enterprise,1000\nGlobex,{former},SMB,2000\n"
        f"Initech,{active},SMB,500\n"
    )
    result, loaded = load_text(ws, "accounts.csv", text)
    assert result.table == "accounts"
    assert [r["status"] for r in loaded] == ["active", "churned", "active"]
    assert [r["segment"] for r in loaded] == ["Enterprise", "SMB", "SMB"]


def test_a_live_customer_s_lifecycle_stage_is_active_and_churned_stays_churned(ws):
    text = (
        "Account Name,Lifecycle Stage,ARR\nAcme,Adopting,1000\nGlobex,Growing,2000\n"
        "Initech,Churned,500\nHooli,Onboarding,700\nUmbrella,Mature,300\n"
    )
    result, loaded = load_text(ws, "accounts.csv", text)
    assert [r["status"] for r in loaded] == ["active", "active", "churned", "active", "active"]


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Step", "step"),
        ("Milestone", "step"),
        ("Objective", "goal"),
        ("Steps", "step"),
        ("Goal", "goal"),
    ],
)
def test_a_plan_without_a_kind_column_takes_the_kind_its_item_header_names(ws, header, kind):
    text = f"Account Name,{header},Status\nAcme,Run training,Open\nGlobex,Go live,Done\nInitech,Kickoff,Overdue\n"
    result, loaded = load_text(ws, "plays.csv", text)
    assert result.table == "plans"
    assert [r["kind"] for r in loaded] == [kind] * 3
    assert [r["status"] for r in loaded] == ["open", "done", "at risk"]


def test_a_plan_without_a_kind_column_and_an_item_header_naming_none_is_not_loaded(ws):
    # A third state (At risk) tracks more than a tick: the items may be goals, so the kind is asked.
    # Open and Done alone are a checklist of steps (test_import_vocab_rules).
    result = ws.add_file(
        "plays.csv",
        b"Account Name,Title,Status\nAcme,Run training,Open\nGlobex,Go live,Done\nInitech,Kickoff,At risk\n",
    )
    assert result.table != "plans" or not result.ok


@pytest.mark.parametrize("zone", ["-07:00", "Z", "+01:00", ""])
def test_week_columns_written_as_midnight_timestamps_are_a_wide_usage_layout(ws, zone):
    weeks = [f"2025-04-{d:02d}T00:00:00{zone}" for d in (7, 14, 21)]
    text = f"event,company,{','.join(weeks)}\nReport Viewed,Acme,3,4,5\nReport Viewed,Globex,10,0,2\n"
    result, loaded = load_text(ws, "insights.csv", text)
    assert result.table == "usage"
    assert sum(r["events"] for r in loaded) == 24
    assert {r["feature"] for r in loaded} == {"Report Viewed"}
    assert min(r["date"] for r in loaded) == dt.date(2025, 4, 7)


def test_invoices_with_a_billing_reason_are_revenue_changes_of_that_kind(ws):
    text = (
        "id,customer,customer_name,amount_paid,currency,created,billing_reason\n"
        "in_1,cus_a,Acme,1200000,eur,2025-01-10 09:00:00,subscription_create\n"
        "in_2,cus_b,Globex,480000,eur,2025-02-11 09:00:00,subscription_cycle\n"
        "in_3,cus_a,Initech,600000,eur,2025-03-12 09:00:00,subscription_create\n"
    )
    result, loaded = load_text(ws, "invoices.csv", text)
    assert result.table == "revenue"
    assert [r["kind"] for r in loaded] == ["new", "renewal", "new"]


def test_a_conversation_report_is_tickets_opened_when_the_conversation_started(ws):
    text = (
        "Conversation ID,Conversation started at,Company name,Teammate assigned,State,Last closed at\n"
        "1,2025-03-03 09:00:00 UTC,Acme,Ben,closed,2025-03-03 11:00:00 UTC\n"
        "2,2025-03-04 10:00:00 UTC,Globex,Lea,open,\n3,2025-03-05 10:00:00 UTC,Acme,Ben,snoozed,\n"
    )
    result, loaded = load_text(ws, "conversations.csv", text)
    assert result.table == "tickets"
    assert [r["closed_at"] is None for r in loaded] == [False, True, True]
