"""Rules taught by the seventeenth blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import pytest

from cs_dash.importing.vocabulary import PLAN_STATUS_VOCABULARY, REVENUE_KIND_VOCABULARY
from tests.export_judge import load_text


# ------------------------------------------------------------------------------ header words
@pytest.mark.parametrize(
    "header", ["Jahreswert", "Årsvärde", "Årlig værdi", "Annual Contract Value", "Vuosiarvo"]
)
def test_a_yearly_value_names_a_revenue_changes_amount(ws, header):
    text = f"Date,Customer,Kind,{header}\n2025-03-03,Acme,New,12000\n2025-04-01,Globex,Churn,6000\n"
    result, loaded = load_text(ws, "changes.csv", text)
    assert result.table == "revenue"
    assert [r["amount"] for r in loaded] == [12000, 6000]


def test_a_header_naming_the_amount_itself_wins_over_a_yearly_value(ws):
    text = "Date,Customer,Kind,Amount,Annual Contract Value\n2025-03-03,Acme,Expansion,1200,24000\n"
    result, loaded = load_text(ws, "changes.csv", text)
    assert result.mapping["Amount"] == "amount"
    assert loaded[0]["amount"] == 1200


# ------------------------------------------------------------------------------ value words
@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("Nytt avtal", "new"),
        ("nytt", "new"),
        ("Nyt abonnement", "new"),
        ("Nowa umowa", "new"),
        ("Uusi sopimus", "new"),
        ("Förnyelse", "renewal"),
    ],
)
def test_a_new_contract_in_the_nordic_languages_polish_and_finnish_is_new_business(value, kind):
    assert REVENUE_KIND_VOCABULARY.lookup(value) == kind


@pytest.mark.parametrize("value", ["Zrobione", "zrobiony", "ZROBIONA", "Ukończone", "Wykonana", "Gotowy"])
def test_polish_done_in_each_gender_is_a_done_plan_item(value):
    assert PLAN_STATUS_VOCABULARY.lookup(value) == "done"


def test_a_polish_plan_with_done_items_loads_their_status(ws):
    text = "Klient;Typ;Opis;Status\nAcme;Cel;Wdrożenie;Zrobione\nGlobex;Krok;Szkolenie;Otwarte\n"
    result, loaded = load_text(ws, "plan.csv", text)
    assert result.table == "plans"
    assert [r["status"] for r in loaded] == ["done", "open"]
