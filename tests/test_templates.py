"""CSV templates: canonical headers, an example row, a column guide, and they load as they are."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from cs_dash.importing import ImportOptions
from cs_dash.schema import TABLES
from cs_dash.templates import all_templates_zip, column_guide, template_csv, template_name


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


@pytest.mark.parametrize("table", sorted(TABLES))
def test_template_has_canonical_header_and_one_example_row(table):
    rows = _rows(template_csv(table))
    assert rows[0] == list(TABLES[table].column_names)
    assert rows[1] == [c.example for c in TABLES[table].columns]
    assert len(rows) == 2


def test_engagements_template_example_row_reads_as_written():
    rows = _rows(template_csv("engagements"))
    example = dict(zip(rows[0], rows[1], strict=True))
    assert example["date"] == "2025-03-14"
    assert example["tag"] == "Proactive"
    assert example["duration_min"] == "45"


@pytest.mark.parametrize("table", sorted(TABLES))
def test_template_loads_into_its_table_without_rejects(ws, table):
    result = ws.add_file(template_name(table), template_csv(table), ImportOptions(table=table))
    assert result.ok, result.error
    assert result.rows_loaded == 1
    assert result.rows_rejected == 0
    assert ws.row_counts()[table] == 1


def test_column_guide_marks_required_columns_and_describes_every_column():
    guide = column_guide("tickets")
    assert list(guide["column"]) == list(TABLES["tickets"].column_names)
    required = set(guide.loc[guide["required"] == "yes", "column"])
    assert required == {"ticket_id", "account", "opened_at"}
    assert guide.set_index("column").loc["escalated", "kind"] == "yes or no"
    assert guide["description"].str.len().min() > 0


def test_zip_holds_every_template_and_a_guide():
    archive = zipfile.ZipFile(io.BytesIO(all_templates_zip()))
    names = set(archive.namelist())
    assert names == {template_name(t) for t in TABLES} | {"README.txt"}
    assert archive.read(template_name("team")) == template_csv("team")
    assert "hourly_rate (required)" in archive.read("README.txt").decode("utf-8")


def test_zip_is_the_same_bytes_every_time():
    assert all_templates_zip() == all_templates_zip()
