"""The order of evidence for the kind of a plan file's items when no column names it."""

from __future__ import annotations

import pytest

from cs_dash.importing.conversions import EveryItem, kind_of_every_item

NAMED, CHECKLIST = "kind:named_by_item_header", "kind:checklist_steps"


def _all_on(conversion) -> bool:
    return conversion is not None


@pytest.mark.parametrize(
    ("item", "status", "values", "expected"),
    [
        ("Goal name", "Status", ["Done", "Not done"], EveryItem("goal", ticked_off=False)),  # header first
        ("Titre du jalon", "Statut", ["Fait", "Ouvert"], EveryItem("step", ticked_off=False)),
        ("Ziel", None, [], EveryItem("goal", ticked_off=False)),
        ("Task", "Status", ["Done", "Not done"], EveryItem("step", ticked_off=True)),
        ("Aufgabe", "Status", ["Erledigt", "Offen"], EveryItem("step", ticked_off=True)),
        ("Tarea", "Estado", ["Completado", "No completado"], EveryItem("step", ticked_off=True)),
        ("Task", "Status", ["Done", "In progress", "At risk"], None),  # a third state: not a tick box
        ("Task", None, [], None),
    ],
)
def test_the_item_header_decides_before_a_tick_box_status(item, status, values, expected):
    assert kind_of_every_item(item, status, values, _all_on) == expected


def test_once_the_header_says_the_kind_the_status_is_not_asked():
    asked: list[str] = []

    def applied(conversion) -> bool:
        asked.append(conversion.key)
        return True

    kind_of_every_item("Goal name", "Status", ["Done", "Not done"], applied)
    assert asked == [NAMED]


def test_a_header_rule_switched_off_gives_way_to_the_tick_box():
    asked: list[str] = []

    def applied(conversion) -> bool:
        asked.append(conversion.key)
        return conversion.key != NAMED

    every = kind_of_every_item("Goal name", "Status", ["Done", "Not done"], applied)
    assert every == EveryItem("step", ticked_off=True)
    assert asked == [NAMED, CHECKLIST]


def test_both_switched_off_leave_the_kind_unsaid():
    assert kind_of_every_item("Goal name", "Status", ["Done", "Not done"], lambda conversion: False) is None
