"""Rules taught by the eleventh blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.export_judge import load_text

D = dt.date


# ------------------------------------------------------------------------------ a price per hour is the rate
@pytest.mark.parametrize(
    "header",
    [
        "Price per hour",
        "Hourly price",
        "Preis pro Stunde",
        "Prix horaire",
        "Precio por hora",
        "Prijs per uur",
    ],
)
def test_a_price_per_hour_is_the_hourly_rate(ws, header):
    text = f"Name,Position,{header}\nAna Silva,CSM,95.00\nBo Lind,Senior CSM,110.50\n"
    result, loaded = load_text(ws, "people.csv", text)
    assert result.table == "team"
    assert [r["hourly_rate"] for r in loaded] == [95.0, 110.5]


# ------------------------------------------------------------------------------ the last review of a plan
@pytest.mark.parametrize(
    "header",
    [
        "Last review date",
        "Ultima revisione",
        "Letzte Überprüfung",
        "Dernière revue",
        "Última revisión",
        "Laatste beoordeling",
    ],
)
def test_a_last_review_column_is_when_the_plan_was_reviewed(ws, header):
    text = (
        f"Account,Item,Kind,Status,{header}\n"
        "Acme,Roll out to EU,goal,open,2025-03-14\nGlobex,Champion left,blocker,at risk,2025-04-02\n"
    )
    result, loaded = load_text(ws, "plan.csv", text)
    assert result.table == "plans"
    assert [r["reviewed_on"] for r in loaded] == [D(2025, 3, 14), D(2025, 4, 2)]


# ------------------------------------------------------------------------------ a planned completion is the due date
@pytest.mark.parametrize(
    "header",
    [
        "Planned Completion Date",
        "Target completion date",
        "Geplantes Enddatum",
        "Date de fin prévue",
        "Geplande einddatum",
    ],
)
def test_a_planned_completion_date_is_the_due_date(ws, header):
    text = (
        f"Account,Item,Kind,Status,{header}\n"
        "Acme,Roll out to EU,goal,open,2025-06-30\nGlobex,Train admins,step,done,2025-05-15\n"
    )
    result, loaded = load_text(ws, "plan.csv", text)
    assert result.table == "plans"
    assert [r["due_date"] for r in loaded] == [D(2025, 6, 30), D(2025, 5, 15)]


# ------------------------------------------------------------------------------ a call's talking time
@pytest.mark.parametrize(
    "header",
    [
        "Talking time",
        "Speaking time",
        "Conversation time",
        "Gesprächsdauer",
        "Temps de conversation",
        "Gespreksduur",
    ],
)
def test_a_calls_talking_time_is_its_duration_beside_the_waiting_time(ws, header):
    text = (
        f"Date,Agent,Company,Tags,Waiting time,{header}\n"
        "2025-03-14,Dana Lee,Acme,Proactive,12,1800\n2025-03-15,Sam Ortiz,Globex,Reactive,40,2700\n"
    )
    result, loaded = load_text(ws, "calls.csv", text)
    assert result.table == "engagements"
    assert [r["duration_min"] for r in loaded] == [
        30.0,
        45.0,
    ]  # seconds: an hour-long median as minutes is not a call


def test_a_calls_time_of_day_is_not_its_duration(ws):
    text = (
        "Call Date,Call Time,Agent,Company,Tags,Talking time\n"
        "2025-03-14,13:01:00,Dana Lee,Acme,Proactive,1800\n2025-03-15,09:30:00,Sam Ortiz,Globex,Reactive,2700\n"
    )
    result, loaded = load_text(ws, "calls.csv", text)
    assert result.table == "engagements"
    assert [r["duration_min"] for r in loaded] == [30.0, 45.0]


# ------------------------------------------------------------------------------ seats and their use in either order
@pytest.mark.parametrize(
    ("bought", "used"),
    [
        ("Lizenzen gekauft", "Lizenzen genutzt"),
        ("Licences", "Licences actives"),
        ("Licencias", "Licencias utilizadas"),
        ("Licenze", "Licenze attive"),
        ("Licenties", "Licenties gebruikt"),
    ],
)
def test_the_seats_in_use_are_read_whichever_order_the_words_come_in(ws, bought, used):
    text = f"Account,CSM,ARR,{bought},{used}\nAcme,Dana Lee,12000,50,31\nGlobex,Sam Ortiz,24000,80,64\n"
    result, loaded = load_text(ws, "accounts.csv", text)
    assert result.table == "accounts"
    assert [(r["seats_purchased"], r["seats_active"]) for r in loaded] == [(50, 31), (80, 64)]


# ------------------------------------------------------------------------------ a kind of the other table
def test_won_deals_with_revenue_kinds_are_revenue_not_a_plan():
    """Deal types such as "New Business" and "Upsell" are revenue kinds: no plan item is one."""
    from cs_dash.importing import evidence
    from cs_dash.schema import TABLES

    revenue_words = evidence.profile(["New Business", "Renewal", "Upsell", "New Business", "Renewal"])
    plan_words = evidence.profile(["Goal", "Step", "Blocker", "Goal", "Step"])
    kind = TABLES["plans"].column("kind")
    assert evidence.fit(kind, revenue_words, "plans")[0] < 0
    assert evidence.fit(kind, plan_words, "plans")[0] > 0
    revenue_kind = TABLES["revenue"].column("kind")
    assert evidence.fit(revenue_kind, plan_words, "revenue")[0] < 0
    assert evidence.fit(revenue_kind, revenue_words, "revenue")[0] > 0


@pytest.mark.parametrize(
    ("kinds", "stage"),
    [
        (("New Business", "Renewal", "Upsell"), "Closed Won"),
        (("Neukunde", "Verlängerung", "Upsell"), "Gewonnen"),
        (("Nuevo cliente", "Renovación", "Ampliación"), "Ganada"),
    ],
)
def test_won_deals_named_and_typed_load_as_revenue_changes(ws, kinds, stage):
    rows = "".join(
        f"d{n},Acme - deal {n},{1000 * (n + 1)},2025-0{n + 1}-15,{stage},{kind},Acme\n"
        for n, kind in enumerate(kinds)
    )
    text = "Id,Name,Amount,Close date,Stage,Deal Type,Company\n" + rows
    result, loaded = load_text(ws, "deals.csv", text)
    assert result.table == "revenue"
    assert [r["kind"] for r in loaded] == ["new", "renewal", "expansion"]
    assert [r["amount"] for r in loaded] == [1000.0, 2000.0, 3000.0]


# ------------------------------------------------------------------------------ hours then minutes
@pytest.mark.parametrize(
    ("written", "minutes"),
    [("1h30", 90.0), ("2h", 120.0), ("1 h 15", 75.0), ("2u15", 135.0), ("1h30min", 90.0), ("0h45", 45.0)],
)
def test_hours_then_bare_minutes_are_read_as_one_duration(ws, written, minutes):
    text = (
        "Date;Client;Responsable CS;Proactif / Réactif;Durée\n"
        f"14/03/2025;Acme;Dana Lee;Proactif;{written}\n15/03/2025;Globex;Sam Ortiz;Réactif;45 min\n"
    )
    result, loaded = load_text(ws, "journal.csv", text)
    assert result.table == "engagements"
    assert [r["duration_min"] for r in loaded] == [minutes, 45.0]


# ------------------------------------------------------------------------------ a number sign before a noun
@pytest.mark.parametrize("header", ["Nº incidencia", "N° ticket", "Nr. Ticket", "N.º chamado", "No. caso"])
def test_a_number_sign_before_a_noun_names_the_ticket_id(ws, header):
    text = (
        f"{header};Cliente;Fecha de apertura;Fecha de cierre\n"
        "INC-0042;Acme;2025-03-14 10:00;2025-03-15 09:00\nINC-0043;Globex;2025-03-16 11:00;\n"
    )
    result, loaded = load_text(ws, "registro.csv", text)
    assert result.table == "tickets"
    assert [r["ticket_id"] for r in loaded] == ["INC-0042", "INC-0043"]


def test_a_number_sign_before_of_counts_things_and_names_no_id():
    from cs_dash.importing.headers import normalize_header

    assert normalize_header("Nº incidencia").words == "numero incidencia"
    assert normalize_header("Nº de usuarios").words == "no de usuarios"
    assert normalize_header("No. of seats").words == "no of seats"


# ------------------------------------------------------------------------------ the button a respondent picked
@pytest.mark.parametrize(
    "header", ["response.button_text", "Button text", "answer.selected_option", "Selected answer"]
)
def test_the_button_a_respondent_picked_is_the_score_when_it_holds_0_to_10(ws, header):
    text = (
        f"response.created_at,profile.email,company.name,{header}\n"
        "2025-03-14T10:00:00Z,ann@acme.example,Acme,9\n2025-03-15T11:00:00Z,bo@globex.example,Globex,4\n"
        "2025-03-16T12:00:00Z,cy@initech.example,Initech,10\n"
    )
    result, loaded = load_text(ws, "nps.csv", text)
    assert result.table == "surveys"
    assert [r["score"] for r in loaded] == [9, 4, 10]
