"""Layouts a CS team keeps by hand in a sheet: labelled section rows, period sections, a second
table below the first, two-level headers, subtotal rows and tick boxes.

Every expected value below was worked out by hand from the tiny file in the test.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from cs_dash.importing.sections import shared_prefix
from tests.import_helpers import Loader

D = dt.date


@pytest.fixture
def load(tmp_path):
    loader = Loader(tmp_path)

    def run(name, text, options=None):
        data = textwrap.dedent(text).lstrip("\n").encode("utf-8")
        return loader(name, options, data=data)

    run.rows = loader.rows
    yield run
    loader.con.close()


# ------------------------------------------------------------------ labelled section rows (rule 3)
LABELLED_CSM_SECTIONS = """
    Date;Account;Pro/Re;Minutes
    {label}{sep}Dana Lee;;;
    03/04/2025;Acme Corp;Proactive;30
    03/11/2025;Globex;Reactive;45
    {label}{sep}Sam Ortiz;;;
    03/05/2025;Initech;Proactive;60
"""


@pytest.mark.parametrize(
    ("label", "sep"),
    [("CSM", ": "), ("csm", ":"), ("Account Manager", " - "), ("Customer Success Manager", " – ")],
)
def test_a_label_every_section_row_starts_with_names_the_column_its_rest_fills(load, label, sep):
    r = load("log.csv", LABELLED_CSM_SECTIONS.format(label=label, sep=sep))
    assert r.ok, r.error
    assert r.mapping.get(label) == "csm"
    assert load.rows(r, "csm", "account") == [
        ("Dana Lee", "Acme Corp"),
        ("Dana Lee", "Globex"),
        ("Sam Ortiz", "Initech"),
    ]
    assert f"without the label '{label}'" in r.transformations[0].text


ACCOUNT_LABEL_INTO_ITS_EMPTY_COLUMN = """
    Task,Cliente,Owner,Due,Type
    Cliente: Acme Corp,,,,
    Kickoff call,,Dana Lee,2025-02-10,Step
    Data import,,Dana Lee,2025-02-24,Step
    Cliente: Globex,,,,
    Kickoff call,,Sam Ortiz,2025-04-10,Step
"""


def test_a_labelled_section_fills_the_empty_column_its_label_names(load):
    r = load("plan.csv", ACCOUNT_LABEL_INTO_ITS_EMPTY_COLUMN)
    assert r.ok, r.error
    assert r.mapping.get("Cliente") == "account" and "Section" not in r.mapping
    assert [a for (a,) in load.rows(r, "account")] == ["Acme Corp", "Acme Corp", "Globex"]
    assert "into the empty Cliente column" in r.transformations[0].text


@pytest.mark.parametrize(
    ("headings", "label"),
    [
        (["CSM: Maya Okonkwo", "CSM: Jan de Vries"], "CSM"),
        (["Cliente: Acme", "cliente:Globex"], "Cliente"),
        (["Account Manager - Jan de Vries", "Account Manager - Maya"], "Account Manager"),
        (["CSM: Maya", "Owner: Jan"], ""),  # two labels: no column named by either
        (["Q4: 2024", "Q1: 2025"], ""),  # a number names no column
        (["Acme Corp", "Globex"], ""),  # no separator
        (["CSM: Maya"], ""),  # one heading is no pattern
        (["Acme-Globex merger", "Initech-Hooli"], ""),  # a dash inside a name is no separator
        (["CSM:", "CSM:"], ""),  # nothing after the label
    ],
)
def test_the_shared_label_of_section_rows(headings, label):
    assert shared_prefix(headings) == label
