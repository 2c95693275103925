"""Running the real app in AppTest, on the sample data or on a tiny hand-made company."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, TEST_DATA

APP = str(ROOT / "app.py")
TINY_COMPANY = TEST_DATA / "tiny_company"


def open_app(page: str | None = None, timeout: float = 120) -> AppTest:
    """The app as a new browser session would see it, optionally switched to ``pages/<page>.py``.

    Every AppTest runs under the same session id, so the session-scoped workspace would carry one
    test's data into the next: clear it first.
    """
    AppTest.from_string("import streamlit as st\nst.cache_resource.clear()").run()
    at = AppTest.from_file(APP, default_timeout=timeout).run()
    if page:
        at.switch_page(f"pages/{page}.py").run()
    return at
