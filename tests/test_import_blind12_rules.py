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
