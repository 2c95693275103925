"""What an import tells the user and the rest of the app: the contract of the importer.

The Data page, the CLI and the workspace read only these objects, so the detection and parsing
code behind them can change freely.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

REJECT_COLUMNS = ("file", "row", "column", "value", "reason")


@dataclass
class ImportOptions:
    """What the user decided about one file, overriding the automatic guesses.

    ``columns`` maps a source header to a canonical column name (or "" to ignore the header).
    ``date_orders`` maps a canonical column to "DMY" or "MDY" for ambiguous day/month dates.
    ``delimiter`` and ``encoding`` (a Python codec name such as "cp1252") override the detection.
    """

    table: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    date_orders: dict[str, str] = field(default_factory=dict)
    delimiter: str | None = None
    encoding: str | None = None


@dataclass
class ImportResult:
    """Everything known about one imported file.

    ``staging_table`` holds the parsed rows in canonical columns (plus ``source_file`` and
    ``source_row``) inside the workspace's connection; it is None when the file could not be used,
    and then ``error`` is one sentence saying why and what to do.
    ``rejects`` has one row per rejected row or dropped value, with REJECT_COLUMNS; ``row`` is the
    row number as a spreadsheet shows it (the header is row 1).
    """

    file: str
    table: str | None = None
    staging_table: str | None = None
    error: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int | None = None  # 1-based line of the header in the file
    footer_lines: int = 0  # report footers stripped
    mapping: dict[str, str] = field(default_factory=dict)  # source header -> canonical column
    unmapped: list[str] = field(default_factory=list)  # source headers left out
    mapping_reasons: dict[str, str] = field(default_factory=dict)  # header -> why (synonym/fuzzy/content)
    table_scores: dict[str, float] = field(default_factory=dict)  # candidate table -> score
    date_orders: dict[str, str] = field(default_factory=dict)  # column -> "DMY"/"MDY"/"YMD"
    ambiguous_dates: list[str] = field(default_factory=list)  # columns whose order was a default
    rows_read: int = 0
    rows_loaded: int = 0
    rows_rejected: int = 0
    rows_skipped: int = 0  # second header rows and empty rows, named in the warnings
    rejects: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=REJECT_COLUMNS))
    warnings: list[str] = field(default_factory=list)
    preview: pd.DataFrame | None = None  # first rows as read, before parsing
    profile_used: str | None = None  # name of a saved mapping profile that was applied
    fingerprint: str | None = None  # key of the header row, for saving a mapping profile

    @property
    def rows_in_file(self) -> int:
        """Rows under the header: every one is loaded, rejected or skipped (the import checks it)."""
        return self.rows_loaded + self.rows_rejected + self.rows_skipped

    @property
    def ok(self) -> bool:
        return self.error is None and self.staging_table is not None
