"""The Data page in a running app: uploads, the data report, rejects, errors, templates, sample switch."""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from cs_dash.importing import ImportResult
from cs_dash.schema import TABLES
from tests.conftest import ROOT
from ui.data_widgets import duplicate_targets, escape_md, size_problem, table_summary

ENGAGEMENTS_CSV = (
    b"date,account,csm,tag,type,duration_min\n"
    b"2025-01-02,Acme,Dana Lee,proactive,Call,30\n"
    b"2025-01-03,Acme,Dana Lee,reactive,Email,10\n"
    b"2025-01-04,Globex,Sam Wu,proactive,Meeting,60\n"
)


@pytest.fixture
def data_page():
    # Every AppTest runs under the same session id, so session-scoped caches (the workspace) would
    # carry one test's uploads into the next; start each test from a fresh workspace.
    AppTest.from_string("import streamlit as st\nst.cache_resource.clear()").run()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("pages/data.py").run()
    assert not at.exception
    return at


def report(at: AppTest) -> dict[str, int]:
    """Rows loaded per table, read from the page's data report."""
    frame = next(df.value for df in at.dataframe if "rows loaded" in df.value.columns)
    by_title = dict(zip(frame["table"], frame["rows loaded"], strict=True))
    return {name: int(by_title[spec.title]) for name, spec in TABLES.items()}


def rejects(at: AppTest) -> pd.DataFrame | None:
    return next((df.value for df in at.dataframe if "reason" in df.value.columns), None)


def showing_sample(at: AppTest) -> bool:
    return any(c.value.startswith("Showing the sample data") for c in at.caption)


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader[0].set_value([(name, data, "text/csv") for name, data in files]).run()
    assert not at.exception
    return at


def test_page_runs_on_the_sample_data_and_reports_every_table(data_page):
    counts = report(data_page)
    assert counts["engagements"] == 19_908
    assert counts["accounts"] == 300
    assert all(counts[t] > 0 for t in TABLES)
    assert showing_sample(data_page)
    assert rejects(data_page) is None  # the sample is clean


def test_uploading_an_engagements_file_replaces_the_sample(data_page):
    upload(data_page, ("e.csv", ENGAGEMENTS_CSV))
    counts = report(data_page)
    assert counts["engagements"] == 3
    assert counts["accounts"] == 0 and counts["team"] == 0
    assert not showing_sample(data_page)
    assert any("3 rows loaded" in s.value for s in data_page.success)


def test_an_upload_is_imported_once_however_often_the_page_reruns(data_page):
    upload(data_page, ("e.csv", ENGAGEMENTS_CSV))
    data_page.run()
    data_page.run()
    assert report(data_page)["engagements"] == 3


def test_several_files_upload_at_once(data_page):
    team = b"csm,hourly_rate\nDana Lee,90\n"
    upload(data_page, ("e.csv", ENGAGEMENTS_CSV), ("team.csv", team))
    counts = report(data_page)
    assert (counts["engagements"], counts["team"]) == (3, 1)


def test_a_row_with_a_missing_required_value_shows_in_the_report(data_page):
    bad = ENGAGEMENTS_CSV + b"2025-01-05,,Dana Lee,proactive,Call,15\n"
    upload(data_page, ("bad.csv", bad))
    assert report(data_page)["engagements"] == 3
    rejected = rejects(data_page)
    assert rejected is not None
    row = rejected.iloc[0]
    assert (row["file"], int(row["row"])) == ("bad.csv", 5)  # header is row 1, the bad line is row 5
    assert row["table"] == TABLES["engagements"].title
    labels = [b.label for b in data_page.get("download_button")]
    assert "Download rejected rows as CSV" in labels
    # The upload's own message says rows were left out, not a plain success.
    assert any("1 row could not be loaded" in w.value for w in data_page.warning)
    assert not any("bad.csv" in s.value for s in data_page.success)


def test_a_garbage_file_gets_one_clear_sentence_and_no_traceback(data_page):
    upload(data_page, ("junk.csv", bytes(range(256)) * 20))
    errors = [e.value.replace("\\", "") for e in data_page.error]
    assert any("junk.csv" in e for e in errors), errors
    assert not data_page.exception
    assert not any("Traceback" in e or "Error:" in e for e in errors)


def test_use_sample_data_switches_back_after_an_upload(data_page):
    upload(data_page, ("e.csv", ENGAGEMENTS_CSV))
    assert report(data_page)["engagements"] == 3
    data_page.button(key="use_sample").click().run()
    assert not data_page.exception
    assert report(data_page)["engagements"] == 19_908
    assert showing_sample(data_page)


def test_clear_all_data_empties_every_table(data_page):
    data_page.button(key="clear_all").click().run()
    assert not data_page.exception
    assert all(n == 0 for n in report(data_page).values())


def test_choosing_another_table_and_reimporting_moves_the_rows(data_page):
    cases = b"ticket_id,account,opened_at\nT-1,Acme,2025-01-02 09:00:00\nT-2,Globex,2025-01-03 10:00:00\n"
    upload(data_page, ("cases.csv", cases))
    for target in ("tickets", "accounts"):
        picker = next(s for s in data_page.selectbox if s.label == "Table this file belongs to")
        picker.set_value(target).run()
        button = next(b for b in data_page.button if b.label == "Re-import with these choices")
        button.click().run()
        assert not data_page.exception
        counts = report(data_page)
        assert counts[target] == 2, (target, counts)
        assert sum(counts.values()) == 2


def test_the_delimiter_the_user_names_is_the_one_used(data_page):
    piped = b"date|account|csm|tag\n2025-01-02|Acme|Dana|proactive\n2025-01-03|Globex|Lee|reactive\n"
    upload(data_page, ("piped.csv", piped))
    assert report(data_page)["engagements"] == 2  # detected
    for delimiter, loaded in ((";", 0), ("|", 2)):
        picker = next(s for s in data_page.selectbox if s.label == "Delimiter")
        picker.set_value(delimiter).run()
        next(b for b in data_page.button if b.label == "Read again").click().run()
        assert not data_page.exception
        assert report(data_page)["engagements"] == loaded, delimiter


def test_every_table_has_a_template_download(data_page):
    labels = {b.label for b in data_page.get("download_button")}
    assert {spec.title for spec in TABLES.values()} <= labels
    assert "All templates (zip)" in labels


def test_a_file_over_the_limit_is_refused_with_its_size_and_the_limit():
    assert size_problem("big.csv", 10 * 1024 * 1024, 10) is None
    message = size_problem("big.csv", 12 * 1024 * 1024, 10)
    assert message.startswith("big.csv is 12 MB, over the limit of 10 MB per file.")


def test_user_text_cannot_become_markdown_images_or_links():
    assert escape_md("![x](http://evil/pixel.png)") == "\\!\\[x\\]\\(http\\://evil/pixel.png\\)"
    assert escape_md(":red[alarm]") == "\\:red\\[alarm\\]"


def test_two_headers_on_one_column_are_caught_before_reimporting():
    assert duplicate_targets({"Date": "date", "Created": "date", "Notes": ""}) == ["date"]
    assert duplicate_targets({"Date": "date", "Notes": "", "Other": ""}) == []


@pytest.fixture
def recorded(monkeypatch):
    """Wrap the importer: record the options of every call, and give results a fingerprint and an
    ambiguous date column as the full importer does."""
    import cs_dash.workspace

    calls = []
    real_import = cs_dash.workspace.import_file

    def import_and_record(con, path, name, staging, options=None, **more):
        result = real_import(con, path, name, staging, options, **more)
        calls.append((name, options))
        if result.ok and result.table == "engagements":
            result.fingerprint = "fingerprint-of-" + name
            result.date_orders = {"date": "DMY"}
            result.ambiguous_dates = ["date"]
        return result

    monkeypatch.setattr(cs_dash.workspace, "import_file", import_and_record)
    return calls


def _selectbox(at: AppTest, label: str):
    return next(s for s in at.selectbox if s.label.replace("\\", "") == label)


def test_changed_column_and_date_order_are_what_the_reimport_uses(recorded, data_page):
    upload(data_page, ("e.csv", ENGAGEMENTS_CSV))
    _selectbox(data_page, "duration_min").set_value("")
    radio = next(r for r in data_page.radio if r.label.startswith("Day/month order of date"))
    assert radio.value == "DMY"  # the default the importer used is shown
    radio.set_value("MDY")
    next(b for b in data_page.button if b.label == "Re-import with these choices").click().run()
    assert not data_page.exception
    name, options = recorded[-1]
    assert name == "e.csv"
    assert options.table == "engagements"
    assert options.columns["duration_min"] == ""
    assert options.columns["date"] == "date"
    assert options.date_orders == {"date": "MDY"}


def test_saving_a_mapping_lists_it_as_saved(recorded, data_page):
    upload(data_page, ("e.csv", ENGAGEMENTS_CSV))
    _selectbox(data_page, "type").set_value("")
    next(b for b in data_page.button if b.label == "Save this mapping").click().run()
    assert not data_page.exception
    saved = next(df.value for df in data_page.dataframe if "ignored" in df.value.columns)
    assert saved.to_dict("records") == [
        {
            "table": TABLES["engagements"].title,
            "headers": "date, account, csm, tag, duration_min",
            "ignored": "type",
            "date orders": "date: DMY",
        }
    ]


def test_a_mapping_cannot_be_saved_without_a_header_fingerprint(monkeypatch, data_page):
    import cs_dash.workspace

    real_import = cs_dash.workspace.import_file

    def without_fingerprint(*args, **kwargs):
        result = real_import(*args, **kwargs)
        result.fingerprint = None
        return result

    monkeypatch.setattr(cs_dash.workspace, "import_file", without_fingerprint)
    upload(data_page, ("e.csv", ENGAGEMENTS_CSV))
    save = next(b for b in data_page.button if b.label == "Save this mapping")
    assert save.disabled


def test_thousands_of_rejects_are_capped_on_the_page_but_all_downloadable(data_page):
    bad_rows = b"".join(b"2025-01-05,,Dana Lee,proactive,Call,15\n" for _ in range(2_001))
    upload(data_page, ("many.csv", ENGAGEMENTS_CSV + bad_rows))
    assert report(data_page)["engagements"] == 3
    assert len(rejects(data_page)) == 2_000
    assert any(c.value.startswith("Showing the first 2,000") for c in data_page.caption)
    assert "Download rejected rows as CSV" in [b.label for b in data_page.get("download_button")]


def test_each_conversion_is_listed_with_a_switch_that_undoes_it(recorded, data_page):
    accounts = b"Account Name,ARR (cents),Status\nAcme,1200000,Baja\nGlobex,550050,Activo\n"
    upload(data_page, ("accounts.csv", accounts))
    switches = {t.label.replace("\\", ""): t for t in data_page.toggle}
    cents = next(t for label, t in switches.items() if label.startswith("cents ÷ 100"))
    assert cents.value is True
    assert any(label.startswith("Account statuses in cs-dash's words") for label in switches)
    cents.set_value(False)
    next(b for b in data_page.button if b.label == "Re-import with these choices").click().run()
    assert not data_page.exception
    name, options = recorded[-1]
    assert (name, options.conversions_off) == ("accounts.csv", {"arr:cents"})
    after = next(t for t in data_page.toggle if t.label.replace("\\", "").startswith("cents ÷ 100"))
    assert after.value is False  # still listed, now off, so it can be switched back on


MIXED_CSV = b"Account,Date,Owner,Users,Rating\nAcme,2025-01-02,Dana Lee,5,4\nGlobex,2025-01-03,Sam Wu,7,5\n"


def test_a_close_call_waits_for_the_users_table_choice_then_loads_there(data_page):
    upload(data_page, ("mixed.csv", MIXED_CSV))
    assert sum(report(data_page).values()) == 0  # not loaded into a doubtful table
    assert any("waits for your choice of table" in w.value for w in data_page.warning)
    question = [i.value.replace("\\", "") for i in data_page.info]
    assert any(q.startswith("Which table is mixed.csv?") for q in question), question
    pick = next(b for b in data_page.button if b.label == "Load as Product usage")
    pick.click().run()
    assert not data_page.exception
    assert report(data_page)["usage"] == 2
    assert sum(report(data_page).values()) == 2


def test_a_sure_guess_shows_its_confidence_and_only_a_chosen_table_says_your_choice():
    # A file whose headers are the canonical names is guessed with full confidence; the guess is
    # still a guess, not the user's choice.
    guessed = ImportResult("e.csv", table="engagements", confidence=1.0, runner_up="team", table_reason="…")
    chosen = ImportResult("e.csv", table="engagements", confidence=1.0, table_reason="your choice")
    assert table_summary(guessed) == "Engagements (CSM tracker) (confidence 100%)"
    assert table_summary(chosen) == "Engagements (CSM tracker) (your choice)"


def test_each_mapped_column_shows_its_evidence_and_the_table_its_confidence(data_page):
    upload(data_page, ("e.csv", ENGAGEMENTS_CSV))
    evidence = next(df.value for df in data_page.dataframe if "evidence" in df.value.columns)
    by_header = dict(zip(evidence["header in the file"], evidence["column"], strict=True))
    assert by_header["tag"] == "tag" and by_header["duration_min"] == "duration_min"
    assert all(evidence["evidence"].str.len() > 0)
    facts = next(df.value for df in data_page.dataframe if "found" in df.value.columns)
    table_fact = dict(zip(facts["what"], facts["found"], strict=True))
    assert table_fact["Table"].startswith("Engagements (CSM tracker) (confidence ")
    assert "Next likeliest" in table_fact and "Why" in table_fact
