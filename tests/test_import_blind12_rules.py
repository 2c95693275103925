"""Rules taught by the twelfth blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.export_judge import load_text

D = dt.date
TS = dt.datetime


# ------------------------------------------------------------------------------ the vendor's own person
@pytest.mark.parametrize(
    "person",
    [
        "Collaborateur",
        "Colaborador",
        "Collaboratore",
        "Medewerker",
        "Vår kontakt",
        "Our contact",
        "Unser Ansprechpartner",
        "Utilisateur",
        "Usuario",
        "Gebruiker",
        "Benutzer",
    ],
)
def test_a_co_worker_our_contact_or_user_in_other_languages_names_the_csm(ws, person):
    text = f"Date,Company,{person},Proactive\n2025-03-03,Acme,Dana Lee,Yes\n2025-03-04,Globex,Sam Ortiz,No\n"
    result, loaded = load_text(ws, "activities.csv", text)
    assert result.table == "engagements"
    assert result.mapping[person] == "csm"
    assert [(r["csm"], r["tag"]) for r in loaded] == [("Dana Lee", "proactive"), ("Sam Ortiz", "reactive")]


# ------------------------------------------------------------------------------ "tid" is a time of day too
@pytest.mark.parametrize(
    ("time_word", "duration_word"), [("Tid", "Varighet"), ("Tid", "Varaktighet"), ("Czas", "Czas trwania")]
)
def test_a_nordic_or_polish_time_column_gives_way_to_the_duration(ws, time_word, duration_word):
    text = (
        f"Dato,{time_word},Firma,CSM,{duration_word},Proaktiv\n"
        "04.03.2025,14:05,Acme,Dana Lee,00:45,Ja\n05.03.2025,09:30,Globex,Sam Ortiz,01:30,Nei\n"
    )
    result, loaded = load_text(ws, "aktiviteter.csv", text)
    assert result.table == "engagements"
    assert result.mapping[duration_word] == "duration_min"
    assert [r["duration_min"] for r in loaded] == [45.0, 90.0]


# ------------------------------------------------------------------------------ "1h30"
@pytest.mark.parametrize(
    ("written", "minutes"),
    [("1h30", 90.0), ("2h05", 125.0), ("1 h 15", 75.0), ("0h45", 45.0), ("45min", 45.0), ("2h", 120.0)],
)
def test_hours_followed_by_minutes_without_a_unit_are_read_as_a_duration(ws, written, minutes):
    text = f"Date,Account,CSM,Tag,Duration\n2025-03-03,Acme,Dana Lee,Proactive,{written}\n2025-03-04,Globex,Sam Ortiz,Reactive,30\n"
    result, loaded = load_text(ws, "log.csv", text)
    assert result.table == "engagements"
    assert [r["duration_min"] for r in loaded] == [minutes, 30.0]


# ------------------------------------------------------------------------------ renewed is still a customer
@pytest.mark.parametrize(
    "status",
    [
        "Renewed",
        "Renovado",
        "Renouvelé",
        "Verlängert",
        "Rinnovato",
        "Verlengd",
        "Em negociação",
        "In negotiation",
    ],
)
def test_a_renewed_account_or_one_whose_renewal_is_negotiated_is_active(ws, status):
    text = f"Account,CSM,ARR,Status\nAcme,Dana Lee,12000,{status}\nGlobex,Sam Ortiz,24000,Churned\n"
    result, loaded = load_text(ws, "accounts.csv", text)
    assert result.table == "accounts"
    assert [r["status"] for r in loaded] == ["active", "churned"]


# ------------------------------------------------------------------------------ the NPS question in Nordic languages
@pytest.mark.parametrize(
    "question",
    [
        "Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?",
        "Hvor sandsynligt er det, at du vil anbefale os til en ven eller kollega?",
        "Hvor sannsynlig er det at du vil anbefale oss til en venn eller kollega?",
        "Kuinka todennäköisesti suosittelisit meitä ystävällesi tai kollegallesi?",
    ],
)
def test_the_recommend_question_in_a_nordic_language_is_the_score(ws, question):
    text = f'Respondent,Submitted,Company,"{question}"\nR1,2025-03-04 10:00,Acme,9\nR2,2025-03-05 11:00,Globex,4\n'
    result, loaded = load_text(ws, "svar.csv", text)
    assert result.table == "surveys"
    assert result.mapping[question] == "score"
    assert [r["score"] for r in loaded] == [9, 4]


# ------------------------------------------------------------------------------ "description" names the plan item
@pytest.mark.parametrize(
    "item", ["Omschrijving", "Beschrijving", "Beschreibung", "Descripción", "Descrição", "Descrizione"]
)
def test_the_word_for_description_names_the_plan_item(ws, item):
    text = f"Customer,Type,{item},Status\nAcme,Goal,Roll out to EU,Done\nGlobex,Blocker,No budget,Blocked\n"
    result, loaded = load_text(ws, "plan.csv", text)
    assert result.table == "plans"
    assert [(r["item"], r["kind"], r["status"]) for r in loaded] == [
        ("Roll out to EU", "goal", "done"),
        ("No budget", "blocker", "at risk"),
    ]


# ------------------------------------------------------------------------------ "loopt" is running
@pytest.mark.parametrize("running", ["Loopt", "Lopende", "In uitvoering"])
def test_dutch_words_for_running_are_an_open_plan_item(ws, running):
    text = f"Klant,Type,Doel,Status\nAcme,Doel,Uitrol,{running}\nGlobex,Stap,Training,Afgerond\n"
    result, loaded = load_text(ws, "succesplan.csv", text)
    assert result.table == "plans"
    assert [r["status"] for r in loaded] == ["open", "done"]


# ------------------------------------------------------------------------------ the current phase is the status
@pytest.mark.parametrize(
    "phase",
    ["Fase atual", "Fase actual", "Current phase", "Phase actuelle", "Aktuelle Phase", "Huidige fase"],
)
def test_the_phase_a_card_is_in_now_is_the_plan_items_status(ws, phase):
    text = f"Title,{phase},Customer,Label\nRoll out,Concluído,Acme,Goal\nBudget,Em risco,Globex,Blocker\nTraining,Em andamento,Initech,Step\n"
    result, loaded = load_text(ws, "cards.csv", text)
    assert result.table == "plans"
    assert result.mapping[phase] == "status"
    assert [r["status"] for r in loaded] == ["done", "at risk", "open"]


# ------------------------------------------------------------------------------ money per hour
@pytest.mark.parametrize(
    ("header", "role_header"),
    [("€/hora", "Rol"), ("$/hr", "Role"), ("CHF pro Std.", "Rolle"), ("EUR per uur", "Rol"), ("£/h", "Roll")],
)
def test_a_money_sign_per_hour_is_the_hourly_rate_and_rol_is_the_role(ws, header, role_header):
    text = f'CSM,{role_header},{header}\nDana Lee,Senior CSM,"95,00"\nSam Ortiz,CSM,"84,50"\n'
    result, loaded = load_text(ws, "team.csv", text)
    assert result.table == "team"
    assert result.mapping[header] == "hourly_rate"
    assert [(r["role"], r["hourly_rate"]) for r in loaded] == [("Senior CSM", 95.0), ("CSM", 84.5)]


# ------------------------------------------------------------------------------ the loaded hourly cost
@pytest.mark.parametrize(
    "header",
    ["Coût horaire chargé", "Taux horaire chargé", "Fully loaded cost per hour", "Loaded hourly cost"],
)
def test_the_hourly_cost_with_charges_is_the_rate_beside_an_annual_salary(ws, header):
    text = (
        f"Collaborateur;Poste;Salaire annuel brut;{header}\n"
        "Dana Lee;Senior CSM;98 000 €;98,00 €\nSam Ortiz;CSM;84 000 €;84,00 €\nTotal équipe;;182 000 €;\n"
    )
    result, loaded = load_text(ws, "couts.csv", text)
    assert result.table == "team"
    assert result.mapping[header] == "hourly_rate"
    assert [(r["csm"], r["hourly_rate"]) for r in loaded] == [("Dana Lee", 98.0), ("Sam Ortiz", 84.0)]


# ------------------------------------------------------------------------------ ticked and crossed boxes
@pytest.mark.parametrize(("ticked", "crossed"), [("✓", ""), ("✔", "✗"), ("☑", "☐"), ("✅", "❌"), ("☒", "✘")])
def test_a_ticked_box_is_yes_and_a_crossed_or_empty_one_no(ws, ticked, crossed):
    text = (
        "Nº,Cliente,Abierto,Cerrado,Escalado\n"
        f"E-1,Acme,04/03/2025 14:05,05/03/2025 10:00,{ticked}\nE-2,Globex,06/03/2025 09:00,,{crossed}\n"
        f"E-3,Initech,07/03/2025 11:30,07/03/2025 15:00,{ticked}\n"
    )
    result, loaded = load_text(ws, "escalaciones.csv", text)
    assert result.table == "tickets"
    assert result.mapping["Escalado"] == "escalated"
    assert [bool(r["escalated"]) for r in loaded] == [True, False, True]


# ------------------------------------------------------------------------------ a "Proactive" column of boxes
@pytest.mark.parametrize("tick", ["✓", "✔", "☑", "x", "X"])
def test_a_proactive_column_of_ticked_boxes_is_the_tag_and_an_empty_box_is_reactive(ws, tick):
    text = (
        "Date,Account,CSM,Proactive\n"
        f"2025-03-03,Acme,Dana Lee,{tick}\n2025-03-04,Globex,Sam Ortiz,\n2025-03-05,Initech,Dana Lee,{tick}\n"
    )
    result, loaded = load_text(ws, "log.csv", text)
    assert result.table == "engagements"
    assert [r["tag"] for r in loaded] == ["proactive", "reactive", "proactive"]


# ------------------------------------------------------------------------------ a form's start time
@pytest.mark.parametrize(
    ("participant", "started"),
    [
        ("Teilnehmer-ID", "Startzeit"),
        ("ID participant", "Heure de début"),
        ("Respondent-ID", "Påbörjad"),
        ("ID", "Hora de inicio"),
        ("Deelnemer", "Begintijd"),
    ],
)
def test_a_survey_forms_start_time_is_its_date_not_a_numbered_id(ws, participant, started):
    text = (
        f"{participant};{started};Firma;Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?\n"
        "48000;04.03.2025 14:05:12;Acme;9\n48001;12.06.2025 09:30:00;Globex;5\n"
    )
    result, loaded = load_text(ws, "ergebnisse.csv", text)
    assert result.table == "surveys"
    assert [r["date"] for r in loaded] == [D(2025, 3, 4), D(2025, 6, 12)]


# ------------------------------------------------------------------------------ "no figure" cells in a grid
@pytest.mark.parametrize("nothing", ["—", "-", "n/a", "TBD", "n.v.t."])
def test_a_grid_cell_saying_there_is_no_figure_is_no_row(ws, nothing):
    text = f"Account;jan/25;fev/25;mar/25\nAcme;{nothing};{nothing};12\nGlobex;5;7;9\n"
    result, loaded = load_text(ws, "active_users_by_month.csv", text)
    assert result.table == "usage"
    assert [(r["account"], r["date"], r["active_users"]) for r in loaded] == [
        ("Acme", D(2025, 3, 1), 12),
        ("Globex", D(2025, 1, 1), 5),
        ("Globex", D(2025, 2, 1), 7),
        ("Globex", D(2025, 3, 1), 9),
    ]


# ------------------------------------------------------------------------------ "R$ 2.000,00"
@pytest.mark.parametrize(
    ("headers", "written", "amounts"),
    [
        ("Cliente;Data;Evento;Valor", ("R$ 2.000,00", "R$ 500,50"), [2000.0, 500.5]),
        ("Customer;Date;Event;Value", ("US$ 1,200.00", "US$ 80.25"), [1200.0, 80.25]),
        ("Client;Date;Événement;Valeur", ("C$ 900", "C$ 1 250"), [900.0, 1250.0]),
        ("Kunde;Datum;Ereignis;Wert", ("A$1.500,00", "A$75,00"), [1500.0, 75.0]),
    ],
)
def test_a_currency_sign_after_letters_is_money_and_makes_the_events_revenue_changes(
    ws, headers, written, amounts
):
    text = (
        f"{headers}\nAcme;05/01/2024;Upgrade;{written[0]}\nGlobex;18/01/2024;Cancelamento;{written[1]}\n"
        f"Initech;20/01/2024;Renewal;{written[1]}\n"
    )
    result, loaded = load_text(ws, "events.csv", text)
    assert result.table == "revenue"
    amount_header = headers.split(";")[3]
    assert result.mapping[amount_header] == "amount"
    assert [r["kind"] for r in loaded] == ["expansion", "churn", "renewal"]
    assert [abs(r["amount"]) for r in loaded] == [amounts[0], amounts[1], amounts[1]]


# ------------------------------------------------------------------------------ "Vertrag angelegt"
@pytest.mark.parametrize(
    ("event_header", "created", "upgrade", "cancelled"),
    [
        ("Vorgang", "Vertrag angelegt", "Upgrade", "Vertrag gekündigt"),
        ("Evento", "Contrato criado", "Upgrade de plano", "Cancelamento"),
        ("Événement", "Contrat créé", "Upgrade", "Résiliation"),
        ("Evento", "Contratto creato", "Upgrade", "Disdetta"),
        ("Gebeurtenis", "Contract aangemaakt", "Upgrade", "Opzegging"),
        ("Evento", "Suscripción creada", "Upgrade", "Cancelación"),
    ],
)
def test_a_contract_created_in_other_languages_is_new_business(ws, event_header, created, upgrade, cancelled):
    text = (
        f"Kunde;Datum;{event_header};MRR\n"
        f"Acme;05.01.2024;{created};+1.000,00\nGlobex;18.01.2024;{upgrade};+250,00\n"
        f"Initech;20.01.2024;{cancelled};-500,00\nAcme;21.02.2024;{created};+300,00\n"
    )
    result, loaded = load_text(ws, "contract_changes.csv", text)
    assert result.table == "revenue"
    assert result.mapping[event_header] == "kind"
    assert [r["kind"] for r in loaded] == ["new", "expansion", "churn", "new"]


# ------------------------------------------------------------------------------ a checklist is a plan of steps
@pytest.mark.parametrize(
    ("headers", "ticked", "unticked"),
    [
        ("Account,Task,Owner,Due,Done", "TRUE", "FALSE"),
        ("Kunde,Aufgabe,Verantwortlich,Fällig am,Erledigt", "x", ""),
        ("Client,Tâche,Responsable,Échéance,Terminé", "Oui", "Non"),
        ("Cliente,Tarea,Responsable,Vencimiento,Hecho", "Sí", "No"),
        ("Klant,Taak,Eigenaar,Deadline,Afgerond", "ja", "nee"),
    ],
)
def test_a_checklist_without_a_type_column_is_a_plan_of_steps(ws, headers, ticked, unticked):
    account, task = headers.split(",")[:2]
    text = (
        f"{headers}\nAcme,Kickoff call,Dana Lee,2025-02-10,{ticked}\nAcme,SSO configured,Dana Lee,2025-02-17,{unticked}\n"
        f"Globex,Kickoff call,Sam Ortiz,2025-03-03,{ticked}\nGlobex,Data import,Sam Ortiz,2025-03-10,{unticked}\n"
    )
    result, loaded = load_text(ws, "checklist.csv", text)
    assert result.table == "plans"
    assert result.mapping[task] == "item"
    assert [(r["account"], r["kind"], r["status"]) for r in loaded] == [
        ("Acme", "step", "done"),
        ("Acme", "step", "open"),
        ("Globex", "step", "done"),
        ("Globex", "step", "open"),
    ]


def test_a_plan_file_without_a_type_column_and_no_done_box_still_asks_for_the_type(ws):
    text = "Account,Task,Owner,Status\nAcme,Kickoff call,Dana Lee,Green\nGlobex,Data import,Sam Ortiz,Red\n"
    with pytest.raises(Exception, match="kind"):
        load_text(ws, "plan.csv", text)
