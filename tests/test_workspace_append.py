"""Adding a file appends its rows: the tables then hold what rebuilding them from every file gives."""

from __future__ import annotations

import textwrap

import pandas as pd
import pytest

from cs_dash import dims
from cs_dash.idmatch import IdMatch
from cs_dash.importing import ImportOptions
from cs_dash.schema import TABLES
from cs_dash.sqlutil import quote_ident
from cs_dash.workspace import SAMPLE_DIR, Workspace

SF15, SF18 = "0015g00000XyZAb", "0015g00000XyZAbAAN"  # one Salesforce record, short and long id
ACCOUNTS = f"Account ID,Account Name\n{SF18},Acme Corp\n0015g00000QrStUAAN,Globex\n"


def _tables(ws: Workspace) -> dict[str, pd.DataFrame]:
    names = [*TABLES, "account_dim", "csm_dim"]
    return {n: ws.query(f"SELECT * FROM {quote_ident(n)} ORDER BY ALL") for n in names}


def _assert_same_as_rebuilt(ws: Workspace) -> None:
    appended, matches = _tables(ws), list(ws.id_matches)
    ws.set_id_matching(True)  # rebuilds every table from every file
    for name, rebuilt in _tables(ws).items():
        pd.testing.assert_frame_equal(appended[name], rebuilt, obj=name)
    assert [(m.table, m.rows, m.ids) for m in matches] == [(m.table, m.rows, m.ids) for m in ws.id_matches]


def _add(ws: Workspace, name: str, text: str, table: str | None = None) -> None:
    data = textwrap.dedent(text).strip().encode() + b"\n"
    result = ws.add_file(name, data, ImportOptions(table=table) if table else None)
    assert result.ok, result.error


@pytest.mark.parametrize("accounts_first", [True, False])
def test_the_sample_added_file_by_file_equals_its_rebuild(accounts_first):
    paths = sorted(SAMPLE_DIR.glob("*.csv"), key=lambda p: (p.stem != "accounts") == accounts_first)
    ws = Workspace(memory_limit="512MB")
    try:
        for path in paths:
            result = ws.add_file(path.name, path.read_bytes(), ImportOptions(table=path.stem))
            assert result.ok, result.error
        assert ws.row_counts()["engagements"] > 0
        _assert_same_as_rebuilt(ws)
    finally:
        ws.close()


def test_ids_named_in_two_appended_files_are_counted_once(ws):
    _add(ws, "accounts.csv", ACCOUNTS)
    _add(ws, "jan.csv", f"date,account,csm,tag\n2025-01-02,{SF15},Dana,proactive\n", "engagements")
    feb = f"date,account,csm,tag\n2025-02-02,{SF15},Dana,reactive\n2025-02-03,{SF18},Dana,proactive\n"
    _add(ws, "feb.csv", feb, "engagements")
    # Three rows named Acme by two different ids (the short one in both files).
    assert ws.id_matches == [IdMatch("engagements", 3, 2, SF15)]
    assert ws.scalar("SELECT count(*) FROM engagements WHERE account = 'Acme Corp'") == 3
    _assert_same_as_rebuilt(ws)


def test_an_accounts_list_added_last_matches_the_ids_already_loaded(ws):
    _add(ws, "jan.csv", f"date,account,csm,tag\n2025-01-02,{SF15},Dana,proactive\n", "engagements")
    assert ws.id_matches == []
    _add(ws, "accounts.csv", ACCOUNTS)
    assert ws.id_matches == [IdMatch("engagements", 1, 1, SF15)]
    _assert_same_as_rebuilt(ws)


def test_a_file_that_fails_leaves_the_tables_as_they_were(ws):
    _add(ws, "jan.csv", "date,account,csm,tag\n2025-01-02,Acme,Dana,proactive\n", "engagements")
    before, version = _tables(ws), ws.version
    assert not ws.add_file("empty.csv", b"").ok
    assert ws.version == version
    for name, table in _tables(ws).items():
        pd.testing.assert_frame_equal(before[name], table, obj=name)


def test_a_file_rebuilds_only_the_dimensions_built_from_its_table(ws, monkeypatch):
    _add(ws, "jan.csv", "date,account,csm,tag\n2025-01-02,Acme,Dana,proactive\n", "engagements")
    rebuilt: list[str] = []
    monkeypatch.setattr(dims, "refresh_account_dim", lambda con, settings: rebuilt.append("account_dim"))
    monkeypatch.setattr(
        dims, "update_account_dim", lambda con, settings, first: rebuilt.append("account_dim")
    )
    monkeypatch.setattr(dims, "refresh_csm_dim", lambda con, settings: rebuilt.append("csm_dim"))
    tickets = "ticket_id,account,opened_at,closed_at,priority\nT-1,Acme,2025-01-03,2025-01-04,high\n"
    _add(ws, "tickets.csv", tickets, "tickets")
    assert rebuilt == []  # no dimension reads tickets
    version = ws.version
    _add(ws, "team.csv", "csm,hourly_rate\nDana,90\n", "team")
    assert rebuilt == ["csm_dim"]
    assert ws.version == version + 1  # every change still counts as one, dimensions rebuilt or not
    _add(ws, "feb.csv", "date,account,csm,tag\n2025-02-02,Acme,Dana,reactive\n", "engagements")
    assert rebuilt == ["csm_dim", "account_dim", "csm_dim"]


def test_a_file_of_another_table_leaves_the_dimensions_as_rebuilding_gives(ws):
    _add(ws, "jan.csv", "date,account,csm,tag\n2025-01-02,Acme,Dana,proactive\n", "engagements")
    tickets = "ticket_id,account,opened_at,closed_at,priority\nT-1,Globex,2025-01-03,2025-01-04,high\n"
    _add(ws, "tickets.csv", tickets, "tickets")
    _add(ws, "team.csv", "csm,hourly_rate\nDana,90\nLee,80\n", "team")
    assert ws.scalar("SELECT hourly_rate FROM csm_dim WHERE csm = 'Lee'") == 80
    _assert_same_as_rebuilt(ws)


def test_engagements_appended_update_only_the_accounts_they_name_and_rank_every_tier_again(ws, monkeypatch):
    _add(
        ws,
        "jan.csv",
        """
        date,account,csm,tag,arr
        2025-01-02,Acme,Ann,proactive,100000
        2025-01-03,Globex,Bob,reactive,50000
        2025-01-04,Initech,Cy,proactive,20000
        2025-01-05,Umbrella,Cy,proactive,30000
        2025-01-06,Vandelay,Bob,proactive,40000
        """,
        "engagements",
    )
    before = ws.query("SELECT account, tier FROM account_dim ORDER BY account")
    assert before.values.tolist() == [
        ["Acme", "Tier 1"],
        ["Globex", "Tier 2"],
        ["Initech", "Tier 3"],
        ["Umbrella", "Tier 3"],
        ["Vandelay", "Tier 3"],
    ]
    whole: list[int] = []
    rebuild = dims.refresh_account_dim
    monkeypatch.setattr(dims, "refresh_account_dim", lambda con, s: whole.append(1) or rebuild(con, s))
    # Acme's later ARR is lower and Bob now owns most of its rows; Hooli is new and the largest.
    _add(
        ws,
        "feb.csv",
        """
        date,account,csm,tag,arr
        2025-02-01,Acme,Bob,proactive,10000
        2025-02-02,Acme,Bob,reactive,
        2025-02-03,Hooli,Dee,proactive,500000
        """,
        "engagements",
    )
    assert whole == []  # two of five accounts named again: only those two were summed up
    after = ws.query("SELECT account, csm, arr, tier FROM account_dim ORDER BY account")
    assert after.values.tolist() == [
        ["Acme", "Bob", 10000.0, "Tier 3"],
        ["Globex", "Bob", 50000.0, "Tier 2"],
        ["Hooli", "Dee", 500000.0, "Tier 1"],
        ["Initech", "Cy", 20000.0, "Tier 3"],
        ["Umbrella", "Cy", 30000.0, "Tier 3"],
        ["Vandelay", "Bob", 40000.0, "Tier 2"],  # untouched, but ranked again among six
    ]
    monkeypatch.setattr(dims, "refresh_account_dim", rebuild)
    _assert_same_as_rebuilt(ws)


@pytest.mark.parametrize("order", [("Zoe", "Al"), ("Al", "Zoe")])
def test_an_account_owned_equally_by_two_csms_gets_the_same_owner_whatever_the_rows_order(ws, order):
    rows = "".join(f"2025-01-0{day},Acme,{csm},proactive\n" for day, csm in enumerate(order + order, start=1))
    _add(ws, "jan.csv", "date,account,csm,tag\n" + rows, "engagements")
    # Two rows each: a tie goes to the name first in order, on every build, not to the row read first.
    assert ws.query("SELECT account, csm FROM account_dim").values.tolist() == [["Acme", "Al"]]
    assert ws.query("SELECT csm FROM csm_dim ORDER BY csm").csm.tolist() == ["Al", "Zoe"]
    _assert_same_as_rebuilt(ws)
