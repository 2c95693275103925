"""The executive summary as one self-contained HTML file, for the filters in force.

The same numbers and charts as the Overview page, built from the same metrics, so what a VP
reads in the file is what the leader saw on screen.
"""

from __future__ import annotations

from cs_dash.charts import band_colours
from cs_dash.headline import headline_kpis
from cs_dash.metrics import health, hurtlocker, overview
from cs_dash.plots import team as plots
from cs_dash.report import Section, build_html
from cs_dash.scope import Scope
from cs_dash.workspace import Workspace


def exec_summary_html(ws: Workspace, filters: Scope) -> str:
    """The whole executive summary as one HTML document."""
    scope = filters.describe()
    settings = ws.settings
    trend = hurtlocker.page_data(ws, filters, "month", top_accounts=0)["trend"]
    bands = health.band_distribution(ws, filters)
    colours = band_colours(settings.bands, health.NO_SCORE_BAND)
    attention = health.early_warning(ws, filters).head(10)
    renewals = overview.renewals_due(ws, filters, 90).sort_values("arr", ascending=False).head(10)
    sections = [
        Section(
            "Proactive vs reactive, and revenue by health",
            figures=[
                plots.ratio_trend(trend, scope, settings.targets.hurtlocker_ratio, "month", by_minutes=False),
                plots.arr_by_tier_and_band(bands, scope, overview.tier_order(ws), colours, settings.currency),
            ],
        ),
        Section(
            "Accounts needing attention",
            "At risk, or falling 10 points or more since the last month end; largest ARR first.",
            tables=[attention[["account", "tier", "csm", "arr", "score", "band", "reason"]]],
        ),
        Section(
            "Largest renewals in the next 90 days",
            tables=[renewals[["account", "owner", "arr", "renewal_date", "days_left"]]],
        ),
    ]
    subtitle = f"{scope} · as of {filters.as_of:%d %b %Y}" if filters.as_of else scope
    return build_html(
        "Customer Success executive summary",
        subtitle,
        headline_kpis(ws, filters),
        sections,
        generated_on=filters.as_of,
    )
