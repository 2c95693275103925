"""Damaged and unusable files: each loads what it can with reasons, or says in one sentence why not."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from cs_dash.importing import ImportOptions
from cs_dash.schema import TABLES

D = dt.date


def test_empty_file_says_it_is_empty(load):
    r = load("empty.csv")
    assert r.error == "empty.csv is empty: export the report again with its rows and upload that file."
    assert r.staging_table is None


def test_header_only_file_loads_zero_rows_with_a_warning(load):
    r = load("header_only.csv")
    assert r.ok and r.table == "engagements"
    assert (r.rows_read, r.rows_loaded) == (0, 0)
    assert "The file has a header but no rows: nothing was loaded." in r.warnings


def test_file_without_header_asks_for_one(load):
    r = load("no_header.csv")
    assert r.error == (
        "no_header.csv starts with data instead of column names: add a header row (a template is on the Data page)."
    )


def test_xlsx_renamed_to_csv_says_how_to_save_as_csv(load):
    r = load("xlsx_renamed.csv")
    assert r.error.startswith("xlsx_renamed.csv is an Excel workbook (.xlsx)")
    assert "CSV UTF-8" in r.error


def test_binary_garbage_is_refused_in_one_sentence(load):
    r = load("garbage.csv")
    assert r.error == (
        "garbage.csv is a binary file, not a CSV text file: export the data as CSV from the system it came from."
    )


@pytest.mark.parametrize("seed", range(12))
def test_random_bytes_never_raise(load, seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000)))
    r = load("random.csv", data=data)
    assert r.ok or (r.error and "\n" not in r.error)


def test_two_columns_that_match_no_table_name_the_columns(load):
    r = load("two_columns_no_table.csv")
    assert r.error == (
        "two_columns_no_table.csv does not look like any table cs-dash knows (its columns are: Fruit, Colour): rename the "
        "headers as in a template from the Data page, or choose the table and columns by hand."
    )


def test_missing_required_column_names_it_and_what_to_do(load):
    r = load("missing_tag_column.csv")
    assert r.error == (
        "missing_tag_column.csv looks like an engagements file but has no column for tag (Proactive or Reactive): add that "
        "column, or map one of its columns to it on the Data page."
    )
    assert r.table == "engagements" and r.mapping["Account"] == "account"
    assert r.preview is not None and list(r.preview.columns) == ["Date", "Account", "CSM", "Type"]


def test_duplicate_headers_are_numbered_and_only_the_first_is_mapped(load):
    r = load("duplicate_headers.csv")
    assert list(r.preview.columns) == ["Date", "Account", "CSM", "Tag", "Notes", "Notes_2"]
    assert r.mapping["Notes"] == "notes" and "Notes_2" in r.unmapped
    assert load.rows(r, "notes") == [("first",)]


def test_ragged_rows_are_rejected_with_the_field_counts(load):
    r = load("ragged_rows.csv")
    assert load.rows(r, "account", "source_row") == [("Acme Corp", 2), ("Umbrella", 5)]
    assert load.rejects(r) == [
        (
            3,
            "",
            "2025-02-02,Globex,Dana Lee",
            "the row has fewer fields than the header (5 expected, 3 found)",
        ),
        (
            4,
            "",
            "2025-02-03,Initech,Sam,Reactive,too,many,fields",
            "the row has more fields than the header (5 expected, 6 found)",
        ),
    ]
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (4, 2, 2)


def test_unterminated_quote_rejects_the_row_and_says_what_followed(load):
    r = load("unterminated_quote.csv")
    assert load.rows(r, "account") == [("Acme Corp",)]
    (row, column, value, reason) = load.rejects(r)[0]
    assert (row, column) == (3, "")
    assert value.startswith('2025-02-02,Globex,Dana Lee,Reactive,"never closed')
    assert "never closed" in reason
    assert any("row 3 is never closed" in w and "1 line(s)" in w for w in r.warnings)


def test_empty_and_unknown_tags_are_rejected_never_guessed(load):
    r = load("empty_tags.csv")
    assert load.rows(r, "account") == [("Acme Corp",)]
    assert load.rejects(r) == [
        (3, "tag", "", "tag '' is neither Proactive nor Reactive"),
        (4, "tag", "", "tag '' is neither Proactive nor Reactive"),
        (5, "tag", "", "tag '' is neither Proactive nor Reactive"),
        (6, "tag", "Escalation", "tag 'Escalation' is neither Proactive nor Reactive"),
    ]
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (5, 1, 4)


def test_ambiguous_dates_default_to_month_first_and_say_so(load):
    r = load("ambiguous_dates.csv")
    assert r.date_orders == {"date": "MDY"} and r.ambiguous_dates == ["date"]
    assert any("month first (MM/DD)" in w for w in r.warnings)
    assert load.rows(r, "date") == [(D(2025, 3, 4),), (D(2025, 5, 6),), (D(2025, 12, 11),)]


def test_the_user_can_turn_ambiguous_dates_day_first(load):
    r = load("ambiguous_dates.csv", ImportOptions(date_orders={"date": "DMY"}))
    assert r.date_orders == {"date": "DMY"} and r.ambiguous_dates == []
    assert load.rows(r, "date") == [(D(2025, 4, 3),), (D(2025, 6, 5),), (D(2025, 11, 12),)]


def test_amounts_of_both_conventions_currency_signs_exponents_and_brackets(load):
    r = load("amounts_both_conventions.csv")
    assert r.table == "accounts"
    # $1,234.50 and 1.234,50 € are both 1234.5; 1.39E8 = 139,000,000; (1,200) = -1200.
    assert load.rows(r, "account", "arr", "cac") == [
        ("Acme Corp", 1234.5, 200.0),
        ("Globex", 1234.5, -1200.0),
        ("Initech", 139_000_000.0, None),
        ("Umbrella", 2000.0, None),
    ]
    assert load.rejects(r) == [(5, "CAC", "n/a", "value dropped: CAC 'n/a' is not a number")]
    assert r.rows_rejected == 0


def test_names_with_markup_quotes_and_emoji_load_verbatim(load):
    r = load("script_names.csv")
    assert load.rows(r, "account", "arr") == [
        ("<script>alert(1)</script>", 100.0),
        ('O\'Brien "The Boss" & Co', 200.0),
        ("Rocket 🚀 Labs", 300.0),
        ("![](http://evil.example/pixel.png)", 400.0),
    ]


def test_account_names_differing_by_case_and_spaces_share_one_key(ws):
    from tests.import_helpers import MESSY

    r = ws.add_file("case_space_names.csv", (MESSY / "case_space_names.csv").read_bytes())
    assert r.rows_loaded == 3
    assert ws.scalar("SELECT count(DISTINCT account_key) FROM engagements") == 1
    assert ws.scalar("SELECT count(DISTINCT csm_key) FROM engagements") == 1
    assert ws.query("SELECT account FROM engagements ORDER BY source_row")["account"].tolist() == [
        "Acme Corp",
        "ACME CORP",
        "acme   corp",
    ]


def test_unreadable_required_values_reject_the_row_and_optional_ones_are_dropped(load):
    r = load("bad_values.csv")
    assert load.rows(r, "date", "account", "duration_min", "effectiveness") == [
        (D(2025, 4, 1), "Acme Corp", None, 4.0),
    ]
    assert load.rejects(r) == [
        (
            2,
            "duration",
            "about an hour",
            "value dropped: duration 'about an hour' is not a duration (minutes, 1:30 or 1h 30m)",
        ),
        (3, "date", "not a date", "date 'not a date' is not a date"),
        (3, "effectiveness", "great", "value dropped: effectiveness 'great' is not a number"),
        (4, "account", "", "account is empty"),
    ]
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (3, 1, 2)


def test_empty_rows_are_skipped_and_counted(load):
    r = load("blank_rows.csv")
    assert load.rows(r, "account", "source_row") == [("Acme Corp", 2), ("Globex", 4)]
    assert "Skipped 1 empty row(s)." in r.warnings
    assert r.rows_rejected == 0


def test_invalid_utf8_after_the_first_megabyte_rereads_the_file_as_a_legacy_encoding(load):
    lines = ["date,account,csm,tag"] + [f"2025-01-02,Acme {i},Dana,P" for i in range(45_000)]
    lines.append("2025-01-03,Café Müller,Dana,R")
    r = load("late_latin1.csv", data=("\n".join(lines) + "\n").encode("latin-1"))
    assert r.encoding == "latin-1"
    assert r.rows_loaded == 45_001 and r.rows_rejected == 0
    assert load.rows(r, "account")[-1] == ("Café Müller",)


def test_staging_table_has_exactly_the_canonical_columns_and_types(load):
    r = load("hand_kept_tracker.csv")
    described = load.con.execute(f'DESCRIBE "{r.staging_table}"').fetchall()
    expected = [(c.name, c.duckdb_type) for c in TABLES["engagements"].columns]
    expected += [("source_file", "VARCHAR"), ("source_row", "BIGINT")]
    assert [(row[0], row[1]) for row in described] == expected


def test_preview_shows_the_first_rows_as_text(load):
    r = load("hand_kept_tracker.csv")
    assert list(r.preview.columns) == ["When", "Customer", "Who", "P/R", "Time spent", "What happened"]
    assert r.preview.iloc[1].tolist() == ["16/01/2025", "Acme Corp", "Dana", "R", "1:30", "Fixed SSO"]


def test_rows_ending_with_a_delimiter_the_header_lacks_still_load(load):
    r = load("trailing_delimiter.csv")
    assert list(r.preview.columns) == ["account", "arr", "segment", "Column 4"]
    assert load.rows(r, "account", "arr", "segment") == [
        ("Acme Corp", 1000.0, "SMB"),
        ("Globex", 2000.0, "Enterprise"),
    ]
    assert r.rows_rejected == 0


def test_a_file_whose_rows_do_not_split_like_its_header_is_refused(load):
    r = load("wrong_delimiter.csv")
    assert r.error == (
        "wrong_delimiter.csv could not be split into columns: most rows have a different number of fields than "
        "its header when split at each semicolon; check the file opens as a table in a spreadsheet, or choose "
        "the delimiter on the Data page."
    )


def test_the_user_can_choose_the_delimiter_and_the_encoding(load):
    r = load("european_excel.csv", ImportOptions(delimiter=";", encoding="cp1252"))
    assert (r.delimiter, r.encoding) == (";", "cp1252")
    assert load.rows(r, "account")[0] == ("Café Müller",)
    wrong = load("european_excel.csv", ImportOptions(encoding="latin-1"))
    assert load.rows(wrong, "notes")[0] == ("\x93Top\x94 Kunde",)  # what the user asked for, verbatim
    assert load("utf8_bom.csv", ImportOptions(delimiter="ab")).error.startswith(
        "utf8_bom.csv was given a delimiter"
    )


@pytest.mark.parametrize(
    ("data", "start"),
    [
        (b"<!DOCTYPE html><html><body>Please log in</body></html>", "login.csv is a web page"),
        (b'[{"account": "Acme", "arr": 1}]', "login.csv is JSON, not CSV"),
        (b"%PDF-1.7 ...", "login.csv is a PDF document"),
    ],
)
def test_web_pages_json_and_pdfs_saved_as_csv_are_named_for_what_they_are(load, data, start):
    assert load("login.csv", data=data).error.startswith(start)


def test_a_number_too_large_for_a_float_does_not_stop_the_import(load):
    r = load(
        "huge.csv",
        data=b"date,account,csm,tag,duration_min\n2025-01-01,Acme,Dana,P,1e400\n2025-01-02,Acme,Dana,P,30\n",
    )
    assert r.ok, r.error
    assert r.rows_loaded + r.rows_rejected == 2


@pytest.mark.parametrize(
    ("text", "commonest"),
    [
        # Dates in a spelling nothing reads: two of the three rows say so, the third has no tag.
        (
            "Date,Account,CSM,Type\nsomeday,Acme,Lee,Proactive\nlater,Beta,Lee,Reactive\n2025-01-02,Beta,Lee,maybe\n",
            "2 of them because Date 'someday' is not a date",
        ),
        # A ticket list whose every opening is empty; the optional priority dropped is no reason.
        (
            "Ticket,Kunde,Erstellt,Priorität\n1,Acme GmbH,,Hoch\n2,Beta AG,,Niedrig\n",
            "2 of them because Erstellt is empty",
        ),
    ],
)
def test_a_file_whose_every_row_is_rejected_is_an_error_with_its_commonest_reason(load, text, commonest):
    r = load("all_rejected.csv", data=text.encode("utf-8"))
    assert not r.ok and r.staging_table is None and r.rows_loaded == 0
    assert r.error.startswith(
        f"all_rejected.csv could not be loaded: all {r.rows_rejected} of its rows were rejected"
    )
    assert commonest in r.error
    assert len(load.rejects(r)) >= r.rows_rejected  # each rejected row keeps its reason in the report


def test_a_file_with_one_row_loaded_among_rejected_ones_loads_it_without_an_error(load):
    text = "Date,Account,CSM,Type\nsomeday,Acme,Lee,Proactive\n2025-01-02,Beta,Lee,Reactive\n"
    r = load("one_good.csv", data=text.encode("utf-8"))
    assert r.ok and (r.rows_loaded, r.rows_rejected) == (1, 1)
