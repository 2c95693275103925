"""The sidebar's filters as command-line options, shared by every command that computes numbers.

``add_scope_arguments(parser)`` adds ``--csm``, ``--tier``, ``--segment``, ``--renewal-window``,
``--dates``, ``--from``, ``--to`` and ``--as-of``; ``scope_from_args(args, ws)`` turns the parsed
options into the same ``Scope`` the sidebar builds, so a command prints what the page shows.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace

from cs_dash.filters import DATE_PRESETS, RENEWAL_WINDOWS, Filters
from cs_dash.scope import Scope, build_scope, choices
from cs_dash.workspace import Workspace


def parse_date(text: str) -> dt.date:
    """An ISO date for argparse; anything else is a one-line usage error."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def add_scope_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the sidebar's filters to ``parser`` (each list option may be repeated)."""
    group = parser.add_argument_group(
        "view", "the sidebar's filters; CSM, tier and segment names match case-insensitively"
    )
    group.add_argument("--csm", action="append", default=[], help="only this CSM (repeatable)")
    group.add_argument("--tier", action="append", default=[], help="only this tier (repeatable)")
    group.add_argument("--segment", action="append", default=[], help="only this segment (repeatable)")
    group.add_argument(
        "--renewal-window",
        choices=RENEWAL_WINDOWS,
        default="any",
        help="only accounts renewing in this window: overdue, or within N days of the as-of date",
    )
    group.add_argument(
        "--dates",
        choices=[p for p in DATE_PRESETS if p != "custom"],
        help="a date range relative to the as-of date (instead of --from/--to)",
    )
    group.add_argument("--from", dest="date_from", type=parse_date, help="activity from this date")
    group.add_argument("--to", dest="date_to", type=parse_date, help="activity up to this date")
    group.add_argument(
        "--as-of", type=parse_date, help="the day metrics are computed at (default: the data's latest date)"
    )


def filters_from_args(args: argparse.Namespace) -> Filters:
    """The parsed options as sidebar filters; ``--dates`` with ``--from``/``--to`` is an error."""
    custom = args.date_from is not None or args.date_to is not None
    if custom and args.dates:
        raise ValueError("--dates cannot be combined with --from/--to; choose one way to set the dates.")
    date_from, date_to = args.date_from, args.date_to
    if date_from and date_to and date_from > date_to:
        raise ValueError(f"--from {date_from} is after --to {date_to}.")
    return Filters(
        csms=tuple(args.csm),
        tiers=tuple(args.tier),
        segments=tuple(args.segment),
        renewal_window=args.renewal_window,
        date_from=date_from,
        date_to=date_to,
        as_of=args.as_of,
        date_preset="custom" if custom else (args.dates or "all"),
    )


def _as_in_data(given: tuple[str, ...], names: list[str], option: str) -> tuple[str, ...]:
    """``given`` spelled as the data spells them (case-insensitively); an unknown name is an error."""
    known = {str(name).casefold(): name for name in names if name is not None}
    unknown = [name for name in given if name.casefold() not in known]
    if unknown:
        choices = ", ".join(sorted(map(str, known.values()))) or "none in the data"
        raise ValueError(f"{option} {unknown[0]!r} is not in the data (known: {choices}).")
    return tuple(known[name.casefold()] for name in given)


def scope_from_args(args: argparse.Namespace, ws: Workspace) -> Scope:
    """The view the options describe, over the loaded data (the as-of date defaulted as the app does).

    Raises ValueError with one sentence for a contradictory or unknown choice.
    """
    filters = filters_from_args(args)
    _, tiers, segments = choices(ws)
    filters = replace(
        filters,
        tiers=_as_in_data(filters.tiers, tiers, "--tier"),
        segments=_as_in_data(filters.segments, segments, "--segment"),
    )
    return build_scope(ws, filters)
