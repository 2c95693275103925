"""Running the real app in AppTest, on the sample data or on a tiny hand-made company."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, TEST_DATA

APP = str(ROOT / "app.py")
TINY_COMPANY = TEST_DATA / "tiny_company"


def open_app(page: str | None = None, timeout: float = 120) -> AppTest:
    """The app as a new browser session would see it, opened at ``pages/<page>.py`` when given.

    A page is opened in the session's first run, as a link to that page opens it, rather than after
    a first run of the Overview that no test looks at.
    """
    at = AppTest.from_file(APP, default_timeout=timeout)
    if page:
        at.switch_page(f"pages/{page}.py")
    return at.run()
