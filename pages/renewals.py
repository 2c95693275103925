"""Tiers & renewals: customers and ARR per value tier, and when they come up for renewal."""

import pandas as pd
import streamlit as st

from cs_dash import charts
from cs_dash.charts import tier_colours
from cs_dash.formatting import money, plural
from cs_dash.metrics import renewals, tiers
from cs_dash.metrics.forecast import renewal_forecast
from cs_dash.metrics.health import NO_SCORE_BAND
from cs_dash.plots import customers as plots
from cs_dash.plots import outcomes as outcome_plots
from cs_dash.scope import PAST_ARR_NOTE, PAST_RENEWAL_NOTE
from ui import render, session, sidebar
from ui.render import metric

FORECAST_NOTE = (
    "Assumption: each account renewing in a window churns at the rate its health band churned in the "
    "backtest on the Health page (accounts scored 90 days before they churned or renewed); accounts "
    "without a score, or in a band the backtest never saw, take its overall churn rate. Expected churn "
    "= Σ ARR × that rate; windows are cumulative."
)

ws = session.workspace()
st.title("Tiers & renewals")
if tiers.has_account_values(ws) or render.needs(ws, ("accounts",), "Tiers and renewals"):
    filters = sidebar.current(ws)
    settings = ws.settings
    scope = f"{filters.describe()} · as of {filters.as_of:%d %b %Y}"
    currency = settings.currency
    said = render.escape_md(currency)  # the currency as markdown text shows it (it comes from a file)
    tier_names = [*settings.tiers.names, settings.tiers.no_arr_name]
    colours = tier_colours(list(settings.tiers.names), settings.tiers.no_arr_name)
    band_colours = charts.band_colours(settings.bands, NO_SCORE_BAND)
    method = (
        "by share of accounts (" + " / ".join(f"{s:.0%}" for s in settings.tiers.shares) + ", top first)"
        if settings.tiers.method == "quantile"
        else "by ARR thresholds (" + ", ".join(f"{said}{t:,.0f}" for t in settings.tiers.thresholds) + ")"
    )
    st.caption(
        f"{render.escape_md(scope)}. Customers on the as-of date, tiered {method}; change it in Settings. Windows count "
        "renewals from the as-of date up to N days, both ends included (so 60 includes 30); overdue = "
        "renewal date already passed on an account that is still a customer."
    )

    counts = tiers.tier_counts(ws, filters)
    cols = st.columns(len(counts) or 1)
    for col, row in zip(cols, counts.itertuples(index=False), strict=False):
        metric(
            col,
            str(row.tier),
            plural(row.accounts, "account"),
            f"{money(row.arr, currency)} ARR",
            delta_color="off",
            delta_arrow="off",
        )

    render.past_note(ws, filters, PAST_ARR_NOTE, PAST_RENEWAL_NOTE)

    windows = renewals.windows(ws, filters)
    by_tier = renewals.windows_by_tier(ws, filters)
    left, right = st.columns(2)
    with left:
        render.chart(plots.tier_arr(counts, scope, colours, currency), key="ren_tiers")
    with right:
        render.chart(plots.windows_by_tier(by_tier, scope, colours, tier_names, currency), key="ren_windows")

    st.subheader("Renewal windows")
    shown = windows.assign(window=windows["window"].map(renewals.WINDOW_LABELS))
    pivot = by_tier.pivot_table(
        index="window", columns="tier", values="accounts", aggfunc="sum", fill_value=0
    )
    pivot.index = pivot.index.map(renewals.WINDOW_LABELS)
    shown = shown.merge(pivot, left_on="window", right_index=True, how="left").fillna(0)
    render.table(
        shown,
        "renewal_windows.csv",
        key="ren_windows_csv",
        column_config={
            "window": "Renewal window",
            "accounts": "Accounts",
            "arr": st.column_config.NumberColumn(f"ARR ({currency})", format="localized"),
        },
    )

    st.subheader("Renewal forecast")
    forecast, _ = renewal_forecast(ws, filters)
    render.chart(
        outcome_plots.renewal_forecast(forecast, scope, renewals.WINDOW_LABELS, currency),
        key="ren_forecast",
        definition=FORECAST_NOTE,
    )
    expected = forecast.set_index("window").loc["90"]
    if pd.notna(expected["expected_churn"]):
        st.caption(
            f"Next 90 days: {said}{expected['arr']:,.0f} up for renewal, {said}"
            f"{expected['expected_churn']:,.0f} expected to churn. " + FORECAST_NOTE
        )
    else:
        st.caption(FORECAST_NOTE)

    timeline = renewals.timeline(ws, filters)
    render.chart(
        plots.renewal_timeline(timeline, scope, band_colours, tier_names, currency), key="ren_timeline"
    )

    st.subheader("Every renewal")
    table = renewals.renewal_table(ws, filters)
    render.table(
        table,
        "renewals.csv",
        key="ren_table_csv",
        column_config={
            "account": "Account",
            "tier": "Tier",
            "arr": st.column_config.NumberColumn(f"ARR ({currency})", format="localized"),
            "renewal_date": st.column_config.DateColumn("Renewal date"),
            "days_left": st.column_config.NumberColumn("Days left"),
            "score": st.column_config.ProgressColumn("Health", min_value=0, max_value=100, format="%.1f"),
            "band": st.column_config.TextColumn("Band"),
            "owner_csm": st.column_config.TextColumn("Owner CSM"),
            "last_proactive_touch": st.column_config.DateColumn("Last proactive touch"),
        },
    )
    missing = table[table["renewal_date"].isna()]
    if len(missing):
        st.warning(
            f"{len(missing)} account(s) have no renewal date ({said}{missing['arr'].sum():,.0f} ARR). "
            "They are listed last in the table above; add the dates to the accounts file.",
            icon=":material/event_busy:",
        )
