"""One name key: the SQL expression and the Python function match a name the same way."""

from __future__ import annotations

import duckdb
import pytest

from cs_dash.schema import NAME_KEY_SQL, name_key

NAMES = ["Dana Lee", "  dana   LEE ", "Dana\tLee", "DANA\nLEE", "Müller & Co", "", "   ", "Ali"]


@pytest.mark.parametrize("name", NAMES)
def test_the_sql_and_the_python_key_agree(name):
    con = duckdb.connect()
    try:
        in_sql = con.execute(f"SELECT {NAME_KEY_SQL.format(col='$name')}", {"name": name}).fetchone()[0]
    finally:
        con.close()
    assert in_sql == name_key(name)


def test_names_differing_only_in_case_and_spaces_share_a_key():
    assert {name_key(n) for n in NAMES[:4]} == {"dana lee"}
    assert name_key("   ") is None and name_key("") is None
