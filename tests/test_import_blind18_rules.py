"""Rules taught by the eighteenth blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing.headers import is_bookkeeping
from tests.export_judge import load_text


# ------------------------------------------------------------------------------ bookkeeping columns
@pytest.mark.parametrize(
    "header",
    [
        "(Do Not Modify) Modified On",
        "(do not modify) Row Checksum",
        "[Do not edit] Last changed",
        "DO NOT CHANGE - Updated",
        "(Nicht ändern) Geändert am",
        "(Ne pas modifier) Date de modification",
        "(No modificar) Modificado el",
    ],
)
def test_a_column_marked_not_to_be_modified_is_the_systems_bookkeeping(header):
    assert is_bookkeeping(header)


@pytest.mark.parametrize("header", ["Modified On", "Do not call", "Notes (do not modify later)", "Date"])
def test_other_headers_are_not_bookkeeping(header):
    assert not is_bookkeeping(header)


@pytest.mark.parametrize(
    "hidden", ["(Do Not Modify) Modified On", "[do not edit] Last Updated", "(Nicht ändern) Geändert am"]
)
def test_a_hidden_modified_time_is_not_the_date_of_an_activity(ws, hidden):
    # Worked by hand: the activities happened on 3 and 4 March; the rows were modified in June.
    text = (
        f"(Do Not Modify) Phone Call,{hidden},Subject,Regarding,Owner,Actual End,Engagement Type\n"
        "0a1b,6/20/2025 2:11 PM,Check-in,Acme,Dana Lee,3/3/2025 10:00 AM,Proactive\n"
        "0a1c,6/21/2025 3:12 PM,Escalation,Globex,Sam Ortiz,3/4/2025 11:30 AM,Reactive\n"
    )
    result, loaded = load_text(ws, "phone_calls.csv", text)
    assert result.table == "engagements"
    assert [r["date"] for r in loaded] == [dt.date(2025, 3, 3), dt.date(2025, 3, 4)]


# ------------------------------------------------------------------------------ t/f flags
@pytest.mark.parametrize("header", ["is_proactive", "Proactive?", "proactive_flag", "IS_PROACTIVE"])
@pytest.mark.parametrize("true, false", [("t", "f"), ("T", "F"), ("true", "false")])
def test_a_proactive_flag_written_by_a_database_as_t_or_f_is_the_tag(ws, header, true, false):
    text = (
        f"call_date,account_name,rep_name,{header}\n"
        f"2025-03-03,Acme,Dana Lee,{true}\n2025-03-04,Globex,Sam Ortiz,{false}\n2025-03-05,Acme,Dana Lee,{true}\n"
    )
    result, loaded = load_text(ws, "calls.csv", text)
    assert result.table == "engagements"
    assert [r["tag"] for r in loaded] == ["proactive", "reactive", "proactive"]


# ------------------------------------------------------------------------------ minor units
GOCARDLESS = (
    "id,created_at,amount,currency,interval_unit,customer.company_name,metadata.movement\n"
    "{id1},2025-01-10T09:00:00Z,{a1},GBP,{unit},Acme,new\n"
    "{id2},2025-02-11T09:00:00Z,{a2},GBP,{unit},Globex,expansion\n"
    "{id3},2025-03-12T09:00:00Z,{a3},GBP,{unit},Initech,renewal\n"
    "{id4},2025-04-13T09:00:00Z,{a4},GBP,{unit},Hooli,churn\n"
)
CAPITAL_IDS = ("SB000123ABCD", "SB000124ABCE", "SB00ZK4XGJ01", "SB00ZK4XGJ02")


@pytest.mark.parametrize("unit, per_year", [("monthly", 12), ("month", 12), ("weekly", 52)])
def test_whole_amounts_per_interval_beside_capitalised_api_ids_are_in_pence(ws, unit, per_year):
    # Worked by hand: 100000 pence a month is £1,000 a month, £12,000 a year.
    amounts = (100000, 50000, 75000, 125000)
    text = GOCARDLESS.format(
        unit=unit,
        **{f"id{n + 1}": i for n, i in enumerate(CAPITAL_IDS)},
        **{f"a{n + 1}": a for n, a in enumerate(amounts)},
    )
    result, loaded = load_text(ws, "subscriptions.csv", text)
    assert result.table == "revenue"
    assert [r["amount"] for r in loaded] == [a / 100 * per_year for a in amounts]


def test_the_same_amounts_without_api_ids_stay_in_units(ws):
    amounts = (100000, 50000, 75000, 125000)
    text = GOCARDLESS.format(
        unit="monthly",
        **{f"id{n + 1}": n + 1 for n in range(4)},
        **{f"a{n + 1}": a for n, a in enumerate(amounts)},
    )
    result, loaded = load_text(ws, "subscriptions.csv", text)
    assert [r["amount"] for r in loaded] == [a * 12.0 for a in amounts]


def test_small_monthly_amounts_beside_api_ids_stay_in_units(ws):
    # 1,000 a month is 12,000 a year: plausible in units, so nothing is divided.
    amounts = (1000, 500, 750, 1250)
    text = GOCARDLESS.format(
        unit="monthly",
        **{f"id{n + 1}": i for n, i in enumerate(CAPITAL_IDS)},
        **{f"a{n + 1}": a for n, a in enumerate(amounts)},
    )
    result, loaded = load_text(ws, "subscriptions.csv", text)
    assert [r["amount"] for r in loaded] == [a * 12.0 for a in amounts]


# ------------------------------------------------------------------------------ surname first
@pytest.mark.parametrize(
    "written, read",
    [
        (["Holloway, Megan", "Okafor, Darius"], ["Megan Holloway", "Darius Okafor"]),
        (["McAllister,Trevor", "de la Cruz, Ana María"], ["Trevor McAllister", "Ana María de la Cruz"]),
        (["Weiß, Jürgen", "Nair, Priya"], ["Jürgen Weiß", "Priya Nair"]),
    ],
)
def test_staff_written_surname_first_are_read_first_name_first(ws, written, read):
    rows = "".join(f'"{name}",Hourly,"${rate}"\n' for name, rate in zip(written, (95, 85), strict=True))
    result, loaded = load_text(ws, "pay_rates.csv", "Employee Name,Pay Type,Rate 1\n" + rows)
    assert result.table == "team"
    assert [r["csm"] for r in loaded] == read
    assert any("surname first" in c.text for c in result.conversions)


def test_an_engagement_log_with_surname_first_owners_matches_first_name_first(ws):
    text = 'Date,Account,Owner,Tag\n2025-03-03,Acme,"Lee, Dana",Proactive\n2025-03-04,Globex,"Ortiz, Sam",Reactive\n'
    _, loaded = load_text(ws, "log.csv", text)
    assert [r["csm"] for r in loaded] == ["Dana Lee", "Sam Ortiz"]


@pytest.mark.parametrize(
    "names",
    [
        ["Megan Holloway, PhD", "Darius Okafor, MBA"],  # a degree after the whole name
        ["Holloway, Megan", "Darius Okafor"],  # not every name is surname first
        ["Sales, EMEA, North", "Okafor, Darius"],  # more than one comma
    ],
)
def test_names_not_all_surname_first_stay_as_written(ws, names):
    rows = "".join(f'"{name}",Hourly,95\n' for name in names)
    _, loaded = load_text(ws, "pay_rates.csv", "Employee Name,Pay Type,Rate 1\n" + rows)
    assert [r["csm"] for r in loaded] == names


# ------------------------------------------------------------------------------ typed slugs as ids
@pytest.mark.parametrize(
    "values, expected",
    [
        (["acct-bluewater", "acct-pinecrest", "acct-harbor"], True),
        (["org_bluewater", "ORG_pinecrest"], True),
        (["cus:bluewater", "cus:pinecrest"], True),
        (["Bluewater", "Pinecrest"], False),  # names, not keys
        (["acct-bluewater", "org-pinecrest"], False),  # two types of key
        (["acct-bluewater", "acct-bluewater"], False),  # not unique
    ],
)
def test_keys_of_one_type_are_ids_without_a_digit(values, expected):
    from cs_dash.idmatch import looks_like_ids

    assert looks_like_ids(values) is expected


@pytest.mark.parametrize("key_header", ["accountId", "account_id", "Company ID"])
def test_answers_naming_accounts_by_a_slug_key_count_for_the_accounts_of_that_key(ws, key_header):
    ws.add_file(
        "px_accounts.csv",
        b"id,name,arr\nacct-bluewater,Bluewater LLC,1000\nacct-pinecrest,Pinecrest Dental,2000\n",
    )
    text = f"{key_header},date,responseScore\nacct-bluewater,2025-03-03,9\nacct-pinecrest,2025-03-04,6\n"
    result, loaded = load_text(ws, "nps.csv", text)
    assert result.table == "surveys"
    known = {r[0] for r in ws.con.execute("SELECT account_key FROM accounts").fetchall()}
    assert {r["account_key"] for r in loaded} <= known
    assert len({r["account_key"] for r in loaded}) == 2


# ------------------------------------------------------------------------------ name/value pairs
@pytest.mark.parametrize(
    "name_header, value_header",
    [
        ("custom_fields.0.name", "custom_fields.0.value"),
        ("fields[1][label]", "fields[1][value]"),
        ("customFields.2.Key", "customFields.2.Value"),
    ],
)
def test_a_flattened_custom_field_is_named_by_its_pair(ws, name_header, value_header):
    text = (
        f"name,arr,{name_header},{value_header}\n"
        "Acme,1000,Segment,Enterprise\nGlobex,2000,Segment,SMB\nInitech,3000,Segment,SMB\n"
    )
    result, loaded = load_text(ws, "accounts.csv", text)
    assert result.table == "accounts"
    assert [r["segment"] for r in loaded] == ["Enterprise", "SMB", "SMB"]


def test_a_pair_whose_name_changes_from_row_to_row_names_nothing(ws):
    text = (
        "name,arr,custom_fields.0.name,custom_fields.0.value\n"
        "Acme,1000,Segment,Enterprise\nGlobex,2000,Tier,Gold\nInitech,3000,Segment,SMB\n"
    )
    result, loaded = load_text(ws, "accounts.csv", text)
    assert "segment" not in result.mapping.values()
