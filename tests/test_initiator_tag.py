"""Who started a contact is its tag: the team started it (Proactive), the customer did (Reactive).

Each file is a tiny contact log whose tags are worked out by hand in the comment next to it.
"""

from __future__ import annotations

import pytest

from cs_dash.importing.initiator import asks_who_started, side_of, team_keys
from cs_dash.importing.vocabulary import fold
from cs_dash.workspace import Workspace
from tests.export_judge import loaded_rows


def _load(text: str, name: str = "log.csv"):
    ws = Workspace(memory_limit="256MB", threads=1)
    try:
        result = ws.add_file(name, text.encode("utf-8"))
        rows = loaded_rows(ws, result.table, name) if result.ok else []
        return result, rows
    finally:
        ws.close()


@pytest.mark.parametrize(
    "header",
    ["À l'initiative de", "Initiated by", "Initiator", "Started by", "Initiiert von", "Iniciado por",
     "Avviato da", "Geïnitieerd door", "Initié par", "Iniciativa de", "Who started?"],
)  # fmt: skip
def test_a_header_asking_who_started_the_contact_is_recognised(header):
    assert asks_who_started(fold(header)) is not None


@pytest.mark.parametrize(
    "header", ["Started", "Initial contract date", "Fecha inicial", "Data iniziale", "Owner"]
)
def test_a_header_that_asks_nothing_about_who_started_is_not(header):
    assert asks_who_started(fold(header)) is None


@pytest.mark.parametrize(
    ("value", "side"),
    [("CSM", "proactive"), ("wir", "proactive"), ("nous", "proactive"), ("us", "proactive"),
     ("Team", "proactive"), ("outbound", "proactive"), ("Client", "reactive"), ("Kunde", "reactive"),
     ("Cliente", "reactive"), ("Klant", "reactive"), ("customer", "reactive"), ("Inbound", "reactive"),
     ("Acme", None)],
)  # fmt: skip
def test_the_words_for_our_side_and_the_customers(value, side):
    assert side_of(value) == side


def test_the_team_is_named_by_a_person_a_first_name_or_initials():
    team = team_keys(["Inés Calderón", "Lotte de Wit"])
    assert [side_of(v, team) for v in ("Ines Calderon", "Inés", "IC", "LdW", "LW", "Kai")] == [
        "proactive", "proactive", "proactive", "proactive", "proactive", None,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "ours", "theirs", "sep"),
    [("À l'initiative de", "CSM", "Client", ","),
     ("Initiiert von", "wir", "Kunde", ";"),
     ("Iniciado por", "CSM", "Cliente", ";"),
     ("Avviato da", "noi", "Cliente", ";"),
     ("Geïnitieerd door", "CSM", "Klant", ";"),
     ("Started by", "Team", "Customer", ",")],
)  # fmt: skip
def test_a_log_saying_who_started_each_contact_is_tagged_by_it(header, ours, theirs, sep):
    text = (
        f"Date{sep}Account{sep}CSM{sep}{header}\n2025-01-06{sep}Acme{sep}Dana Lee{sep}{ours}\n"
        f"2025-01-07{sep}Beta{sep}Dana Lee{sep}{theirs}\n2025-01-08{sep}Acme{sep}Sam Ortiz{sep}{ours}\n"
    )
    result, rows = _load(text)
    assert result.ok, result.error
    assert result.mapping[header] == "tag"
    # Two contacts the team started (Acme twice), one the customer started (Beta).
    assert [r["tag"] for r in rows] == ["proactive", "reactive", "proactive"]
    assert any("who started the contact" in c.text for c in result.conversions)


def test_the_team_named_by_its_people_or_their_initials_started_the_contact():
    text = (
        "Date,Account,Owner,Initiated by\n2025-01-06,Acme,Inés Calderón,IC\n"
        "2025-01-07,Beta,Lotte de Wit,Customer\n2025-01-08,Gamma,Lotte de Wit,Lotte de Wit\n"
        "2025-01-09,Acme,Inés Calderón,Customer\n"
    )
    result, rows = _load(text)
    assert result.ok, result.error
    # IC and Lotte de Wit are the team's people: proactive; the customer's two contacts reactive.
    assert [r["tag"] for r in rows] == ["proactive", "reactive", "proactive", "reactive"]


def test_a_column_of_people_alone_says_nothing_about_who_started_the_contact():
    text = (
        "Date,Account,CSM,Initiated by\n2025-01-06,Acme,Dana Lee,Paul Martin\n"
        "2025-01-07,Beta,Dana Lee,Ana Ruiz\n2025-01-08,Acme,Sam Ortiz,Paul Martin\n"
    )
    result, rows = _load(text)
    # None of the three is read as the team's or the customer's: no row gets a tag.
    assert not any("who started the contact" in c.text for c in result.conversions)
    assert rows == []


def test_a_column_that_says_proactive_or_reactive_is_the_tag_beside_who_started_it():
    text = (
        "Date,Account,CSM,Initiated by,Tag\n2025-01-06,Acme,Dana Lee,CSM,Reactive\n"
        "2025-01-07,Beta,Dana Lee,Client,Reactive\n2025-01-08,Acme,Sam Ortiz,CSM,Proactive\n"
    )
    result, rows = _load(text)
    assert result.ok, result.error
    assert result.mapping["Tag"] == "tag"
    assert [r["tag"] for r in rows] == ["reactive", "reactive", "proactive"]
