"""The costliest-fires chart: one bar per fire id, and reactive work without one as its own bar."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from cs_dash import charts
from cs_dash.charts import empty_figure, style
from cs_dash.metrics.fires import WITHOUT_FIRE_ID

NO_ID_COLOUR = charts.UNTAGGED


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
    for kind, colour in colours.items():
        mask = [k == kind for k in kinds]
        if not any(mask):
            continue
        fig.add_bar(
            name="Without a fire id" if kind == WITHOUT_FIRE_ID else kind,
            x=costed["cost"][mask],
            y=[label for label, keep in zip(labels, mask, strict=True) if keep],
            customdata=costed[["engagements", "hours"]][mask],
            orientation="h",
            marker_color=colour,
            text=[f"{currency}{v:,.0f}" for v in costed["cost"][mask]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="<b>%{y}</b><br>" + currency + "%{x:,.0f} · %{customdata[0]:,} engagements · "
            "%{customdata[1]:,.1f} h<extra>%{fullData.name}</extra>",
        )
    fig.update_yaxes(categoryorder="array", categoryarray=labels, automargin=True)
    fig.update_xaxes(tickprefix=currency, tickformat=",.0f")
    return style(
        fig, title, scope, f"Reactive cost ({currency})", None, height=max(height, 90 + 26 * len(costed))
    )
