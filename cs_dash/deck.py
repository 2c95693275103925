"""The executive deck: the current view as PowerPoint slides for an executive review.

A title slide with the filters and the as-of date, the headline tiles, then one slide per chart,
titled with what it shows and for which filters, its definition in the speaker notes. Charts are
PNG images at twice the screen resolution, so the deck opens the same in PowerPoint, Keynote or
LibreOffice without Plotly.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import plotly.graph_objects as go
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.presentation import Presentation as Deck
from pptx.util import Emu, Inches, Pt

from cs_dash.formatting import day
from cs_dash.images import chart_png, title_parts, untitled
from cs_dash.report import ChartRenderer, Kpi

INK = RGBColor(0x1F, 0x29, 0x33)
MUTED = RGBColor(0x5B, 0x67, 0x70)
LINE = RGBColor(0xE4, 0xE7, 0xEB)
WIDE = (Inches(13.333), Inches(7.5))
TITLE_ONLY = 5  # the default template's "Title Only" layout
CHART_PIXELS = (1200, 560)
CHART_FONT = 20  # px at 1200 px wide: about 14 pt once the picture fills the slide


@dataclass
class Slide:
    """One chart slide: the figure, and the definition for the speaker notes."""

    figure: go.Figure
    definition: str = ""


def _text(frame, text: str, size: int, colour: RGBColor = INK, bold: bool = False) -> None:
    frame.text = text
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.color.rgb = colour


def _title_slide(prs: Deck, title: str, subtitle: str) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    # The default template places these for a 4:3 slide; span the wide slide instead.
    heading, sub = slide.shapes.title, slide.placeholders[1]
    heading.left, heading.top, heading.width, heading.height = (
        Inches(0.8),
        Inches(2.3),
        Inches(11.7),
        Inches(1.4),
    )
    sub.left, sub.top, sub.width, sub.height = Inches(0.8), Inches(3.8), Inches(11.7), Inches(1.0)
    _text(heading.text_frame, title, 40, bold=True)
    _text(sub.text_frame, subtitle, 20, MUTED)


def _titled_slide(prs: Deck, title: str, scope: str):
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8)
    _text(shape.text_frame, title, 28, bold=True)
    if scope:
        box = slide.shapes.add_textbox(Inches(0.5), Inches(1.05), Inches(12.3), Inches(0.4))
        _text(box.text_frame, scope, 14, MUTED)
    return slide


def _tiles_slide(prs: Deck, kpis: list[Kpi], scope: str) -> None:
    slide = _titled_slide(prs, "Headline numbers", scope)
    per_row = 3
    width, height, gap = Inches(3.9), Inches(2.3), Inches(0.3)
    for i, kpi in enumerate(kpis):
        row, col = divmod(i, per_row)
        left = Inches(0.5) + col * (width + gap)
        top = Inches(1.7) + row * (height + gap)
        tile = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, left, top, width, height)
        tile.fill.solid()
        tile.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        tile.line.color.rgb = LINE
        tile.shadow.inherit = False
        frame = tile.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.margin_left = frame.margin_right = Inches(0.25)
        lines = [(kpi.label, 16, MUTED, False), (kpi.value, 36, INK, True), (kpi.note, 13, MUTED, False)]
        for j, (text, size, colour, bold) in enumerate(lines):
            paragraph = frame.paragraphs[0] if j == 0 else frame.add_paragraph()
            paragraph.alignment = PP_ALIGN.LEFT
            run = paragraph.add_run()
            run.text = text
            run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, colour


def _chart_slide(prs: Deck, chart: Slide, render: ChartRenderer, as_of: dt.date | None) -> None:
    what, scope = title_parts(chart.figure)
    slide = _titled_slide(prs, what, f"{scope} · as of {day(as_of)}" if as_of else scope)
    picture = render(untitled(chart.figure))
    max_width, max_height = Inches(12.3), Inches(5.7)
    ratio = CHART_PIXELS[1] / CHART_PIXELS[0]
    width = min(max_width, Emu(int(max_height / ratio)))
    left = Emu(int((prs.slide_width - width) / 2))
    slide.shapes.add_picture(io.BytesIO(picture), left, Inches(1.55), width=width)
    notes = [chart.definition] if chart.definition else []
    notes.append(f"Filters: {scope or 'none'}." + (f" As of {day(as_of)}." if as_of else ""))
    slide.notes_slide.notes_text_frame.text = "\n".join(notes)


def slide_image(fig) -> bytes:
    """A chart at the slide's proportions, twice the screen resolution, its text sized for a room."""
    big = go.Figure(fig)
    big.update_layout(font_size=CHART_FONT, legend_font_size=CHART_FONT - 2, margin_l=110)
    big.update_yaxes(automargin=True)
    big.update_xaxes(automargin=True)  # the larger tick labels must not run into the axis title
    return chart_png(big, *CHART_PIXELS)


def build_deck(
    title: str,
    subtitle: str,
    kpis: list[Kpi],
    charts: list[Slide],
    as_of: dt.date | None = None,
    render: ChartRenderer | None = None,
) -> bytes:
    """The deck as PPTX bytes."""
    render = render or slide_image
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDE
    _title_slide(prs, title, subtitle)
    scope = subtitle
    if kpis:
        _tiles_slide(prs, kpis, scope)
    for chart in charts:
        _chart_slide(prs, chart, render, as_of)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()
