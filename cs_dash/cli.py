"""``cs-dash summary|export FILE...``: the dashboard's numbers and files without the UI; ``cs-dash run`` opens it.

Files load exactly as on the Data page (automatic mapping plus ``--map`` and ``--table``
overrides); a file that cannot be used gets one line on stderr and exit status 2, and the other
files still load. Where the Data page would ask which table a file is, the command line takes the
likelier table and says so in one warning line on stderr. ``export`` writes the deck, the executive
summary or customer scorecards for the same filters.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cs_dash import team
from cs_dash.exports import FORMATS, ExportError, export
from cs_dash.images import shutdown
from cs_dash.importing import ImportOptions, limits
from cs_dash.importing.mapping import WARN_BELOW
from cs_dash.importing.sniff import UnusableFile
from cs_dash.schema import TABLES
from cs_dash.scope import Scope
from cs_dash.scope_args import add_scope_arguments, scope_from_args
from cs_dash.settings import Settings, SettingsError, loads_toml
from cs_dash.summary import build_summary
from cs_dash.workspace import Workspace


def _mapping(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"--map takes 'Source header=canonical_column', got {text!r}")
    source, _, target = text.rpartition("=")
    return source.strip(), target.strip()


def _table_choice(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"--table takes 'FILE=table', got {text!r}")
    file, _, table = text.rpartition("=")
    table = table.strip().lower()
    if table not in TABLES:
        raise argparse.ArgumentTypeError(f"{table!r} is not a table; choose one of {', '.join(TABLES)}")
    return file.strip(), table


def table_for(file: str, choices: list[tuple[str, str]]) -> str | None:
    """The table chosen for ``file`` by ``--table`` (matched by the path as given, or by file name)."""
    path = Path(file)
    for given, table in reversed(choices):
        if given in (file, path.name) or Path(given).resolve() == path.resolve():
            return table
    return None


def _unmatched_choices(files: list[str], choices: list[tuple[str, str]]) -> list[str]:
    return [given for given, table in choices if not any(table_for(f, [(given, table)]) for f in files)]


def _add_loading_arguments(parser: argparse.ArgumentParser) -> None:
    """The files, how to read them, the settings and the view: the same for every subcommand."""
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
        "--table",
        type=_table_choice,
        action="append",
        default=[],
        metavar="FILE=TABLE",
        help=f"the table FILE belongs to (by name or path): one of {', '.join(TABLES)}",
    )
    parser.add_argument(
        "--no-convert",
        action="append",
        default=[],
        metavar="KEY",
        help="leave a conversion undone in every file, by the key it is listed with (e.g. arr:monthly)",
    )
    parser.add_argument(
        "--settings", metavar="FILE", help="a settings file saved from the Settings page (TOML)"
    )
    add_scope_arguments(parser)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cs-dash", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="open the dashboard in the browser (streamlit run app.py)")
    run.add_argument("streamlit_args", nargs=argparse.REMAINDER, help="passed on to streamlit run")
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
    files.add_argument(
        "--fire", metavar="ID", help="a deck: add the post-mortem of the fire with this fire id (two slides)"
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
    for c in summary.get("conversions", []):
        print(f"Converted in {c['file']}: {c['text']} (undo: --no-convert {c['key']})")


def low_confidence_warning(name: str, result) -> str:
    """One line: the table a file was read as, how sure, and how to choose the other."""
    runner = result.runner_up or "another table"
    return (
        f"{name}: warning: read as {result.table} with low confidence ({result.confidence:.0%}); "
        f"if it is {runner}, pass --table {name}={runner}."
    )


def _load_settings(file: str | None) -> Settings | None:
    """The settings in ``file`` (None: the defaults); SettingsError names every problem."""
    if file is None:
        return None
    try:
        data = Path(file).read_bytes()
    except OSError as exc:
        raise SettingsError([f"cannot be read ({exc.strerror})"]) from None
    return loads_toml(data)


def _workspace(args: argparse.Namespace) -> Workspace | None:
    """A workspace with the settings asked for; None (after saying why) when they cannot be read."""
    try:
        settings = _load_settings(args.settings)
    except SettingsError as exc:
        print(f"{args.settings}: {exc}", file=sys.stderr)
        return None
    return Workspace(settings=settings)


def _load_files(ws: Workspace, args: argparse.Namespace) -> tuple[int, list[dict]]:
    """Load every file as the Data page would: (2 when one could not be used, else 0; conversions)."""
    status = 0
    overrides = dict(args.map)
    for given in _unmatched_choices(args.files, args.table):
        print(f"--table {given}: no such file among the files given.", file=sys.stderr)
        status = 2
    conversions: list[dict] = []
    for file in args.files:
        path = Path(file)
        table = table_for(file, args.table)
        options = ImportOptions(
            table=table, columns=overrides, accept_unsure=True, conversions_off=set(args.no_convert)
        )
        try:
            limits.check_size(path.stat().st_size)  # a file too large is neither read nor copied
            with path.open("rb") as data:
                result = ws.add_file(path.name, data, options)  # streamed, never whole in memory
        except OSError as exc:
            print(f"{file}: cannot be read ({exc.strerror}).", file=sys.stderr)
            status = 2
            continue
        except UnusableFile as exc:
            print(f"{path.name} {exc}.", file=sys.stderr)
            status = 2
            continue
        if not result.ok:
            # The importer's sentence already names the file.
            print(result.error or f"{file}: could not be loaded.", file=sys.stderr)
            status = 2
        elif table is None and result.confidence is not None and result.confidence < WARN_BELOW:
            print(low_confidence_warning(path.name, result), file=sys.stderr)
        conversions += [{"file": path.name, "key": c.key, "text": c.text} for c in result.conversions]
    return status, conversions


@dataclass(frozen=True)
class Loaded:
    """The files loaded into a workspace and the view the flags ask for."""

    ws: Workspace
    scope: Scope
    status: int  # 2 when a file could not be used, else 0
    conversions: list[dict]


@contextlib.contextmanager
def _loaded(args: argparse.Namespace) -> Iterator[Loaded | None]:
    """Every file loaded and the scope built, closed afterwards; None after saying why it cannot be."""
    ws = _workspace(args)
    if ws is None:
        yield None
        return
    try:
        status, conversions = _load_files(ws, args)
        try:
            scope = scope_from_args(args, ws)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            yield None
            return
        yield Loaded(ws, scope, status, conversions)
    finally:
        ws.close()


def run_summary(args: argparse.Namespace) -> int:
    with _loaded(args) as loaded:
        if loaded is None:
            return 2
        summary = build_summary(loaded.ws, loaded.scope)
        summary["conversions"] = loaded.conversions
        if args.json:
            print(json.dumps(summary, indent=2, default=str))
        else:
            _print_text(summary)
        return loaded.status


def run_export(args: argparse.Namespace) -> int:
    try:
        with _loaded(args) as loaded:
            if loaded is None:
                return 2
            try:
                data = export(
                    loaded.ws,
                    args.kind,
                    loaded.scope,
                    args.file_format,
                    account=args.account,
                    every_account=args.every_account,
                    fire_id=args.fire,
                )
            except (ExportError, ValueError) as exc:
                print(str(exc), file=sys.stderr)
                return 2
            out = Path(args.out)
            try:
                out.write_bytes(data)
            except OSError as exc:
                print(f"{out}: cannot be written ({exc.strerror}).", file=sys.stderr)
                return 2
            print(f"Wrote {out} ({len(data) / 1024:,.0f} kB).")
            return loaded.status
    finally:
        shutdown()


def app_path() -> Path:
    """The app's entry file: beside the package, in a checkout and in an installed copy alike."""
    return Path(__file__).resolve().parent.parent / "app.py"


def run_app(args: argparse.Namespace) -> int:
    """Start the Streamlit server on the app; returns when the server stops."""
    app = app_path()
    if not app.is_file():
        print(f"cs-dash: the app's entry file is missing ({app}); reinstall cs-dash.", file=sys.stderr)
        return 2
    return subprocess.call(streamlit_command(app, args.streamlit_args), cwd=app.parent)


def streamlit_command(app: Path, extra: list[str]) -> list[str]:
    """``streamlit run`` on the app; without team mode it listens on localhost only, unless told."""
    command = [sys.executable, "-m", "streamlit", "run", str(app), *extra]
    secrets = [Path.home() / ".streamlit" / "secrets.toml", app.parent / ".streamlit" / "secrets.toml"]
    told = any(arg.startswith("--server.address") for arg in extra)
    if not told and not team.is_team_mode(secrets):
        command.append("--server.address=localhost")
    return command


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return run_app(args)
    try:
        return run_export(args) if args.command == "export" else run_summary(args)
    except Exception as exc:  # the CLI's promise: one sentence, never a traceback
        print(f"cs-dash could not finish: {exc}", file=sys.stderr)
        return 1
