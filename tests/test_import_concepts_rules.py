"""Concepts a file's rows stand for, beyond their headers: each rule tested on small variations."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_dash.importing import ImportOptions

D = dt.date

# Two accounts' subscriptions, worked out by hand (every end date is long past):
#   Acme:   S1 1000 from 2024-01-01, ended 2024-06-30; S2 3000 from 2024-06-30 (a plan change the
#           same day: +3000 - 1000 = expansion 2000); S3 500 from 2024-09-01, running. Trial 0.
#           Open now: S2 + S3 = 3500 ARR, 5 + 2 = 7 seats, renewal none, plan of S3 (the latest paid
#           start; the trial S4 started later but is paid nothing, so its seat and plan do not count).
#   Globex: G1 2000 from 2024-02-01, ended 2024-05-01 (churn 2000); G2 1200 from 2024-08-01, ended
#           2024-10-01 (new 1200 again, churn 1200). Nothing open: churned on 2024-10-01, no ARR.
SUBSCRIPTIONS = [
    ("S1", "Acme", "2024-01-01", "2024-06-30", "Basic", 3, 1000),
    ("S2", "Acme", "2024-06-30", "", "Pro", 5, 3000),
    ("S3", "Acme", "2024-09-01", "", "Team", 2, 500),
    ("S4", "Acme", "2024-10-01", "", "Trial", 1, 0),
    ("G1", "Globex", "2024-02-01", "2024-05-01", "Pro", 4, 2000),
    ("G2", "Globex", "2024-08-01", "2024-10-01", "Basic", 2, 1200),
]

MOVEMENTS = [
    ("Acme", D(2024, 1, 1), "new", 1000.0),
    ("Acme", D(2024, 6, 30), "expansion", 2000.0),
    ("Acme", D(2024, 9, 1), "expansion", 500.0),
    ("Globex", D(2024, 2, 1), "new", 2000.0),
    ("Globex", D(2024, 5, 1), "churn", 2000.0),
    ("Globex", D(2024, 8, 1), "new", 1200.0),
    ("Globex", D(2024, 10, 1), "churn", 1200.0),
]

# The same history in other words, orders and languages.
HEADERS = [
    ("subscription_id", "account_id", "start_date", "end_date", "plan_tier", "seats", "arr_amount"),
    ("Subscription", "Customer", "Start Date", "End Date", "Plan", "Seats", "ARR"),
    ("Abo-Nr", "Kunde", "Vertragsbeginn", "Vertragsende", "Plan", "Lizenzen", "ARR"),
]


def _history(headers, rows=SUBSCRIPTIONS, reverse=False) -> bytes:
    lines = [",".join(headers)]
    for row in reversed(rows) if reverse else rows:
        lines.append(",".join(str(v) for v in row))
    return ("\n".join(lines) + "\n").encode()


def _load(ws, data: bytes, name="subscriptions.csv"):
    result = ws.add_file(name, data)
    assert result.ok, result.error
    return result


@pytest.mark.parametrize("headers", HEADERS)
@pytest.mark.parametrize("reverse", [False, True])
def test_a_subscription_history_loads_as_revenue_changes(ws, headers, reverse):
    result = _load(ws, _history(headers, reverse=reverse))
    assert result.table == "accounts" and result.subscription_history
    assert (result.rows_loaded, result.rows_rejected) == (6, 0)
    got = ws.con.execute("SELECT account, date, kind, amount FROM revenue ORDER BY account, date").fetchall()
    assert got == MOVEMENTS


@pytest.mark.parametrize("headers", HEADERS)
def test_a_subscription_history_gives_each_account_its_open_subscriptions(ws, headers):
    _load(ws, _history(headers))
    rows = ws.con.execute(
        "SELECT account, arr, seats_purchased, segment, subscribed_on, status, churned_on "
        "FROM account_dim ORDER BY account"
    ).fetchall()
    assert rows == [
        ("Acme", 3500.0, 7, "Team", D(2024, 1, 1), "active", None),
        ("Globex", None, None, "Basic", D(2024, 2, 1), "churned", D(2024, 10, 1)),
    ]


def test_a_subscription_ending_later_is_open_and_its_end_is_the_renewal(ws):
    rows = [
        ("S1", "Acme", "2024-01-01", "2099-01-01", "Pro", 3, 1000),
        ("S2", "Acme", "2024-03-01", "2099-03-01", "Pro", 2, 400),
        ("S3", "Globex", "2024-02-01", "2099-02-01", "Pro", 4, 2000),
        ("S4", "Globex", "2024-04-01", "2024-05-01", "Pro", 4, 300),
    ]
    _load(ws, _history(HEADERS[1], rows))
    dim = ws.con.execute("SELECT account, arr, renewal_date, status FROM account_dim ORDER BY 1").fetchall()
    assert dim == [("Acme", 1400.0, D(2099, 1, 1), "active"), ("Globex", 2000.0, D(2099, 2, 1), "active")]
    kinds = ws.con.execute("SELECT account, kind, amount FROM revenue ORDER BY account, date").fetchall()
    # The ends still to come are not changes yet: only Globex's past end contracts it.
    assert kinds == [
        ("Acme", "new", 1000.0),
        ("Acme", "expansion", 400.0),
        ("Globex", "new", 2000.0),
        ("Globex", "expansion", 300.0),
        ("Globex", "contraction", 300.0),
    ]


def test_a_cancelled_status_closes_a_subscription_without_an_end_date(ws):
    text = (
        "Customer,Start Date,End Date,Status,ARR\n"
        "Acme,2024-01-01,,Active,1000\n"
        "Acme,2024-02-01,,Cancelled,700\n"
        "Globex,2024-01-05,,Active,50\n"
        "Globex,2024-03-05,,Active,60\n"
    )
    _load(ws, text.encode())
    dim = ws.con.execute("SELECT account, arr FROM account_dim ORDER BY 1").fetchall()
    assert dim == [("Acme", 1000.0), ("Globex", 110.0)]


@pytest.mark.parametrize(
    "text",
    [
        # one row per account: an accounts list with contract dates
        "Customer,Start Date,End Date,ARR\nAcme,2024-01-01,2025-01-01,1000\nGlobex,2024-02-01,,500\n",
        # monthly snapshots of one contract per account: the rows share their start
        "Customer,Start Date,End Date,ARR\nAcme,2024-01-01,2025-01-01,1000\nAcme,2024-01-01,2025-01-01,1100\n"
        "Globex,2024-02-01,,500\nGlobex,2024-02-01,,500\n",
    ],
)
def test_accounts_lists_and_snapshots_are_not_subscription_histories(ws, text):
    result = _load(ws, text.encode(), "accounts.csv")
    assert result.table == "accounts" and not result.subscription_history
    assert ws.scalar("SELECT count(*) FROM revenue") == 0


def test_a_subscription_history_can_be_read_as_a_plain_accounts_list(ws):
    from cs_dash.importing.pipeline import SUBSCRIPTIONS as KEY

    result = ws.add_file("subscriptions.csv", _history(HEADERS[1]), ImportOptions(undo=frozenset({KEY})))
    assert result.ok and not result.subscription_history
    assert ws.scalar("SELECT count(*) FROM accounts") == 6
    assert ws.scalar("SELECT count(*) FROM revenue") == 0


# ------------------------------------------------------------------------------ forecasts are not actuals
@pytest.mark.parametrize(
    ("forecast", "booked"),
    [
        ("Forecast", "New Business"),
        ("PIPELINE", "Expansion"),
        ("Commit - Renewal", "Renewal"),
        ("Best Case: Upsell", "upsell"),
        ("Prognose", "Neukunde"),
        ("Previsión", "Nuevo"),
    ],
)
def test_forecast_rows_are_left_out_of_the_actuals_with_a_reason(ws, forecast, booked):
    text = (
        f"Account,Close Date,Type,Amount\nAcme,2025-01-10,{booked},1000\nGlobex,2025-02-10,{forecast},5000\n"
    )
    result = _load(ws, text.encode(), "revenue.csv")
    assert result.table == "revenue"
    assert (result.rows_read, result.rows_loaded, result.rows_rejected) == (2, 1, 1)
    assert ws.con.execute("SELECT account, amount FROM revenue").fetchall() == [("Acme", 1000.0)]
    assert result.rejects[["row", "column"]].values.tolist() == [[3, "Type"]]
    assert "forecast, not booked revenue" in result.rejects["reason"][0]
    assert any("not booked revenue: left out of the actuals" in w for w in result.warnings)


def test_forecast_rows_are_left_out_where_the_sign_tells_the_kind(ws):
    text = "Customer,Date,Movement,MRR change\nAcme,2025-01-10,Change,100\nAcme,2025-02-10,Forecast,-50\n"
    result = _load(ws, text.encode(), "mrr_movements.csv")
    assert result.table == "revenue" and result.rows_rejected == 1
    assert ws.con.execute("SELECT kind FROM revenue").fetchall() == [("expansion",)]


@pytest.mark.parametrize("word", ["Committee renewal", "Pipe upgrade", "Expected"])
def test_a_forecast_is_named_by_whole_words(word):
    from cs_dash.importing.vocabulary import is_forecast

    assert is_forecast(word) is (word == "Expected")


# ------------------------------------------------------------------------------ a cancellations log
@pytest.mark.parametrize(
    ("name", "headers"),
    [
        ("Cancellations.csv", "Customer,Date,ARR"),
        ("opzeggingen 2025.csv", "Klant,Datum,ARR"),
        ("Kündigungen Q1.csv", "Kunde,Datum,ARR"),
        ("cancelaciones.csv", "Cliente,Fecha,ARR"),
        ("Cancelled subscriptions 2025.csv", "Account,Effective Date,ARR"),
    ],
)
def test_a_cancellations_log_without_a_kind_is_churn(ws, name, headers):
    text = f"{headers}\nAcme,2025-01-10,1000\nGlobex,2025-02-10,500\n"
    result = _load(ws, text.encode(), name)
    assert result.table == "revenue"
    rows = ws.con.execute("SELECT account, kind, amount FROM revenue ORDER BY account").fetchall()
    assert rows == [("Acme", "churn", 1000.0), ("Globex", "churn", 500.0)]
    assert any(c.key == "kind:churn_log" for c in result.conversions)


def test_a_title_line_naming_cancellations_makes_a_churn_log(ws):
    text = "Opzeggingen klanten 2025\n\nKlant,Datum,ARR\nAcme,2025-01-10,1000\nGlobex,2025-02-10,500\n"
    result = ws.add_file("export.csv", text.encode(), ImportOptions(table="revenue"))
    assert result.ok, result.error
    assert ws.con.execute("SELECT DISTINCT kind FROM revenue").fetchall() == [("churn",)]


@pytest.mark.parametrize("name", ["persons.csv", "personal_revenue.csv", "export.csv"])
def test_a_name_without_a_cancellation_word_still_asks_for_the_kind(ws, name):
    text = "Customer,Date,ARR\nAcme,2025-01-10,1000\nGlobex,2025-02-10,500\n"
    result = ws.add_file(name, text.encode(), ImportOptions(table="revenue"))
    assert not result.ok and "no column for kind" in result.error


@pytest.mark.parametrize("header", ["refund_amount_usd", "Refund", "Erstattung (EUR)", "Reembolso"])
def test_refunds_are_not_taken_for_the_arr_a_change_moves(ws, header):
    text = f"Customer,Date,Type,{header}\nAcme,2025-01-10,Churn,40\n"
    result = ws.add_file(
        "churn.csv", text.encode(), ImportOptions(table="revenue", columns={header: "amount"})
    )
    assert not result.ok and "holds refunds" in result.error


# ------------------------------------------------------------------------------ billing events
@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("subscription_upgraded", True),
        ("Contrato renovado", True),
        ("Abo gekündigt", True),
        ("upgraded subscription", True),
        ("SUBSCRIPTION_SUSPENDED", True),
        ("subscription", False),
        ("Plan B", False),
        ("subscription paid", False),
    ],
)
def test_a_revenue_kind_is_named_beside_the_thing_it_changed(value, named):
    from cs_dash.importing.vocabulary import names_a_revenue_kind

    assert names_a_revenue_kind(value) is named


# By hand: 5000 cents a month is 50 a month, 600 a year; 12000 cents is 1440 a year.
@pytest.mark.parametrize(
    ("header", "words"),
    [
        (
            "id,customer_name,created_at,event,plan_identifier,price_cents,currency",
            ("subscription_created", "subscription_upgraded", "subscription_suspended"),
        ),
        (
            "Customer,Date,Event,Plan,Price in cents",
            ("Subscription created", "Subscription upgraded", "Suspended"),
        ),
        (
            "Cliente,Data,Evento,Plano,Preço centavos",
            ("Assinatura criada", "Assinatura upgraded", "Suspensa"),
        ),
    ],
)
def test_a_billing_systems_subscription_events_are_revenue_changes_per_year(ws, header, words):
    created, upgraded, suspended = words
    columns = header.split(",")
    values = [
        {"customer": "Acme", "date": "2025-01-10", "event": created, "cents": "5000"},
        {"customer": "Globex", "date": "2025-02-10", "event": created, "cents": "12000"},
        {"customer": "Acme", "date": "2025-03-10", "event": upgraded, "cents": "5000"},
        {"customer": "Globex", "date": "2025-04-10", "event": suspended, "cents": "12000"},
    ]
    rows = []
    for i, v in enumerate(values):
        by_position = [v["customer"], v["date"], v["event"], "pro", v["cents"]]
        if len(columns) == 7:
            by_position = [f"EV{i:04d}AB12", *by_position, "BRL"]
        rows.append(",".join(by_position))
    result = _load(ws, (header + "\n" + "\n".join(rows) + "\n").encode(), "events.csv")
    assert result.table == "revenue"
    assert ws.con.execute("SELECT account, kind, amount FROM revenue ORDER BY date").fetchall() == [
        ("Acme", "new", 600.0),
        ("Globex", "new", 1440.0),
        ("Acme", "expansion", 600.0),
        ("Globex", "churn", 1440.0),
    ]
    said = " ".join(c.text for c in result.conversions)
    assert "× 12" in said and "÷ 100" in said


@pytest.mark.parametrize(
    ("header", "others", "factor"),
    [
        ("price_cents", {"event": []}, 12.0),
        ("Preis", {"Tarif": []}, 12.0),
        ("price", {"plan_identifier": []}, 12.0),
        ("Price", {"Product": []}, 1.0),  # a bare price, in units, beside no plan: a deal's, kept
        ("Annual price", {"Plan": []}, 1.0),  # the header says its period
    ],
)
def test_a_price_is_a_monthly_plan_price_beside_its_plan_or_in_cents(header, others, factor):
    from cs_dash.importing.conversions import assumed_monthly

    assert assumed_monthly("revenue", "amount", header, others)[0] == factor


@pytest.mark.parametrize("word", ["Suspended", "suspensa", "SUSPENDIDO", "Suspendiert"])
def test_a_suspended_subscription_is_a_churned_account(ws, word):
    text = f"Customer,ARR,Status\nAcme,1200,Active\nGlobex,600,{word}\n"
    _load(ws, text.encode(), "customers.csv")
    assert ws.con.execute("SELECT account, status FROM accounts ORDER BY account").fetchall() == [
        ("Acme", "active"),
        ("Globex", "churned"),
    ]


def test_a_subscription_historys_openness_is_judged_against_today_whatever_the_as_of_date(ws):
    # By hand: Globex's two subscriptions ended on 2024-06-30, Acme's run to 2099 (1000 + 500).
    # Viewed as of 2024-03-01 the accounts' state is still today's (Globex churned on 2024-06-30),
    # while the revenue changes dated up to that day say what each paid then.
    rows = [
        ("S1", "Acme", "2024-01-01", "2099-01-01", "Pro", 3, 1000),
        ("S2", "Acme", "2024-05-01", "2099-05-01", "Pro", 1, 500),
        ("G1", "Globex", "2024-02-01", "2024-06-30", "Pro", 4, 2000),
        ("G2", "Globex", "2024-04-01", "2024-06-30", "Pro", 1, 300),
    ]
    _load(ws, _history(HEADERS[1], rows))
    dim = ws.con.execute("SELECT account, arr, status, churned_on FROM account_dim ORDER BY 1").fetchall()
    assert dim == [("Acme", 1500.0, "active", None), ("Globex", None, "churned", D(2024, 6, 30))]
    then = ws.con.execute(
        "SELECT account, kind, amount FROM revenue WHERE date <= $day ORDER BY date", {"day": D(2024, 3, 1)}
    ).fetchall()
    assert then == [("Acme", "new", 1000.0), ("Globex", "new", 2000.0)]


# ------------------------------------------------------------------------------ plans without a kind column
@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Goal name", "goal"),
        ("Milestone Title", "step"),
        ("Nom de l'objectif", "goal"),
        ("Ziel-Bezeichnung", "goal"),
        ("Título do marco", "step"),
    ],
)
def test_a_plans_kind_is_the_one_its_item_header_names_beside_words_for_the_text(ws, header, kind):
    text = (
        f"Account Name,{header},Status\nAcme,Run training,Open\nGlobex,Go live,Done\nInitech,Kickoff,Open\n"
    )
    result = _load(ws, text.encode(), "plan.csv")
    assert result.table == "plans"
    assert ws.con.execute("SELECT DISTINCT kind FROM plans").fetchall() == [(kind,)]
    assert ws.scalar("SELECT count(*) FROM plans") == 3


@pytest.mark.parametrize("header", ["Title", "Task name", "Name of the item"])
def test_an_item_header_naming_no_kind_gives_none(header):
    from cs_dash.importing.conversions import kind_named_by_item_header

    assert kind_named_by_item_header(header) is None
