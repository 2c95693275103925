"""Choosing the table and the columns: synonyms, fuzzy names, content, the user's choices, saved profiles."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing import ImportOptions
from cs_dash.importing.mapping import choose_table, header_score
from cs_dash.importing.profiles import fingerprint
from cs_dash.settings import MappingProfile

D = dt.date


def test_a_misspelt_header_maps_by_fuzzy_match():
    score, why = header_score("Acount Name", ("account name",), "account")
    assert score >= 88 and "similar" in why


def test_an_unrelated_header_does_not_map():
    assert header_score("Favourite colour", ("account name", "company"), "account") == (0, "")


def test_a_column_of_p_and_r_is_the_tag_even_when_its_header_says_nothing():
    headers = ["Date", "Account", "CSM", "Column 4"]
    samples = {"Column 4": ["P", "R", "P", "p"], "Date": ["2025-01-01"], "Account": ["A"], "CSM": ["B"]}
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.table.name == "engagements"
    assert best.mapping["Column 4"] == "tag"
    assert best.reasons["Column 4"] == "content: the values are Proactive/Reactive"


def test_a_column_of_dates_fills_a_required_date_whose_header_says_nothing():
    headers = ["Ticket ID", "Account", "Col C"]
    samples = {"Col C": ["2025-01-02 10:00", "2025-01-03 09:15"]}
    best, _ = choose_table(headers, headers, samples, "x.csv")
    assert best.table.name == "tickets" and best.mapping["Col C"] == "opened_at"


def test_yes_no_values_alone_are_not_taken_for_a_tag():
    headers = ["Date", "Account", "CSM", "Flag"]
    best, _ = choose_table(headers, headers, {"Flag": ["yes", "no", "yes"]}, "x.csv")
    assert best.missing_required == ["tag"]


def test_engagements_carrying_account_attributes_stay_engagements():
    headers = ["Date", "Account", "CSM", "Tag", "ARR", "Renewal Date", "Segment"]
    best, scores = choose_table(headers, headers, {}, "export.csv")
    assert best.table.name == "engagements"
    assert scores["engagements"] > scores["accounts"]


def test_a_survey_file_needs_a_score_or_recommend_column():
    headers = ["Account", "Date", "Comment"]
    best, _ = choose_table(headers, headers, {}, "responses.csv", table="surveys")
    assert best.missing_required == ["score or recommend"]


def test_user_mapping_overrides_and_unknown_headers_are_ignored(load):
    options = ImportOptions(columns={"What happened": "", "Time spent": "", "Not in this file": "account"})
    r = load("hand_kept_tracker.csv", options)
    assert "What happened" not in r.mapping and "Time spent" not in r.mapping
    assert r.mapping["Customer"] == "account"
    assert load.rows(r, "notes", "duration_min")[0] == (None, None)


def test_user_can_force_a_header_onto_a_column(load):
    r = load("hand_kept_tracker.csv", ImportOptions(columns={"what happened": "outcome"}))
    assert r.mapping["What happened"] == "outcome"
    assert r.mapping_reasons["What happened"] == "your choice"
    assert load.rows(r, "outcome")[0] == ("Roadmap call",)


def test_a_target_the_table_does_not_have_is_reported(load):
    r = load("hand_kept_tracker.csv", ImportOptions(columns={"Who": "hourly_rate"}))
    assert "Who = hourly_rate was ignored: engagements has no column named hourly_rate." in r.warnings


def test_user_can_choose_the_table(load):
    r = load("utf8_bom.csv", ImportOptions(table="revenue"))
    assert r.table == "revenue"
    assert r.error.startswith("utf8_bom.csv looks like a revenue file but has no column for kind (text)")


def test_fingerprint_ignores_case_and_spacing_but_not_the_columns():
    assert fingerprint(["Account Name", "ARR"]) == fingerprint(["account_name", " arr "])
    assert fingerprint(["Account Name", "ARR"]) != fingerprint(["Account Name", "MRR"])


def test_a_saved_profile_maps_the_same_export_next_month(load):
    first = load("hand_kept_tracker.csv")
    assert first.fingerprint and first.profile_used is None
    profile = MappingProfile(
        table="engagements",
        columns={
            "When": "date",
            "Customer": "account",
            "Who": "csm",
            "P/R": "tag",
            "What happened": "outcome",
        },
        date_orders={"date": "MDY"},
    )
    again = load("hand_kept_tracker.csv", profiles={first.fingerprint: profile})
    assert again.profile_used == first.fingerprint
    assert profile.columns.items() <= again.mapping.items()
    assert again.mapping_reasons["Who"] == "saved mapping profile"
    # The saved order wins: 16/01/2025 cannot be month-first, so that row is rejected.
    assert [row[0] for row in load.rejects(again)] == [3, 4, 6, 7]
    assert load.rows(again, "date", "outcome")[0] == (D(2025, 1, 15), "Roadmap call")


def test_a_saved_profile_is_not_used_when_the_user_chooses_columns(load):
    first = load("hand_kept_tracker.csv")
    profile = MappingProfile(table="engagements", columns={"Who": "csm"})
    again = load(
        "hand_kept_tracker.csv", ImportOptions(columns={"Who": "csm"}), profiles={first.fingerprint: profile}
    )
    assert again.profile_used is None


def test_the_workspace_applies_its_saved_profiles(ws):
    from tests.import_helpers import MESSY

    data = (MESSY / "hand_kept_tracker.csv").read_bytes()
    first = ws.add_file("tracker.csv", data)
    ws.settings.mappings[first.fingerprint] = MappingProfile(
        table="engagements",
        columns={
            "When": "date",
            "Customer": "account",
            "Who": "csm",
            "P/R": "tag",
            "What happened": "outcome",
        },
    )
    second = ws.add_file("tracker_next_month.csv", data)
    assert second.profile_used == first.fingerprint
    assert ws.scalar("SELECT count(*) FROM engagements WHERE outcome IS NOT NULL") == 6


def test_files_needing_a_clean_copy_load_inside_the_locked_down_workspace(ws):
    from tests.import_helpers import MESSY

    for name in ("european_excel.csv", "salesforce_activities.csv", "utf16_unicode_text.txt", "sep_line.csv"):
        result = ws.add_file(name, (MESSY / name).read_bytes())
        assert result.ok, result.error
    assert ws.scalar("SELECT count(*) FROM engagements") == 3 + 4 + 2
    assert ws.scalar("SELECT count(*) FROM accounts") == 2
    leftovers = [p.name for p in ws._dir.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_a_type_column_holding_proactive_and_reactive_becomes_the_tag():
    headers = ["Date", "Account", "CSM", "Type"]
    samples = {"Type": ["Proactive", "Reactive", "Proactive"]}
    best, _ = choose_table(headers, headers, samples, "tracker.csv")
    assert best.table.name == "engagements" and best.complete
    assert best.mapping["Type"] == "tag"
    assert "type" not in best.mapping.values()


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("Tipo intervento", ["Proattivo", "Reattivo", "proattiva"]),
        ("Soort", ["Proactief", "Reactief", "Proactief"]),
        ("Tipo de contato", ["Proativo", "Reativo", "Proativa"]),
        ("Art", ["Proaktiv", "Reaktiv", "Proaktiv"]),
    ],
)
def test_proactive_and_reactive_in_other_languages_make_a_type_column_the_tag(header, words):
    headers = ["Date", "Account", "CSM", header]
    best, _ = choose_table(headers, headers, {header: words}, "log.csv")
    assert best.table.name == "engagements" and best.complete
    assert best.mapping[header] == "tag"


@pytest.mark.parametrize(
    "header",
    [
        "_regardingobjectid_value@OData.Community.Display.V1.FormattedValue",
        "Regarding",
        "Regarding Object",
    ],
)
def test_the_record_an_activity_is_regarding_is_its_account(header):
    headers = ["scheduledstart", header, "Owner", "Tag"]
    samples = {
        header: ["Acme Corp", "Globex"],
        "Tag": ["Proactive", "Reactive"],
        "scheduledstart": ["2025-01-02"],
    }
    best, _ = choose_table(headers, headers, samples, "activities.csv")
    assert best.table.name == "engagements" and best.mapping[header] == "account"


@pytest.mark.parametrize(
    ("kind_header", "kinds", "amount_header"),
    [
        ("Art", ["Neukunde", "Kündigung", "Verlängerung"], "MRR-Änderung (€)"),
        ("Tipo", ["Nuovo cliente", "Disdetta", "Rinnovo"], "Variazione MRR"),
        ("Soort", ["Nieuwe klant", "Opzegging", "Verlenging"], "MRR wijziging"),
    ],
)
def test_revenue_kinds_in_other_languages_and_a_change_of_mrr_make_a_revenue_file(
    kind_header, kinds, amount_header
):
    headers = ["Datum", "Kunde", kind_header, amount_header]
    samples = {kind_header: kinds, amount_header: ["1.250,00", "-250,00", "400,00"], "Datum": ["2024-04-08"]}
    best, _ = choose_table(headers, headers, samples, "bewegungen.csv")
    assert best.table.name == "revenue" and best.complete
    assert best.mapping[kind_header] == "kind" and best.mapping[amount_header] == "amount"
