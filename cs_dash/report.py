"""Self-contained HTML documents: the executive summary and the scorecard a customer receives.

One file that opens offline in any browser, small enough to mail: charts are PNG images (at
twice the screen resolution) rather than Plotly's 4 MB script. The same document is the source
of the PDF. Every piece of user text is escaped.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from cs_dash.images import chart_png, title_parts

ChartRenderer = Callable[[go.Figure], bytes]

_CSS = """
body { font-family: Inter, 'Segoe UI', Helvetica, Arial, sans-serif; color: #1F2933; margin: 32px auto;
       max-width: 1100px; padding: 0 24px; }
h1 { font-size: 28px; margin-bottom: 4px; } h2 { font-size: 20px; margin-top: 32px; }
.sub { color: #5B6770; margin-top: 0; }
.kpis { display: flex; flex-wrap: wrap; gap: 12px; margin: 20px 0; }
.kpi { border: 1px solid #E4E7EB; border-radius: 8px; padding: 12px 16px; min-width: 160px; }
.kpi .label { color: #5B6770; font-size: 13px; } .kpi .value { font-size: 24px; font-weight: 600; }
.kpi .note { color: #5B6770; font-size: 12px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #E4E7EB; }
th { background: #F5F7FA; }
img.chart { width: 100%; height: auto; margin: 8px 0; }
.foot { color: #9AA5B1; font-size: 12px; margin-top: 40px; }
@page { size: A4 landscape; margin: 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 12px; }
  .kpis { display: grid; grid-template-columns: repeat(6, 1fr); gap: 8px; }
  .kpi { min-width: 0; padding: 8px 10px; break-inside: avoid; } .kpi .value { font-size: 20px; }
  img.chart { display: block; width: auto; max-width: 100%; max-height: 120mm; margin: 4px auto; }
  tr { break-inside: avoid; } h2 { break-after: avoid; margin-top: 18px; }
}
"""


@dataclass
class Kpi:
    """One headline tile: label and value, a grey note, an optional coloured change and a tooltip."""

    label: str
    value: str
    note: str = ""
    delta: str | None = None  # on screen only, e.g. "+0.25 vs target"
    help: str = ""
    delta_colour: str = "normal"  # Streamlit's delta_color: "inverse" where a rise is bad news
    vs_previous: bool = False  # the delta is the change from the previous period (files show it too)


@dataclass
class Section:
    title: str
    text: str = ""
    figures: list[go.Figure] = field(default_factory=list)
    tables: list[pd.DataFrame] = field(default_factory=list)


def _table_html(df: pd.DataFrame) -> str:
    return df.to_html(index=False, escape=True, border=0, na_rep="–")


def _image_html(fig: go.Figure, render: ChartRenderer) -> str:
    what, scope = title_parts(fig)
    data = base64.b64encode(render(fig)).decode("ascii")
    alt = html.escape(f"{what} ({scope})" if scope else what, quote=True)
    return f"<img class='chart' alt='{alt}' src='data:image/png;base64,{data}'>"


def build_html(
    title: str,
    subtitle: str,
    kpis: list[Kpi],
    sections: list[Section],
    generated_on: dt.date | None = None,
    render: ChartRenderer | None = None,
) -> str:
    """One HTML document with every chart drawn as an image by ``render`` (Kaleido by default)."""
    render = render or chart_png
    esc = html.escape
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1><p class='sub'>{esc(subtitle)}</p>",
        "<div class='kpis'>",
    ]
    for k in kpis:
        note = f"<div class='note'>{esc(k.note)}</div>" if k.note else ""
        parts.append(
            f"<div class='kpi'><div class='label'>{esc(k.label)}</div>"
            f"<div class='value'>{esc(k.value)}</div>{note}</div>"
        )
    parts.append("</div>")
    for section in sections:
        parts.append(f"<h2>{esc(section.title)}</h2>")
        if section.text:
            parts.append(f"<p>{esc(section.text)}</p>")
        for fig in section.figures:
            parts.append(_image_html(fig, render))
        for df in section.tables:
            parts.append(_table_html(df))
    when = (generated_on or dt.date.today()).isoformat()
    parts.append(f"<p class='foot'>Prepared with cs-dash on {esc(when)}.</p></body></html>")
    return "".join(parts)
