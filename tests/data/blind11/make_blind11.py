"""Writes an eleventh blind batch: call and meeting tools, CRMs, a CS platform, help desks, billing, FP&A, BI, survey, time and project tools no set has yet.

The earlier sets were each fixed against after their first score, so they say how well the importer
knows them. This batch was written from what these systems put in their exports, without reading
the importer's vocabulary or rules: CloudTalk, Zoom, Jiminny, Talkdesk, Startdeliver, Twenty, Brevo,
Paymo, Timely, Pylon, Plain, Azure DevOps, YouTrack, Survio, Chameleon, Mopinion, PostgreSQL (psql),
Grafana, Klipfolio, Holistics, Pigment, Sequence, MeisterTask, Adobe Workfront and CS-team
spreadsheets in French, German, Portuguese, Spanish, Dutch and Italian. Its shapes vary as real
uploads do: talk time in bare seconds, `mm:ss` and `h:mm:ss`, `1h30` durations, a report title and
an as-of line above the header, Grafana's `sep=,` line, psql's aligned table with its row-count
footer, a column per month, a yes/no column as the tag, currency composites split into amount and
code, MRR with a currency sign, signed movements, Excel serial dates, two-digit years, Spanish and
German month names, accounts named only by an id that an accounts file of the batch resolves, and
a sales owner beside the CSM. A file here is changed only when it misdescribes what its system
writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind11/make_blind11.py``; the files are checked in.
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
SEED = 11_0212_2026

CSMS = [
    Person("Olivia", "Brennan", 92.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Tomás", "Guerrero", 78.0, "Mid-Market", "Customer Success Manager"),
    Person("Ingrid", "Solberg", 105.0, "Enterprise", "Head of Customer Success"),
    Person("Marcus", "Webb", 70.0, "SMB", "Customer Success Associate"),
]
SALES = [Person("Rachel", "Kim"), Person("Owen", "Gallagher")]
ACCOUNT_NAMES = [
    "Arcadia Dental Group",
    "Brightpath Logistics",
    "Copperline Media",
    "Dunmore Capital",
    "Evergreen Schools Trust",
    "Falkenberg Maschinenbau GmbH",
    "Goldcrest Hotels",
    "Harborview Health",
    "Ivory Lane Retail",
    "Jadeport Trading",
    "Kestrel Aviation",
    "Larkspur Legal LLP",
    "Montclair Energy",
    "Nordvik Seafood AS",
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
    seats=(20, 35, 60, 90, 150, 300),
    subscribed_from=D(2021, 4, 1),
    subscribed_days=1100,
    churned_from=D(2025, 2, 1),
    churned_days=150,
    churned=(4, 9, 12),
    mrr=(390, 625, 880, 1250, 1750, 2400, 3600, 5200),
    go_live_days=(10, 75),
    renewal_from=D(2025, 6, 1),
)

TWENTY_IDS: dict[str, str] = {}
STARTDELIVER_IDS: dict[str, int] = {}


def make_company(rng: random.Random) -> list[Account]:
    company = company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)
    for a in company:
        TWENTY_IDS[a.name] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        STARTDELIVER_IDS[a.name] = rng.randrange(100_000, 999_999)
    return company


def plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def email(p: Person) -> str:
    return plain(p.name.lower()).replace(" ", ".") + "@quillstack.com"


def domain(name: str) -> str:
    return plain(name.split()[0].lower()) + ".example"


def decimal_comma(x: float, thousands: str = ".", decimals: int = 2) -> str:
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def negative(r) -> bool:
    return r["kind"] in ("contraction", "churn")


def whole_seconds(recs) -> None:
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60


def hms(minutes: float) -> str:
    total = round(minutes * 60)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def mm_ss(minutes: float) -> str:
    total = round(minutes * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def us_time(t: dt.datetime) -> str:
    """3/14/2025 10:02:11 AM, as .NET and Azure DevOps write it."""
    return f"{t.month}/{t.day}/{t.year} {t.strftime('%I:%M:%S %p').lstrip('0')}"


ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # CloudTalk call history: talking time in bare seconds beside the waiting time, tags in one cell.
    recs = engagements(rng, company, 16, seconds=True)
    whole_seconds(recs)
    rows = [
        [
            rng.randrange(10**8, 10**9),
            rng.choice(["outgoing", "outgoing", "incoming"]),
            "answered",
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            r["csm"],
            rng.choice(["Laura Fenn", "Aziz Karimov", "Beth Moreau", "Joel Tran"]),
            r["account"],
            f"+1 415 555 {rng.randrange(1000, 9999)}",
            rng.randrange(3, 40),
            round(r["duration_min"] * 60),
            "Proactive,Renewal" if r["tag"] == "proactive" else "Reactive,Bug report",
            rng.choice(["5", "4", ""]),
        ]
        for r in recs
    ]
    header = [
        "Call ID",
        "Type",
        "Status",
        "Date",
        "Agent",
        "Contact name",
        "Company",
        "Phone number",
        "Waiting time",
        "Talking time",
        "Tags",
        "Rating",
    ]
    x.add(
        "cloudtalk_call_history.csv",
        "CloudTalk",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["bare seconds", "talking beside waiting time", "tag among tags"],
    )

    # Zoom meeting report: tracking fields for the customer and the kind of meeting, US times.
    recs = engagements(rng, company, 14, minutes=(25, 30, 45, 55, 60, 90))
    rows = [
        [
            f"{r['account']} | {rng.choice(['Sync', 'Review', 'Working session'])}",
            f"{rng.randrange(100, 999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
            r["csm"],
            email(r["acc"].csm),
            "Customer Success",
            r["moment"].strftime("%m/%d/%Y %I:%M:%S %p"),
            (r["moment"] + dt.timedelta(minutes=r["duration_min"])).strftime("%m/%d/%Y %I:%M:%S %p"),
            int(r["duration_min"]),
            rng.randrange(2, 9),
            r["account"],
            "Proactive" if r["tag"] == "proactive" else "Reactive",
        ]
        for r in recs
    ]
    header = [
        "Topic",
        "Meeting ID",
        "Host",
        "User Email",
        "Department",
        "Start Time",
        "End Time",
        "Duration (Minutes)",
        "Participants",
        "Customer",
        "Engagement Type",
    ]
    x.add(
        "zoom_meeting_report.csv",
        "Zoom",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["tracking fields as columns", "account inside the topic too", "US AM/PM times"],
    )

    # Jiminny conversations: the duration as mm:ss (minutes over 59 never occur), UK dates.
    recs = engagements(rng, company, 15, seconds=True)
    whole_seconds(recs)
    rows = [
        [
            f"{r['account']} <> Quillstack",
            r["moment"].strftime("%d/%m/%Y %H:%M"),
            r["csm"],
            "Customer Success",
            r["account"],
            rng.choice(["Renewal FY26", "Expansion - seats", ""]),
            mm_ss(r["duration_min"]),
            rng.choice(["Outbound", "Inbound", "Video"]),
            "Proactive" if r["tag"] == "proactive" else "Reactive",
        ]
        for r in recs
    ]
    header = [
        "Activity Title",
        "Date",
        "Rep",
        "Team",
        "Account",
        "Opportunity",
        "Duration",
        "Medium",
        "Call Category",
    ]
    x.add(
        "jiminny_conversations.csv",
        "Jiminny",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["mm:ss durations", "dd/mm/yyyy hh:mm"],
    )

    # Talkdesk calls: talk time as hh:mm:ss, the tag at the start of the disposition, UTC times.
    recs = engagements(rng, company, 14, seconds=True)
    whole_seconds(recs)
    dispositions = {
        "proactive": ["Proactive - Renewal check", "Proactive - Adoption review"],
        "reactive": ["Reactive - Issue follow-up"],
    }
    rows = [
        [
            uuid.UUID(int=rng.getrandbits(128), version=4).hex,
            rng.choice(["outbound", "inbound"]),
            r["moment"].strftime("%Y-%m-%d %H:%M:%S UTC"),
            hms(r["duration_min"]),
            r["csm"],
            r["account"],
            rng.choice(dispositions[r["tag"]]),
            rng.choice(["", "Left voicemail first", "Asked for a follow-up deck"]),
        ]
        for r in recs
    ]
    header = [
        "Interaction ID",
        "Call Type",
        "Start Time",
        "Talk Time",
        "Agent Name",
        "Company",
        "Disposition",
        "Notes",
    ]
    x.add(
        "talkdesk_calls.csv",
        "Talkdesk",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["hh:mm:ss talk time", "tag inside the disposition", "UTC suffix"],
    )

    # Startdeliver activities: the customer only by its Startdeliver id, a true/false Proactive column.
    recs = engagements(rng, company, 15, minutes=(15, 30, 45, 60))
    rows = [
        [
            rng.randrange(10**6, 10**7),
            STARTDELIVER_IDS[r["account"]],
            r["date"].isoformat(),
            {"Call": "Call", "Email": "Email", "Meeting": "Meeting"}[r["type"]],
            r["csm"],
            "true" if r["tag"] == "proactive" else "false",
            int(r["duration_min"]),
            rng.choice(["Renewal prep", "Training", "Escalation", ""]),
        ]
        for r in recs
    ]
    header = [
        "Activity ID",
        "Customer ID",
        "Date",
        "Type",
        "Performed by",
        "Proactive",
        "Time spent (min)",
        "Subject",
    ]
    x.add(
        "startdeliver_activities.csv",
        "Startdeliver activities",
        "engagements",
        E_FIELDS + ("type", "duration_min"),
        recs,
        table_text(header, rows),
        concepts=["customers by id", "true/false as the tag"],
        context=["startdeliver_customers.csv"],
        by_id=True,
    )

    # French contact log from Excel: Windows-1252, semicolons, Proactif/Réactif, "1h30" and "45 min".
    recs = engagements(rng, company, 14, minutes=(20, 30, 45, 60, 90, 120))
    channels = {"Call": "Téléphone", "Email": "E-mail", "Meeting": "Réunion"}

    def duree(m: float) -> str:
        h, rest = divmod(int(m), 60)
        if not h:
            return f"{rest} min"
        return f"{h}h{rest:02d}" if rest else f"{h}h"

    rows = [
        [
            r["date"].strftime("%d/%m/%Y"),
            r["account"],
            r["csm"],
            channels[r["type"]],
            "Proactif" if r["tag"] == "proactive" else "Réactif",
            duree(r["duration_min"]),
            rng.choice(["", "Point mensuel\nRelance du devis", "Demande de formation"]),
        ]
        for r in recs
    ]
    header = [
        "Date du contact",
        "Client",
        "Responsable CS",
        "Canal",
        "Proactif / Réactif",
        "Durée",
        "Commentaire",
    ]
    x.add(
        "journal_contacts_fr.csv",
        "Excel (French, contact log)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["French words", "1h30 durations", "multi-line comments", "Windows-1252"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Twenty companies: UUIDs (a psql result uses them), ARR split into amount and currency code,
    # the sales account owner beside a custom CSM field, ISO times with milliseconds.
    recs = account_records(company)
    rows = [
        [
            TWENTY_IDS[r["account"]],
            r["account"],
            "https://" + domain(r["account"]),
            r["seats_purchased"] * 4,
            f"{r['arr']:.0f}",
            "USD",
            r["acc"].owner.name,
            r["csm"],
            r["renewal_date"].isoformat(),
            f"{r['acc'].subscribed_on.isoformat()}T09:14:03.512Z",
        ]
        for r in recs
    ]
    header = [
        "Id",
        "Name",
        "Domain Name / Link URL",
        "Employees",
        "ARR / Amount",
        "ARR / Currency Code",
        "Account Owner",
        "Customer Success Manager",
        "Renewal Date",
        "Creation date",
    ]
    x.add(
        "twenty_companies.csv",
        "Twenty",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["composite amount / currency columns", "sales owner beside the CSM", "UUIDs"],
    )

    # Brevo companies: custom attributes for the CSM, the MRR in euros and the renewal, dd-mm-yyyy.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["acc"].owner.name,
            domain(r["account"]),
            rng.choice(["Healthcare", "Logistics", "Media", "Finance", "Education"]),
            r["seats_purchased"] * 3,
            r["csm"],
            f"€{r['acc'].mrr:,.2f}",
            r["renewal_date"].strftime("%d-%m-%Y"),
            "Customer" if r["status"] == "active" else "Churned customer",
        ]
        for r in recs
    ]
    header = [
        "Company name",
        "Owner",
        "Domain",
        "Industry",
        "Number of employees",
        "CSM",
        "MRR",
        "Renewal date",
        "Lifecycle stage",
    ]
    x.add(
        "brevo_companies.csv",
        "Brevo",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "euro sign", "Churned customer as churned", "owner beside the CSM"],
    )

    # Startdeliver customers: the id its activities use, the contract value and its currency, seats.
    recs = account_records(company)
    rows = [
        [
            STARTDELIVER_IDS[r["account"]],
            r["account"],
            r["csm"],
            f"{r['arr']:.2f}",
            "USD",
            r["renewal_date"].isoformat(),
            r["seats_purchased"],
            r["seats_active"],
            r["segment"],
            rng.choice(["Green", "Yellow", "Red"]),
        ]
        for r in recs
    ]
    header = [
        "Customer ID",
        "Name",
        "Customer success manager",
        "Contract value",
        "Currency",
        "Renewal date",
        "Licenses",
        "Active users",
        "Segment",
        "Health",
    ]
    x.add(
        "startdeliver_customers.csv",
        "Startdeliver",
        "accounts",
        A_FIELDS + ("seats_purchased", "seats_active", "segment"),
        recs,
        table_text(header, rows),
        concepts=["contract value as ARR", "licenses and active users"],
    )

    # German account list from Excel: a title and an as-of line, "15. März 2026", "48.000,00 €".
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            r["segment"],
            decimal_comma(r["arr"]) + " €",
            f"{r['renewal_date'].day}. {DE_MONTHS[r['renewal_date'].month - 1]} {r['renewal_date'].year}",
            r["seats_purchased"],
            r["seats_active"],
            "Aktiv" if r["status"] == "active" else "Gekündigt",
        ]
        for r in recs
    ]
    header = [
        "Kunde",
        "Kundenbetreuer (CS)",
        "Segment",
        "Jahresvertragswert",
        "Vertragsverlängerung",
        "Lizenzen gekauft",
        "Lizenzen genutzt",
        "Status",
    ]
    preamble = "Kundenliste Customer Success;;;;;;;\nStand: 02.06.2025;;;;;;;\n;;;;;;;\n"
    x.add(
        "kundenliste_de.csv",
        "Excel (German, account list)",
        "accounts",
        A_FIELDS + ("seats_purchased", "seats_active", "status"),
        recs,
        preamble + table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["German month names", "title and as-of lines", "Gekündigt as churned"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    # Paymo users: the position as the role, the price per hour, a user type beside it.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.name, email(p), p.role, "Employee", f"{p.rate:.2f}", 8, "Yes"] for p in CSMS]
    header = ["Name", "Email", "Position", "User type", "Price per hour", "Workday hours", "Active"]
    x.add(
        "paymo_users.csv",
        "Paymo",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(header, rows),
        concepts=["price per hour as the rate", "position as the role"],
    )

    # Timely people: a dollar-signed hourly rate, a weekly capacity, a permission role that is no job title.
    recs = [dict(csm=p.name, hourly_rate=p.rate) for p in CSMS]
    rows = [
        [p.name, email(p), "Normal user" if n else "Admin", f"${p.rate:,.2f}", "40h", p.team]
        for n, p in enumerate(CSMS)
    ]
    header = ["Name", "Email", "Role", "Hourly rate", "Weekly capacity", "Teams"]
    x.add(
        "timely_people.csv",
        "Timely",
        "team",
        ("csm", "hourly_rate"),
        recs,
        table_text(header, rows),
        concepts=["dollar-signed rates", "permission role"],
    )

    # Brazilian rate sheet from Excel: UTF-8 BOM, semicolons, "R$ 480,00".
    recs = [dict(csm=p.name, hourly_rate=p.rate * 5, role=p.role, team=p.team) for p in CSMS]
    rows = [[p.name, p.role, p.team, "R$ " + decimal_comma(p.rate * 5)] for p in CSMS]
    x.add(
        "equipe_cs_valores_pt.csv",
        "Excel (Portuguese, team rates)",
        "team",
        ("csm", "hourly_rate", "role", "team"),
        recs,
        table_text(["Nome", "Cargo", "Equipe", "Valor hora"], rows, ";"),
        encoding="utf-8-sig",
        concepts=["Portuguese words", "R$ with decimal comma"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Pylon issues: snake_case states, lower-case priorities, ISO times with milliseconds and Z.
    recs = tickets(rng, company, 15)
    states = ["new", "waiting_on_you", "waiting_on_customer", "on_hold"]
    rows = [
        [
            int(r["ticket_id"]) + 3000,
            rng.choice(["SSO login loop", "Export times out", "Webhook retries"]),
            r["account"],
            rng.choice(["amy@", "raj@", "li@"]) + domain(r["account"]),
            r["acc"].csm.name,
            "closed" if r["closed_at"] else rng.choice(states),
            r["priority"].lower(),
            rng.choice(["slack", "email", "form"]),
            r["opened_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            r["closed_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = str(row[0])
        r["priority"] = r["priority"].lower()
    header = [
        "Number",
        "Title",
        "Account",
        "Requester",
        "Assignee",
        "State",
        "Priority",
        "Source",
        "Created At",
        "Resolved At",
    ]
    x.add(
        "pylon_issues.csv",
        "Pylon",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["snake_case states", "ISO times with Z", "assignee is the CSM"],
    )

    # Plain threads: Todo / Snoozed / Done, the company beside the customer person, "Marked done at".
    recs = tickets(rng, company, 14)
    rows = [
        [
            f"th_01J{rng.randrange(10**9, 10**10)}",
            rng.choice(["Billing address change", "API rate limit", "Dashboard blank"]),
            rng.choice(["Amy Cole", "Raj Patel", "Li Wei"]),
            r["account"],
            "Done" if r["closed_at"] else rng.choice(["Todo", "Snoozed"]),
            r["priority"],
            r["opened_at"].strftime("%Y-%m-%d %H:%M UTC"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M UTC") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = row[0]
    header = [
        "Thread ID",
        "Title",
        "Customer",
        "Company",
        "Status",
        "Priority",
        "Created at",
        "Marked done at",
    ]
    x.add(
        "plain_threads.csv",
        "Plain",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["customer person beside the company", "Done as closed", "UTC suffix"],
    )

    # Azure DevOps query result: work items, "Name <email>" assignees, m/d/yyyy h:mm:ss AM times.
    recs = tickets(rng, company, 14)
    rows = [
        [
            int(r["ticket_id"]) * 7 + 40000,
            "Bug",
            rng.choice(["Report totals off by one", "Login fails on Safari", "CSV export truncated"]),
            f"{r['acc'].csm.name} <{email(r['acc'].csm)}>",
            "Closed" if r["closed_at"] else rng.choice(["New", "Active"]),
            rng.choice([1, 2, 2, 3]),
            us_time(r["opened_at"]),
            us_time(r["closed_at"]) if r["closed_at"] else "",
            r["account"],
            "customer-reported",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = str(row[0])
    header = [
        "ID",
        "Work Item Type",
        "Title",
        "Assigned To",
        "State",
        "Priority",
        "Created Date",
        "Closed Date",
        "Customer",
        "Tags",
    ]
    x.add(
        "azure_devops_bugs.csv",
        "Azure DevOps",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["work items as tickets", "Name <email> people", "m/d/yyyy h:mm:ss AM"],
    )

    # YouTrack issues: project-prefixed ids, "14 Mar 2025 10:22" times, a Customer custom field.
    recs = tickets(rng, company, 13)
    rows = [
        [
            f"SUP-{int(r['ticket_id']) - 880}",
            rng.choice(["Sync stuck at 99%", "Wrong invoice currency", "SAML metadata rejected"]),
            rng.choice(["Critical", "Major", "Normal", "Minor"]),
            "Fixed" if r["closed_at"] else rng.choice(["Open", "In Progress", "Submitted"]),
            r["account"],
            r["acc"].csm.name,
            r["opened_at"].strftime("%d %b %Y %H:%M"),
            r["closed_at"].strftime("%d %b %Y %H:%M") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = row[0]
    header = ["Issue Id", "Summary", "Priority", "State", "Customer", "Assignee", "Created", "Resolved"]
    x.add(
        "youtrack_issues.csv",
        "YouTrack",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["project-prefixed ids", "Fixed as resolved", "14 Mar 2025 times"],
    )

    # Spanish ticket log from Excel: a title line, "14-mar-2025 10:22", Abierta / Cerrada.
    recs = tickets(rng, company, 14)

    def es(t: dt.datetime) -> str:
        return f"{t.day:02d}-{ES_MONTHS[t.month - 1]}-{t.year} {t:%H:%M}"

    rows = [
        [
            f"INC-2025-{int(r['ticket_id']) - 960:04d}",
            r["account"],
            rng.choice(["No carga el panel", "Error al exportar", "Consulta de facturación"]),
            {"Low": "Baja", "Normal": "Media", "High": "Alta", "Urgent": "Urgente"}[r["priority"]],
            "Cerrada" if r["closed_at"] else rng.choice(["Abierta", "En curso"]),
            es(r["opened_at"]),
            es(r["closed_at"]) if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = row[0]
    header = [
        "Nº incidencia",
        "Cliente",
        "Asunto",
        "Prioridad",
        "Estado",
        "Fecha de apertura",
        "Fecha de cierre",
    ]
    x.add(
        "incidencias_soporte_es.csv",
        "Excel (Spanish, support log)",
        "tickets",
        T_FIELDS,
        recs,
        "Registro de incidencias - Soporte;;;;;;\n" + table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Spanish month abbreviations", "title line", "Spanish words"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Survio responses: dd.mm.yyyy hh:mm:ss, a duration column, the question texts as headers.
    recs = surveys(rng, company, 15)
    rows = [
        [
            n + 1,
            (r["moment"] - dt.timedelta(minutes=2)).strftime("%d.%m.%Y %H:%M:%S"),
            r["moment"].strftime("%d.%m.%Y %H:%M:%S"),
            f"00:0{rng.randrange(1, 9)}:{rng.randrange(10, 59)}",
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Response no.",
        "Response started",
        "Response finished",
        "Time to complete",
        "What is the name of your company?",
        "Your e-mail",
        "How likely is it that you would recommend Quillstack to a friend or colleague?",
        "What is the main reason for your score?",
    ]
    x.add(
        "survio_responses.csv",
        "Survio",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["question texts as headers", "dd.mm.yyyy times", "start and finish times"],
    )

    # Chameleon microsurvey: dotted property names, the score as the button's text, ISO Z times.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"5f{rng.randrange(10**10, 10**11):x}",
            r["moment"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            f"usr_{rng.randrange(10**5, 10**6)}",
            r["respondent"],
            r["account"],
            "In-app NPS Q2",
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "response.id",
        "response.created_at",
        "profile.uid",
        "profile.email",
        "company.name",
        "survey.name",
        "response.button_text",
        "response.input_text",
    ]
    x.add(
        "chameleon_microsurvey_responses.csv",
        "Chameleon",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["dotted property names", "button text as the score"],
    )

    # Mopinion feedback: a yes/no recommend question, date and time in separate columns.
    recs = surveys(rng, company, 13)
    rows = [
        [
            rng.randrange(10**6, 10**7),
            r["moment"].strftime("%d-%m-%Y"),
            r["moment"].strftime("%H:%M"),
            r["account"],
            r["respondent"],
            "Yes" if r["recommend"] else "No",
            r["comment"] or "",
            "https://app.quillstack.com/reports",
            rng.choice(["desktop", "mobile"]),
        ]
        for r in recs
    ]
    header = [
        "Feedback ID",
        "Date",
        "Time",
        "company",
        "email",
        "Would you recommend Quillstack to others?",
        "Comment",
        "Page URL",
        "Device",
    ]
    x.add(
        "mopinion_feedback.csv",
        "Mopinion",
        "surveys",
        ("account", "date", "recommend"),
        recs,
        table_text(header, rows),
        concepts=["yes/no recommend", "date and time apart", "lower-case custom variables"],
    )

    # Dutch Google Forms answers: "Tijdstempel" with d-m-yyyy H:mm:ss, the question as header.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"{r['moment'].day}-{r['moment'].month}-{r['moment'].year} {r['moment'].hour}:{r['moment']:%M:%S}",
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Tijdstempel",
        "E-mailadres",
        "Bedrijfsnaam",
        "Hoe waarschijnlijk is het dat je Quillstack aanbeveelt aan een collega?",
        "Waarom geef je deze score?",
    ]
    x.add(
        "nps_enquete_nl.csv",
        "Google Forms (Dutch)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Dutch words", "d-m-yyyy H:mm:ss", "question text as header"],
    )


# ------------------------------------------------------------------------------------ usage
def psql_aligned(header: list[str], rows: list[list], right: set[int]) -> str:
    """A query result as psql prints it: padded columns, a dashed rule and a row count."""
    cells = [[str(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(header)]
    title = "|".join(f" {h.center(w)} " for h, w in zip(header, widths, strict=True))
    rule = "+".join("-" * (w + 2) for w in widths)
    lines = [title.rstrip(), rule]
    for c in cells:
        parts = [
            f" {v.rjust(w) if i in right else v.ljust(w)} "
            for i, (v, w) in enumerate(zip(c, widths, strict=True))
        ]
        lines.append("|".join(parts).rstrip())
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines) + "\n\n"


def write_usage(x: Exports, rng, company):
    # psql output saved to a file: accounts by their Twenty id, an aligned table, "(27 rows)".
    recs = weekly_usage(rng, company[1:10], 3, start=D(2025, 3, 3))
    rows = [
        [TWENTY_IDS[r["account"]], r["date"].isoformat(), int(r["active_users"]), int(r["events"])]
        for r in recs
    ]
    x.add(
        "psql_weekly_usage.txt",
        "PostgreSQL (psql)",
        "usage",
        U_FIELDS,
        recs,
        psql_aligned(["company_id", "week", "active_users", "events"], rows, right={2, 3}),
        concepts=["psql aligned output", "row-count footer", "accounts by id"],
        context=["twenty_companies.csv"],
        by_id=True,
    )

    # Grafana table panel "Download CSV" for Excel: a sep=, line, every value quoted.
    recs = weekly_usage(rng, company[4:12], 3, start=D(2025, 1, 13))
    rows = [
        [
            r["date"].strftime("%Y-%m-%d %H:%M:%S"),
            r["account"],
            int(r["active_users"]),
            int(r["events"]),
        ]
        for r in recs
    ]
    x.add(
        "grafana_active_users.csv",
        "Grafana",
        "usage",
        U_FIELDS,
        recs,
        "sep=,\n" + table_text(["Time", "account", "Active users", "Events"], rows, quote_all=True),
        concepts=["sep=, first line", "every value quoted", "midnight times"],
    )

    # Klipfolio: a title, one row per account with a column per month of active users.
    accounts = company[:8]
    months = [D(2025, m, 1) for m in (1, 2, 3, 4)]
    recs = [
        dict(account=a.name, date=m, active_users=float(rng.randrange(3, a.seats)), acc=a)
        for a in accounts
        for m in months
    ]
    by_account: dict[str, list[int]] = {}
    for r in recs:
        by_account.setdefault(r["account"], []).append(int(r["active_users"]))
    rows = [[name, *values] for name, values in by_account.items()]
    header = ["Account", *[m.strftime("%b %Y") for m in months]]
    x.add(
        "klipfolio_mau_by_month.csv",
        "Klipfolio",
        "usage",
        ("account", "date", "active_users"),
        recs,
        "Monthly active users by account\n\n" + table_text(header, rows),
        concepts=["a column per month", "Jan 2025 month headers", "title line"],
    )

    # Holistics: one row per account, week and feature, counts with thousands separators.
    features = ["Dashboards", "Scheduled exports", "API", "Alerts"]
    recs = []
    for a in company[2:8]:
        for w in range(2):
            for f in rng.sample(features, 2):
                recs.append(
                    dict(
                        account=a.name,
                        date=D(2025, 4, 7) + dt.timedelta(weeks=w),
                        feature=f,
                        active_users=float(rng.randrange(2, a.seats)),
                        events=float(rng.randrange(400, 9000)),
                        acc=a,
                    )
                )
    rows = [
        [
            r["account"],
            r["date"].isoformat(),
            r["feature"],
            int(r["active_users"]),
            f"{int(r['events']):,}",
        ]
        for r in recs
    ]
    header = ["Account Name", "Week Start", "Feature Name", "Weekly Active Users", "Total Events"]
    x.add(
        "holistics_feature_usage.csv",
        "Holistics",
        "usage",
        U_FIELDS + ("feature",),
        recs,
        table_text(header, rows),
        concepts=["a row per feature", "thousands separators"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Pigment ARR bridge: "Jan 25" months, movement names, negatives for contraction and churn.
    recs = revenue(rng, company, 16, monthly=True)
    words = {
        "new": "New",
        "renewal": "Renewal",
        "expansion": "Expansion",
        "contraction": "Contraction",
        "churn": "Churn",
    }
    rows = [
        [
            r["account"],
            r["date"].strftime("%b %y"),
            words[r["kind"]],
            f"{-r['amount'] if negative(r) else r['amount']:.0f}",
        ]
        for r in recs
    ]
    x.add(
        "pigment_arr_bridge.csv",
        "Pigment",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Customer", "Month", "ARR Movement", "Value"], rows),
        concepts=["Jan 25 months", "signed ARR values"],
    )

    # Sequence billing events: subscription events with MRR before / after / change in pounds.
    recs = revenue(rng, company, 14, kinds=["new", "expansion", "contraction", "churn"])
    events = {
        "new": "Subscription created",
        "expansion": "Upgrade",
        "contraction": "Downgrade",
        "churn": "Cancellation",
    }
    rows = []
    for r in recs:
        before = 0 if r["kind"] == "new" else (r["mrr"] if r["kind"] == "churn" else r["mrr"] * 2)
        change = -r["mrr"] if negative(r) else r["mrr"]
        rows.append(
            [
                f"evt_{rng.randrange(10**7, 10**8)}",
                r["account"],
                events[r["kind"]],
                r["date"].strftime("%d %b %Y"),
                f"£{before:,.2f}",
                f"£{before + change:,.2f}",
                ("-£" if change < 0 else "£") + f"{abs(change):,.2f}",
            ]
        )
    header = ["Event ID", "Customer", "Event", "Effective date", "MRR before", "MRR after", "MRR change"]
    x.add(
        "sequence_billing_events.csv",
        "Sequence",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "before / after / change", "signed pounds", "event names as kinds"],
    )

    # Twenty opportunities: won deals with a custom deal type, amount split into amount and code.
    recs = revenue(rng, company, 13, kinds=["new", "renewal", "expansion"])
    types = {"new": "New Business", "renewal": "Renewal", "expansion": "Upsell"}
    rows = [
        [
            str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            f"{r['account']} - {types[r['kind']]}",
            f"{r['amount']:.0f}",
            "USD",
            f"{r['date'].isoformat()}T00:00:00.000Z",
            "CUSTOMER",
            types[r["kind"]],
            r["account"],
        ]
        for r in recs
    ]
    header = [
        "Id",
        "Name",
        "Amount / Amount",
        "Amount / Currency Code",
        "Close date",
        "Stage",
        "Deal Type",
        "Company",
    ]
    x.add(
        "twenty_opportunities.csv",
        "Twenty opportunities",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["won deals as movements", "Upsell as expansion", "ISO midnight times"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # MeisterTask: the section is the kind, a Customer custom field, Open / Completed.
    recs = plans(rng, company, 15, statuses=("open", "done"))
    sections = {"goal": "Goals", "step": "Next steps", "blocker": "Blockers"}
    rows = [
        [
            "Customer success plans",
            sections[r["kind"]],
            r["item"],
            "",
            "Open" if r["status"] == "open" else "Completed",
            r["owner"],
            r["due_date"].strftime("%Y-%m-%d 17:00"),
            r["account"],
        ]
        for r in recs
    ]
    header = ["Project", "Section", "Name", "Notes", "Status", "Assignee", "Due date", "Customer"]
    x.add(
        "meistertask_success_plans.csv",
        "MeisterTask",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["section as the kind", "Completed as done", "empty notes column"],
    )

    # Adobe Workfront task report: m/d/yy dates, a company on the project, a custom item type.
    recs = plans(rng, company, 14, statuses=("open", "done"))
    types = {"goal": "Success criterion", "step": "Action", "blocker": "Risk"}
    rows = [
        [
            r["item"],
            f"{r['account']} Onboarding",
            r["account"],
            types[r["kind"]],
            rng.choice(["New", "In Progress"]) if r["status"] == "open" else "Complete",
            r["owner"],
            f"{r['due_date'].month}/{r['due_date'].day}/{r['due_date']:%y}",
        ]
        for r in recs
    ]
    header = [
        "Task Name",
        "Project Name",
        "Company",
        "Plan Item Type",
        "Status",
        "Assigned To",
        "Planned Completion Date",
    ]
    x.add(
        "workfront_task_report.csv",
        "Adobe Workfront",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["m/d/yy dates", "Success criterion as a goal", "Risk as a blocker"],
    )

    # Italian account plan from Excel: due dates left as serial numbers, a last-review column.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Obiettivo", "step": "Passo", "blocker": "Ostacolo"}
    status = {"open": "Aperto", "done": "Fatto", "at risk": "A rischio"}
    rows = [
        [
            r["account"],
            r["item"],
            kinds[r["kind"]],
            status[r["status"]],
            r["owner"],
            serial(r["due_date"]),
            r["reviewed_on"].strftime("%d/%m/%Y"),
        ]
        for r in recs
    ]
    header = ["Cliente", "Voce del piano", "Tipo", "Stato", "Responsabile", "Scadenza", "Ultima revisione"]
    x.add(
        "piano_account_it.csv",
        "Excel (Italian, account plan)",
        "plans",
        P_FIELDS + ("due_date", "reviewed_on"),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Italian words", "serial due dates", "Fatto as done"],
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
