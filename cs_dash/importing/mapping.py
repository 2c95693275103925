"""Which canonical table a file is, and which of its headers feeds which canonical column.

Headers are matched by the synonyms in ``cs_dash.schema``, then by fuzzy similarity, and where the
header says nothing useful ("Column 3", "P/R?") by what the column holds. The user's own choices
(``ImportOptions.columns`` or a saved profile) always win.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from cs_dash.importing import parse
from cs_dash.schema import DATE, TABLES, TAG, TIMESTAMP, Table

FUZZY_THRESHOLD = 88
# Tables whose required columns alone say nothing: at least one of these must be mapped too.
AT_LEAST_ONE = {"surveys": ("score", "recommend"), "usage": ("active_users", "events", "feature")}
CONTAINS_SCORE = 70
_NON_WORD = re.compile(r"[\s_\-./]+")
_PARENS = re.compile(r"\(.*?\)|\[.*?\]")


def normalize(header: str) -> str:
    """Lower case, with ``_ - . /`` and runs of spaces made one space: ``Account_Name`` -> ``account name``."""
    text = header.replace("\ufeff", "").lower().strip().rstrip("?:*#").strip()
    return _NON_WORD.sub(" ", text).strip()


def _without_units(text: str) -> str:
    return _NON_WORD.sub(" ", _PARENS.sub(" ", text)).strip()


@dataclass
class TableMapping:
    """One candidate table for a file and how its headers map onto it."""

    table: Table
    mapping: dict[str, str] = field(default_factory=dict)  # header -> column
    reasons: dict[str, str] = field(default_factory=dict)
    points: float = 0.0

    @property
    def missing_required(self) -> list[str]:
        mapped = set(self.mapping.values())
        missing = [c for c in self.table.required if c not in mapped]
        wanted = AT_LEAST_ONE.get(self.table.name, ())
        if wanted and not mapped & set(wanted):
            missing.append(" or ".join(wanted))
        return missing

    @property
    def complete(self) -> bool:
        return not self.missing_required


def header_score(header: str, column_synonyms: tuple[str, ...], column_name: str) -> tuple[int, str]:
    """How well one header names a column (0-100) and why."""
    norm = normalize(header)
    bare = _without_units(norm)
    names = {normalize(s) for s in column_synonyms} | {normalize(column_name)}
    if norm == normalize(column_name):
        return 100, "name (the same as the column's)"
    if norm in names:
        return 97, f"synonym '{norm}'"
    if bare and bare in {_without_units(n) for n in names}:
        return 95, f"synonym '{bare}' (units aside)"
    best, best_name = 0.0, ""
    for name in names:
        score = fuzz.ratio(bare, _without_units(name))
        if score > best:
            best, best_name = score, name
    if best >= FUZZY_THRESHOLD:
        return int(best), f"fuzzy match with '{best_name}' ({int(best)}% similar)"
    words = f" {bare} "
    for name in sorted(names, key=len, reverse=True):
        if len(name) >= 4 and f" {name} " in words:
            return CONTAINS_SCORE + min(15, len(name) // 2), f"name containing '{name}'"
    return 0, ""


def content_kind(values: list[str]) -> str | None:
    """TAG or DATE when a column's sample values clearly are tags or dates, else None."""
    filled = [v.strip() for v in values if v and v.strip()]
    if len(filled) < 2:
        return None
    lowered = [v.lower() for v in filled]
    if all(v in parse.TAG_WORDS for v in lowered) and any(v in parse.TAG_EXPLICIT for v in lowered):
        return TAG
    if sum(parse.looks_like_date(v) for v in filled) >= 0.9 * len(filled):
        return DATE
    return None


def _assign(
    table: Table,
    headers: list[str],
    samples: dict[str, list[str]],
    forced: dict[str, str],
    filename: str,
) -> TableMapping:
    result = TableMapping(table)
    taken_columns: set[str] = set()
    for header, column in forced.items():
        if column in table.column_names and column not in taken_columns:
            result.mapping[header] = column
            result.reasons[header] = "your choice"
            taken_columns.add(column)
            result.points += 3
    free = [h for h in headers if h not in forced]
    candidates = []
    for position, header in enumerate(free):
        for column in table.columns:
            score, why = header_score(header, column.synonyms, column.name)
            if score:
                candidates.append((-score, not column.required, position, header, column.name, why))
    candidates.sort()
    used_headers: set[str] = set()
    for neg_score, _, _, header, column, why in candidates:
        if header in used_headers or column in taken_columns:
            continue
        result.mapping[header] = column
        result.reasons[header] = why
        used_headers.add(header)
        taken_columns.add(column)
        result.points += (2 if table.column(column).required else 1) * (-neg_score / 100)
    # Where headers say nothing, let the values speak for the required dates and the tag.
    for column in table.columns:
        if column.name in taken_columns or not (column.required or column.kind == TAG):
            continue
        wanted = TAG if column.kind == TAG else DATE if column.kind in (DATE, TIMESTAMP) else None
        if wanted is None:
            continue
        for header in free:
            taken_by = result.mapping.get(header)
            # A header already matched by name may still be the tag when its values are P/R
            # ("Type: Proactive"), as long as it did not fill a required column.
            movable = wanted == TAG and taken_by is not None and not table.column(taken_by).required
            if header in used_headers and not movable:
                continue
            if content_kind(samples.get(header, [])) == wanted:
                if movable:
                    taken_columns.discard(taken_by)
                    result.points -= 1
                result.mapping[header] = column.name
                what = "Proactive/Reactive" if wanted == TAG else "dates"
                result.reasons[header] = f"content: the values are {what}"
                used_headers.add(header)
                taken_columns.add(column.name)
                result.points += 1.5 if column.required else 0.75
                break
    if result.complete:
        result.points += 2
    stem = filename.lower()
    if any(hint in stem for hint in table.filename_hints):
        result.points += 1
    return result


def resolve_overrides(headers: list[str], raw_headers: list[str], columns: dict[str, str]) -> dict[str, str]:
    """The user's header -> column choices that apply to this file (headers it lacks are ignored)."""
    by_key: dict[str, str] = {}
    for display, raw in zip(headers, raw_headers + [""] * len(headers), strict=False):
        by_key.setdefault(display.lower(), display)
        if raw:
            by_key.setdefault(raw.lower(), display)
        by_key.setdefault(normalize(display), display)
    forced = {}
    for source, target in columns.items():
        header = by_key.get(source.strip().lower()) or by_key.get(normalize(source))
        if header is not None:
            forced[header] = target.strip()
    return forced


def choose_table(
    headers: list[str],
    raw_headers: list[str],
    samples: dict[str, list[str]],
    filename: str,
    table: str | None = None,
    columns: dict[str, str] | None = None,
) -> tuple[TableMapping | None, dict[str, float]]:
    """The best table for these headers (or the one the user named) and every table's score."""
    forced = resolve_overrides(headers, raw_headers, columns or {})
    ignored = {h for h, c in forced.items() if not c}
    forced = {h: c for h, c in forced.items() if c}
    usable = [h for h in headers if h not in ignored]
    candidates = {
        name: _assign(spec, usable, samples, forced, filename)
        for name, spec in TABLES.items()
        if table is None or name == table
    }
    scores = {}
    for name, cand in candidates.items():
        n_required = len(cand.table.required)
        optional_room = min(len(cand.table.columns) - n_required, max(0, len(usable) - n_required))
        scores[name] = round(min(1.0, cand.points / (2 * n_required + optional_room + 3)), 3)
    if not candidates:
        return None, scores
    best = max(candidates.values(), key=lambda c: (c.points, c.complete))
    if table is None and not best.mapping:
        return None, scores
    return best, scores
