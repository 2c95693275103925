"""Rules taught by the tenth blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.export_judge import load_text

TS = dt.datetime


# ------------------------------------------------------------------------------ a zone offset after a space
@pytest.mark.parametrize(
    ("written", "utc"),
    [
        ("2025-03-14 09:30:00 +0000", TS(2025, 3, 14, 9, 30)),
        ("2025-03-14 09:30:00 -0400", TS(2025, 3, 14, 13, 30)),
        ("2025-03-14 09:30:00 +02:00", TS(2025, 3, 14, 7, 30)),
        ("2025-03-14T09:30:00 -05:00", TS(2025, 3, 14, 14, 30)),
    ],
)
def test_an_offset_written_after_a_space_is_converted_to_utc(ws, written, utc):
    text = f"Ticket ID,Organization,Created at,Closed at\n1,Acme,{written},\n2,Globex,2025-03-15 10:00:00 +0000,\n"
    result, loaded = load_text(ws, "tickets.csv", text)
    assert result.table == "tickets"
    assert [r["opened_at"] for r in loaded] == [utc, TS(2025, 3, 15, 10, 0)]


# ------------------------------------------------------------------------------ a done word negated
@pytest.mark.parametrize(
    ("status", "done_word"),
    [
        ("Incomplete", "Complete"),
        ("Not completed", "Completed"),
        ("not done", "Done"),
        ("Unfinished", "Finished"),
        ("Onvolledig", "Voltooid"),
        ("Incompleto", "Completato"),
    ],
)
def test_a_negated_done_word_is_an_open_plan_item(ws, status, done_word):
    text = f"Account,Item,Kind,Status\nA,Roll out,goal,{status}\nB,Train,step,{done_word}\nC,Budget,blocker,Blocked\n"
    result, loaded = load_text(ws, "plan.csv", text)
    assert result.table == "plans"
    assert [r["status"] for r in loaded] == ["open", "done", "at risk"]


# ------------------------------------------------------------------------------ service-desk words for a ticket
@pytest.mark.parametrize(
    ("ticket", "opened", "closed"),
    [
        ("Chat ID", "Created", "Closure date"),
        ("Thread ID", "Registration date", "Closing date"),
        ("Incident ID", "Date logged", "Date of closure"),
        ("Meldingnummer", "Datum aanmelding", "Afgemeld op"),
        ("Incidentnummer", "Aanmelddatum", "Afgehandeld op"),
        ("Vorgangsnummer", "Erstellt am", "Geschlossen am"),
    ],
)
def test_a_service_desks_words_for_number_registration_and_closure_name_the_ticket_columns(
    ws, ticket, opened, closed
):
    text = (
        f"{ticket},Organization,{opened},{closed}\n"
        "A-1,Acme,2025-03-03 09:00,2025-03-04 09:00\nA-2,Globex,2025-03-05 10:00,\n"
    )
    result, loaded = load_text(ws, "desk.csv", text)
    assert result.table == "tickets"
    assert [result.mapping.get(h) for h in (ticket, opened, closed)] == [
        "ticket_id",
        "opened_at",
        "closed_at",
    ]
    assert [(r["ticket_id"], r["closed_at"]) for r in loaded] == [
        ("A-1", TS(2025, 3, 4, 9, 0)),
        ("A-2", None),
    ]
