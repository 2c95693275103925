"""The executive summary as one self-contained HTML or PDF file, for the filters in force.

The same numbers and charts as the Overview page, built from the same metrics, so what a VP
reads in the file is what the leader saw on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from cs_dash import formatting as fmt
from cs_dash.charts import NO_TIER_COLOUR, money, plural
from cs_dash.filters import Filters
from cs_dash.metrics import cost, health, hurtlocker, overview
from cs_dash.metrics.period_compare import tile_deltas
from cs_dash.pdf import html_to_pdf
from cs_dash.plots import team as plots
from cs_dash.report import ChartRenderer, Kpi, Section, build_html
from cs_dash.workspace import Workspace

TITLE = "Customer Success executive summary"
RATIO_DEFINITION = (
    "Hurtlocker ratio = proactive engagements ÷ reactive engagements, per month, against the "
    "leader's target. Above the line the team prevents more than it fights."
)
TIERS_DEFINITION = (
    "Annual recurring revenue of active accounts per value tier, split by each account's health "
    "band on the as-of date (Healthy, Watch, At risk; no score when no measure has data)."
)


@dataclass
class Chart:
    """A chart for a file: the figure and the definition a reader needs beside it."""

    figure: go.Figure
    definition: str


def headline_kpis(ws: Workspace, filters: Filters) -> list[Kpi]:
    """The Overview's metric row as report tiles."""
    cur = ws.settings.currency
    target = ws.settings.targets.hurtlocker_ratio
    hurt = hurtlocker.totals(ws, filters)
    spend = cost.totals(ws, filters)
    tiers = overview.arr_by_tier(ws, filters)
    renewals = overview.renewals_due(ws, filters, 90)
    ratio = hurt["ratio"]
    share = hurt["proactive_share"]
    fire_share = spend["firefighting_share"]
    kpis = [
        Kpi(
            "Hurtlocker ratio",
            f"{ratio:.2f}" if ratio is not None else hurt["ratio_label"].capitalize(),
            f"target {target:g} proactive per reactive",
        ),
        Kpi("Proactive share", "–" if share is None else f"{share:.0%}", "of tagged engagements"),
        Kpi("CS cost", money(spend["cost"], cur, compact=True), "hours × hourly rate"),
        Kpi("Firefighting share", "–" if fire_share is None else f"{fire_share:.0%}", "reactive cost ÷ cost"),
        Kpi(
            "Active ARR",
            money(tiers["arr"].sum(), cur, compact=True),
            plural(int(tiers["accounts"].sum()), "account"),
        ),
        Kpi(
            "Renewing in 90 days",
            money(renewals["arr"].fillna(0).sum(), cur, compact=True),
            plural(len(renewals), "account"),
        ),
    ]
    deltas = tile_deltas(ws, filters)
    for kpi in kpis:
        if kpi.label in deltas:
            kpi.note = f"{kpi.note} · {deltas[kpi.label].text}"
    return kpis


def subtitle(filters: Filters) -> str:
    """The filters and the as-of date, as the file's first line under its title."""
    scope = filters.describe()
    return f"{scope} · as of {filters.as_of:%d %b %Y}" if filters.as_of else scope


def summary_charts(ws: Workspace, filters: Filters) -> list[Chart]:
    """The Overview's charts, each with its definition."""
    scope = filters.describe()
    settings = ws.settings
    trend = hurtlocker.page_data(ws, filters, "month", top_accounts=0)["trend"]
    bands = health.band_distribution(ws, filters)
    band_colours = {b.name: b.colour for b in settings.bands} | {health.NO_SCORE_BAND: NO_TIER_COLOUR}
    ratio = plots.ratio_trend(trend, scope, settings.targets.hurtlocker_ratio, "month", by_minutes=False)
    tiers = plots.arr_by_tier_and_band(bands, scope, overview.tier_order(ws), band_colours, settings.currency)
    return [Chart(ratio, RATIO_DEFINITION), Chart(tiers, TIERS_DEFINITION)]


def _tables(ws: Workspace, filters: Filters) -> tuple:
    money = fmt.money_formatter(ws.settings.currency)
    attention = health.early_warning(ws, filters).head(10)
    renewals = overview.renewals_due(ws, filters, 90).sort_values("arr", ascending=False).head(10)
    attention_table = fmt.table(
        attention,
        {
            "account": ("Account", fmt.text),
            "tier": ("Tier", fmt.text),
            "csm": ("CSM", fmt.text),
            "arr": ("ARR", money),
            "score": ("Health", fmt.whole),
            "band": ("Band", fmt.text),
            "reason": ("Why", fmt.text),
        },
    )
    renewals_table = fmt.table(
        renewals,
        {
            "account": ("Account", fmt.text),
            "owner": ("CSM", fmt.text),
            "arr": ("ARR", money),
            "renewal_date": ("Renewal", fmt.day),
            "days_left": ("Days left", fmt.whole),
        },
    )
    return attention_table, renewals_table


def exec_summary_html(ws: Workspace, filters: Filters, render: ChartRenderer | None = None) -> str:
    """The whole executive summary as one HTML document, charts as images."""
    attention, renewals = _tables(ws, filters)
    sections = [
        Section(
            "Proactive vs reactive, and revenue by health",
            figures=[chart.figure for chart in summary_charts(ws, filters)],
        ),
        Section(
            "Accounts needing attention",
            "At risk, or falling 10 points or more since the last month end; largest ARR first.",
            tables=[attention],
        ),
        Section("Largest renewals in the next 90 days", tables=[renewals]),
    ]
    return build_html(
        TITLE,
        subtitle(filters),
        headline_kpis(ws, filters),
        sections,
        generated_on=filters.as_of,
        render=render,
    )


def exec_summary_pdf(ws: Workspace, filters: Filters, render: ChartRenderer | None = None) -> bytes:
    """The executive summary as a PDF (A4 landscape)."""
    return html_to_pdf(exec_summary_html(ws, filters, render))


def executive_deck(
    ws: Workspace,
    filters: Filters,
    charts: list[Chart] | None = None,
    render: ChartRenderer | None = None,
) -> bytes:
    """The executive deck (PPTX): title, headline tiles, then the given charts (the Overview's by default)."""
    from cs_dash.deck import Slide, build_deck  # deferred: python-pptx is only needed for decks

    chosen = summary_charts(ws, filters) if charts is None else charts
    return build_deck(
        "Customer Success executive review",
        subtitle(filters),
        headline_kpis(ws, filters),
        [Slide(c.figure, c.definition) for c in chosen],
        as_of=filters.as_of,
        render=render,
    )
