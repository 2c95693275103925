"""Rules a person applies to a column's values when its header says nothing to them.

Each rule is shown on a tiny hand-made file or column (headers ``col1..colN`` or words in a
language the vocabulary lacks) whose answer was worked out by hand, and on variations that must
not be read the same way.
"""

from __future__ import annotations

import pytest

from cs_dash.importing import evidence
from cs_dash.importing.mapping import choose_table
from cs_dash.schema import TABLES
from tests.export_judge import load_text


def _csv(rows: list[tuple[str, ...]], headers: list[str] | None = None) -> str:
    width = len(rows[0])
    lines = [",".join(headers or [f"col{n}" for n in range(1, width + 1)])]
    lines += [",".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def _fit(table: str, column: str, values: list[str]) -> float:
    return evidence.fit(TABLES[table].column(column), evidence.profile(values), table)[0]


def _only(table: str, column: str, values: list[str]) -> float:
    return evidence.content_only(table, TABLES[table].column(column), evidence.profile(values))[0]


# ------------------------------------------------------------------------------ one customer per row
COMPANIES = [
    "Acme Corp", "Globex GmbH", "Initech Inc", "Umbrella Health", "Hooli Labs", "Vandelay Industries",
    "Northwind Traders", "Kivikoski Oy",
]  # fmt: skip


def test_a_different_customer_on_every_row_is_unlike_a_help_desk(ws):
    assert _fit("tickets", "account", COMPANIES) < 0
    assert _only("tickets", "account", COMPANIES) < _only("accounts", "account", COMPANIES)
    # The same customers again and again, as a help desk hears from them, fit as before.
    repeated = COMPANIES[:3] * 3
    assert _fit("tickets", "account", repeated) > 0
    assert _only("tickets", "account", repeated) == _only("accounts", "account", COMPANIES)


def test_a_short_list_says_nothing_about_repeats():
    assert _fit("tickets", "account", COMPANIES[:4]) > 0  # four tickets of four customers happen


AMOUNTS = ["96000", "24000", "24000", "60000", "12000", "36000", "48000", "18000"]  # 318,000 in all


def test_a_list_of_subscriptions_by_its_values_is_a_list_of_accounts():
    # One row per customer: an id, the company, the start in epoch seconds, a yearly amount. An id,
    # a name and a date also fit a ticket, but no help desk hears from eight customers once each.
    rows = [
        (f"sub_{n:03d}", company, str(1_650_000_000 + n * 8_640_000), amount)
        for n, (company, amount) in enumerate(zip(COMPANIES, AMOUNTS, strict=True))
    ]
    headers = [f"col{n}" for n in range(1, 5)]
    samples = {h: [row[i] for row in rows] for i, h in enumerate(headers)}
    best, scores = choose_table(headers, headers, samples, "export.csv")
    assert best is not None and best.table.name == "accounts"
    assert best.mapping["col2"] == "account"
    assert scores["tickets"] < scores["accounts"]


def test_a_list_of_customers_with_written_dates_is_no_ticket_list(ws):
    # The same with "2023-01-10" dates: accounts or revenue changes, asked, but never tickets.
    rows = [
        (f"sub_{n:03d}", company, f"2023-0{1 + n}-1{n}", amount)
        for n, (company, amount) in enumerate(zip(COMPANIES, AMOUNTS, strict=True))
    ]
    result = ws.add_file("export.csv", _csv(rows).encode())
    assert result.table != "tickets"


# ------------------------------------------------------------------------------ small closed vocabularies
@pytest.mark.parametrize(
    "values",
    [
        ["Completato", "Aperto", "A rischio", "Aperto"],  # Italian
        ["Zrobione", "Otwarte", "Zrobione", "Otwarte"],  # Polish
        ["Klar", "Öppen", "Klar", "Öppen"],  # Swedish
        ["Concluído", "Em risco", "Aberto", "Concluído"],  # Portuguese
    ],
)
def test_a_plan_items_status_words_in_other_languages_are_statuses(values):
    assert evidence.profile(values).plan_status >= 0.7
    assert _fit("plans", "status", values) > 0
    assert _fit("accounts", "status", values) == 0  # a survey's "Complète" says nothing of a customer


def test_a_title_that_says_done_is_no_status():
    titles = ["Onboarding done by May", "Renewal closed early", "Open a second workspace"]
    assert evidence.profile(titles).plan_status == 0.0


@pytest.mark.parametrize(
    "values",
    [
        ["Haute", "Basse", "Normale", "Urgente"],  # French
        ["hoch", "niedrig", "mittel", "hoch"],  # German
        ["High priority", "Low priority", "Urgent", "Medium priority"],  # a priority beside the word
        ["Prioridad alta", "Prioridad baja", "Prioridad media", "Prioridad alta"],
    ],
)
def test_priorities_in_other_languages_and_beside_the_word_priority(values):
    assert evidence.profile(values).priority == 1.0
    assert _only("tickets", "priority", values) > 0


def test_words_beside_a_priority_word_that_are_no_priority():
    assert evidence.profile(["High school", "Low tide", "Normal Heights", "Urgent care"]).priority == 0.0


@pytest.mark.parametrize(
    "values",
    [
        ["Enterprise", "Mid-Market", "SMB", "SMB"],
        ["enterprise", "mid market", "smb", "Enterprise"],  # case and spelling
        ["Grandes comptes", "PME", "ETI", "PME"],  # French
        ["Strategic", "Key Account", "Self-Serve", "Strategic"],  # by how they are served
    ],
)
def test_customer_segments_are_known_by_their_words(values):
    assert _only("accounts", "segment", values) > 0


def test_one_segment_on_every_row_or_other_words_are_no_segment():
    assert _only("accounts", "segment", ["Enterprise"] * 8) == 0.0  # says nothing row by row
    assert _only("accounts", "segment", COMPANIES) == 0.0


def test_an_italian_plan_by_its_values_takes_its_status(ws):
    rows = [
        ("Acme Corp", "Reduce onboarding time", "Obiettivo", "Completato"),
        ("Globex GmbH", "Champion left", "Ostacolo", "Aperto"),
        ("Initech Inc", "Quarterly business review", "Obiettivo", "A rischio"),
        ("Acme Corp", "Security review pending", "Ostacolo", "Aperto"),
    ]
    result, loaded = load_text(ws, "piano.csv", _csv(rows))
    assert result.table == "plans"
    assert result.mapping["col4"] == "status"
    assert sorted(r["status"] for r in loaded) == ["at risk", "done", "open", "open"]


# ------------------------------------------------------------------------------ a plan's due date
PLAN = [
    ("Acme Corp", "Reduce onboarding time", "Goal", "2024-11-04", "2025-03-31", "2025-03-20"),
    ("Globex GmbH", "Champion left", "Blocker", "2024-11-04", "2025-01-15", ""),
    ("Initech Inc", "Quarterly business review", "Step", "2024-11-04", "2025-02-28", ""),
    ("Acme Corp", "Security review pending", "Blocker", "2024-11-04", "2025-04-30", ""),
    ("Hooli Labs", "Roll out to the EU team", "Goal", "2024-11-05", "2025-06-30", ""),
]


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4, 5), (0, 1, 2, 4, 3, 5), (5, 4, 3, 0, 1, 2)])
def test_the_plans_date_never_before_the_other_is_its_due_date(ws, order):
    # Created 4 or 5 November, due later on every row, completed on the one row done (too few
    # rows to be a due date): the due dates are the five later ones.
    rows = [tuple(row[i] for i in order) for row in PLAN]
    result, loaded = load_text(ws, "plan.csv", _csv(rows))
    assert result.table == "plans"
    assert result.mapping[f"col{order.index(4) + 1}"] == "due_date"
    assert sorted(str(r["due_date"]) for r in loaded) == [
        "2025-01-15", "2025-02-28", "2025-03-31", "2025-04-30", "2025-06-30"
    ]  # fmt: skip


def test_a_plans_one_date_is_its_due_date(ws):
    rows = [row[:3] + (row[4],) for row in PLAN]
    result, loaded = load_text(ws, "plan.csv", _csv(rows))
    assert result.mapping["col4"] == "due_date"


def test_two_dates_that_cross_name_no_due_date(ws):
    # The second date is before the first on one row and after it on others: neither is the later.
    rows = [
        row[:4] + (due,)
        for row, due in zip(
            PLAN, ["2025-01-01", "2024-10-01", "2025-01-01", "2025-01-01", "2025-01-01"], strict=True
        )
    ]
    result = ws.add_file("plan.csv", _csv(rows).encode())
    assert "due_date" not in result.mapping.values()


def test_ids_with_long_numbers_are_no_periods_and_profile_without_an_error():
    from cs_dash.importing import evidence

    assert evidence.profile(["sub_3112776062", "sub_3161383472"]).period == 0.0
    assert evidence.profile(["Jan 2024", "Feb 2024"]).period == 1.0
