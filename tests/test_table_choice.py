"""Which table a file is: exports from many systems, and the failures a first user met.

Each file is a few hand-made rows in the layout its system writes; the expected table and
mapping were read off the file by a person.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing import ImportOptions
from cs_dash.importing.mapping import ASK_BELOW, choose_table

D = dt.date


def _csv(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


HUBSPOT_COMPANIES = _csv(
    "Record ID,Company name,Company owner,Customer Success Manager,Annual Revenue,Lifecycle Stage,"
    "Create Date,Industry,Number of Employees",
    "9001,Acme Corp,Pat Sales,Dana Lee,120000,customer,2024-01-15,Software,250",
    "9002,Globex,Pat Sales,Sam Ortiz,45000,customer,2024-03-02,Retail,40",
    "9003,Initech,Lou Sales,Dana Lee,8000,churned,2023-11-20,Finance,12",
)


def test_an_accounts_export_is_accounts_and_the_csm_column_beats_the_sales_owner(load):
    r = load("companies.csv", data=HUBSPOT_COMPANIES)
    assert r.ok, r.error
    assert r.table == "accounts"
    assert r.mapping["Company name"] == "account"
    assert r.mapping["Customer Success Manager"] == "csm"
    assert "Company owner" not in r.mapping
    assert r.mapping["Annual Revenue"] == "arr"
    assert load.rows(r, "account", "csm", "arr") == [
        ("Acme Corp", "Dana Lee", 120000.0),
        ("Globex", "Sam Ortiz", 45000.0),
        ("Initech", "Dana Lee", 8000.0),
    ]
    assert r.confidence >= 0.7 and r.runner_up and r.table_reason


FRESHDESK_TICKETS = _csv(
    "Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Resolved time,Company Name",
    "101,Login fails,Closed,High,Email,Incident,Ann Agent,Tier 1,2025-02-03 09:00:00,2025-02-03 11:00:00,Acme Corp",
    "102,Export slow,Open,Low,Portal,Question,Bob Agent,Tier 2,2025-02-04 10:30:00,,Globex",
    "103,Billing,Resolved,Medium,Phone,Question,Ann Agent,Tier 1,2025-02-05 08:15:00,2025-02-06 08:15:00,Acme Corp",
)


def test_a_help_desk_export_is_tickets_not_account_plans(load):
    r = load("export.csv", data=FRESHDESK_TICKETS)
    assert r.ok, r.error
    assert r.table == "tickets"
    assert r.mapping["Ticket ID"] == "ticket_id"
    assert r.mapping["Company Name"] == "account"
    assert r.mapping["Created time"] == "opened_at"
    assert r.mapping["Resolved time"] == "closed_at"
    assert r.mapping["Priority"] == "priority"
    assert r.rows_loaded == 3


RENEWALS_REPORT = _csv(
    "Account Name,Account Owner,CSM,Renewal Date,ARR,Segment,Seats",
    "Acme Corp,Pat Sales,Dana Lee,2026-03-31,120000,Enterprise,250",
    "Globex,Lou Sales,Sam Ortiz,2026-05-15,45000,Mid-Market,40",
)


def test_a_renewals_report_filling_every_accounts_column_is_accounts(load):
    r = load("renewals_report.csv", data=RENEWALS_REPORT)
    assert r.ok, r.error
    assert r.table == "accounts"
    assert r.mapping["CSM"] == "csm" and "Account Owner" not in r.mapping
    assert load.rows(r, "account", "renewal_date", "arr") == [
        ("Acme Corp", D(2026, 3, 31), 120000.0),
        ("Globex", D(2026, 5, 15), 45000.0),
    ]


DELIGHTED_SURVEY = _csv(
    "id,Email,Score,Comment,Company,Created At",
    "r1,pat@acme.com,9,Great support,Acme Corp,2025-01-10",
    "r2,li@globex.com,6,Slow exports,Globex,2025-01-11",
    "r3,kim@initech.com,10,,Initech,2025-01-12",
)


def test_a_survey_export_with_an_id_is_surveys_not_tickets(load):
    r = load("responses.csv", data=DELIGHTED_SURVEY)
    assert r.ok, r.error
    assert r.table == "surveys"
    assert r.mapping["Score"] == "score" and r.mapping["Company"] == "account"
    assert r.mapping["Email"] == "respondent" and r.mapping["Created At"] == "date"
    assert load.rows(r, "account", "score") == [("Acme Corp", 9.0), ("Globex", 6.0), ("Initech", 10.0)]


ZENDESK_TICKETS = _csv(
    "Id,Requester,Requester organization,Subject,Status,Priority,Created at,Solved at,Assignee,Type",
    "5001,Pat,Acme Corp,Cannot log in,solved,high,2025-03-01 10:00,2025-03-01 12:00,Ann,incident",
    "5002,Li,Globex,Feature request,open,low,2025-03-02 09:00,,Bob,question",
    "5003,Kim,Initech,Outage,solved,urgent,2025-03-03 08:00,2025-03-03 09:30,Ann,problem",
)


def test_a_ticket_export_scoring_high_for_tickets_is_loaded_as_tickets(load):
    r = load("zendesk.csv", data=ZENDESK_TICKETS)
    assert r.ok, r.error
    assert r.table == "tickets"
    assert max(r.table_scores, key=r.table_scores.get) == "tickets"
    assert r.mapping["Id"] == "ticket_id" and r.mapping["Requester organization"] == "account"


@pytest.mark.parametrize(
    "account_header",
    [
        "Custom field (Organizations)",
        "_parentcustomerid_value@OData.Community.Display.V1.FormattedValue",
        "Account.Name",
        "ACCOUNT NAME",
        "accountName",
        "Nom du compte",
        "Kunde",
        "Nombre de la cuenta",
        "Klantnaam",
    ],
)
def test_the_account_column_a_person_sees_at_a_glance_is_found(load, account_header):
    data = _csv(
        f'Issue key,"{account_header}",Created,Priority',
        "SUP-1,Acme Corp,2025-01-02 10:00,High",
        "SUP-2,Globex,2025-01-03 11:00,Low",
    )
    r = load("issues.csv", data=data)
    assert r.ok, r.error
    assert r.table == "tickets"
    assert r.mapping[account_header] == "account"


@pytest.mark.parametrize(
    ("header", "values", "minutes"),
    [
        ("Duration (mins)", ("30", "45"), (30.0, 45.0)),
        ("Time spent in hrs", ("1.5", "0.5"), (90.0, 30.0)),
        ("Talk time (ms)", ("60000", "1800000"), (1.0, 30.0)),
        ("Duration (in seconds)", ("600", "90"), (10.0, 1.5)),
        ("durationMs", ("120000", "60000"), (2.0, 1.0)),
        ("Dauer in Minuten", ("20", "5"), (20.0, 5.0)),
    ],
)
def test_a_unit_in_the_header_still_converts_the_duration(load, header, values, minutes):
    data = _csv(
        f"Date,Account,CSM,Tag,{header}",
        f"2025-01-02,Acme Corp,Dana Lee,Proactive,{values[0]}",
        f"2025-01-03,Globex,Dana Lee,Reactive,{values[1]}",
    )
    r = load("tracker.csv", data=data)
    assert r.mapping[header] == "duration_min"
    assert [row[0] for row in load.rows(r, "duration_min")] == list(minutes)


def test_proactive_words_inside_a_type_make_it_the_tag(load):
    data = _csv(
        "Activity Date,Company,Owner,Activity Type",
        "2025-01-02,Acme Corp,Dana Lee,Proactive check-in",
        "2025-01-03,Globex,Dana Lee,Reactive escalation call",
        "2025-01-04,Initech,Sam Ortiz,Proactive QBR",
    )
    r = load("activities.csv", data=data)
    assert r.ok, r.error
    assert r.table == "engagements"
    assert r.mapping["Activity Type"] == "tag"
    assert r.mapping["Owner"] == "csm"


def test_a_silent_header_of_email_addresses_is_the_person():
    headers = ["Date", "Account", "Column 3", "Tag"]
    samples = {
        "Date": ["2025-01-02", "2025-01-03"],
        "Account": ["Acme", "Globex"],
        "Column 3": ["dana@vendor.com", "sam@vendor.com"],
        "Tag": ["Proactive", "Reactive"],
    }
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.table.name == "engagements" and best.complete
    assert best.mapping["Column 3"] == "csm"
    assert "e-mail" in best.reasons["Column 3"]


def _person_file(email_header: str, name_header: str, names_first: bool) -> tuple[list[str], dict]:
    people = [email_header, name_header] if not names_first else [name_header, email_header]
    headers = ["Date", "Account", *people, "Tag"]
    samples = {
        "Date": ["2025-01-02", "2025-01-03", "2025-01-04"],
        "Account": ["Acme", "Globex", "Acme"],
        email_header: ["dana.lee@vendor.io", "sam.wu@vendor.io", "dana.lee@vendor.io"],
        name_header: ["Dana Lee", "Sam Wu", "Dana Lee"],
        "Tag": ["Proactive", "Reactive", "Proactive"],
    }
    return headers, samples


@pytest.mark.parametrize("names_first", [False, True])
@pytest.mark.parametrize(
    ("email_header", "name_header"),
    [
        ("Author Email", "Author Name"),
        ("CSM Email", "CSM Name"),
        ("CSM E-mail", "CSM"),
        ("Owner Email", "Owner"),
        ("E-Mail Kundenbetreuer", "Kundenbetreuer"),
    ],
)
def test_the_csm_is_the_name_column_when_a_file_has_the_e_mail_too(email_header, name_header, names_first):
    headers, samples = _person_file(email_header, name_header, names_first)
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.table.name == "engagements"
    assert best.mapping.get(name_header) == "csm" and email_header not in best.mapping


def test_the_name_preferred_to_the_e_mail_says_so():
    headers, samples = _person_file("Author Email", "Author Name", names_first=False)
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert "preferred to the e-mail in Author Email" in best.reasons["Author Name"]


def test_the_e_mail_stays_the_csm_when_the_names_belong_to_someone_else():
    # "Account Owner" is the sales owner: it says less about the CSM than "CSM Email" does.
    headers, samples = _person_file("CSM Email", "Account Owner", names_first=True)
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.mapping["CSM Email"] == "csm"


def test_of_two_phrases_as_long_the_one_ending_the_header_decides():
    # Twenty made-up headers "<a> <b> <c> <d>" whose vocabulary names both "a b" and "c d": the
    # phrase at the end (a header's noun) always wins, whatever order the words would be visited in.
    from cs_dash.importing.mapping import Vocab, _contained

    for n in range(20):
        start, end = f"al{n} be{n}", f"ga{n} de{n}"
        assert _contained(f"{start} {end}", Vocab.of([start, end])) == (end, "end")


@pytest.mark.parametrize(
    ("churned", "flags"), [("Churned", ("false", "true")), ("Is Churned", ("no", "yes"))]
)
def test_one_row_per_account_with_revenue_and_a_churn_flag_is_accounts_not_engagements(churned, flags):
    # A yes/no churn flag is no Proactive/Reactive tag, so engagements lacks its tag.
    headers = ["Account Name", "Account ID", "MRR", "Next Renewal Date", "CSM", "Segment", churned]
    no, yes = flags
    samples = {
        "Account Name": ["Acme", "Globex", "Initech", "Hooli"],
        "Account ID": ["a1x", "b2y", "c3z", "d4w"],
        "MRR": ["8000", "2000", "2000", "500"],
        "Next Renewal Date": ["2025-08-28", "2026-06-07", "2026-03-26", "2025-10-01"],
        "CSM": ["Dana Lee", "Sam Ortiz", "Dana Lee", "Sam Ortiz"],
        "Segment": ["Enterprise", "SMB", "SMB", "Mid-Market"],
        churned: [no, no, yes, no],
    }
    best, _ = choose_table(headers, headers, samples, "export.csv")
    assert best.table.name == "accounts" and not best.needs_choice
    assert "tag" in next(c for c in _all(headers, samples) if c.table.name == "engagements").missing_required


def _all(headers, samples):
    from cs_dash.importing import evidence
    from cs_dash.importing.mapping import _assign
    from cs_dash.schema import TABLES

    profiles = {h: evidence.profile(v) for h, v in samples.items()}
    return [_assign(spec, headers, profiles, {}, "export.csv") for spec in TABLES.values()]


@pytest.mark.parametrize(
    ("header", "values", "first", "last"),
    [
        ("Renewal Month", ("Aug-25", "Jun-26", "Mar-26"), D(2025, 8, 1), D(2026, 3, 1)),
        ("Renewal Month", ("jan/25", "feb/26", "dec/25"), D(2025, 1, 1), D(2025, 12, 1)),
        ("Renewal Period", ("August 2025", "June 2026", "March 2026"), D(2025, 8, 1), D(2026, 3, 1)),
        ("Next Renewal Month", ("2025-08", "2026-06", "2026-03"), D(2025, 8, 1), D(2026, 3, 1)),
    ],
)
def test_a_date_written_as_a_month_fills_the_date_column_with_the_first_of_the_month(
    load, header, values, first, last
):
    data = _csv(
        f"Customer,{header},Current ARR",
        *(f"{name},{value},1000" for name, value in zip(("Acme", "Globex", "Initech"), values, strict=True)),
    )
    r = load("renewals.csv", data=data)
    assert r.table == "accounts" and r.mapping[header] == "renewal_date", r.mapping
    dates = [row[0] for row in load.rows(r, "renewal_date")]
    assert (dates[0], dates[2]) == (first, last) and None not in dates


def test_a_month_header_over_values_that_are_no_dates_is_not_a_date():
    headers = ["Customer", "Renewal Month", "ARR"]
    samples = {"Customer": ["A", "B"], "Renewal Month": ["soon", "later"], "ARR": ["10", "20"]}
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.mapping.get("Renewal Month") != "renewal_date"


@pytest.mark.parametrize(
    ("period", "periods", "day", "days"),
    [
        (
            "Month",
            ("Jan 2024", "Feb 2024", "Feb 2024"),
            "Effective date",
            ("2024-01-12", "2024-02-17", "2024-02-21"),
        ),
        (
            "Mois",
            ("Janv. 2024", "Févr. 2024", "Févr. 2024"),
            "Date d'effet",
            ("12/01/2024", "17/02/2024", "21/02/2024"),
        ),
        (
            "Monat",
            ("2024-01", "2024-02", "2024-02"),
            "Buchungsdatum",
            ("12.01.2024", "17.02.2024", "21.02.2024"),
        ),
        (
            "Quarter",
            ("Q1 2024", "Q1 2024", "Q2 2024"),
            "Posted date",
            ("2024-01-12", "2024-02-17", "2024-04-21"),
        ),
    ],
)
@pytest.mark.parametrize("day_first", [False, True])
def test_a_full_date_beside_a_month_is_the_date_of_a_revenue_change(period, periods, day, days, day_first):
    headers = (
        [day, period, "Customer", "Kind", "Amount"]
        if day_first
        else [period, day, "Customer", "Kind", "Amount"]
    )
    samples = {
        period: list(periods),
        day: list(days),
        "Customer": ["Acme Inc", "Beta LLC", "Gamma Ltd"],
        "Kind": ["New", "Expansion", "Churn"],
        "Amount": ["1200", "300", "500"],
    }
    best, _ = choose_table(headers, headers, samples, "bridge.csv")
    assert best.table.name == "revenue" and best.mapping.get(day) == "date", best.mapping
    assert period not in best.mapping


def _tickets(id_header: str, ids: list[str], extra: dict[str, list[str]] | None = None):
    samples = {
        id_header: ids,
        "Title": ["Invoice question", "SSO login fails", "Slow dashboard", "Export stuck"],
        "Workspace": ["Acme Inc", "Beta LLC", "Acme Inc", "Gamma Ltd"],
        "Severity": ["High", "Low", "Blocker", "Medium"],
        "Created Date": ["2024-10-06", "2024-11-24", "2024-12-03", "2024-12-18"],
        **(extra or {}),
    }
    headers = list(samples)
    return choose_table(headers, headers, samples, "export.csv")[0]


@pytest.mark.parametrize(
    ("header", "ids"),
    [
        ("Display ID", ["TKT-1003", "TKT-1006", "TKT-1013", "TKT-1008"]),
        ("Public number", ["#4521", "#4522", "#4530", "#4533"]),
        ("Human-readable key", ["SUP-7", "SUP-12", "SUP-13", "SUP-40"]),
        ("short_id", ["INC0012345", "INC0012346", "INC0012350", "INC0012351"]),
    ],
)
def test_a_qualified_id_over_unique_short_codes_is_the_ticket_id(header, ids):
    best = _tickets(header, ids)
    assert best.table.name == "tickets" and best.mapping.get(header) == "ticket_id", best.mapping


@pytest.mark.parametrize(
    ("header", "ids"),
    [
        ("Display ID", ["TKT-1003", "TKT-1003", "TKT-1006", "TKT-1006"]),  # repeated: no record's own id
        ("Display ID", ["Ann", "Bob", "Cy", "Dee"]),  # no codes
        ("Display name", ["TKT-1003", "TKT-1006", "TKT-1013", "TKT-1008"]),  # no id word
    ],
)
def test_a_qualified_id_header_says_nothing_over_other_values(header, ids):
    best = _tickets(header, ids)
    assert best.mapping.get(header) != "ticket_id" or not best.reasons[header].startswith("synonym")


def test_a_ticket_number_beats_a_display_id_as_the_ticket_id():
    extra = {"Ticket number": ["1003", "1006", "1013", "1008"]}
    best = _tickets("Display ID", ["TKT-1003", "TKT-1006", "TKT-1013", "TKT-1008"], extra)
    assert best.mapping.get("Ticket number") == "ticket_id" and best.mapping.get("Display ID") != "ticket_id"


HELP_DESK_STATES = ["new", "open", "stalled", "resolved"]
# States a plan item is in as well as a ticket.
SHARED_STATES = ["new", "open", "closed", "in progress"]


def _search_results(
    queue: str, requester: str, order: list[int] | None = None, states: list[str] = HELP_DESK_STATES
):
    samples = {
        "id": ["11", "12", "13", "14"],
        "Subject": ["Password reset", "API limit", "Cannot export", "Login fails"],
        queue: ["support", "support", "billing", "support"],
        "Status": states,
        requester: ["a@acme.example", "b@beta.example", "c@gamma.example", "a@acme.example"],
        "Customer": ["Acme Inc", "Beta LLC", "Gamma Ltd", "Acme Inc"],
        "Created": ["2024-09-04 10:35", "2024-10-04 11:00", "2024-11-04 09:00", "2024-12-04 08:00"],
    }
    headers = list(samples)
    headers = [headers[i] for i in order] if order else headers
    return choose_table(headers, headers, samples, "search.csv")[0]


@pytest.mark.parametrize(
    ("queue", "requester", "order"),
    [
        ("Queue", "Requestors", None),
        ("Warteschlange", "Anfragesteller", None),
        ("File d'attente", "Demandeur", [6, 5, 4, 3, 2, 1, 0]),
        ("Coda", "Richiedente", [1, 0, 2, 6, 3, 4, 5]),
    ],
)
def test_a_queue_and_a_requester_tell_a_ticket_list_from_a_plan(queue, requester, order):
    best = _search_results(queue, requester, order)
    assert best.table.name == "tickets" and not best.needs_choice, (best.table.name, best.confidence)


def test_without_a_queue_or_a_requester_the_same_rows_are_a_close_call():
    best = _search_results("Spalte 3", "Spalte 5", states=SHARED_STATES)
    assert best.table.name != "tickets" or best.needs_choice


def test_without_a_queue_or_a_requester_a_help_desk_s_states_tell_a_ticket_list():
    # "stalled" is a state only a ticket is in: the status column is the ticket's.
    best = _search_results("Spalte 3", "Spalte 5")
    assert best.table.name == "tickets" and not best.needs_choice, (best.table.name, best.confidence)


def test_a_month_stays_the_date_of_a_usage_row_beside_a_last_login_day():
    headers = ["Month", "Account", "Active users", "Last login"]
    samples = {
        "Month": ["2024-01", "2024-02", "2024-01", "2024-02"],
        "Account": ["Acme Inc", "Acme Inc", "Beta LLC", "Beta LLC"],
        "Active users": ["12", "14", "3", "5"],
        "Last login": ["2024-01-28", "2024-02-27", "2024-01-15", "2024-02-11"],
    }
    best, _ = choose_table(headers, headers, samples, "usage.csv")
    assert best.table.name == "usage" and best.mapping.get("Month") == "date", best.mapping


@pytest.mark.parametrize(
    ("item", "kind", "kinds"),
    [
        ("Voce", "Tipo", ("Obiettivo", "Ostacolo")),
        ("Eintrag", "Art", ("Ziel", "Hindernis")),
        ("Intitulé", "Type", ("Objectif", "Obstacle")),
        ("Tarea", "Tipo", ("Objetivo", "Bloqueo")),
        ("Onderdeel", "Soort", ("Doel", "Blocker")),
    ],
)
def test_the_plan_item_in_other_languages(item, kind, kinds):
    headers = ["Customer", item, kind]
    samples = {
        "Customer": ["Acme", "Globex", "Acme"],
        item: ["Executive sponsor in place", "Champion left", "Roll out to EMEA"],
        kind: [kinds[0], kinds[1], kinds[0]],
    }
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.table.name == "plans" and best.complete, best.mapping
    assert best.mapping[item] == "item"


def test_a_silent_header_of_scores_and_yes_no_fill_a_survey():
    headers = ["Company", "Submitted", "Q1", "Q2"]
    samples = {
        "Company": ["Acme", "Globex", "Initech", "Acme"],
        "Submitted": ["2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05"],
        "Q1": ["9", "10", "6", "9"],
        "Q2": ["yes", "yes", "no", "yes"],
    }
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.table.name == "surveys"
    assert best.mapping["Q1"] == "score" and best.mapping["Q2"] == "recommend"


def test_a_yes_no_column_with_its_own_name_is_not_taken_for_recommend():
    headers = ["Account", "Signup Date", "Is Trial"]
    samples = {"Account": ["A", "B"], "Signup Date": ["2025-01-02", "2025-01-03"], "Is Trial": ["yes", "no"]}
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.table.name == "accounts"


def test_plans_words_from_other_systems():
    headers = ["Customer", "Title", "Type", "Reason", "Owner", "Modified Date"]
    samples = {
        "Customer": ["Acme", "Globex"],
        "Title": ["Roll out to EMEA", "Fix SSO"],
        "Type": ["Goal", "Blocker"],
        "Reason": ["People", "Product"],
        "Owner": ["Dana", "Sam"],
        "Modified Date": ["2025-01-02", "2025-01-05"],
    }
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.table.name == "plans"
    assert best.mapping == {
        "Customer": "account",
        "Title": "item",
        "Type": "kind",
        "Reason": "dimension",
        "Owner": "owner",
        "Modified Date": "reviewed_on",
    }


def test_usage_words_visitors_and_mau():
    for measure in ("Visitors", "MAU", "Active Users", "Aktive Nutzer"):
        headers = ["Account Name", "Day", measure]
        samples = {"Account Name": ["A", "B"], "Day": ["2025-01-01", "2025-01-02"], measure: ["12", "40"]}
        best, _ = choose_table(headers, headers, samples, "x.csv")
        assert best.table.name == "usage", measure
        assert best.mapping[measure] == "active_users", measure


@pytest.mark.parametrize("event", ["Event", "event", "Evento"])
def test_an_event_column_of_names_is_the_feature_and_of_numbers_the_events(event):
    headers = [event, "Company", "Date", "Unique Users", "Total Events"]
    samples = {
        event: ["Report Exported", "Dashboard Viewed", "Alert Created"],
        "Company": ["Acme", "Acme", "Globex"],
        "Date": ["2025-01-06", "2025-01-06", "2025-01-13"],
        "Unique Users": ["23", "23", "7"],
        "Total Events": ["75", "265", "12"],
    }
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.table.name == "usage"
    assert best.mapping[event] == "feature" and best.mapping["Total Events"] == "events"
    counted = ["Company", "Date", event]
    best, _ = choose_table(counted, counted, {**samples, event: ["75", "265", "12"]}, "x.csv")
    assert best.mapping[event] == "events"


def test_mrr_maps_to_arr_and_cents_to_amount():
    headers = ["Customer", "MRR", "Monthly Recurring Revenue (USD)"]
    best, _ = choose_table(headers[:2], headers[:2], {}, "customers.csv")
    assert best.table.name == "accounts" and best.mapping["MRR"] == "arr"
    headers = ["Customer", "Date", "Type", "Amount in cents"]
    samples = {
        "Customer": ["A", "B"],
        "Date": ["2025-01-01", "2025-02-01"],
        "Type": ["new_biz", "expansion"],
        "Amount in cents": ["120000", "5000"],
    }
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.table.name == "revenue" and best.mapping["Amount in cents"] == "amount"


# Active users (usage) and a rating (a survey answer): either table fits as well.
MIXED = _csv(
    "Account,Date,Owner,Users,Rating",
    "Acme Corp,2025-01-02,Dana Lee,5,4",
    "Globex,2025-01-03,Sam Ortiz,7,5",
)


def test_a_close_call_waits_for_the_users_table_choice(load):
    r = load("mixed.csv", data=MIXED)
    assert not r.ok and r.needs_table_choice
    assert r.confidence < ASK_BELOW
    assert r.staging_table is None
    assert {r.table, r.runner_up} == {"usage", "surveys"}
    assert "waits for you to choose its table" in r.error
    chosen = load("mixed.csv", ImportOptions(table="usage"), data=MIXED)
    assert chosen.ok and chosen.confidence == 1.0 and chosen.rows_loaded == 2
    assert chosen.mapping["Users"] == "active_users"


def test_the_command_line_loads_a_close_call_when_told_it_may(load):
    r = load("mixed.csv", ImportOptions(accept_unsure=True), data=MIXED)
    assert r.ok and not r.needs_table_choice
    assert any("close call" in w for w in r.warnings)


def test_a_clear_choice_does_not_wait():
    headers = ["Name", "Status"]
    samples = {"Name": ["Acme", "Globex"], "Status": ["active", "churned"]}
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.table.name == "accounts" and not best.needs_choice


@pytest.mark.parametrize(
    ("headers", "kinds"),
    [
        # Xero: the contact billed is the customer; the kind is in the reference.
        (["ContactName", "InvoiceNumber", "Reference", "InvoiceDate", "Total"], ["Upsell", "Renewal", "New"]),
        # QuickBooks: a running number 'No.' and the kind inside the memo.
        (
            ["Date", "Transaction type", "No.", "Customer", "Memo/Description", "Amount"],
            ["New annual subscription", "Annual renewal", "Expansion - extra seats"],
        ),
        # FreshBooks-like: the client billed and a free-text description.
        (
            ["Client Name", "Invoice #", "Date Issued", "Description", "Amount"],
            ["Renewal 2025", "Upgrade to Pro plan", "New business - first year"],
        ),
    ],
)
def test_an_invoice_export_is_revenue_with_the_kind_from_its_text(headers, kinds):
    values = {
        "contactname": ["Acme", "Globex", "Initech"],
        "customer": ["Acme", "Globex", "Initech"],
        "client name": ["Acme", "Globex", "Initech"],
        "invoicenumber": ["INV-0001", "INV-0002", "INV-0003"],
        "no.": ["1000", "1001", "1002"],
        "invoice #": ["1000", "1001", "1002"],
        "invoicedate": ["21/01/2024", "28/02/2024", "10/03/2024"],
        "date": ["01/03/2024", "02/27/2024", "03/24/2024"],
        "date issued": ["2024-01-03", "2024-02-27", "2024-03-24"],
        "transaction type": ["Invoice", "Invoice", "Invoice"],
        "total": ["4800.00", "3000.00", "12000.00"],
        "amount": ["6,000.00", "3,000.00", "24,000.00"],
    }
    samples = {h: values.get(h.lower(), kinds) for h in headers}
    best, _ = choose_table(headers, headers, samples, "export.csv")
    assert best.table.name == "revenue", best.why
    kind_header = next(h for h in headers if samples[h] is kinds)
    assert best.mapping[kind_header] == "kind"
    account = next(h for h in headers if samples[h] == ["Acme", "Globex", "Initech"])
    assert best.mapping[account] == "account"
    assert "ticket_id" not in best.mapping.values()


def test_a_contact_is_a_person_outside_billing():
    """In a help desk the contact is who wrote in, not the account."""
    headers = ["Ticket ID", "Subject", "Contact Name", "Company", "Created", "Status"]
    samples = {
        "Ticket ID": ["101", "102", "103"],
        "Subject": ["Login fails", "Invoice copy", "Export broken"],
        "Contact Name": ["Ann Lee", "Bo Chan", "Cy Diaz"],
        "Company": ["Acme", "Globex", "Initech"],
        "Created": ["2024-01-03", "2024-02-27", "2024-03-24"],
        "Status": ["Open", "Closed", "Pending"],
    }
    best, _ = choose_table(headers, headers, samples, "export.csv")
    assert best.table.name == "tickets"
    assert best.mapping["Company"] == "account"


# ------------------------------------------------------------------------------ headers that name nothing
def _opaque(columns: list[list[str]]) -> tuple[list[str], dict[str, list[str]]]:
    headers = [f"col{n}" for n in range(1, len(columns) + 1)]
    return headers, dict(zip(headers, columns, strict=True))


COMPANIES = [
    "Acme Logistics Inc.",
    "Globex GmbH",
    "Initech Software",
    "Umbrella Foods Ltd",
    "Acme Logistics Inc.",
] * 2
DAYS = [f"2025-0{month}-{day:02d}" for month in (1, 2) for day in (2, 9, 16, 23, 27)]
SCORES = ["9", "10", "10", "9", "3", "10", "9", "9", "10", "7"]
MONEY = ["$12,000.00", "$4,500.00", "$800.00", "$2,250.00", "$1,200.00"] * 2
KINDS = ["New business", "Expansion", "Contraction", "Churn", "Expansion"] * 2
# Four columns no table has (channel, language, region, version): less of the file is explained.
OTHER = [
    [a, b, a, c, b] * 2
    for a, b, c in (("web", "app", "email"), ("en", "de", "fr"), ("EU", "US", "APAC"), ("v2", "v3", "v1"))
]


def test_a_file_known_by_its_values_alone_is_the_table_they_point_to():
    # Company names, dates, money and revenue kinds: a revenue export, whatever its headers.
    headers, samples = _opaque([COMPANIES, DAYS, MONEY, KINDS, *OTHER])
    best, _ = choose_table(headers, headers, samples, "export.csv")
    assert best is not None and best.table.name == "revenue" and best.complete
    assert best.mapping == {"col1": "account", "col2": "date", "col3": "amount", "col4": "kind"}
    assert not best.needs_choice


@pytest.mark.parametrize(
    "small_numbers",
    [
        ["1", "2", "1", "3", "2"] * 2,  # priorities
        ["6", "8", "5", "8", "6"] * 2,  # counts of users
    ],
)
def test_small_whole_numbers_alone_do_not_make_a_file_a_survey(small_numbers):
    headers, samples = _opaque([COMPANIES, DAYS, small_numbers, *OTHER[:2]])
    best, _ = choose_table(headers, headers, samples, "export.csv")
    assert best is None or best.table.name != "surveys" or best.needs_choice


def test_values_fitting_a_column_of_every_table_tell_no_table_apart():
    """Company names, dates and unique numbers alone do not make a file a ticket export."""
    counts = ["75", "265", "23", "1210", "9", "88", "301", "46", "512", "17"]
    users = ["23", "23", "4", "61", "2", "12", "40", "9", "33", "5"]
    headers, samples = _opaque([["Report Exported", "Dashboard Viewed"] * 5, COMPANIES, DAYS, users, counts])
    best, _ = choose_table(headers, headers, samples, "export.csv")
    assert best is None or best.needs_choice


def test_content_evidence_counts_on_the_header_scale_in_the_table_score():
    from cs_dash.importing import mapping

    headers, samples = _opaque([COMPANIES, DAYS, MONEY, KINDS, SCORES])
    best, _ = choose_table(headers, headers, samples, "export.csv", table="surveys")
    strengths = mapping._table_strengths(best)
    assert best.mapping["col5"] == "score"
    assert strengths["col1"] == best.strengths["col1"]  # company names fit every table's account
    assert strengths["col2"] == best.strengths["col2"]  # and dates every table's date
    assert strengths["col5"] == best.strengths["col5"]  # and small whole numbers are priorities or counts too
    revenue, _ = choose_table(headers, headers, samples, "export.csv", table="revenue")
    strengths = mapping._table_strengths(revenue)
    assert strengths["col4"] == pytest.approx(min(1.0, revenue.strengths["col4"] * mapping.CONTENT_WEIGHT))
