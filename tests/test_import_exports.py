"""Real-looking exports from the systems CS teams use land in the right table with the right values."""

from __future__ import annotations

import datetime as dt

from cs_dash.importing import ImportOptions

D = dt.date
TS = dt.datetime


def test_salesforce_activity_report_drops_its_footer_and_reads_call_duration_as_seconds(load):
    r = load("salesforce_activities.csv")
    assert (r.table, r.encoding, r.delimiter, r.header_row, r.footer_lines) == (
        "engagements",
        "utf-8",
        ",",
        1,
        3,
    )
    assert r.mapping["Assigned"] == "csm" and r.mapping["Call Duration"] == "duration_min"
    # Call Duration is in seconds: 1800 s = 30 min, 600 s = 10 min, 2700 s = 45 min.
    assert load.rows(r, "date", "account", "csm", "tag", "type", "duration_min", "notes") == [
        (D(2025, 3, 14), "Acme Corp", "Dana Lee", "proactive", "Call", 30.0, "QBR prep"),
        (D(2025, 3, 18), "Globex", "Dana Lee", "reactive", "Call", 10.0, "Outage follow-up"),
        (D(2025, 4, 2), "Initech", "Sam Ortiz", "proactive", "Email", None, "Renewal check-in"),
        (D(2025, 12, 30), "Umbrella", "Sam Ortiz", "reactive", "Call", 45.0, 'Escalation "P1"'),
    ]
    assert (r.rows_read, r.rows_loaded, r.rows_rejected) == (4, 4, 0)
    assert r.date_orders == {"date": "MDY"} and r.ambiguous_dates == []


def test_salesforce_api_export_reads_call_duration_in_seconds_and_boolean_tags(load):
    r = load("salesforce_tasks_api.csv")
    assert r.table == "engagements"
    assert r.mapping["CallDurationInSeconds"] == "duration_min"
    assert r.mapping["Proactive__c"] == "tag"
    # 3600 s = 60 min; 90 s = 1.5 min.
    assert load.rows(r, "date", "account", "csm", "tag", "duration_min") == [
        (D(2025, 1, 6), "Acme Corp", "Dana Lee", "proactive", 60.0),
        (D(2025, 1, 7), "Globex", "Dana Lee", "reactive", 1.5),
        (D(2025, 1, 8), "Initech", "Sam Ortiz", "proactive", None),
    ]


def test_hubspot_calls_convert_zoned_times_to_utc_and_milliseconds_to_minutes(load):
    r = load("hubspot_calls.csv")
    assert r.table == "engagements"
    assert r.mapping["Associated Company"] == "account"
    assert r.mapping["Activity assigned to"] == "csm"
    # 23:30 at -05:00 is 04:30 UTC the next day; 01:15 at +02:00 is 23:15 UTC the day before.
    # 1,800,000 ms = 30 min; 600,000 ms = 10 min; 5,400,000 ms = 90 min.
    assert load.rows(r, "date", "account", "tag", "duration_min", "outcome") == [
        (D(2025, 3, 14), "Acme Corp", "proactive", 30.0, "Connected"),
        (D(2025, 3, 15), "Globex", "reactive", 10.0, "Connected"),
        (D(2025, 3, 15), "Initech", "proactive", 90.0, "Left voicemail"),
    ]


def test_gainsight_timeline_reads_month_names_twelve_hour_clock_and_multiline_notes(load):
    r = load("gainsight_timeline.csv")
    assert r.table == "engagements"
    assert r.mapping["Company"] == "account" and r.mapping["Author"] == "csm"
    assert r.mapping["Proactive?"] == "tag" and r.mapping["Notes"] == "notes"
    assert load.rows(r, "date", "account", "csm", "tag", "type", "notes") == [
        (D(2024, 5, 11), "Acme Corp", "Dana Lee", "proactive", "Meeting", "Agenda:\n- roadmap\n- renewal"),
        (D(2024, 5, 12), "Globex", "Sam Ortiz", "reactive", "Call", "Customer unhappy"),
        (D(2024, 6, 13), "Initech", "Sam Ortiz", "proactive", "Email", None),
    ]


def test_gainsight_ctas_land_in_tickets_with_open_ones_left_open(load):
    r = load("gainsight_ctas.csv")
    assert r.table == "tickets"
    assert load.rows(r, "ticket_id", "account", "opened_at", "closed_at", "priority", "escalated") == [
        ("CTA-1", "Acme Corp", TS(2025, 2, 1, 8), TS(2025, 2, 3, 17, 30), "High", True),
        ("CTA-2", "Globex", TS(2025, 2, 5, 10), None, "Medium", False),
    ]


def test_european_excel_in_windows_1252_with_decimal_commas_and_euro_amounts(load):
    r = load("european_excel.csv")
    assert (r.table, r.encoding, r.delimiter) == ("engagements", "windows-1252", ";")
    assert r.date_orders == {"date": "DMY"}
    # 1,5 h = 90 min; 0:30 = 30 min; 1.234,50 € = 1234.5; 12.000 € = 12000; € 99,90 = 99.9.
    assert load.rows(r, "date", "account", "csm", "tag", "duration_min", "arr", "notes") == [
        (D(2025, 3, 14), "Café Müller", "Jürgen Weiß", "proactive", 90.0, 1234.5, "“Top” Kunde"),
        (D(2025, 4, 2), "Société Générale", "Jürgen Weiß", "reactive", 45.0, 12000.0, "–"),
        (D(2025, 4, 3), "Åkesson AB", "Dana Lee", "proactive", 30.0, 99.9, None),
    ]


def test_latin_1_file_without_windows_only_bytes_reads_as_latin_1(load):
    r = load("latin1_accounts.csv")
    assert (r.table, r.encoding) == ("accounts", "latin-1")
    assert load.rows(r, "account", "arr", "segment") == [
        ("Café Zürich", 5000.0, "SMB"),
        ("Niño Ltd", 7000.0, "Mid-Market"),
    ]


def test_german_headers_map_and_ambiguous_dates_follow_the_european_layout(load):
    r = load("german_headers.csv")
    assert r.table == "engagements"
    assert r.mapping == {
        "Datum": "date",
        "Kunde": "account",
        "Betreuer": "csm",
        "Kategorie": "tag",
        "Dauer (Min.)": "duration_min",
        "Notizen": "notes",
    }
    assert r.date_orders == {"date": "DMY"} and r.ambiguous_dates == ["date"]
    assert any("day first" in w and "European" in w for w in r.warnings)
    assert load.rows(r, "date", "account", "tag", "duration_min") == [
        (D(2025, 1, 5), "Müller GmbH", "proactive", 30.0),
        (D(2025, 1, 6), "Bäckerei Kraus", "reactive", 90.0),
    ]


def test_utf16_tab_separated_unicode_text_loads(load):
    r = load("utf16_unicode_text.txt")
    assert (r.table, r.encoding, r.delimiter) == ("engagements", "utf-16", "\t")
    assert load.rows(r, "date", "account", "tag", "duration_min") == [
        (D(2025, 5, 1), "Acme Corp", "proactive", 30.0),
        (D(2025, 5, 2), "Ōkami KK", "reactive", 15.0),
    ]


def test_utf8_bom_does_not_stick_to_the_first_header(load):
    r = load("utf8_bom.csv")
    assert (r.table, r.encoding) == ("accounts", "utf-8-sig")
    assert r.mapping["account"] == "account"
    assert load.rows(r, "account", "arr", "renewal_date") == [
        ("Acme Corp", 120000.0, D(2026, 6, 30)),
        ("Globex", 45000.0, D(2026, 1, 31)),
    ]


def test_hand_kept_tracker_reads_pr_tags_every_duration_style_and_two_date_formats(load):
    r = load("hand_kept_tracker.csv")
    assert r.table == "engagements"
    assert r.mapping["Who"] == "csm" and r.mapping["P/R"] == "tag" and r.mapping["When"] == "date"
    # 16/01/2025 has a day above 12, so the slashed dates are day-first; ISO dates stay ISO.
    # 45 = 45; 1:30 = 90; 01:30:00 = 90; 1h 30m = 90; 1.5 h = 90; 30 min = 30.
    assert load.rows(r, "date", "csm", "tag", "duration_min") == [
        (D(2025, 1, 15), "Dana", "proactive", 45.0),
        (D(2025, 1, 16), "Dana", "reactive", 90.0),
        (D(2025, 1, 17), "Sam", "proactive", 90.0),
        (D(2025, 1, 20), "Sam", "reactive", 90.0),
        (D(2025, 1, 21), "Dana", "proactive", 90.0),
        (D(2025, 1, 22), "Dana", "reactive", 30.0),
    ]
    assert r.rows_rejected == 0


def test_surveymonkey_second_header_row_is_skipped_and_rows_keep_their_spreadsheet_numbers(load):
    r = load("surveymonkey_nps.csv")
    assert r.table == "surveys"
    assert r.mapping["How likely is it that you would recommend us to a friend or colleague?"] == "score"
    assert r.mapping["Company"] == "account"
    assert load.rows(r, "account", "date", "score", "comment", "source_row") == [
        ("Acme Corp", D(2025, 3, 1), 9.0, "Great support", 3),
        ("Globex", D(2025, 3, 2), 3.0, "Too slow", 4),
    ]
    assert r.rows_read == 2


def test_pipe_delimited_tickets_with_times(load):
    r = load("pipe_delimited.csv")
    assert (r.table, r.delimiter) == ("tickets", "|")
    assert load.rows(r, "ticket_id", "opened_at", "closed_at", "priority") == [
        ("T-1", TS(2025, 1, 2, 9), TS(2025, 1, 2, 11, 30), "High"),
        ("T-2", TS(2025, 1, 3, 14), None, "Low"),
    ]


def test_epoch_seconds_and_milliseconds_in_one_column(load):
    r = load("epoch_usage.csv")
    assert r.table == "usage"
    # 1735689600 s = 2025-01-01T00:00Z; 1738368000000 ms = 2025-02-01T00:00Z.
    assert load.rows(r, "account", "date", "active_users", "events") == [
        ("Acme Corp", D(2025, 1, 1), 42.0, 1200.0),
        ("Globex", D(2025, 2, 1), 7.0, 80.0),
    ]


def test_revenue_with_month_name_dates_in_two_styles(load):
    r = load("month_name_revenue.csv")
    assert r.table == "revenue"
    assert r.mapping["Opportunity Type"] == "kind" and r.mapping["Close Date"] == "date"
    assert load.rows(r, "account", "date", "kind", "amount") == [
        ("Acme Corp", D(2025, 3, 14), "expansion", 15000.0),
        ("Globex", D(2025, 3, 3), "renewal", 40000.0),
        ("Initech", D(2025, 4, 1), "churn", 5000.0),
    ]
    assert r.conversions == []  # only the case changed, which is not worth a line


def test_team_file_with_dollar_rates(load):
    r = load("team_rates.csv")
    assert r.table == "team"
    assert load.rows(r, "csm", "hourly_rate", "team", "role") == [
        ("Dana Lee", 85.0, "Enterprise", "Senior CSM"),
        ("Sam Ortiz", 72.5, "SMB", "CSM"),
    ]


def test_zendesk_tickets_read_true_false_escalations(load):
    r = load("zendesk_tickets.csv")
    assert r.table == "tickets" and r.mapping["Organization"] == "account"
    assert load.rows(r, "ticket_id", "account", "opened_at", "closed_at", "escalated") == [
        ("5001", "Acme Corp", TS(2025, 3, 14, 9, 30), TS(2025, 3, 15, 17), True),
        ("5002", "Globex", TS(2025, 3, 16, 12), None, False),
    ]


def test_account_plans_load_with_every_column(load):
    r = load("account_plans.csv")
    assert r.table == "plans"
    assert load.rows(
        r, "account", "item", "kind", "dimension", "status", "owner", "due_date", "reviewed_on"
    ) == [
        (
            "Acme Corp",
            "Roll out to EMEA",
            "goal",
            "Transformation",
            "open",
            "Dana Lee",
            D(2025, 9, 30),
            D(2025, 3, 1),
        ),
        ("Acme Corp", "No exec sponsor", "blocker", "People", "at risk", "Dana Lee", None, D(2025, 3, 1)),
    ]


def test_report_title_lines_above_the_header_are_skipped_and_counted_in_row_numbers(load):
    r = load("report_with_title.csv")
    assert (r.table, r.header_row) == ("engagements", 4)
    assert load.rows(r, "account", "tag", "source_row") == [
        ("Acme Corp", "proactive", 5),
        ("Globex", "reactive", 6),
    ]


def test_excel_sep_line_names_the_delimiter_and_is_not_a_header(load):
    r = load("sep_line.csv")
    assert (r.table, r.delimiter, r.header_row) == ("accounts", ";", 2)
    # 1.500,00 in a semicolon file is 1500; 31.12.2025 is day-first.
    assert load.rows(r, "account", "arr", "renewal_date", "source_row") == [
        ("Acme Corp", 1500.0, D(2025, 12, 31), 3),
        ("Globex", 800.0, D(2026, 1, 15), 4),
    ]


def test_qualtrics_question_texts_name_the_columns_and_import_id_rows_are_skipped(load):
    r = load("qualtrics_nps.csv")
    assert r.table == "surveys"
    assert r.mapping["How likely are you to recommend us?"] == "score" and r.mapping["Why?"] == "comment"
    assert load.rows(r, "account", "date", "score", "respondent", "comment", "source_row") == [
        ("Acme Corp", D(2025, 3, 1), 10.0, "pat@acme.com", "Fast, friendly", 4),
        ("Globex", D(2025, 3, 2), 6.0, "lee@globex.com", None, 5),
    ]


def test_zoned_times_are_utc_whatever_the_session_time_zone(load):
    load.con.execute("SET TimeZone = 'America/New_York'")
    r = load("hubspot_calls.csv", ImportOptions(table="tickets", columns={"Record ID": "ticket_id"}))
    assert load.rows(r, "opened_at") == [
        (TS(2025, 3, 14, 9, 30),),
        (TS(2025, 3, 15, 4, 30),),
        (TS(2025, 3, 15, 23, 15),),
    ]
