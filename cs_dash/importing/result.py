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
    ``accept_unsure`` loads a file whose table was a close call into the likelier table instead of
    waiting for the user's choice (the command line, which cannot ask, sets it and warns).
    ``conversions_off`` holds the keys of conversions (``Conversion.key``) to leave undone.
    ``undo`` names transformations (``Transformation.key``) not to apply this time.
    """

    table: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    date_orders: dict[str, str] = field(default_factory=dict)
    delimiter: str | None = None
    encoding: str | None = None
    accept_unsure: bool = False
    conversions_off: set[str] = field(default_factory=set)
    undo: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Conversion:
    """One change of meaning the importer made to a column's values, shown and undoable.

    ``key`` is stable across imports of the same file (``column:rule``, e.g. ``arr:monthly``) so
    the user's "leave this undone" survives a re-import; ``text`` says what was done and why.
    """

    key: str
    column: str
    text: str


@dataclass(frozen=True)
class Transformation:
    """One change made to the file's shape or values before loading, said in one sentence."""

    key: str  # names it in ``ImportOptions.undo``
    text: str
    undoable: bool = True


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
    table_below_rows: int = 0  # rows of a second table under the first, left out (in rows_skipped)
    mapping: dict[str, str] = field(default_factory=dict)  # source header -> canonical column
    unmapped: list[str] = field(default_factory=list)  # source headers left out
    mapping_reasons: dict[str, str] = field(default_factory=dict)  # header -> why (synonym/fuzzy/content)
    table_scores: dict[str, float] = field(default_factory=dict)  # candidate table -> score
    confidence: float | None = None  # 0-1: how sure the table choice is (1 when the user chose it)
    runner_up: str | None = None  # the next likeliest table
    table_reason: str = ""  # a short sentence: why this table
    needs_table_choice: bool = False  # a close call: not loaded until the user picks the table
    date_orders: dict[str, str] = field(default_factory=dict)  # column -> "DMY"/"MDY"/"YMD"
    ambiguous_dates: list[str] = field(default_factory=list)  # columns whose order was a default
    rows_read: int = 0
    rows_loaded: int = 0
    rows_rejected: int = 0
    rows_skipped: int = 0  # second header rows, empty rows and a table below, named in the warnings
    rejects: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=REJECT_COLUMNS))
    warnings: list[str] = field(default_factory=list)
    conversions: list[Conversion] = field(default_factory=list)  # applied, in column order
    conversions_off: list[Conversion] = field(default_factory=list)  # found but left undone
    preview: pd.DataFrame | None = None  # first rows as read, before parsing
    profile_used: str | None = None  # name of a saved mapping profile that was applied
    fingerprint: str | None = None  # key of the header row, for saving a mapping profile
    transformations: list[Transformation] = field(default_factory=list)  # applied, in order
    undone: list[str] = field(default_factory=list)  # keys of transformations the user turned off
    # Accounts rows that are subscriptions (several per account, each with a start, an end and an
    # amount): the workspace reads them as revenue changes and one current row per account.
    subscription_history: bool = False

    @property
    def rows_in_file(self) -> int:
        """Rows under the header: every one is loaded, rejected or skipped (the import checks it)."""
        return self.rows_loaded + self.rows_rejected + self.rows_skipped

    @property
    def ok(self) -> bool:
        return self.error is None and self.staging_table is not None
