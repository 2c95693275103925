"""The Data page's intake widgets: uploading files, and checking or correcting how each was read.

Uploads are imported once (a file is remembered by name and size while it stays in the
uploader), so a rerun never imports the same file twice. Every choice the importer made — table,
column mapping, day/month order — is shown as a widget the user can change, then re-import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pandas as pd
import streamlit as st

from cs_dash.formatting import plural
from cs_dash.importing import ImportOptions
from cs_dash.importing.mapping import CHOSEN
from cs_dash.schema import DATE, TABLES, TIMESTAMP
from cs_dash.settings import MappingProfile
from cs_dash.store import WorkspaceBusy, WorkspaceError
from cs_dash.workspace import LoadedFile, Workspace
from ui import session
from ui.render import escape_md

IGNORE = ""  # the mapping choice that leaves a source header out
# What each undoable transformation is called on its undo button.
TRANSFORMATION_LABELS = {
    "unpivot": "period columns turned into rows",
    "join_names": "first and last names joined",
    "strip_links": "links taken out of names",
    "strip_ids": "ids taken out of names",
    "last_folder": "accounts taken from the last folder",
}
# Transformations that change the file's headers: the header choices are made afresh after them.
RESHAPING = {"unpivot", "join_names"}
AUTO = "auto"  # the delimiter choice that lets the importer detect it
DELIMITER_NAMES = {",": "comma (,)", ";": "semicolon (;)", "\t": "tab", "|": "pipe (|)"}
DATE_ORDER_LABELS = {
    "DMY": "Day first (31/12/2025)",
    "MDY": "Month first (12/31/2025)",
    "YMD": "Year first (2025-12-31)",
}

# session-state keys
PROCESSED = "data_processed_uploads"
NOTICES = "data_notices"
UPLOAD_ROUND = "data_upload_round"
PENDING = "data_pending_uploads"  # uploads taken from the drop zone, not yet imported


def size_problem(name: str, size: int, limit_mb: int) -> str | None:
    """A sentence when a file is over the upload limit, else None."""
    if size <= limit_mb * 1024 * 1024:
        return None
    return (
        f"{name} is {size / 1024 / 1024:,.0f} MB, over the limit of {limit_mb:,} MB per file. "
        "Export a shorter date range or split the file, then upload the parts."
    )


def notice(level: str, text: str) -> None:
    """A message shown once at the top of the Data page after the next run."""
    st.session_state.setdefault(NOTICES, []).append((level, text))


def show_notices() -> None:
    for level, text in st.session_state.pop(NOTICES, []):
        getattr(st, level)(escape_md(text))


def reset_uploader() -> None:
    """Empty the upload widget (a new key), forget which uploads were imported, drop those waiting."""
    st.session_state[UPLOAD_ROUND] = st.session_state.get(UPLOAD_ROUND, 0) + 1
    st.session_state[PROCESSED] = set()
    st.session_state[PENDING] = []


def _upload_key(file) -> tuple[str, int]:
    return (file.name, file.size)


def upload_section(ws: Workspace) -> None:
    """The drop zone; new files are imported with a progress bar, then the page reruns."""
    limit_mb = int(st.get_option("server.maxUploadSize"))
    files = st.file_uploader(
        "Upload CSV exports",
        accept_multiple_files=True,
        key=f"data_upload_{st.session_state.get(UPLOAD_ROUND, 0)}",
        max_upload_size=limit_mb,
        help="Drag and drop one or many files. Each is matched to a table automatically; "
        "you can correct the match below.",
    )
    uploaded = {_upload_key(f): f for f in files or []}
    processed = st.session_state.setdefault(PROCESSED, set())
    processed &= set(uploaded)  # a file taken out of the uploader may be uploaded again
    new = [f for key, f in uploaded.items() if key not in processed]
    if not new:
        return
    # Taken from the drop zone all at once, with no Streamlit call in between: a run stopped from
    # here on leaves the files not yet imported to the next run, whichever page it draws.
    waiting = st.session_state.setdefault(PENDING, [])
    for file in new:
        processed.add(_upload_key(file))
        waiting.append(file)
    import_waiting_uploads(ws)
    st.rerun()  # the sidebar, the banner and every page now see the new data


def import_waiting_uploads(ws: Workspace) -> Workspace:
    """Import the uploads taken from the drop zone and not yet imported, with a progress bar.

    A run is stopped at its next Streamlit call when the user opens another page or drops another
    file while files are read, and the page drawn next may have no drop zone. So app.py calls
    this on every run before drawing anything from the data: a stopped run's files are imported
    by the next one, wherever it is, each exactly once. Returns the workspace they went to.
    """
    waiting = st.session_state.get(PENDING)
    if not waiting:
        return ws
    ws = session.writable_workspace()  # the sample is read-only: the first upload starts a workspace
    # Reading session state is a point where a stopped run ends too: what became of each file is
    # written to a list taken before any is read, so it is told even when the run is stopped.
    told = st.session_state.setdefault(NOTICES, [])
    limit_mb = int(st.get_option("server.maxUploadSize"))
    files = list(waiting)
    total = sum(f.size for f in files) or 1
    bar = st.progress(0.0, text="Importing…")
    done = 0
    for position, file in enumerate(files, start=1):
        bar.progress(
            min(done / total, 1.0),
            text=f"Importing file {position} of {len(files)}: {escape_md(file.name)} "
            f"({file.size / 1e6:,.1f} MB)…",
        )
        problem = size_problem(file.name, file.size, limit_mb)
        if problem:
            told.append(("error", problem))
            waiting.remove(file)
        else:
            with st.spinner(f"Reading {escape_md(file.name)}…", show_time=True):
                _import_upload(ws, file, lambda file=file: waiting.remove(file), told)
        done += file.size
    bar.empty()
    return ws


def _import_upload(ws: Workspace, file, imported: Callable[[], None], told: list[tuple[str, str]]) -> None:
    """Import one upload; ``imported()`` marks it done as soon as the workspace has it, and what
    became of it is added to ``told`` (the notices shown at the top of the Data page).

    A rerun asked for while files are read (the uploader's value changing as a second file
    arrives, another page opened) stops this run at its next Streamlit call, a read of session
    state included: a file is marked only once imported and its notice added, with no Streamlit
    call in between, so it is neither skipped nor imported twice by the next run, and the user
    coming back to the Data page is told of it.
    """
    try:
        file.seek(0)
        try:
            result = ws.add_file(file.name, file)  # streamed to disk, not copied whole in memory
        finally:
            imported()
    except (WorkspaceBusy, WorkspaceError) as problem:
        told.append(("error", f"{file.name} was not imported: {problem}"))
        return
    except Exception:  # the importer's own errors are results; anything else must not reach the UI
        told.append(
            (
                "error",
                f"{file.name} could not be read as a CSV file. Check that it is a CSV export (not an "
                "Excel workbook or a PDF) and upload it again.",
            )
        )
        return
    if result.needs_table_choice:
        told.append(("warning", f"{file.name} waits for your choice of table: see its card below."))
    if result.ok:
        loaded = f"{file.name}: {plural(result.rows_loaded, 'row')} loaded into {TABLES[result.table].title}"
        if result.rows_rejected:
            told.append(
                (
                    "warning",
                    f"{loaded}; {plural(result.rows_rejected, 'row')} could not be loaded — see the reasons "
                    "in the data report below.",
                )
            )
        else:
            told.append(("success", f"{loaded}."))


# ----------------------------------------------------------------------------- one file
def _token(loaded: LoadedFile) -> str:
    """A key for this file's widgets that survives other files being removed."""
    return loaded.path.stem


def _index(ws: Workspace, token: str) -> int | None:
    return next((i for i, f in enumerate(ws.files) if _token(f) == token), None)


def source_headers(loaded: LoadedFile) -> list[str]:
    """The file's headers in file order, as the importer read them."""
    result = loaded.result
    known = [*result.mapping, *result.unmapped]
    if result.preview is not None:
        in_preview = [str(c) for c in result.preview.columns]
        known = [h for h in in_preview if h in known] + [h for h in known if h not in in_preview]
    return list(dict.fromkeys(known))


def default_choice(loaded: LoadedFile, header: str, table: str) -> str:
    """What a header maps to in ``table``: the importer's choice, or the same name, or nothing."""
    result = loaded.result
    columns = TABLES[table].column_names
    guessed = result.mapping.get(header, IGNORE)
    if table == result.table:
        return guessed
    if header in columns:
        return header
    return guessed if guessed in columns else IGNORE


def _date_columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table].columns if c.kind in (DATE, TIMESTAMP)]


def _chosen_options(token: str, loaded: LoadedFile) -> ImportOptions:
    state = st.session_state
    table = state.get(f"tbl_{token}") or loaded.result.table
    columns = {
        header: state.get(f"col_{token}_{table}_{j}", default_choice(loaded, header, table))
        for j, header in enumerate(source_headers(loaded))
    }
    orders = {
        col: state[f"ord_{token}_{table}_{col}"]
        for col in (_date_columns(table) if table in TABLES else [])
        if f"ord_{token}_{table}_{col}" in state
    }
    delimiter = state.get(f"dlm_{token}", AUTO)
    switched_off = {
        key
        for key, _, applied in conversion_rows(loaded)
        if not state.get(_conversion_key(token, key), applied)
    }
    return ImportOptions(
        table=table,
        columns=columns,
        date_orders=orders,
        delimiter=None if delimiter == AUTO else delimiter,
        conversions_off=switched_off,
        undo=frozenset(getattr(loaded.result, "undone", ()) or ()),
    )


def conversion_rows(loaded: LoadedFile) -> list[tuple[str, str, bool]]:
    """(key, sentence, applied) of every conversion the importer found in a file, applied first."""
    result = loaded.result
    rows = [(c.key, c.text, True) for c in getattr(result, "conversions", [])]
    rows += [(c.key, c.text, False) for c in getattr(result, "conversions_off", [])]
    return rows


def _conversion_key(token: str, key: str) -> str:
    return f"cv_{token}_{key}"


def duplicate_targets(columns: dict[str, str]) -> list[str]:
    targets = [c for c in columns.values() if c != IGNORE]
    return sorted({c for c in targets if targets.count(c) > 1})


def _reimport(ws: Workspace, token: str, save: bool) -> None:
    index = _index(ws, token)
    if index is None:
        return
    loaded = ws.files[index]
    options = _chosen_options(token, loaded)
    twice = duplicate_targets(options.columns)
    if twice:
        notice("error", f"{loaded.name}: more than one header is mapped to {', '.join(twice)}. Pick one.")
        return
    try:
        result = ws.reimport(index, options)
    except (WorkspaceBusy, WorkspaceError) as problem:
        notice("error", f"{loaded.name} was not re-imported: {problem}")
        return
    except Exception:
        notice("error", f"{loaded.name} could not be imported with these choices. Try another table.")
        return
    if result.error:
        return  # shown in the file's panel
    if save:
        fingerprint = getattr(result, "fingerprint", None) or getattr(loaded.result, "fingerprint", None)
        if fingerprint:
            profile = MappingProfile(
                table=options.table,
                columns=dict(options.columns),
                date_orders=dict(options.date_orders),
                conversions_off=sorted(options.conversions_off),
            )
            try:
                ws.set_settings(replace(ws.settings, mappings={**ws.settings.mappings, fingerprint: profile}))
            except (WorkspaceBusy, WorkspaceError) as problem:
                notice("error", f"The mapping was not saved: {problem}")
                return
            notice(
                "success", f"Mapping saved: files with the same headers as {loaded.name} will map this way."
            )
    notice("success", f"{loaded.name}: re-imported, {plural(result.rows_loaded, 'row')} loaded.")


def _toggle_transformation(ws: Workspace, token: str, key: str) -> None:
    """Import the file again with one transformation undone, or applied again."""
    index = _index(ws, token)
    if index is None:
        return
    loaded = ws.files[index]
    options = _chosen_options(token, loaded)
    undo = set(options.undo) ^ {key}
    options.undo = frozenset(undo)
    if key in RESHAPING:
        options.columns = {}
    result = ws.reimport(index, options)
    label = TRANSFORMATION_LABELS.get(key, key)
    done = "undone" if key in undo else "applied again"
    if result.ok:
        notice("success", f"{loaded.name}: {label} {done}; {plural(result.rows_loaded, 'row')} loaded.")


def transformation_controls(ws: Workspace, loaded: LoadedFile, token: str) -> None:
    """One button per change the importer made (undo it) or the user undid (apply it again)."""
    result = loaded.result
    applied = list(dict.fromkeys(t.key for t in getattr(result, "transformations", []) if t.undoable))
    undone = [k for k in getattr(result, "undone", []) if k not in applied]
    if not applied and not undone:
        return
    row = st.container(horizontal=True)
    for key in applied:
        row.button(
            f"Undo: {TRANSFORMATION_LABELS.get(key, key)}",
            key=f"undo_{token}_{key}",
            icon=":material/undo:",
            on_click=_toggle_transformation,
            args=(ws, token, key),
        )
    for key in undone:
        row.button(
            f"Apply again: {TRANSFORMATION_LABELS.get(key, key)}",
            key=f"redo_{token}_{key}",
            icon=":material/redo:",
            on_click=_toggle_transformation,
            args=(ws, token, key),
        )


def _choose_table(ws: Workspace, token: str, table: str) -> None:
    """Import a waiting file into the table the user picked, mapping its columns for that table."""
    index = _index(ws, token)
    if index is None:
        return
    loaded = ws.files[index]
    st.session_state[f"tbl_{token}"] = table
    try:
        result = ws.reimport(index, ImportOptions(table=table))
    except Exception:
        notice("error", f"{loaded.name} could not be imported as {TABLES[table].title}. Try another table.")
        return
    if result.ok:
        notice(
            "success",
            f"{loaded.name}: {plural(result.rows_loaded, 'row')} loaded into {TABLES[table].title}.",
        )


def _remove(ws: Workspace, token: str) -> None:
    index = _index(ws, token)
    if index is not None:
        name = ws.files[index].name
        try:
            ws.remove_file(index)
        except (WorkspaceBusy, WorkspaceError) as problem:
            notice("error", f"{name} was not removed: {problem}")
            return
        notice("info", f"{name} removed.")


def table_summary(result) -> str:
    """The chosen table and how sure the choice is: "Tickets (confidence 92%)"."""
    if not result.table:
        return "not recognised"
    title = TABLES[result.table].title
    if result.confidence is None:
        return title
    if result.table_reason == CHOSEN:
        return f"{title} (your choice)"
    if result.needs_table_choice:
        return f"{title}? (a close call, {result.confidence:.0%}: choose below)"
    return f"{title} (confidence {result.confidence:.0%})"


def mapping_evidence(result) -> pd.DataFrame:
    """One row per mapped header: the column it fills and the evidence for it."""
    rows = [
        (header, column, result.mapping_reasons.get(header, "")) for header, column in result.mapping.items()
    ]
    rows += [(header, "— not used —", "") for header in result.unmapped]
    return pd.DataFrame(rows, columns=["header in the file", "column", "evidence"])


def file_facts(loaded: LoadedFile) -> pd.DataFrame:
    """What the importer found out about a file, as a two-column table."""
    r = loaded.result
    facts = [
        ("Table", table_summary(r)),
        ("Encoding", r.encoding or "unknown"),
        ("Delimiter", DELIMITER_NAMES.get(r.delimiter or "", r.delimiter or "unknown")),
        ("Header row", str(r.header_row) if r.header_row else "unknown"),
        ("Footer lines stripped", str(r.footer_lines)),
        ("Rows read", f"{r.rows_read:,}"),
        ("Rows loaded", f"{r.rows_loaded:,}"),
        ("Rows rejected", f"{r.rows_rejected:,}"),
        ("Rows skipped (empty, second header)", f"{r.rows_skipped:,}"),
        ("Rows under the header (all accounted for)", f"{r.rows_in_file:,}"),
    ]
    if r.runner_up in TABLES and r.table_reason != CHOSEN:
        facts.append(("Next likeliest", TABLES[r.runner_up].title))
    if r.table_reason and r.table_reason != CHOSEN:
        facts.append(("Why", r.table_reason))
    if r.profile_used:
        facts.append(("Saved mapping used", "yes"))
    applied = getattr(r, "conversions", [])
    if applied:
        facts.append(("Conversions applied", f"{len(applied)} (listed beside the mapping)"))
    for change in getattr(r, "transformations", []):
        facts.append(("Changed", change.text))
    for key in getattr(r, "undone", []):
        facts.append(("Not applied (undone)", TRANSFORMATION_LABELS.get(key, key)))
    for col, order in r.date_orders.items():
        default = " (every value fits both orders: default)" if col in r.ambiguous_dates else ""
        facts.append((f"Date order of {col}", DATE_ORDER_LABELS.get(order, order) + default))
    return pd.DataFrame(facts, columns=["what", "found"])


def file_panel(ws: Workspace, loaded: LoadedFile, number: int) -> None:
    """Everything about one file: what was found, the mapping to correct, a preview."""
    result = loaded.result
    token = _token(loaded)
    if result.needs_table_choice:
        status = "waits for your choice of table"
    elif not result.ok:
        status = "not loaded"
    else:
        status = f"{TABLES[result.table].title}, {plural(result.rows_loaded, 'row')}"
    with st.expander(f"{number}. {escape_md(loaded.name)} — {escape_md(status)}", expanded=not result.ok):
        if result.error and not result.needs_table_choice:
            message = result.error if loaded.name in result.error else f"{loaded.name}: {result.error}"
            st.error(escape_md(message), icon=":material/error:")
        if result.needs_table_choice:
            _table_question(ws, loaded, token)
        for warning in result.warnings:
            st.warning(escape_md(warning), icon=":material/warning:")
        if result.mapping:
            st.caption("How each header was read, and why:")
            st.dataframe(mapping_evidence(result), hide_index=True, width="stretch")
        facts_col, map_col = st.columns([2, 3])
        with facts_col:
            if result.encoding or result.rows_read:
                st.dataframe(file_facts(loaded), hide_index=True, width="stretch")
            _delimiter_choice(ws, loaded, token)
            transformation_controls(ws, loaded, token)
        with map_col:
            if source_headers(loaded):
                _mapping_form(ws, loaded, token)
            else:
                st.caption("No headers could be read from this file, so there is nothing to map.")
        if result.preview is not None and len(result.preview.columns):
            st.caption("The first rows as read from the file, before parsing:")
            st.dataframe(result.preview, hide_index=True, width="stretch")
        st.button(
            "Remove this file",
            key=f"rm_{token}",
            icon=":material/delete:",
            on_click=_remove,
            args=(ws, token),
        )


def _table_question(ws: Workspace, loaded: LoadedFile, token: str) -> None:
    """A close call: the file is not loaded until the user says which table it is."""
    result = loaded.result
    options = [t for t in dict.fromkeys((result.table, result.runner_up)) if t in TABLES]
    st.info(
        escape_md(
            f"Which table is {loaded.name}? It fits "
            + " and ".join(TABLES[t].title for t in options)
            + " almost equally well, so it waits for your choice."
        ),
        icon=":material/help:",
    )
    cells = st.columns(len(options) or 1)
    for cell, table in zip(cells, options, strict=False):
        cell.button(
            f"Load as {TABLES[table].title}",
            key=f"pick_{token}_{table}",
            on_click=_choose_table,
            args=(ws, token, table),
        )


def _delimiter_choice(ws: Workspace, loaded: LoadedFile, token: str) -> None:
    """Let the user name the delimiter when the detected one split the file wrongly."""
    choices = [AUTO, *DELIMITER_NAMES]
    st.selectbox(
        "Delimiter",
        choices,
        format_func=lambda d: "detect it" if d == AUTO else DELIMITER_NAMES[d],
        key=f"dlm_{token}",
        help="Columns split wrongly? Name the character between fields and read the file again.",
    )
    st.button(
        "Read again",
        key=f"again_{token}",
        icon=":material/refresh:",
        on_click=_reimport,
        args=(ws, token, False),
    )


def _conversion_switches(loaded: LoadedFile, token: str) -> None:
    """One switch per conversion: off leaves the values as the file wrote them on re-import."""
    rows = conversion_rows(loaded)
    if not rows:
        return
    st.markdown("**Conversions applied**")
    st.caption("What the importer changed in the values, and why. Switch one off and re-import to undo it.")
    for key, text, applied in rows:
        st.toggle(escape_md(text), value=applied, key=_conversion_key(token, key))


def _mapping_form(ws: Workspace, loaded: LoadedFile, token: str) -> None:
    result = loaded.result
    names = list(TABLES)
    current = result.table if result.table in TABLES else names[0]
    table = st.selectbox(
        "Table this file belongs to",
        names,
        index=names.index(current),
        format_func=lambda t: TABLES[t].title,
        key=f"tbl_{token}",
    )
    columns = [IGNORE, *TABLES[table].column_names]
    with st.form(key=f"form_{token}_{table}", border=False):
        st.caption("Each header in the file and the column it fills. Leave a header empty to ignore it.")
        cells = st.columns(3)
        for j, header in enumerate(source_headers(loaded)):
            reason = result.mapping_reasons.get(header)
            with cells[j % 3]:
                st.selectbox(
                    escape_md(header) or "(blank header)",
                    columns,
                    index=columns.index(default_choice(loaded, header, table)),
                    format_func=lambda c: c or "— ignore —",
                    key=f"col_{token}_{table}_{j}",
                    help=f"Mapped because {escape_md(reason)}." if reason else None,
                )
        for col in _date_columns(table):
            detected = result.date_orders.get(col) if table == result.table else None
            if detected not in ("DMY", "MDY") and col not in result.ambiguous_dates:
                continue
            default = detected or "DMY"
            note = (
                " — every value fits both; this is the default used" if col in result.ambiguous_dates else ""
            )
            st.radio(
                f"Day/month order of {col}{note}",
                ["DMY", "MDY"],
                index=["DMY", "MDY"].index(default),
                format_func=DATE_ORDER_LABELS.get,
                horizontal=True,
                key=f"ord_{token}_{table}_{col}",
            )
        _conversion_switches(loaded, token)
        fingerprint = getattr(result, "fingerprint", None)
        left, right = st.columns(2)
        left.form_submit_button(
            "Re-import with these choices",
            icon=":material/refresh:",
            on_click=_reimport,
            args=(ws, token, False),
            key=f"reimport_{token}",
        )
        right.form_submit_button(
            "Save this mapping",
            icon=":material/bookmark:",
            on_click=_reimport,
            args=(ws, token, True),
            key=f"save_{token}",
            disabled=not fingerprint,
            help="Re-import with these choices and remember them: the next file with the same "
            "headers maps itself."
            if fingerprint
            else "This file's headers could not be fingerprinted, so its mapping cannot be saved.",
        )
