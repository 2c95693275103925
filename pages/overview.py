"""Overview: the handful of numbers and charts a VP puts in a slide, for the filters in force."""

import pandas as pd
import streamlit as st

from cs_dash import charts
from cs_dash.exec_summary import RATIO_DEFINITION, TIERS_DEFINITION, exec_summary_html, exec_summary_pdf
from cs_dash.formatting import plural
from cs_dash.headline import RENEWAL_DAYS, headline_kpis
from cs_dash.metrics import health, hurtlocker, overview
from cs_dash.plots import team as plots
from ui import render, session, sidebar, snapshot_note
from ui.render import metric

ATTENTION_NOTE = (
    "From the health scorecard's early-warning list: accounts in the lowest band or falling since the "
    "last month end, largest ARR first. The full list and each score's breakdown are on Health."
)

CHART_HEIGHT = 235


def _height(rows) -> int:
    """A header and up to five rows, without scrolling or empty rows."""
    return 35 * (1 + max(1, min(len(rows), 5))) + 3


ws = session.workspace()
st.header("Overview", anchor=False)
if render.needs(ws, ("engagements",), "The overview"):
    filters = sidebar.current(ws)
    scope = filters.describe()
    cur = ws.settings.currency
    targets = ws.settings.targets
    st.caption(
        f"{render.escape_md(scope)} · as of {filters.as_of:%d %b %Y}. With a date range, the tiles compare "
        "it with the period of the same length just before it."
    )

    hurt_data = hurtlocker.page_data(ws, filters, "month", top_accounts=0)
    renewals = overview.renewals_due(ws, filters, RENEWAL_DAYS)
    kpis = headline_kpis(ws, filters)
    for col, kpi in zip(st.columns(len(kpis)), kpis, strict=True):
        metric(
            col, kpi.label, kpi.value, kpi.delta or kpi.note or None, help=kpi.help or None,
            delta_color=kpi.delta_colour if kpi.delta else "off", delta_arrow="auto" if kpi.delta else "off",
        )  # fmt: skip
    snapshot_note.overview_note(ws, filters)

    left, right = st.columns([3, 2])
    with left:
        trend = hurt_data["trend"]
        figure = plots.ratio_trend(
            trend, scope, targets.hurtlocker_ratio, "month", CHART_HEIGHT, by_minutes=False
        )
        render.chart(figure, key="ov_trend", definition=RATIO_DEFINITION)
    with right:
        bands = health.band_distribution(ws, filters)
        band_colours = charts.band_colours(ws.settings.bands, health.NO_SCORE_BAND)
        figure = plots.arr_by_tier_and_band(
            bands, scope, overview.tier_order(ws), band_colours, cur, CHART_HEIGHT
        )
        render.chart(figure, key="ov_tiers", definition=TIERS_DEFINITION)

    one_csm = len(filters.csms) == 1
    columns = {
        "account": st.column_config.TextColumn("Account"),
        "tier": st.column_config.TextColumn("Tier", width="small"),
        "owner": st.column_config.TextColumn("CSM"),
        "arr": st.column_config.NumberColumn("ARR", format=f"{cur}%,.0f"),
        "csm": st.column_config.TextColumn("CSM"),
        "score": st.column_config.NumberColumn("Health", format="%.0f", width="small"),
        "reason": st.column_config.TextColumn("Why"),
        "renewal_date": st.column_config.DateColumn("Renewal", format="D MMM YY"),
        "days_left": st.column_config.NumberColumn("Days", help="Days to renewal", width="small"),
    }
    left, right = st.columns([27, 23])
    with left:
        st.markdown("**Accounts needing attention**")
        attention = health.early_warning(ws, filters).head(5)
        shown = ["account"] + (["tier"] if one_csm else ["csm"]) + ["arr", "score", "reason"]
        st.dataframe(
            attention[shown],
            hide_index=True,
            width="stretch",
            height=_height(attention),
            column_config=columns,
        )
        st.caption(ATTENTION_NOTE)
    with right:
        st.markdown("**Largest renewals in the next 90 days**")
        top = (
            renewals.sort_values("arr", ascending=False, na_position="last")
            .head(5)
            .sort_values("renewal_date")
        )
        top = top.assign(renewal_date=pd.to_datetime(top["renewal_date"]))
        shown = ["account"] + ([] if one_csm else ["owner"]) + ["arr", "renewal_date", "days_left"]
        st.dataframe(top[shown], hide_index=True, width="stretch", height=_height(top), column_config=columns)
        st.caption(
            (
                f"The five largest of {len(renewals):,} renewals due"
                if len(renewals) > 5
                else f"{plural(len(renewals), 'renewal')} due"
            )
            + "; the full list is on Tiers & renewals."
        )

    pdf, page = st.columns(2)
    with pdf:
        render.prepared_download(
            "executive summary (PDF)",
            lambda: exec_summary_pdf(ws, filters),
            file_name=f"cs-summary-{filters.as_of:%Y-%m-%d}.pdf",
            mime="application/pdf",
            key="ov_summary_pdf",
            stamp=(filters, ws.settings),
        )
    with page:
        render.prepared_download(
            "executive summary (HTML)",
            lambda: exec_summary_html(ws, filters),
            file_name=f"cs-summary-{filters.as_of:%Y-%m-%d}.html",
            mime="text/html",
            key="ov_summary",
            stamp=(filters, ws.settings),
        )
