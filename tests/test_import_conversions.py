"""Conversions of what values mean: each is applied with a sentence, and undone when switched off.

Every expected number below is worked out by hand from the few rows in the test.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from cs_dash.importing import ImportOptions, parse

D = dt.date
TS = dt.datetime


def _csv(load, name, text, **options):
    return load(name, ImportOptions(**options) if options else None, data=text.encode("utf-8"))


def _keys(result):
    return [c.key for c in result.conversions]


# ------------------------------------------------------------------------------ MRR and cents
@pytest.mark.parametrize(
    ("header", "factor", "key"),
    [
        ("MRR", 12, "arr:monthly"),
        ("mrr_amount", 12, "arr:monthly"),
        ("monthlyRevenue", 12, "arr:monthly"),
        ("Revenue per month", 12, "arr:monthly"),
        ("Umsatz monatlich", 12, "arr:monthly"),
        ("Revenu mensuel", 12, "arr:monthly"),
        ("Quarterly revenue", 4, "arr:quarterly"),
        ("ARR", 1, None),
        ("Annual MRR equivalent", 1, None),  # it says annual: the file already annualised it
    ],
)
def test_a_per_interval_amount_is_annualised_by_what_its_header_says(load, header, factor, key):
    # 1,000 a month is 12,000 a year; 250.50 a month is 3,006 a year; a quarter is × 4.
    r = _csv(
        load, "accounts.csv", f"Account Name,{header}\nAcme,1000\nGlobex,250.50\n", columns={header: "arr"}
    )
    assert load.rows(r, "account", "arr") == [("Acme", 1000.0 * factor), ("Globex", 250.5 * factor)]
    assert _keys(r) == ([key] if key else [])


def test_the_mrr_sentence_names_the_factor_and_the_column_and_can_be_switched_off(load):
    text = "Account Name,MRR\nAcme,1000\n"
    r = _csv(load, "a.csv", text, columns={"MRR": "arr"})
    assert [c.text for c in r.conversions] == ["MRR × 12 → ARR (column 'MRR' says 'mrr')"]
    undone = _csv(load, "a.csv", text, columns={"MRR": "arr"}, conversions_off={"arr:monthly"})
    assert load.rows(undone, "arr") == [(1000.0,)]
    assert undone.conversions == [] and [c.key for c in undone.conversions_off] == ["arr:monthly"]


@pytest.mark.parametrize(
    ("interval_header", "intervals"),
    [
        ("plan_interval", ("month", "year", "quarter", "week")),
        ("Billing period", ("Monthly", "Annual", "every 3 months", "Weekly")),
        ("billing_frequency", ("1 month", "12 months", "Quarterly", "every week")),
    ],
)
def test_an_amount_per_interval_is_annualised_row_by_row_and_can_be_undone(load, interval_header, intervals):
    rows = zip(
        ("Acme", "Globex", "Initech", "Umbrella"), ("100", "1200", "300", "10"), intervals, strict=True
    )
    text = f"Account,Amount,{interval_header}\n" + "".join(f"{a},{m},{i}\n" for a, m, i in rows)
    r = _csv(load, "subs.csv", text, table="accounts", columns={"Amount": "arr"})
    # 100 a month, 1200 a year, 300 a quarter, 10 a week: 1200, 1200, 1200, 520 a year.
    assert load.rows(r, "account", "arr") == [
        ("Acme", 1200.0), ("Globex", 1200.0), ("Initech", 1200.0), ("Umbrella", 520.0),
    ]  # fmt: skip
    assert _keys(r) == ["arr:per_interval"] and interval_header in r.conversions[0].text
    undone = _csv(
        load,
        "subs.csv",
        text,
        table="accounts",
        columns={"Amount": "arr"},
        conversions_off={"arr:per_interval"},
    )
    assert load.rows(undone, "arr") == [(100.0,), (1200.0,), (300.0,), (10.0,)]


def test_an_amount_whose_header_says_annual_or_whose_intervals_are_all_yearly_is_left_as_is(load):
    text = "Account,ARR,plan_interval\nAcme,1200,month\n"
    assert load.rows(_csv(load, "a.csv", text, table="accounts", columns={"ARR": "arr"}), "arr") == [
        (1200.0,)
    ]
    text = "Account,Amount,plan_interval\nAcme,1200,year\nGlobex,600,yearly\n"
    r = _csv(load, "a.csv", text, table="accounts", columns={"Amount": "arr"})
    assert load.rows(r, "arr") == [(1200.0,), (600.0,)] and _keys(r) == []


def test_a_plan_interval_and_a_plan_amount_are_not_taken_for_segments(load):
    text = "Account,plan_interval,plan_amount\nAcme,month,100\nGlobex,year,1200\nInitech,month,300\nUmbrella,quarter,50\n"
    r = _csv(load, "subscriptions.csv", text, table="accounts")
    assert "segment" not in r.mapping.values() and r.mapping["plan_amount"] == "arr"
    # 100 × 12, 1200 × 1, 300 × 12, 50 × 4.
    assert load.rows(r, "account", "arr") == [
        ("Acme", 1200.0), ("Globex", 1200.0), ("Initech", 3600.0), ("Umbrella", 200.0),
    ]  # fmt: skip


def test_an_interval_says_how_many_times_a_year_it_recurs():
    from cs_dash.importing.conversions import per_year

    assert [per_year(v) for v in ("month", "Every 6 Months", "annually", "2 weeks", "fortnight", "usd")] == [
        12, 2, 1, 26, None, None,
    ]  # fmt: skip


def test_a_revenue_movement_in_mrr_becomes_an_annual_change(load):
    text = "Account,Date,Kind,MRR change\nAcme,2025-01-05,expansion,150\n"
    r = _csv(load, "rev.csv", text, table="revenue", columns={"MRR change": "amount"})
    assert load.rows(r, "amount") == [(1800.0,)]  # 150 × 12


@pytest.mark.parametrize("header", ["amount_cents", "Amount (cents)", "Amount in cents", "amountCents"])
def test_amounts_the_header_says_are_cents_are_divided_by_100(load, header):
    text = f"Account,Date,Kind,{header}\nAcme,2025-01-05,new,129900\nGlobex,2025-01-06,churn,5050\n"
    r = _csv(load, "rev.csv", text, table="revenue", columns={header: "amount"})
    assert load.rows(r, "amount") == [(1299.0,), (50.5,)]
    assert _keys(r) == ["amount:cents"]


STRIPE = (
    "id,customer,amount,currency,created,type\n"
    "in_1AbCdEfGhIjK,Acme,129900,{cur},2025-01-05,new\n"
    "in_1XbCdEfGhIjK,Globex,5000,{cur},2025-02-05,upgrade\n"
)


def test_stripe_api_amounts_are_cents_and_the_evidence_is_said(load):
    r = _csv(load, "stripe.csv", STRIPE.format(cur="usd"), table="revenue")
    assert load.rows(r, "account", "amount", "kind") == [
        ("Acme", 1299.0, "new"),
        ("Globex", 50.0, "expansion"),
    ]
    (cents,) = [c for c in r.conversions if c.key == "amount:cents"]
    assert "'usd'" in cents.text and "Stripe ids" in cents.text


@pytest.mark.parametrize(
    "text",
    [
        STRIPE.format(cur="jpy"),  # zero-decimal currency: already whole yen
        STRIPE.format(cur="USD"),  # upper-case codes are how people and dashboards write them
        STRIPE.format(cur="usd").replace("in_1AbCdEfGhIjK", "INV-1").replace("in_1XbCdEfGhIjK", "INV-2"),
        STRIPE.format(cur="usd").replace("129900", "1299.00"),  # decimals: the dashboard's units
    ],
)
def test_without_all_the_stripe_evidence_amounts_stay_as_written(load, text):
    r = _csv(load, "billing.csv", text, table="revenue")
    assert "amount:cents" not in _keys(r)
    assert load.rows(r, "amount")[0][0] in (129900.0, 1299.0)


# ------------------------------------------------------------------------------ revenue kinds
def test_revenue_kinds_in_other_systems_words_and_languages(load):
    text = (
        "Account,Date,Type,Amount\n"
        "A,2025-01-01,New Biz,100\n"
        "B,2025-01-01,Reactivation,100\n"
        "C,2025-01-01,Existing Customer - Upgrade,100\n"
        "D,2025-01-01,Downgrade,100\n"
        "E,2025-01-01,Cancellation,100\n"
        "F,2025-01-01,Neugeschäft,100\n"
        "G,2025-01-01,Résiliation,100\n"
        "H,2025-01-01,Renovación,100\n"
        "I,2025-01-01,Rinnovo,100\n"
        "J,2025-01-01,Uitbreiding,100\n"
        "K,2025-01-01,Something else,100\n"
    )
    r = _csv(load, "rev.csv", text, table="revenue")
    assert [k for (k,) in load.rows(r, "kind")] == [
        "new", "new", "expansion", "contraction", "churn", "new", "churn", "renewal", "renewal",
        "expansion", "Something else",
    ]  # fmt: skip
    (vocabulary,) = [c for c in r.conversions if c.key == "kind:vocabulary"]
    assert "'Reactivation' → new (a reactivation counts as new)" in vocabulary.text
    undone = _csv(load, "rev.csv", text, table="revenue", conversions_off={"kind:vocabulary"})
    assert load.rows(undone, "kind")[0] == ("New Biz",)


def test_canonical_kinds_in_another_case_are_not_listed_as_a_conversion(load):
    r = _csv(load, "rev.csv", "Account,Date,Kind,Amount\nA,2025-01-01,Churn,100\n", table="revenue")
    assert load.rows(r, "kind") == [("churn",)] and r.conversions == []


# ------------------------------------------------------------------------------ signed movements
def test_signed_movements_without_a_kind_take_it_from_the_sign_and_are_stored_positive(load):
    text = "Customer,Date,Net change\nAcme,2025-01-05,100\nGlobex,2025-01-06,-30\nInitech,2025-01-07,0\n"
    r = _csv(load, "moves.csv", text, table="revenue", columns={"Net change": "amount"})
    assert load.rows(r, "account", "kind", "amount") == [
        ("Acme", "expansion", 100.0),
        ("Globex", "contraction", 30.0),
    ]
    assert set(_keys(r)) == {"kind:from_sign", "amount:positive"}
    # The row of 0 has no direction: rejected with a reason, not guessed.
    assert r.rows_rejected == 1 and "no sign" in r.rejects["reason"][0]


def test_a_movement_kind_takes_the_sign_and_an_explicit_kind_is_kept(load):
    text = "Customer,Date,Type,Amount\nA,2025-01-05,Movement,-40\nB,2025-01-06,churn,-60\nC,2025-01-07,,25\n"
    r = _csv(load, "moves.csv", text, table="revenue")
    assert load.rows(r, "kind", "amount") == [("contraction", 40.0), ("churn", 60.0), ("expansion", 25.0)]


def test_signed_movements_switched_off_leave_the_kindless_rows_rejected(load):
    text = "Customer,Date,Type,Amount\nA,2025-01-05,,-40\nB,2025-01-06,churn,-60\n"
    r = _csv(load, "moves.csv", text, table="revenue", conversions_off={"kind:from_sign", "amount:positive"})
    assert load.rows(r, "kind", "amount") == [("churn", -60.0)] and r.rows_rejected == 1


def test_a_revenue_file_without_kinds_or_negative_amounts_still_asks_for_the_kind(load):
    r = _csv(load, "rev.csv", "Customer,Date,Amount\nA,2025-01-05,40\n", table="revenue")
    assert not r.ok and "no column for kind" in r.error


# ------------------------------------------------------------------------------ statuses
def test_account_statuses_in_other_words_become_active_or_churned(load):
    text = "Account Name,Status\nA,Baja\nB,Activo\nC,Closed Lost\nD,Gekündigt\nE,Customer\nF,Trial\n"
    r = _csv(load, "acc.csv", text, table="accounts")
    assert [s for (s,) in load.rows(r, "status")] == [
        "churned",
        "active",
        "churned",
        "churned",
        "active",
        "Trial",
    ]
    assert _keys(r) == ["status:vocabulary"]


@pytest.mark.parametrize(
    ("header", "yes", "no"),
    [("Churned", "Yes", "No"), ("Is churned", "TRUE", "FALSE"), ("Churned", "1", "0")],
)
def test_a_yes_no_churn_flag_is_the_account_status(load, header, yes, no):
    r = _csv(load, "acc.csv", f"Account Name,{header}\nA,{yes}\nB,{no}\n")
    assert r.table == "accounts" and r.mapping[header] == "status"
    assert load.rows(r, "account", "status") == [("A", "churned"), ("B", "active")]
    assert "status:churn_flag" in _keys(r)


@pytest.mark.parametrize("health", [("Green", "Red"), ("Good", "Poor"), ("On track", "At risk")])
def test_a_churn_flag_is_the_status_over_a_health_column_that_names_no_account_status(load, health):
    good, bad = health
    text = f"Account,Health,Churned?\nA,{good},Y\nB,{bad},N\nC,{bad},N\n"
    r = _csv(load, "acc.csv", text)
    assert r.table == "accounts" and r.mapping["Churned?"] == "status" and "Health" not in r.mapping
    assert load.rows(r, "account", "status") == [("A", "churned"), ("B", "active"), ("C", "active")]


def test_a_status_column_of_account_statuses_keeps_its_place_beside_a_churn_flag(load):
    text = "Account,Status,Churned?\nA,Active,N\nB,Cancelled,Y\n"
    r = _csv(load, "acc.csv", text)
    assert r.mapping["Status"] == "status"
    assert load.rows(r, "account", "status") == [("A", "active"), ("B", "churned")]


def test_plan_statuses_in_other_words(load):
    text = (
        "Account,Item,Kind,Status\nA,Roll out,goal,Closed Success\nA,Train,step,Completed\n"
        "A,Budget,blocker,Gefährdet\nA,Docs,step,En cours\nA,Pilot,step,Voltooid\n"
    )
    r = _csv(load, "plans.csv", text, table="plans")
    assert [s for (s,) in load.rows(r, "status")] == ["done", "done", "at risk", "open", "done"]


@pytest.mark.parametrize(
    ("resolved", "closed"),
    [("Solved at", "Closed at"), ("Resolved", "Closed"), ("Resolution Date", "Date Closed")],
)
def test_a_tickets_resolution_is_its_resolved_time_when_a_later_closed_time_exists(load, resolved, closed):
    text = (
        f"Ticket ID,Organization,Created at,{resolved},{closed}\n"
        "1,Acme,2025-01-01 10:00,2025-01-02 10:00,2025-01-06 10:00\n"
    )
    r = _csv(load, "tickets.csv", text, table="tickets")
    assert load.rows(r, "closed_at") == [(TS(2025, 1, 2, 10, 0),)]
    assert _keys(r) == ["closed_at:resolved"]
    undone = _csv(load, "tickets.csv", text, table="tickets", conversions_off={"closed_at:resolved"})
    assert load.rows(undone, "closed_at") == [(TS(2025, 1, 6, 10, 0),)]


def test_a_resolution_length_in_hours_is_not_a_resolved_time(load):
    text = "Ticket ID,Account,Created at,Closed at,Resolution time hours\n1,Acme,2025-01-01 10:00,2025-01-02 13:00,27\n"
    r = _csv(load, "tickets.csv", text, table="tickets")
    assert load.rows(r, "closed_at") == [(TS(2025, 1, 2, 13, 0),)] and r.conversions == []


# ------------------------------------------------------------------------------ dates
def test_excel_serial_dates_with_fractions_and_a_plausible_range(load):
    # 45662 days after 1899-12-30 is 2025-01-05; .75 of a day is 18:00. 12345 is 1933: not a date.
    text = (
        "Ticket ID,Account,Created at\n1,Acme,45662\n2,Acme,45662.75\n3,Acme,2025-01-07 09:00\n4,Acme,12345\n"
    )
    r = _csv(load, "t.csv", text, table="tickets")
    assert load.rows(r, "opened_at") == [(TS(2025, 1, 5),), (TS(2025, 1, 5, 18),), (TS(2025, 1, 7, 9),)]
    assert r.rows_rejected == 1 and _keys(r) == ["opened_at:excel_serial"]
    assert "45662 → 2025-01-05" in r.conversions[0].text
    undone = _csv(load, "t.csv", text, table="tickets", conversions_off={"opened_at:excel_serial"})
    assert undone.rows_loaded == 1


@pytest.mark.parametrize(
    "value", ["Jan-25", "jan/25", "2025-01", "01/2025", "January 2025", "janv. 2025", "enero 2025"]
)
def test_month_year_values_are_the_first_of_the_month(load, value):
    r = _csv(
        load, "u.csv", f"Account,Month,Active users\nAcme,{value}\t,5\n".replace("\t", ""), table="usage"
    )
    assert load.rows(r, "date") == [(D(2025, 1, 1),)]
    assert "date:month_year" in _keys(r)


@pytest.mark.parametrize(
    ("value", "first_day"),
    [
        ("Q1 2025", D(2025, 1, 1)),
        ("Q2-25", D(2025, 4, 1)),
        ("2025 Q3", D(2025, 7, 1)),
        ("4Q24", D(2024, 10, 1)),
        ("T2 2025", D(2025, 4, 1)),  # trimestre
    ],
)
def test_a_quarter_is_the_first_day_of_the_quarter(load, value, first_day):
    text = f"Quarter,Account,Kind,Amount\n{value},Acme,New,1200\n"
    r = _csv(load, "r.csv", text)
    assert r.table == "revenue", r.error
    assert load.rows(r, "date") == [(first_day,)]
    assert any(c.text.startswith("quarter values → the first day of the quarter") for c in r.conversions)


def test_a_quarter_number_out_of_range_is_no_date(load):
    r = _csv(load, "r.csv", "Quarter,Account,Kind,Amount\nQ5 2025,Acme,New,1200\nQ1 2025,Acme,New,100\n")
    assert load.rows(r, "date") == [(D(2025, 1, 1),)]
    assert r.rows_rejected == 1


@pytest.mark.parametrize(
    ("value", "expected", "language"),
    [
        ("12 März 2024", D(2024, 3, 12), "de"),
        ("12. März 2024", D(2024, 3, 12), "de"),
        ("11 janv. 2025", D(2025, 1, 11), "fr"),
        ("3 de marzo de 2024", D(2024, 3, 3), "es"),
        ("3 de março de 2024", D(2024, 3, 3), "pt"),
        ("5 dicembre 2024", D(2024, 12, 5), "it"),
        ("5 mei 2024", D(2024, 5, 5), "nl"),
    ],
)
def test_month_names_in_other_languages(load, value, expected, language):
    r = _csv(load, "s.csv", f"Account,Date,Score\nAcme,{value},9\n", table="surveys")
    assert load.rows(r, "date") == [(expected,)]
    assert _keys(r) == [f"date:months_{language}"]
    undone = _csv(
        load,
        "s.csv",
        f"Account,Date,Score\nAcme,{value},9\n",
        table="surveys",
        conversions_off={f"date:months_{language}"},
    )
    assert undone.rows_loaded == 0


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (
            ["20 sept. 2024", "12 oct. 2024", "12 déc. 2024"],
            [D(2024, 9, 20), D(2024, 10, 12), D(2024, 12, 12)],
        ),
        (["3 nov. 2024", "4 janv. 2025"], [D(2024, 11, 3), D(2025, 1, 4)]),
        (["Sept. 3, 2024", "Oct. 5, 2024"], [D(2024, 9, 3), D(2024, 10, 5)]),
    ],
)
def test_month_abbreviations_written_with_a_period_are_dates(load, values, expected):
    body = "".join(f'Acme,"{value}",9\n' for value in values)
    r = _csv(load, "s.csv", f"Account,Date,Score\n{body}", table="surveys")
    assert r.rows_rejected == 0
    assert sorted(load.rows(r, "date")) == [(d,) for d in expected]


# ------------------------------------------------------------------------------ durations
TRACKER = (
    "Date,Account,CSM,Tag,{header}\n2025-01-05,Acme,Dana,Proactive,{a}\n2025-01-06,Acme,Dana,Reactive,{b}\n"
)


@pytest.mark.parametrize(
    ("header", "a", "b", "minutes", "converted"),
    [
        ("Call duration", "3:25", "12:05", [3 + 25 / 60, 12 + 5 / 60], True),  # a call: mm:ss
        ("Talk time", "0:45", "1:30", [0.75, 1.5], True),
        ("Duration", "45:10", "1:30", [45 + 10 / 60, 1.5], True),  # 45 hours cannot be one meeting
        ("Time spent", "1:30", "0:45", [90.0, 45.0], False),  # time spent: h:mm
        ("Duration", "1:30", "0:45", [90.0, 45.0], False),  # no evidence: h:mm, with a warning
    ],
)
def test_clock_durations_are_read_by_values_and_header(load, header, a, b, minutes, converted):
    r = _csv(load, "e.csv", TRACKER.format(header=header, a=a, b=b), columns={header: "duration_min"})
    assert [pytest.approx(m) for m in minutes] == [d for (d,) in load.rows(r, "duration_min")]
    assert ("duration_min:mm_ss" in _keys(r)) is converted
    if header == "Duration" and not converted:
        assert any("hours:minutes" in w for w in r.warnings)


def test_mm_ss_switched_off_reads_hours_and_minutes(load):
    text = TRACKER.format(header="Call duration", a="3:25", b="1:00")
    r = _csv(load, "e.csv", text, conversions_off={"duration_min:mm_ss"})
    assert load.rows(r, "duration_min") == [(205.0,), (60.0,)]


# ------------------------------------------------------------------------------ Mac Roman
MAC_TEXT = "Account Name\tARR\tCSM\rMünchen Bäckerei\t12000\tJürgen Groß\rCafé Zoë\t5000\tAnaïs\r"


def test_classic_mac_text_with_cr_line_ends_is_read_as_mac_roman_and_said(load):
    r = load("mac.txt", data=MAC_TEXT.encode("mac_roman"))
    assert r.encoding == "mac-roman"
    assert load.rows(r, "account", "csm") == [("München Bäckerei", "Jürgen Groß"), ("Café Zoë", "Anaïs")]
    assert any("Mac Roman" in w and "CR only" in w for w in r.warnings)


def test_windows_text_is_not_taken_for_mac_roman_even_with_cr_line_ends(load):
    text = "Account Name,ARR,CSM\rMüller GmbH,12000,Gérard don’t\rCafé Dušan,1,x\r"
    r = load("win.csv", data=text.encode("cp1252"))
    assert r.encoding == "windows-1252"
    assert load.rows(r, "account") == [("Müller GmbH",), ("Café Dušan",)]


def test_cr_only_utf8_lines_are_read(load):
    r = load("cr.csv", data=MAC_TEXT.encode("utf-8"))
    assert r.rows_loaded == 2 and load.rows(r, "account")[1] == ("Café Zoë",)


# ------------------------------------------------------------------------------ the rules alone
@pytest.mark.parametrize("value", ["31 Feb 2024", "Acme", "May", "12 2024", "13/2025", "Q5 2025", "Q1"])
def test_values_that_are_not_month_name_dates_are_not_read(value):
    from cs_dash.importing.month_names import read_month_name_date

    assert read_month_name_date(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("New Business / Renewal", None),  # two meanings: left as written
        ("existing_customer_-_downgrade", "contraction"),
        ("NEW LOGO", "new"),
        ("Win-back", "reactivation"),
        ("Kündigung", "churn"),
    ],
)
def test_revenue_kind_words_fold_case_accents_and_punctuation(value, expected):
    from cs_dash.importing.vocabulary import REVENUE_KIND_VOCABULARY

    assert REVENUE_KIND_VOCABULARY.lookup(value) == expected


def test_mac_roman_needs_letters_at_mac_bytes():
    from cs_dash.importing.sniff import mac_roman_evidence

    assert mac_roman_evidence("Müller, Gérard\r".encode("cp1252")) is None
    assert mac_roman_evidence("don’t say Dušan\n".encode("cp1252")) is None
    assert mac_roman_evidence("Jürgen\r".encode("mac_roman")) is not None  # one letter, but CR-only lines
    assert mac_roman_evidence("Jürgen\n".encode("mac_roman")) is None  # one letter is too little alone
    assert mac_roman_evidence("München Bäckerei Café\n".encode("mac_roman")) is not None


@pytest.mark.parametrize(
    ("header", "value", "minutes", "text"),
    [
        ("Call duration (ms)", "90000", 1.5, "milliseconds ÷ 60,000 → minutes"),
        ("CallDurationInSeconds", "90", 1.5, "seconds ÷ 60 → minutes"),
        ("Duration (hours)", "1.5", 90.0, "hours × 60 → minutes"),
    ],
)
def test_durations_in_other_units_are_shown_as_a_conversion_and_can_be_undone(
    load, header, value, minutes, text
):
    csv = f"Date,Account,CSM,Tag,{header}\n2025-01-05,Acme,Dana,Proactive,{value}\n"
    r = _csv(load, "e.csv", csv, columns={header: "duration_min"})
    assert load.rows(r, "duration_min") == [(minutes,)]
    assert r.conversions[0].key == "duration_min:unit" and r.conversions[0].text.startswith(text)
    undone = _csv(load, "e.csv", csv, columns={header: "duration_min"}, conversions_off={"duration_min:unit"})
    assert load.rows(undone, "duration_min") == [(float(value),)]


@pytest.mark.parametrize(
    ("header", "a", "b", "minutes"),
    [
        ("duration", "1217", "2485", [1217 / 60, 2485 / 60]),  # Close: seconds, median 2485 > 240
        ("Length", "300", "900", [5.0, 15.0]),
        ("Dauer", "3600", "5400", [60.0, 90.0]),  # German, one and one and a half hours
        ("Duración", "1500000", "2700000", [25.0, 45.0]),  # too long even as seconds: milliseconds
        ("duration", "30", "45", [30.0, 45.0]),  # plausible minutes stay minutes
        ("duration", "200", "240", [200.0, 240.0]),  # four hours is still a plausible meeting
        ("Duration (minutes)", "300", "500", [300.0, 500.0]),  # the header says minutes
        ("Dauer in Minuten", "600", "900", [600.0, 900.0]),
    ],
)
def test_a_silent_duration_header_leaves_the_unit_to_the_values(load, header, a, b, minutes):
    r = _csv(load, "e.csv", TRACKER.format(header=header, a=a, b=b), columns={header: "duration_min"})
    assert [d for (d,) in load.rows(r, "duration_min")] == [pytest.approx(m) for m in minutes]
    assert ("duration_min:unit" in _keys(r)) is (minutes != [float(a), float(b)])


def test_seconds_told_by_the_values_are_said_and_can_be_undone(load):
    text = TRACKER.format(header="duration", a="1217", b="2485")
    r = _csv(load, "e.csv", text, columns={"duration": "duration_min"})
    (conversion,) = [c for c in r.conversions if c.key == "duration_min:unit"]
    assert conversion.text.startswith("seconds ÷ 60 → minutes")
    assert "median of 2,485 would be 41 hours as minutes" in conversion.text
    undone = _csv(
        load, "e.csv", text, columns={"duration": "duration_min"}, conversions_off={"duration_min:unit"}
    )
    assert load.rows(undone, "duration_min") == [(1217.0,), (2485.0,)]


def test_a_saved_mapping_keeps_the_conversions_switched_off(load):
    from cs_dash.importing.profiles import fingerprint
    from cs_dash.settings import MappingProfile

    text = "Account Name,MRR\nAcme,1000\n"
    saved = {
        fingerprint(["Account Name", "MRR"]): MappingProfile("accounts", {"MRR": "arr"}, {}, ["arr:monthly"])
    }
    r = load("a.csv", None, saved, data=text.encode())
    assert r.profile_used and load.rows(r, "arr") == [(1000.0,)]
    assert [c.key for c in r.conversions_off] == ["arr:monthly"]


# ------------------------------------------------------------------------------ tags inside text
@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("Proactive check-in", "proactive"),
        ("Outbound - Proactive", "proactive"),
        ("Adoption;Proactive", "proactive"),
        ("proactive_outreach", "proactive"),
        ("Pro-active QBR", "proactive"),
        ("Proaktiv: Workshop", "proactive"),
        ("reactive_support", "reactive"),
        ("Inbound - Reactive", "reactive"),
        ("Appel réactif", "reactive"),
        ("Reactivo / soporte", "reactive"),
        ("proactive or reactive?", None),  # both words decide nothing
        ("Reactivation", None),  # a longer word is not the tag
        ("Proactively scheduled", None),
        ("Yes, check-in", None),  # yes/no count only alone
    ],
)
def test_the_tag_word_is_found_inside_a_longer_value(value, tag):
    assert parse.tag_of(value) == tag
    con = duckdb.connect()
    sql, params = parse.tag_sql("v")  # the fallback without the column's distinct values
    assert con.execute(f"SELECT {sql} FROM (SELECT ?::VARCHAR AS v)", [*params, value]).fetchone()[0] == tag
    con.close()


def test_a_column_with_the_tag_inside_its_words_is_taken_as_the_tag(load):
    text = (
        "Customer,When,Owner,Reason,Minutes\n"
        "A,2025-01-02,Ann Bell,Proactive - Adoption,30\n"
        "B,2025-01-03,Ann Bell,Reactive - Outage,15\n"
        "C,2025-01-04,Ann Bell,Renewal;Proactive,45\n"
    )
    r = _csv(load, "log.csv", text)
    assert r.table == "engagements"
    assert sorted(t for (t,) in load.rows(r, "tag")) == ["proactive", "proactive", "reactive"]


@pytest.mark.parametrize(
    ("seats_header", "start_header"),
    [
        ("Licensed Users", "Original Contract Date"),
        ("User Licenses", "Initial Contract Date"),
        ("Licenced users", "Contract date"),
    ],
)
def test_licensed_users_and_the_first_contract_date_are_mapped(load, seats_header, start_header):
    text = f"Account,ARR,{seats_header},{start_header}\nAcme,1200,25,2023-05-27\nGlobex,600,10,2022-02-15\n"
    r = _csv(load, "a.csv", text, table="accounts")
    assert sorted(load.rows(r, "seats_purchased")) == [(10,), (25,)]
    assert sorted(load.rows(r, "subscribed_on")) == [(D(2022, 2, 15),), (D(2023, 5, 27),)]


def test_plan_kinds_in_other_systems_words_and_languages(load):
    text = (
        "Account,Item,Item type,Status\nA,Roll out,Objective,open\nA,Train,Aufgabe,open\n"
        "A,Budget,Risque,open\nA,Docs,Tarea,open\nA,Pilot,Doelstelling,open\nA,Legal,Ostacolo,open\n"
        "A,Other,Wish,open\n"
    )
    r = _csv(load, "plans.csv", text, table="plans")
    assert [k for (k,) in load.rows(r, "kind")] == [
        "goal",
        "step",
        "blocker",
        "step",
        "goal",
        "blocker",
        "Wish",
    ]
    assert "kind:vocabulary" in _keys(r)


def test_plan_dimensions_in_other_languages_keep_cs_dash_capitals_and_the_users_own(load):
    text = (
        "Cliente;Item;Tipo;Dimensione\nA;Roll out;obiettivo;Persone\nA;Train;passo;produto\n"
        "A;Budget;bloqueo;Calidad\nA;Docs;stap;netwerk\nA;Pilot;goal;Eigenes Thema\n"
    )
    r = _csv(load, "piano.csv", text, table="plans")
    assert r.mapping["Dimensione"] == "dimension"
    assert [d for (d,) in load.rows(r, "dimension")] == [
        "People",
        "Product",
        "Quality",
        "Network",
        "Eigenes Thema",
    ]


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Situación", "status"),
        ("Situazione", "status"),
        ("Licenses in use", "seats_active"),
        ("Genutzte Lizenzen", "seats_active"),
    ],
)
def test_account_headers_in_other_words(load, header, column):
    text = f"Account Name,Licenses,{header}\nA,10,Cancelado\nB,20,Activo\n"
    if column == "seats_active":
        text = f"Account Name,Licenses,{header}\nA,10,4\nB,20,12\n"
    r = _csv(load, "acc.csv", text, table="accounts")
    assert r.mapping[header] == column


@pytest.mark.parametrize("header", ["Transaktionen", "Transacciones", "Transacties"])
def test_transactions_are_usage_events(load, header):
    text = f"Account,Month,Active users,{header}\nA,2025-01,3,1.200\nA,2025-02,4,900\n"
    r = _csv(load, "usage.csv", text, table="usage")
    assert r.mapping[header] == "events"


# ------------------------------------------------------------------------------ dates without a year
YEARLESS = "Day,Client,Owner,P/R\n3/4,Acme,Dana Lee,P\n1/19,Globex,Sam Ortiz,R\n"


def test_dates_without_a_year_take_the_one_year_the_title_names(load):
    r = _csv(load, "log.csv", "Touch log 2025\n" + YEARLESS)
    assert load.rows(r, "date") == [(D(2025, 3, 4),), (D(2025, 1, 19),)]  # 19 > 12: month first
    assert "date:yearless" in _keys(r)


def test_dates_without_a_year_take_the_year_of_the_file_name(load):
    r = _csv(load, "touch_log_2024.csv", YEARLESS.replace("1/19", "19/1").replace("3/4", "4/3"))
    assert load.rows(r, "date") == [(D(2024, 3, 4),), (D(2024, 1, 19),)]  # 19 > 12: day first


def test_dates_without_a_year_are_not_guessed_when_the_file_names_no_single_year(load):
    for name, title in (("log.csv", ""), ("log.csv", "Touch log 2024-2025\n")):
        r = _csv(load, name, title + YEARLESS)
        assert r.rows_loaded == 0 and r.rows_rejected == 2
        assert "date:yearless" not in _keys(r)


def test_the_year_given_to_dates_without_one_can_be_switched_off(load):
    r = _csv(load, "log.csv", "Touch log 2025\n" + YEARLESS, conversions_off={"date:yearless"})
    assert r.rows_loaded == 0 and r.rows_rejected == 2
