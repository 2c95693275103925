"""Judging an import of an unseen export: the key numbers of a file, computed one way for both sides.

``measures`` turns canonical rows (dicts keyed by canonical column) into the numbers a person
checks after an import: counts, sums in canonical units, date ranges and distinct names. The
export generator applies it to the records it wrote; the tests and ``benchmarks/judge_imports.py``
apply it to the rows the importer loaded. Only the columns a file actually carries are measured,
so a file without durations is not judged on minutes. Vocabulary values (a plan's kind and
status, a revenue kind, an account's status) are compared as the metrics compare them, ignoring
case: "Goal" is the canonical goal, "Objective" is not.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cs_dash.schema import TABLES
from cs_dash.sqlutil import quote_ident
from cs_dash.workspace import Workspace

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
EXPECTED_FILE = "expected.json"


def _day(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat()


def _range(rows, column) -> list[str | None]:
    days = sorted(_day(r[column]) for r in rows if r.get(column) is not None)
    return [days[0], days[-1]] if days else [None, None]


def _total(rows, column) -> float:
    return round(sum(float(r[column]) for r in rows if r.get(column) is not None), 2)


def _names(rows, column) -> list[str]:
    return sorted({r[column] for r in rows if r.get(column) is not None})


def _word(value) -> str:
    """A vocabulary value as the metrics compare it: case and surrounding spaces do not count."""
    return " ".join(str(value).split()).lower()


def _count_by(rows, column, fold=False) -> dict[str, int]:
    values = (r[column] for r in rows if r.get(column) is not None)
    return dict(sorted(Counter(_word(v) if fold else str(v) for v in values).items()))


def _sum_by(rows, by, column) -> dict[str, float]:
    sums: dict[str, float] = {}
    for r in rows:
        if r.get(by) is not None and r.get(column) is not None:
            sums[_word(r[by])] = sums.get(_word(r[by]), 0.0) + float(r[column])
    return {k: round(v, 2) for k, v in sorted(sums.items())}


def measures(table: str, rows: list[dict], fields: list[str], accounts_by_id: bool = False) -> dict:
    """The key numbers of ``rows`` of canonical ``table``, for the canonical ``fields`` a file has.

    ``accounts_by_id``: the file names accounts by an id, so account names are not compared (the
    tests count matched accounts instead).
    """
    has = set(fields)
    m: dict = {"rows": len(rows)}
    if "account" in has and not accounts_by_id:
        m["accounts"] = _names(rows, "account")
    if "csm" in has:
        m["csms"] = _names(rows, "csm")
    if table == "engagements":
        m["proactive"] = sum(r["tag"] == "proactive" for r in rows)
        m["reactive"] = sum(r["tag"] == "reactive" for r in rows)
        m["dates"] = _range(rows, "date")
        if "duration_min" in has:
            m["minutes"] = _total(rows, "duration_min")
        if "type" in has:
            m["types"] = _count_by(rows, "type")
    elif table == "accounts":
        for column in ("arr", "seats_purchased", "seats_active", "cac"):
            if column in has:
                m[column] = _total(rows, column)
        for column in ("renewal_date", "subscribed_on", "go_live_on", "churned_on"):
            if column in has:
                m[column] = _range(rows, column)
        if "status" in has:
            m["status"] = _count_by(rows, "status", fold=True)
        if "segment" in has:
            m["segment"] = _count_by(rows, "segment")
    elif table == "team":
        m["hourly_rate"] = _total(rows, "hourly_rate")
        if "role" in has:
            m["roles"] = _count_by(rows, "role")
    elif table == "tickets":
        m["open"] = sum(r.get("closed_at") is None for r in rows)
        m["opened"] = _range(rows, "opened_at")
        closed = [r for r in rows if r.get("closed_at") is not None and r.get("opened_at") is not None]
        m["resolution_hours"] = round(
            sum((r["closed_at"] - r["opened_at"]).total_seconds() / 3600 for r in closed), 2
        )
        if "priority" in has:
            m["priority"] = _count_by(rows, "priority")
        if "escalated" in has:
            m["escalated"] = sum(bool(r.get("escalated")) for r in rows)
    elif table == "surveys":
        m["dates"] = _range(rows, "date")
        if "score" in has:
            scores = [r["score"] for r in rows if r.get("score") is not None]
            m["answers"] = len(scores)
            m["score_sum"] = round(sum(scores), 2)
            m["promoters"] = sum(s >= 9 for s in scores)
            m["detractors"] = sum(s <= 6 for s in scores)
        if "recommend" in has:
            m["recommend_yes"] = sum(r.get("recommend") is True for r in rows)
            m["recommend_no"] = sum(r.get("recommend") is False for r in rows)
    elif table == "usage":
        m["dates"] = _range(rows, "date")
        m["distinct_dates"] = len({_day(r["date"]) for r in rows if r.get("date") is not None})
        for column in ("active_users", "events"):
            if column in has:
                m[column] = _total(rows, column)
        if "feature" in has:
            m["features"] = _names(rows, "feature")
    elif table == "revenue":
        m["dates"] = _range(rows, "date")
        m["amount_by_kind"] = _sum_by(rows, "kind", "amount")
        m["count_by_kind"] = _count_by(rows, "kind", fold=True)
    elif table == "plans":
        m["kind"] = _count_by(rows, "kind", fold=True)
        if "status" in has:
            m["status"] = _count_by(rows, "status", fold=True)
        if "dimension" in has:
            m["dimension"] = _count_by(rows, "dimension")
        if "due_date" in has:
            m["due_date"] = _range(rows, "due_date")
        if "reviewed_on" in has:
            m["reviewed_on"] = _range(rows, "reviewed_on")
    return m


# ---------------------------------------------------------------------------------- the judging side
@dataclass
class Case:
    """One generated export and what a careful person would load from it."""

    file: str
    system: str
    table: str
    fields: list[str]
    measures: dict
    concepts: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)  # files loaded before this one (an id map)
    accounts_by_id: bool = False
    matched: int | None = None  # distinct accounts that must match the context's accounts


def load_cases(folder: Path = EXPORTS) -> list[Case]:
    data = json.loads((folder / EXPECTED_FILE).read_text(encoding="utf-8"))
    return [Case(**entry) for entry in data["files"]]


@dataclass
class Verdict:
    """What the importer did with one case, next to what was expected."""

    case: Case
    table: str | None
    error: str | None
    measures: dict
    matched: int | None = None
    mapping: dict = field(default_factory=dict)

    @property
    def right_table(self) -> bool:
        return self.table == self.case.table

    @property
    def wrong(self) -> dict:
        """Expected measures the import did not reproduce: name -> (expected, got)."""
        out = {
            k: (v, self.measures.get(k)) for k, v in self.case.measures.items() if self.measures.get(k) != v
        }
        if self.case.matched is not None and self.matched != self.case.matched:
            out["matched"] = (self.case.matched, self.matched)
        return out

    @property
    def exact(self) -> bool:
        return self.right_table and not self.wrong

    def explain(self) -> str:
        if self.error:
            return f"not loaded: {self.error}"
        if not self.right_table:
            return f"loaded as {self.table}, expected {self.case.table}"
        return "; ".join(f"{k}: expected {e!r}, got {g!r}" for k, (e, g) in self.wrong.items())


def loaded_rows(ws: Workspace, table: str, file: str) -> list[dict]:
    """The canonical rows of ``table`` that came from ``file``, in file order."""
    cur = ws.con.execute(
        f"SELECT * FROM {quote_ident(table)} WHERE source_file = ? ORDER BY source_row", [file]
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def load_text(ws: Workspace, name: str, text: str, encoding: str = "utf-8"):
    """Upload ``text`` as file ``name``, which must load, and return (result, its loaded rows)."""
    result = ws.add_file(name, text.encode(encoding))
    assert result.ok, result.error
    return result, loaded_rows(ws, result.table, name)


def _matched(ws: Workspace, case: Case, table: str) -> int:
    """Distinct accounts of the file whose key is also a key of the loaded accounts table."""
    keys = {r["account_key"] for r in loaded_rows(ws, table, case.file) if r.get("account_key")}
    known = {r[0] for r in ws.con.execute("SELECT account_key FROM accounts").fetchall()}
    return len(keys & known)


def judge(case: Case, folder: Path = EXPORTS, data: bytes | None = None) -> Verdict:
    """Import ``case`` (after its context files) as a user would, and measure what landed."""
    ws = Workspace(memory_limit="512MB", threads=1)
    try:
        for name in case.context:
            ws.add_file(name, (folder / name).read_bytes())
        result = ws.add_file(case.file, data if data is not None else (folder / case.file).read_bytes())
        if not result.ok:
            return Verdict(case, None, result.error, {}, mapping=dict(result.mapping))
        rows = loaded_rows(ws, result.table, case.file)
        got = measures(result.table, rows, case.fields, case.accounts_by_id) if result.table in TABLES else {}
        matched = _matched(ws, case, result.table) if case.matched is not None else None
        return Verdict(case, result.table, None, got, matched, dict(result.mapping))
    finally:
        ws.close()


def judged_cases(cases: dict[str, Case], xfail: dict[str, str]) -> list:
    """The cases as pytest parameters named by file, each known miss a strict expected failure."""
    import pytest

    return [
        pytest.param(
            case, id=name, marks=[pytest.mark.xfail(strict=True, reason=xfail[name])] if name in xfail else []
        )
        for name, case in cases.items()
    ]


def assert_loads_exactly(case: Case, folder: Path) -> None:
    """The export loads without an error, into its table, with every key number as expected."""
    verdict = judge(case, folder)
    assert verdict.error is None, verdict.explain()
    assert verdict.table == case.table, verdict.explain()
    assert verdict.wrong == {}, verdict.explain()


def assert_covers_every_table(cases: dict[str, Case], at_least: int) -> None:
    """A judged set holds exports for all eight canonical tables, and at least ``at_least`` of them."""
    assert {case.table for case in cases.values()} == set(TABLES)
    assert len(cases) >= at_least


SPREADSHEETS = ("Excel", "Google Sheets", "Google Forms")
DATA = EXPORTS.parent
# The judged sets in the order they were written: each later one names systems no earlier one has.
JUDGED_SETS = ("exports", "holdout", "blind", *(f"blind{n}" for n in range(3, 100)))


def _earlier_sets(folder: Path) -> list[Path]:
    name = folder.name
    earlier = JUDGED_SETS[: JUDGED_SETS.index(name)]
    return [DATA / n for n in earlier if (DATA / n / EXPECTED_FILE).is_file()]


def _system_name(system: str) -> str:
    return system.split(" (")[0].lower()


def assert_shares_no_system_with_earlier_sets(
    cases: dict[str, Case],
    folder: Path,
    own_formats: tuple[str, ...] = SPREADSHEETS,
    written_alongside: tuple[str, ...] = (),
) -> None:
    """No system of the set in ``folder`` is in an earlier set; ``own_formats`` (spreadsheets, whose
    files in other languages are variations of one format) may repeat. Sets ``written_alongside``
    were written at the same time, neither seen by the importer, so a system may be in both."""
    earlier = {
        _system_name(c.system)
        for f in _earlier_sets(folder)
        if f.name not in written_alongside
        for c in load_cases(f)
    }
    systems = {c.system for c in cases.values() if not c.system.startswith(own_formats)}
    assert {_system_name(system) for system in systems} & earlier == set()


def assert_generator_writes_the_checked_in_files(write_set_to, folder: Path, tmp_path: Path) -> None:
    """A seeded generator, run again into ``tmp_path``, writes exactly the files checked in ``folder``."""
    write_set_to(tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(
        p.name for p in folder.iterdir() if p.suffix in (".csv", ".tsv", ".txt", ".json")
    )
    for name in written:
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), name
    assert (tmp_path / EXPECTED_FILE).is_file()
