"""An amount's header that names the change it measures ("Lost ARR", "Upsell MRR") gives every row its kind.

Every case is a tiny file whose answer is worked out by hand in the comment next to it, tried on
several languages, word orders and column orders of the same thing.
"""

from __future__ import annotations

import pytest

from cs_dash.importing.movement_headers import kind_named_by_amount_header
from cs_dash.workspace import Workspace
from tests.export_judge import loaded_rows


def _import(name: str, text: str):
    ws = Workspace(memory_limit="256MB", threads=1)
    try:
        result = ws.add_file(name, text.encode("utf-8"))
        rows = loaded_rows(ws, result.table, name) if result.ok else []
        return result, rows
    finally:
        ws.close()


@pytest.mark.parametrize(
    "header, kind",
    [
        ("Lost ARR", "churn"),
        ("Churned MRR ($)", "churn"),
        ("lost_arr_usd", "churn"),
        ("Verlorener ARR", "churn"),
        ("ARR-Verlust", "churn"),
        ("Gekündigter MRR in Tsd. €", "churn"),
        ("ARR perdu (€)", "churn"),
        ("MRR perdido", "churn"),
        ("ARR perso", "churn"),
        ("Expansion ARR", "expansion"),
        ("Upsell-MRR", "expansion"),
        ("Downgrade MRR", "contraction"),
    ],
)
def test_a_header_naming_money_and_its_movement_names_the_kind(header, kind):
    assert kind_named_by_amount_header(header) == kind


@pytest.mark.parametrize(
    "header",
    [
        "ARR",  # money alone
        "Lost reason",  # a movement without money
        "New ARR",  # may be the value after any change
        "Renewal ARR",  # what a renewal is worth, an account's ARR
        "ARR at risk",  # not lost yet
        "Churn risk ARR",
        "Expected expansion ARR",  # a forecast
        "Net MRR change",  # a movement that leaves the sign to tell
    ],
)
def test_a_header_naming_no_movement_of_a_running_contract_names_no_kind(header):
    assert kind_named_by_amount_header(header) is None


@pytest.mark.parametrize(
    "text",
    [
        "Customer,Churn Date,Lost ARR,Primary Reason\n"
        'Acme,2025-01-18,"$12,000",Budget cut\nBeta,2025-02-05,"$6,000",Moved to a competitor\n',
        # German, the amount first
        "Verlorener ARR;Kunde;Datum;Grund\n12000;Acme;2025-01-18;Budget\n6000;Beta;2025-02-05;Wettbewerber\n",
        # French, the money word first
        "Client,Date,ARR perdu,Motif\nAcme,2025-01-18,12000,Budget\nBeta,2025-02-05,6000,Concurrent\n",
        # monthly: 1,000 and 500 a month lost are 12,000 and 6,000 a year
        "Account,Churned MRR,Date\nAcme,1000,2025-01-18\nBeta,500,2025-02-05\n",
    ],
)
def test_a_list_of_lost_money_without_a_kind_column_is_a_list_of_churns(text):
    # Two customers lost: 12,000 and 6,000 of ARR, each row a churn, whatever the file is called.
    result, rows = _import("liste.csv", text)
    assert result.ok, result.error
    assert result.table == "revenue"
    assert [(r["account"], r["kind"], r["amount"]) for r in rows] == [
        ("Acme", "churn", 12_000.0), ("Beta", "churn", 6_000.0)
    ]  # fmt: skip
    assert any(c.key == "kind:named_by_amount_header" for c in result.conversions)


@pytest.mark.parametrize("header", ["Expansion ARR", "Upsell ARR", "ARR Erweiterung"])
def test_a_list_of_added_money_without_a_kind_column_is_a_list_of_expansions(header):
    # Two expansions: 3,000 and 4,500 of ARR added.
    text = f"Account,Date,{header}\nAcme,2025-03-01,3000\nBeta,2025-04-01,4500\n"
    result, rows = _import("q2.csv", text)
    assert result.ok, result.error
    assert [(r["kind"], r["amount"]) for r in rows] == [("expansion", 3_000.0), ("expansion", 4_500.0)]


def test_lost_money_written_negative_is_a_churn_stored_positive():
    # The header names the kind, so the minus sign says only that the money went: two churns,
    # 12,000 and 6,000, never contractions by their sign.
    text = "Customer,Date,Lost ARR\nAcme,2025-01-18,-12000\nBeta,2025-02-05,-6000\n"
    result, rows = _import("liste.csv", text)
    assert result.ok, result.error
    assert [(r["kind"], r["amount"]) for r in rows] == [("churn", 12_000.0), ("churn", 6_000.0)]
    assert not any(c.key == "kind:from_sign" for c in result.conversions)


def test_two_movements_side_by_side_leave_the_kind_unnamed():
    # "Expansion ARR" beside "Churned ARR": each row may be either, so neither header is every row's kind.
    text = "Account,Date,Expansion ARR,Churned ARR\nAcme,2025-03-01,3000,0\nBeta,2025-04-01,0,4500\n"
    result, _ = _import("changes.csv", text)
    assert not any(c.key == "kind:named_by_amount_header" for c in result.conversions)


def test_a_customer_list_with_its_arr_and_churn_date_stays_a_list_of_accounts():
    # "ARR" names what each customer pays, not a change: two accounts, one churned.
    text = "Customer,ARR,Churn Date\nAcme,12000,2025-01-18\nBeta,6000,\n"
    result, rows = _import("kunden.csv", text)
    assert result.ok, result.error
    assert result.table == "accounts"
    assert [(r["account"], r["arr"]) for r in rows] == [("Acme", 12_000.0), ("Beta", 6_000.0)]


def test_won_back_money_makes_every_row_new_business():
    # "Reactivation MRR" 200 a month is 2,400 a year, each row a won-back customer counted as new.
    text = "Account,Date,Reactivation MRR\nAcme,2025-03-01,200\nBeta,2025-04-01,200\n"
    result, rows = _import("winback.csv", text)
    assert result.ok, result.error
    assert [(r["kind"], r["amount"]) for r in rows] == [("new", 2_400.0), ("new", 2_400.0)]
