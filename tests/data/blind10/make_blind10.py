"""Writes a tenth blind batch: dialers, meeting recorders, CRMs, CS platforms, help desks, billing, BI, survey and staffing tools no set has yet.

The earlier sets were each fixed against after their first score, so they say how well the importer
knows them. This batch was written from what these systems put in their exports, without reading
the importer's vocabulary or rules: Aloware, Grain, Hyperengage, Really Simple Systems, Creatio,
NetHunt CRM, ThoughtSpot, Kantata, Resource Guru, HelpCrunch, TOPdesk, Faveo, BMC Helix, GetFeedback,
Formbricks, Sisense, Databricks SQL, Lightdash, Subscript, Tabs, Teamwork.com, Arrows and CS-team
spreadsheets in Italian, Dutch, Spanish, Portuguese and German. Its shapes vary as real uploads do:
header rows under a report title, one row per account with a column per metric, a column per week,
CSVs saved from Excel with a BOM and semicolons, accounts named only by an id that an accounts file
of the same batch resolves, MRR in cents, accounting negatives, serial dates, seconds, `h:mm:ss`
and decimal-hour durations, resolved and closed times, quoted multi-line notes and trailing empty
columns. A file here is changed only when it misdescribes what its system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind10/make_blind10.py``; the files are checked in.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import unicodedata
import uuid
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
SEED = 10_0212_2026

CSMS = [
    Person("Hannah", "Okafor", 96.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Lukas", "Brandt", 82.0, "Mid-Market", "Customer Success Manager"),
    Person("Camille", "Dubois", 88.0, "Enterprise", "Customer Success Lead"),
    Person("Diego", "Ferreira", 74.0, "SMB", "Customer Success Associate"),
]
SALES = [Person("Grant", "Holloway"), Person("Mei", "Tanaka")]
ACCOUNT_NAMES = [
    "Alderbrook Clinics",
    "Bluefin Robotics",
    "Cedar & Vine Foods",
    "Delta Freight Partners",
    "Elmstead University",
    "Fjordline Shipping AS",
    "Greenleaf Pharmacy",
    "Hollis Architects",
    "Ironclad Security Ltd",
    "Juniper Credit Union",
    "Koster Bouw B.V.",
    "Lumière Hôtels",
    "Marlow Insurance",
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
    seats=(15, 40, 75, 110, 250),
    subscribed_from=D(2021, 9, 1),
    subscribed_days=1000,
    churned_from=D(2025, 1, 15),
    churned_days=160,
    churned=(2, 7, 11),
    mrr=(420, 680, 950, 1300, 1900, 2750, 4200),
    go_live_days=(14, 80),
    renewal_from=D(2025, 5, 1),
)

CREATIO_IDS: dict[str, str] = {}


def make_company(rng: random.Random) -> list[Account]:
    company = company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)
    for a in company:
        CREATIO_IDS[a.name] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return company


def grouped(x: float, thousands: str = ".", decimals: int = 2) -> str:
    """1.234,56 with ``thousands`` between groups and a decimal comma (or no decimals)."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def email(p: Person) -> str:
    plain = unicodedata.normalize("NFKD", p.name.lower()).encode("ascii", "ignore").decode()
    return plain.replace(" ", ".") + "@brightwell.io"


def negative(r) -> bool:
    return r["kind"] in ("contraction", "churn")


def hms(minutes: float) -> str:
    total = round(minutes * 60)
    return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


def whole_seconds(recs) -> None:
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60


def domain(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.split()[0].lower()).encode("ascii", "ignore").decode()
    return plain + ".example"


IT_MONTHS = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Aloware call logs: talk time in whole seconds, tags separated by commas, US date-times.
    recs = engagements(rng, company, 16, seconds=True)
    whole_seconds(recs)
    rows = [
        [
            rng.randrange(10**7, 10**8),
            r["moment"].strftime("%m/%d/%Y %I:%M %p"),
            rng.choice(["Outbound", "Outbound", "Inbound"]),
            r["csm"],
            rng.choice(["Nora Pike", "Idris Bello", "Sofia Marin", "Jon Ahl"]),
            r["account"],
            round(r["duration_min"] * 60),
            ("proactive, renewal" if r["tag"] == "proactive" else "reactive, support"),
            "Answered",
        ]
        for r in recs
    ]
    header = [
        "Call ID",
        "Started At",
        "Direction",
        "User",
        "Contact Name",
        "Contact Company",
        "Talk Time (seconds)",
        "Tags",
        "Disposition",
    ]
    x.add(
        "aloware_call_logs.csv",
        "Aloware",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["seconds", "tag among comma-separated tags", "US AM/PM times"],
    )

    # Grain recordings: h:mm:ss durations, the CRM account beside the title, the tag in the purpose.
    recs = engagements(rng, company, 14)
    purposes = {"proactive": "Proactive business review", "reactive": "Reactive issue call"}
    rows = [
        [
            f"Brightwell / {r['account']}",
            r["moment"].strftime("%Y-%m-%d %H:%M"),
            hms(r["duration_min"]),
            r["csm"],
            email(r["acc"].csm),
            r["account"],
            purposes[r["tag"]],
            "Highlights:\n- renewal timeline\n- open questions" if rng.random() < 0.4 else "",
        ]
        for r in recs
    ]
    header = [
        "Title",
        "Recorded At",
        "Duration",
        "Owner",
        "Owner Email",
        "CRM Account",
        "Meeting Purpose",
        "Notes",
    ]
    x.add(
        "grain_recordings.csv",
        "Grain",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["h:mm:ss durations", "multi-line notes", "tag inside the purpose"],
    )

    # Hyperengage activities: a report title above the header, decimal hours, "Sep 3, 2025" dates.
    recs = engagements(rng, company, 15, minutes=(15, 30, 45, 60, 90))
    kinds = {"proactive": "Proactive: QBR", "reactive": "Reactive: Escalation"}
    rows = [
        [
            r["date"].strftime("%b %-d, %Y"),
            r["account"],
            r["csm"],
            kinds[r["tag"]],
            f"{r['duration_min'] / 60:.2f}",
        ]
        for r in recs
    ]
    preamble = "Hyperengage\nAccount activities - last 12 months\n\n"
    header = ["Activity Date", "Account Name", "Account Owner (CS)", "Activity", "Hours"]
    x.add(
        "hyperengage_activities.csv",
        "Hyperengage",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        preamble + table_text(header, rows),
        concepts=["title lines before the header", "decimal hours", "tag inside the activity"],
    )

    # Really Simple Systems contact history: Subject carries the tag, Staff as the CSM, dd/mm/yyyy.
    recs = engagements(rng, company, 13)
    subjects = {
        "proactive": ["Proactive check-in", "Proactive adoption review"],
        "reactive": ["Reactive - complaint"],
    }
    rows = [
        [
            r["date"].strftime("%d/%m/%Y"),
            r["account"],
            rng.choice(["Ops lead", "IT admin", "CFO"]),
            {"Call": "Phone Call", "Email": "Email", "Meeting": "Meeting"}[r["type"]],
            rng.choice(subjects[r["tag"]]),
            r["csm"],
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    header = ["Date", "Account", "Contact", "Type", "Subject", "Staff", "Duration (mins)"]
    x.add(
        "rss_contact_history.csv",
        "Really Simple Systems",
        "engagements",
        E_FIELDS + ("type", "duration_min"),
        recs,
        table_text(header, rows),
        concepts=["tag inside the subject", "Staff as the CSM", "dd/mm/yyyy"],
    )

    # Italian contact log from Excel: Windows-1252, semicolons, Proattivo/Reattivo, trailing empty columns.
    recs = engagements(rng, company, 14)
    kinds = {"Call": "Telefonata", "Email": "E-mail", "Meeting": "Riunione"}
    rows = [
        [
            r["date"].strftime("%d/%m/%Y"),
            r["account"],
            r["csm"],
            kinds[r["type"]],
            "Proattivo" if r["tag"] == "proactive" else "Reattivo",
            int(r["duration_min"]),
            rng.choice(["Richiamare a fine mese", "", "Inviata offerta"]),
            "",
            "",
        ]
        for r in recs
    ]
    header = ["Data", "Cliente", "Referente CS", "Tipo contatto", "Natura", "Durata (min)", "Note", "", ""]
    x.add(
        "registro_contatti_it.csv",
        "Excel (Italian, contact log)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["Italian words", "trailing empty columns", "Windows-1252"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Creatio accounts: GUIDs (cases and a query result use them), m/d/yyyy, an owner beside the CSM.
    recs = account_records(company)
    rows = [
        [
            CREATIO_IDS[r["account"]],
            r["account"],
            "Customer",
            r["acc"].owner.name,
            r["csm"],
            f"{r['arr']:.2f}",
            f"{r['renewal_date'].month}/{r['renewal_date'].day}/{r['renewal_date'].year}",
            rng.choice(["Healthcare", "Manufacturing", "Education", "Finance"]),
        ]
        for r in recs
    ]
    header = ["Id", "Name", "Type", "Owner", "Customer success manager", "ARR", "Renewal date", "Industry"]
    x.add(
        "creatio_accounts.csv",
        "Creatio",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["GUIDs beside names", "sales owner beside the CSM", "m/d/yyyy"],
    )

    # NetHunt CRM companies: MRR with a currency code, a status word, seats, ISO dates.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            domain(r["account"]),
            r["csm"],
            f"USD {r['acc'].mrr:,.2f}",
            r["renewal_date"].isoformat(),
            r["seats_purchased"],
            "Active customer" if r["status"] == "active" else "Churned",
        ]
        for r in recs
    ]
    header = ["Company name", "Website", "CS Manager", "MRR", "Renewal", "Licenses", "Status"]
    x.add(
        "nethunt_companies.csv",
        "NetHunt CRM",
        "accounts",
        A_FIELDS + ("seats_purchased", "status"),
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "currency code before amounts", "Churned status"],
    )

    # ThoughtSpot answer: aggregate-named columns, one row per account with a column per metric.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"{r['arr']:.0f}",
            r["seats_purchased"],
            r["seats_active"],
            rng.randrange(35, 98),
            r["renewal_date"].strftime("%m/%d/%Y"),
        ]
        for r in recs
    ]
    header = [
        "Account Name",
        "CSM Name",
        "Total ARR",
        "Total Licensed Seats",
        "Total Active Seats",
        "Average Health Score",
        "Max Renewal Date",
    ]
    x.add(
        "thoughtspot_account_answer.csv",
        "ThoughtSpot",
        "accounts",
        A_FIELDS + ("seats_purchased", "seats_active"),
        recs,
        table_text(header, rows),
        concepts=["aggregate prefixes", "one column per metric"],
    )

    # Dutch client list saved by Excel: UTF-8 BOM, semicolons, "€ 12.345,00", Actief/Opgezegd.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            "€ " + grouped(r["arr"]),
            r["renewal_date"].strftime("%d-%m-%Y"),
            "Actief" if r["status"] == "active" else "Opgezegd",
            r["segment"],
        ]
        for r in recs
    ]
    header = [
        "Klantnaam",
        "Customer success manager",
        "Jaarwaarde (ARR)",
        "Verlengdatum",
        "Status",
        "Segment",
    ]
    x.add(
        "klantenlijst_nl.csv",
        "Excel (Dutch, client list)",
        "accounts",
        A_FIELDS + ("status", "segment"),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["UTF-8 BOM", "euro amounts with decimal comma", "Opgezegd as churned"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    # Kantata resources: a default bill rate beside a cost rate, title as the role.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [
        [p.name, email(p), p.role, f"${p.rate * 0.55:.2f}", f"${p.rate:.2f}", "Customer Success"]
        for p in CSMS
    ]
    header = ["Name", "Email", "Title", "Default Cost Rate", "Default Bill Rate", "Organization"]
    x.add(
        "kantata_resources.csv",
        "Kantata",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(header, rows),
        concepts=["bill rate, not cost rate", "title as role"],
    )

    # Resource Guru resources: first and last name, an hourly rate and its currency.
    recs = [dict(csm=p.name, hourly_rate=p.rate, team=p.team) for p in CSMS]
    rows = [[p.first, p.last, p.team, "Person", f"{p.rate:.2f}", "USD"] for p in CSMS]
    header = ["First name", "Last name", "Resource group", "Resource type", "Hourly rate", "Currency"]
    x.add(
        "resourceguru_resources.csv",
        "Resource Guru",
        "team",
        ("csm", "hourly_rate", "team"),
        recs,
        table_text(header, rows),
        concepts=["first + last name", "resource group as team"],
    )

    # Spanish rate sheet from Excel: UTF-8 BOM, semicolons, "96,00 €".
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.name, p.role, grouped(p.rate) + " €"] for p in CSMS]
    x.add(
        "tarifas_equipo_es.csv",
        "Excel (Spanish, rates)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Nombre", "Puesto", "Tarifa por hora"], rows, ";"),
        encoding="utf-8-sig",
        concepts=["Spanish words", "euro sign and decimal comma"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # HelpCrunch chats: "14 Jul 2025 09:32" times, a customer person beside the company.
    recs = tickets(rng, company, 15)
    rows = [
        [
            int(r["ticket_id"]) + 7000,
            rng.choice(["Ana Costa", "Ravi Shah", "Kim Lund"]),
            rng.choice(["ana", "ravi", "kim"]) + "@" + domain(r["account"]),
            r["account"],
            "Closed" if r["closed_at"] else rng.choice(["Open", "Pending"]),
            r["opened_at"].strftime("%d %b %Y %H:%M"),
            r["closed_at"].strftime("%d %b %Y %H:%M") if r["closed_at"] else "",
            rng.choice(["Chat", "Email"]),
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = str(row[0])
    header = ["Chat ID", "Customer", "Customer email", "Company", "Status", "Created", "Closed", "Channel"]
    x.add(
        "helpcrunch_chats.csv",
        "HelpCrunch",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["14 Jul 2025 times", "customer person beside the company"],
    )

    # TOPdesk incidents (Dutch UI): semicolons, the branch is the customer, d-m-yyyy hh:mm.
    recs = tickets(rng, company, 14)
    rows = [
        [
            f"I 2503 {int(r['ticket_id']) - 500:03d}",
            rng.choice(["P. de Vries", "M. Janssen", "S. Bakker"]),
            r["account"],
            rng.choice(["Inloggen lukt niet", "Rapport klopt niet", "Vraag over factuur"]),
            "Afgemeld" if r["closed_at"] else rng.choice(["Aangemeld", "In behandeling"]),
            f"{r['opened_at'].day}-{r['opened_at'].month}-{r['opened_at'].year} {r['opened_at']:%H:%M}",
            f"{r['closed_at'].day}-{r['closed_at'].month}-{r['closed_at'].year} {r['closed_at']:%H:%M}"
            if r["closed_at"]
            else "",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = row[0]
    header = [
        "Meldingnummer",
        "Aanmelder",
        "Vestiging",
        "Korte omschrijving",
        "Status",
        "Datum aanmelding",
        "Afgemeld op",
    ]
    x.add(
        "topdesk_meldingen_nl.csv",
        "TOPdesk (Dutch)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["Dutch words", "branch as the account", "ids with spaces"],
    )

    # Faveo Helpdesk tickets: dashed ticket numbers, organization, lower-case priorities.
    recs = tickets(rng, company, 14)
    rows = [
        [
            f"AAAA-0000-{int(r['ticket_id']):04d}",
            rng.choice(["Cannot export", "SSO error", "Add seats"]),
            r["account"],
            "Closed" if r["closed_at"] else "Open",
            r["priority"].lower(),
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = row[0]
        r["priority"] = r["priority"].lower()
    header = ["Ticket Number", "Subject", "Organization", "Status", "Priority", "Created Date", "Closed Date"]
    x.add(
        "faveo_tickets.csv",
        "Faveo Helpdesk",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["dashed ticket numbers", "lower-case priorities"],
    )

    # BMC Helix incidents: resolved before an automatic close five days later, US AM/PM times.
    recs = tickets(rng, company, 15)
    rows = [
        [
            f"INC{int(r['ticket_id']) + 100000:012d}",
            r["account"],
            rng.choice(["Dashboard slow", "Password reset", "API errors"]),
            "Closed" if r["closed_at"] else rng.choice(["Assigned", "In Progress"]),
            {"Low": "Low", "Normal": "Medium", "High": "High", "Urgent": "Critical"}[r["priority"]],
            r["opened_at"].strftime("%m/%d/%Y %I:%M:%S %p"),
            r["closed_at"].strftime("%m/%d/%Y %I:%M:%S %p") if r["closed_at"] else "",
            (r["closed_at"] + dt.timedelta(days=5)).strftime("%m/%d/%Y %I:%M:%S %p")
            if r["closed_at"]
            else "",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = row[0]
    header = [
        "Incident Number",
        "Company",
        "Summary",
        "Status",
        "Priority",
        "Submit Date",
        "Last Resolved Date",
        "Closed Date",
    ]
    x.add(
        "bmc_helix_incidents.csv",
        "BMC Helix ITSM",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["resolved before a later close", "US AM/PM times with seconds"],
    )

    # Creatio cases: the account only by its GUID, resolved by creatio_accounts.csv.
    recs = tickets(rng, company, 13)
    rows = [
        [
            f"SR{int(r['ticket_id']) + 4000:08d}",
            rng.choice(["Integration down", "Billing question", "Report error"]),
            CREATIO_IDS[r["account"]],
            "Closed" if r["closed_at"] else rng.choice(["New", "In progress"]),
            r["opened_at"].strftime("%m/%d/%Y %I:%M %p"),
            r["closed_at"].strftime("%m/%d/%Y %I:%M %p") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = row[0]
    header = ["Number", "Subject", "AccountId", "Status", "Registration date", "Closure date"]
    x.add(
        "creatio_cases.csv",
        "Creatio cases",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["accounts by GUID", "registration and closure dates"],
        context=["creatio_accounts.csv"],
        by_id=True,
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # GetFeedback responses: times with a UTC offset, the question text as header.
    recs = surveys(rng, company, 15)
    rows = [
        [
            f"R_{rng.randrange(10**8, 10**9)}",
            r["moment"].strftime("%Y-%m-%d %H:%M:%S +0000"),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Response ID",
        "Completed At",
        "Contact Email",
        "Account Name",
        "How likely are you to recommend Brightwell to a colleague?",
        "Anything else you'd like to share?",
    ]
    x.add(
        "getfeedback_responses.csv",
        "GetFeedback",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["question text as header", "UTC offset in times"],
    )

    # Formbricks responses: a hidden field for the company, lower-case "nps" question id.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"clx{rng.randrange(10**9, 10**10)}",
            r["moment"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "",
            "Completed",
        ]
        for r in recs
    ]
    header = ["Response ID", "Timestamp", "hidden: company", "Verified Email", "nps", "feedback", "Status"]
    x.add(
        "formbricks_responses.csv",
        "Formbricks",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["hidden field prefix", "question ids as headers"],
    )

    # Portuguese Google Forms NPS: "Carimbo de data/hora" with dd/mm/yyyy hh:mm:ss.
    recs = surveys(rng, company, 13)
    rows = [
        [
            r["moment"].strftime("%d/%m/%Y %H:%M:%S"),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Carimbo de data/hora",
        "Endereço de e-mail",
        "Empresa",
        "Numa escala de 0 a 10, qual a probabilidade de recomendar a Brightwell?",
        "Comentário",
    ]
    x.add(
        "pesquisa_nps_pt.csv",
        "Google Forms (Portuguese)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Portuguese words", "question text as header"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Sisense pivot: a title line, one column per week of active users, a grand total row and column.
    accounts = company[:7]
    weeks = [D(2025, 3, 3) + dt.timedelta(weeks=w) for w in range(5)]
    recs = weekly_usage(rng, accounts, len(weeks), start=weeks[0])
    by_account: dict[str, list[int]] = {}
    for r in recs:
        by_account.setdefault(r["account"], []).append(int(r["active_users"]))
    rows = [[name, *values, sum(values)] for name, values in by_account.items()]
    rows.append(["Grand Total", *[sum(v[i] for v in by_account.values()) for i in range(len(weeks))], ""])
    rows[-1][-1] = sum(rows[-1][1:-1])
    header = ["Account", *[w.isoformat() for w in weeks], "Grand Total"]
    x.add(
        "sisense_weekly_active_pivot.csv",
        "Sisense",
        "usage",
        ("account", "date", "active_users"),
        recs,
        "Weekly active users by account\n" + table_text(header, rows),
        concepts=["a column per week", "grand total row and column", "title line"],
    )

    # Databricks SQL query result: accounts only by their Creatio GUID.
    recs = weekly_usage(rng, company[2:11], 3)
    rows = [
        [CREATIO_IDS[r["account"]], r["date"].isoformat(), int(r["active_users"]), int(r["events"])]
        for r in recs
    ]
    x.add(
        "databricks_weekly_usage.csv",
        "Databricks SQL",
        "usage",
        U_FIELDS,
        recs,
        table_text(["account_id", "week_start", "weekly_active_users", "event_count"], rows),
        concepts=["accounts by id", "snake_case"],
        context=["creatio_accounts.csv"],
        by_id=True,
    )

    # Lightdash results: "Table Field" labels as headers, week as yyyy-mm-dd.
    recs = weekly_usage(rng, company[5:13], 3, start=D(2025, 2, 3))
    rows = [[r["account"], r["date"].isoformat(), int(r["active_users"]), int(r["events"])] for r in recs]
    header = ["Accounts Name", "Events Timestamp week", "Events Unique users", "Events Count"]
    x.add(
        "lightdash_weekly_events.csv",
        "Lightdash",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["table name before each field label"],
    )

    # Italian weekly usage from Excel: semicolons, Windows-1252, "3 mar 2025", dotted thousands.
    recs = weekly_usage(rng, company[3:9], 4, start=D(2025, 4, 7))
    rows = [
        [
            r["account"],
            f"{r['date'].day} {IT_MONTHS[r['date'].month - 1]} {r['date'].year}",
            int(r["active_users"]),
            grouped(r["events"], ".", 0),
        ]
        for r in recs
    ]
    header = ["Cliente", "Settimana", "Utenti attivi", "Eventi"]
    x.add(
        "utilizzo_settimanale_it.csv",
        "Excel (Italian, weekly usage)",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["Italian month abbreviations", "dotted thousands"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Subscript MRR movements: "2025-01" months, New Business / Expansion / ..., a totals row.
    recs = revenue(rng, company, 15, monthly=True)
    words = {
        "new": "New Business",
        "renewal": "Renewal",
        "expansion": "Expansion",
        "contraction": "Contraction",
        "churn": "Churn",
    }
    rows = [
        [
            r["date"].strftime("%Y-%m"),
            r["account"],
            words[r["kind"]],
            f"{-r['mrr'] if negative(r) else r['mrr']:.2f}",
        ]
        for r in recs
    ]
    rows.append(["Total", "", "", f"{sum(-r['mrr'] if negative(r) else r['mrr'] for r in recs):.2f}"])
    header = ["Month", "Customer", "Movement", "MRR Change"]
    x.add(
        "subscript_mrr_movements.csv",
        "Subscript",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "yyyy-mm months", "totals row"],
    )

    # Tabs billing events: snake_case, MRR deltas in cents, serial dates.
    recs = revenue(rng, company, 14)
    rows = [
        [
            f"cust_{rng.randrange(10**5, 10**6)}",
            r["account"],
            serial(r["date"]),
            r["kind"],
            ("-" if negative(r) else "") + str(r["mrr"] * 100),
        ]
        for r in recs
    ]
    header = ["customer_id", "customer_name", "event_date", "event_type", "mrr_delta_cents"]
    x.add(
        "tabs_revenue_events.csv",
        "Tabs",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["MRR in cents", "Excel serial dates", "signed amounts"],
    )

    # German ARR movements from Excel: Windows-1252, semicolons, Neukunde/Verlängerung/Upsell/Downsell/Kündigung.
    recs = revenue(rng, company, 13)
    words = {
        "new": "Neukunde",
        "renewal": "Verlängerung",
        "expansion": "Upsell",
        "contraction": "Downsell",
        "churn": "Kündigung",
    }
    rows = [
        [
            r["date"].strftime("%d.%m.%Y"),
            r["account"],
            words[r["kind"]],
            grouped(-r["amount"] if negative(r) else r["amount"]),
        ]
        for r in recs
    ]
    header = ["Datum", "Kunde", "Bewegungsart", "ARR-Änderung (€)"]
    x.add(
        "arr_bewegungen_de.csv",
        "Excel (German, ARR movements)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["German kind words", "signed decimal-comma amounts"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Teamwork.com tasks: the project is the customer, the task list is the kind, yyyymmdd dates.
    recs = plans(rng, company, 15)
    lists = {"goal": "Goals", "step": "Action items", "blocker": "Risks"}
    status = {"open": "Active", "done": "Completed", "at risk": "At risk"}
    rows = [
        [
            f"{r['account']} - Success Plan",
            r["account"],
            lists[r["kind"]],
            r["item"],
            status[r["status"]],
            r["owner"],
            r["due_date"].strftime("%Y%m%d"),
        ]
        for r in recs
    ]
    header = ["Project", "Company", "Task list", "Task", "Status", "Assigned to", "Due date"]
    x.add(
        "teamwork_success_tasks.csv",
        "Teamwork.com",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["task list as the kind", "yyyymmdd dates", "project beside the company"],
    )

    # Arrows onboarding plans: Objective / Task / Blocker, Complete / Incomplete / Blocked.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Objective", "step": "Task", "blocker": "Blocker"}
    status = {"open": "Incomplete", "done": "Complete", "at risk": "Blocked"}
    rows = [
        [
            r["account"],
            r["item"],
            kinds[r["kind"]],
            status[r["status"]],
            email(r["acc"].csm),
            r["due_date"].strftime("%b %d, %Y"),
        ]
        for r in recs
    ]
    header = ["Customer", "Item", "Item Type", "Status", "Assignee", "Due"]
    x.add(
        "arrows_onboarding_plan.csv",
        "Arrows",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Objective as a goal", "Blocked as at risk"],
    )

    # Italian success plan from Excel: Windows-1252, semicolons, Obiettivo / Azione / Ostacolo.
    recs = plans(rng, company, 13)
    kinds = {"goal": "Obiettivo", "step": "Azione", "blocker": "Ostacolo"}
    status = {"open": "Aperto", "done": "Completato", "at risk": "A rischio"}
    rows = [
        [
            r["account"],
            r["item"],
            kinds[r["kind"]],
            status[r["status"]],
            r["owner"],
            r["due_date"].strftime("%d/%m/%Y"),
        ]
        for r in recs
    ]
    header = ["Cliente", "Voce", "Tipo", "Stato", "Responsabile", "Scadenza"]
    x.add(
        "piano_successo_clienti_it.csv",
        "Excel (Italian, success plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["Italian words", "Windows-1252"],
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
