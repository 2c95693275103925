"""Structural fixes before mapping: wide layouts unpivoted, first + last names joined, links and ids out of names.

Every expected value below was worked out by hand from the tiny file in the test.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from cs_dash.importing import ImportOptions
from cs_dash.importing.periods import parse_period, read_series
from cs_dash.importing.reshape import (
    find_name_pairs,
    find_wide,
    last_folder,
    split_id_suffix,
    split_link,
    value_name,
)
from tests.import_helpers import Loader

D = dt.date


@pytest.fixture
def load(tmp_path):
    loader = Loader(tmp_path)

    def run(name, text, options=None):
        data = textwrap.dedent(text).lstrip("\n").encode("utf-8")
        return loader(name, options, data=data)

    run.rows = loader.rows
    run.rejects = loader.rejects
    yield run
    loader.con.close()


# ------------------------------------------------------------------------------ period headers
@pytest.mark.parametrize(
    ("header", "first_day", "grain"),
    [
        ("2025-01", D(2025, 1, 1), "month"),
        ("2025/11", D(2025, 11, 1), "month"),
        ("03/2025", D(2025, 3, 1), "month"),
        ("Jan-25", D(2025, 1, 1), "month"),
        ("jan/25", D(2025, 1, 1), "month"),
        ("January 2025", D(2025, 1, 1), "month"),
        ("2025 Feb", D(2025, 2, 1), "month"),
        ("Mrz 2024", D(2024, 3, 1), "month"),
        ("févr. 2025", D(2025, 2, 1), "month"),
        ("dic 2024", D(2024, 12, 1), "month"),
        ("mei 2025", D(2025, 5, 1), "month"),
        ("Q1 2025", D(2025, 1, 1), "quarter"),
        ("2025-Q3", D(2025, 7, 1), "quarter"),
        ("Q4-24", D(2024, 10, 1), "quarter"),
        ("FY25 Q2", D(2025, 4, 1), "quarter"),
        ("2025-W02", D(2025, 1, 6), "week"),
        ("2025-01-06", D(2025, 1, 6), "day"),
        ("12 März 2024", D(2024, 3, 12), "day"),
        ("11 janv. 2025", D(2025, 1, 11), "day"),
        ("13/01/2025", D(2025, 1, 13), "day"),
        ("2024", D(2024, 1, 1), "year"),
    ],
)
def test_a_header_naming_a_period_gives_its_first_day(header, first_day, grain):
    period = parse_period(header)
    assert (D(period.year, period.month, period.day), period.grain) == (first_day, grain)


@pytest.mark.parametrize(
    "header",
    ["account", "Account Name", "Q1", "May", "Week", "Wednesday", "ARR 2025", "Total", "Created Date"],
)
def test_ordinary_headers_name_no_period(header):
    assert parse_period(header) is None


@pytest.mark.parametrize(
    ("header", "first_day", "grain"),
    [
        ("mars 2025", D(2025, 3, 1), "month"),  # Swedish and Norwegian
        ("okt. 2024", D(2024, 10, 1), "month"),
        ("marts 2025", D(2025, 3, 1), "month"),  # Danish
        ("maj 2025", D(2025, 5, 1), "month"),  # Swedish, Danish and Polish
        ("des 2024", D(2024, 12, 1), "month"),  # Norwegian
        ("październik 2024", D(2024, 10, 1), "month"),  # Polish, with and without accents
        ("pazdziernik 2024", D(2024, 10, 1), "month"),
        ("12 marca 2025", D(2025, 3, 12), "day"),
        ("lis 2024", D(2024, 11, 1), "month"),
        ("kesäkuu 2025", D(2025, 6, 1), "month"),  # Finnish
        ("kesakuu 2025", D(2025, 6, 1), "month"),
        ("3 maaliskuuta 2021", D(2021, 3, 3), "day"),
        ("joulu-24", D(2024, 12, 1), "month"),
    ],
)
def test_nordic_and_polish_month_names_name_their_month(header, first_day, grain):
    period = parse_period(header)
    assert (D(period.year, period.month, period.day), period.grain) == (first_day, grain)


def test_a_wide_polish_file_reads_as_a_monthly_series():
    series = read_series(["Klient", "styczeń 2025", "luty 2025", "marzec 2025"], today=D(2026, 12, 1))
    assert (series.grain, series.starts) == ("month", [D(2025, 1, 1), D(2025, 2, 1), D(2025, 3, 1)])


def test_week_headers_without_a_year_take_the_latest_year_their_first_monday_fits():
    # 6 Jan is a Monday in 2025 (and next in 2031); the series must not end after "today".
    series = read_series(["Account", "W1 Jan 6", "W2 Jan 13", "Week 3 (Jan 20)"], today=D(2026, 12, 1))
    assert series.positions == [1, 2, 3] and series.grain == "week"
    assert series.starts == [D(2025, 1, 6), D(2025, 1, 13), D(2025, 1, 20)]
    assert series.assumptions == ["the headers give no year: 2025 assumed"]


def test_yearless_headers_roll_into_the_next_year_and_take_the_year_the_file_name_gives():
    series = read_series(["Account", "Nov 3", "Dec 1", "Jan 5"], "touches_2023.csv", today=D(2026, 12, 1))
    assert series.starts == [D(2023, 11, 3), D(2023, 12, 1), D(2024, 1, 5)]


def test_month_and_two_digit_year_headers_are_months_not_days():
    series = read_series(["Account", "Jan 25", "Feb 25", "Mar 25"], today=D(2026, 12, 1))
    assert (series.grain, series.starts) == ("month", [D(2025, 1, 1), D(2025, 2, 1), D(2025, 3, 1)])


def test_numeric_header_dates_take_the_order_every_header_fits():
    # 13/02 can only be day first, so 01/02 is 1 February too.
    assert read_series(["a", "01/02/2025", "13/02/2025"]).starts == [D(2025, 2, 1), D(2025, 2, 13)]
    ambiguous = read_series(["a", "01/02/2025", "03/02/2025"])
    assert ambiguous.starts == [D(2025, 1, 2), D(2025, 3, 2)]
    assert "read month first" in ambiguous.assumptions[0]


def test_mixed_granularity_or_a_single_period_is_not_a_wide_layout():
    assert read_series(["a", "2025-01", "Q2 2025"]) is None
    assert read_series(["account", "2025-01", "arr"]) is None


@pytest.mark.parametrize(
    ("filename", "name"),
    [
        ("active_users_by_month.csv", "active users"),
        ("Monthly Revenue 2025.csv", "revenue"),
        ("WeeklyEngagementHours.csv", "engagement hours"),
        ("export.csv", "value"),
        ("amplitude_weekly_active.csv", "active users"),
        ("daily_active_seats.csv", "active seats"),
    ],
)
def test_the_value_column_is_named_from_the_file_name(filename, name):
    assert value_name(filename) == name


def test_a_summary_column_is_left_out_of_a_wide_layout():
    wide = find_wide(["Customer", "Q1 2025", "Q2 2025", "Grand Total"], "revenue.csv")
    assert (wide.kept, wide.periods, wide.dropped) == ([0], [1, 2], [3])
    assert wide.starts == ["2025-01-01", "2025-04-01"]


# ------------------------------------------------------------------------------ wide files
WIDE_USAGE = """
    account,2025-01,2025-02,2025-03,Total
    Acme,10,12,,22
    Globex,5,x,7,12
    """


def test_a_monthly_wide_file_loads_one_row_per_account_and_month(load):
    r = load("active_users_by_month.csv", WIDE_USAGE)
    assert r.table == "usage" and r.mapping["active users"] == "active_users"
    # 6 cells, one empty: 5 rows; "x" is dropped as a value, its row kept.
    assert load.rows(r, "account", "date", "active_users") == [
        ("Acme", D(2025, 1, 1), 10.0),
        ("Acme", D(2025, 2, 1), 12.0),
        ("Globex", D(2025, 1, 1), 5.0),
        ("Globex", D(2025, 2, 1), None),
        ("Globex", D(2025, 3, 1), 7.0),
    ]
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (5, 5, 0)
    assert load.rejects(r) == [(3, "active users", "x", "value dropped: active users 'x' is not a number")]
    (change,) = r.transformations
    assert change.key == "unpivot" and change.text.startswith(
        "3 month columns (2025-01 … 2025-03) turned into rows"
    )
    assert "Total" in change.text


def test_a_quarterly_semicolon_file_with_european_amounts_unpivots(load):
    text = """
        Customer;Kind;Q1 2025;Q2 2025
        Acme;expansion;1.000,50;
        Globex;churn;;250
        """
    r = load("revenue.csv", text)
    assert r.table == "revenue", r.error
    assert r.mapping["revenue"] == "amount"  # the period columns' values
    assert load.rows(r, "account", "kind", "date", "amount") == [
        ("Acme", "expansion", D(2025, 1, 1), 1000.5),
        ("Globex", "churn", D(2025, 4, 1), 250.0),
    ]


@pytest.mark.parametrize(
    ("header", "measure", "column"),
    [
        ("series", "Weekly active users", "active_users"),
        ("Metric", "Active users", "active_users"),
        ("event", "Events", "events"),
        ("Series name", "Weekly active", "active_users"),
    ],
)
@pytest.mark.parametrize("breakdown", ["breakdown_value", "Segment value"])
def test_a_series_column_names_the_values_and_a_breakdown_column_is_the_account(
    load, header, measure, column, breakdown
):
    text = f"""
        {header},{breakdown},6-Jan-2025,13-Jan-2025
        {measure},Acme,4,6
        {measure},Globex,,9
        """
    r = load("posthog_trends.csv", text)
    assert r.table == "usage", r.error
    assert load.rows(r, "account", "date", column) == [
        ("Acme", D(2025, 1, 6), 4.0),
        ("Acme", D(2025, 1, 13), 6.0),
        ("Globex", D(2025, 1, 13), 9.0),
    ]
    (change,) = r.transformations
    assert measure.lower() in change.text.lower() and breakdown in change.text


def test_a_series_column_with_several_measures_does_not_name_the_values():
    def distinct(i):
        return ["Active users", "Events"] if i == 0 else ["Acme"]

    wide = find_wide(["series", "breakdown_value", "2025-01", "2025-02"], "usage_trends.csv", distinct)
    assert wide.kept == [0, 1] and wide.value_header == "usage"
    assert wide.account_header is None  # the breakdown is not the only column kept


def test_the_unpivot_can_be_undone(load):
    r = load("active_users_by_month.csv", WIDE_USAGE, ImportOptions(undo=frozenset({"unpivot"})))
    assert r.transformations == [] and r.undone == ["unpivot"]
    assert "2025-01" in list(r.preview.columns)


# ------------------------------------------------------------------------------ first + last name
@pytest.mark.parametrize(
    ("first", "last", "joined"),
    [
        ("First Name", "Last Name", "Full name"),
        ("first_name", "last_name", "Full name"),
        ("Owner First Name", "Owner Last Name", "Owner name"),
        ("OwnerFirstName", "OwnerLastName", "Owner name"),
        ("Vorname", "Nachname", "Full name"),
        ("Prénom", "Nom", "Full name"),
        ("Nombre", "Apellido", "Full name"),
        ("Contact first name", "Contact surname", "Contact name"),
        ("Jméno", "Příjmení", "Full name"),
        ("JMÉNO", "PŘÍJMENÍ", "Full name"),
        ("Imię", "Nazwisko", "Full name"),
        ("Fornavn", "Etternavn", "Full name"),
        ("Förnamn", "Efternamn", "Full name"),
        ("Ad", "Soyad", "Full name"),
        ("Adı", "Soyadı", "Full name"),
        ("Prenume", "Nume", "Full name"),
        ("Nama depan", "Nama belakang", "Full name"),
    ],
)
def test_first_and_last_name_headers_pair_up(first, last, joined):
    (pair,) = find_name_pairs(["Company", first, "Score", last])
    assert (pair.first, pair.last, pair.header) == (1, 3, joined)


def test_names_of_different_people_do_not_pair():
    assert find_name_pairs(["Owner First Name", "Contact Last Name"]) == []


def test_a_family_name_written_first_still_pairs_given_name_first():
    # Hungarian sheets put the family name first: the joined name is still given name, family name.
    (pair,) = find_name_pairs(["Vezetéknév", "Keresztnév", "Óradíj"])
    assert (pair.first, pair.last) == (1, 0)


def test_a_given_name_word_without_a_family_name_column_joins_nothing():
    assert find_name_pairs(["Jméno", "Pozice", "Tým"]) == []
    assert find_name_pairs(["Ad kampanii", "Nazwa"]) == []


def test_a_czech_team_file_with_jmeno_and_prijmeni_loads_full_names(load):
    r = load("tym.csv", "Jméno;Příjmení;Hodinová sazba\nJan;Novák;92,00\nEva;Dvořák;81,00\n")
    assert r.table == "team" and r.mapping["Full name"] == "csm"
    assert load.rows(r, "csm", "hourly_rate") == [("Jan Novák", 92.0), ("Eva Dvořák", 81.0)]


def test_a_team_file_with_first_and_last_name_loads_full_names(load):
    r = load("team.csv", "First Name,Last Name,Hourly Rate\nDana,Lee,80\nSam, Ortiz ,90\nAlex,,70\n")
    assert r.table == "team" and r.mapping["Full name"] == "csm"
    assert "First Name" in r.unmapped and "Last Name" in r.unmapped
    assert load.rows(r, "csm", "hourly_rate") == [("Dana Lee", 80.0), ("Sam Ortiz", 90.0), ("Alex", 70.0)]
    assert [t.text for t in r.transformations] == [
        "First Name and Last Name joined into one column, Full name."
    ]


def test_an_accounts_file_joins_the_owner_name_into_the_csm(load):
    text = "Account Name,Owner First Name,Owner Last Name,ARR\nAcme,Dana,Lee,1000\n"
    r = load("accounts.csv", text)
    assert r.table == "accounts" and r.mapping["Owner name"] == "csm"
    assert load.rows(r, "account", "csm", "arr") == [("Acme", "Dana Lee", 1000.0)]


def test_a_german_survey_joins_the_respondent(load):
    text = "Vorname;Nachname;Firma;Date;NPS\nAnna;Schmidt;Acme;12.03.2024;9\n"
    r = load("umfrage.csv", text, ImportOptions(table="surveys"))
    assert r.mapping["Full name"] == "respondent"
    assert load.rows(r, "account", "respondent", "score") == [("Acme", "Anna Schmidt", 9.0)]


@pytest.mark.parametrize(
    ("first", "last"), [("First Name", "Last Name"), ("Vorname", "Nachname"), ("given_name", "family_name")]
)
def test_a_time_report_joins_the_person_who_logged_the_time_into_the_csm(load, first, last):
    text = f"Date,Client,Task,Hours,{first},{last}\n2025-01-02,Acme,Proactive outreach,1.5,Dana,Lee\n"
    text += "2025-01-03,Bolt,Reactive support,0.5,Sam,Ortiz\n"
    r = load("time_report.csv", text)
    assert r.table == "engagements" and r.mapping["Full name"] == "csm"
    assert load.rows(r, "account", "csm", "tag", "duration_min") == [
        ("Acme", "Dana Lee", "proactive", 90.0),
        ("Bolt", "Sam Ortiz", "reactive", 30.0),
    ]


def test_joining_names_can_be_undone(load):
    text = "First Name,Last Name,Hourly Rate\nDana,Lee,80\n"
    r = load("team.csv", text, ImportOptions(table="team", undo=frozenset({"join_names"})))
    assert "Full name" not in r.mapping and r.transformations == []


# ------------------------------------------------------------------------------ links in names
@pytest.mark.parametrize(
    ("value", "name", "link"),
    [
        ("Acme (https://crm.example.com/a/1)", "Acme", "https://crm.example.com/a/1"),
        ("Acme Corp <https://x.example/2>", "Acme Corp", "https://x.example/2"),
        ("[Globex](https://x.example/3)", "Globex", "https://x.example/3"),
        ('=HYPERLINK("https://x.example/4","Initech")', "Initech", "https://x.example/4"),
        ('=hyperlink("https://x.example/5";"Umbrella")', "Umbrella", "https://x.example/5"),
        ("Acme (UK)", "Acme (UK)", None),
        ("![](http://evil.example/pixel.png)", "![](http://evil.example/pixel.png)", None),
    ],
)
def test_a_name_loses_its_link(value, name, link):
    assert split_link(value) == (name, link)


LINKED = """
    date,account,csm,tag
    2025-01-02,Acme (https://crm.example.com/a/1),Dana,proactive
    2025-01-03,[Globex](https://x.example/2),Dana (https://crm.example.com/u/7),reactive
    2025-01-04,Initech <https://x.example/3>,Dana,reactive
    2025-01-05,"=HYPERLINK(""https://x.example/4"",""Umbrella"")",Dana,reactive
    2025-01-06,Plain,Dana,reactive
    """


def test_links_leave_account_names_for_the_link_column(load):
    r = load("tracker.csv", LINKED)
    assert load.rows(r, "account", "csm", "link") == [
        ("Acme", "Dana", "https://crm.example.com/a/1"),
        ("Globex", "Dana", "https://x.example/2"),
        ("Initech", "Dana", "https://x.example/3"),
        ("Umbrella", "Dana", "https://x.example/4"),
        ("Plain", "Dana", None),
    ]
    texts = [t.text for t in r.transformations]
    assert texts[0].startswith("4 value(s) of account carried a link") and texts[0].endswith("moved to link.")
    assert texts[1].startswith("1 value(s) of csm carried a link") and texts[1].endswith("left out.")


def test_a_link_repeated_on_many_rows_counts_once_per_row(load):
    # The names are judged once per distinct text; the sentence still counts rows: 3 of Acme's
    # rows and 1 of Globex's carry a link, the plain Acme row does not.
    text = (
        "date,account,csm,tag\n"
        "2025-01-02,Acme (https://a.example/1),Dana,proactive\n"
        "2025-01-03,Acme (https://a.example/1),Dana,reactive\n"
        "2025-01-04,Acme (https://a.example/1),Dana,reactive\n"
        "2025-01-05,Globex <https://g.example/2>,Dana,reactive\n"
        "2025-01-06,Acme,Dana,reactive\n"
    )
    r = load("tracker.csv", text)
    assert [a for (a,) in load.rows(r, "account")] == ["Acme", "Acme", "Acme", "Globex", "Acme"]
    assert [t.text.split(" carried")[0] for t in r.transformations] == ["4 value(s) of account"]


def test_names_that_only_mention_a_site_carry_no_link(load):
    text = (
        "date,account,csm,tag\n2025-01-02,www.Acme Ltd,Dana,proactive\n2025-01-03,Http Labs,Dana,reactive\n"
    )
    r = load("tracker.csv", text)
    assert [a for (a,) in load.rows(r, "account")] == ["www.Acme Ltd", "Http Labs"]
    assert r.transformations == []


def test_a_mapped_link_column_is_kept_and_names_still_lose_theirs(load):
    text = "date,account,csm,tag,url\n2025-01-02,Acme (https://a.example/1),Dana,proactive,https://notes/9\n"
    r = load("tracker.csv", text)
    assert load.rows(r, "account", "link") == [("Acme", "https://notes/9")]


def test_taking_links_out_can_be_undone(load):
    r = load("tracker.csv", LINKED, ImportOptions(undo=frozenset({"strip_links"})))
    assert load.rows(r, "account", "link")[0] == ("Acme (https://crm.example.com/a/1)", None)
    assert r.transformations == []


# ------------------------------------------------------------------------------ ids after names
@pytest.mark.parametrize(
    ("value", "name", "found"),
    [
        ("Maya Okonkwo (602279)", "Maya Okonkwo", "602279"),
        ("Maya Okonkwo(602279)", "Maya Okonkwo", "602279"),
        ("Tomás Herrera [E-1042]", "Tomás Herrera", "E-1042"),
        ("Jan Nowak (#4471) ", "Jan Nowak", "4471"),
        ("Dana Lee (UK)", "Dana Lee (UK)", None),  # words, not an id
        ("Dana Lee (12)", "Dana Lee (12)", None),  # too short to be an id
        ("(602279)", "(602279)", None),  # no name before it
    ],
)
def test_a_person_loses_the_id_after_their_name(value, name, found):
    assert split_id_suffix(value) == (name, found)


WORKERS = """
    Employee;Hourly Cost;Title
    Maya Okonkwo (602279);88,00;CSM
    Tomás Herrera (959457);72,50;CSM
    Priya Raman [359759];90,00;Lead
    Henrik Lund (E-923258);70,00;CSM
    """


def test_ids_after_every_worker_name_are_left_out_and_said(load):
    r = load("cost_rates.csv", WORKERS)
    assert r.table == "team"
    assert load.rows(r, "csm", "hourly_rate") == [
        ("Maya Okonkwo", 88.0),
        ("Tomás Herrera", 72.5),
        ("Priya Raman", 90.0),
        ("Henrik Lund", 70.0),
    ]
    assert [t.key for t in r.transformations] == ["strip_ids"]
    assert r.transformations[0].text.startswith("4 name(s) of Employee carried an id in brackets")


def test_an_id_after_only_a_few_names_is_part_of_those_names(load):
    text = WORKERS.replace("(959457)", "").replace("[359759]", "").replace("(E-923258)", "")
    r = load("cost_rates.csv", text)
    assert load.rows(r, "csm")[0] == ("Maya Okonkwo (602279)",)
    assert r.transformations == []


def test_taking_ids_out_of_names_can_be_undone(load):
    r = load("cost_rates.csv", WORKERS, ImportOptions(undo=frozenset({"strip_ids"})))
    assert load.rows(r, "csm")[0] == ("Maya Okonkwo (602279)",)
    assert r.transformations == []


def test_an_account_keeps_a_number_in_brackets(load):
    text = "date,account,csm,tag\n2025-01-02,Acme (2024),Dana (1001),proactive\n2025-01-03,Bolt (2025),Sam (1002),reactive\n"
    r = load("tracker.csv", text)
    assert load.rows(r, "account", "csm") == [("Acme (2024)", "Dana"), ("Bolt (2025)", "Sam")]


# ------------------------------------------------------------------------------ accounts in folders
@pytest.mark.parametrize(
    ("value", "parent", "last"),
    [
        ("Customer Success/Accounts/Acme Corp", "Customer Success/Accounts", "Acme Corp"),
        ("Clients > Globex GmbH", "Clients", "Globex GmbH"),
        ("Kunden\\Initech ", "Kunden", "Initech"),
        ("Acme Corp", None, "Acme Corp"),
    ],
)
def test_a_path_has_parent_folders_and_a_last_one(value, parent, last):
    assert last_folder(value) == (parent, last)


@pytest.mark.parametrize("separator", ["/", " > ", " » "])
def test_accounts_filed_in_one_folder_each_are_the_last_folder(load, separator):
    folder = separator.join(["Customer Success", "Accounts"]) + separator
    text = f"""
    Title,Plan Item Type,Parent folders
    Go live,Goal,{folder}Acme Corp
    Train admins,Step,{folder}Acme Corp
    Renew early,Goal,{folder}Globex GmbH
    """
    r = load("tasks.csv", text)
    assert r.table == "plans"
    assert load.rows(r, "account", "kind") == [
        ("Acme Corp", "goal"),
        ("Acme Corp", "step"),
        ("Globex GmbH", "goal"),
    ]
    assert [t.key for t in r.transformations] == ["last_folder"]


def test_names_with_a_slash_of_their_own_are_not_folders(load):
    # "A/S" is a Danish legal form: each name has its own "parent", so no folders are read.
    text = "date,account,csm,tag\n2025-01-02,Sørensen Logistik A/S,Dana,proactive\n"
    text += "2025-01-03,Nordlys Energi A/S,Sam,reactive\n2025-01-04,Acme,Sam,reactive\n"
    r = load("tracker.csv", text)
    assert [row[0] for row in load.rows(r, "account")] == [
        "Sørensen Logistik A/S",
        "Nordlys Energi A/S",
        "Acme",
    ]
    assert r.transformations == []


def test_taking_the_last_folder_can_be_undone(load):
    text = "Title,Plan Item Type,Parent folders\nGo live,Goal,Accounts/Acme Corp\nRenew,Goal,Accounts/Bolt Labs\n"
    r = load("tasks.csv", text, ImportOptions(undo=frozenset({"last_folder"})))
    assert load.rows(r, "account") == [("Accounts/Acme Corp",), ("Accounts/Bolt Labs",)]


# ------------------------------------------------------------------------------ start and end times
ISO_SIDES = ["2024-09-15 09:15", "2024-09-15 10:00", "2024-09-16 13:30", "2024-09-16 14:00"]


@pytest.mark.parametrize(
    ("header", "sides"),
    [
        # A calendar: date and time of each side in columns of their own.
        (
            "Subject,Start Date,Start Time,End Date,End Time,Organizer,Company,Category",
            ["9/15/2024,9:15:00 AM", "9/15/2024,10:00:00 AM", "9/16/2024,1:30:00 PM", "9/16/2024,2:00:00 PM"],
        ),
        # One column per side holding date and time, under three spellings.
        ("Subject,Start,End,Organizer,Company,Category", ISO_SIDES),
        ("Subject,started_at,ended_at,Organizer,Company,Category", ISO_SIDES),
        ("Subject,Begin time,Finish time,Organizer,Company,Category", ISO_SIDES),
    ],
)
def test_an_engagement_lasts_from_its_start_to_its_end(load, header, sides):
    text = f"{header}\nQBR,{sides[0]},{sides[1]},Dana Lee,Acme Corp,Proactive\n"
    text += f"Call,{sides[2]},{sides[3]},Dana Lee,Globex GmbH,Reactive\n"
    r = load("calendar.csv", text)
    assert r.table == "engagements"
    # 9:15 to 10:00 is 45 minutes; 13:30 to 14:00 is 30.
    assert load.rows(r, "account", "duration_min") == [("Acme Corp", 45.0), ("Globex GmbH", 30.0)]
    assert "duration_from_times" in [t.key for t in r.transformations]


TIMED = """
    Start,End,Minutes,Organizer,Company,Category
    2024-09-15 09:15,2024-09-15 10:00,20,Dana Lee,Acme Corp,Proactive
    2024-09-16 13:30,2024-09-16 14:00,25,Dana Lee,Globex GmbH,Reactive
    """


def test_a_duration_column_beats_start_and_end(load):
    r = load("calendar.csv", TIMED)
    assert load.rows(r, "duration_min") == [(20.0,), (25.0,)]
    assert "duration_from_times" not in [t.key for t in r.transformations]


def test_the_duration_from_start_and_end_can_be_undone(load):
    text = TIMED.replace(",Minutes", "").replace(",20,", ",").replace(",25,", ",")
    r = load("calendar.csv", text, ImportOptions(undo=frozenset({"duration_from_times"})))
    assert r.ok and "duration_min" not in r.mapping.values()
    assert "duration_from_times" not in [t.key for t in r.transformations]


def test_a_headerless_row_with_two_dates_is_still_data_not_a_wide_header(load):
    r = load("tracker.csv", "Acme,2025-01-02,2025-01-05,Dana\nGlobex,2025-01-03,2025-01-04,Sam\n")
    assert r.error.startswith("tracker.csv starts with data instead of column names")
