"""Import one file into a staging table of canonical columns: sniff, read, map, parse, report.

The steps live in their own modules (``sniff``, ``mapping``, ``parse``, ``profiles``); this one
runs them in order against the workspace's DuckDB connection, keeps every row it could not load
with its reason, and turns any failure into one sentence on the result instead of an exception.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd

from cs_dash import idmatch
from cs_dash.importing import (
    conservation,
    content_fill,
    conversions,
    initiator,
    isolation,
    limits,
    merged_cells,
    movement_headers,
    name_affixes,
    outreach,
    parse,
    reading,
    repair,
    reshape,
    sections,
)
from cs_dash.importing.headers import fold, normalize_header, unit_text
from cs_dash.importing.mapping import (
    choose_table,
    confidence_over,
    names_no_column,
    resolve_overrides,
    speaks_of_company_revenue,
)
from cs_dash.importing.month_names import LANGUAGE_NAMES, is_quarter
from cs_dash.importing.profiles import find_profile, fingerprint
from cs_dash.importing.result import REJECT_COLUMNS, Conversion, ImportOptions, ImportResult, Transformation
from cs_dash.importing.sniff import HEAD_BYTES, Layout, UnusableFile, sniff
from cs_dash.importing.vocabulary import PLAN_KINDS, REVENUE_KINDS, is_forecast
from cs_dash.schema import DATE, DURATION, INTEGER, NUMBER, SCORE, TABLES, TAG, TEXT, TIMESTAMP, Table
from cs_dash.sqlutil import quote_ident

log = logging.getLogger(__name__)

MAX_REJECT_LINES = 50_000  # detail lines kept per file; the counts are always exact
SAMPLE_ROWS = 1_000
PREVIEW_ROWS = 20
MAX_DISTINCT_DATES = 50_000
MAX_TAG_VALUES = 200
AFFIX_SAMPLE_NAMES = 500  # distinct account names of the sample rows read for a tool's added word
MAX_LOOKUP_VALUES = 48  # a column with at most this many distinct values is parsed once per value
# In a larger file a number column that repeats its values is parsed once per distinct text and
# each row looks its value up by the text's code: a million rows of 500 ARR amounts run the
# number reading 500 times, not a million. (Dates, names and tags read as fast per row as by
# lookup, so they are left to the per-row reading, unless their dates were read in Python.)
PARSE_ONCE_ROWS = 20_000
PARSE_ONCE_PROBE = 50_000  # the first rows say whether a column repeats its values at all
PARSE_ONCE_REPEATS = 4  # ... when they hold at most a quarter as many distinct texts as rows
MAX_PARSE_ONCE_VALUES = 100_000


def import_file(
    con: duckdb.DuckDBPyConnection,
    path: str | Path,
    display_name: str,
    staging_table: str,
    options: ImportOptions | None = None,
    profiles: dict | None = None,
) -> ImportResult:
    """Import ``path`` into ``staging_table``; never raises, a failure is ``result.error``.

    ``profiles`` are the saved mapping profiles by header fingerprint; a matching one is applied
    unless ``options`` already names the table or columns.
    """
    result = ImportResult(file=display_name)
    run = _Run(con, Path(path), display_name, staging_table, options or ImportOptions(), profiles, result)
    try:
        run.execute()
    except UnusableFile as exc:
        run.fail(f"{_shown(display_name)} {exc}.")
    except Exception as exc:  # the promise: bad input gets a sentence, never a traceback
        log.warning("import of %s failed", display_name, exc_info=True)
        run.fail(_friendly(display_name, exc))
    finally:
        run.cleanup()
    return result


def _shown(display_name: str) -> str:
    """The file's name as it can appear in a one-line message."""
    return " ".join(str(display_name).split())[:120] or "This file"


def _friendly(display_name: str, exc: BaseException) -> str:
    if isinstance(exc, MemoryError) or "Out of Memory" in str(exc):
        return f"{_shown(display_name)} is too large for the memory this session has: split it into smaller files."
    return (
        f"{_shown(display_name)} could not be read as a CSV table: open it in a spreadsheet, save it as "
        "CSV UTF-8 and upload it again."
    )


class _Run:
    """One import: the state the steps share, and the temporary tables and files to remove."""

    def __init__(self, con, path, name, staging, options, profiles, result):
        self.con: duckdb.DuckDBPyConnection = con
        self.path: Path = path
        self.name: str = name
        self.staging: str = staging
        self.options: ImportOptions = options
        self.profiles = profiles
        self.result: ImportResult = result
        self.raw = f"{staging}__raw"
        self.rejects_table = f"{staging}__rejects"
        self.scan_table = f"{staging}__scan"
        self.temp_files: list[Path] = []
        self.row_expr = "rowid + 1"  # the record number after the header (a column once rows were rejected)
        self.layout: Layout | None = None
        self.parse_rejects: list[tuple[int, str, str]] = []
        self.lookups: dict[str, list[str]] = {}
        self._date_orders: dict[str, str] = {}
        self.date_examples: dict[str, list[str]] = {}
        self.measured: limits.FileSize | None = None
        self.source: Path = path  # the file DuckDB read: the upload or a cleaned copy
        self.source_lines: tuple[limits.FileSize, int] | None = None  # its size, its header's lines
        self.lines: conservation.LineAccount | None = None
        self.kind_from_sign = False  # revenue rows without a kind take it from the amount's sign
        self.positive_amounts = False
        # A plan file without a kind column: the kind of every item (``conversions.kind_of_every_item``),
        # and whether its status is a checklist's box, so an item left unticked is open.
        self.items_kind: str | None = None
        self.items_ticked_off = False
        # The one revenue kind of every row when no column names it: a cancellations log's churn,
        # or the change an amount's header names ("Lost ARR").
        self.rows_kind: str | None = None
        self.kind_named_by: str | None = None  # that amount header, as the table choice found it
        self.forecasts: list[str] = []  # revenue kinds naming expected revenue, left out of the actuals
        # column -> (raw interval column, its values, times a year each): amounts per interval.
        self.row_factors: dict[str, tuple[str, list[str], list[float | None]]] = {}
        self.wide_values: str | None = None  # the value column of an unpivoted wide layout
        self.name_parts: list[str] = []  # headers joined into one name column, left out of the mapping
        self.samples: dict[str, list[str]] = {}
        self.sample_rows: list[tuple] = []
        self.value_types: list[str] = []  # ENUM types of the distinct texts parsed once
        self.every_value: dict[str, list[str]] = {}  # raw column -> all its distinct texts, once read
        self.name_counts: dict[str, str] = {}  # raw column -> its table of distinct texts and counts

    def _per_interval(self, table: Table, column_name: str, header: str, samples) -> None:
        """An amount whose interval is another column's value is annualised row by row."""
        found = conversions.interval_column(table.name, column_name, header, samples)
        if found is None or not self._convert(found[1]):
            return
        raw_col = self._raw_of(found[0])
        values = sorted({v.strip() for v in self._distinct(raw_col, MAX_LOOKUP_VALUES)})
        factors = [conversions.interval_per_year(found[0], v) for v in values]
        self.row_factors[column_name] = (raw_col, values, factors)

    def _convert(self, conversion: Conversion | None) -> bool:
        """Record a conversion found; True when it is to be applied (the user did not switch it off)."""
        if conversion is None:
            return False
        if conversion.key in self.options.conversions_off:
            self.result.conversions_off.append(conversion)
            return False
        self.result.conversions.append(conversion)
        return True

    # ------------------------------------------------------------------------------ the steps
    def execute(self) -> None:
        layout = self._reshape(self._load_raw())
        self._preview(layout)
        samples = self.samples = self._samples(layout)
        table = self._map(layout, samples)
        self._merged_cells()
        plans = self._plans(table, samples, self._date_orders)
        self._stage(table, plans)
        self._report(table, self.parse_rejects)
        self._subscription_history(table)

    def _load_raw(self) -> Layout:
        """Sniff the layout and read the file into the raw all-text table; DuckDB's rejects kept."""
        forced = self.options.delimiter or None
        if forced is not None and (len(forced) != 1 or forced in '"\r\n'):
            raise UnusableFile(
                f"was given a delimiter that cannot split columns ({forced!r}): use one character"
            )
        self.measured = limits.check_bytes(self.path)
        limits.check_first_line(self.path, HEAD_BYTES)
        layout, text = sniff(self.path, forced, forced_encoding=self.options.encoding)
        self._check_header(layout)
        sample = layout.sample_rows
        if len(sample) >= 20 and all(len(row) != len(layout.headers) for row in sample):
            self._cannot_split(layout)  # before DuckDB stores a reject for every row
        self._read(layout, text)
        if (
            layout.is_utf8
            and not self.options.encoding
            and reading.has_bad_encoding(self.con, self.rejects_table)
        ):
            # The first megabyte was UTF-8 but a later row is not: read the file as Windows-1252.
            self._drop(self.rejects_table)
            self._drop(self.scan_table)
            layout, text = sniff(self.path, self.options.delimiter or None, legacy=True)
            self._check_header(layout)
            self._read(layout, text)
        r = self.result
        r.encoding = layout.encoding
        r.delimiter = layout.delimiter
        r.header_row = layout.header_row
        r.footer_lines = layout.footer_lines
        r.table_below_rows = layout.table_below_rows
        r.warnings.extend(layout.warnings)
        r.fingerprint = fingerprint(layout.headers)
        self.layout = layout
        measured, header_lines = self.source_lines
        self.lines = conservation.account(
            self.con, self.source, measured, header_lines, self.raw, self._raw_columns(), self.rejects_table
        )
        rejected = self.con.execute(
            f"SELECT count(DISTINCT line) FROM {quote_ident(self.rejects_table)}"
        ).fetchone()[0]
        if rejected > max(10, self.lines.rows):
            self._cannot_split(layout)
        self.parse_rejects, warnings, row_expr = reading.split_rejects(
            self.con, layout, self.raw, self.rejects_table, f"{self.staging}__cum"
        )
        r.warnings.extend(warnings)
        self.row_expr = row_expr or self.row_expr
        return layout

    def _reshape(self, layout: Layout) -> Layout:
        """Unpivot a wide layout and join first and last names, unless the user undid it."""
        undo, r = self.options.undo, self.result
        r.undone = sorted(undo)
        headers, raw_headers = list(layout.headers), list(layout.raw_headers)
        self._subtotals(layout)
        headings = self._sections(layout, headers, raw_headers)
        wide = (
            reshape.find_wide(
                headers, self.name, lambda i: self._distinct(f"c{i}", 3), title=self._title(layout)
            )
            if reshape.UNPIVOT not in undo
            else None
        )
        if wide is not None:
            reshape.unpivot(self.con, self.raw, wide, self.row_expr)
            self.row_expr = "__rec"
            self.wide_values = wide.value_header
            kept = [wide.account_header or headers[i] for i in wide.kept]
            headers = kept + [wide.date_header, wide.value_header]
            raw_headers = [raw_headers[i] for i in wide.kept] + [wide.date_header, wide.value_header]
            r.transformations.append(Transformation(reshape.UNPIVOT, wide.sentence))
        pairs = reshape.find_name_pairs(headers) if reshape.JOIN_NAMES not in undo else []
        if pairs:
            reshape.join_names(self.con, self.raw, pairs, len(headers))
            for pair in pairs:
                self.name_parts += [headers[pair.first], headers[pair.last]]
                r.transformations.append(
                    Transformation(
                        reshape.JOIN_NAMES,
                        f"{headers[pair.first]} and {headers[pair.last]} joined into one column, {pair.header}.",
                    )
                )
            headers += [p.header for p in pairs]
            raw_headers += [p.header for p in pairs]
        if wide is None and not pairs and not headings:
            return layout
        self.layout = dataclasses.replace(layout, headers=headers, raw_headers=raw_headers)
        return self.layout

    def _subtotals(self, layout: Layout) -> None:
        """Leave out the subtotal rows inside a hand-kept table (``sections.find_subtotals``)."""
        if sections.SUBTOTALS in self.options.undo or layout.extra_header_rows:
            return
        found = sections.find_subtotals(self.con, self.raw, layout.raw_headers, self.row_expr)
        if found is None:
            return
        sections.drop_subtotals(self.con, self.raw, self.row_expr, found)
        self.row_expr = "__rec"
        self.result.transformations.append(Transformation(sections.SUBTOTALS, found.sentence))

    def _sections(self, layout: Layout, headers: list[str], raw_headers: list[str]) -> bool:
        """Leave out a sheet's section headings and repeated headers (see ``sections``); True if any."""
        if sections.SECTIONS in self.options.undo or layout.extra_header_rows:
            return False
        topic = f"{self._title(layout)} {self.name}"
        found = sections.find(self.con, self.raw, layout.raw_headers, self.row_expr, topic)
        if found is None:
            return False
        sections.apply(self.con, self.raw, layout.raw_headers, self.row_expr, found)
        self.row_expr = "__rec"
        if found.new_column:
            used = {h.lower() for h in headers}
            name = next(
                f"{found.new_header}{suffix}"
                for suffix in ("", *(f"_{n}" for n in range(2, 99)))
                if f"{found.new_header}{suffix}".lower() not in used
            )
            headers.append(name)
            raw_headers.append(name)
        self.result.transformations.append(
            Transformation(sections.SECTIONS, sections.sentence(found, layout.headers))
        )
        return True

    def _merged_cells(self) -> None:
        """Carry a merged first-column group (an account, a CSM, a grouped report's kind or status)
        into the rows below it (``merged_cells``)."""
        if merged_cells.MERGED in self.options.undo:
            return
        r, headers = self.result, self.layout.headers
        raw_cols = self._raw_columns()
        for header, column in list(r.mapping.items()):
            if column not in merged_cells.GROUP_COLUMNS or header not in headers:
                continue
            raw_col = self._raw_of(header)
            if raw_col != "c0":
                continue
            found = merged_cells.find(
                self.con, self.raw, raw_cols, header, raw_col, self.row_expr, self._data_filter()
            )
            if found is None:
                continue
            merged_cells.apply(self.con, self.raw, raw_cols, found, self.row_expr, self._data_filter())
            r.transformations.append(Transformation(merged_cells.MERGED, merged_cells.sentence(found)))

    def _map(self, layout: Layout, samples: dict[str, list[str]]) -> Table:
        """Choose the table and the header mapping: the user's choices, a saved profile, or a guess."""
        r = self.result
        table_name, columns, date_orders = self.options.table, dict(self.options.columns), {}
        profile = None
        if not table_name and not columns:
            profile = find_profile(self.profiles, r.fingerprint)
        if profile is not None:
            table_name, columns = profile.table, dict(profile.columns)
            date_orders = dict(getattr(profile, "date_orders", {}) or {})
            r.profile_used = r.fingerprint
            kept_off = set(getattr(profile, "conversions_off", ()) or ())
            self.options = replace(self.options, conversions_off=set(self.options.conversions_off) | kept_off)
        date_orders.update(self.options.date_orders)
        for part in self.name_parts:
            columns.setdefault(part, "")  # the joined column stands for both parts
        if table_name and table_name not in TABLES:
            raise UnusableFile(f"was set to a table cs-dash does not know ({table_name})")

        best, scores = choose_table(
            layout.headers, layout.raw_headers, samples, self.name, table_name, columns
        )
        r.table_scores = scores
        if best is None:
            shown = ", ".join(layout.headers[:8]) + ("…" if len(layout.headers) > 8 else "")
            raise UnusableFile(
                f"does not look like any table cs-dash knows (its columns are: {shown}): rename "
                "the headers as in a template from the Data page, or choose the table and columns by hand"
            )
        best = self._wide_values_fill(best, layout, samples, columns) or best
        r.table_scores = scores
        table = best.table
        for header, target in resolve_overrides(layout.headers, layout.raw_headers, columns).items():
            if target and target not in table.column_names:
                r.warnings.append(
                    f"{header} = {target} was ignored: {table.name} has no column named {target}."
                )
        r.table = table.name
        r.mapping = dict(best.mapping)
        r.mapping_reasons = dict(best.reasons)
        if profile is not None:
            for header, why in r.mapping_reasons.items():
                if why == "your choice":
                    r.mapping_reasons[header] = "saved mapping profile"
        self._remap(table, layout, samples)
        self._map_account_id(table, samples, columns)
        self._fill_from_content(table, layout, columns)
        self._warn_of_amounts_known_by_values(table)
        r.unmapped = [h for h in layout.headers if h not in r.mapping]
        r.confidence, r.runner_up, r.table_reason = best.confidence, best.runner_up, best.why
        self.kind_named_by = best.kind_named_by
        missing = list(best.missing_required)
        if table.name == "revenue" and missing == ["kind"] and "amount" in r.mapping.values():
            missing = []  # a file of signed movements: the sign may tell (checked in _plans)
            self.kind_from_sign = True
            if conversions.churn_named_by_file(str(self.name), self._title(layout)) is not None:
                # A cancellations log is complete: as sure as its lead over the other tables.
                best.confidence = confidence_over(best.score, best.rival)
                r.confidence = best.confidence
        if table.name == "plans" and missing == ["kind"] and "item" in r.mapping.values():
            item = next(h for h, c in r.mapping.items() if c == "item")
            status = next((h for h, c in r.mapping.items() if c == "status"), None)
            values = sorted(set(samples.get(status, []))) if status is not None else []
            every = conversions.kind_of_every_item(item, status, values, self._convert)
            if every is not None:
                missing = []
                self.items_kind, self.items_ticked_off = every.kind, every.ticked_off
                # Complete now: as sure as its lead over every other table's score makes it.
                rival = max((v for k, v in scores.items() if k != table.name), default=0.0)
                best.confidence = confidence_over(best.score, rival)
                r.confidence = best.confidence
        if "tag" in missing:
            self._refuse_an_unread_initiator(samples)
        if missing:
            raise UnusableFile(self._missing_message(table, missing))
        if best.needs_choice and not table_name:
            runner = TABLES[best.runner_up].title if best.runner_up in TABLES else "another table"
            if not self.options.accept_unsure:
                r.needs_table_choice = True
                raise UnusableFile(
                    f"could be {table.title} or {runner} (confidence {best.confidence:.0%}): it waits for "
                    "you to choose its table on the Data page"
                )
            r.warnings.append(
                f"The table was a close call: read as {table.title} (confidence {best.confidence:.0%}), "
                f"then {runner}."
            )

        self._date_orders = date_orders
        return table

    def _warn_of_amounts_known_by_values(self, table: Table) -> None:
        """Money mapped by its values alone: they cannot say a month's from a year's, nor cents.

        A header says "MRR" or "(cents)"; without one the amounts load as they are written, so
        the user is told to check them rather than trust a figure 12 or 100 times off.
        """
        r = self.result
        for header, column in r.mapping.items():
            if column in ANNUAL_AMOUNTS and r.mapping_reasons.get(header, "").startswith("content:"):
                r.warnings.append(
                    f"{header} was read as {_describe_column(table, column)} from its values alone: "
                    "they are loaded as yearly amounts in whole units; if they are monthly or in cents, "
                    "name the column so (MRR, Amount (cents)) and upload the file again."
                )
            if column == "arr" and speaks_of_company_revenue(header):
                r.warnings.append(
                    f"{header} was read as the ARR because no other column names what the customer pays. "
                    "If it is the company's own revenue (its size), not its contract, set it to "
                    "'ignore' on the Data page."
                )

    def _refuse_an_unread_initiator(self, samples: dict[str, list[str]]) -> None:
        """A file lacking a tag but saying who started each contact in names of no side is told so."""
        csm = next((h for h, c in self.result.mapping.items() if c == "csm"), None)
        people = sorted(set(samples.get(csm, []))) if csm else []
        for header in self.result.unmapped:
            unread = initiator.unread_initiator(header, samples.get(header, []), people)
            if unread is not None:
                raise UnusableFile(unread)

    def _missing_message(self, table: Table, missing: list[str]) -> str:
        shown = ", ".join(_describe_column(table, c) for c in missing)
        return (
            f"looks like {_article(table.name)} {table.name} file but has no column for {shown}: add that column, "
            "or map one of its columns to it on the Data page"
        )

    def _remap(self, table: Table, layout: Layout, samples: dict[str, list[str]]) -> None:
        """Mapping changes that follow from what a column means; the conversion switch decides."""
        r = self.result
        by_column = {c: h for h, c in r.mapping.items()}
        off = self.options.conversions_off
        if table.name == "tickets":
            pair = conversions.resolution_headers(layout.headers, by_column.get("closed_at"), samples)
            if pair:
                resolved, closed = pair
                use = resolved if self._convert(conversions.resolution_conversion(*pair)) else closed
                for header in pair:
                    r.mapping.pop(header, None)
                r.mapping[use] = "closed_at"
                r.mapping_reasons[use] = (
                    "the time the ticket was resolved"
                    if use == resolved
                    else "the time the ticket was closed"
                )
        status = by_column.get("status")
        if (
            table.name == "accounts"
            and (status is None or not self._says_account_status(status, samples))
            and "status:churn_flag" not in off
        ):
            # A yes/no churn column, whether mapped as the churn date or left unmapped, is the status;
            # so it is too over a "status" whose values are no account status (a health colour).
            unmapped = [h for h in layout.headers if h not in r.mapping]
            for header in [by_column.get("churned_on"), *unmapped]:
                if not header:
                    continue
                flags, _ = conversions.churn_flag(header, sorted(set(samples.get(header, []))))
                if flags:  # the conversion itself is recorded when the status values are read
                    if status is not None:
                        r.mapping.pop(status, None)
                        r.mapping_reasons.pop(status, None)
                    r.mapping[header] = "status"
                    r.mapping_reasons[header] = "a yes/no churn flag"
                    break

    @staticmethod
    def _says_account_status(header: str, samples: dict[str, list[str]]) -> bool:
        """Whether any value of ``header`` is an account status word (active, churned, Baja…)."""
        values = sorted(set(samples.get(header, [])))
        words, _ = conversions.vocabulary_lookup("accounts", "status", header, values)
        return any(words.get(v) in ("active", "churned") for v in values) or any(
            fold(v).strip() in ("active", "churned") for v in values
        )

    def _wide_values_fill(self, best, layout: Layout, samples, columns: dict[str, str]):
        """A wide file's values fill the one number its table still lacks (a revenue amount)."""
        value = self.wide_values
        if value is None or value in best.mapping or value in columns:
            return None
        table = best.table
        lacking = [
            c
            for c in best.missing_required
            if c in table.column_names and table.column(c).kind in (NUMBER, INTEGER, SCORE)
        ]
        if len(lacking) != 1:
            return None
        refined, _ = choose_table(
            layout.headers, layout.raw_headers, samples, self.name, table.name, {**columns, value: lacking[0]}
        )
        refined.reasons[value] = "the values of the period columns"
        return refined

    def _fill_from_content(self, table: Table, layout: Layout, chosen: dict[str, str]) -> None:
        """Columns the rest of the row tells apart once the table is decided (``content_fill``)."""
        r = self.result
        chosen_headers = resolve_overrides(layout.headers, layout.raw_headers, chosen)
        free = [
            h for h in layout.headers if h not in r.mapping and h not in chosen_headers and names_no_column(h)
        ]
        if not free:
            return
        opened = next((h for h, c in r.mapping.items() if c == "opened_at"), None)
        if opened is not None and r.mapping_reasons.get(opened, "").startswith("content:"):
            earlier = content_fill.earliest_opening(
                table.name, layout.headers, free, dict(r.mapping), self.sample_rows
            )
            if earlier is not None:
                del r.mapping[opened]
                r.mapping_reasons.pop(opened, None)
                r.mapping[earlier] = "opened_at"
                r.mapping_reasons[earlier] = (
                    f"content: the dates never after {opened}'s, as a ticket opens first"
                )
                free = [h if h != earlier else opened for h in free]
        found = content_fill.fill(table.name, layout.headers, free, dict(r.mapping), self.sample_rows)
        for header, (column, why) in found.items():
            r.mapping[header] = column
            r.mapping_reasons[header] = why

    def _map_account_id(self, table: Table, samples: dict[str, list[str]], chosen: dict[str, str]) -> None:
        """In an accounts file, an id column beside the name is the account's external id."""
        r = self.result
        if "external_id" not in table.column_names or "external_id" in r.mapping.values():
            return
        if "account" not in r.mapping.values():
            return
        for header in self.layout.headers:
            if header in r.mapping or header in chosen:
                continue
            if idmatch.is_id_header(header) and idmatch.looks_like_ids(samples.get(header, [])):
                r.mapping[header] = "external_id"
                r.mapping_reasons[header] = (
                    "an id column beside the account name (other files may use the id)"
                )
                return

    def fail(self, message: str) -> None:
        self.result.error = " ".join(message.split())
        self.result.staging_table = None
        self._drop(self.staging)

    def cleanup(self) -> None:
        for name in (
            self.raw,
            self.rejects_table,
            self.scan_table,
            f"{self.staging}__cum",
            f"{self.staging}__left",
            *self.name_counts.values(),
        ):
            self._drop(name)
        for name in self.value_types:
            try:
                self.con.execute(f"DROP TYPE IF EXISTS {quote_ident(name)}")
            except duckdb.Error:
                pass
        for temp in self.temp_files:
            temp.unlink(missing_ok=True)

    def _drop(self, name: str) -> None:
        try:
            self.con.execute(f"DROP TABLE IF EXISTS {quote_ident(name)}")
        except duckdb.Error:
            pass

    # ------------------------------------------------------------------------------ reading
    def _cannot_split(self, layout: Layout) -> None:
        name = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}.get(
            layout.delimiter, layout.delimiter
        )
        raise UnusableFile(
            f"could not be split into columns: most rows have a different number of fields than its "
            f"header when split at each {name}; check the file opens as a table in a spreadsheet, or "
            "choose the delimiter on the Data page"
        )

    def _check_header(self, layout: Layout) -> None:
        header_chars = sum(len(h) for h in layout.raw_headers) + len(layout.raw_headers) - 1
        limits.check_header(layout.raw_headers, header_chars)

    def _read(self, layout: Layout, text: str | None) -> None:
        source = reading.clean_copy(self.path, layout, text, self.staging)
        if source != self.path:
            self.temp_files.append(source)
        repaired = self._repaired(source, layout)
        try:
            self._read_raw(repaired, layout)
        except duckdb.InvalidInputException as exc:
            if "invalid state" not in str(exc) or repaired.name.endswith(".lines.csv"):
                raise
            # A lone carriage return the byte count did not flag: read a copy with one line ending.
            for name in (self.rejects_table, self.scan_table):
                self._drop(name)
            repaired = self._repaired(source, layout, unify_newlines=True)
            self._read_raw(repaired, layout)
        self.source = repaired

    def _read_raw(self, source: Path, layout: Layout) -> None:
        """The native read of the file, tried in a worker process first (see ``isolation``)."""
        isolation.trial_read(
            self.con, source, reading.read_csv_call(layout, self.rejects_table, self.scan_table)
        )
        reading.read_raw(self.con, source, layout, self.raw, self.rejects_table, self.scan_table)

    def _repaired(self, source: Path, layout: Layout, unify_newlines: bool = False) -> Path:
        """``source``, or a copy with a clean header line and one kind of line ending (see ``repair``)."""
        measured = self.measured if source == self.path else limits.measure(source)
        header_bytes, header_lines, clean = repair.header_end(source, layout.delimiter)
        unify_newlines = unify_newlines or measured.mixed_newlines
        if clean and not unify_newlines:
            self.source_lines = (measured, header_lines)
            return source
        suffix = "lines" if unify_newlines else "header"
        fixed = self.path.parent / f".{self.path.name}.{self.staging}.{suffix}.csv"
        header = None if clean else repair.header_line(layout.raw_headers, layout.delimiter)
        repair.rewrite(source, fixed, header=header, header_bytes=header_bytes, unify_newlines=unify_newlines)
        self.temp_files.append(fixed)
        self.source_lines = (limits.measure(fixed), header_lines if clean else 1)
        if not clean:
            self.result.warnings.append(
                'The header row has a quote (") that does not open or close a quoted name; the names '
                "were read as "
                + ", ".join(layout.raw_headers[:8])
                + ("…" if len(layout.raw_headers) > 8 else "")
                + "."
            )
        return fixed

    def _data_filter(self) -> str:
        extra = self.layout.extra_header_rows
        return f"{self.row_expr} > {extra}" if extra else "true"

    def _raw_columns(self) -> list[str]:
        return [f"c{i}" for i in range(len(self.layout.headers))]

    def _preview(self, layout: Layout) -> None:
        cols = ", ".join(self._raw_columns())
        rows = self.con.execute(
            f"SELECT {cols} FROM {quote_ident(self.raw)} WHERE {self._data_filter()} LIMIT {PREVIEW_ROWS}"
        ).fetchall()
        frame = pd.DataFrame(rows, columns=layout.headers, dtype=object)
        self.result.preview = frame.astype("string")

    def _samples(self, layout: Layout) -> dict[str, list[str]]:
        cols = ", ".join(self._raw_columns())
        rows = self.con.execute(
            f"SELECT {cols} FROM {quote_ident(self.raw)} WHERE {self._data_filter()} LIMIT {SAMPLE_ROWS}"
        ).fetchall()
        self.sample_rows = rows
        return {h: [row[i] for row in rows if row[i] is not None] for i, h in enumerate(layout.headers)}

    # ------------------------------------------------------------------------------ parsing
    def _raw_of(self, header: str) -> str:
        return f"c{self.layout.headers.index(header)}"

    def _distinct(self, raw_col: str, limit: int, rows: int | None = None) -> list[str]:
        """Up to ``limit`` distinct non-empty values of a raw column (of its first ``rows`` rows)."""
        source = f"(SELECT {raw_col} FROM {quote_ident(self.raw)} WHERE {self._data_filter()}"
        source += f" LIMIT {rows})" if rows else ")"
        found = self.con.execute(
            f"SELECT DISTINCT {raw_col} FROM {source} WHERE {raw_col} IS NOT NULL LIMIT {limit}"
        ).fetchall()
        values = [r[0] for r in found if r[0] is not None]
        if rows is None and len(values) < limit and not self.layout.extra_header_rows:
            self.every_value[raw_col] = values  # every text of every row: the LIMIT was not reached
        return values

    def _date_parts(self, raw_col: str) -> tuple[list[str], bool]:
        """The distinct date parts (times removed) of a column, and whether its values carry a zone.

        The zone is judged from the first distinct values; a later zoned value that does not
        parse is reported, not lost.
        """
        values = self._distinct(raw_col, MAX_DISTINCT_DATES + 1)
        self.date_examples[raw_col] = values[:: max(1, len(values) // 100)][:100]
        zone = any(parse.ISO_WITH_ZONE.match(v.strip()) for v in values)
        if len(values) <= MAX_DISTINCT_DATES or all(parse.ISO_START.match(v) for v in values):
            # ISO dates need no day/month decision, so the first distinct values are enough.
            return sorted({parse.date_part(v) for v in values}), zone
        normalised = parse.clock_normalised_sql(f"trim({raw_col})")
        strip_time = f"regexp_replace({normalised}, '{parse.TIME_TAIL_SQL}', '')"
        parts = self.con.execute(
            f"SELECT DISTINCT {strip_time} FROM {quote_ident(self.raw)} "
            f"WHERE {raw_col} IS NOT NULL LIMIT {MAX_DISTINCT_DATES}"
        ).fetchall()
        return [r[0] for r in parts], zone

    def _plans(self, table: Table, samples: dict[str, list[str]], date_orders: dict[str, str]) -> dict:
        r = self.result
        self.every_value = {}  # the raw table is final from here on: what is found of it now stays true
        plans: dict[str, dict] = {}
        lookups: dict[str, list[str]] = {}
        self.lookups = lookups
        examples: dict[str, list[str]] = {}
        date_inputs = {}
        if table.name == "revenue":
            self._signed_amounts(r.mapping)
        for header, column_name in r.mapping.items():
            column = table.column(column_name)
            raw_col = self._raw_of(header)
            if column.kind in (DATE, TIMESTAMP):
                date_inputs[column_name] = self._date_parts(raw_col)
                examples[column_name] = self.date_examples[raw_col]
            elif column.kind in (NUMBER, SCORE, INTEGER):
                few = self._distinct(raw_col, MAX_LOOKUP_VALUES + 1)
                values = (
                    few if len(few) <= MAX_LOOKUP_VALUES else self._distinct(raw_col, 5_000, rows=200_000)
                )
                comma = parse.decimal_comma(values, self.layout.european) or (
                    conversions.counts_whole_things(table.name, column_name, header)
                    and parse.dotted_thousands(values)
                )
                plans[column_name] = {"comma_decimal": comma, "money": parse.money_first(values[:500])}
                scale, skipped = conversions.money_scale(
                    table.name, column_name, header, values, samples, self.options.conversions_off
                )
                r.conversions.extend(scale.conversions)
                r.conversions_off.extend(skipped)
                if scale.factor != 1:
                    plans[column_name]["scale"] = scale.factor
                self._per_interval(table, column_name, header, samples)
                if len(few) <= MAX_LOOKUP_VALUES:
                    lookups[column_name] = few
            elif column.kind == DURATION:
                few = self._distinct(raw_col, MAX_LOOKUP_VALUES + 1)
                values = (
                    few if len(few) <= MAX_LOOKUP_VALUES else self._distinct(raw_col, 5_000, rows=200_000)
                )
                unit, why = parse.duration_unit_evidence(unit_text(header), values)
                if not self._convert(conversions.duration_unit_conversion(column_name, header, unit, why)):
                    unit = 1.0
                if unit == 1 and why != "its header":
                    r.warnings.append(conversions.long_minutes_warning(header, why))
                plans[column_name] = {"unit": unit}
                clock, conversion, warning = conversions.clock_reading(column_name, header, values)
                if self._convert(conversion):
                    plans[column_name]["clock"] = clock
                if warning:
                    r.warnings.append(warning)
                if len(few) <= MAX_LOOKUP_VALUES:
                    lookups[column_name] = few
            elif column.kind == TAG:
                values = self._distinct(raw_col, MAX_TAG_VALUES + 1)
                plans[column_name] = {"tag_values": values if len(values) <= MAX_TAG_VALUES else None}
                if len(values) <= MAX_TAG_VALUES and self._convert(
                    conversions.assumed_direction(column_name, header, values)
                ):
                    plans[column_name]["directions"] = True
                elif len(values) <= MAX_TAG_VALUES and not any(parse.tag_of(v) for v in values):
                    found = outreach.assumed_outreach(
                        column_name, header, values
                    ) or initiator.assumed_initiator(column_name, header, values, self._team_names())
                    if found is not None and self._convert(found[1]):
                        plans[column_name]["readings"] = found[0]
                    unread = initiator.unread_initiator(header, values, self._team_names())
                    if found is None and unread is not None:
                        raise UnusableFile(unread)
            elif column.kind == TEXT and (table.name, column_name) in conversions.VOCABULARIES:
                plans[column_name] = {"vocabulary": self._vocabulary(table, column_name, header, raw_col)}
            elif column.kind == TEXT and (table.name, column_name) in conversions.PEOPLE_COLUMNS:
                values = self._distinct(raw_col, MAX_TAG_VALUES + 1)
                names, conversion = conversions.names_last_first(table.name, column_name, header, values)
                if len(values) <= MAX_TAG_VALUES and self._convert(conversion):
                    plans[column_name] = {"vocabulary": names}
        # A column whose order is certain (a day above 12) decides the file's other ambiguous columns.
        year = self._year_named() if date_inputs else None
        evidence = {
            name: parse.plan_dates(
                parts, zone, date_orders.get(name), "MDY", examples[name], year, _as_of(name)
            )
            for name, (parts, zone) in date_inputs.items()
        }
        decided = {p.order for p in evidence.values() if p.order in ("DMY", "MDY") and not p.ambiguous}
        if len(decided) == 1:
            default = decided.pop()
            why = "another date column of this file"
        elif self.layout.european:
            default, why = "DMY", "the file's European layout (semicolons)"
        else:
            default, why = "MDY", "the US convention"
        headers = {c: h for h, c in r.mapping.items()}
        for name, (parts, zone) in date_inputs.items():
            plan = parse.plan_dates(
                parts, zone, date_orders.get(name), default, examples[name], year, _as_of(name)
            )
            plan.clock_zones = any(parse.CLOCK_ZONE.search(v.strip()) for v in examples[name])
            plan = self._date_conversions(name, headers[name], plan)
            plans[name] = {"date_plan": plan}
            if plan.order:
                r.date_orders[name] = plan.order
            if plan.ambiguous and name not in date_orders:
                r.ambiguous_dates.append(name)
                order = "day first (DD/MM)" if plan.order == "DMY" else "month first (MM/DD)"
                r.warnings.append(
                    f"Every date in {name} has a day and month of 12 or less, so the order cannot be "
                    f"told from the data: read as {order} following {why}. Change it on the Data page "
                    "if that is wrong."
                )
            if plan.conflicting:
                r.warnings.append(
                    f"{name} mixes day-first and month-first dates; dates that do not fit "
                    f"{plan.order} were not loaded (see the report)."
                )
        return plans

    def _team_names(self) -> list[str]:
        """The people of the file's CSM column, who a log may name as the one who started a contact."""
        header = next((h for h, c in self.result.mapping.items() if c == "csm"), None)
        return self._distinct(self._raw_of(header), MAX_TAG_VALUES) if header else []

    def _title(self, layout: Layout) -> str:
        """The lines above the header ("Touch log 2025"), as text."""
        with self.path.open("rb") as fh:  # only the lines above the header, not the whole file
            head = fh.read(layout.preamble_bytes or layout.preamble_chars * 4)
        return head.decode(layout.python_encoding, errors="replace")[: layout.preamble_chars]

    def _year_named(self) -> int | None:
        """The one year the lines above the header name ("Touch log 2025"), else the file name's."""
        for text in (self._title(self.layout), str(self.name)):
            years = set(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text))
            if len(years) == 1:
                return int(years.pop())
        return None

    def _signed_amounts(self, mapping: dict[str, str]) -> None:
        """Whether revenue kinds come from the amounts' signs, and negatives are stored positive."""
        by_column = {c: h for h, c in mapping.items()}
        refund = conversions.names_a_refund(by_column["amount"])
        if refund is not None:
            raise UnusableFile(
                f"looks like a revenue file, but its amount column '{by_column['amount']}' holds "
                f"refunds ('{refund}'), money paid back rather than the ARR each change adds or takes "
                "away: map the ARR column to amount on the Data page, or leave this file out"
            )
        amounts = self._distinct(self._raw_of(by_column["amount"]), 5_000, rows=200_000)
        has_negative = any(v.strip().startswith(("-", "(")) or v.strip().endswith("-") for v in amounts)
        kind_header = by_column.get("kind")
        kinds = self._distinct(self._raw_of(kind_header), MAX_TAG_VALUES) if kind_header else []
        if kind_header is None:
            self.rows_kind = self._kind_of_every_row(by_column["amount"], has_negative)
        self.kind_from_sign = self.rows_kind is None and self._convert(
            conversions.signed_movements(kinds, has_negative)
        )
        if kind_header is None and not (self.kind_from_sign or self.rows_kind):
            raise UnusableFile(self._missing_message(TABLES["revenue"], ["kind"]))
        if has_negative:
            self.positive_amounts = self._convert(conversions.POSITIVE_AMOUNTS)

    def _kind_of_every_row(self, amount_header: str, has_negative: bool) -> str | None:
        """The one kind of change every row is, when no column names it.

        The amount's header may name it ("Lost ARR": the sign then says nothing, amounts are stored
        positive); else a file named for cancellations whose amounts carry no sign is a churn log.
        """
        named = movement_headers.rows_kind_named_by(amount_header)
        if named is not None and amount_header == self.kind_named_by:
            return named[0] if self._convert(named[1]) else None
        if has_negative:
            return None
        churn_log = conversions.churn_named_by_file(str(self.name), self._title(self.layout))
        return "churn" if self._convert(churn_log) else None

    def _vocabulary(self, table: Table, column_name: str, header: str, raw_col: str) -> dict:
        """Raw value -> canonical word of a kind or status column (empty: values kept as written)."""
        values = self._distinct(raw_col, MAX_TAG_VALUES + 1)
        if len(values) > MAX_TAG_VALUES:
            return {}
        lookup: dict[str, str | None] = {}
        if column_name == "status" and table.name == "accounts":
            flags, conversion = conversions.churn_flag(header, values)
            if flags and self._convert(conversion):
                return flags
        if column_name == "status" and table.name == "plans":
            flags, conversion = conversions.completion_flag(header, values)
            if flags and self._convert(conversion):
                return flags
        words, conversion = conversions.vocabulary_lookup(table.name, column_name, header, values)
        if conversion is None or self._convert(conversion):  # None: only case and spacing change
            lookup.update(words)
        if column_name == "kind" and table.name == "plans":
            goals, milestones = conversions.milestones_as_goals(values)
            if goals and self._convert(milestones):
                lookup.update(goals)
        if column_name == "kind" and self.kind_from_sign:
            lookup.update({v: None for v in values if conversions.is_movement(v)})
        if column_name == "kind" and table.name == "revenue":
            self.forecasts = [v for v in values if is_forecast(v)]
            lookup.update(dict.fromkeys(self.forecasts, FORECAST))
        return lookup

    def _date_conversions(self, name: str, header: str, plan: parse.DatePlan) -> parse.DatePlan:
        """Show the date readings that change what a value means, and leave out those switched off."""
        shown = f"'{header}'"
        off_excel = off_month_year = False
        if plan.excel_serial:
            example = plan.excel_example
            day = (parse.EXCEL_EPOCH + dt.timedelta(days=float(example))).isoformat()
            off_excel = not self._convert(
                Conversion(
                    f"{name}:excel_serial",
                    name,
                    f"Excel serial dates → dates (column {shown}, e.g. {example} → {day[:10]}; only "
                    "serials of 1990–2100 are dates)",
                )
            )
        month_years = plan.month_year_values
        if month_years:
            quarters = [v for v in month_years if is_quarter(v)]
            period, grain = ("quarter", "quarter") if quarters else ("month-year", "month")
            example = (quarters or month_years)[0]
            off_month_year = not self._convert(
                Conversion(
                    f"{name}:month_year",
                    name,
                    f"{period} values → the first day of the {grain} (column {shown}, e.g. '{example}' → "
                    f"{plan.lookup[example][0].isoformat()})",
                )
            )
        off_yearless = False
        if plan.yearless and plan.assumed_up_to:
            example = plan.yearless[0]
            years = sorted({plan.lookup[v][0].year for v in plan.yearless})
            span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
            off_yearless = not self._convert(
                Conversion(
                    f"{name}:yearless",
                    name,
                    f"dates without a year → in {span}, "
                    f"assumed: no title, file name or other date gives one, so each date takes the latest "
                    f"year that puts it on or before the day of the import, {plan.assumed_up_to.isoformat()} "
                    f"(column {shown}, e.g. '{example}' → {plan.lookup[example][0].isoformat()})",
                )
            )
        elif plan.yearless:
            source = (
                "the column's other dates are in"
                if plan.year_from_dates
                else "the file's title or name gives"
            )
            off_yearless = not self._convert(
                Conversion(
                    f"{name}:yearless",
                    name,
                    f"dates without a year → in {plan.year}, the one year {source} "
                    f"(column {shown}, e.g. '{plan.yearless[0]}' → {plan.lookup[plan.yearless[0]][0].isoformat()})",
                )
            )
        off_languages = []
        for language in plan.languages:
            example = next(v for v, (_, lang, my) in plan.lookup.items() if lang == language and not my)
            applied = self._convert(
                Conversion(
                    f"{name}:months_{language}",
                    name,
                    f"{LANGUAGE_NAMES[language]} month names read (column {shown}, e.g. '{example}' → "
                    f"{plan.lookup[example][0].isoformat()})",
                )
            )
            if not applied:
                off_languages.append(language)
        if off_excel or off_month_year or off_languages or off_yearless:
            plan = plan.without(
                excel=off_excel, month_year=off_month_year, languages=off_languages, yearless=off_yearless
            )
        return plan

    def _lookup(self, column, raw_col: str, plan: dict) -> tuple[str, list]:
        """A column with few distinct values: parse each once, then look every row up."""
        values = self.lookups[column.name]
        expr, expr_params = parse.value_sql(column, "v", **plan)
        parsed = self.con.execute(
            f"SELECT CAST({expr} AS {column.duckdb_type}) FROM (SELECT unnest(?::VARCHAR[]) AS v)",
            expr_params + [values],
        ).fetchall()
        kind = column.duckdb_type
        lookup = f"list_extract(?::{kind}[], list_position(?::VARCHAR[], {raw_col}))"
        return f"CAST({lookup} AS {kind})", [[p[0] for p in parsed], values]

    def _parsed(self, column, raw_col: str, plan: dict, rows: int) -> tuple[str, list]:
        """The expression (and parameters) of a column's canonical value read from ``raw_col``."""
        expr, params = parse.value_sql(column, raw_col, **plan)
        # A word looked up in a vocabulary costs twice as much per row as finding the text's code.
        costly = (
            column.kind in (NUMBER, SCORE, INTEGER)
            or bool(getattr(plan.get("date_plan"), "lookup", None))
            or bool(plan.get("vocabulary"))
        )
        if rows >= PARSE_ONCE_ROWS and costly and column.name not in self.lookups:
            once = self._parse_once(column, raw_col, plan, rows)
            if once is not None:
                return once
        if column.name in self.lookups:
            return self._lookup(column, raw_col, plan)
        return f"CAST({expr} AS {column.duckdb_type})", params

    def _parse_once(self, column, raw_col: str, plan: dict, rows: int) -> tuple[str, list] | None:
        """Each distinct text of a column that repeats its values parsed once, then looked up per row.

        The distinct texts become an ENUM type, so a row's text finds its position by a hash
        lookup; the parsed values are a list in that order. None when the column is
        mostly distinct or has too many values.
        """
        expr, expr_params = parse.value_sql(column, "v", **plan)
        raw = quote_ident(self.raw)
        probe = min(rows, PARSE_ONCE_PROBE)
        known = self.every_value.get(raw_col)
        if known is not None:
            # The plan already read every text of the column: no probe, no second pass over it.
            if not known or len(known) * PARSE_ONCE_REPEATS > probe:
                return None
        else:
            head = self.con.execute(
                f"SELECT count(DISTINCT {raw_col}) FROM (SELECT {raw_col} FROM {raw} LIMIT {probe})"
            ).fetchone()[0]
            if not head or head * PARSE_ONCE_REPEATS > probe:
                return None
        codes = f"{self.staging}__values_{raw_col}"
        self.value_types.append(codes)
        if known is not None:
            self.con.execute(
                f"CREATE TYPE {quote_ident(codes)} AS ENUM (SELECT unnest(?::VARCHAR[]))", [known]
            )
        else:
            self.con.execute(
                f"CREATE TYPE {quote_ident(codes)} AS ENUM (SELECT DISTINCT {raw_col} FROM {raw} "
                f"WHERE {raw_col} IS NOT NULL LIMIT {MAX_PARSE_ONCE_VALUES + 1})"
            )
        kind = column.duckdb_type
        # The last value is the reading of a missing text, which a missing code must also give.
        parsed = self.con.execute(
            f"SELECT list(CAST({expr} AS {kind}) ORDER BY i) FROM (SELECT unnest(t) AS v, "
            f"generate_subscripts(t, 1) AS i FROM (SELECT list_append(enum_range(NULL::{quote_ident(codes)}), "
            "NULL) AS t))",
            expr_params,
        ).fetchone()[0]
        if len(parsed) > MAX_PARSE_ONCE_VALUES + 1 or parsed[-1] is not None:
            return None
        code = f"enum_code(CAST({raw_col} AS {quote_ident(codes)}))"
        return f"list_extract(?::{kind}[], {code} + 1)", [parsed[:-1]]

    def _linked_names(self, table: Table, by_column: dict[str, str]) -> dict[str, str]:
        """Name columns whose values carry links, as column -> raw column; each said to the user."""
        if reshape.STRIP_LINKS in self.options.undo:
            return {}
        found = {}
        for name in reshape.NAME_COLUMNS:
            header = by_column.get(name)
            if header is None or table.column(name).kind != TEXT:
                continue
            raw_col = self._raw_of(header)
            # Each distinct text is judged once and counts for its rows. The cheap test first, in
            # WHERE: only values that mention a link meet the regexes.
            n = self.con.execute(
                f"SELECT coalesce(sum(rows), 0) FROM (SELECT raw, rows FROM {self._name_counts(raw_col)} "
                "WHERE raw ILIKE '%http%' OR raw ILIKE '%www.%') "
                f"WHERE {reshape.link_sql('raw')} IS NOT NULL"
            ).fetchone()[0]
            if not n:
                continue
            found[name] = raw_col
            where = (
                "moved to link"
                if "link" in table.column_names and "link" not in by_column and len(found) == 1
                else "left out"
            )
            self.result.transformations.append(
                Transformation(
                    reshape.STRIP_LINKS,
                    f"{n:,} value(s) of {header} carried a link after the name "
                    f'(like "Acme (https://…)"): the name was kept and the link {where}.',
                )
            )
        return found

    def _names_with_ids(self, table: Table, by_column: dict[str, str]) -> dict[str, str]:
        """People's name columns whose names mostly carry a bracketed id, as column -> raw column."""
        if reshape.STRIP_IDS in self.options.undo:
            return {}
        found = {}
        for name in reshape.PERSON_COLUMNS:
            header = by_column.get(name)
            if header is None or name not in table.column_names or table.column(name).kind != TEXT:
                continue
            raw_col = self._raw_of(header)
            names, with_id = self.con.execute(
                f"SELECT count(v), count(v) FILTER ({reshape.id_suffix_sql('v')}) "
                f"FROM {self._distinct_names(raw_col)}"
            ).fetchone()
            if not with_id or with_id < reshape.MOST_NAMES * names:
                continue
            found[name] = raw_col
            self.result.transformations.append(
                Transformation(
                    reshape.STRIP_IDS,
                    f"{with_id:,} name(s) of {header} carried an id in brackets after the name "
                    f'(like "Maya Okonkwo (602279)"): the name was kept and the id left out.',
                )
            )
        return found

    def _distinct_names(self, raw_col: str) -> str:
        """A subquery of the distinct trimmed values ``v`` of a raw column (an empty one as NULL).

        A million rows name a few thousand accounts or people: the regular expressions that
        judge a column's names run once per name instead of once per row.
        """
        # Trimmed after the distinct texts are found, and NULL kept (the counts skip it).
        return f"(SELECT DISTINCT nullif(trim(raw), '') AS v FROM {self._name_counts(raw_col)})"

    def _name_counts(self, raw_col: str) -> str:
        """The table of a raw column's distinct texts (``raw``) and how many rows hold each (``rows``).

        Built on first use by one pass over the column; the checks of a name column (links, ids,
        folders, a tool's added word) all read it instead of each scanning every row again.
        """
        counts = self.name_counts.get(raw_col)
        if counts is None:
            counts = self.name_counts[raw_col] = f"{self.staging}__names_{raw_col}"
            self.con.execute(
                f"CREATE OR REPLACE TEMP TABLE {quote_ident(counts)} AS SELECT {raw_col} AS raw, "
                f"count(*) AS rows FROM {quote_ident(self.raw)} WHERE {self._data_filter()} GROUP BY {raw_col}"
            )
        return quote_ident(counts)

    def _accounts_in_folders(self, table: Table, by_column: dict[str, str]) -> dict[str, str]:
        """The account column when its values are paths under the same few folders (column -> raw column)."""
        header = by_column.get("account")
        if header is None or reshape.LAST_FOLDER in self.options.undo:
            return {}
        raw_col = self._raw_of(header)
        parent = reshape.folder_parent_sql("v")
        names, in_folders, parents = self.con.execute(
            f"SELECT count(v), count(v) FILTER ({parent} IS NOT NULL), count(DISTINCT {parent}) "
            f"FROM {self._distinct_names(raw_col)}"
        ).fetchone()
        if (
            names < 2
            or in_folders < reshape.MOST_NAMES * names
            or parents > min(reshape.FEW_PARENTS, names / 2)
        ):
            return {}
        self.result.transformations.append(
            Transformation(
                reshape.LAST_FOLDER,
                f"{header} holds folder paths with every customer in its own folder "
                f'(like "Customers/Acme"): the last folder was taken as the account.',
            )
        )
        return {"account": raw_col}

    def _known_accounts(self) -> frozenset[str]:
        """The folded names of the accounts the workspace already holds (none before its tables exist)."""
        try:
            names = self.con.execute(
                "SELECT DISTINCT account FROM accounts WHERE account IS NOT NULL"
            ).fetchall()
        except duckdb.CatalogException:
            return frozenset()
        return frozenset(fold(n) for (n,) in names)

    def _account_affix(self, by_column: dict[str, str]) -> name_affixes.Affix | None:
        """The word a tool adds to every account name ("X Workspace", "Onboarding: X"), said to the user."""
        header = by_column.get("account")
        if header is None or name_affixes.STRIP_AFFIX in self.options.undo:
            return None
        raw_col = self._raw_of(header)
        sample = self._distinct(raw_col, AFFIX_SAMPLE_NAMES, SAMPLE_ROWS)
        affix = name_affixes.find_affix(sample, self._known_accounts)
        if affix is None:
            return None
        names, carrying = self.con.execute(
            f"SELECT count(v), count(v) FILTER (regexp_matches(v, ?)) FROM {self._distinct_names(raw_col)}",
            [affix.pattern],
        ).fetchone()
        if carrying < name_affixes.MOST_NAMES * names:
            return None
        self.result.transformations.append(
            Transformation(
                name_affixes.STRIP_AFFIX,
                f'Every name in {header} carries "{affix.shown}", which the tool adds to its '
                "customers' names: the accounts were taken without it."
                if name_affixes.is_generic(affix) or not name_affixes.is_separated_label(affix)
                else f'Every name in {header} carries the label "{affix.shown}", set off from the '
                "name and the same on every row: the accounts were taken without it.",
            )
        )
        return affix

    def _duration_from_times(self, table: Table, by_column: dict[str, str], plans: dict) -> str | None:
        """Minutes from start to end, when an engagement's duration is not a column but its times are."""
        if "duration_min" not in table.column_names or "duration_min" in by_column:
            return None
        plan = plans.get("date", {}).get("date_plan")
        sides = reshape.start_and_end({h: normalize_header(h).words for h in self.layout.headers})
        if plan is None or sides is None or reshape.DURATION_FROM_TIMES in self.options.undo:
            return None
        moments = []
        for side in ("start", "end"):
            parts = [f"trim({self._raw_of(sides[side][p])})" for p in ("date", "time") if p in sides[side]]
            moment, params = parse.date_sql(f"concat_ws(' ', {', '.join(parts)})", plan, TIMESTAMP)
            if params:
                return None  # dates read in Python (month names): the times are left alone
            moments.append(moment)
        start, end = moments
        named = " and ".join(" ".join(sides[s].values()) for s in ("start", "end"))
        self.result.transformations.append(
            Transformation(
                reshape.DURATION_FROM_TIMES,
                f"The file has no duration: each engagement lasts from its start to its end ({named}).",
            )
        )
        minutes = f"date_diff('second', {start}, {end}) / 60.0"
        return f"CAST(CASE WHEN {end} >= {start} THEN {minutes} END AS DOUBLE)"

    def _stage(self, table: Table, plans: dict) -> None:
        by_column = {c: h for h, c in self.result.mapping.items()}
        linked = self._linked_names(table, by_column)
        span = self._duration_from_times(table, by_column, plans)
        with_ids = self._names_with_ids(table, by_column)
        in_folders = self._accounts_in_folders(table, by_column)
        affix = self._account_affix(by_column) if not {"account"} & (set(linked) | set(in_folders)) else None
        selects, params = [], []
        rows = self.con.execute(f"SELECT count(*) FROM {quote_ident(self.raw)}").fetchone()[0]
        for column in table.columns:
            header = by_column.get(column.name)
            if column.name in in_folders:
                name = (
                    reshape.name_sql(linked[column.name])
                    if column.name in linked
                    else in_folders[column.name]
                )
                name = reshape.last_folder_sql(f"trim({name})")
                expr = f"CAST({parse.value_sql(column, name)[0]} AS VARCHAR)"
            elif column.name in with_ids:
                name = (
                    reshape.name_sql(linked[column.name]) if column.name in linked else with_ids[column.name]
                )
                name = reshape.without_id_sql(f"trim({name})")
                expr = f"CAST({parse.value_sql(column, name)[0]} AS VARCHAR)"
            elif column.name in linked:
                expr = f"CAST({parse.value_sql(column, reshape.name_sql(linked[column.name]))[0]} AS VARCHAR)"
            elif header is None and column.name == "duration_min" and span:
                expr = span
            elif header is None and column.name == "link" and linked:
                expr = f"CAST({reshape.link_sql(next(iter(linked.values())))} AS VARCHAR)"
            elif header is None:
                expr = f"CAST(NULL AS {column.duckdb_type})"
            else:
                expr, expr_params = self._parsed(
                    column, self._raw_of(header), plans.get(column.name, {}), rows
                )
                params += expr_params
            if column.name in self.row_factors and header is not None:
                interval, values, factors = self.row_factors[column.name]
                times = f"list_extract(?::DOUBLE[], list_position(?::VARCHAR[], trim({interval})))"
                expr = f"CAST(({expr}) * {times} AS {column.duckdb_type})"
                params += [factors, values]
            if column.name == "account" and affix is not None:
                expr = name_affixes.stripped_sql(expr)
                params.append(affix.pattern)
            selects.append(f"{expr} AS {quote_ident(column.name)}")
        selects.append("CAST(? AS VARCHAR) AS source_file")
        selects.append(f"CAST({self.layout.header_row} + {self.row_expr} AS BIGINT) AS source_row")
        self._typed_selects, self._typed_params = selects, params + [self.name]
        self.raw_rows = rows
        # One pass types the rows and keeps those that load: the rejected, blank and extra header
        # rows are left out by the same typed values the report reads them by. OFFSET 0 keeps the
        # condition above the typing: pushed below it, each required value would be parsed twice.
        left_out, left_out_params = self._left_out(table)
        self.con.execute(
            f"CREATE OR REPLACE TABLE {quote_ident(self.staging)} AS SELECT * EXCLUDE (__blank) "
            f"FROM ({self._typed(table)} OFFSET 0) WHERE NOT ({left_out})",
            self._typed_params + left_out_params,
        )
        self.result.staging_table = self.staging

    def _typed(self, table: Table, where: str = "true", with_raw: bool = False) -> str:
        """The SELECT of every raw row's canonical values (those ``where`` picks), with ``__blank``.

        The rules that complete a row from its other values (a revenue kind from the amount's
        sign, a checklist's open steps, amounts made positive) apply in this order over the
        parsed values; ``with_raw`` keeps the raw columns too, for the report's reasons.
        """
        raw_cols = self._raw_columns()
        extra = "".join(f", {c}" for c in raw_cols) if with_raw else ""
        typed = (
            f"SELECT {', '.join(self._typed_selects)}, coalesce({', '.join(raw_cols)}) IS NULL AS __blank{extra} "
            f"FROM {quote_ident(self.raw)} WHERE {where}"
        )
        fixes = []
        if self.kind_from_sign:
            fixes.append(
                "CAST(CASE WHEN kind IS NULL AND amount <> 0 THEN CASE WHEN amount < 0 THEN 'contraction' "
                "ELSE 'expansion' END ELSE kind END AS VARCHAR) AS kind"
            )
        if self.rows_kind in REVENUE_KINDS:
            # A canonical kind from the vocabulary's own keys, never text from the upload.
            fixes.append(f"CAST(coalesce(kind, '{self.rows_kind}') AS VARCHAR) AS kind")
        if self.items_kind in PLAN_KINDS:
            # A canonical kind from the vocabulary's own keys, never text from the upload.
            fixes.append(
                f"CAST(CASE WHEN item IS NOT NULL THEN coalesce(kind, '{self.items_kind}') ELSE kind END "
                "AS VARCHAR) AS kind"
            )
        if self.items_ticked_off:
            # The status is the done box: a box left empty is an item still open.
            fixes.append(
                "CAST(CASE WHEN item IS NOT NULL THEN coalesce(status, 'open') ELSE status END AS VARCHAR) AS status"
            )
        if self.positive_amounts:
            kind = table.column("amount").duckdb_type
            fixes.append(f"CAST(CASE WHEN amount < 0 THEN abs(amount) ELSE amount END AS {kind}) AS amount")
        for fix in fixes:
            typed = f"SELECT * REPLACE ({fix}) FROM ({typed})"
        return typed

    def _left_out(self, table: Table) -> tuple[str, list[str]]:
        """The condition on a typed row that leaves it out (a header row, a blank row, a required value
        missing, a forecast), and the values it binds, placed after the typed SELECT's own."""
        first_data_row = self.layout.header_row + self.layout.extra_header_rows
        required_null = " OR ".join(f"{quote_ident(c)} IS NULL" for c in table.required) or "false"
        params = []
        if self.forecasts:
            required_null += " OR kind = ?"
            params.append(FORECAST)
        return f"source_row <= {first_data_row} OR __blank OR {required_null}", params

    # ------------------------------------------------------------------------------ the report
    def _report(self, table: Table, parse_rejects: list[tuple[int, str, str]]) -> None:
        r = self.result
        staging = quote_ident(self.staging)
        first_data_row = self.layout.header_row + self.layout.extra_header_rows
        problems = []  # (header, column, the raw column of an optional value, or None for a required one)
        for header, column_name in r.mapping.items():
            column = table.column(column_name)
            if not column.required and column.kind == TEXT:
                continue  # text is never unreadable
            problems.append((header, column_name, None if column.required else self._raw_of(header)))
        amount_header = next((h for h, c in r.mapping.items() if c == "amount"), None)
        if self.kind_from_sign and "kind" not in r.mapping.values() and amount_header:
            problems.append((amount_header, "kind", None))  # an amount of 0 has no sign

        def unreadable(column_name: str, raw_col: str | None, raw: str) -> str:
            """A value missing after parsing (row ``s``), though its raw text (row ``raw``) says something."""
            condition = f"s.{quote_ident(column_name)} IS NULL"
            if raw_col is None:
                return condition
            return f"{condition} AND {raw}.{raw_col} IS NOT NULL AND trim({raw}.{raw_col}) <> ''"

        # The staging table holds the loaded rows; most files are clean, so one pass over it says
        # whether any optional value was dropped, and the rows left out are few, typed again apart.
        optional = [p for p in problems if p[2] is not None]
        nulls = self.con.execute(
            "SELECT "
            + ", ".join(
                ["count(*)"]
                + [f"count(*) FILTER (WHERE s.{quote_ident(column)} IS NULL)" for _, column, _ in optional]
            )
            + f" FROM {staging} s"
        ).fetchone()
        staged = nulls[0]
        suspects = [p for p, n in zip(optional, nulls[1:], strict=True) if n]
        # Each loaded row beside its raw values, typed again: a record number does not name one row
        # once a wide file's columns have become rows.
        loaded_table = quote_ident(f"{self.staging}__loaded")
        loaded = f"{loaded_table} s"
        per_column = dict.fromkeys((c for _, c, _ in problems), 0)
        if suspects:
            left_out, left_out_params = self._left_out(table)
            self.con.execute(
                f"CREATE OR REPLACE TEMP TABLE {loaded_table} AS SELECT * FROM "
                f"({self._typed(table, with_raw=True)}) WHERE NOT ({left_out})",
                self._typed_params + left_out_params,
            )
            counts = self.con.execute(
                "SELECT "
                + ", ".join(
                    f"count(*) FILTER (WHERE {unreadable(c, raw_col, 's')})" for _, c, raw_col in suspects
                )
                + f" FROM {loaded}"
            ).fetchone()
            per_column.update({c: n for (_, c, _), n in zip(suspects, counts, strict=True)})
        rejected_rows = blank_rows = 0
        forecast_rows: list[tuple[int, str]] = []
        header_of_kind = next((h for h, c in r.mapping.items() if c == "kind"), "")
        left = quote_ident(f"{self.staging}__left")
        if staged < self.raw_rows:
            source_row = f"({self.layout.header_row} + {self.row_expr})"
            self.con.execute(
                f"CREATE OR REPLACE TEMP TABLE {left} AS SELECT * FROM "
                f"({self._typed(table, f'{source_row} NOT IN (SELECT source_row FROM {staging})', with_raw=True)}) "
                f"WHERE source_row > {first_data_row}",
                self._typed_params,
            )
            counts = self.con.execute(
                "SELECT "
                + ", ".join(
                    ["count(*) FILTER (WHERE NOT __blank)", "count(*) FILTER (WHERE __blank)"]
                    + [
                        f"count(*) FILTER (WHERE NOT __blank AND {unreadable(c, raw_col, 's')})"
                        for _, c, raw_col in problems
                    ]
                )
                + f" FROM {left} s"
            ).fetchone()
            rejected_rows, blank_rows = counts[:2]
            for (_, column_name, _), n in zip(problems, counts[2:], strict=True):
                per_column[column_name] += n
            if self.forecasts:
                forecast_rows = self.con.execute(
                    f"SELECT source_row, {self._raw_of(header_of_kind)} FROM {left} "
                    "WHERE NOT __blank AND kind = ? ORDER BY source_row",
                    [FORECAST],
                ).fetchall()
        data_rows = staged + rejected_rows

        details = []
        parts, part_params = [], []
        for header, column_name, raw_col in problems:
            if not per_column[column_name]:
                continue
            value_col = raw_col or self._raw_of(header)
            if (header, column_name, raw_col) in suspects:
                parts.append(
                    f"SELECT s.source_row, ? AS col, s.{value_col} AS value FROM {loaded} WHERE {unreadable(column_name, raw_col, 's')}"
                )
                part_params.append(column_name)
            if rejected_rows:
                parts.append(
                    f"SELECT s.source_row, ? AS col, s.{value_col} AS value FROM {left} s "
                    f"WHERE NOT __blank AND {unreadable(column_name, raw_col, 's')}"
                )
                part_params.append(column_name)
        if parts:
            details = self.con.execute(
                f"SELECT * FROM ({' UNION ALL '.join(parts)}) ORDER BY source_row, col LIMIT {MAX_REJECT_LINES}",
                part_params,
            ).fetchall()
        self._drop(f"{self.staging}__left")
        self._drop(f"{self.staging}__loaded")
        total_problems = sum(per_column.values())
        header_of = {c: h for h, c in r.mapping.items()}
        header_of.setdefault("kind", amount_header)
        lines = [(row, "", value, reason) for row, value, reason in parse_rejects]
        for row, value in forecast_rows:
            reason = f"'{value.strip()[:80]}' is a forecast, not booked revenue: left out of the actuals"
            lines.append((row, header_of_kind, value, reason))
        if forecast_rows:
            named = ", ".join(f"'{v.strip()}'" for v in dict.fromkeys(v for _, v in forecast_rows))
            r.warnings.append(
                f"{len(forecast_rows):,} row(s) are forecasts ({named[:200]}), not booked revenue: left out "
                "of the actuals."
            )
        for row, column_name, value in details:
            header = header_of[column_name]
            if column_name == "kind" and self.kind_from_sign:
                reason = "the row names no kind of change, and its amount has no sign to tell it (0 or empty)"
            else:
                reason = _reason(table, column_name, header, value)
            lines.append((row, header, value, reason))
        lines.sort(key=lambda x: (x[0], x[1]))
        r.rejects = pd.DataFrame(
            [
                (self.name, row, col, "" if value is None else value, reason)
                for row, col, value, reason in lines
            ],
            columns=REJECT_COLUMNS,
        )
        if total_problems > MAX_REJECT_LINES:
            r.warnings.append(
                f"{total_problems:,} values could not be read; the report lists the first {MAX_REJECT_LINES:,}."
            )

        r.rows_read = data_rows + len(parse_rejects)
        r.rows_rejected = rejected_rows + len(parse_rejects)
        r.rows_loaded = data_rows - rejected_rows
        self._check_conservation(data_rows)
        empty_rows = blank_rows + self.lines.blank_lines + self.layout.table_below_blank_lines
        if empty_rows:
            r.warnings.append(f"Skipped {empty_rows} empty row(s).")
        if r.rows_read == 0:
            r.warnings.append("The file has a header but no rows: nothing was loaded.")
        elif r.rows_loaded == 0:
            raise UnusableFile(_every_row_rejected(r.rows_rejected, lines))

    def _subscription_history(self, table: Table) -> None:
        """Accounts rows that are an account's subscriptions, one after another, are marked as a history.

        The rule: the rows carry a start, an end and an amount, an account has two rows or more on
        average, and its rows start on different days (rows of one account sharing a start are
        snapshots of one contract, not subscriptions).
        """
        needed = {"account", "subscribed_on", "renewal_date", "arr"}
        if table.name != "accounts" or not needed <= set(self.result.mapping.values()):
            return
        if SUBSCRIPTIONS in self.options.undo:
            return
        rows, accounts, starts = self.con.execute(
            "SELECT count(*), count(DISTINCT account_key), count(DISTINCT (account_key, subscribed_on)) "
            f"FROM (SELECT lower(trim(account)) AS account_key, subscribed_on FROM {quote_ident(self.staging)} "
            "WHERE subscribed_on IS NOT NULL)"
        ).fetchone()
        if accounts == 0 or rows < 2 * accounts or starts < SUBSCRIPTION_STARTS_SHARE * rows:
            return
        self.result.subscription_history = True
        self.result.transformations.append(
            Transformation(
                SUBSCRIPTIONS,
                f"Read as a subscription history ({rows:,} subscriptions of {accounts:,} accounts): each "
                "account's ARR is the sum of its open subscriptions, and each start and end is a revenue "
                "change.",
            )
        )

    def _check_conservation(self, data_rows: int) -> None:
        """Loaded + rejected + skipped must be every row DuckDB read and every empty line it passed."""
        r, lines = self.result, self.lines
        raw_rows = lines.rows
        # A second table left out below the first was cut before DuckDB read the file.
        left_out = self.layout.table_below_rows + self.layout.table_below_blank_lines
        r.rows_skipped = (raw_rows - data_rows) + lines.blank_lines + left_out
        staged = self.con.execute(f"SELECT count(*) FROM {quote_ident(self.staging)}").fetchone()[0]
        expected = raw_rows + len(self.parse_rejects) + lines.blank_lines + left_out
        if staged != r.rows_loaded or r.rows_in_file != expected:
            raise conservation.RowsUnaccounted(
                f"could not be imported exactly: {expected:,} rows were read but {staged:,} loaded, "
                f"{r.rows_rejected:,} rejected and {r.rows_skipped:,} skipped, so nothing was loaded "
                "rather than lose rows without a word. Save it again as CSV UTF-8 and upload it again"
            )


# The key that leaves a subscription history read as a plain accounts list, and the share of its
# rows that must start on a day of their own within their account.
SUBSCRIPTIONS = "subscriptions"
FORECAST = "forecast"  # the kind a forecast row is typed as, before it is left out
SUBSCRIPTION_STARTS_SHARE = 0.8
DROPPED = "value dropped: "  # a reject reason's start when the row was loaded without that value

ANNUAL_AMOUNTS = ("arr", "amount")  # money the pages read as a year's, in whole units


def _article(word: str) -> str:
    return "an" if word[:1] in "aeio" else "a"  # "a usage file"


def _describe_column(table: Table, column_name: str) -> str:
    if column_name not in table.column_names:
        return column_name  # "score or recommend"
    column = table.column(column_name)
    if column.kind == TAG:
        return f"{column_name} (Proactive or Reactive)"
    return f"{column_name} ({parse.describe_kind(column)})"


def _every_row_rejected(rows: int, lines: list[tuple[int, str, str | None, str]]) -> str:
    """What to say of a file none of whose rows loaded: how many, and the reason most rows share.

    ``lines`` are the report's (row, header, value, reason); a value dropped from a row that was
    otherwise loaded is no reason for a rejection and is not counted.
    """
    by_header: dict[str, list[str]] = {}
    for _, header, _, reason in lines:
        if not reason.startswith(DROPPED):
            by_header.setdefault(header, []).append(reason)
    commonest = max(by_header.values(), key=len, default=[])
    because = f", {len(commonest):,} of them because {commonest[0]}" if commonest else ""
    return (
        f"could not be loaded: all {rows:,} of its rows were rejected{because}. The data report gives "
        "each row's reason: map the columns again on the Data page, or correct the file and upload it again"
    )


# Dates that are mostly still to come: a day and month without a year there could be this year's
# or next year's, so they take no assumed year (they are rejected, saying why).
FORWARD_DATES = frozenset(("renewal_date", "due_date"))


def _as_of(column_name: str) -> dt.date | None:
    """The day a past event's date without a year is assumed not to be after: the import's day."""
    return None if column_name in FORWARD_DATES else dt.date.today()


def _reason(table: Table, column_name: str, header: str, value: str | None) -> str:
    column = table.column(column_name)
    text = "" if value is None else value.strip()
    if column.kind == TAG:
        reason = f"tag '{text}' is neither Proactive nor Reactive"
    elif not text:
        reason = f"{header} is empty" if not value else f"{header} has only spaces, no name"
    elif column.kind in (DATE, TIMESTAMP) and parse.month_name_without_year(text) is not None:
        reason = (
            f"{header} '{text[:80]}' names a month but no year, and neither the file's title, its name "
            "nor the column's other dates give one: write the year in the dates or in a line above the header"
        )
    else:
        reason = f"{header} '{text[:80]}' is not {parse.describe_kind(column)}"
    return reason if column.required else f"{DROPPED}{reason}"
