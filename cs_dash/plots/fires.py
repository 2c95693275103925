"""The costliest-fires chart: one bar per fire id, and reactive work without one as its own bar."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from cs_dash import charts
from cs_dash.charts import empty_figure, escape_text, style
from cs_dash.metrics.fires import WITHOUT_FIRE_ID

NO_ID_COLOUR = charts.UNTAGGED
OFF_SCALE = 3  # the work without a fire id runs off the axis when it is this many times the costliest fire


def _label(row) -> str:
    if row["without_fire_id"]:
        return f"{WITHOUT_FIRE_ID} ({row['accounts']:,} accounts)"
    return f"{row['fire']} · {row['account']}"


def costliest_fires(df: pd.DataFrame, scope: str, currency: str = "$", height: int = 380) -> go.Figure:
    """Fires by cost, coloured by what became of the account; the work without a fire id in grey, last."""
    title = "The fires that cost most"
    costed = df[df["cost"].fillna(0) > 0]
    if costed.empty:
        return empty_figure(title, scope, "No reactive work with a duration for these filters")
    costed = costed.iloc[::-1]  # horizontal bars draw bottom-up: costliest fire on top
    labels = [_label(row) for _, row in costed.iterrows()]
    fig = go.Figure()
    colours = {**charts.OUTCOME_COLOURS, WITHOUT_FIRE_ID: NO_ID_COLOUR}
    kinds = [
        WITHOUT_FIRE_ID if no_id else outcome
        for no_id, outcome in zip(costed["without_fire_id"], costed["outcome"], strict=True)
    ]
    fire_costs = costed.loc[~costed["without_fire_id"].astype(bool), "cost"]
    largest_fire = float(fire_costs.max()) if len(fire_costs) else 0.0
    largest = float(costed["cost"].max())
    # One lump of small jobs can dwarf every fire; then the axis fits the fires and the lump's bar
    # runs off it, its amount written on it at the right edge.
    off_scale = largest_fire > 0 and largest > OFF_SCALE * largest_fire
    top = largest_fire if off_scale else largest
    for kind, colour in colours.items():
        mask = [k == kind for k in kinds]
        if not any(mask):
            continue
        off = off_scale and kind == WITHOUT_FIRE_ID
        fig.add_bar(
            name="Without a fire id" if kind == WITHOUT_FIRE_ID else kind,
            x=costed["cost"][mask],
            y=[label for label, keep in zip(labels, mask, strict=True) if keep],
            customdata=costed[["engagements", "hours"]][mask],
            orientation="h",
            marker_color=colour,
            text=[f"{currency}{v:,.0f}" for v in costed["cost"][mask]],
            textposition="none" if off else "outside",
            cliponaxis=False,
            hovertemplate="<b>%{y}</b><br>" + currency + "%{x:,.0f} · %{customdata[0]:,} engagements · "
            "%{customdata[1]:,.1f} h<extra>%{fullData.name}</extra>",
        )
    if off_scale:
        lump = costed[costed["without_fire_id"].astype(bool)].iloc[0]
        fig.add_annotation(
            x=1, xref="paper", y=escape_text(_label(lump)), yref="y", xanchor="right", showarrow=False,
            text=f"{escape_text(currency)}{lump['cost']:,.0f} (off the scale) →", font=dict(color=charts.TARGET_COLOUR),
        )  # fmt: skip
    fig.update_yaxes(categoryorder="array", categoryarray=labels, automargin=True)
    fig.update_xaxes(tickprefix=currency, tickformat=",.0f", range=[0, top * 1.25])  # room for the labels
    return style(
        fig, title, scope, f"Reactive cost ({currency})", None, height=max(height, 90 + 26 * len(costed))
    )
