"""A file that fails to build on the click is said in one sentence; the page carries on."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _page() -> None:
    import streamlit as st

    from ui import render

    def build() -> bytes:
        raise RuntimeError("the rendering browser went away")

    render.prepared_download("customer scorecard (HTML)", build, "s.html", "text/html", "f", stamp=1)
    st.write("after the file")


def test_a_failed_build_shows_a_sentence_and_no_download_and_the_page_goes_on():
    at = AppTest.from_function(_page).run()
    at.button(key="f_prepare").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "The customer scorecard (HTML) could not be built this time. Try again in a moment; "
        "the charts and tables on this page are unaffected."
    ]
    assert "after the file" in [m.value for m in at.markdown]
    assert at.get("download_button") == []
