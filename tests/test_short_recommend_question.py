"""A short question asking whether the customer would recommend us ("Nous recommanderait ?").

A question mark makes a header of one or two words a question; answered yes or no, it is the
survey's would-recommend answer, so the file is a survey, not engagements lacking a tag.
"""

from __future__ import annotations

import pytest

from cs_dash.importing.headers import normalize_header
from cs_dash.importing.mapping import _recommend_verb
from cs_dash.workspace import Workspace
from tests.export_judge import loaded_rows


@pytest.mark.parametrize(
    ("question", "yes", "no"),
    [("Nous recommanderait ?", "Oui", "Non"),
     ("Recommanderait ?", "oui", "non"),
     ("Würde uns empfehlen?", "Ja", "Nein"),
     ("¿Nos recomendaría?", "Sí", "No"),
     ("Ci raccomanderebbe?", "Sì", "No"),
     ("Zou ons aanbevelen?", "Ja", "Nee"),
     ("Would recommend?", "Yes", "No")],
)  # fmt: skip
def test_a_short_recommend_question_answered_yes_or_no_is_a_survey(question, yes, no):
    text = f"Client;Date;{question};Contact\nAcme;02/10/2024;{yes};a@acme.example\n"
    text += f"Beta;15/10/2024;{no};b@beta.example\nAcme;20/11/2024;{yes};c@acme.example\n"
    ws = Workspace(memory_limit="256MB", threads=1)
    try:
        result = ws.add_file("sheet.csv", text.encode("utf-8"))
        assert result.ok, result.error
        rows = loaded_rows(ws, result.table, "sheet.csv")
    finally:
        ws.close()
    assert result.table == "surveys"
    assert result.mapping[question] == "recommend"
    # Two yes (Acme twice) and one no (Beta).
    assert [(r["account"], r["recommend"]) for r in rows] == [("Acme", True), ("Beta", False), ("Acme", True)]


@pytest.mark.parametrize("header", ["Recommender", "Recommended by", "Empfehlung"])
def test_a_short_header_without_a_question_mark_asks_nothing(header):
    assert _recommend_verb(normalize_header(header)) is None


def test_the_question_mark_makes_the_same_words_a_question():
    assert _recommend_verb(normalize_header("Recommended by?")) == "recommended"
