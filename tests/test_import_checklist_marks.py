"""A checklist kept by hand: ticks for done, empty boxes for open, a warning sign for a step at risk.

Every case is a tiny file whose answer is worked out by hand in the comment next to it, tried on
several marks, headers and languages of the same thing.
"""

from __future__ import annotations

import pytest

from cs_dash.importing.conversions import completion_flag, is_warning_mark
from tests.import_helpers import load_text as _load


@pytest.mark.parametrize(
    "item, done_header, tick, box, warning",
    [
        ("Aufgabe", "Erledigt", "✔", "☐", "⚠"),
        ("Task", "Done", "✓", "", "⚠️"),
        ("Tâche", "Fait", "x", "", "❗"),
        ("Tarea", "Hecho", "☑", "☐", "🚩"),
        ("Taak", "Afgerond", "X", "", "!"),
    ],
)
def test_a_done_box_with_a_warning_sign_is_a_checklist_of_steps(item, done_header, tick, box, warning):
    # Four tasks of two customers, no kind column: every task is a step; one ticked (done), two
    # boxes left empty or unticked (open), one flagged (at risk).
    text = (
        f"Customer,{item},{done_header}\n"
        f"Acme,Kick-off call,{tick}\nAcme,Connect the CRM,{box}\n"
        f"Beta,Security review,{warning}\nBeta,Admin training,{box}\n"
    )
    result, rows = _load("checklist.csv", text)
    assert result.table == "plans"
    assert [(r["account"], r["kind"], r["status"]) for r in rows] == [
        ("Acme", "step", "done"), ("Acme", "step", "open"), ("Beta", "step", "at risk"), ("Beta", "step", "open")
    ]  # fmt: skip
    assert any(c.key == "kind:checklist_steps" for c in result.conversions)


def test_a_warning_sign_reads_as_at_risk_beside_ticks_and_boxes():
    # ✔ is done, ☐ open, and ⚠ (with or without the emoji selector) at risk.
    lookup, conversion = completion_flag("Erledigt", ["✔", "☐", "⚠", "⚠\ufe0f"])
    assert lookup == {"✔": "done", "☐": "open", "⚠": "at risk", "⚠\ufe0f": "at risk"}
    assert conversion is not None and "at risk" in conversion.text


@pytest.mark.parametrize(
    "header, values",
    [
        ("Erledigt", ["⚠", "❗"]),  # warning signs alone: no tick box to flag
        ("Erledigt", ["✔", "⚠", "In Arbeit"]),  # a word beside the marks: a status, not a box
        ("Notiz", ["✔", "☐", "⚠"]),  # the header does not say done
    ],
)
def test_a_warning_sign_makes_no_done_box_by_itself(header, values):
    assert completion_flag(header, values) == ({}, None)


@pytest.mark.parametrize(
    "value, warns", [("⚠", True), (" ⚠️ ", True), ("!", True), ("✔", False), ("Risk", False)]
)
def test_a_warning_mark_is_a_sign_alone_in_its_cell(value, warns):
    assert is_warning_mark(value) is warns
