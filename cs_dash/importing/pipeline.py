"""Import one file into a staging table of canonical columns: sniff, read, map, parse, report.

The steps live in their own modules (``sniff``, ``mapping``, ``parse``, ``profiles``); this one
runs them in order against the workspace's DuckDB connection, keeps every row it could not load
with its reason, and turns any failure into one sentence on the result instead of an exception.
"""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb
import pandas as pd

from cs_dash.importing import conservation, limits, parse, reading, repair
from cs_dash.importing.mapping import choose_table, resolve_overrides
from cs_dash.importing.profiles import find_profile, fingerprint
from cs_dash.importing.result import REJECT_COLUMNS, ImportOptions, ImportResult
from cs_dash.importing.sniff import HEAD_BYTES, Layout, UnusableFile, sniff
from cs_dash.schema import DATE, DURATION, INTEGER, NUMBER, SCORE, TABLES, TAG, TEXT, TIMESTAMP, Table
from cs_dash.sqlutil import quote_ident

log = logging.getLogger(__name__)

MAX_REJECT_LINES = 50_000  # detail lines kept per file; the counts are always exact
SAMPLE_ROWS = 1_000
PREVIEW_ROWS = 20
MAX_DISTINCT_DATES = 50_000
MAX_TAG_VALUES = 200
MAX_LOOKUP_VALUES = 48  # a column with at most this many distinct values is parsed once per value


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

    # ------------------------------------------------------------------------------ the steps
    def execute(self) -> None:
        layout = self._load_raw()
        self._preview(layout)
        samples = self._samples(layout)
        table = self._map(layout, samples)
        plans = self._plans(table, samples, self._date_orders)
        self._stage(table, plans)
        self._report(table, self.parse_rejects)

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
        date_orders.update(self.options.date_orders)
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
        r.unmapped = [h for h in layout.headers if h not in r.mapping]
        if best.missing_required:
            missing = ", ".join(_describe_column(table, c) for c in best.missing_required)
            raise UnusableFile(
                f"looks like {_article(table.name)} {table.name} file but has no column for {missing}: add that column, "
                "or map one of its columns to it on the Data page"
            )

        self._date_orders = date_orders
        return table

    def fail(self, message: str) -> None:
        self.result.error = " ".join(message.split())
        self.result.staging_table = None
        self._drop(self.staging)

    def cleanup(self) -> None:
        for name in (self.raw, self.rejects_table, self.scan_table, f"{self.staging}__cum"):
            self._drop(name)
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
            reading.read_raw(self.con, repaired, layout, self.raw, self.rejects_table, self.scan_table)
        except duckdb.InvalidInputException as exc:
            if "invalid state" not in str(exc) or repaired.name.endswith(".lines.csv"):
                raise
            # A lone carriage return the byte count did not flag: read a copy with one line ending.
            for name in (self.rejects_table, self.scan_table):
                self._drop(name)
            repaired = self._repaired(source, layout, unify_newlines=True)
            reading.read_raw(self.con, repaired, layout, self.raw, self.rejects_table, self.scan_table)
        self.source = repaired

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
        return [r[0] for r in found if r[0] is not None]

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
        strip_time = f"regexp_replace(trim({raw_col}), '[ T][0-9]{{1,2}}:[0-9]{{2}}.*$', '')"
        parts = self.con.execute(
            f"SELECT DISTINCT {strip_time} FROM {quote_ident(self.raw)} "
            f"WHERE {raw_col} IS NOT NULL LIMIT {MAX_DISTINCT_DATES}"
        ).fetchall()
        return [r[0] for r in parts], zone

    def _plans(self, table: Table, samples: dict[str, list[str]], date_orders: dict[str, str]) -> dict:
        r = self.result
        plans: dict[str, dict] = {}
        lookups: dict[str, list[str]] = {}
        self.lookups = lookups
        examples: dict[str, list[str]] = {}
        date_inputs = {}
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
                comma = parse.decimal_comma(values, self.layout.european)
                plans[column_name] = {"comma_decimal": comma, "money": parse.money_first(values[:500])}
                if len(few) <= MAX_LOOKUP_VALUES:
                    lookups[column_name] = few
            elif column.kind == DURATION:
                few = self._distinct(raw_col, MAX_LOOKUP_VALUES + 1)
                values = (
                    few if len(few) <= MAX_LOOKUP_VALUES else self._distinct(raw_col, 5_000, rows=200_000)
                )
                plans[column_name] = {"unit": parse.duration_unit(header, values)}
                if len(few) <= MAX_LOOKUP_VALUES:
                    lookups[column_name] = few
            elif column.kind == TAG:
                values = self._distinct(raw_col, MAX_TAG_VALUES + 1)
                plans[column_name] = {"tag_values": values if len(values) <= MAX_TAG_VALUES else None}
        # A column whose order is certain (a day above 12) decides the file's other ambiguous columns.
        evidence = {
            name: parse.plan_dates(parts, zone, date_orders.get(name), "MDY", examples[name])
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
        for name, (parts, zone) in date_inputs.items():
            plan = parse.plan_dates(parts, zone, date_orders.get(name), default, examples[name])
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

    def _stage(self, table: Table, plans: dict) -> None:
        by_column = {c: h for h, c in self.result.mapping.items()}
        selects, params = [], []
        for column in table.columns:
            header = by_column.get(column.name)
            if header is None:
                expr = f"CAST(NULL AS {column.duckdb_type})"
            elif column.name in self.lookups:
                expr, expr_params = self._lookup(column, self._raw_of(header), plans.get(column.name, {}))
                params += expr_params
            else:
                expr, expr_params = parse.value_sql(
                    column, self._raw_of(header), **plans.get(column.name, {})
                )
                expr = f"CAST({expr} AS {column.duckdb_type})"
                params += expr_params
            selects.append(f"{expr} AS {quote_ident(column.name)}")
        selects.append("CAST(? AS VARCHAR) AS source_file")
        selects.append(f"CAST({self.layout.header_row} + {self.row_expr} AS BIGINT) AS source_row")
        self.con.execute(
            f"CREATE OR REPLACE TABLE {quote_ident(self.staging)} AS "
            f"SELECT {', '.join(selects)} FROM {quote_ident(self.raw)}",
            params + [self.name],
        )
        self.result.staging_table = self.staging

    # ------------------------------------------------------------------------------ the report
    def _report(self, table: Table, parse_rejects: list[tuple[int, str, str]]) -> None:
        r = self.result
        staging, raw = quote_ident(self.staging), quote_ident(self.raw)
        first_data_row = self.layout.header_row + self.layout.extra_header_rows
        required_null = " OR ".join(f"s.{quote_ident(c)} IS NULL" for c in table.required) or "false"
        problems = []  # (header, column, SQL condition of a problem in that column)
        for header, column_name in r.mapping.items():
            column = table.column(column_name)
            condition = f"s.{quote_ident(column_name)} IS NULL"
            if not column.required:
                if column.kind == TEXT:
                    continue  # text is never unreadable
                raw_col = f"r.{self._raw_of(header)}"
                condition += f" AND {raw_col} IS NOT NULL AND trim({raw_col}) <> ''"
            problems.append((header, column_name, condition))

        # Most files are clean: one pass over the parsed table says whether any value is missing.
        nulls = self.con.execute(
            "SELECT "
            + ", ".join(
                ["count(*)"]
                + [f"count(*) FILTER (WHERE s.{quote_ident(column)} IS NULL)" for _, column, _ in problems]
            )
            + f" FROM {staging} s WHERE s.source_row > {first_data_row}"
        ).fetchone()
        suspects = [p for p, n in zip(problems, nulls[1:], strict=True) if n]
        blank = f"coalesce({', '.join(f'r.{c}' for c in self._raw_columns())}) IS NULL"
        keep = f"s.source_row > {first_data_row} AND NOT ({blank})"
        if not suspects:
            counts = (nulls[0], 0, 0) + (0,) * len(problems)
        else:
            counts = self.con.execute(
                "SELECT "
                + ", ".join(
                    [
                        f"count(*) FILTER (WHERE {keep})",
                        f"count(*) FILTER (WHERE {keep} AND ({required_null}))",
                        f"count(*) FILTER (WHERE s.source_row > {first_data_row} AND {blank})",
                    ]
                    + [
                        f"count(*) FILTER (WHERE {keep} AND {cond})" if (h, c, cond) in suspects else "0"
                        for h, c, cond in problems
                    ]
                )
                + f" FROM {staging} s POSITIONAL JOIN {raw} r"
            ).fetchone()
        data_rows, rejected_rows, blank_rows = counts[:3]
        per_column = counts[3:]

        details = []
        with_problems = [(p, n) for p, n in zip(problems, per_column, strict=True) if n]
        if with_problems:
            union = " UNION ALL ".join(
                f"SELECT s.source_row, ? AS col, r.{self._raw_of(header)} AS value "
                f"FROM {staging} s POSITIONAL JOIN {raw} r WHERE {keep} AND {cond}"
                for (header, _, cond), _ in with_problems
            )
            details = self.con.execute(
                f"SELECT * FROM ({union}) ORDER BY source_row, col LIMIT {MAX_REJECT_LINES}",
                [column for (_, column, _), _ in with_problems],
            ).fetchall()
        total_problems = sum(per_column)
        header_of = {c: h for h, c in r.mapping.items()}
        lines = [(row, "", value, reason) for row, value, reason in parse_rejects]
        for row, column_name, value in details:
            header = header_of[column_name]
            lines.append((row, header, value, _reason(table, column_name, header, value)))
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

        if rejected_rows or blank_rows or first_data_row > self.layout.header_row:
            self.con.execute(
                f"DELETE FROM {staging} WHERE source_row IN ("
                f"SELECT s.source_row FROM {staging} s POSITIONAL JOIN {raw} r "
                f"WHERE s.source_row <= {first_data_row} OR {blank} OR ({required_null}))"
            )
        r.rows_read = data_rows + len(parse_rejects)
        r.rows_rejected = rejected_rows + len(parse_rejects)
        r.rows_loaded = data_rows - rejected_rows
        self._check_conservation(data_rows)
        if blank_rows + self.lines.blank_lines:
            r.warnings.append(f"Skipped {blank_rows + self.lines.blank_lines} empty row(s).")
        if r.rows_read == 0:
            r.warnings.append("The file has a header but no rows: nothing was loaded.")
        elif r.rows_loaded == 0:
            r.warnings.append("No row could be loaded: see the reasons in the report.")

    def _check_conservation(self, data_rows: int) -> None:
        """Loaded + rejected + skipped must be every row DuckDB read and every empty line it passed."""
        r, lines = self.result, self.lines
        raw_rows = lines.rows
        r.rows_skipped = (raw_rows - data_rows) + lines.blank_lines
        staged = self.con.execute(f"SELECT count(*) FROM {quote_ident(self.staging)}").fetchone()[0]
        expected = raw_rows + len(self.parse_rejects) + lines.blank_lines
        if staged != r.rows_loaded or r.rows_in_file != expected:
            raise conservation.RowsUnaccounted(
                f"could not be imported exactly: {expected:,} rows were read but {staged:,} loaded, "
                f"{r.rows_rejected:,} rejected and {r.rows_skipped:,} skipped, so nothing was loaded "
                "rather than lose rows without a word. Save it again as CSV UTF-8 and upload it again"
            )


def _article(word: str) -> str:
    return "an" if word[:1] in "aeio" else "a"  # "a usage file"


def _describe_column(table: Table, column_name: str) -> str:
    if column_name not in table.column_names:
        return column_name  # "score or recommend"
    column = table.column(column_name)
    if column.kind == TAG:
        return f"{column_name} (Proactive or Reactive)"
    return f"{column_name} ({parse.describe_kind(column)})"


def _reason(table: Table, column_name: str, header: str, value: str | None) -> str:
    column = table.column(column_name)
    text = "" if value is None else value.strip()
    if column.kind == TAG:
        reason = f"tag '{text}' is neither Proactive nor Reactive"
    elif not text:
        reason = f"{header} is empty" if not value else f"{header} has only spaces, no name"
    else:
        reason = f"{header} '{text[:80]}' is not {parse.describe_kind(column)}"
    return reason if column.required else f"value dropped: {reason}"
