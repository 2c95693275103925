"""Rules taught by the ninth blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import pytest

from cs_dash.importing.headers import normalize_header
from tests.export_judge import load_text


# ------------------------------------------------------------------------------ SQL aggregate headers
@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("COUNT_DISTINCT(user_id)", "distinct count of user id"),
        ("uniqExact(user_id)", "distinct count of user id"),
        ("uniq(user_id)", "distinct count of user id"),
        ("COUNT(DISTINCT user_id)", "distinct count of user id"),
        ("approx_count_distinct(userId)", "distinct count of user id"),
        ("COUNT(*)", "count"),
        ("count()", "count"),
        ("SUM(events)", "events"),
        ("max(ARR)", "arr"),
        # written as a person writes, with a space before the bracket, nothing changes
        ("Count (users)", "count"),
        ("Duration(mins)", "duration"),
    ],
)
def test_a_sql_aggregate_header_is_read_as_what_it_computes(header, words):
    assert normalize_header(header).words == words


@pytest.mark.parametrize(
    ("users", "rows"),
    [
        ("COUNT_DISTINCT(user_id)", "COUNT(*)"),
        ("uniqExact(user_id)", "count()"),
        ("count(distinct user_id)", "count(*)"),
    ],
)
def test_a_query_result_counts_distinct_users_as_active_users_and_rows_as_events(ws, users, rows):
    text = f"company_name,__timestamp,{users},{rows}\nAcme,2025-01-06 00:00:00,7,310\nGlobex,2025-01-06 00:00:00,3,95\n"
    result, loaded = load_text(ws, "query.csv", text)
    assert result.table == "usage"
    assert [(r["active_users"], r["events"]) for r in loaded] == [(7, 310), (3, 95)]


# ------------------------------------------------------------------------------ the plainer header wins
@pytest.mark.parametrize("other", ["Sessions", "Actions", "Page Views"])
def test_a_header_naming_the_events_beats_another_word_for_them(ws, other):
    # both columns hold counts; only the one named "Events" is the events
    text = f"Week,Account,Weekly active users,{other},Events\n2025-02-03,Acme,5,40,1200\n2025-02-03,Globex,3,22,480\n"
    _, loaded = load_text(ws, "metrics.csv", text)
    assert [r["events"] for r in loaded] == [1200, 480]


@pytest.mark.parametrize("first", [True, False])
def test_the_account_column_beats_a_workspace_named_after_the_customer(ws, first):
    columns = ["Workspace", "Account"] if first else ["Account", "Workspace"]
    values = {"Workspace": ["Acme x Vendor", "Globex x Vendor"], "Account": ["Acme", "Globex"]}
    text = ",".join(columns) + ",Item,Item Type,Status\n"
    for n, item in enumerate(["Roll out to EU", "Train admins"]):
        text += ",".join(values[c][n] for c in columns) + f",{item},Goal,Open\n"
    result, loaded = load_text(ws, "plan.csv", text)
    assert result.table == "plans"
    assert [r["account"] for r in loaded] == ["Acme", "Globex"]


# ------------------------------------------------------------------------------ bill rate over cost rate
@pytest.mark.parametrize("cost", ["Cost Rate", "Hourly cost", "Labor rate", "Cost per hour", "Stundenkosten"])
@pytest.mark.parametrize("bill", ["Bill Rate", "Billing rate", "Hourly rate"])
def test_the_billing_rate_is_the_hourly_rate_beside_a_cost_rate(ws, cost, bill):
    for cost_first in (True, False):
        pair = f"{cost},{bill}" if cost_first else f"{bill},{cost}"
        rates = "60.00,100.00" if cost_first else "100.00,60.00"
        name = f"people_{cost_first}.csv"
        _, loaded = load_text(ws, name, f"Name,Role,{pair}\nAna Silva,CSM,{rates}\n")
        assert [r["hourly_rate"] for r in loaded] == [100.0]


@pytest.mark.parametrize("cost", ["Cost Rate", "Hourly cost", "Kosten pro Stunde"])
def test_a_cost_rate_alone_is_still_the_hourly_rate(ws, cost):
    _, loaded = load_text(ws, "people.csv", f"Name,Role,{cost}\nAna Silva,CSM,60.00\n")
    assert [r["hourly_rate"] for r in loaded] == [60.0]


# ------------------------------------------------------------------------------ words
@pytest.mark.parametrize(
    "header", ["Date de clôture", "Date de résolution", "Fecha de resolución", "Data de encerramento"]
)
def test_words_for_the_closing_date_in_other_languages(ws, header):
    text = f"ID;Client;Date d'ouverture;{header}\n1;Acme;2025-03-04 09:15;2025-03-05 10:15\n2;Globex;2025-03-06 11:00;\n"
    result, loaded = load_text(ws, "tickets.csv", text)
    assert result.table == "tickets"
    assert [r["closed_at"] is None for r in loaded] == [False, True]


@pytest.mark.parametrize(("word", "kind"), [("Nueva", "new"), ("Nova", "new"), ("Nouvelle", "new")])
def test_the_feminine_word_for_new_is_a_new_revenue_kind(ws, word, kind):
    text = (
        f"Fecha;Cliente;Tipo de movimiento;Importe\n04/03/2025;Acme;{word};1200\n05/03/2025;Globex;Baja;600\n"
    )
    _, loaded = load_text(ws, "movimientos.csv", text)
    assert [r["kind"] for r in loaded] == [kind, "churn"]


@pytest.mark.parametrize(("word", "kind"), [("Etapa", "step"), ("Etapas", "step"), ("Roadblock", "blocker")])
def test_more_words_for_plan_kinds(ws, word, kind):
    text = f"Cliente;Item;Tipo;Situação\nAcme;Treinar admins;{word};Aberto\nGlobex;Reduzir churn;Objetivo;Aberto\n"
    _, loaded = load_text(ws, "plano.csv", text)
    assert [r["kind"] for r in loaded] == [kind, "goal"]
