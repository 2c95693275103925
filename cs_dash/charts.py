"""Plotly figures in one house style: data frame in, figure out, no I/O.

Colours are fixed so proactive/reactive, tiers and health bands look the same on every page
and in every screenshot.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

PROACTIVE = "#1B7F79"
REACTIVE = "#D9534F"
TIER_COLOURS = ["#1F3A93", "#4A78C2", "#8FB3E8", "#C9D9F2"]
NO_TIER_COLOUR = "#B0B0B0"
TARGET_COLOUR = "#333333"
NEUTRAL = "#5B6770"
UNTAGGED = "#B0B0B0"
# Proactive share heat maps: reactive red through white to proactive teal.
SHARE_SCALE = [[0.0, REACTIVE], [0.5, "#F7F7F7"], [1.0, PROACTIVE]]
AXIS_COLOUR = "#9AA5B1"
# What became of the account after a fire (costliest fires, fires by outcome).
OUTCOME_COLOURS = {"Churned": "#7A1F1C", "Still a customer": NEUTRAL, "Unknown": UNTAGGED}

# Onboarding, outcomes and plans (``cs_dash.plots.drivers``).
PROVISION_COLOUR = "#4A78C2"
VALUE_COLOUR = PROACTIVE
ADOPTION_COLOUR = "#7D5BA6"
SATISFACTION_COLOUR = "#E0A100"
EVENTS_COLOUR = "#C9D9F2"
NPS_COLOUR = "#1F3A93"
KIND_COLOURS = {
    "new": "#4A78C2",
    "renewal": PROACTIVE,
    "expansion": "#2E8B57",
    "contraction": "#E0A100",
    "churn": REACTIVE,
}
RETENTION_COLOURS = {"grr": "#1F3A93", "nrr": "#2E8B57", "logo_churn": REACTIVE}
RETAINED_CHURNED_COLOURS = {"Retained": PROACTIVE, "Churned": REACTIVE}
FRESHNESS_COLOURS = ["#2E8B57", "#8DBF6A", "#E0A100", "#C0392B", "#B0B0B0"]
GROUP_PALETTE = ("#1F3A93", "#4A78C2", "#8FB3E8", "#7D5BA6", "#E0A100", NEUTRAL, "#2E8B57", "#C9D9F2")

# The fire post-mortem (``cs_dash.plots.postmortem``): warning signs, and shades of reactive per type.
SIGN_COLOUR = "#E0A100"
SIGN_EDGE_COLOUR = "#7A5A00"
FIRE_TYPE_COLOURS = ["#D9534F", "#A23B38", "#F08A84", "#7A1F1C", "#F4B6B2", "#5B6770"]

NOTHING_TO_SHOW = "Nothing to show for these filters"
ALL_ZERO = "Every value is zero for these filters"
# Traces whose value is a length from zero: a bar of 0 draws nothing.
LENGTH_TRACES = frozenset({"bar", "funnel", "waterfall"})

# Download-as-PNG from the chart's own toolbar, at twice the screen resolution for slides.
PLOTLY_CONFIG = {
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 2},
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
}

TEMPLATE = go.layout.Template(
    layout=go.Layout(
        font=dict(family="Inter, Segoe UI, Helvetica, Arial, sans-serif", size=14, color="#1F2933"),
        title=dict(font=dict(size=18), x=0, xanchor="left"),
        paper_bgcolor="white",
        plot_bgcolor="white",
        colorway=[PROACTIVE, REACTIVE, "#4A78C2", "#E0A100", "#7D5BA6", NEUTRAL],
        xaxis=dict(showgrid=False, linecolor=AXIS_COLOUR, ticks="outside", title_standoff=8),
        yaxis=dict(gridcolor="#E4E7EB", zerolinecolor=AXIS_COLOUR, title_standoff=8),
        legend=dict(
            orientation="h",
            yanchor="bottom",
            y=1.01,
            xanchor="right",
            x=1,
            title_text="",
            traceorder="normal",
        ),
        margin=dict(l=60, r=20, t=78, b=50),
        bargap=0.25,
        hoverlabel=dict(font_size=13),
    )
)
pio.templates["cs_dash"] = TEMPLATE
# Every new figure starts in the house template. Plotly's own default is a large template that
# each new figure copied and ``style`` then replaced: most of a small chart's cost on each rerun.
pio.templates.default = "cs_dash"


def tier_colours(names: list[str], no_arr_name: str = "No ARR") -> dict[str, str]:
    """Fixed colour per tier name, in tier order."""
    colours = {name: TIER_COLOURS[i % len(TIER_COLOURS)] for i, name in enumerate(names)}
    colours[no_arr_name] = NO_TIER_COLOUR
    return colours


def band_colours(bands, no_score_name: str) -> dict[str, str]:
    """Each health band in the colour the leader gave it (settings), and grey for "no score"."""
    return {b.name: b.colour for b in bands} | {no_score_name: NO_TIER_COLOUR}


def stacked_cells(
    df, series_column: str, series, along_column: str, along: list[str], columns: tuple[str, ...]
) -> dict[str, dict[str, list[float | None]]]:
    """``df``'s rows as each series' values along the axis, in one pass, for a stacked bar chart.

    One trace per value of ``series_column`` (a health band, a tier) and one bar per value of
    ``along_column`` (a tier, a renewal window): ``cells[series][column]`` lists the column's sum
    for each of ``along`` in order, None where the series has no row. Series not in ``series``
    and rows off the axis are left out. Selecting each series' rows from the frame in turn cost
    more than the rest of the chart.
    """
    place = {value: i for i, value in enumerate(along)}
    wanted = set(series)
    cells: dict[str, dict[str, list[float | None]]] = {}
    for row in df[[series_column, along_column, *columns]].itertuples(index=False):
        name, where, *values = row
        if name not in wanted or where not in place:
            continue
        per_column = cells.setdefault(name, {c: [None] * len(along) for c in columns})
        for column, value in zip(columns, values, strict=True):
            if value is None or value != value:  # missing, or NaN
                continue
            have = per_column[column][place[where]]
            per_column[column][place[where]] = float(value) + (have or 0.0)
    return cells


def escape_text(text: object) -> str:
    """Text Plotly shows as itself: ``&``, ``<`` and ``>`` escaped, quotes left alone.

    Plotly renders a subset of HTML in titles, labels, legends and hovers, but decodes only a few
    entities; ``&quot;`` would show as those six characters.
    """
    return html.escape(str(text), quote=False)


def titled(title: str, scope: str) -> str:
    """A chart title that says what and for which filters.

    Both parts can carry names from uploads, and Plotly renders a subset of HTML in titles
    (links included), so both are escaped here, once for every chart.
    """
    return f"{escape_text(title)}<br><sup>{escape_text(scope)}</sup>"


def style(
    fig: go.Figure,
    title: str,
    scope: str,
    x_title: str | None = None,
    y_title: str | None = None,
    height: int = 420,
    empty_message: str | None = None,
) -> go.Figure:
    """Apply the house template, a two-line title and axis labels; escape names from uploads.

    A figure that would draw no data (no trace, every value missing, every bar of length 0)
    says so in a sentence in place of an empty frame: ``empty_message``, or what was found.
    """
    message = empty_message or (None if _says_why(fig) else nothing_drawn(fig))
    if message is not None:
        _say_instead(fig, message)
    escape_categories(fig)
    # Properties are set one by one: each ``update_*`` call costs more than the setting itself.
    if pio.templates.default != "cs_dash":  # only if other code changed the default since
        fig.layout.template = "cs_dash"
    fig.layout.title.text = titled(title, scope)
    fig.layout.height = height
    for axes, axis_title in (("xaxis", x_title), ("yaxis", y_title)):
        if axis_title is not None:  # may name the settings' currency
            for axis in layout_axes(fig, axes):
                axis.title.text = escape_text(axis_title)
    return fig


def layout_axes(fig: go.Figure, kind: str) -> list:
    """Every x (``kind`` "xaxis") or y ("yaxis") axis of the figure, as ``fig.select_xaxes()`` lists them.

    Plotly's own selection walks the whole layout; the figure already knows the numbered axes it
    has beside the first (a figure with subplots), so they are read from there when it says so.
    """
    numbered = getattr(fig.layout, "_subplotid_props", None)
    if numbered is None:  # a Plotly that keeps them elsewhere
        return list(fig.select_xaxes() if kind == "xaxis" else fig.select_yaxes())
    more = sorted(
        (p for p in numbered if p.startswith(kind) and p[len(kind) :].isdigit()),
        key=lambda p: int(p[len(kind) :]),
    )
    return [fig.layout[name] for name in (kind, *more)]


def add_target(fig: go.Figure, value: float | None, label: str, axis: str = "y") -> go.Figure:
    """A dashed target line across the plot (horizontal on ``y``, vertical on ``x``) with its label.

    Drawn as the shape and annotation ``add_hline`` / ``add_vline`` would add to a one-plot figure:
    those walk every axis of the figure first, which cost more than the rest of a trend chart.
    """
    if value is None:
        return fig
    line = dict(color=TARGET_COLOUR, width=2, dash="dash")
    font = dict(color=TARGET_COLOUR)
    if axis == "y":
        fig.add_shape(type="line", line=line, x0=0, x1=1, xref="x domain", y0=value, y1=value, yref="y")
        fig.add_annotation(
            text=label, font=font, showarrow=False, x=0, xanchor="left", xref="x domain",
            y=value, yanchor="bottom", yref="y",
        )  # fmt: skip
    else:
        fig.add_shape(type="line", line=line, x0=value, x1=value, xref="x", y0=0, y1=1, yref="y domain")
        fig.add_annotation(
            text=label, font=font, showarrow=False, x=value, xanchor="left", xref="x",
            y=1, yanchor="bottom", yref="y domain",
        )  # fmt: skip
    return fig


def empty_figure(title: str, scope: str, message: str, height: int = 320) -> go.Figure:
    """A chart-shaped message for a view whose filters leave nothing to draw."""
    return style(go.Figure(), title, scope, height=height, empty_message=message)


def _say_instead(fig: go.Figure, message: str) -> None:
    """Replace what the figure would draw by ``message`` in the middle of the chart."""
    fig.data = ()
    fig.layout.shapes = ()
    fig.layout.annotations = ()
    fig.add_annotation(text=escape_text(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font=dict(size=15, color=NEUTRAL))  # fmt: skip
    fig.layout.showlegend = False
    for axis in (*layout_axes(fig, "xaxis"), *layout_axes(fig, "yaxis")):
        axis.visible = False


def _says_why(fig: go.Figure) -> bool:
    """Whether the figure carries its own sentence on the page (not tied to an axis, as a target's label is)."""
    return any(note.text and note.xref == "paper" and note.yref == "paper" for note in fig.layout.annotations)


def nothing_drawn(fig: go.Figure) -> str | None:
    """Why the figure would draw no data, in a sentence; None when some trace draws a point or bar."""
    if any(trace_draws(trace) for trace in fig.data):
        return None
    if any(_has_zero_lengths(trace) for trace in fig.data):
        return ALL_ZERO
    return NOTHING_TO_SHOW


def trace_draws(trace) -> bool:
    """Whether the trace puts at least one visible mark on the chart."""
    if trace.visible in (False, "legendonly"):
        return False
    kind = trace.type
    if kind in LENGTH_TRACES:
        lengths = _numbers(trace.x if trace.orientation == "h" else trace.y)
        return bool(np.any(np.isfinite(lengths) & (lengths != 0)))
    if kind in ("heatmap", "contour"):
        return bool(np.any(np.isfinite(_numbers(trace.z))))
    if kind == "pie":
        return bool(np.any(_numbers(trace["values"]) > 0))
    if kind.startswith("scatter"):
        return _any_point(trace.x, trace.y)
    return any(_present(trace[attr]).any() for attr in ("x", "y", "z", "values") if attr in trace)


def _has_zero_lengths(trace) -> bool:
    if trace.type not in LENGTH_TRACES:
        return False
    return bool(np.any(_numbers(trace.x if trace.orientation == "h" else trace.y) == 0))


def _numbers(values) -> np.ndarray:
    """The values as floats, NaN where missing or not a number."""
    if values is None:
        return np.empty(0)
    array = np.asarray(values).ravel()
    if array.dtype.kind in "fiub":
        return array.astype(float)
    return pd.to_numeric(pd.Series(array, dtype=object), errors="coerce").to_numpy(dtype=float)


def _present(values) -> np.ndarray:
    """Per value, whether it is there (not None, not NaN): a number, a date or a name."""
    if values is None:
        return np.zeros(0, dtype=bool)
    return pd.notna(pd.Series(np.asarray(values, dtype=object).ravel())).to_numpy()


def _any_point(xs, ys) -> bool:
    """Whether some point has both its coordinates (a trace given only one has only that one)."""
    if xs is None or ys is None:
        return bool(_present(ys if xs is None else xs).any())
    x_there, y_there = _present(xs), _present(ys)
    both = min(len(x_there), len(y_there))
    return bool((x_there[:both] & y_there[:both]).any())


def _escaped(values):
    if values is None or isinstance(values, str):
        return values
    items = list(values)
    if not any(isinstance(v, str) for v in items):
        return values
    return [escape_text(v) if isinstance(v, str) else v for v in items]


def escape_categories(fig: go.Figure) -> go.Figure:
    """Escape the text Plotly would render as HTML on axes and in legends.

    Category labels (account, CSM, tier, feature names) and trace names come from uploads and
    settings; Plotly renders a subset of HTML in them, links included. Category orders set on the
    axes are escaped the same way so they still match.
    """
    for trace in fig.data:
        for attr in ("x", "y"):
            if attr in trace:
                escaped = _escaped(trace[attr])
                if escaped is not trace[attr]:
                    trace[attr] = escaped
        if getattr(trace, "name", None):
            trace.name = escape_text(trace.name)
    for layout_axis in (*layout_axes(fig, "xaxis"), *layout_axes(fig, "yaxis")):
        if layout_axis.categoryarray is not None:
            layout_axis.categoryarray = _escaped(layout_axis.categoryarray)
    return fig
