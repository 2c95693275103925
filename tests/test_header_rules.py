"""Header normalisation by rules, and the property that renaming headers as systems do changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cs_dash import vocabulary
from cs_dash.importing.headers import normalize_header, unit_text, words_of
from cs_dash.importing.mapping import choose_table
from cs_dash.importing.parse import duration_unit


@pytest.mark.parametrize(
    ("header", "words", "unit"),
    [
        ("NAME", "name", None),
        ("AccountId", "account id", None),
        ("accountName", "account name", None),
        ("account_name", "account name", None),
        ("Account.Name", "account name", None),
        ("Owner.Email", "owner email", None),
        ("_ownerid_value@OData.Community.Display.V1.FormattedValue", "owner", None),
        ("CSM_Name__c", "csm name", None),
        ("properties.hs_call_duration", "call duration", None),
        ("Custom field (Organizations)", "organizations", None),
        ("CF.{Customer}", "customer", None),  # Request Tracker's custom fields
        ("CF.{Account Manager}", "account manager", None),
        ("{Priority}", "priority", None),
        ("Duration (mins)", "duration", "minutes"),
        ("Time spent in hrs", "time spent", "hours"),
        ("Call Duration (ms)", "call duration", "ms"),
        ("Duration (in seconds)", "duration", "seconds"),
        ("CallDurationInSeconds", "call duration", "seconds"),
        ("ARR (USD)", "arr", "currency"),
        ("Amount in cents", "amount", "cents"),
        ("Fecha de creación", "fecha de creacion", None),
        ("\ufeffDate", "date", None),
        ("Tier s", "tier s", None),  # a lone letter is a unit only after "in"
        # wrappers around a header with brackets of its own, and the whole header in brackets
        ("Custom field (Duration (in seconds))", "duration", "seconds"),
        ("Custom field (Score (0-10))", "score", None),
        ("[Duration (in seconds)]", "duration", "seconds"),
        ("[Requester organization]", "requester organization", None),
        ("Properties: Created at", "created at", None),
        ("Custom fields: Call Duration (mins)", "call duration", "minutes"),
        # a header that is only a unit of time is a duration in that unit
        ("Mins", "duration", "minutes"),
        ("HRS", "duration", "hours"),
        ("Minuten", "duration", "minutes"),
        ("Secs", "duration", "seconds"),
        ("M", "m", None),  # a lone letter names nothing
        # a delta sign standing alone is "change"; inside a Greek word it is a letter
        ("ARR Δ", "arr change", None),
        ("Δ MRR", "change mrr", None),
        ("Διάρκεια", "διαρκεια", None),
    ],
)
def test_rules_reduce_a_header_to_its_words_and_unit(header, words, unit):
    found = normalize_header(header)
    assert (found.words, found.unit) == (words, unit)


def test_a_qualifier_in_brackets_that_is_not_a_unit_is_kept_apart():
    found = normalize_header("Likelihood to recommend (0-10)")
    assert found.words == "likelihood to recommend" and found.qualifier == "0 10"


@pytest.mark.parametrize(
    ("header", "minutes_per_unit"),
    [
        ("Duration (mins)", 1),
        ("Time spent in hrs", 60),
        ("durationMs", 1 / 60000),
        ("Duration (in seconds)", 1 / 60),
    ],
)
def test_the_unit_reaches_the_duration_parser(header, minutes_per_unit):
    assert duration_unit(unit_text(header), ["30", "45"]) == minutes_per_unit


# ---------------------------------------------------------------------------------- the property
FILES = {
    "engagements": {
        ("Activity", "Date"): ["2025-01-02", "2025-01-03", "2025-02-10"],
        ("Account", "Name"): ["Acme Corp", "Globex", "Initech"],
        ("Assigned", "To"): ["Dana Lee", "Sam Ortiz", "Dana Lee"],
        ("Proactive", "Or", "Reactive"): ["Proactive", "Reactive", "Proactive"],
        ("Activity", "Type"): ["Call", "Email", "Meeting"],
        ("Duration",): ["30", "45", "60"],
        ("Call", "Notes"): ["Kick-off", "Outage follow-up", "Roadmap review"],
    },
    "accounts": {
        ("Company", "Name"): ["Acme Corp", "Globex", "Initech"],
        ("Customer", "Success", "Manager"): ["Dana Lee", "Sam Ortiz", "Dana Lee"],
        ("Annual", "Recurring", "Revenue"): ["120000", "45000", "8000"],
        ("Renewal", "Date"): ["2026-03-31", "2026-05-15", "2026-01-01"],
        ("Customer", "Segment"): ["Enterprise", "Mid-Market", "SMB"],
        ("Seats", "Purchased"): ["250", "40", "12"],
    },
    "tickets": {
        ("Ticket", "Number"): ["T-1", "T-2", "T-3"],
        ("Organization", "Name"): ["Acme Corp", "Globex", "Initech"],
        ("Created", "At"): ["2025-03-01 10:00", "2025-03-02 09:00", "2025-03-03 08:00"],
        ("Solved", "At"): ["2025-03-01 12:00", "", "2025-03-03 09:30"],
        ("Priority",): ["high", "low", "urgent"],
    },
}
UNIT_SUFFIXES = (" (mins)", " (min)", " in minutes", " [min]", "_mins")


def _spell(words: tuple[str, ...], style: str) -> str:
    lower = [w.lower() for w in words]
    if style == "upper":
        return " ".join(lower).upper()
    if style == "lower":
        return " ".join(lower)
    if style == "snake":
        return "_".join(lower)
    if style == "upper_snake":
        return "_".join(lower).upper()
    if style == "camel":
        return lower[0] + "".join(w.capitalize() for w in lower[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in lower)
    if style == "kebab":
        return "-".join(lower)
    if style == "dotted":
        return "properties." + "_".join(lower)
    if style == "custom_suffix":
        return "_".join(w.capitalize() for w in lower) + "__c"
    if style == "wrapper":
        return f"Custom field ({' '.join(w.capitalize() for w in lower)})"
    return " ".join(w.capitalize() for w in lower)


STYLES = (
    "upper",
    "lower",
    "snake",
    "upper_snake",
    "camel",
    "pascal",
    "kebab",
    "dotted",
    "custom_suffix",
    "wrapper",
    "title",
)


def _mapping(table: str, spelled: dict[tuple[str, ...], str], order: list[int]):
    columns = list(FILES[table])
    headers = [spelled[columns[i]] for i in order]
    samples = {spelled[c]: FILES[table][c] for c in columns}
    best, _ = choose_table(headers, headers, samples, "export.csv")
    by_words = {c: best.mapping.get(spelled[c]) for c in columns}
    return best.table.name, by_words


_PLAIN = {t: _mapping(t, {c: " ".join(c) for c in FILES[t]}, list(range(len(FILES[t])))) for t in FILES}


@settings(max_examples=60, deadline=None)
@given(data=st.data(), table=st.sampled_from(sorted(FILES)))
def test_renaming_headers_as_real_systems_do_does_not_change_the_mapping(data, table):
    columns = list(FILES[table])
    spelled = {}
    for column in columns:
        header = _spell(column, data.draw(st.sampled_from(STYLES), label=" ".join(column)))
        if column == ("Duration",) and data.draw(st.booleans(), label="unit"):
            header += data.draw(st.sampled_from(UNIT_SUFFIXES), label="suffix")
        spelled[column] = header
    order = data.draw(st.permutations(range(len(columns))), label="order")
    assert _mapping(table, spelled, list(order)) == _PLAIN[table]


def test_the_plain_spellings_map_as_a_person_would():
    assert _PLAIN["engagements"] == (
        "engagements",
        {
            ("Activity", "Date"): "date",
            ("Account", "Name"): "account",
            ("Assigned", "To"): "csm",
            ("Proactive", "Or", "Reactive"): "tag",
            ("Activity", "Type"): "type",
            ("Duration",): "duration_min",
            ("Call", "Notes"): "notes",
        },
    )
    assert _PLAIN["accounts"][0] == "accounts" and None not in _PLAIN["accounts"][1].values()
    assert _PLAIN["tickets"][0] == "tickets" and None not in _PLAIN["tickets"][1].values()


def test_saved_mapping_keys_keep_their_old_spelling_rules():
    from cs_dash.importing.profiles import fingerprint

    # Saved profiles are keyed as before: the looser header rules must not merge their keys.
    assert fingerprint(["Duration (mins)"]) != fingerprint(["Duration (hrs)"])
    assert fingerprint(["AccountName"]) != fingerprint(["Account Name"])
    assert fingerprint(["Account_Name"]) == fingerprint(["account name"])


# ------------------------------------------------------------------------------ the vocabulary
def _listed_twice(phrases) -> set[str]:
    seen: set[str] = set()
    twice = set()
    for phrase in phrases:
        words = words_of(phrase)
        (twice if words in seen else seen).add(words)
    return twice


def test_the_twice_listed_check_finds_a_repeat_written_differently():
    assert _listed_twice(("Account Name", "company", "account_name")) == {"account name"}
    assert _listed_twice(("account", "account name")) == set()


@pytest.mark.parametrize("table_name", ["STRONG", "WEAK", "TABLE_WEAK", "TABLE_EXCLUDE"])
def test_no_word_is_listed_twice_for_one_column(table_name):
    lists = getattr(vocabulary, table_name)
    repeated = {column: twice for column, phrases in lists.items() if (twice := _listed_twice(phrases))}
    assert repeated == {}


def test_no_word_is_both_strong_and_weak_for_one_column():
    """A weak word is dropped from the strong list, so a word in both would be a dead strong entry."""
    both = {
        column: {words_of(p) for p in phrases} & {words_of(p) for p in vocabulary.WEAK.get(column, ())}
        for column, phrases in vocabulary.STRONG.items()
    }
    assert {column: words for column, words in both.items() if words} == {}


# ------------------------------------------------------------------------------ words too general alone
@pytest.mark.parametrize("header", ["Total Count", "count_total", "TotalVolume", "Volume total"])
def test_two_general_words_for_the_same_column_name_it_together(header):
    headers = ["Week", "Company", header, "Distinct users"]
    samples = {
        "Week": ["2025-01-06", "2025-01-13", "2025-01-20"],
        "Company": ["Acme", "Globex", "Acme"],
        header: ["1482", "3362", "364"],
        "Distinct users": ["73", "52", "42"],
    }
    best, _ = choose_table(headers, headers, samples, "export.csv")
    assert best.table.name == "usage"
    assert best.mapping[header] == "events"


def test_one_general_word_beside_an_unrelated_one_names_nothing():
    headers = ["Week", "Company", "Total Colour", "Distinct users"]
    samples = {
        "Week": ["2025-01-06", "2025-01-13", "2025-01-20"],
        "Company": ["Acme", "Globex", "Acme"],
        "Total Colour": ["1482", "3362", "364"],
        "Distinct users": ["73", "52", "42"],
    }
    best, _ = choose_table(headers, headers, samples, "export.csv", table="usage")
    assert best.mapping.get("Total Colour") != "events"


# ------------------------------------------------------------------------------ the end of a span
def _span_file(start: str, end: str, first_column: str, first_values: list[str]):
    headers = [first_column, start, end, "Organizer", "Company"]
    samples = {
        first_column: first_values,
        start: ["9/15/2024", "11/27/2024", "12/02/2024"],
        end: ["9/15/2024", "11/27/2024", "12/02/2024"],
        "Organizer": ["Priya Raman", "Maya Okonkwo", "Priya Raman"],
        "Company": ["Acme Corp", "Globex", "Initech"],
    }
    return headers, samples


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("Start Date", "End Date"),
        ("Beginn", "Ende"),
        ("Fecha de inicio", "Fecha de fin"),
        ("Date début", "Date fin"),
    ],
)
def test_the_end_of_an_event_beside_its_start_is_no_renewal_date(start, end):
    headers, samples = _span_file(start, end, "Category", ["Proactive", "Reactive", "Proactive"])
    best, _ = choose_table(headers, headers, samples, "calendar.csv", table="engagements")
    assert best.mapping[start] == "date"
    assert best.mapping.get(end) != "renewal_date"


def test_the_end_of_a_contract_beside_its_start_is_the_renewal_date():
    headers, samples = _span_file("Start Date", "End Date", "ARR", ["12000", "48000", "9000"])
    best, _ = choose_table(headers, headers, samples, "contracts.csv", table="accounts")
    assert best.mapping["Start Date"] == "subscribed_on"
    assert best.mapping["End Date"] == "renewal_date"
