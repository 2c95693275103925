"""A chart image asked of a rendering page that is not ready is drawn again after a restart."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from cs_dash import images


class JavascriptError(RuntimeError):
    """Named as kaleido names its error for a failed script in the drawing page."""


@pytest.fixture
def server(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(images, "_ensure_server", lambda: calls.append("start"))
    monkeypatch.setattr(images, "shutdown", lambda: calls.append("stop"))
    return calls


def _draws(monkeypatch, *outcomes):
    left = list(outcomes)

    def to_image(self, **kwargs):
        outcome = left.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(go.Figure, "to_image", to_image)


def test_a_page_whose_script_is_not_loaded_is_restarted_and_asked_once_more(server, monkeypatch):
    _draws(monkeypatch, JavascriptError("ReferenceError: kaleido_scopes is not defined"), b"png")
    assert images.chart_png(go.Figure()) == b"png"
    assert server == ["start", "stop", "start"]


def test_a_second_failure_or_another_error_is_raised_not_hidden(server, monkeypatch):
    not_ready = JavascriptError("ReferenceError: kaleido_scopes is not defined")
    _draws(monkeypatch, not_ready, not_ready)
    with pytest.raises(JavascriptError):
        images.chart_png(go.Figure())
    _draws(monkeypatch, RuntimeError("figure too large"))
    with pytest.raises(RuntimeError, match="too large"):
        images.chart_png(go.Figure())
