"""The files a leader takes into a review, written for a view: the deck, the summary, scorecards.

The command line and the pages build them from the same functions, so a file written by
``python -m cs_dash export`` matches the one downloaded from the page for the same filters.
"""

from __future__ import annotations

import io
import zipfile

from cs_dash.exec_summary import exec_summary_html, exec_summary_pdf, executive_deck
from cs_dash.images import slug
from cs_dash.metrics import account as acc
from cs_dash.metrics import postmortem
from cs_dash.schema import name_key
from cs_dash.scope import Scope
from cs_dash.scorecard import customer_scorecard_html, customer_scorecard_pdf
from cs_dash.workspace import Workspace

FORMATS = {"deck": ("pptx",), "summary": ("pdf", "html"), "scorecard": ("pdf", "html")}


class ExportError(ValueError):
    """A request that cannot be met, with the sentence that says why."""


def summary_file(ws: Workspace, filters: Scope, file_format: str) -> bytes:
    if file_format == "html":
        return exec_summary_html(ws, filters).encode("utf-8")
    return exec_summary_pdf(ws, filters)


def scorecard_file(ws: Workspace, account_key: str, filters: Scope, file_format: str) -> bytes:
    if file_format == "html":
        return customer_scorecard_html(ws, account_key, filters.day).encode("utf-8")
    return customer_scorecard_pdf(ws, account_key, filters.day)


def scorecard_name(account: str, file_format: str) -> str:
    """'Müller & Co' -> 'scorecard_m-ller-co.pdf': one name per account, safe in a zip."""
    return f"scorecard_{slug(account)}.{file_format}"


def find_account(ws: Workspace, filters: Scope, name: str) -> str:
    """The account key for a name typed on the command line, matched as the importer matches names."""
    choices = acc.account_choices(ws, filters)
    wanted = name_key(name)
    found = choices[choices["account_key"] == wanted]
    if found.empty:
        raise ExportError(
            f"No account named {name!r} among the {len(choices):,} accounts that pass the filters; "
            "check the spelling, or loosen the filters."
        )
    return str(found.iloc[0]["account_key"])


def all_scorecards(ws: Workspace, filters: Scope, file_format: str) -> bytes:
    """A zip with one scorecard per account that passes the filters."""
    choices = acc.account_choices(ws, filters)
    if choices.empty:
        raise ExportError("No account passes the filters, so there is no scorecard to write.")
    out = io.BytesIO()
    used: set[str] = set()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for key, account in zip(choices["account_key"], choices["account"], strict=True):
            name = scorecard_name(str(account), file_format)
            if name in used:  # two names that differ only in punctuation
                name = name.replace(f".{file_format}", f"-{len(used)}.{file_format}")
            used.add(name)
            archive.writestr(name, scorecard_file(ws, key, filters, file_format))
    return out.getvalue()


def export(
    ws: Workspace,
    kind: str,
    filters: Scope,
    file_format: str | None = None,
    account: str | None = None,
    every_account: bool = False,
    fire_id: str | None = None,
) -> bytes:
    """The file's bytes for ``kind`` (deck, summary or scorecard); ExportError says what is wrong."""
    if kind not in FORMATS:
        raise ExportError(f"Unknown export {kind!r}: choose deck, summary or scorecard.")
    file_format = file_format or FORMATS[kind][0]
    if file_format not in FORMATS[kind]:
        raise ExportError(f"A {kind} is written as {' or '.join(FORMATS[kind])}, not {file_format}.")
    if not ws.has("engagements") and kind != "scorecard":
        raise ExportError(f"The {kind} needs an engagements file; none of the files loaded as one.")
    if fire_id and kind != "deck":
        raise ExportError("--fire adds a fire's post-mortem to a deck; it does not apply to a " + kind + ".")
    if kind == "deck":
        fire = postmortem.fire_by_id(ws, fire_id) if fire_id else None
        if fire_id and fire is None:
            raise ExportError(f"No reactive work carries the fire id {fire_id!r}; check the spelling.")
        return executive_deck(ws, filters, fire=fire)
    if kind == "summary":
        return summary_file(ws, filters, file_format)
    if every_account:
        return all_scorecards(ws, filters, file_format)
    if not account:
        raise ExportError(
            "A scorecard is for one customer: give --account NAME, or --all for a zip of every account."
        )
    return scorecard_file(ws, find_account(ws, filters, account), filters, file_format)
