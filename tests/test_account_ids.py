"""Accounts named by id in one file and by name in another, matched through the accounts list."""

from __future__ import annotations

import textwrap

import pytest

from cs_dash.idmatch import IdMatch, id_key, is_id_header, looks_like_ids
from cs_dash.importing import ImportOptions
from tests.conftest import REFERENCE_DATA

# Salesforce's case-safe suffix of 0015g00000XyZAb, by hand: "0015g" has no capital -> A,
# "00000" -> A, "XyZAb" has capitals at positions 0, 2, 3 -> 1 + 4 + 8 = 13 -> N.
SF15, SF18 = "0015g00000XyZAb", "0015g00000XyZAbAAN"

ACCOUNTS = f"""
    Account ID,Account Name,ARR
    {SF18},Acme Corp,1000
    0015g00000QrStUAAN,Globex,500
    """
TRACKER = f"""
    date,account,csm,tag
    2025-01-02,{SF15},Dana,proactive
    2025-01-03,Acme Corp,Dana,reactive
    2025-01-04,0015g00000ZzZzZ,Dana,reactive
    """


def _add(ws, name, text, table=None):
    data = textwrap.dedent(text).strip().encode() + b"\n"
    result = ws.add_file(name, data, ImportOptions(table=table) if table else None)
    assert result.ok, result.error
    return result


def test_salesforce_long_ids_match_their_short_form_and_other_ids_ignore_case():
    assert id_key(SF18) == SF15 and id_key(SF15) == SF15
    assert id_key(SF18.lower()) == SF18.lower()  # the capitals carry the checksum: not the same record
    assert id_key(" 5123456789.0 ") == "5123456789"
    assert id_key("A-2E4581") == id_key("a-2e4581") == "a-2e4581"


@pytest.mark.parametrize(
    ("header", "is_id"),
    [
        ("Id", True),
        ("AccountId", True),
        ("account_id", True),
        ("ACCOUNTID", True),
        ("HubSpot Company ID", True),
        ("Record ID", True),
        ("Owner Id", False),
        ("Parent Account ID", False),
        ("Contact ID", False),
        ("Account Name", False),
    ],
)
def test_an_accounts_id_header(header, is_id):
    assert is_id_header(header) is is_id


def test_id_values_are_unique_and_without_spaces():
    assert looks_like_ids(["A-1", "A-2", "A-3"])
    assert not looks_like_ids(["A-1", "A-1"])
    assert not looks_like_ids(["Acme Corp", "Globex 2"])


def test_the_id_column_of_an_accounts_file_becomes_its_external_id(ws):
    r = _add(ws, "accounts.csv", ACCOUNTS)
    assert r.table == "accounts" and r.mapping["Account ID"] == "external_id"
    assert r.mapping["Account Name"] == "account"


@pytest.mark.parametrize("accounts_first", [True, False])
def test_engagements_named_by_id_count_for_the_account_in_either_order(ws, accounts_first):
    steps = [("accounts.csv", ACCOUNTS, None), ("tracker.csv", TRACKER, "engagements")]
    for name, text, table in steps if accounts_first else steps[::-1]:
        _add(ws, name, text, table)
    per_account = ws.query("SELECT account, count(*) AS n FROM engagements GROUP BY 1 ORDER BY 1")
    assert per_account.values.tolist() == [["0015g00000ZzZzZ", 1], ["Acme Corp", 2]]
    assert ws.id_matches == [IdMatch("engagements", 1, 1, SF15)]
    unmatched = ws.unmatched_names()
    assert unmatched[["kind", "table", "name", "rows"]].values.tolist() == [
        ["account id", "engagements", "0015g00000ZzZzZ", 1]
    ]
    assert ws.scalar("SELECT count(*) FROM account_dim") == 2


def test_matching_ids_can_be_turned_off(ws):
    _add(ws, "accounts.csv", ACCOUNTS)
    _add(ws, "tracker.csv", TRACKER, "engagements")
    ws.set_id_matching(False)
    assert ws.id_matches == []
    assert ws.scalar("SELECT count(*) FROM engagements WHERE account = 'Acme Corp'") == 1
    ws.set_id_matching(True)
    assert ws.scalar("SELECT count(*) FROM engagements WHERE account = 'Acme Corp'") == 2


def test_hubspot_company_ids_match_numbers_that_went_through_a_spreadsheet(ws):
    _add(
        ws,
        "companies.csv",
        "Record ID,Company name,Annual Revenue\n5123456789,Acme,900\n5123456790,Globex,100\n",
    )
    tickets = "ticket_id,account,opened_at\nT1,5123456789.0,2025-02-01\nT2,5123456790,2025-02-02\nT3,Acme,2025-02-03\n"
    _add(ws, "tickets.csv", tickets, "tickets")
    rows = ws.query("SELECT ticket_id, account FROM tickets ORDER BY 1").values.tolist()
    assert rows == [["T1", "Acme"], ["T2", "Globex"], ["T3", "Acme"]]
    assert ws.unmatched_names().empty


def test_an_accounts_file_keyed_by_id_merges_into_the_named_account(ws):
    _add(ws, "accounts.csv", ACCOUNTS)
    _add(ws, "renewals.csv", f"account,renewal_date\n{SF15},2026-03-31\n", "accounts")
    dim = ws.con.execute("SELECT account, arr, renewal_date::VARCHAR FROM account_dim ORDER BY 1").fetchall()
    assert dim == [("Acme Corp", 1000.0, "2026-03-31"), ("Globex", 500.0, None)]


RAVENSTACK = REFERENCE_DATA / "ravenstack"


@pytest.mark.skipif(not RAVENSTACK.is_dir(), reason="reference data is not present")
def test_ravenstack_tickets_keyed_by_account_id_count_for_named_accounts(ws):
    # Tickets first: the match must not depend on the order of upload.
    for name in ("ravenstack_support_tickets.csv", "ravenstack_accounts.csv"):
        result = ws.add_file(name, (RAVENSTACK / name).read_bytes())
        assert result.ok, result.error
    assert ws.scalar("SELECT count(*) FROM tickets") == 2000
    assert ws.scalar("SELECT count(*) FROM tickets WHERE account NOT LIKE 'Company\\_%' ESCAPE '\\'") == 0
    assert ws.unmatched_names().empty
    assert ws.scalar("SELECT count(*) FROM account_dim") == 500
    first = ws.scalar("SELECT account FROM tickets WHERE ticket_id = 'T-0024de'")
    named = ws.scalar("SELECT account FROM accounts WHERE external_id = 'A-712f1c'")
    assert first == named
