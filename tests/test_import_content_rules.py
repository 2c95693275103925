"""Columns mapped by what their values say: company and people's names, ratings, form sections.

Each rule is tested on variations; every expected value was worked out by hand from the tiny file
in the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing import evidence, parse
from cs_dash.importing.headers import normalize_header
from tests.export_judge import load_text

D = dt.date


# ------------------------------------------------------------------------------ names
@pytest.mark.parametrize(
    "name",
    [
        "Acme Corp",
        "Kowalski Software sp. z o.o.",
        "Verde Agro S.A.",
        "Åkesson AB",
        "Blue Harbor Bank",
        "Hooli Labs",
    ],
)
def test_a_legal_form_or_a_company_word_makes_a_company_name(name):
    assert evidence.profile([name, name]).company == 1.0


@pytest.mark.parametrize(
    "name", ["Priya Raman", "Jürgen Weiß", "Zoë Lambert", "Mary-Jane O'Neil", "Ana de la Cruz"]
)
def test_people_are_not_companies(name):
    found = evidence.profile([name, name])
    assert found.company == 0.0


def test_names_are_counted_once_whatever_their_repeats():
    # Two distinct values: one company, one person.
    found = evidence.profile(["Acme Corp"] * 5 + ["Priya Raman"])
    assert (found.company, found.person) == (0.5, 0.5)


COMPANIES = ["Acme Corp", "Globex GmbH", "Initech Ltd", "Umbrella Health"]
PEOPLE = ["Dana Lee", "Sam Ortiz"]


def _tracker(account_header: str, person_header: str) -> str:
    rows = [
        f"2025-01-{n + 2:02d},{COMPANIES[n % 4]},{PEOPLE[n % 2]},{'Proactive' if n % 3 else 'Reactive'}"
        for n in range(10)
    ]
    return f"Date,{account_header},{person_header},Tag\n" + "\n".join(rows) + "\n"


# Headers in languages the vocabulary does not have (Czech, Turkish, Hungarian, Indonesian).
@pytest.mark.parametrize(
    ("account_header", "person_header"),
    [
        ("Zákazník", "Zodpovědná osoba"),
        ("Müşteri", "Sorumlu"),
        ("Ügyfél", "Felelős"),
        ("Pelanggan", "Penanggung jawab"),
    ],
)
def test_company_names_are_the_account_and_a_few_repeated_people_the_csm_under_any_header(
    ws, account_header, person_header
):
    r, rows = load_text(ws, "aktivity.csv", _tracker(account_header, person_header))
    assert r.table == "engagements"
    assert (r.mapping[account_header], r.mapping[person_header]) == ("account", "csm")
    # n = 0..9: accounts cycle through the four companies, people through the two.
    assert [x["account"] for x in rows[:5]] == COMPANIES + COMPANIES[:1]
    assert [x["csm"] for x in rows[:3]] == ["Dana Lee", "Sam Ortiz", "Dana Lee"]
    # Reactive when n is 0, 3, 6 or 9.
    assert sum(x["tag"] == "reactive" for x in rows) == 4


def test_company_names_are_no_one_s_csm(ws):
    # "Owner" names the CSM, yet its values are companies: the CSM is not taken from it.
    r = ws.add_file("tracker.csv", _tracker("Owner", "Zodpovědná osoba").encode("utf-8"))
    assert r.mapping.get("Owner") != "csm" and r.mapping.get("Zodpovědná osoba") == "csm"


# ------------------------------------------------------------------------------ ratings
@pytest.mark.parametrize(
    ("good", "bad"), [("rated good", "rated bad"), ("Good", "Bad"), ("thumbs up", "thumbs down")]
)
def test_a_chat_rating_is_whether_the_customer_would_recommend(ws, good, bad):
    text = (
        "chat id,chat start date,visitor email,Company,rate\n"
        f"R1,2025-01-02 10:00,ana@acme.example,Acme Corp,{good}\n"
        f"R2,2025-01-03 11:00,bo@globex.example,Globex GmbH,{bad}\n"
        f"R3,2025-01-04 12:00,cy@initech.example,Initech Ltd,{good}\n"
    )
    r, rows = load_text(ws, "chats.csv", text)
    assert r.table == "surveys" and r.mapping["rate"] == "recommend"
    assert [x["recommend"] for x in rows] == [True, False, True]


# ------------------------------------------------------------------------------ form sections
@pytest.mark.parametrize(
    ("header", "words", "section"),
    [
        ("pre-chat: Company", "company", "pre chat"),
        ("Post-chat survey: Rating", "rating", "post chat survey"),
        ("Prechat:Email", "email", "prechat"),
        ("Registration form: Company name", "company name", "registration form"),
    ],
)
def test_a_form_section_before_the_field_is_kept_apart(header, words, section):
    found = normalize_header(header)
    assert (found.words, found.qualifier) == (words, section)


def test_a_record_before_a_colon_is_part_of_the_field():
    assert normalize_header("Account: Name").words == "account name"


# ------------------------------------------------------------------------------ periods as values
@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("2025-01-06,2025-01-12", "2025-01-13,2025-01-19", "2025-01-20,2025-01-26"),
        ("06.01.2025 - 12.01.2025", "13.01.2025 - 19.01.2025", "20.01.2025 - 26.01.2025"),
        ("2025-01-06 to 2025-01-12", "2025-01-13 to 2025-01-19", "2025-01-20 to 2025-01-26"),
    ],
)
def test_a_period_written_as_its_first_and_last_day_is_its_first_day(ws, first, second, third):
    text = (
        f'date,label,nb_uniq_visitors\n"{first}",Acme Corp,5\n"{second}",Acme Corp,7\n'
        f'"{third}",Globex GmbH,2\n"{first}",Globex GmbH,3\n'
    )
    r, rows = load_text(ws, "custom_dimension_weekly.csv", text)
    assert r.table == "usage" and r.mapping["label"] == "account"
    assert [(x["account"], x["date"], x["active_users"]) for x in rows] == [
        ("Acme Corp", D(2025, 1, 6), 5),
        ("Acme Corp", D(2025, 1, 13), 7),
        ("Globex GmbH", D(2025, 1, 20), 2),
        ("Globex GmbH", D(2025, 1, 6), 3),
    ]


def test_two_dates_in_one_value_are_a_period_only_when_both_are_dates():
    assert parse.clock_normalised("2025-01-06,2025-01-12") == "2025-01-06"
    assert parse.clock_normalised("2025-01-06, 14:30") == "2025-01-06 14:30"
    assert parse.clock_normalised("2025-01-06,Acme") == "2025-01-06,Acme"


@pytest.mark.parametrize("person", ["Imię i nazwisko", "Ad Soyad", "Nama lengkap", "Teljes név"])
def test_in_a_team_file_people_s_names_are_the_csm_under_any_header(ws, person):
    text = f"{person};Hourly rate\nMaja Nowak;80,00\nOskar Lindqvist;95,50\nChloé Martin;70,00\n"
    r, rows = load_text(ws, "stawki.csv", text)
    assert r.table == "team" and r.mapping[person] == "csm"
    assert [(x["csm"], x["hourly_rate"]) for x in rows] == [
        ("Maja Nowak", 80.0),
        ("Oskar Lindqvist", 95.5),
        ("Chloé Martin", 70.0),
    ]
