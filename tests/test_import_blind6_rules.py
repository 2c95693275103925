"""Rules taught by the sixth blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import pytest

from cs_dash.importing.vocabulary import ENGAGEMENT_TYPE_VOCABULARY
from tests.export_judge import load_text


# ------------------------------------------------------------------------------ interaction types
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("CALL", "Call"),
        ("phone call", "Call"),
        ("Telefonat", "Call"),
        ("Appel téléphonique", "Call"),
        ("Llamada", "Call"),
        ("Ligação", "Call"),
        ("Telefonata", "Call"),
        ("email", "Email"),
        ("E-Mail", "Email"),
        ("Courriel", "Email"),
        ("Correo electrónico", "Email"),
        ("Termin", "Meeting"),
        ("Réunion", "Meeting"),
        ("Reunião", "Meeting"),
        ("Riunione", "Meeting"),
        ("Vergadering", "Meeting"),
        ("QBR", None),
        ("Call or email", None),
    ],
)
def test_an_interaction_type_in_other_words_folds_to_its_canonical_type(value, expected):
    assert ENGAGEMENT_TYPE_VOCABULARY.lookup(value) == expected


@pytest.mark.parametrize(
    ("header", "call", "email", "meeting"),
    [
        ("Activity Type", "CALL", "email", "MEETING"),
        ("Kontaktart", "Telefonat", "E-Mail", "Termin"),
        ("Tipo de contacto", "Llamada", "Correo", "Reunión"),
    ],
)
def test_a_file_loads_its_types_as_call_email_and_meeting(ws, header, call, email, meeting):
    text = (
        f"Date,Account,CSM,{header},Tag\n"
        f"2025-03-01,Acme,Eva Ek,{call},Proactive\n"
        f"2025-03-02,Acme,Eva Ek,{email},Reactive\n"
        f"2025-03-03,Beta,Per Al,{meeting},Proactive\n"
        "2025-03-04,Beta,Per Al,QBR,Proactive\n"
    )
    result, rows = load_text(ws, "activities.csv", text)
    assert result.table == "engagements"
    assert [r["type"] for r in rows] == ["Call", "Email", "Meeting", "QBR"]


# ------------------------------------------------------------------------------ the CSM
@pytest.mark.parametrize(
    ("owner", "csm"),
    [
        ("Assigned To", "Customer Success Rep"),
        ("Owner", "CSM"),
        ("Account Owner", "Customer Success Manager"),
        ("Assignee", "CS Owner"),
    ],
)
@pytest.mark.parametrize("csm_first", [False, True])
def test_a_customer_success_column_beats_a_generic_owner_as_the_csm(ws, owner, csm, csm_first):
    first, second = (csm, owner) if csm_first else (owner, csm)
    rows = [("Acme", "Kevin Walsh", "Eva Ek"), ("Beta", "Anja Becker", "Per Al")]
    lines = [f"Company Name,{first},{second},ARR,Renewal Date"]
    for account, sales, success in rows:
        pair = (success, sales) if csm_first else (sales, success)
        lines.append(f"{account},{pair[0]},{pair[1]},1000,2026-03-01")
    result, loaded = load_text(ws, "companies.csv", "\n".join(lines) + "\n")
    assert result.table == "accounts"
    assert [r["csm"] for r in loaded] == ["Eva Ek", "Per Al"]


def test_a_generic_owner_is_still_the_csm_when_nothing_speaks_of_customer_success(ws):
    text = "Company Name,Assigned To,ARR,Renewal Date\nAcme,Kevin Walsh,1000,2026-03-01\n"
    _, loaded = load_text(ws, "companies.csv", text)
    assert [r["csm"] for r in loaded] == ["Kevin Walsh"]


# ------------------------------------------------------------------------------ header words
@pytest.mark.parametrize(
    "header", ["Coste por hora (€)", "Custo por hora", "Costo orario", "Kosten pro Stunde"]
)
def test_a_cost_per_hour_in_other_languages_is_the_hourly_rate(ws, header):
    text = f"Empleado;Puesto;{header}\nEva Ek;CSM;98,00\nPer Al;Senior CSM;82,50\n"
    result, rows = load_text(ws, "people.csv", text)
    assert result.table == "team"
    assert [r["hourly_rate"] for r in rows] == [98.0, 82.5]


@pytest.mark.parametrize("header", ["Conversation Slug", "Número", "Nummer", "Ticket Reference"])
def test_a_tickets_number_slug_or_reference_is_its_id(ws, header):
    text = (
        f"{header},Customer Company,Created At,Resolved At\n"
        "conv-7,Acme,2025-03-01 10:00,2025-03-01 12:00\n"
        "conv-9,Beta,2025-03-02 10:00,\n"
    )
    result, rows = load_text(ws, "tickets.csv", text)
    assert result.table == "tickets"
    assert [r["ticket_id"] for r in rows] == ["conv-7", "conv-9"]
    assert [r["account_key"] is not None for r in rows] == [True, True]


def test_a_brand_column_is_not_the_ticket_account_when_the_customer_company_is_there(ws):
    text = (
        "Ticket ID,Brand,Customer Company,Created At\n"
        "T1,Lantern,Acme,2025-03-01 10:00\nT2,Lantern,Beta,2025-03-02 10:00\n"
    )
    _, rows = load_text(ws, "tickets.csv", text)
    assert len({r["account_key"] for r in rows}) == 2


@pytest.mark.parametrize("header", ["Voto (0-10)", "Vote", "Grade", "NPS vote"])
def test_a_vote_or_grade_is_the_score(ws, header):
    text = f"Date,Customer,{header},Comment\n2025-03-01,Acme,10,Great\n2025-03-02,Beta,3,\n"
    result, rows = load_text(ws, "nps.csv", text)
    assert result.table == "surveys"
    assert [r["score"] for r in rows] == [10, 3]


@pytest.mark.parametrize(("events", "users"), [("Flows started", "People"), ("Guides started", "Persons")])
def test_things_started_are_events_and_people_are_active_users(ws, events, users):
    text = f"Week,Account,{events},{users}\n2025-01-06,Acme,903,11\n2025-01-13,Acme,120,4\n"
    result, rows = load_text(ws, "usage.csv", text)
    assert result.table == "usage"
    assert [r["events"] for r in rows] == [903, 120]
    assert [r["active_users"] for r in rows] == [11, 4]


# ------------------------------------------------------------------------------ wide week headers
@pytest.mark.parametrize(
    "header",
    ["week_of_2025-01-06", "wk 2025-01-06", "2025-01-06 week", "2025-01-06 (wk)", "Week of 2025-01-06"],
)
def test_a_period_header_with_a_week_word_around_its_date_is_that_week(header):
    from cs_dash.importing.periods import WEEK, parse_period

    period = parse_period(header)
    assert (period.grain, period.year, period.month, period.day) == (WEEK, 2025, 1, 6)


@pytest.mark.parametrize("header", ["next week", "week", "week_of_launch", "2025-13-45 week"])
def test_a_week_word_without_a_real_date_is_no_period(header):
    from cs_dash.importing.periods import parse_period

    assert parse_period(header) is None


@pytest.mark.parametrize("style", ["week_of_{}", "{} week", "wk {}"])
def test_a_wide_file_with_prefixed_or_suffixed_week_headers_loads_as_usage(ws, style):
    weeks = ["2025-03-03", "2025-03-10", "2025-03-17"]
    header = ",".join(style.format(w) for w in weeks)
    text = f"account_name,{header}\nAcme,5,7,9\nBeta,1,0,2\n"
    result, rows = load_text(ws, "weekly_active_users.csv", text)
    assert result.table == "usage"
    assert sum(r["active_users"] for r in rows) == 24
    assert {r["date"].isoformat() for r in rows} == set(weeks)


# ------------------------------------------------------------------------------ a call's direction as the tag
CALLS = "{date},{direction},Agent,{company},Talk time\n" + "".join(
    f"2025-03-{day:02d} 10:00,{{{d}}},Dana Reyes,{{c{n}}},12\n"
    for n, (day, d) in enumerate(((3, "out"), (4, "in"), (5, "out"), (6, "out")))
)
COMPANIES = ("Acme Logistics Inc.", "Globex GmbH", "Initech Software", "Acme Logistics Inc.")


def _calls(date="Started at", direction="Direction", company="Customer", out="outbound", inbound="inbound"):
    return CALLS.format(
        date=date,
        direction=direction,
        company=company,
        out=out,
        **{"in": inbound},
        **{f"c{n}": name for n, name in enumerate(COMPANIES)},
    )


@pytest.mark.parametrize(
    ("header", "out", "inbound"),
    [
        ("Direction", "outbound", "inbound"),
        ("call_direction", "Outgoing", "Incoming"),
        ("Richtung", "ausgehend", "eingehend"),
        ("Sens", "Appel sortant", "Appel entrant"),
        ("Dirección", "Saliente", "Entrante"),
        ("Tipo", "Chamada efetuada", "Chamada recebida"),
        ("Richting", "uitgaand", "inkomend"),
        ("col2", "OUT", "IN"),
    ],
)
def test_call_directions_are_read_as_the_tag_as_a_stated_assumption(ws, header, out, inbound):
    result, rows = load_text(ws, "calls.csv", _calls(direction=header, out=out, inbound=inbound))
    assert result.mapping[header] == "tag"
    assert sorted(r["tag"] for r in rows) == ["proactive", "proactive", "proactive", "reactive"]
    (assumed,) = [c for c in result.conversions if c.key == "tag:assumed_direction"]
    assert "switch this off" in assumed.text and out in assumed.text


def test_the_direction_assumption_can_be_switched_off_and_then_no_row_is_guessed(ws):
    from cs_dash.importing import ImportOptions

    options = ImportOptions(conversions_off={"tag:assumed_direction"})
    result = ws.add_file("calls.csv", _calls().encode("utf-8"), options)
    assert "tag:assumed_direction" in [c.key for c in result.conversions_off]
    assert "tag:assumed_direction" not in [c.key for c in result.conversions]
    assert result.rows_loaded == 0 and result.rows_rejected == 4


@pytest.mark.parametrize(
    ("header", "tag_values"),
    [("Motion", ("Proactive", "Reactive")), ("Type", ("Check-in - proactive", "Support call - reactive"))],
)
def test_a_column_saying_proactive_or_reactive_beats_the_direction(ws, header, tag_values):
    # Directions run against the tags here, so the numbers tell which column was read.
    text = f"Date,Direction,Account,CSM,{header}\n" + "".join(
        f"2025-03-0{n + 1},{d},Acme Corp,Dana Reyes,{tag_values[t]}\n"
        for n, (d, t) in enumerate((("outbound", 1), ("inbound", 1), ("outbound", 0)))
    )
    result, rows = load_text(ws, "calls.csv", text)
    assert result.mapping[header] == "tag" and result.mapping.get("Direction") != "tag"
    assert sorted(r["tag"] for r in rows) == ["proactive", "reactive", "reactive"]
    assert "tag:assumed_direction" not in [c.key for c in result.conversions]


@pytest.mark.parametrize(
    "values", [("outbound", "outbound", "outbound", "outbound"), ("in", "in", "in", "in")]
)
def test_a_column_with_one_direction_only_is_no_evidence_of_a_tag(values):
    from cs_dash.importing import evidence
    from cs_dash.schema import TABLES

    tag = TABLES["engagements"].column("tag")
    assert evidence.content_only("engagements", tag, evidence.profile(list(values)))[0] == 0.0


@pytest.mark.parametrize("company", ["external_name", "Other party", "display_value"])
def test_company_names_under_a_header_naming_nothing_particular_are_the_account(ws, company):
    result, rows = load_text(ws, "calls.csv", _calls(company=company))
    assert result.mapping[company] == "account"
    assert sorted({r["account"] for r in rows}) == ["Acme Logistics Inc.", "Globex GmbH", "Initech Software"]


def test_nine_digit_ids_are_not_taken_for_the_date_beside_written_dates(ws):
    text = "Call ID," + _calls()
    lines = text.splitlines()
    text = (
        "\n".join([lines[0]] + [f"{166175279 + 7919 * n},{line}" for n, line in enumerate(lines[1:])]) + "\n"
    )
    result, rows = load_text(ws, "calls.csv", text)
    assert result.mapping["Started at"] == "date"
    assert sorted(str(r["date"])[:10] for r in rows) == [
        "2025-03-03",
        "2025-03-04",
        "2025-03-05",
        "2025-03-06",
    ]
