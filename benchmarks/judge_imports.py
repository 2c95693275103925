"""How many exports the importer has never seen load exactly right: the measure of issue "unseen exports".

Imports every generated export in ``tests/data/exports`` (and, with ``--folder``, the exports of
another folder) as a user would, one fresh workspace per file, and prints per file whether the
table is right, whether the numbers are exact, and what differs; then the share loaded exactly.

A folder given on the command line is judged the same way when it holds an ``expected.json`` in
the generator's format; without one, each file's chosen table, rows loaded and any error are
listed so a person can judge them.

``--set holdout`` judges the held-out set instead (``tests/data/holdout``, systems the first set
does not cover, plus the third-party files of ``../shared/reference-data`` when present).
``--set blind`` judges ``tests/data/blind``, systems neither earlier set covers, written without
reading the importer's vocabulary. ``--set blind3`` judges ``tests/data/blind3``, CRMs, help
desks, task tools, time trackers and HR lists none of the others covers, written the same way.
reading the importer's vocabulary. ``--set blind4`` judges ``tests/data/blind4``, a fourth such
batch (billing, warehouse and BI, product-usage and survey systems, spreadsheets in more locales).
``--set blind5`` judges ``tests/data/blind5``, a fifth (CS platforms, CRMs, help desks, billing,
usage, survey and HR systems, spreadsheets in Czech, Turkish, Hungarian, Romanian, Greek,
Indonesian and Norwegian). ``--set blind6`` judges ``tests/data/blind6``, a sixth (call tools, CRMs,
help desks, billing, usage, survey and HR systems, spreadsheets in German, French, Spanish,
Portuguese, Italian and Dutch). ``--set blind7`` judges ``tests/data/blind7``, a seventh (meeting and
call tools, CRMs, CS platforms, help desks, billing, usage, survey and HR systems, spreadsheets in
Dutch, Italian, German, Portuguese and French). ``--set blind8`` judges ``tests/data/blind8``, an eighth: trackers a
CS team keeps by hand in sheets and no-code tools (title lines, group rows, sections, totals blocks,
wide month and week columns), a third of them in German, French, Spanish, Portuguese, Italian and Dutch.
``--set blind9`` judges ``tests/data/blind9``, a
ninth (dialers, meeting recorders, CRMs, help desks, billing, BI, survey and staffing tools, with
header rows under report titles, a column per metric, Excel BOM-and-semicolon saves and accounts
named only by an id). ``--set blind10`` judges ``tests/data/blind10``, a tenth (dialers, meeting
recorders, CRMs, help desks, billing, BI, survey and staffing tools, with report titles, a column
per metric or per week, Excel BOM-and-semicolon saves and accounts named only by a GUID). ``--set blind11``
judges ``tests/data/blind11``, an eleventh (call and meeting tools, CRMs, a CS platform, help desks,
billing, FP&A, BI, survey, time and project tools, with psql's aligned output, a ``sep=,`` line,
``mm:ss`` durations, a column per month and accounts named only by an id).
``--set blind12`` judges ``tests/data/blind12``, a twelfth: half trackers a CS team keeps by hand
(merged cells, ticked boxes, section and totals rows, a second table below), half European and
Brazilian CRMs, help desks, billing, survey and HR systems with their native headers.
``--set blind13`` judges ``tests/data/blind13``, a thirteenth: US and global call tools, CRMs, CS
platforms, help desks, chat, billing, usage, warehouse, survey and staff systems, and English sheets
(two-level headers, summary lines, time zones, currency codes after amounts).
``--set blind14`` judges ``tests/data/blind14``, a fourteenth: half sheets a CS team keeps by hand
in six languages (subtotals, section rows, a summary table below, a totals column), half CRMs,
telephony, help desks, billing, survey, usage, HR and project tools from Europe, Brazil, Turkey
and Japan with their native headers.
``--set blind15`` judges ``tests/data/blind15``, a fifteenth: the systems CS teams name, in views and
UI languages not judged before (grouped Salesforce reports in German, French and Spanish, Data
Loader extracts with upper-case API names, HubSpot in four languages, two- and three-row survey
headers in Spanish and German, Stripe in cents, Excel re-saves). ``--set blind17`` judges
``tests/data/blind17``, a seventeenth: ERP and accounting, contract, onboarding, education, review,
no-code and BI tools (UTF-16 tab-separated output, Windows-1250, Swiss 1'234.50, negatives in
parentheses, ISO weeks, fiscal quarters, epoch milliseconds, totals rows). ``--set blind18`` judges
``tests/data/blind18``, an eighteenth: English-language CS, billing, analytics, help-desk, CRM,
meeting, survey, HR and plan tools as their APIs and report builders write them (JSON-flattened
keys, Dynamics 365 "Advanced Find" hidden columns, a 63-column "all columns" export, filter blocks
above the header, accounts named only by an id, ISO currency codes, epoch seconds and milliseconds,
zoned ISO 8601, durations in seconds, t/f booleans). ``--set blind19`` judges
``tests/data/blind19``, a nineteenth: trackers a CS team keeps by hand in seven languages (Excel's
locale CSVs, Google Sheets and other spreadsheets, with as-of lines, section and subtotal rows,
legends, "22,5k" amounts, "KW 12" and "Q3/25" dates, CSM initials) and BI and planning downloads.
``--set blind20`` judges ``tests/data/blind20``, a twentieth: meeting, call, help-desk, HR, survey,
analytics and plan tools no earlier set names, and Excel saved in the Japanese (Shift_JIS), Polish
and Swedish locales ("2025年3月14日", "△" before a decrease, non-breaking-space thousands, MRR
beside ARR, "1h 20m", ISO weeks, Excel serial dates, first and last names in two columns).
``--set blind21`` judges ``tests/data/blind21``, a twenty-first: CRMs, CS platforms, help desks,
chat, billing, analytics, survey, call, HR and OKR tools as they export in 2026, a third in their
French, German, Spanish, Portuguese, Italian, Dutch or Swedish UI.
``--set blind22`` judges ``tests/data/blind22``, a twenty-second: what a CS team keeps and downloads
by hand, half outside English (Excel's German, French, Dutch, Portuguese, Spanish, Italian, Czech,
Danish, Korean and Chinese locale CSVs, Google Sheets, and regional CRMs, help desks, invoicing,
survey and project tools from Germany, Brazil, France, Czechia and Korea).

    python benchmarks/judge_imports.py
    python benchmarks/judge_imports.py --set holdout --verbose
    python benchmarks/judge_imports.py --set blind --verbose
    python benchmarks/judge_imports.py --folder ~/exports --verbose

``--opaque-headers`` replaces each judged file's header row by ``col1..colN`` before the import
(its context files keep theirs): how many files load right from their values alone, the way a
file with headers in a language the vocabulary lacks would.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cs_dash.importing.sniff import sniff  # noqa: E402
from cs_dash.workspace import Workspace  # noqa: E402
from tests.data.blind.make_blind import HERE as BLIND  # noqa: E402
from tests.data.blind3.make_blind3 import HERE as BLIND3  # noqa: E402
from tests.data.blind4.make_blind4 import HERE as BLIND4  # noqa: E402
from tests.data.blind5.make_blind5 import HERE as BLIND5  # noqa: E402
from tests.data.blind6.make_blind6 import HERE as BLIND6  # noqa: E402
from tests.data.blind7.make_blind7 import HERE as BLIND7  # noqa: E402
from tests.data.blind8.make_blind8 import HERE as BLIND8  # noqa: E402
from tests.data.blind9.make_blind9 import HERE as BLIND9  # noqa: E402
from tests.data.blind10.make_blind10 import HERE as BLIND10  # noqa: E402
from tests.data.blind11.make_blind11 import HERE as BLIND11  # noqa: E402
from tests.data.blind12.make_blind12 import HERE as BLIND12  # noqa: E402
from tests.data.blind13.make_blind13 import HERE as BLIND13  # noqa: E402
from tests.data.blind14.make_blind14 import HERE as BLIND14  # noqa: E402
from tests.data.blind15.make_blind15 import HERE as BLIND15  # noqa: E402
from tests.data.blind17.make_blind17 import HERE as BLIND17  # noqa: E402
from tests.data.blind18.make_blind18 import HERE as BLIND18  # noqa: E402
from tests.data.blind19.make_blind19 import HERE as BLIND19  # noqa: E402
from tests.data.blind20.make_blind20 import HERE as BLIND20  # noqa: E402
from tests.data.blind21.make_blind21 import HERE as BLIND21  # noqa: E402
from tests.data.blind22.make_blind22 import HERE as BLIND22  # noqa: E402
from tests.data.holdout.make_holdout import HERE as HOLDOUT  # noqa: E402
from tests.data.holdout.reference_cases import RAVENSTACK, REFERENCE, ravenstack_cases  # noqa: E402
from tests.export_judge import EXPECTED_FILE, EXPORTS, judge, load_cases  # noqa: E402


def opaque_headers(path: Path) -> bytes:
    """The file at ``path`` as UTF-8 with its header record replaced by ``col1..colN``.

    Lines before the header (a report's title) and the rows after it are kept as they are.
    """
    layout, text = sniff(path)
    if text is None:
        text = path.read_bytes().decode(layout.python_encoding)
    text = text.removeprefix("\ufeff")
    start = layout.preamble_chars
    records = list(csv.reader(io.StringIO(text[start:], newline=""), delimiter=layout.delimiter))
    if not records:
        return text.encode("utf-8")
    records[0] = [f"col{n}" for n in range(1, len(records[0]) + 1)]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=layout.delimiter, lineterminator="\n").writerows(records)
    return (text[:start] + out.getvalue()).encode("utf-8")


def judge_folder(folder: Path, verbose: bool, cases=None, opaque: bool = False) -> tuple[int, int]:
    """Print one line per expected file; return (exact, total)."""
    cases = load_cases(folder) if cases is None else cases
    exact = 0
    print(f"{folder} ({len(cases)} exports{', headers replaced by col1..colN' if opaque else ''})")
    for case in cases:
        data = opaque_headers(folder / case.file) if opaque else None
        verdict = judge(case, folder, data)
        exact += verdict.exact
        table = "yes" if verdict.right_table else f"no ({verdict.table or 'not loaded'})"
        numbers = "yes" if verdict.exact else "no"
        print(f"  {case.file:<40} table right: {table:<18} exact: {numbers}")
        if verbose and not verdict.exact:
            print(f"      {case.system}: {verdict.explain()}")
    return exact, len(cases)


def list_folder(folder: Path) -> None:
    """Files without expectations: what the importer chose for each."""
    print(f"{folder} (no {EXPECTED_FILE}: what was loaded, for a person to judge)")
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        ws = Workspace(memory_limit="512MB", threads=1)
        try:
            r = ws.add_file(path.name, path.read_bytes())
        finally:
            ws.close()
        if r.ok:
            print(f"  {path.name:<40} {r.table:<12} {r.rows_loaded} rows loaded, {r.rows_rejected} rejected")
        else:
            print(f"  {path.name:<40} not loaded: {r.error}")


# The blind sets by the name ``--set`` takes, each judged on its own folder.
BLIND_SETS = {
    "blind": BLIND,
    "blind3": BLIND3,
    "blind4": BLIND4,
    "blind5": BLIND5,
    "blind6": BLIND6,
    "blind7": BLIND7,
    "blind8": BLIND8,
    "blind9": BLIND9,
    "blind10": BLIND10,
    "blind11": BLIND11,
    "blind12": BLIND12,
    "blind13": BLIND13,
    "blind14": BLIND14,
    "blind15": BLIND15,
    "blind17": BLIND17,
    "blind18": BLIND18,
    "blind19": BLIND19,
    "blind20": BLIND20,
    "blind21": BLIND21,
    "blind22": BLIND22,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, action="append", default=[], help="more exports to judge")
    parser.add_argument("--verbose", "-v", action="store_true", help="say what differs for each miss")
    parser.add_argument(
        "--set",
        choices=["exports", "holdout", *BLIND_SETS],
        default="exports",
        help="which generated set to judge",
    )
    parser.add_argument(
        "--opaque-headers", action="store_true", help="replace each file's headers by col1..colN first"
    )
    args = parser.parse_args(argv)
    opaque = args.opaque_headers
    exact = total = 0
    if args.set == "holdout":
        exact, total = judge_folder(HOLDOUT, args.verbose, opaque=opaque)
        reference = ravenstack_cases()
        if reference:
            e, t = judge_folder(REFERENCE / RAVENSTACK, args.verbose, reference, opaque)
            exact, total = exact + e, total + t
    if args.set in BLIND_SETS:
        exact, total = judge_folder(BLIND_SETS[args.set], args.verbose, opaque=opaque)
    for folder in [EXPORTS] * (args.set == "exports") + args.folder:
        if (folder / EXPECTED_FILE).is_file():
            e, t = judge_folder(folder, args.verbose, opaque=opaque)
            exact, total = exact + e, total + t
        else:
            list_folder(folder)
    if total:
        print(f"Loaded exactly: {exact} of {total} ({exact / total:.0%}); done when at least 90 %.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
