"""The Overview's headline numbers, computed once for the page, the executive summary and the CLI.

The page's metric tiles and the file's tiles are both ``headline_kpis`` of the same Scope, so
what a VP reads in the file is what the leader saw on screen; ``summary_section`` is the same
numbers unformatted, for the CLI's JSON.
"""

from __future__ import annotations

from cs_dash import sample_copy
from cs_dash.formatting import money, plural
from cs_dash.metrics import cost, hurtlocker, overview
from cs_dash.metrics.period_compare import tile_deltas
from cs_dash.report import Kpi
from cs_dash.scope import PAST_ARR_NOTE, PAST_RENEWAL_NOTE, Scope, looks_back
from cs_dash.workspace import Workspace

RENEWAL_DAYS = 90


def headline_numbers(ws: Workspace, scope: Scope) -> dict:
    """The raw numbers behind the tiles (money in the settings' currency, shares as fractions)."""
    question = ("headline numbers", repr(scope))
    return dict(sample_copy.kept_or_computed(ws, question, lambda: _headline_numbers(ws, scope)))


def _headline_numbers(ws: Workspace, scope: Scope) -> dict:
    hurt = hurtlocker.totals(ws, scope)
    spend = cost.totals(ws, scope)
    tiers = overview.arr_by_tier(ws, scope)
    renewals = overview.renewals_due(ws, scope, RENEWAL_DAYS)
    return {
        "ratio": hurt["ratio"],
        "ratio_label": hurt["ratio_label"],
        "proactive_share": hurt["proactive_share"],
        "cost": spend["cost"],
        "firefighting_share": spend["firefighting_share"],
        "active_arr": float(tiers["arr"].sum()),
        "active_accounts": int(tiers["accounts"].sum()),
        "renewing_arr": float(renewals["arr"].fillna(0).sum()),
        "renewing_accounts": len(renewals),
    }


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def headline_kpis(ws: Workspace, scope: Scope) -> list[Kpi]:
    """The Overview's metric row, for the page and the executive summary file alike."""
    n = headline_numbers(ws, scope)
    past = looks_back(ws, scope)
    cur = ws.settings.currency
    target = ws.settings.targets.hurtlocker_ratio
    ratio = n["ratio"]
    kpis = [
        Kpi(
            "Hurtlocker ratio",
            # Six tiles share the row: with no ratio to show, the note says why in a chip that
            # fits ("all proactive"), where the words as the value were cut to "All proa…".
            f"{ratio:.2f}" if ratio is not None else "–",
            f"target {target:g} : 1" if ratio is not None else n["ratio_label"],
            None if ratio is None else f"{ratio - target:+.2f} vs target",
            f"Proactive ÷ reactive engagements; the target is {target:g} proactive per reactive.",
        ),
        Kpi("Proactive share", _pct(n["proactive_share"]), "of tagged engagements"),
        Kpi(
            "CS cost",
            money(n["cost"], cur, compact=True),
            "hours × hourly rate",
            help="Hours × hourly rate, in the date range.",
        ),
        Kpi("Firefighting share", _pct(n["firefighting_share"]), "reactive cost ÷ cost"),
        Kpi(
            "Active ARR",
            money(n["active_arr"], cur, compact=True),
            plural(n["active_accounts"], "account") + (f" · {PAST_ARR_NOTE}" if past else ""),
            help="Customers on the as-of date; ARR is each account's ARR as exported.",
        ),
        Kpi(
            f"Renewing in {RENEWAL_DAYS} days",
            money(n["renewing_arr"], cur, compact=True),
            plural(n["renewing_accounts"], "account") + (f" · {PAST_RENEWAL_NOTE}" if past else ""),
            help="Renewal dates are the next renewal as exported.",
        ),
    ]
    colour = {True: "normal", False: "inverse", None: "off"}
    deltas = tile_deltas(ws, scope)
    for kpi, change in ((k, deltas.get(k.label)) for k in kpis):
        if change is not None:  # the previous period of the same length, when a date range gives one
            kpi.delta, kpi.delta_colour = change.text, colour[change.higher_is_better]
            kpi.vs_previous = True
    return kpis


def summary_section(ws: Workspace, scope: Scope) -> dict:
    """The CLI's ``"overview"`` section: the tiles' numbers, unformatted."""
    return headline_numbers(ws, scope)
