"""Charts as PNG images for files: slides, PDF pages and the small HTML summary.

Kaleido drives Debian's Chromium. Starting it takes seconds, so one rendering server is kept
for the life of the process and every later image reuses it.
"""

from __future__ import annotations

import atexit
import datetime as dt
import html
import re
import warnings

import plotly.graph_objects as go

SCALE = 2  # twice the screen resolution, crisp on a projector and in print
_server_started = False


def _ensure_server() -> None:
    global _server_started
    if _server_started:
        return
    import kaleido  # deferred: only files with charts need a browser

    kaleido.start_sync_server(silence_warnings=True)
    atexit.register(shutdown)
    _server_started = True


def shutdown() -> None:
    """Close the rendering browser, so its profile folder is gone before the process exits."""
    global _server_started
    if not _server_started:
        return
    import kaleido

    kaleido.stop_sync_server(silence_warnings=True)
    _server_started = False


def chart_png(fig: go.Figure, width: int = 1100, height: int | None = None, scale: int = SCALE) -> bytes:
    """The figure as PNG bytes, ``width`` × ``height`` CSS pixels at ``scale``.

    On a busy machine the rendering browser's page can be asked to draw before its script has
    loaded; the browser is then started again and asked once more.
    """
    height = height or fig.layout.height or 450
    for attempt in (1, 2):
        _ensure_server()
        try:
            with warnings.catch_warnings():
                # Plotly passes its per-call browser options even to a running server, which ignores them.
                warnings.filterwarnings("ignore", message="The kopts argument is ignored")
                return fig.to_image(format="png", width=width, height=height, scale=scale)
        except RuntimeError as error:
            if attempt == 2 or not _page_not_ready(error):
                raise
            shutdown()
    raise AssertionError("unreachable")


def _page_not_ready(error: RuntimeError) -> bool:
    """Kaleido's error for a drawing page whose script is not there (yet)."""
    return type(error).__name__ == "JavascriptError" and "is not defined" in str(error)


def title_parts(fig: go.Figure) -> tuple[str, str]:
    """(what, for which filters) from a house-style title ``what<br><sup>scope</sup>``, unescaped."""
    text = fig.layout.title.text or ""
    what, _, rest = text.partition("<br>")
    scope = re.sub(r"</?sup>", "", rest)
    return html.unescape(what).strip(), html.unescape(scope).strip()


def untitled(fig: go.Figure) -> go.Figure:
    """A copy without its title, for a slide whose own title says what the chart is."""
    copy = go.Figure(fig)
    copy.update_layout(title_text="", margin_t=40)
    return copy


def slug(text: str) -> str:
    """'Hurtlocker ratio by CSM' -> 'hurtlocker-ratio-by-csm'; safe in any file system."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)[:60].strip("-") or "chart"


def scope_slug(scope: str) -> str:
    """The filters for a file name: 'all-csms' when nothing is filtered."""
    if not scope or scope.startswith("All accounts"):
        return "all-csms"
    return slug(scope)


def chart_file_name(fig: go.Figure, as_of: dt.date | None, extension: str = "png") -> str:
    """A file name that says what the chart is, e.g. ``hurtlocker-by-csm_all-csms_2026-11-15.png``."""
    what, scope = title_parts(fig)
    parts = [slug(what), scope_slug(scope)] + ([as_of.isoformat()] if as_of else [])
    return "_".join(parts) + (f".{extension}" if extension else "")
