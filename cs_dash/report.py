"""Self-contained HTML documents: the executive summary and the scorecard a customer receives.

One file that opens offline in any browser (charts stay interactive, Plotly's script is
embedded once) and that can be printed to PDF. Every piece of user text is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from cs_dash.charts import PLOTLY_CONFIG

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
.foot { color: #9AA5B1; font-size: 12px; margin-top: 40px; }
@media print { .kpi { break-inside: avoid; } }
"""


@dataclass
class Kpi:
    """One headline tile: label and value, a grey note, an optional coloured change and a tooltip."""

    label: str
    value: str
    note: str = ""
    delta: str | None = None  # on screen only, e.g. "+0.25 vs target"
    help: str = ""


@dataclass
class Section:
    title: str
    text: str = ""
    figures: list[go.Figure] = field(default_factory=list)
    tables: list[pd.DataFrame] = field(default_factory=list)


def _table_html(df: pd.DataFrame) -> str:
    return df.to_html(index=False, escape=True, border=0, na_rep="–")


def build_html(
    title: str, subtitle: str, kpis: list[Kpi], sections: list[Section], generated_on: dt.date | None = None
) -> str:
    """One HTML document; the first figure carries Plotly's script, the others reuse it."""
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
    script_included = False
    for section in sections:
        parts.append(f"<h2>{esc(section.title)}</h2>")
        if section.text:
            parts.append(f"<p>{esc(section.text)}</p>")
        for fig in section.figures:
            parts.append(
                fig.to_html(full_html=False, include_plotlyjs=not script_included, config=PLOTLY_CONFIG)
            )
            script_included = True
        for df in section.tables:
            parts.append(_table_html(df))
    when = (generated_on or dt.date.today()).isoformat()
    parts.append(f"<p class='foot'>Prepared with cs-dash on {esc(when)}.</p></body></html>")
    return "".join(parts)
