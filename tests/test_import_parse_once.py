"""Parsing each distinct text once gives exactly the values, rejects and counts of per-row parsing."""

from __future__ import annotations

import pytest

from cs_dash.importing import ImportOptions, pipeline
from tests.import_helpers import Loader

# Files whose numbers and dates are written in many ways (one import each way takes a while).
MESSY_FILES = [
    "amounts_both_conventions.csv",
    "bad_values.csv",
    "epoch_usage.csv",
    "european_excel.csv",
    "hubspot_calls.csv",
    "month_name_revenue.csv",
    "qualtrics_nps.csv",
    "salesforce_tasks_api.csv",
    "team_rates.csv",
    "zendesk_tickets.csv",
]


@pytest.fixture
def load(tmp_path):
    return Loader(tmp_path)


def _always_once(monkeypatch) -> None:
    """Every number column of every file, however small or varied, takes the parse-once path."""
    monkeypatch.setattr(pipeline, "PARSE_ONCE_ROWS", 0)
    monkeypatch.setattr(pipeline, "PARSE_ONCE_REPEATS", 0)
    monkeypatch.setattr(pipeline, "MAX_LOOKUP_VALUES", 0)  # not the short list of a few values


def _never_once(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "PARSE_ONCE_ROWS", 10**12)


def _staged(load, result) -> list[tuple]:
    if not result.ok:
        return []
    return load.con.execute(f'SELECT * FROM "{result.staging_table}" ORDER BY source_row, rowid').fetchall()


def _summary(result) -> tuple:
    rejects = [tuple(r) for r in result.rejects.itertuples(index=False)]
    return (
        result.error,
        result.table,
        result.rows_loaded,
        result.rows_rejected,
        result.rows_skipped,
        rejects,
    )


@pytest.mark.parametrize("name", MESSY_FILES)
def test_messy_file_is_the_same_parsed_once_or_per_row(load, monkeypatch, name):
    _never_once(monkeypatch)
    per_row = load(name)
    expected = (_summary(per_row), _staged(load, per_row))
    _always_once(monkeypatch)
    once = load(name)
    assert (_summary(once), _staged(load, once)) == expected


def test_amounts_read_once_per_distinct_text(load, monkeypatch):
    _always_once(monkeypatch)
    calls = []
    real = pipeline._Run._parse_once

    def spy(self, column, *args):
        found = real(self, column, *args)
        calls.append((column.name, found is not None))
        return found

    monkeypatch.setattr(pipeline._Run, "_parse_once", spy)
    rows = ["date,account,csm,tag,arr"]
    amounts = ["$1,200.50", "1200.5", "(300)", "lots", "", "2.5e3"]
    for i in range(12):
        rows.append(f'2024-01-{i + 1:02d},Acme {i % 3},Ann,Proactive,"{amounts[i % 6]}"')
    data = ("\n".join(rows) + "\n").encode()
    result = load("engagements.csv", ImportOptions(table="engagements"), data=data)
    assert ("arr", True) in calls
    got = load.con.execute(f'SELECT arr FROM "{result.staging_table}" ORDER BY source_row').fetchall()
    # Worked out by hand: $1,200.50 and 1200.5 are 1200.5, (300) is -300, 2.5e3 is 2500;
    # "lots" is not a number (its value is dropped and reported), the empty cell stays empty.
    assert [r[0] for r in got] == [1200.5, 1200.5, -300.0, None, None, 2500.0] * 2
    dropped = result.rejects[result.rejects["value"] == "lots"]
    assert len(dropped) == 2
    assert result.rows_loaded == 12
    leftover = load.con.execute("SELECT count(*) FROM duckdb_types() WHERE type_name LIKE '%__values_%'")
    assert leftover.fetchone()[0] == 0


def test_mostly_distinct_amounts_are_read_per_row(load, monkeypatch):
    monkeypatch.setattr(pipeline, "PARSE_ONCE_ROWS", 0)
    monkeypatch.setattr(pipeline, "MAX_LOOKUP_VALUES", 0)
    rows = ["date,account,csm,tag,arr"] + [f"2024-01-01,Acme,Ann,Proactive,{i * 7}" for i in range(40)]
    data = ("\n".join(rows) + "\n").encode()
    calls = []
    real = pipeline._Run._parse_once
    monkeypatch.setattr(
        pipeline._Run, "_parse_once", lambda self, *a: calls.append(real(self, *a)) or calls[-1]
    )
    result = load("engagements.csv", ImportOptions(table="engagements"), data=data)
    assert result.rows_loaded == 40
    assert calls == [None]


def test_words_of_a_vocabulary_read_once_per_distinct_text(load, monkeypatch):
    _always_once(monkeypatch)
    calls = []
    real = pipeline._Run._parse_once

    def spy(self, column, *args):
        found = real(self, column, *args)
        calls.append((column.name, found is not None))
        return found

    monkeypatch.setattr(pipeline._Run, "_parse_once", spy)
    rows = ["date,account,csm,tag,type"]
    kinds = ["Phone call", "E-mail", "QBR", " Meeting ", "Lunch", ""]
    for i in range(12):
        rows.append(f"2024-01-{i + 1:02d},Acme,Ann,Proactive,{kinds[i % 6]}")
    data = ("\n".join(rows) + "\n").encode()
    result = load("engagements.csv", ImportOptions(table="engagements"), data=data)
    assert ("type", True) in calls
    got = load.con.execute(f'SELECT type FROM "{result.staging_table}" ORDER BY source_row').fetchall()
    # Worked out by hand: the known kinds take their canonical word, a padded one is trimmed first,
    # an unknown kind stays as written and an empty cell stays empty.
    assert [r[0] for r in got] == ["Call", "Email", "QBR", "Meeting", "Lunch", None] * 2
    assert result.rows_loaded == 12


class _Statements:
    """The connection, keeping every statement run on it."""

    def __init__(self, con):
        self.con, self.sql = con, []

    def execute(self, sql, params=None):
        self.sql.append(sql)
        return self.con.execute(sql, params) if params is not None else self.con.execute(sql)

    def __getattr__(self, name):
        return getattr(self.con, name)


def _types_staged(load, statements, data: bytes):
    load.con = statements
    result = load("engagements.csv", ImportOptions(table="engagements"), data=data)
    load.con = statements.con
    rows = load.con.execute(f'SELECT type FROM "{result.staging_table}" ORDER BY source_row').fetchall()
    return [r[0] for r in rows]


def test_a_vocabulary_whose_every_text_was_read_is_not_scanned_again(load, monkeypatch):
    _always_once(monkeypatch)
    statements = _Statements(load.con)
    kinds = ["Phone call", "E-mail", " Meeting ", ""]
    rows = ["date,account,csm,tag,type"] + [
        f"2024-01-{i + 1:02d},Acme,Ann,Proactive,{kinds[i % 4]}" for i in range(8)
    ]
    types = _types_staged(load, statements, ("\n".join(rows) + "\n").encode())
    # Worked out by hand, as per row: canonical words, the padded one trimmed, the empty one empty.
    assert types == ["Call", "Email", "Meeting", None] * 2
    made = [s for s in statements.sql if s.startswith("CREATE TYPE")]
    assert len(made) == 1 and "unnest(?" in made[0]  # from the values the plan read, not the rows
    assert not any("count(DISTINCT c4)" in s for s in statements.sql)


def test_a_column_read_only_in_part_is_scanned_for_its_texts(load, monkeypatch):
    _always_once(monkeypatch)
    monkeypatch.setattr(pipeline, "MAX_TAG_VALUES", 1)  # the plan stops after two of the three words
    statements = _Statements(load.con)
    kinds = ["Phone call", "E-mail", "QBR"]
    rows = ["date,account,csm,tag,type"] + [
        f"2024-01-{i + 1:02d},Acme,Ann,Proactive,{kinds[i % 3]}" for i in range(9)
    ]
    types = _types_staged(load, statements, ("\n".join(rows) + "\n").encode())
    assert types == ["Phone call", "E-mail", "QBR"] * 3  # too many words to look up: kept as written
    assert not any(s.startswith("CREATE TYPE") and "unnest(?" in s for s in statements.sql)
