"""One name key: the SQL macro ``name_key`` and the Python function match a name the same way."""

from __future__ import annotations

import pytest

from cs_dash.schema import name_key
from cs_dash.scope import Scope

NBSP, THIN, IDEOGRAPHIC = "\u00a0", "\u2009", "\u3000"
NAMES = [
    "Dana Lee",
    "  dana   LEE ",
    "Dana\tLee",
    "DANA\nLEE",
    f"Dana{NBSP}Lee",
    f"{NBSP}Dana {THIN} Lee{IDEOGRAPHIC}",
    "Müller & Co",
    "MÜLLER & CO",
    "Élodie Brûlé",
    "Muller & Co",
    "O'Brien",
    "",
    "   ",
    NBSP,
    "Ali",
    "İstanbul Bilişim A.Ş.",
    "ISTANBUL BILIŞIM A.Ş.",
    "Iğdır ıI",
]


@pytest.mark.parametrize("name", NAMES)
def test_the_sql_macro_and_the_python_key_agree(macro_con, name):
    assert macro_con.execute("SELECT name_key($name)", {"name": name}).fetchone()[0] == name_key(name)


def test_case_and_every_kind_of_space_share_a_key_and_accents_are_kept():
    assert {name_key(n) for n in NAMES[:6]} == {"dana lee"}
    assert name_key("MÜLLER & CO") == name_key("Müller & Co") == "müller & co"
    assert name_key("Muller & Co") != name_key("Müller & Co")
    assert name_key("Élodie Brûlé") == "élodie brûlé"
    assert name_key("   ") is None and name_key("") is None and name_key(NBSP) is None


def test_the_sql_macro_and_the_python_key_agree_on_every_letter_with_a_lower_case(macro_con):
    letters = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and chr(c).lower() != chr(c)]
    assert len(letters) > 1000
    sql = "SELECT list_transform($letters, lambda x: name_key(x))"
    assert macro_con.execute(sql, {"letters": letters}).fetchone()[0] == [name_key(c) for c in letters]


def test_a_turkish_dotted_capital_i_is_a_plain_i():
    assert name_key("İstanbul Bilişim") == "istanbul bilişim" == name_key("ISTANBUL Bilişim")
    assert name_key("Iğdır") == "iğdır" != name_key("ığdır")  # the dotless ı stays itself


ACCOUNTS = f"""
account,csm,arr,status
Acme,Dana{NBSP}Lee,1000,active
Bolt,ALI  KHAN,2000,active
Cora,dana lee ,3000,active
"""


def test_a_workspace_keys_uploaded_names_with_the_macro(make_ws):
    ws = make_ws(accounts=ACCOUNTS)
    keys = ws.query("SELECT account, csm_key FROM account_dim ORDER BY account")
    assert keys["csm_key"].tolist() == ["dana lee", "ali khan", "dana lee"]
    sql = "SELECT account FROM account_dim a WHERE {} ORDER BY account"
    scope = Scope(as_of=ws.scalar("SELECT current_date"), csms=(f"DANA{THIN}LEE",))
    query = sql.format(scope.customer_filter("a"))
    assert ws.query(query, scope.bind(query))["account"].tolist() == ["Acme", "Cora"]
