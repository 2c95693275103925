"""Overview: the handful of numbers and charts a VP puts in a slide, for the filters in force."""

import streamlit as st

from cs_dash import charts, formatting
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


def _short_day(value) -> str:
    """'18 Dec 26': a renewal date that fits its narrow column."""
    return (
        formatting.MISSING if formatting.is_missing(value) else f"{value.day}\u00a0{value:%b}\u00a0{value:%y}"
    )


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
    money = formatting.money_formatter(cur)
    columns = {
        "account": ("Account", formatting.text),
        "tier": ("Tier", formatting.text),
        "owner": ("CSM", formatting.text),
        "csm": ("CSM", formatting.text),
        "arr": ("ARR", money),
        "score": ("Health", formatting.whole),
        "reason": ("Why", formatting.text),
        "renewal_date": ("Renewal", _short_day),
        "days_left": ("Days", formatting.whole),
    }
    numbers = ("ARR", "Health", "Renewal", "Days")
    left, right = st.columns([27, 23])
    with left:
        st.markdown("**Accounts needing attention**")
        attention = health.early_warning(ws, filters, first=5)
        shown = ["account"] + (["tier"] if one_csm else ["csm"]) + ["arr", "score", "reason"]
        render.small_table(
            formatting.table(attention[shown], columns), right=numbers,
            empty="No account is in the lowest band or falling.",
        )  # fmt: skip
        st.caption(ATTENTION_NOTE)
    with right:
        st.markdown("**Largest renewals in the next 90 days**")
        top = (
            renewals.sort_values("arr", ascending=False, na_position="last")
            .head(5)
            .sort_values("renewal_date")
        )
        shown = ["account"] + ([] if one_csm else ["owner"]) + ["arr", "renewal_date", "days_left"]
        render.small_table(
            formatting.table(top[shown], columns), right=numbers,
            empty=f"No renewal is due in the next {RENEWAL_DAYS} days.",
        )  # fmt: skip
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
