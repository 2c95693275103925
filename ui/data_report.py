"""The Data page's report and downloads: what landed in each table, what was rejected and why,
which names did not match, the CSV templates, and the switch between sample and own data.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from cs_dash.export import safe_csv
from cs_dash.formatting import plural
from cs_dash.schema import TABLES
from cs_dash.store import SAMPLE_ID, WorkspaceBusy, WorkspaceError
from cs_dash.templates import all_templates_zip, column_guide, template_csv, template_name
from cs_dash.workspace import Workspace
from ui import render, session
from ui.data_widgets import notice, reset_uploader

REJECTS_SHOWN = 2_000  # rows of rejects drawn on the page; the download has them all


def table_report(ws: Workspace) -> pd.DataFrame:
    """One row per canonical table: rows loaded, rows rejected and the files behind it."""
    counts = ws.row_counts()
    rows = []
    for name, spec in TABLES.items():
        files = [f for f in ws.files if f.result.ok and f.result.table == name]
        rows.append(
            {
                "table": spec.title,
                "rows loaded": counts[name],
                "rows rejected": sum(f.result.rows_rejected for f in files),
                "files": ", ".join(f.name for f in files),
            }
        )
    return pd.DataFrame(rows)


def rejects_with_table(ws: Workspace) -> pd.DataFrame:
    """Every rejected row or value, with the table its file went to first."""
    rejects = ws.rejects()
    table_of = {f.name: TABLES[f.result.table].title if f.result.table else "" for f in ws.files}
    rejects.insert(0, "table", rejects["file"].map(table_of).fillna(""))
    return rejects


def _use_sample(ws: Workspace) -> None:
    session.switch(SAMPLE_ID)
    reset_uploader()
    notice("info", "Sample data loaded. Upload your own exports to replace it.")


def _clear(ws: Workspace) -> None:
    try:
        session.writable_workspace().clear()
    except (WorkspaceBusy, WorkspaceError) as problem:
        notice("error", str(problem))
        return
    reset_uploader()
    notice("info", "All data cleared.")


def _rebuild(ws: Workspace) -> None:
    try:
        count = ws.rebuild_from_uploads()
    except (WorkspaceBusy, WorkspaceError) as problem:
        notice("error", f"Nothing was rebuilt: {problem}")
        return
    reset_uploader()
    notice(
        "success", f"Rebuilt from the raw uploads: {plural(count, 'file')} read again with today's mappings."
    )


def source_controls(ws: Workspace) -> None:
    """Where the data comes from, and the buttons that switch it or read it again."""
    if ws.is_sample:
        st.caption(
            f"Showing the sample data ({len(ws.files)} files). It is read-only: the first upload starts "
            "a new workspace."
        )
    elif ws.files:
        st.caption(f"Showing {plural(len(ws.files), 'file')} from your uploads.")
    else:
        st.info("No data loaded. Upload your exports below, or use the sample data.", icon=":material/info:")
    buttons = st.container(horizontal=True)
    buttons.button(
        "Use sample data",
        icon=":material/science:",
        on_click=_use_sample,
        args=(ws,),
        key="use_sample",
        disabled=ws.is_sample,
    )
    buttons.button(
        "Clear all data",
        icon=":material/delete_sweep:",
        on_click=_clear,
        args=(ws,),
        key="clear_all",
        disabled=not ws.files,
    )
    if not ws.is_sample:
        buttons.button(
            "Rebuild from the raw uploads",
            icon=":material/sync:",
            on_click=_rebuild,
            args=(ws,),
            key="rebuild_all",
            disabled=not ws.files,
            help="Import every kept file again with its choices and the mappings saved since.",
        )


def data_report(ws: Workspace) -> None:
    st.subheader("Data report")
    st.dataframe(table_report(ws), hide_index=True, width="stretch", key="table_report")

    rejects = rejects_with_table(ws)
    st.markdown("**Rejected rows and dropped values**")
    if rejects.empty:
        st.caption("Nothing was rejected.")
    else:
        st.caption(
            f"{plural(len(rejects), 'row or value', 'rows or values')} could not be loaded. Each line says "
            "the file, the row as a spreadsheet numbers it (the header is row 1), the column, the value "
            "and why."
        )
        if len(rejects) <= REJECTS_SHOWN:
            render.table(rejects, "rejected-rows.csv", "Download rejected rows as CSV", key="dl_rejects")
        else:
            st.caption(f"Showing the first {REJECTS_SHOWN:,}; the download has all of them.")
            st.dataframe(rejects.head(REJECTS_SHOWN), hide_index=True, width="stretch")
            st.download_button(
                "Download rejected rows as CSV",
                lambda: safe_csv(rejects),
                file_name="rejected-rows.csv",
                mime="text/csv",
                key="dl_rejects",
                icon=":material/download:",
                on_click="ignore",
            )

    account_ids(ws)
    unmatched = ws.unmatched_names()
    st.markdown("**Names that do not match**")
    if unmatched.empty:
        st.caption(
            "Every account and CSM name matches the accounts and team lists (or those lists are absent)."
        )
    else:
        st.caption(
            "These accounts or CSMs appear in one table but not in the accounts or team list. They are "
            "kept, not dropped; a CSM missing from the team list is costed at the default hourly rate."
        )
        st.dataframe(unmatched, hide_index=True, width="stretch", key="unmatched")


def id_match_lines(ws: Workspace) -> list[str]:
    """One sentence per table whose rows named accounts by id and now count for their names."""
    return [
        f"{plural(m.rows, 'row')} of {TABLES[m.table].title} named the account by id "
        f"({plural(m.ids, 'id')}, e.g. {m.example}): counted for the account with that id in the accounts list."
        for m in ws.id_matches
    ]


def _set_id_matching(ws: Workspace) -> None:
    on = bool(st.session_state.get("match_account_ids", True))
    ws.set_id_matching(on)
    notice(
        "info", "Account ids are matched to names." if on else "Account ids are no longer matched to names."
    )


def account_ids(ws: Workspace) -> None:
    """What the id matching did, and the switch that undoes it."""
    lines = id_match_lines(ws)
    if not lines and ws.match_ids:
        return
    st.markdown("**Accounts named by id**")
    for line in lines:
        st.caption(render.escape_md(line))
    st.toggle(
        "Match account ids to names",
        value=ws.match_ids,
        key="match_account_ids",
        on_change=_set_id_matching,
        args=(ws,),
        help="An accounts file with both an id and a name says which name each id stands for.",
    )


def saved_mappings(ws: Workspace) -> None:
    """The mappings the user saved: a file with the same headers maps itself this way."""
    profiles = ws.settings.mappings
    if not profiles:
        return
    st.markdown("**Saved mappings**")
    st.caption("A new file whose headers match one of these is mapped the saved way.")
    rows = [
        {
            "table": TABLES[p.table].title if p.table in TABLES else p.table,
            "headers": ", ".join(h for h, c in p.columns.items() if c),
            "ignored": ", ".join(h for h, c in p.columns.items() if not c),
            "date orders": ", ".join(f"{c}: {o}" for c, o in p.date_orders.items()),
        }
        for p in profiles.values()
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="saved_mappings")
    st.button("Forget saved mappings", icon=":material/bookmark_remove:", on_click=_forget, args=(ws,))


def _forget(ws: Workspace) -> None:
    try:
        ws.set_settings(replace(ws.settings, mappings={}))
    except (WorkspaceBusy, WorkspaceError) as problem:
        notice("error", str(problem))
        return
    notice("info", "Saved mappings forgotten.")


def templates_section() -> None:
    st.subheader("Templates")
    st.caption(
        "A CSV file per table with the column names the app knows and one example row. Your own "
        "exports do not need these names: they are mapped automatically."
    )
    st.download_button(
        "All templates (zip)",
        all_templates_zip(),
        file_name="cs-dash-templates.zip",
        mime="application/zip",
        key="dl_tpl_all",
        icon=":material/folder_zip:",
        on_click="ignore",
    )
    row = st.container(horizontal=True)
    for name, spec in TABLES.items():
        row.download_button(
            spec.title,
            template_csv(name),
            file_name=template_name(name),
            mime="text/csv",
            key=f"dl_tpl_{name}",
            icon=":material/download:",
            on_click="ignore",
        )
    with st.expander("What each column means"):
        for name, spec in TABLES.items():
            st.markdown(f"**{spec.title}** — {spec.description}")
            st.dataframe(column_guide(name), hide_index=True, width="stretch", key=f"guide_{name}")
