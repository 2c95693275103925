"""Task tools' to-do and done words, Nordic plan kinds and statuses, and labels on account names.

Each expected reading is what a person of that language reads in the word; the answers were
worked out by hand, never taken from the importer.
"""

from __future__ import annotations

import pytest

from cs_dash.importing import ImportOptions
from cs_dash.importing.name_affixes import STRIP_AFFIX, Affix, find_affix, is_separated_label
from cs_dash.importing.vocabulary import PLAN_KIND_VOCABULARY, PLAN_STATUS_VOCABULARY


@pytest.mark.parametrize(
    "to_do",
    ["Zu erledigen", "zu tun", "À faire", "A FAIRE", "Por hacer", "A fazer", "Por fazer", "Da fare", "Te doen",
     "Att göra", "Å gjøre", "Skal gøres"],
)  # fmt: skip
def test_a_task_tools_to_do_column_is_open(to_do):
    assert PLAN_STATUS_VOCABULARY.lookup(to_do) == "open"


@pytest.mark.parametrize(
    "done",
    ["Erledigt", "Fertiggestellt", "Terminée", "Faite", "Hecha", "Completada", "Concluída", "Feita",
     "Completata", "Fatta", "Afgehandeld", "Fullført", "Utført", "Avsluttet", "Gjort", "Færdig"],
)  # fmt: skip
def test_done_words_in_either_gender_and_in_nordic_languages_are_done(done):
    assert PLAN_STATUS_VOCABULARY.lookup(done) == "done"


@pytest.mark.parametrize(
    "open_word", ["Åpen", "Ikke startet", "Ikke begyndt", "Ej startad", "Pågående", "I arbeid"]
)
def test_nordic_open_and_not_started_words_are_open(open_word):
    assert PLAN_STATUS_VOCABULARY.lookup(open_word) == "open"


def test_words_that_are_no_status_stay_unread():
    assert PLAN_STATUS_VOCABULARY.lookup("Lost") != "done"  # English lost, not Norwegian "løst"
    assert PLAN_STATUS_VOCABULARY.lookup("Erledigen Sie bitte") is None


@pytest.mark.parametrize(
    ("word", "kind"),
    [("Mål", "goal"), ("Målsetting", "goal"), ("Tiltak", "step"), ("Tiltag", "step"), ("Oppgave", "step"),
     ("Milepæl", "step"), ("Milstolpe", "step"), ("Hindring", "blocker"), ("Hindringer", "blocker"),
     ("Risici", "blocker")],
)  # fmt: skip
def test_nordic_plan_kinds(word, kind):
    assert PLAN_KIND_VOCABULARY.lookup(word) == kind


COMPANIES = ("Bäckerei Hofmann GmbH", "Fjordlaks AS", "Maison Dubois SARL", "Initech")


@pytest.mark.parametrize(
    ("written", "affix"),
    [
        ("Kundenerfolg – {}", Affix("Kundenerfolg – ", "")),
        ("CS | {}", Affix("CS | ", "")),
        ("Équipe A: {}", Affix("Équipe A: ", "")),
        ("{} (CS)", Affix("", " (CS)")),
        ("{} - Key Accounts", Affix("", " - Key Accounts")),
    ],
)
def test_a_label_set_off_from_every_name_is_stripped_whatever_its_words(written, affix):
    names = [written.format(c) for c in COMPANIES]
    assert find_affix(names) == affix
    assert [affix.bare_name(n) for n in names] == list(COMPANIES)


def test_what_a_label_is_not():
    # one name with a dash is a name
    assert find_affix(["Müller – Bau GmbH", "Acme", "Globex"]) is None
    # a shared part holding a legal form is the names' own
    assert find_affix(["Müller – Bau GmbH", "Schmidt – Bau GmbH", "Weber – Bau GmbH"]) is None
    # a shared last word without a mark ("… Bank") is no label of its own
    assert find_affix(["First Bank", "City Bank", "Union Bank"]) is None
    # a label on only some names
    assert find_affix(["CS | Acme", "CS | Globex", "Initech", "Umbrella"]) is None
    assert not is_separated_label(Affix("", " Workspace"))


TASKS = (
    "Raum;Aufgabe;Label;Status;Zuständig\n"
    "CS-Team | Acme Corp;Kickoff;Maßnahme;Zu erledigen;Dana Lee\n"
    "CS-Team | Globex GmbH;Training;Maßnahme;Erledigt;Sam Ortiz\n"
    "CS-Team | Initech;Review;Ziel;In Bearbeitung;Dana Lee\n"
)


def test_a_task_lists_room_label_goes_and_its_to_do_is_open_and_it_says_so(load):
    r = load("aufgaben.csv", ImportOptions(table="plans"), data=TASKS.encode())
    assert load.rows(r, "account", "status") == [
        ("Acme Corp", "open"),
        ("Globex GmbH", "done"),
        ("Initech", "open"),
    ]
    (said,) = [t.text for t in r.transformations if t.key == STRIP_AFFIX]
    assert "label" in said and "CS-Team |" in said
