"""The per-session workspace: canonical tables, name matching, dimensions, isolation and lock-down."""

from __future__ import annotations

import duckdb
import pytest

from cs_dash.workspace import Workspace
from tests.conftest import load_tables


def test_accounts_match_case_and_space_insensitively(make_ws):
    ws = make_ws(
        engagements="""
        date,account,csm,tag
        2025-01-02,Acme Corp,Dana Lee,proactive
        2025-01-03,  acme   corp ,dana lee,reactive
        """,
        accounts="""
        account,arr
        ACME CORP,1000
        """,
    )
    assert ws.scalar("SELECT count(DISTINCT account_key) FROM engagements") == 1
    assert ws.unmatched_names().empty
    assert ws.scalar("SELECT arr FROM account_dim") == 1000


def test_unmatched_account_is_listed_not_dropped(make_ws):
    ws = make_ws(
        engagements="""
        date,account,csm,tag
        2025-01-02,Acme,Dana,proactive
        2025-01-02,Globex,Dana,proactive
        """,
        accounts="""
        account,arr
        Acme,1000
        """,
    )
    unmatched = ws.unmatched_names()
    assert unmatched[["kind", "table", "name", "rows"]].values.tolist() == [
        ["account", "engagements", "Globex", 1]
    ]
    assert ws.scalar("SELECT count(*) FROM engagements") == 2


def test_accounts_derive_from_engagements_that_carry_attributes(make_ws):
    ws = make_ws(
        engagements="""
        date,account,csm,tag,arr,renewal_date,segment
        2025-01-02,Acme,Dana,proactive,1000,2025-06-30,SMB
        2025-02-02,Acme,Dana,reactive,1500,2025-06-30,SMB
        2025-01-05,Globex,Lee,reactive,,,
        """
    )
    rows = ws.con.execute(
        "SELECT account, arr, renewal_date::VARCHAR, segment FROM account_dim ORDER BY 1"
    ).fetchall()
    assert rows == [("Acme", 1500.0, "2025-06-30", "SMB"), ("Globex", None, None, None)]


def test_two_workspaces_never_share_tables(ws):
    other = Workspace(memory_limit="256MB")
    try:
        load_tables(ws, engagements="date,account,csm,tag\n2025-01-02,Acme,Dana,proactive")
        assert ws.scalar("SELECT count(*) FROM engagements") == 1
        assert other.scalar("SELECT count(*) FROM engagements") == 0
    finally:
        other.close()


def test_workspace_cannot_read_outside_its_folder(ws):
    with pytest.raises(duckdb.Error):
        ws.con.execute("SELECT * FROM read_csv('/etc/passwd')")
    with pytest.raises(duckdb.Error):
        ws.con.execute("SET enable_external_access = true")


def test_sample_data_loads_every_table():
    ws = Workspace()
    try:
        ws.load_sample()
        counts = ws.row_counts()
        assert ws.is_sample
        assert counts["engagements"] > 10_000
        assert all(counts[t] > 0 for t in counts), counts
    finally:
        ws.close()
