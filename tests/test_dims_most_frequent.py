"""Each key's most frequent name: counted, then ranked, as ``mode(name ORDER BY name)`` would say."""

from __future__ import annotations

import duckdb

from cs_dash.dims import most_frequent


def _names(rows: list[tuple[str | None, str | None]]) -> dict:
    con = duckdb.connect()
    con.execute("CREATE TABLE t (k VARCHAR, name VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", rows)
    return dict(con.execute(most_frequent("k", "name", "t")).fetchall())


def test_the_most_frequent_name_wins_and_a_tie_goes_to_the_first_in_order():
    rows = [
        ("a", "Zed"), ("a", "Zed"), ("a", "Amy"),  # Zed twice beats Amy once
        ("b", "bob"), ("b", "Bob"), ("b", "bob"), ("b", "Bob"),  # tied: "Bob" sorts before "bob"
        ("c", "Émile"), ("c", "Emile"),  # tied: "E" before "É" by code point
    ]  # fmt: skip
    assert _names(rows) == {"a": "Zed", "b": "Bob", "c": "Emile"}


def test_missing_names_are_not_counted_and_a_key_with_none_has_no_name():
    rows = [("a", None), ("a", None), ("a", "Ann"), ("b", None)]
    assert _names(rows) == {"a": "Ann", "b": None}


def test_the_answer_does_not_depend_on_the_order_the_rows_come_in():
    rows = [("a", "Ann"), ("a", "Bea"), ("a", "Bea"), ("a", "Ann"), ("a", "Cy")]
    assert _names(rows) == _names(rows[::-1]) == {"a": "Ann"}


def test_it_says_what_mode_ordered_by_name_says():
    rows = [(k, n) for k in "xyz" for n in ("p", "q", "q", None, "r", "p", "P")]
    con = duckdb.connect()
    con.execute("CREATE TABLE t (k VARCHAR, name VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", rows)
    expected = dict(con.execute("SELECT k, mode(name ORDER BY name) FROM t GROUP BY k").fetchall())
    assert _names(rows) == expected == {"x": "p", "y": "p", "z": "p"}
