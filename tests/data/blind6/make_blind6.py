"""Writes a sixth blind batch: call tools, CRMs, help desks, billing, usage, survey and HR systems no set has yet.

The five earlier blind sets were each fixed against after their first score, so they say how well
the importer knows them. This batch was written from what these systems put in their exports,
without reading the importer's vocabulary or rules: Aircall, Dialpad, Outreach, Fireflies.ai,
Salesflare, Nimble, Less Annoying CRM, Agile CRM, Humaans, Productive, Factorial, Re:amaze, Hiver,
Trengo, Jitbit, Movidesk, Formstack, Refiner, Simplesat, Hex, Userflow, Kissmetrics, Lago, Orb,
FastSpring, Rocketlane, GUIDEcx, and CS-team spreadsheets in German, French, Spanish, Portuguese,
Italian and Dutch (Windows-1252, Latin-1, UTF-8 with and without a BOM, `;`, tab and `|`
delimiters, dot and space thousands, Excel serial dates, `mm:ss` durations, amounts in cents,
MRR, preambles and totals rows, wide week columns, mixed-case status words, ids beside names).
A file here is changed only when it misdescribes what its system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind6/make_blind6.py``; the files are checked in.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.exports.make_exports import (  # noqa: E402
    Account,
    CompanyShape,
    Exports,
    Person,
    account_records,
    company_of,
    engagements,
    mmss,
    plans,
    revenue,
    serial,
    surveys,
    table_text,
    tickets,
    weekly_usage,
    write_set,
)

D = dt.date
SEED = 6_0112_2026

CSMS = [
    Person("Rachel", "Okafor", 98.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Tom", "Brennan", 82.0, "Growth", "Customer Success Manager"),
    Person("Inès", "Moreau", 91.0, "Enterprise", "CS Team Lead"),
    Person("Diego", "Santos", 76.0, "Growth", "Customer Success Associate"),
]
SALES = [Person("Kevin", "Walsh"), Person("Anja", "Becker")]
ACCOUNT_NAMES = [
    "Brightwave Analytics",
    "Harbor & Pine Co.",
    "Lumen Dental Group",
    "Redwood Freight Inc.",
    "Stellar Payroll",
    "Kite Learning",
    "Bäckerei Sonnenschein",
    "Maison Lefèvre",
    "Ferreira Logística",
    "Oakridge Insurance",
    "Verde Energía",
    "Tulip Retail B.V.",
]
SEGMENTS = ["Enterprise", "Mid-Market", "SMB"]

E_FIELDS = ("date", "account", "csm", "tag")
A_FIELDS = ("account", "csm", "arr", "renewal_date")
T_FIELDS = ("ticket_id", "account", "opened_at", "closed_at")
S_FIELDS = ("account", "date", "score")
U_FIELDS = ("account", "date", "active_users", "events")
R_FIELDS = ("account", "date", "kind", "amount")
P_FIELDS = ("account", "item", "kind", "status")

COMPANY_SHAPE = CompanyShape(
    seats=(12, 35, 60, 140, 300),
    subscribed_from=D(2021, 6, 1),
    subscribed_days=1100,
    churned_from=D(2025, 2, 1),
    churned_days=140,
    churned=(3, 8),
    mrr=(350, 690, 1200, 1850, 2900, 4700, 6400),
    go_live_days=(10, 75),
    renewal_from=D(2025, 4, 1),
)


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def grouped(x: float, thousands: str = ".", decimals: int = 2) -> str:
    """1.234,56 with ``thousands`` between groups and a decimal comma (or no decimals)."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def email(p: Person) -> str:
    plain = unicodedata.normalize("NFKD", p.name.lower()).encode("ascii", "ignore").decode()
    return plain.replace(" ", ".") + "@lanternhq.com"


def signed(r, value: str) -> str:
    return ("-" if r["kind"] in ("contraction", "churn") else "") + value


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Aircall call history: the contact's company, the user, "mm:ss" talk time, inbound/outbound.
    recs = engagements(rng, company, 16, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
        r["type"] = "Call"
    rows = [
        [
            rng.randrange(10**8, 10**9),
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            "outbound" if r["tag"] == "proactive" else "inbound",
            "answered",
            r["csm"],
            f"+1 415 555 {rng.randrange(1000, 9999)}",
            r["account"],
            mmss(r["duration_min"]),
            "CS Line",
        ]
        for r in recs
    ]
    header = [
        "Call ID",
        "Started at",
        "Direction",
        "Status",
        "User",
        "Contact number",
        "Contact company",
        "Duration (in call)",
        "Number name",
    ]
    x.add(
        "aircall_call_history.csv",
        "Aircall",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["outbound/inbound as the tag", "mm:ss durations"],
    )

    # Dialpad call log: UTC timestamps, talk time in seconds, "Target" is the CSM.
    recs = engagements(rng, company, 15, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
        r["type"] = "Call"
    rows = [
        [
            rng.randrange(10**15, 10**16),
            r["moment"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "outbound" if r["tag"] == "proactive" else "inbound",
            r["csm"],
            email(r["acc"].csm),
            f"{r['account']}",
            round(r["duration_min"] * 60),
            "completed",
        ]
        for r in recs
    ]
    header = [
        "call_id",
        "date_started",
        "direction",
        "target",
        "target_email",
        "external_name",
        "talk_duration",
        "disposition",
    ]
    x.add(
        "dialpad_calls.csv",
        "Dialpad",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["talk seconds", "ISO Z", "outbound as proactive"],
    )

    # Outreach sequence activity: mixed-case types, "Account Name", M/D/YYYY h:mm AM.
    recs = engagements(rng, company, 14)
    rows = [
        [
            r["moment"].strftime(f"{r['moment'].month}/{r['moment'].day}/%Y %-I:%M %p"),
            {"Call": "CALL", "Email": "email", "Meeting": "Meeting"}[r["type"]],
            r["account"],
            rng.choice(["Renewal check-in", "QBR invite", "Bug follow-up", "Adoption nudge"]),
            r["csm"],
            "Proactive" if r["tag"] == "proactive" else "REACTIVE",
        ]
        for r in recs
    ]
    header = ["Occurred At", "Activity Type", "Account Name", "Subject", "Owner Name", "Motion"]
    x.add(
        "outreach_activities.csv",
        "Outreach",
        "engagements",
        E_FIELDS + ("type",),
        recs,
        table_text(header, rows),
        concepts=["mixed-case type and tag words", "M/D/YYYY h:mm AM"],
    )

    # Fireflies.ai meeting export: a title preamble, minutes as a decimal, organizer e-mail.
    recs = engagements(rng, company, 13)
    for r in recs:
        r["type"] = "Meeting"
    rows = [
        [
            f"{r['account']} <> Lantern sync",
            r["moment"].strftime("%b %d, %Y %I:%M %p"),
            f"{r['duration_min']:.1f}",
            r["csm"],
            r["account"],
            "proactive" if r["tag"] == "proactive" else "reactive",
        ]
        for r in recs
    ]
    header = ["Title", "Date", "Duration (mins)", "Organizer", "Company", "Meeting Type"]
    x.add(
        "fireflies_meetings.csv",
        "Fireflies.ai",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Fireflies.ai - Meetings export\nGenerated 2025-06-30\n\n" + table_text(header, rows),
        concepts=["preamble lines", "Mon DD, YYYY hh:mm AM"],
    )

    # German CS contact log from Excel: Windows-1252, semicolons, dd.mm.yyyy, Ja/Nein.
    recs = engagements(rng, company, 14)
    rows = [
        [
            r["date"].strftime("%d.%m.%Y"),
            r["account"],
            r["csm"],
            {"Call": "Telefonat", "Email": "E-Mail", "Meeting": "Termin"}[r["type"]],
            "Ja" if r["tag"] == "proactive" else "Nein",
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    header = ["Datum", "Kunde", "Betreuer", "Kontaktart", "Proaktiv", "Dauer (Min.)"]
    x.add(
        "kundenkontakte_de.csv",
        "Excel (German)",
        "engagements",
        E_FIELDS + ("duration_min", "type"),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["German words", "Ja/Nein as the tag", "cp1252"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Salesflare accounts: an id beside the name, owner as the CSM, custom fields prefixed.
    recs = account_records(company)
    rows = [
        [
            rng.randrange(10**6, 10**7),
            r["account"],
            r["account"].split()[0].lower() + ".com",
            r["csm"],
            f"{r['arr']:.0f}",
            r["renewal_date"].isoformat(),
            r["segment"],
        ]
        for r in recs
    ]
    header = ["ID", "Name", "Domain", "Owner", "Custom: ARR", "Custom: Renewal date", "Tags"]
    x.add(
        "salesflare_accounts.csv",
        "Salesflare",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Custom: prefix", "owner as CSM"],
    )

    # Nimble contacts export of companies: MRR, not ARR; dd/mm/yyyy renewal.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            "company",
            r["csm"],
            f"{r['acc'].mrr:.2f}",
            r["renewal_date"].strftime("%d/%m/%Y"),
            r["acc"].seats,
        ]
        for r in recs
    ]
    header = ["company name", "type", "account manager", "mrr", "contract renewal", "licenses"]
    x.add(
        "nimble_companies.csv",
        "Nimble",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "dd/mm/yyyy", "lower-case headers"],
    )

    # Less Annoying CRM company export: "Assigned To", ARR with a dollar sign and thousands.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            f"${r['arr']:,.2f}",
            f"{r['renewal_date'].month}/{r['renewal_date'].day}/{r['renewal_date'].year}",
            "Active" if r["status"] == "active" else "Churned",
        ]
        for r in recs
    ]
    header = ["Company Name", "Assigned To", "Customer Success Rep", "Annual Revenue", "Renewal", "Status"]
    x.add(
        "lessannoying_companies.csv",
        "Less Annoying CRM",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["$ and thousands", "sales owner beside the CSM"],
    )

    # Agile CRM companies: Excel serial renewal dates, a totals row.
    recs = account_records(company)
    rows = [
        [r["account"], r["csm"], f"{r['arr']:.2f}", serial(r["renewal_date"]), r["segment"]] for r in recs
    ]
    rows.append(["Total", "", f"{sum(r['arr'] for r in recs):.2f}", "", ""])
    header = ["Company", "CSM", "ARR", "Renewal Date", "Segment"]
    x.add(
        "agilecrm_companies.csv",
        "Agile CRM",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Excel serial dates", "totals row"],
    )

    # French client list: Windows-1252, semicolons, space thousands, dd/mm/yyyy.
    recs = account_records(company)
    rows = [
        [r["account"], r["csm"], grouped(r["arr"], " "), r["renewal_date"].strftime("%d/%m/%Y")] for r in recs
    ]
    header = ["Client", "Chargé de compte", "ARR (€)", "Date de renouvellement"]
    x.add(
        "portefeuille_clients_fr.csv",
        "Excel (French)",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["French words", "space thousands, decimal comma"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    # Humaans people export: job title and a cost rate per hour in a currency column.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.first, p.last, email(p), p.role, "Customer Success", f"{p.rate:.2f}", "USD"] for p in CSMS]
    header = ["First name", "Last name", "Work email", "Job title", "Department", "Hourly cost", "Currency"]
    x.add(
        "humaans_people.csv",
        "Humaans",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(header, rows),
        concepts=["first and last name columns"],
    )

    # Productive people: cost rate in cents per hour, as its API writes money.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.name, p.role, round(p.rate * 100), "active"] for p in CSMS]
    x.add(
        "productive_people.csv",
        "Productive",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Person", "Title", "Cost rate (cents)", "Status"], rows),
        concepts=["cents"],
    )

    # Factorial (Spanish): coste por hora with a decimal comma, semicolons, UTF-8 with a BOM.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.name, p.role, "Customer Success", grouped(p.rate)] for p in CSMS]
    x.add(
        "factorial_empleados_es.csv",
        "Factorial",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Empleado", "Puesto", "Equipo", "Coste por hora (€)"], rows, ";"),
        encoding="utf-8-sig",
        concepts=["Spanish words", "decimal comma"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Re:amaze conversations: a slug id, Brand, ISO times, "Resolved At".
    recs = tickets(rng, company, 16, prefix="")
    rows = [
        [
            f"conv-{r['ticket_id']}",
            "Lantern",
            r["account"],
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S UTC"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S UTC") if r["closed_at"] else "",
            "Resolved" if r["closed_at"] else "Open",
        ]
        for r in recs
    ]
    for n, r in enumerate(recs):
        r["ticket_id"] = rows[n][0]
    header = ["Conversation Slug", "Brand", "Customer Company", "Created At", "Resolved At", "Status"]
    x.add(
        "reamaze_conversations.csv",
        "Re:amaze",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["UTC suffix", "slug ids"],
    )

    # Hiver shared-inbox report: dd-Mon-yyyy hh:mm, "Closed" blank while open.
    recs = tickets(rng, company, 15, prefix="")
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Billing query", "Access problem", "Feature request"]),
            r["account"],
            r["opened_at"].strftime("%d-%b-%Y %H:%M"),
            r["closed_at"].strftime("%d-%b-%Y %H:%M") if r["closed_at"] else "",
            rng.choice(["Open", "Pending"]) if not r["closed_at"] else "Closed",
            r["acc"].csm.name,
        ]
        for r in recs
    ]
    header = [
        "Conversation ID",
        "Subject",
        "Customer Account",
        "Received On",
        "Closed On",
        "Status",
        "Assignee",
    ]
    x.add(
        "hiver_conversations.csv",
        "Hiver",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["dd-Mon-yyyy"],
    )

    # Trengo tickets (Dutch help desk, English UI): dd-mm-yyyy, semicolons.
    recs = tickets(rng, company, 14, prefix="")
    rows = [
        [
            r["ticket_id"],
            r["account"],
            "Email",
            r["opened_at"].strftime("%d-%m-%Y %H:%M"),
            r["closed_at"].strftime("%d-%m-%Y %H:%M") if r["closed_at"] else "",
            "CLOSED" if r["closed_at"] else "OPEN",
        ]
        for r in recs
    ]
    header = ["Ticket ID", "Contact company", "Channel", "Created", "Closed", "Status"]
    x.add(
        "trengo_tickets.csv",
        "Trengo",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, ";"),
        concepts=["dd-mm-yyyy", "upper-case status"],
    )

    # Jitbit help desk: Excel serial date-times with fractions, "Company".
    recs = tickets(rng, company, 14, prefix="")

    def serial_time(t):
        seconds = t.hour * 3600 + t.minute * 60 + t.second
        return f"{serial(t.date()) + seconds / 86400:.6f}"

    for r in recs:
        r["opened_at"] = r["opened_at"].replace(second=0)
        if r["closed_at"]:
            r["closed_at"] = r["closed_at"].replace(second=0)
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Printer sync", "Report missing", "Cannot log in"]),
            r["account"],
            serial_time(r["opened_at"]),
            serial_time(r["closed_at"]) if r["closed_at"] else "",
            r["priority"],
        ]
        for r in recs
    ]
    header = ["Ticket #", "Subject", "Company", "Issue Date", "Resolved Date", "Priority"]
    x.add(
        "jitbit_tickets.csv",
        "Jitbit",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Excel serial date-times"],
    )

    # Movidesk (Brazil): Portuguese headers, dd/mm/yyyy hh:mm, semicolons, Windows-1252.
    recs = tickets(rng, company, 13, prefix="")
    rows = [
        [
            r["ticket_id"],
            r["account"],
            rng.choice(["Dúvida", "Problema", "Solicitação"]),
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
            "Fechado" if r["closed_at"] else "Em atendimento",
        ]
        for r in recs
    ]
    header = ["Número", "Cliente (Organização)", "Categoria", "Aberto em", "Fechado em", "Status"]
    x.add(
        "movidesk_tickets_pt.csv",
        "Movidesk",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["Portuguese words", "cp1252"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Formstack submissions: the question labels as headers, "Time" of the submission.
    recs = surveys(rng, company, 16)
    rows = [
        [
            rng.randrange(10**5, 10**6),
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Unique ID",
        "Time",
        "Your work email",
        "Company name",
        "How likely are you to recommend Lantern to a friend or colleague?",
        "What is the primary reason for your score?",
    ]
    x.add(
        "formstack_nps_submissions.csv",
        "Formstack",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["question as header"],
    )

    # Refiner responses: snake_case, ISO time, an account trait column.
    recs = surveys(rng, company, 15)
    rows = [
        [
            r["moment"].strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            r["respondent"],
            r["account"],
            "NPS Q2",
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = ["completed_at", "contact_email", "account_name", "form_name", "nps_score", "nps_reason"]
    x.add(
        "refiner_responses.csv",
        "Refiner",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["snake_case", "offset times"],
    )

    # Simplesat: a customer company beside an id, score column named "Rating".
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"{r['acc'].sfid[-6:]}",
            r["account"],
            "NPS",
            r["score"],
            r["moment"].strftime("%m/%d/%Y"),
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = ["Customer ID", "Customer Company", "Question Type", "Rating", "Created", "Comment"]
    x.add(
        "simplesat_ratings.csv",
        "Simplesat",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["id beside name", "Rating as score"],
    )

    # Italian NPS sheet: Latin-1, tabs, dd/mm/yyyy, "Voto".
    recs = surveys(rng, company, 14)
    rows = [[r["date"].strftime("%d/%m/%Y"), r["account"], r["score"], r["comment"] or ""] for r in recs]
    x.add(
        "sondaggio_nps_it.txt",
        "Excel (Italian)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(["Data risposta", "Cliente", "Voto (0-10)", "Commento"], rows, "\t"),
        encoding="latin-1",
        concepts=["Italian words", "tab delimiter", "Latin-1"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Hex app download: wide week columns (ISO dates) of weekly active users, a preamble.
    recs = weekly_usage(rng, company[:6], 5, start=D(2025, 3, 3))
    weeks = sorted({r["date"] for r in recs})
    by_account: dict[str, dict] = {}
    for r in recs:
        by_account.setdefault(r["account"], {})[r["date"]] = int(r["active_users"])
    rows = [[a, *(v[w] for w in weeks)] for a, v in by_account.items()]
    text = "Weekly active users by account\nSource: product_events\n" + table_text(
        ["account_name", *(f"week_of_{w.isoformat()}" for w in weeks)], rows
    )
    x.add(
        "hex_weekly_active_users.csv",
        "Hex",
        "usage",
        ("account", "date", "active_users"),
        recs,
        text,
        concepts=["wide week columns", "preamble", "week_of_ prefix"],
    )

    # Userflow company analytics: flows started as events, unique users, yyyy-mm-dd.
    recs = weekly_usage(rng, company[2:8], 4)
    rows = [
        [r["acc"].sfid[-8:], r["account"], r["date"].isoformat(), int(r["active_users"]), int(r["events"])]
        for r in recs
    ]
    header = ["Company ID", "Company name", "Week", "Unique users", "Flows started"]
    x.add(
        "userflow_company_weekly.csv",
        "Userflow",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["flows as events", "id beside name"],
    )

    # Kissmetrics report: US dates, events with thousands commas, a totals row.
    recs = weekly_usage(rng, company[4:10], 3)
    rows = [
        [r["date"].strftime("%m/%d/%Y"), r["account"], f"{int(r['events']):,}", int(r["active_users"])]
        for r in recs
    ]
    rows.append(
        ["Total", "", f"{sum(int(r['events']) for r in recs):,}", sum(int(r["active_users"]) for r in recs)]
    )
    x.add(
        "kissmetrics_account_report.csv",
        "Kissmetrics",
        "usage",
        U_FIELDS,
        recs,
        table_text(["Week Starting", "Account", "Total Events", "People"], rows),
        concepts=["thousands commas", "totals row", "People as active users"],
    )

    # Dutch usage sheet: semicolons, dot thousands, dd-mm-yyyy.
    recs = weekly_usage(rng, company[:5], 4, start=D(2025, 4, 7))
    rows = [
        [r["account"], r["date"].strftime("%d-%m-%Y"), int(r["active_users"]), grouped(r["events"], ".", 0)]
        for r in recs
    ]
    x.add(
        "gebruik_per_week_nl.csv",
        "Excel (Dutch)",
        "usage",
        U_FIELDS,
        recs,
        table_text(["Klant", "Week", "Actieve gebruikers", "Gebeurtenissen"], rows, ";"),
        concepts=["Dutch words", "dot thousands"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Lago: snake_case, MRR change in cents, ISO dates, lower-case event words.
    recs = revenue(rng, company, 16)
    words = {
        "new": "new",
        "renewal": "renewal",
        "expansion": "upgrade",
        "contraction": "downgrade",
        "churn": "churn",
    }
    rows = [
        [
            r["date"].isoformat(),
            f"cus_{r['acc'].sfid[-8:].lower()}",
            r["account"],
            words[r["kind"]],
            signed(r, str(r["mrr"] * 100)),
            "USD",
        ]
        for r in recs
    ]
    header = [
        "date",
        "external_customer_id",
        "customer_name",
        "movement",
        "mrr_change_amount_cents",
        "currency",
    ]
    x.add(
        "lago_mrr_movements.csv",
        "Lago",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["cents", "MRR -> ARR", "signed"],
    )

    # Orb: ARR delta, Title Case movement words, "Mar 4, 2025".
    recs = revenue(rng, company, 15)
    words = {
        "new": "New",
        "renewal": "Renewal",
        "expansion": "Expansion",
        "contraction": "Contraction",
        "churn": "Churned",
    }
    rows = [
        [r["date"].strftime("%b %-d, %Y"), r["account"], words[r["kind"]], signed(r, f"{r['amount']:,.2f}")]
        for r in recs
    ]
    x.add(
        "orb_arr_movements.csv",
        "Orb",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Period", "Customer", "Movement Type", "ARR Delta"], rows),
        concepts=["Mon D, YYYY", "thousands commas"],
    )

    # FastSpring subscription events: monthly price, event words, US dates.
    recs = revenue(rng, company, 14)
    words = {
        "new": "subscription.activated",
        "renewal": "subscription.charge.completed",
        "expansion": "subscription.updated",
        "contraction": "subscription.updated",
        "churn": "subscription.deactivated",
    }
    rows = [
        [
            r["date"].strftime("%m/%d/%Y"),
            r["account"],
            words[r["kind"]],
            r["kind"].title(),
            signed(r, f"{r['mrr']:.2f}"),
        ]
        for r in recs
    ]
    header = ["Event Date", "Company", "Event", "Change Type", "Monthly Amount Change"]
    x.add(
        "fastspring_subscription_events.csv",
        "FastSpring",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "event beside change type"],
    )

    # Portuguese revenue sheet: semicolons, dot thousands, month periods.
    recs = revenue(rng, company, 13, monthly=True)
    words = {
        "new": "Novo",
        "renewal": "Renovação",
        "expansion": "Expansão",
        "contraction": "Redução",
        "churn": "Cancelamento",
    }
    rows = [[r["date"].strftime("%m/%Y"), r["account"], words[r["kind"]], grouped(r["amount"])] for r in recs]
    x.add(
        "movimentos_receita_pt.csv",
        "Excel (Portuguese)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Mês", "Cliente", "Tipo", "Variação ARR (R$)"], rows, ";"),
        encoding="utf-8-sig",
        concepts=["Portuguese kind words", "mm/yyyy periods"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Rocketlane project tasks: a task type (Goal, Milestone, Risk), mixed-case statuses.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Goal", "step": "Milestone", "blocker": "Risk"}
    status = {"open": "In progress", "done": "COMPLETED", "at risk": "At Risk"}
    rows = [
        [
            f"{r['account']} Onboarding",
            r["account"],
            r["item"],
            kinds[r["kind"]],
            status[r["status"]],
            r["owner"],
            r["due_date"].strftime("%Y-%m-%d"),
        ]
        for r in recs
    ]
    header = ["Project Name", "Customer", "Task Name", "Task Type", "Status", "Assignee", "Due Date"]
    x.add(
        "rocketlane_tasks.csv",
        "Rocketlane",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Goal/Milestone/Risk", "mixed-case statuses"],
    )

    # GUIDEcx: serial due dates, "Stuck" for at risk, "Done".
    recs = plans(rng, company, 14)
    kinds = {"goal": "Goal", "step": "Task", "blocker": "Blocker"}
    status = {"open": "Working On It", "done": "Done", "at risk": "Stuck"}
    rows = [
        [r["account"], r["item"], kinds[r["kind"]], status[r["status"]], serial(r["due_date"])] for r in recs
    ]
    x.add(
        "guidecx_project_tasks.csv",
        "GUIDEcx",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Customer", "Task", "Type", "Task Status", "Due"], rows),
        concepts=["Excel serial dates", "Stuck as at risk"],
    )

    # Spanish account plan: Objetivo / Paso / Bloqueo, Windows-1252, semicolons.
    recs = plans(rng, company, 13)
    kinds = {"goal": "Objetivo", "step": "Paso", "blocker": "Bloqueo"}
    status = {"open": "En curso", "done": "Hecho", "at risk": "En riesgo"}
    rows = [
        [r["account"], r["item"], kinds[r["kind"]], status[r["status"]], r["due_date"].strftime("%d/%m/%Y")]
        for r in recs
    ]
    x.add(
        "plan_de_cuenta_es.csv",
        "Excel (Spanish)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Cliente", "Elemento", "Tipo", "Estado", "Fecha límite"], rows, ";"),
        encoding="cp1252",
        concepts=["Spanish words", "cp1252"],
    )


def main(folder: Path = HERE) -> list[dict]:
    return write_set(
        folder,
        SEED,
        make_company,
        [
            write_engagements,
            write_accounts,
            write_team,
            write_tickets,
            write_surveys,
            write_usage,
            write_revenue,
            write_plans,
        ],
    )


if __name__ == "__main__":
    cases = main()
    print(f"{len(cases)} exports written to {HERE}")
