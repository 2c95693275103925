"""Words in headers and values the importer did not know: zone names after a clock, status pairs,
revenue that is a company's size, the other party of a call.

Every case is a tiny file whose answer is worked out by hand in the comment next to it, tried on
several spellings (case, language, word order) of the same thing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing import ImportOptions
from cs_dash.importing.headers import normalize_header
from cs_dash.importing.month_names import read_month_name_date
from cs_dash.importing.parse import month_name_without_year, tag_of
from cs_dash.workspace import Workspace
from tests.export_judge import loaded_rows
from tests.import_helpers import load_text as _load


@pytest.mark.parametrize(
    "opened, closed, utc_opened, utc_closed",
    [
        # PST is eight hours behind UTC: 5:10 AM is 13:10 UTC, 11:30 PM the next day's 07:30.
        ("Sep 2, 2024 5:10 AM PST", "Sep 3, 2024 11:30 PM PST", (2024, 9, 2, 13, 10), (2024, 9, 4, 7, 30)),
        # MEZ (German for CET) is one hour ahead: 14:05 is 13:05 UTC; MESZ two hours: 09:00 is 07:00.
        ("03.12.2024 14:05 MEZ", "04.06.2025 09:00 MESZ", (2024, 12, 3, 13, 5), (2025, 6, 4, 7, 0)),
        # Lower case and in brackets: 10:00 CET is 09:00 UTC; EDT is four hours behind, 18:15 is 22:15.
        ("2025-01-10 10:00 (cet)", "2025-01-11 18:15 edt", (2025, 1, 10, 9, 0), (2025, 1, 11, 22, 15)),
        # JST nine hours ahead: 08:30 is the previous day's 23:30; UTC stays as written.
        ("2025-02-01 08:30:00 JST", "2025-02-02 12:00:00 UTC", (2025, 1, 31, 23, 30), (2025, 2, 2, 12, 0)),
    ],
)
def test_a_time_ending_in_a_zone_name_is_converted_to_utc(opened, closed, utc_opened, utc_closed):
    text = f'Ticket ID,Company,Created At,Resolved At\nT-1,Acme,"{opened}","{closed}"\n'
    result, rows = _load("tickets.csv", text)
    assert result.table == "tickets"
    assert rows[0]["opened_at"] == dt.datetime(*utc_opened)
    assert rows[0]["closed_at"] == dt.datetime(*utc_closed)


def test_a_zone_name_that_means_several_zones_is_not_guessed():
    # IST is India's, Ireland's and Israel's: the time is rejected, not read in one of them.
    text = 'Ticket ID,Company,Created At\nT-1,Acme,"2025-01-10 10:00 IST"\nT-2,Beta,"2025-01-11 10:00 CET"\n'
    ws = Workspace(memory_limit="256MB", threads=1)
    try:
        result = ws.add_file("tickets.csv", text.encode())
        rows = loaded_rows(ws, result.table, "tickets.csv") if result.ok else []
    finally:
        ws.close()
    assert [r["opened_at"] for r in rows] == [dt.datetime(2025, 1, 11, 9, 0)]
    assert result.rows_rejected == 1


@pytest.mark.parametrize(
    "done, not_done",
    [
        ("Completed", "Not Completed"),
        ("done", "Not done"),
        ("Erledigt", "Nicht erledigt"),
        ("Terminé", "Non terminé"),
    ],
)
def test_a_plan_whose_status_is_done_or_not_is_a_checklist_of_steps(done, not_done):
    # No kind column; the status says only done or not: three steps, two done and one open.
    text = (
        f"Customer,Task,Status\nAcme,Kick-off call,{done}\nAcme,Connect the CRM,{not_done}\n"
        f"Beta,Kick-off call,{done}\n"
    )
    result, rows = _load("checklist.csv", text)
    assert result.table == "plans"
    assert [r["kind"] for r in rows] == ["step"] * 3
    assert sorted(r["status"] for r in rows) == ["done", "done", "open"]


def test_a_plan_status_with_a_third_state_is_not_taken_for_a_tick_box():
    # "In progress" beside done and not started: the file may hold goals, so the kind is asked.
    text = "Customer,Task,Status\nAcme,Kick-off,Done\nAcme,Connect CRM,In progress\nBeta,Train,Not started\n"
    ws = Workspace(memory_limit="256MB", threads=1)
    try:
        result = ws.add_file("plan.csv", text.encode())
    finally:
        ws.close()
    assert not result.ok


@pytest.mark.parametrize(
    "item, item_status, run_status",
    [("Task Name", "Task Status", "Run Status"), ("Step", "Step status", "Workflow Status"),
     ("Aufgabe", "Status Aufgabe", "Status Projekt")],
)  # fmt: skip
def test_the_status_sharing_the_item_header_word_is_the_items_status(item, item_status, run_status):
    # The run's status is "Active" on every row; the items' own are two done, one not.
    text = (
        f"Customer,{run_status},{item},{item_status}\nAcme,Active,Kick-off call,Completed\n"
        "Acme,Active,Connect the CRM,Not Completed\nBeta,Active,Kick-off call,Completed\n"
    )
    result, rows = _load("runs.csv", text)
    assert result.mapping[item_status] == "status"
    assert sorted(r["status"] for r in rows) == ["done", "done", "open"]


@pytest.mark.parametrize(
    "company_revenue, paid",
    [("Annual Revenue", "Contract ARR"), ("annual revenue", "ARR"), ("Jahresumsatz", "Vertragswert"),
     ("Chiffre d'affaires", "ARR"), ("Revenue", "Subscription Value")],
)  # fmt: skip
def test_a_company_s_own_revenue_gives_way_to_what_it_pays(company_revenue, paid):
    # Two customers paying 7,200 and 10,800 a year: 18,000, not their 1,050,000,000 turnover.
    text = (
        f"Customer Name,{paid},{company_revenue},Renewal Date\n"
        'Acme,"7,200","150,000,000",2026-03-13\nBeta,"10,800","900,000,000",2026-07-21\n'
    )
    result, rows = _load("customers.csv", text)
    assert result.table == "accounts"
    assert result.mapping[paid] == "arr"
    assert sum(r["arr"] for r in rows) == 18_000


@pytest.mark.parametrize("company_revenue", ["Annual Revenue", "Umsatz", "Fatturato"])
def test_a_company_s_own_revenue_alone_is_read_as_arr_and_said_so(company_revenue):
    text = (
        f'Customer Name,{company_revenue},Renewal Date\nAcme,"7,200",2026-03-13\nBeta,"10,800",2026-07-21\n'
    )
    result, rows = _load("customers.csv", text)
    assert result.mapping[company_revenue] == "arr"
    assert any(w.startswith(f"{company_revenue} was read as the ARR") for w in result.warnings)


@pytest.mark.parametrize("name", ["Name", "name", "Nom", "Nombre", "Naam"])
def test_a_bare_name_header_of_company_names_is_the_account_of_a_call_log(name):
    # A call log names the other party only as "Name": three calls with two companies.
    text = (
        f"Date,{name},Direction,User,Duration\n2024-09-02,Lakeshore Realty Group,Outbound,Tanya Okafor,0:19:59\n"
        "2024-09-21,Pinecrest Credit Union,Inbound,Marcus Bell,0:22:46\n"
        "2024-10-15,Lakeshore Realty Group,Inbound,Tanya Okafor,0:42:09\n"
    )
    result, rows = _load("calls.csv", text)
    assert result.table == "engagements"
    assert result.mapping[name] == "account"
    assert sorted({r["account"] for r in rows}) == ["Lakeshore Realty Group", "Pinecrest Credit Union"]


@pytest.mark.parametrize(
    "question",
    [
        "Sur une échelle de 0 à 10, quelle est la probabilité que vous nous recommandiez à un collègue ?",
        "Recommanderiez-vous notre produit à un ami ?",
        "Auf einer Skala von 0 bis 10: Würden Sie uns einem Kollegen weiterempfehlen?",
        "¿Con qué probabilidad nos recomendarías a un colega?",
        "Quanto ci raccomanderesti a un collega?",
        "Hoe waarschijnlijk zou u ons aanbevelen bij een collega?",
    ],
)
def test_the_recommend_question_in_other_words_and_languages_is_the_score(question):
    # Three answers, 3, 9 and 10: a mean of 22 / 3.
    text = f'Company,Date,"{question}"\nAcme,2024-10-30,3\nBeta,2024-11-30,9\nGamma,2024-12-09,10\n'
    result, rows = _load("answers.csv", text)
    assert result.table == "surveys"
    assert result.mapping[question] == "score"
    assert [r["score"] for r in rows] == [3, 9, 10]


def test_the_recommend_question_answered_yes_or_no_is_the_recommendation():
    question = "Recommanderiez-vous notre produit à un ami ?"
    text = f'Société,Date,"{question}"\nAcme,2024-10-30,Oui\nBeta,2024-11-30,Non\nGamma,2024-12-09,Oui\n'
    result, rows = _load("answers.csv", text)
    assert result.mapping[question] == "recommend"
    assert [r["recommend"] for r in rows] == [True, False, True]


@pytest.mark.parametrize(
    "why", ["Pourquoi avez-vous donné cette note ?", "Warum haben Sie diese Note gegeben?"]
)
def test_the_why_question_of_a_survey_is_its_comment(why):
    text = f'Company,Date,NPS,"{why}"\nAcme,2024-10-30,3,Too expensive\nBeta,2024-11-30,9,\n'
    result, _ = _load("answers.csv", text)
    assert result.mapping[why] == "comment"


@pytest.mark.parametrize(
    "updated", ["Aktualisiert am", "aktualisiert", "Mis à jour le", "Última actualización", "Aggiornato il",
                "Laatst bijgewerkt"],
)  # fmt: skip
def test_when_a_plan_item_was_last_updated_is_when_it_was_last_reviewed(updated):
    # Two items, updated on 20 March and 14 February 2025 (day first, the times dropped).
    text = (
        f"Account;Item;Kind;Status;{updated}\nAcme;Roll out;Goal;Done;20.03.2025 09:15\n"
        "Beta;Kick-off;Step;Open;14.02.2025 09:15\n"
    )
    result, rows = _load("plan.csv", text)
    assert result.mapping[updated] == "reviewed_on"
    assert [r["reviewed_on"] for r in rows] == [dt.date(2025, 3, 20), dt.date(2025, 2, 14)]


@pytest.mark.parametrize(
    "person, organisation",
    [("Cliente", "Organização"), ("Cliente", "Organización"), ("Cliente", "Organizzazione"),
     ("Customer", "Organization"), ("Client", "Société")],
)  # fmt: skip
def test_the_organisation_of_companies_is_the_account_beside_a_customer_who_is_a_person(person, organisation):
    # A help desk's customer is the person who asked; the account is the company they work for.
    text = (
        f"Ticket ID,Subject,{person},{organisation},Created\n"
        "T-1,Login,Fernanda Rocha,Bodega Los Almendros S.L.,2024-09-18\n"
        "T-2,Slow,Tiago Martins,Lindqvist Möbler AB,2024-10-02\n"
        "T-3,Billing,Paulo Souza,Kaiser Logistik AG,2024-11-11\n"
    )
    result, rows = _load("tickets.csv", text)
    assert result.mapping[organisation] == "account"
    assert sorted(r["account"] for r in rows) == [
        "Bodega Los Almendros S.L.", "Kaiser Logistik AG", "Lindqvist Möbler AB"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "milestone, task, blocker",
    [("Milestone", "Task", "Roadblock"), ("milestone", "task", "Risk"), ("Meilenstein", "Aufgabe", "Risiko"),
     ("Jalon", "Tâche", "Risque")],
)  # fmt: skip
def test_milestones_beside_tasks_and_no_goal_are_the_goals(milestone, task, blocker):
    # Two milestones, one task, one blocker: the milestones are what the task leads to.
    text = (
        f"Customer,Task Name,Task Type,Status\nAcme,Sponsor in place,{milestone},Open\n"
        f"Acme,Connect the CRM,{task},Open\nBeta,Reduce onboarding time,{milestone},Open\n"
        f"Beta,Security review pending,{blocker},Open\n"
    )
    result, rows = _load("onboarding.csv", text)
    assert [r["kind"] for r in rows] == ["goal", "step", "goal", "blocker"]


@pytest.mark.parametrize("goal", ["Goal", "Objective", "Ziel"])
def test_milestones_beside_goals_stay_steps(goal):
    text = (
        f"Customer,Title,Type,Status\nAcme,Sponsor in place,Milestone,Open\nAcme,Grow usage,{goal},Open\n"
        "Beta,Connect the CRM,Task,Open\n"
    )
    result, rows = _load("plan.csv", text)
    assert [r["kind"] for r in rows] == ["step", "goal", "step"]


@pytest.mark.parametrize(
    "value, tag",
    [("Planned Touch", "proactive"), ("planned touch", "proactive"), ("Unplanned", "reactive"),
     ("Unplanned Touch", "reactive"), ("Geplanter Kontakt", None), ("geplant", "proactive"),
     ("Ungeplant", "reactive"), ("Contact planifié", "proactive"), ("Contact non planifié", "reactive"),
     ("Toque não planejado", "reactive"), ("Not planned", "reactive"), ("Planned, but reactive", None)],
)  # fmt: skip
def test_a_planned_touch_is_proactive_and_an_unplanned_one_reactive(value, tag):
    # "Geplanter" is another word than "geplant"; a value naming both sides decides nothing.
    assert tag_of(value) == tag


@pytest.mark.parametrize(
    "planned, unplanned",
    [("Planned Touch", "Unplanned Touch"), ("PLANNED", "UNPLANNED"), ("Kontakt geplant", "Kontakt ungeplant"),
     ("Suivi planifié", "Suivi non planifié")],
)  # fmt: skip
def test_a_task_type_saying_planned_or_unplanned_is_the_engagements_tag(planned, unplanned):
    # No tag column: two planned touches and one unplanned one are 2 proactive, 1 reactive.
    text = (
        "Account Name,Task Type,Assigned To,Completed Date\n"
        f"Acme,{planned},Ann Lee,2025-01-02\nBeta,{unplanned},Ann Lee,2025-01-03\n"
        f"Acme,{planned},Bo Chan,2025-01-04\n"
    )
    result, rows = _load("tasks.csv", text)
    assert result.table == "engagements"
    assert result.mapping["Task Type"] == "tag"
    assert [r["tag"] for r in rows] == ["proactive", "reactive", "proactive"]


@pytest.mark.parametrize(
    "header, words",
    [("N° d'incident", "numero d incident"), ("Nº do chamado", "numero do chamado"),
     ("nr. der Meldung", "numero der meldung"), ("N° du dossier", "numero du dossier"),
     ("Nº de usuarios", "no de usuarios"), ("No. of seats", "no of seats"), ("N° des tickets", "n° des tickets"),
     ("N° de licences", "n° de licences")],
)  # fmt: skip
def test_a_number_sign_of_one_thing_is_its_number_and_of_many_things_a_count(header, words):
    # "the number of the incident" is an id; "the number of users" (a plural) counts.
    assert normalize_header(header).words == words


@pytest.mark.parametrize(
    "header", ["N° d'incident", "Nº do chamado", "Nr. Vorgang", "N° du ticket", "nº DE CHAMADO"]
)
def test_the_number_of_a_ticket_in_the_words_of_a_service_desk_is_the_ticket_id(header):
    text = (
        f"{header};Société;Date d'ouverture;Date de clôture\n"
        "I240915_0011;Acme;15/09/2024 13:24:00;16/09/2024 13:24:00\nI240926_0010;Globex;26/09/2024 13:57:00;\n"
    )
    result, rows = _load("incidents.csv", text)
    assert result.table == "tickets"
    assert result.mapping[header] == "ticket_id"
    assert [r["ticket_id"] for r in rows] == ["I240915_0011", "I240926_0010"]


@pytest.mark.parametrize(
    "lane, column",
    [("Lane", "Column"), ("Swimlane", "Column Name"), ("LANE", "COLUMN"), ("Swim lane", "Spalte"),
     ("lane_name", "Colonne")],
)  # fmt: skip
def test_a_boards_lane_of_customers_is_the_account_and_its_column_the_status(lane, column):
    # The lane holds company names and the column the stage: two cards of Acme, one of Globex;
    # Done is done, In Progress open, Blocked at risk.
    text = (
        f"Card ID,Title,{lane},{column},Type\n"
        "1,Reduce onboarding time,Acme GmbH,Done,Goal\n"
        "2,Connect the warehouse,Acme GmbH,Blocked,Task\n"
        "3,Champion left,Globex Ltd,In Progress,Impediment\n"
    )
    result, rows = _load("board.csv", text)
    assert result.table == "plans"
    assert result.mapping[lane] == "account"
    assert result.mapping[column] == "status"
    assert [(r["account"], r["status"]) for r in rows] == [
        ("Acme GmbH", "done"), ("Acme GmbH", "at risk"), ("Globex Ltd", "open")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "account, csm, arr, renewal, status",
    [("顧客名", "担当CSM", "年間契約金額", "契約更新日", "ステータス"),
     ("会社名", "CS担当", "年間契約額", "次回更新日", "契約状況"),
     ("取引先名", "担当者", "ＡＲＲ", "更新日", "状態")],
)  # fmt: skip
def test_japanese_headers_and_statuses_name_an_accounts_columns(account, csm, arr, renewal, status):
    # Three customers, one cancelled (解約): 2 active, 1 churned; ARR 1,200,000 + 600,000 + 300,000.
    text = (
        f"レコード番号,{status},{renewal},{arr},{csm},{account}\n"
        '1,契約中,2026-02-26,"1,200,000",佐藤 花子,Sakura Foods K.K.\n'
        '2,解約,2025-10-25,"600,000",鈴木 一郎,Kaiser Logistik AG\n'
        '3,利用中,2026-03-12,"300,000",佐藤 花子,Atelier Dubois SARL\n'
    )
    result, rows = _load("kintone.csv", text)
    assert result.table == "accounts"
    assert {result.mapping[h] for h in (account, csm, arr, renewal, status)} == {
        "account", "csm", "arr", "renewal_date", "status"
    }  # fmt: skip
    assert [r["status"] for r in rows] == ["active", "churned", "active"]
    assert sum(r["arr"] for r in rows) == 2_100_000


@pytest.mark.parametrize(
    "value, status",
    [("契約中", "active"), ("解約", "churned"), ("解約済み", "churned"), ("ｱｸﾃｨﾌﾞ", "active"),
     ("Active", "active"), ("Ενεργός", None)],
)  # fmt: skip
def test_a_status_word_in_any_script_is_looked_up_as_a_word(value, status):
    # Half-width katakana are the full-width word; a Greek word the list lacks stays unknown.
    from cs_dash.importing.vocabulary import ACCOUNT_STATUS_VOCABULARY

    assert ACCOUNT_STATUS_VOCABULARY.lookup(value) == status


def test_japanese_ticket_headers_name_a_tickets_columns():
    text = (
        "チケット番号,顧客名,受付日時,解決日時,優先度\n"
        "T-1,Sakura Foods K.K.,2025-03-14 10:00,2025-03-15 09:00,高\n"
        "T-2,Kaiser Logistik AG,2025-03-16 11:00,,低\n"
    )
    result, rows = _load("問い合わせ.csv", text)
    assert result.table == "tickets"
    assert [(r["ticket_id"], r["account"]) for r in rows] == [
        ("T-1", "Sakura Foods K.K."), ("T-2", "Kaiser Logistik AG")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "done, still_open",
    [("Erledigt", "Offen"), ("Done", "Open"), ("DONE", "OPEN"), ("Fait", "Ouvert"), ("Hecho", "Pendiente"),
     ("Afgerond", "Open")],
)  # fmt: skip
def test_a_plan_whose_status_is_done_or_open_alone_is_a_checklist_of_steps(done, still_open):
    # Ticked off or still open, nothing else: three steps, two done and one open, and it is said.
    text = (
        f"Kunde,Titel,Status\nAcme,Kick-off call,{done}\nAcme,Connect the CRM,{still_open}\n"
        f"Beta,Kick-off call,{done}\n"
    )
    result, rows = _load("checkliste.csv", text)
    assert result.table == "plans"
    assert [(r["kind"], r["status"]) for r in rows] == [("step", "done"), ("step", "open"), ("step", "done")]
    assert any(c.key == "kind:checklist_steps" for c in result.conversions)


@pytest.mark.parametrize(
    "value, read",
    [("März", (3, 1, "de")), ("Jan", (1, 1, "en")), ("janvier", (1, 1, "fr")), ("3 janv.", (1, 3, "fr")),
     ("3 de marzo", (3, 3, "es")), ("MAART", (3, 1, "nl")), ("Acme", None), ("12 März 2024", None), ("Q1", None)],
)  # fmt: skip
def test_a_month_name_without_a_year_is_a_month_and_a_day(value, read):
    # A month alone is its first day; a date with its year is no yearless value.
    assert month_name_without_year(value) == read


@pytest.mark.parametrize(
    "title, name, months, year",
    [("Kontaktlog 2025", "kontakte.csv", ("März", "April", "Mai"), 2025),
     ("", "touches_2024.csv", ("Jan", "Feb", "Mar"), 2024),
     ("Suivi des contacts - au 31/03/2026", "suivi.csv", ("janvier", "février", "mars"), 2026)],
)  # fmt: skip
def test_month_names_without_a_year_take_the_year_of_the_title_or_the_file_name(title, name, months, year):
    # The title line, an as-of line or the file name gives the one year: each month's first day.
    first, second, third = months
    text = (
        (f"{title}\n" if title else "")
        + f"Month,Account,CSM,Tag\n{first},Acme,Ann Lee,Proactive\n{second},Beta,Ann Lee,Reactive\n"
        f"{third},Acme,Bo Chan,Proactive\n"
    )
    result, rows = _load(name, text)
    assert [r["date"] for r in rows] == [
        dt.date(year, 1 + k + (2 if first == "März" else 0), 1) for k in range(3)
    ]
    assert any(c.key == "date:yearless" and str(year) in c.text for c in result.conversions)


def test_a_month_name_without_a_year_takes_the_one_year_of_the_columns_other_dates():
    text = "Date,Account,CSM,Tag\njanvier,Acme,Ann Lee,Proactive\n2025-02-03,Beta,Ann Lee,Reactive\n"
    result, rows = _load("touches.csv", text)
    assert [r["date"] for r in rows] == [dt.date(2025, 1, 1), dt.date(2025, 2, 3)]
    assert any("other dates" in c.text for c in result.conversions if c.key == "date:yearless")


def test_a_month_name_without_any_year_to_take_is_not_guessed():
    # Nothing names a year and no other date has one: the rows are rejected, each with its reason.
    ws = Workspace(memory_limit="256MB", threads=1)
    try:
        text = "Date,Account,CSM,Tag\nMärz,Acme,Ann Lee,Proactive\nApril,Beta,Ann Lee,Reactive\n"
        result = ws.add_file("touches.csv", text.encode())
    finally:
        ws.close()
    assert result.rows_loaded == 0 or not result.ok


@pytest.mark.parametrize(
    "value, read",
    [("12. Mai", (5, 12, "de")), ("12 mars", (3, 12, "fr")), ("25-Jan", (1, 25, "en")),
     ("3 de marzo", (3, 3, "es")), ("7 giugno", (6, 7, "it"))],
)  # fmt: skip
def test_a_day_before_a_month_name_is_a_day_and_never_a_year(value, read):
    # "12. Mai" is the twelfth of May, not May 2012; "Jan-25", with the month first, stays a month-year.
    assert read_month_name_date(value) is None
    assert month_name_without_year(value) == read
    assert read_month_name_date("Jan-25") == (dt.date(2025, 1, 1), "en", True)


@pytest.mark.parametrize(
    "text, dates",
    [
        # the as-of line names 2025: 12 May and 3 June of 2025
        ("Stand: 31.03.2025\nDatum;Kunde;CSM;Art\n12. Mai;Acme;Ann Lee;Proaktiv\n3. Juni;Beta;Ann Lee;Reaktiv\n",
         [dt.date(2025, 5, 12), dt.date(2025, 6, 3)]),
        # the column's other date is in 2024: 12 March 2024
        ("Date,Account,CSM,Tag\n12 mars,Acme,Ann Lee,Proactive\n2024-02-03,Beta,Ann Lee,Reactive\n",
         [dt.date(2024, 3, 12), dt.date(2024, 2, 3)]),
    ],
)  # fmt: skip
def test_a_day_and_month_without_a_year_take_the_year_of_the_as_of_line_or_the_other_dates(text, dates):
    result, rows = _load("kontakte.csv", text)
    assert [r["date"] for r in rows] == dates
    assert any(c.key == "date:yearless" for c in result.conversions)


def test_a_renewal_day_and_month_with_no_year_anywhere_are_rejected_with_a_reason_that_says_so():
    # A renewal may be this year's or next year's: no year is assumed for a date still to come.
    ws = Workspace(memory_limit="256MB", threads=1)
    try:
        text = "Kunde;CSM;Verlängerung\nAcme;Ann Lee;12. Mai\nBeta;Ann Lee;3. Juni\n"
        result = ws.add_file("kunden.csv", text.encode(), ImportOptions(table="accounts"))
    finally:
        ws.close()
    assert result.table == "accounts" and result.mapping["Verlängerung"] == "renewal_date"
    assert not any(c.key == "renewal_date:yearless" for c in result.conversions)
    assert all("no year" in reason for reason in result.rejects["reason"])
