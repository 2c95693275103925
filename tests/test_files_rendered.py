"""The files as a reader sees them: real chart images, PDF pages rendered to pixels.

Kaleido (with Debian's chromium) draws the charts and poppler's pdftoppm renders the PDF pages;
both are slow to start, so this module keeps to a few files.
"""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from cs_dash.exec_summary import exec_summary_pdf, executive_deck
from cs_dash.scope import Scope
from tests.test_exec_summary import AS_OF, _company

pytestmark = pytest.mark.skipif(
    shutil.which("chromium") is None, reason="needs Debian's chromium for Kaleido"
)


def _coloured_pixels(image: Image.Image) -> int:
    """Pixels of a saturated colour: chart marks, not text (grey) or paper (white)."""
    hsv = image.convert("HSV")
    return sum(1 for _, saturation, value in hsv.get_flattened_data() if saturation > 120 and value > 60)


@pytest.fixture(scope="module")
def company():
    from cs_dash.workspace import Workspace
    from tests.conftest import load_tables

    ws = Workspace(memory_limit="512MB")
    # _company wants make_ws; feed it a builder over this module's workspace.
    _company(lambda **tables: load_tables(ws, **tables))
    yield ws
    ws.close()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils (pdftoppm)")
def test_summary_pdf_pages_show_the_charts_and_the_numbers(company, tmp_path):
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(exec_summary_pdf(company, Scope(as_of=AS_OF)))
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert 1 <= len(pages) <= 3
    images = [Image.open(page).convert("RGB") for page in pages]
    assert images[0].width > images[0].height  # A4 landscape
    # The ARR-by-tier bars alone cover thousands of pixels at 60 dpi; a missing image leaves none.
    assert sum(_coloured_pixels(image) for image in images) > 3000
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Hurtlocker ratio" in text and "3.00" in text and "$100,000" in text
    assert "100000.0" not in text and "renewal_date" not in text


def test_deck_pictures_are_crisp_pngs(company):
    deck = Presentation(io.BytesIO(executive_deck(company, Scope(as_of=AS_OF))))
    pictures = [s for slide in deck.slides for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 2
    for picture in pictures:
        image = Image.open(io.BytesIO(picture.image.blob))
        assert image.format == "PNG"
        assert image.size == (2400, 1120)  # 1200 × 560 at twice the resolution
