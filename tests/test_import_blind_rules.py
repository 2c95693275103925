"""Rules the blind judge found missing, each tried on several spellings of the same thing.

Every case is a tiny file whose answer is worked out by hand in the comment next to it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.import_helpers import load_text as _load


@pytest.mark.parametrize("zone", [" UTC", " GMT", "UTC", "Z"])
def test_a_timestamp_ending_in_a_utc_zone_word_is_read_as_utc(zone):
    # Two answers, 15 Jan and 1 Feb 2025; the zone word is UTC, so the days do not move.
    text = f"Company,Score,Responded\nAcme,9,2025-01-15 23:30:00{zone}\nBeta,3,2025-02-01 00:10:00{zone}\n"
    result, rows = _load("nps.csv", text)
    assert result.table == "surveys"
    assert [r["date"] for r in rows] == [dt.date(2025, 1, 15), dt.date(2025, 2, 1)]


@pytest.mark.parametrize(
    "header", ["Cancelled Date", "Canceled Date", "cancellation_effective_date", "ChurnedAt"]
)
def test_a_cancelled_date_is_the_churn_date(header):
    text = f"Account Name,ARR,{header}\nAcme,12000,2025-03-31\nBeta,6000,\n"
    result, rows = _load("subs.csv", text)
    assert result.mapping[header] == "churned_on"
    assert [r["churned_on"] for r in rows] == [dt.date(2025, 3, 31), None]


@pytest.mark.parametrize(
    "header, rate",
    [("Nome e cognome;Tariffa oraria", "88,50"), ("Nombre completo;Tarifa por hora", "88,50"),
     ("Volledige naam;Uurtarief", "88,50"), ("Nom complet;Taux horaire", "88,50")],
)  # fmt: skip
def test_a_full_name_in_other_languages_is_the_csm_of_a_team_file(header, rate):
    text = f"{header}\nAiko Tanaka;{rate}\nLuca Bianchi;70,00\n"
    result, rows = _load("team.csv", text)
    assert result.table == "team"
    # 88,50 and 70,00 with a decimal comma: 158.5 an hour together.
    assert [r["csm"] for r in rows] == ["Aiko Tanaka", "Luca Bianchi"]
    assert sum(r["hourly_rate"] for r in rows) == 158.5


@pytest.mark.parametrize("header", ["Klantmanager", "Klantbeheerder"])
def test_a_dutch_account_manager_is_the_csm(header):
    text = f"Datum,Klant,{header},P/R\n2-1-2025,Acme,Dana Lee,Proactief\n3-1-2025,Beta,Sam Ortiz,Reactief\n"
    result, rows = _load("log.csv", text)
    assert result.mapping[header] == "csm"
    assert [r["csm"] for r in rows] == ["Dana Lee", "Sam Ortiz"]


@pytest.mark.parametrize(
    "question, company",
    [("Quelle est la probabilité que vous recommandiez Lumen à un collègue ?", "Nom de votre entreprise"),
     ("Wie wahrscheinlich ist es, dass Sie Lumen weiterempfehlen?", "Name Ihres Unternehmens"),
     ("¿Qué probabilidad hay de que recomiende Lumen?", "Nombre de su empresa"),
     ("Hoe waarschijnlijk is het dat u Lumen aanbeveelt?", "Naam van uw bedrijf")],
)  # fmt: skip
def test_the_nps_question_and_the_company_question_of_a_form_in_other_languages(question, company):
    text = f"Timestamp;{company};{question}\n2025-01-15 14:30:12;Acme;9\n2025-01-20 09:00:00;Beta;6\n"
    result, rows = _load("form.csv", text)
    assert result.table == "surveys"
    assert (result.mapping[company], result.mapping[question]) == ("account", "score")
    # One promoter (9) and one detractor (6).
    assert [(r["account"], r["score"]) for r in rows] == [("Acme", 9), ("Beta", 6)]


@pytest.mark.parametrize(
    "header, amount, sep",
    [("Receita Recorrente Mensal", "R$ 1.250,00", ";"), ("Monatlich wiederkehrender Umsatz", "1.250,00 €", ";"),
     ("Ingreso recurrente mensual", "1.250,00", ";"), ("Monthly Recurring Revenue", "1,250.00", ",")],
)  # fmt: skip
def test_monthly_recurring_revenue_in_other_languages_is_annualised(header, amount, sep):
    text = f'Cliente{sep}{header}\nAcme{sep}"{amount}"\nBeta{sep}100\n'
    result, rows = _load("carteira.csv", text)
    assert result.mapping[header] == "arr"
    # (1 250 + 100) a month is 16 200 a year.
    assert sum(r["arr"] for r in rows) == 16200


@pytest.mark.parametrize("header", ["Distinct values of User ID", "Distinct Users", "Unique user IDs"])
def test_a_distinct_count_of_users_is_active_users(header):
    text = f"Week,Account,{header}\n2025-01-06,Acme,12\n2025-01-13,Acme,30\n"
    result, rows = _load("usage.csv", text)
    assert result.table == "usage"
    assert sum(r["active_users"] for r in rows) == 42


@pytest.mark.parametrize("stage", ["In Progress", "in_progress", "Running"])
def test_a_running_subscription_stage_is_an_active_account(stage):
    text = f"Customer,MRR,Stage\nAcme,100,{stage}\nBeta,100,Churned\n"
    result, rows = _load("subs.csv", text)
    assert result.table == "accounts"
    assert [r["status"] for r in rows] == ["active", "churned"]


@pytest.mark.parametrize("company", ["Company", "Company Name", "Organization"])
def test_in_a_survey_file_the_customer_is_the_person_when_a_company_is_named(company):
    text = f"Customer,Email,{company},Score,Date\nMaya Cole,m@acme.example,Acme,9,2025-01-02\n"
    result, rows = _load("feedback.csv", text)
    assert result.table == "surveys"
    assert result.mapping[company] == "account"
    assert [r["account"] for r in rows] == ["Acme"]
