"""A stand-in chart renderer for tests about a file's words and numbers, not its pictures.

Kaleido takes seconds per process to start; tests that check text use this small PNG instead,
and a few tests render real charts.
"""

from __future__ import annotations

import io

from PIL import Image

RENDERED: list = []


def fake_png(fig=None) -> bytes:
    """A valid 40×20 PNG; records the figure so a test can see what was drawn."""
    RENDERED.append(fig)
    out = io.BytesIO()
    Image.new("RGB", (40, 20), (27, 127, 121)).save(out, format="PNG")
    return out.getvalue()
