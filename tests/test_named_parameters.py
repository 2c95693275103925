"""Named parameters: a query binds the scope's values by name, and only the names it uses."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.scope import Scope
from cs_dash.sqlutil import named

AS_OF = dt.date(2025, 1, 1)

# As of 1 Jan 2025: Acme, Bolt and Cora are customers; Dune churned on 30 Nov 2024 and Echo only
# subscribes in June 2025. Cora's CSM is written "dana  lee" (another case, two spaces).
ACCOUNTS = """
account,csm,segment,arr,renewal_date,subscribed_on,churned_on,status
Acme,Dana Lee,SMB,1000,2025-01-20,2023-01-01,,active
Bolt,Ali Khan,Enterprise,5000,2025-03-15,2023-06-01,,active
Cora,dana  lee,SMB,2000,2024-12-01,2024-02-01,,active
Dune,Ali Khan,SMB,3000,2025-02-10,2022-01-01,2024-11-30,churned
Echo,Dana Lee,Enterprise,4000,2025-01-05,2025-06-01,,active
"""


def test_only_the_names_the_sql_uses_are_bound():
    values = {"as_of": AS_OF, "tiers": ["Tier 1"], "unused": 3}
    assert named("SELECT $as_of, $as_of + 1, $tiers", values) == {"as_of": AS_OF, "tiers": ["Tier 1"]}
    assert named("SELECT 1", values) == {}
    assert named("SELECT $1", values) == {}  # a position, not a name


def test_a_name_without_a_value_is_an_error():
    with pytest.raises(KeyError, match="day"):
        named("SELECT $day", {"as_of": AS_OF})


@pytest.fixture
def company(make_ws):
    return make_ws(accounts=ACCOUNTS)


def customers(ws, scope: Scope) -> list[str]:
    sql = f"SELECT account FROM account_dim a WHERE {scope.customer_filter('a')} ORDER BY account"
    return ws.query(sql, scope.bind(sql))["account"].tolist()


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        (Scope(as_of=AS_OF), ["Acme", "Bolt", "Cora"]),
        (Scope(as_of=dt.date(2024, 11, 1)), ["Acme", "Bolt", "Cora", "Dune"]),
        (Scope(as_of=AS_OF, csms=("Dana Lee",)), ["Acme", "Cora"]),
        (Scope(as_of=AS_OF, segments=("SMB",)), ["Acme", "Cora"]),
        (Scope(as_of=AS_OF, renewal_window="30"), ["Acme"]),
        (Scope(as_of=AS_OF, renewal_window="90"), ["Acme", "Bolt"]),
        (Scope(as_of=AS_OF, renewal_window="overdue"), ["Cora"]),
        (Scope(as_of=AS_OF, csms=("ALI KHAN",), segments=("SMB",)), []),
    ],
)
def test_the_named_customer_condition_selects_the_customers_worked_out_by_hand(company, scope, expected):
    assert customers(company, scope) == expected
