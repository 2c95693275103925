"""The executive summary as one self-contained HTML or PDF file, for the filters in force.

The same numbers and charts as the Overview page, built from the same metrics, so what a VP
reads in the file is what the leader saw on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from cs_dash import formatting as fmt
from cs_dash.charts import band_colours
from cs_dash.headline import RENEWAL_DAYS, headline_kpis
from cs_dash.metrics import health, hurtlocker, overview, postmortem
from cs_dash.pdf import html_to_pdf
from cs_dash.plots import postmortem as postmortem_plots
from cs_dash.plots import team as plots
from cs_dash.report import ChartRenderer, Kpi, Section, build_html
from cs_dash.scope import Scope
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


def file_kpis(ws: Workspace, scope: Scope) -> list[Kpi]:
    """The Overview's tiles for a file: a file shows no coloured change, so a change from the previous
    period joins the note."""
    kpis = headline_kpis(ws, scope)
    for kpi in kpis:
        if kpi.vs_previous:
            kpi.note = f"{kpi.note} · {kpi.delta}" if kpi.note else str(kpi.delta)
        kpi.delta = None
    return kpis


def subtitle(filters: Scope) -> str:
    """The filters and the as-of date, as the file's first line under its title."""
    scope = filters.describe()
    return f"{scope} · as of {filters.as_of:%d %b %Y}" if filters.as_of else scope


def summary_charts(ws: Workspace, filters: Scope) -> list[Chart]:
    """The Overview's charts, each with its definition."""
    scope = filters.describe()
    settings = ws.settings
    trend = hurtlocker.page_data(ws, filters, "month", top_accounts=0)["trend"]
    bands = health.band_distribution(ws, filters)
    colours = band_colours(settings.bands, health.NO_SCORE_BAND)
    ratio = plots.ratio_trend(trend, scope, settings.targets.hurtlocker_ratio, "month", by_minutes=False)
    tiers = plots.arr_by_tier_and_band(bands, scope, overview.tier_order(ws), colours, settings.currency)
    return [Chart(ratio, RATIO_DEFINITION), Chart(tiers, TIERS_DEFINITION)]


def postmortem_charts(
    ws: Workspace, filters: Scope, fire: postmortem.Fire, found: postmortem.Report | None = None
) -> list[Chart]:
    """The fire post-mortem's two charts: the run-up and the work, and prevention vs cure."""
    scope = filters.describe()
    currency = ws.settings.currency
    r = found or postmortem.report(ws, fire)
    return [
        Chart(
            postmortem_plots.fire_timeline(r.scores, r.signs, r.work, fire.label, scope, currency),
            postmortem.TIMELINE_DEFINITION,
        ),
        Chart(
            postmortem_plots.prevention_vs_cure(r.summary, fire.label, scope, currency),
            postmortem.PREVENTION_DEFINITION,
        ),
    ]


def _tables(ws: Workspace, filters: Scope) -> tuple:
    money = fmt.money_formatter(ws.settings.currency)
    attention = health.early_warning(ws, filters, first=10)
    renewals = overview.renewals_due(ws, filters, RENEWAL_DAYS).sort_values("arr", ascending=False).head(10)
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


def exec_summary_html(ws: Workspace, filters: Scope, render: ChartRenderer | None = None) -> str:
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
        file_kpis(ws, filters),
        sections,
        generated_on=filters.as_of,
        render=render,
    )


def exec_summary_pdf(ws: Workspace, filters: Scope, render: ChartRenderer | None = None) -> bytes:
    """The executive summary as a PDF (A4 landscape)."""
    return html_to_pdf(exec_summary_html(ws, filters, render))


def executive_deck(
    ws: Workspace,
    filters: Scope,
    charts: list[Chart] | None = None,
    render: ChartRenderer | None = None,
    fire: postmortem.Fire | None = None,
) -> bytes:
    """The executive deck (PPTX): title, headline tiles, then the given charts (the Overview's by
    default), then the post-mortem of ``fire`` when one is given."""
    from cs_dash.deck import Slide, build_deck  # deferred: python-pptx is only needed for decks

    chosen = summary_charts(ws, filters) if charts is None else charts
    if fire is not None:
        chosen = [*chosen, *postmortem_charts(ws, filters, fire)]
    return build_deck(
        "Customer Success executive review",
        subtitle(filters),
        file_kpis(ws, filters),
        [Slide(c.figure, c.definition) for c in chosen],
        as_of=filters.as_of,
        render=render,
    )
