"""CSV templates: a file per canonical table that a user can fill in and upload as it is.

Built from ``cs_dash.schema`` so the templates, the importer and the column guide can never
disagree: a header row of canonical names, one example row, and a short description per column.
"""

from __future__ import annotations

import csv
import io
import zipfile

import pandas as pd

from cs_dash import schema
from cs_dash.schema import TABLES

# How each kind of value is described to a person filling in a template.
KIND_WORDS = {
    schema.TEXT: "text",
    schema.DATE: "date, e.g. 2025-03-14",
    schema.TIMESTAMP: "date and time, e.g. 2025-03-14 09:30",
    schema.NUMBER: "number",
    schema.INTEGER: "whole number",
    schema.DURATION: "minutes (or 1:30, 1h 30m)",
    schema.TAG: "Proactive or Reactive",
    schema.BOOLEAN: "yes or no",
    schema.SCORE: "score",
}

GUIDE_COLUMNS = ("column", "required", "kind", "description", "example")


def template_name(table: str) -> str:
    return f"cs-dash-template-{table}.csv"


def template_csv(table: str) -> bytes:
    """The template of one table: canonical header row and one example row, UTF-8."""
    spec = TABLES[table]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(spec.column_names)
    writer.writerow(c.example for c in spec.columns)
    return buffer.getvalue().encode("utf-8")


def column_guide(table: str) -> pd.DataFrame:
    """One row per column of the table: whether it is required, what it holds, an example."""
    spec = TABLES[table]
    rows = [
        (c.name, "yes" if c.required else "no", KIND_WORDS[c.kind], c.description, c.example)
        for c in spec.columns
    ]
    return pd.DataFrame(rows, columns=list(GUIDE_COLUMNS))


def all_templates_zip() -> bytes:
    """Every table's template in one zip file, with a text guide to the columns."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        guide_lines = []
        for name, spec in TABLES.items():
            info = zipfile.ZipInfo(template_name(name), date_time=(2025, 1, 1, 0, 0, 0))
            archive.writestr(info, template_csv(name))
            guide_lines += [f"{spec.title} ({template_name(name)})", spec.description, ""]
            for row in column_guide(name).itertuples(index=False):
                marker = " (required)" if row.required == "yes" else ""
                guide_lines.append(f"  {row.column}{marker}: {row.kind}. {row.description}")
            guide_lines.append("")
        info = zipfile.ZipInfo("README.txt", date_time=(2025, 1, 1, 0, 0, 0))
        archive.writestr(info, "\n".join(guide_lines))
    return buffer.getvalue()
