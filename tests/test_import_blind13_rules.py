"""Rules taught by the thirteenth blind judge, each tested on variations rather than one file's values."""

from __future__ import annotations

import pytest

from tests.export_judge import load_text


# ------------------------------------------------------------------------------ a complete date closes
@pytest.mark.parametrize(
    "closed", ["Complete Date", "Completion Date", "Date of completion", "Completion time"]
)
def test_the_day_a_ticket_was_complete_is_its_closing_time(ws, closed):
    text = (
        f"Ticket,Account,Created,{closed}\n"
        "T1,Acme,2025-03-03 09:00,2025-03-03 15:00\nT2,Globex,2025-03-04 10:00,\n"
    )
    result, loaded = load_text(ws, "tickets.csv", text)
    assert result.table == "tickets"
    assert result.mapping[closed] == "closed_at"
    assert [r["closed_at"] is None for r in loaded] == [False, True]


# ------------------------------------------------------------------------------ an amendment's sign tells
@pytest.mark.parametrize(
    ("kind_header", "words"),
    [
        ("Order Type", ("NEW", "AMENDMENT", "AMENDMENT", "CANCEL")),
        ("Type", ("New", "Change order", "Change order", "Churn")),
        ("Order Type", ("Renewal", "Modification", "Modification", "Cancel")),
    ],
)
def test_an_amendment_is_an_expansion_or_a_contraction_as_its_amount_signs(ws, kind_header, words):
    amounts = ("12000", "2400", "-1200", "-6000")
    rows = "".join(
        f"C{n},2025-0{n + 1}-01,{w},{a}\n" for n, (w, a) in enumerate(zip(words, amounts, strict=True))
    )
    text = f"Account Name,Start Date,{kind_header},Order ARR\n{rows}"
    result, loaded = load_text(ws, "orders.csv", text)
    assert result.table == "revenue"
    assert result.mapping[kind_header] == "kind"
    assert [r["kind"] for r in loaded][1:] == ["expansion", "contraction", "churn"]
    assert [r["amount"] for r in loaded] == [12000.0, 2400.0, 1200.0, 6000.0]
