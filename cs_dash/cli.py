"""``python -m cs_dash summary|export FILE...``: the dashboard's numbers and files without the UI.

Files load exactly as on the Data page (automatic mapping plus ``--map`` overrides); a file that
cannot be used gets one line on stderr and exit status 2, and the other files still load.
``export`` writes the deck, the executive summary or customer scorecards for the same filters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from cs_dash.exports import FORMATS, ExportError, export
from cs_dash.filters import Filters
from cs_dash.images import shutdown
from cs_dash.importing import ImportOptions
from cs_dash.settings import Settings, SettingsError, loads_toml
from cs_dash.summary import build_summary
from cs_dash.workspace import Workspace


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def _mapping(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"--map takes 'Source header=canonical_column', got {text!r}")
    source, _, target = text.rpartition("=")
    return source.strip(), target.strip()


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The sidebar's filters as flags; every subcommand takes the same ones."""
    parser.add_argument("--as-of", type=_date, help="the date metrics are computed at")
    parser.add_argument("--csm", action="append", default=[], help="only this CSM (repeatable)")
    parser.add_argument("--from", dest="date_from", type=_date, help="engagements from this date")
    parser.add_argument("--to", dest="date_to", type=_date, help="engagements up to this date")


def filters_from_args(args: argparse.Namespace) -> Filters:
    """The Filters the flags of ``add_filter_arguments`` ask for."""
    return Filters(csms=tuple(args.csm), date_from=args.date_from, date_to=args.date_to, as_of=args.as_of)


def _add_loading_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--map",
        type=_mapping,
        action="append",
        default=[],
        metavar="'Header=column'",
        help="force a header onto a canonical column",
    )
    parser.add_argument(
        "--settings", metavar="FILE", help="a settings file saved from the Settings page (TOML)"
    )
    add_filter_arguments(parser)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m cs_dash", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    summary = sub.add_parser("summary", help="load CSV files and print the headline metrics")
    _add_loading_arguments(summary)
    summary.add_argument("--json", action="store_true", help="print one JSON object")
    files = sub.add_parser("export", help="load CSV files and write the deck, the summary or scorecards")
    files.add_argument(
        "kind", choices=sorted(FORMATS), help="deck (PPTX), summary or scorecard (PDF or HTML)"
    )
    _add_loading_arguments(files)
    files.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    files.add_argument(
        "--format",
        dest="file_format",
        choices=("pptx", "pdf", "html"),
        help="default: pptx for a deck, else pdf",
    )
    who = files.add_mutually_exclusive_group()
    who.add_argument("--account", metavar="NAME", help="the customer a scorecard is for")
    who.add_argument(
        "--all", dest="every_account", action="store_true", help="a zip of one scorecard per account"
    )
    return parser


def _print_text(summary: dict) -> None:
    print(f"As of {summary['as_of']}")
    for name, info in summary["tables"].items():
        if info["rows"] or info["rejected"]:
            print(f"  {name}: {info['rows']} rows loaded, {info['rejected']} rejected")
    h = summary["hurtlocker"]
    if h["ratio"] is not None:
        ratio = f"{h['ratio']:.2f}"
    else:
        ratio = "all proactive" if h["proactive"] else "no tagged engagements"
    share = "" if h["proactive_share"] is None else f", {h['proactive_share']:.0%} proactive"
    print(f"Hurtlocker ratio: {ratio}  (proactive {h['proactive']:,}, reactive {h['reactive']:,}{share})")
    c = summary["cost"]
    print(
        f"CS cost: {c['total']:,.2f} (firefighting {c['firefighting']:,.2f}, proactive {c['proactive']:,.2f}); "
        f"{c['engagements_without_duration']} engagements without a duration not costed"
    )
    a = summary["accounts"]
    total_arr = "unknown" if a["total_arr"] is None else f"{a['total_arr']:,.0f}"
    print(f"Accounts: {a['count']:,}, total ARR {total_arr}")
    for t in summary.get("tiers", []):
        print(f"  {t['tier']}: {t['accounts']} accounts, ARR {t['arr']:,.0f}")
    renewals = ", ".join(f"{r['window']}: {r['accounts']}" for r in summary.get("renewals", []))
    if renewals:
        print(f"Renewals (accounts; overdue, then within N days): {renewals}")
    bands = summary.get("health", {}).get("bands", [])
    if bands:
        print("Health: " + ", ".join(f"{b['band']} {b['accounts']}" for b in bands))


def _load_settings(file: str | None) -> Settings | None:
    """The settings in ``file`` (None: the defaults); SettingsError names every problem."""
    if file is None:
        return None
    try:
        data = Path(file).read_bytes()
    except OSError as exc:
        raise SettingsError([f"cannot be read ({exc.strerror})"]) from None
    return loads_toml(data)


def _load_files(ws: Workspace, args: argparse.Namespace) -> int:
    """Load every file as the Data page would; 2 when one could not be used, else 0."""
    status = 0
    overrides = dict(args.map)
    for file in args.files:
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"{file}: cannot be read ({exc.strerror}).", file=sys.stderr)
            status = 2
            continue
        options = ImportOptions(columns=overrides) if overrides else None
        result = ws.add_file(path.name, data, options)
        if not result.ok:
            # The importer's sentence already names the file.
            print(result.error or f"{file}: could not be loaded.", file=sys.stderr)
            status = 2
    return status


def _workspace(args: argparse.Namespace) -> Workspace | None:
    """A workspace with the settings asked for; None (after saying why) when they cannot be read."""
    try:
        settings = _load_settings(args.settings)
    except SettingsError as exc:
        print(f"{args.settings}: {exc}", file=sys.stderr)
        return None
    return Workspace(settings=settings)


def run_export(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    if ws is None:
        return 2
    try:
        status = _load_files(ws, args)
        try:
            data = export(
                ws,
                args.kind,
                filters_from_args(args),
                args.file_format,
                account=args.account,
                every_account=args.every_account,
            )
        except ExportError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        out = Path(args.out)
        try:
            out.write_bytes(data)
        except OSError as exc:
            print(f"{out}: cannot be written ({exc.strerror}).", file=sys.stderr)
            return 2
        print(f"Wrote {out} ({len(data) / 1024:,.0f} kB).")
    finally:
        shutdown()
        ws.close()
    return status


def run_summary(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    if ws is None:
        return 2
    try:
        status = _load_files(ws, args)
        summary = build_summary(ws, filters_from_args(args))
        if args.json:
            print(json.dumps(summary, indent=2, default=str))
        else:
            _print_text(summary)
    finally:
        ws.close()
    return status


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run_export(args) if args.command == "export" else run_summary(args)
    except Exception as exc:  # the CLI's promise: one sentence, never a traceback
        print(f"cs-dash could not finish: {exc}", file=sys.stderr)
        return 1
