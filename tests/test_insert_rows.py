"""Rows inserted in one statement: every row and value arrives, typed by the table, as data."""

from __future__ import annotations

import datetime as dt

import duckdb

from cs_dash.sqlutil import insert_rows, quote_ident


def test_every_row_arrives_in_order_with_the_tables_types():
    con = duckdb.connect()
    con.execute("CREATE TABLE t (n INTEGER, name VARCHAR, value DOUBLE, day DATE)")
    rows = [(1, "Acme", 2.5, dt.date(2025, 1, 2)), (2, None, None, None), (3, "Bolt", 4, dt.date(2025, 3, 4))]
    insert_rows(con, "t", rows)
    assert con.execute("SELECT * FROM t ORDER BY n").fetchall() == [
        (1, "Acme", 2.5, dt.date(2025, 1, 2)),
        (2, None, None, None),
        (3, "Bolt", 4.0, dt.date(2025, 3, 4)),
    ]


def test_no_rows_insert_nothing_and_text_stays_text():
    con = duckdb.connect()
    name = 'odd "table"'
    con.execute(f"CREATE TABLE {quote_ident(name)} (key VARCHAR, value VARCHAR)")
    insert_rows(con, quote_ident(name), [])
    assert con.execute(f"SELECT count(*) FROM {quote_ident(name)}").fetchone() == (0,)
    hostile = "x'); DROP TABLE t; --"
    insert_rows(con, quote_ident(name), [(hostile, "=1+1")])
    assert con.execute(f"SELECT * FROM {quote_ident(name)}").fetchall() == [(hostile, "=1+1")]


def test_many_rows_arrive_once_each():
    con = duckdb.connect()
    con.execute("CREATE TEMP TABLE pairs (value VARCHAR, account VARCHAR, account_key VARCHAR)")
    rows = [(f"id{i}", f"Account {i}", f"account {i}") for i in range(10_000)]
    insert_rows(con, "pairs", rows)
    assert con.execute("SELECT count(*), count(DISTINCT value), max(account_key) FROM pairs").fetchone() == (
        10_000,
        10_000,
        "account 9999",
    )


def test_a_result_left_half_read_does_not_stop_the_insert():
    con = duckdb.connect()
    con.execute("CREATE TABLE t (n INTEGER)")
    assert con.execute("SELECT * FROM range(5000)").fetchone() == (0,)
    insert_rows(con, "t", [(7,)])
    assert con.execute("SELECT * FROM t").fetchall() == [(7,)]
