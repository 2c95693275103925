"""A contact's approach read as its tag: the team's initiative is proactive, the customer's reactive.

Each expected tag is what a CS leader reads in the words; worked out by hand.
"""

from __future__ import annotations

import pytest

from cs_dash.importing.outreach import assumed_outreach, readings, share_read


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("Ativa", "Receptiva"),
        ("Abordagem ativa", "Abordagem receptiva"),
        ("Active outreach", "Passive outreach"),
        ("ACTIVE", "PASSIVE"),
        ("Activa", "Pasiva"),
        ("Aktive Ansprache", "Passive Ansprache"),
        ("Prospection active", "Contact passif"),
        ("Contatto attivo", "Contatto ricettivo"),
        ("Actief", "Passief"),
        ("Iniciativa própria", "Iniciativa do cliente"),
        ("Propia iniciativa", "Iniciativa del cliente"),
        ("Eigene Initiative", "Auf Initiative des Kunden"),
        ("Customer Success (own initiative)", "Customer initiated"),
    ],
)
def test_the_teams_initiative_is_proactive_and_the_customers_reactive(ours, theirs):
    assert readings([ours, theirs]) == {ours: "proactive", theirs: "reactive"}


def test_a_phrase_naming_whose_initiative_it_was_is_read_on_its_own():
    assert readings(["Iniciativa do cliente"]) == {"Iniciativa do cliente": "reactive"}


def test_active_or_passive_alone_is_no_approach():
    # an account status, an NPS category: one side only, so nothing is read
    assert readings(["Active", "Inactive", "Churned"]) == {}
    assert readings(["Promoter", "Passive", "Detractor"]) == {}
    assert readings(["Ativa", "Inativa"]) == {}
    # both sides in one value decide nothing
    assert readings(["Active or passive", "Active"]) == {}


def test_the_share_read_weighs_each_row():
    assert share_read(["Ativa", "Ativa", "Receptiva", "Outro"]) == 0.75
    assert share_read([]) == 0.0


def test_the_reading_is_said_and_needs_nearly_every_value():
    read, conversion = assumed_outreach("tag", "Abordagem", ["Ativa", "Receptiva", "Ativa"])
    assert read == {"Ativa": "proactive", "Receptiva": "reactive"}
    assert conversion.key == "tag:assumed_outreach" and "'Ativa' as Proactive" in conversion.text
    assert assumed_outreach("tag", "Abordagem", ["Ativa", "Receptiva", "E-mail", "Reunião"]) is None


LOG = (
    "Data;Cliente;Responsável;Tipo;Abordagem;Duração\n"
    "19/09/2024;Acme Ltda.;Ana Souza;E-mail;Receptiva;00:26:00\n"
    "18/11/2024;Globex S.A.;Ana Souza;Reunião;Ativa;00:15:00\n"
    "21/11/2024;Initech Ltda.;Rui Lima;Ligação;Ativa;00:20:00\n"
)


def test_a_contact_log_tagged_by_its_approach_loads_its_tags(load):
    r = load("interacoes.csv", data=LOG.encode())
    assert r.table == "engagements" and r.mapping["Abordagem"] == "tag"
    assert load.rows(r, "account", "tag") == [
        ("Acme Ltda.", "reactive"), ("Globex S.A.", "proactive"), ("Initech Ltda.", "proactive"),
    ]  # fmt: skip
    assert any(c.key == "tag:assumed_outreach" for c in r.conversions)
