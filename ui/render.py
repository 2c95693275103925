"""How pages show things: charts with PNG download, safe CSV downloads, honest empty states."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cs_dash.charts import PLOTLY_CONFIG
from cs_dash.definitions import chart_definition
from cs_dash.export import safe_csv
from cs_dash.images import chart_file_name
from cs_dash.scope import Scope, looks_back
from cs_dash.workspace import Workspace
from ui import deck

_log = logging.getLogger(__name__)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#!|~:$])")
_MARKDOWN_ACTIVE = re.compile(
    r"[\\`*_\[\]<>~\n]|https?:|www\.|\$[^$]*\$|:\w+[:\[]|^\s*[#>+-]|^\s*\d+\.", re.MULTILINE
)


def escape_md(text: object) -> str:
    """User text made safe for markdown (captions, labels, alerts): every markdown character shows as itself.

    Names from uploads could otherwise carry links, HTML or ``![](…)`` images (tracking pixels).
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def past_note(ws: Workspace, scope: Scope, *notes: str) -> None:
    """Say next to the numbers what the data cannot answer for a past as-of date (nothing otherwise)."""
    if notes and looks_back(ws, scope):
        st.caption(f":material/history: As of a past date: {'; '.join(notes)}.")


def metric(where, label: str, value, delta=None, **kwargs) -> None:
    """A metric tile whose label, value and delta show as plain text (each may carry a name).

    Streamlit renders markdown in all three, so a tier, band, currency or CSM name from an upload
    or a settings file could otherwise become a link or a remote image. ``where`` is ``st`` or a
    column.
    """
    shown = [plain_md(v) if isinstance(v, str) else v for v in (value, delta)]
    where.metric(plain_md(label), shown[0], shown[1], **kwargs)


def plain_md(text: object) -> str:
    """``text`` escaped as ``escape_md`` does when markdown would act on it, else unchanged.

    Figures like ``$1,234`` or ``(200)`` then read as before, while ``![](…)``, links, HTML,
    ``$…$`` (LaTeX), ``:red[…]`` and emphasis show as the characters they are.
    """
    text = str(text)
    return escape_md(text) if _MARKDOWN_ACTIVE.search(text) else text


def chart(fig: go.Figure, key: str | None = None, definition: str = "", selectable: bool = False):
    """The chart, its PNG download named for what it shows, and its "Add to deck" toggle.

    The deck's speaker notes carry ``definition``, or the chart's entry in ``cs_dash.definitions``.

    A ``selectable`` chart reruns the page when a point is clicked and returns the selection event.
    """
    png = {
        **PLOTLY_CONFIG["toImageButtonOptions"],
        "filename": chart_file_name(fig, st.session_state.get("f_as_of"), ""),
    }
    config = {**PLOTLY_CONFIG, "toImageButtonOptions": png}
    if selectable:
        event = st.plotly_chart(
            fig, config=config, key=key, width="stretch", on_select="rerun", selection_mode="points"
        )
    else:
        event = st.plotly_chart(fig, config=config, key=key, width="stretch")
    deck.toggle(fig, key, definition or chart_definition(key))
    return event


def small_table(df: pd.DataFrame, right: tuple[str, ...] = (), empty: str = "None.") -> None:
    """A few rows of already formatted text as a plain table (``markdown_table``); with no rows,
    the sentence ``empty`` instead of a row of headers over nothing.

    For the handful of rows a page shows at a glance: a data grid brings its own scripts, which a
    new browser session loads and runs before the page's first chart is drawn.
    """
    if df.empty:
        st.markdown(escape_md(empty))
        return
    st.markdown(markdown_table(df, right))


def markdown_table(df: pd.DataFrame, right: tuple[str, ...] = ()) -> str:
    """``df``'s headers and cells as a markdown table, every cell shown as the characters it is.

    Columns named in ``right`` (numbers, dates) are aligned right, the others left.
    """
    header = [escape_md(c) for c in df.columns]
    align = ["---:" if c in right else ":---" for c in df.columns]
    rows = [[escape_md(v) for v in row] for row in df.itertuples(index=False)]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in [header, align, *rows])


def table(
    df: pd.DataFrame,
    file_name: str,
    label: str = "Download as CSV",
    key: str | None = None,
    **dataframe_kwargs,
) -> None:
    """A table with the app's own formula-safe CSV download under it, built only when clicked.

    The click builds the file and nothing else: the page is not run again for a download.
    """
    st.dataframe(df, hide_index=True, width="stretch", **dataframe_kwargs)
    st.download_button(
        label,
        lambda: safe_csv(df),
        file_name=file_name,
        mime="text/csv",
        key=key or f"dl_{file_name}",
        on_click="ignore",
        icon=":material/download:",
    )


def prepared_download(
    label: str, build: Callable[[], str | bytes], file_name: str, mime: str, key: str, stamp: object
) -> None:
    """A file that is costly to build: built when the user asks, then offered for download.

    ``stamp`` names the view the file was built for (filters, account, as-of date); a file built for
    another view is not offered, so a download always matches the screen.
    """
    stored = st.session_state.get(key)
    if st.button(f"Prepare {label}", key=f"{key}_prepare", icon=":material/description:"):
        with st.spinner(f"Preparing {label}…"):
            try:
                stored = {"stamp": repr(stamp), "data": build(), "file_name": file_name}
            except Exception:  # noqa: BLE001 - a file that fails to build is said; the page stays
                _log.exception("building the %s failed", label)
                st.error(
                    f"The {label} could not be built this time. Try again in a moment; "
                    "the charts and tables on this page are unaffected.",
                    icon=":material/error:",
                )
                return
        st.session_state[key] = stored
    if stored and stored["stamp"] == repr(stamp):
        st.download_button(
            f"Download {label}",
            stored["data"],
            file_name=stored["file_name"],
            mime=mime,
            key=f"{key}_download",
            on_click="ignore",
            icon=":material/download:",
            type="primary",
        )


def needs(ws: Workspace, tables: tuple[str, ...], what: str) -> bool:
    """True when the tables have data; otherwise say which upload unlocks ``what``."""
    missing = [t for t in tables if not ws.has(t)]
    if not missing:
        return True
    names = ", ".join(missing)
    st.info(
        f"{what} needs the {names} data. Upload it on the Data page "
        "(templates for every table are there too).",
        icon=":material/upload_file:",
    )
    st.page_link("pages/data.py", label="Go to the Data page", icon=":material/upload:")
    return False
