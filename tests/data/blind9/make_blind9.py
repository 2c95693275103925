"""Writes a ninth blind batch: dialers, meeting recorders, CRMs, CS platforms, help desks, billing, BI, survey and staffing tools no set has yet.

The earlier sets were each fixed against after their first score, so they say how well the importer
knows them. This batch was written from what these systems put in their exports, without reading
the importer's vocabulary or rules: Kixie, Fathom, Chili Piper, ZapScale, EspoCRM, folk, SuiteCRM,
Databox, Runn, TimeCamp, SysAid, HaloPSA, GLPI, Richpanel, Fillout, Feedier, Trustmary, Piwik PRO,
Apache Superset, Geckoboard, ClickHouse, ChargeOver, Metronome, Sage Intacct, OnRamp, Dock and
CS-team spreadsheets in German, Spanish, Dutch, French and Portuguese. Its shapes vary as real
uploads do: header rows under a report title, one row per account with a column per metric, CSVs
saved from Excel with a BOM and semicolons, a tab-separated query result, accounts named only by an
id that an accounts file of the same batch resolves, MRR and cents, accounting negatives, serial
dates, `mm:ss` and `h:mm` durations, quoted multi-line notes and trailing empty columns.
A file here is changed only when it misdescribes what its system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind9/make_blind9.py``; the files are checked in.
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
SEED = 9_0212_2026

CSMS = [
    Person("Olivia", "Brennan", 98.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Tobias", "Lindqvist", 84.0, "Mid-Market", "Customer Success Manager"),
    Person("Aisha", "Rahman", 91.0, "Enterprise", "Customer Success Lead"),
    Person("Mateo", "Giménez", 76.0, "SMB", "Customer Success Associate"),
]
SALES = [Person("Ryan", "Caldwell"), Person("Ingrid", "Solheim")]
ACCOUNT_NAMES = [
    "Harborview Dental Group",
    "Kestrel Aerospace",
    "Lumen Legal LLP",
    "Nordwind Logistik GmbH",
    "Oakridge Schools",
    "Prairie Grain Co-op",
    "Redwood Analytics Inc.",
    "Solvia Energía S.L.",
    "Tidewater Marine",
    "Brasserie Lefèvre",
    "Zuidas Vastgoed B.V.",
    "Granite Peak Insurance",
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
    seats=(20, 45, 60, 130, 300),
    subscribed_from=D(2021, 6, 1),
    subscribed_days=1100,
    churned_from=D(2025, 2, 1),
    churned_days=150,
    churned=(4, 10),
    mrr=(380, 650, 990, 1450, 2200, 3100, 4800),
    go_live_days=(10, 70),
    renewal_from=D(2025, 6, 1),
)

ESPO_IDS: dict[str, str] = {}


def make_company(rng: random.Random) -> list[Account]:
    company = company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)
    for a in company:
        ESPO_IDS[a.name] = "".join(rng.choice("0123456789abcdef") for _ in range(17))
    return company


def grouped(x: float, thousands: str = ".", decimals: int = 2) -> str:
    """1.234,56 with ``thousands`` between groups and a decimal comma (or no decimals)."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def email(p: Person) -> str:
    plain = unicodedata.normalize("NFKD", p.name.lower()).encode("ascii", "ignore").decode()
    return plain.replace(" ", ".") + "@quillwork.io"


def negative(r) -> bool:
    return r["kind"] in ("contraction", "churn")


def hm(minutes: float) -> str:
    total = round(minutes)
    return f"{total // 60}:{total % 60:02d}"


def whole_seconds(recs) -> None:
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60


def us_moment(t) -> str:
    return f"{t.month:02d}/{t.day:02d}/{t.year} {t.strftime('%I:%M %p')}"


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Kixie call history: mm:ss durations, the tag among the call's disposition words.
    recs = engagements(rng, company, 16, seconds=True)
    whole_seconds(recs)
    dispositions = {
        "proactive": ["Proactive check-in - connected", "Proactive renewal call", "Proactive outreach"],
        "reactive": ["Reactive - issue follow-up", "Reactive escalation"],
    }
    rows = [
        [
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            r["csm"],
            email(r["acc"].csm),
            rng.choice(["Dana Whitfield", "Arjun Mehta", "Lea Kovac", "Tom Becker"]),
            r["account"],
            f"+1 555 01{rng.randrange(10, 99)}",
            rng.choice(["outbound", "outbound", "inbound"]),
            mmss(r["duration_min"]),
            rng.choice(dispositions[r["tag"]]),
            "",
        ]
        for r in recs
    ]
    header = [
        "Date",
        "Agent",
        "Agent Email",
        "Contact",
        "Business",
        "To Number",
        "Call Type",
        "Duration",
        "Disposition",
        "Call Notes",
    ]
    x.add(
        "kixie_call_history.csv",
        "Kixie",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["mm:ss durations", "tag inside the disposition", "company as Business"],
    )

    # Fathom meeting recordings: ISO times, minutes, a quoted multi-line summary, the tag in the meeting type.
    recs = engagements(rng, company, 14)
    types = {"proactive": "Proactive - Customer Review", "reactive": "Reactive - Support Escalation"}
    rows = [
        [
            f"{r['account']} <> Quillwork",
            r["moment"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            int(r["duration_min"]),
            r["csm"],
            email(r["acc"].csm),
            r["account"],
            types[r["tag"]],
            "Summary:\n- reviewed adoption\n- agreed next steps" if rng.random() < 0.5 else "",
        ]
        for r in recs
    ]
    header = [
        "Meeting Title",
        "Recording Start",
        "Duration (minutes)",
        "Recorded By Name",
        "Recorded By Email",
        "Company Name",
        "Meeting Type",
        "Summary",
    ]
    x.add(
        "fathom_meetings.csv",
        "Fathom",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["ISO ms Z times", "multi-line summary", "tag inside the meeting type"],
    )

    # Chili Piper meetings, opened and saved again by Excel in Germany: UTF-8 BOM, semicolons, dd.mm.yyyy.
    recs = engagements(rng, company, 13)
    types = {"proactive": "Proactive Health Check", "reactive": "Reactive Support Call"}
    rows = [
        [
            r["moment"].strftime("%d.%m.%Y %H:%M"),
            r["csm"],
            types[r["tag"]],
            r["account"],
            rng.choice(["Booked", "Completed", "Completed"]),
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    header = ["Meeting Start", "Assignee Name", "Meeting Type", "Account Name", "Meeting Status", "Length"]
    x.add(
        "chilipiper_meetings.csv",
        "Chili Piper (saved by Excel)",
        "engagements",
        E_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["UTF-8 BOM", "semicolons", "dd.mm.yyyy hh:mm"],
    )

    # ZapScale activity report: a title block before the header, Excel serial dates, Proactive/Reactive.
    recs = engagements(rng, company, 15)
    rows = [
        [
            serial(r["date"]),
            r["account"],
            r["csm"],
            r["tag"].capitalize(),
            r["type"],
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    preamble = "ZapScale - Activity Report\nGenerated: 2025-07-01 08:00 UTC\nFilter: All customers\n\n"
    header = ["Activity Date", "Customer", "CSM", "Activity Nature", "Activity Type", "Time Spent (min)"]
    x.add(
        "zapscale_activities.csv",
        "ZapScale",
        "engagements",
        E_FIELDS + ("type", "duration_min"),
        recs,
        preamble + table_text(header, rows),
        concepts=["title lines before the header", "Excel serial dates", "Activity Nature as the tag"],
    )

    # German contact log from Excel: Windows-1252, semicolons, dd.mm.yyyy, h:mm durations, Proaktiv/Reaktiv.
    recs = engagements(rng, company, 14)
    kinds = {"Call": "Telefonat", "Email": "E-Mail", "Meeting": "Termin"}
    rows = [
        [
            r["date"].strftime("%d.%m.%Y"),
            r["account"],
            r["csm"],
            kinds[r["type"]],
            "Proaktiv" if r["tag"] == "proactive" else "Reaktiv",
            hm(r["duration_min"]),
            rng.choice(["Rückruf vereinbart", "", "Angebot geschickt"]),
            "",
            "",
        ]
        for r in recs
    ]
    header = ["Datum", "Kunde", "Betreuer", "Kontaktart", "Anlass", "Dauer (h:mm)", "Bemerkung", "", ""]
    x.add(
        "kontaktprotokoll_de.csv",
        "Excel (German, contact log)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["German words", "h:mm durations", "trailing empty columns"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # EspoCRM accounts: 17-character hex ids (the cases and a query result use them), all fields quoted.
    recs = account_records(company)
    rows = [
        [
            ESPO_IDS[r["account"]],
            r["account"],
            "Customer",
            rng.choice(["Healthcare", "Finance", "Logistics", "Education"]),
            r["csm"],
            f"{r['arr']:.2f}",
            r["renewal_date"].isoformat(),
            "2023-04-11 09:32:15",
        ]
        for r in recs
    ]
    header = ["ID", "Name", "Type", "Industry", "Assigned User", "ARR", "Renewal Date", "Created At"]
    x.add(
        "espocrm_accounts.csv",
        "EspoCRM",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows, quote_all=True),
        concepts=["hex ids beside names", "Assigned User as the CSM"],
    )

    # folk CRM companies: MRR with $ and thousands, a sales owner beside the CSM, "Jul 14, 2025".
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["account"].split()[0].lower().replace("é", "e") + ".com",
            r["acc"].owner.name,
            r["csm"],
            f"${r['acc'].mrr:,.2f}",
            r["renewal_date"].strftime("%b %d, %Y"),
            "Customer" if r["status"] == "active" else "Churned",
        ]
        for r in recs
    ]
    header = ["Name", "Domains", "Owner", "Customer Success Manager", "MRR", "Renewal date", "Stage"]
    x.add(
        "folk_companies.csv",
        "folk",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "sales owner beside the CSM", "Churned stage"],
    )

    # SuiteCRM accounts: API-style custom field names (_c), dd/mm/yyyy renewal, seats.
    recs = account_records(company)
    rows = [
        [
            str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            f"{r['arr']:.0f}",
            r["renewal_date"].strftime("%d/%m/%Y"),
            r["seats_purchased"],
            r["segment"],
        ]
        for r in recs
    ]
    header = [
        "id",
        "name",
        "assigned_user_name",
        "csm_name_c",
        "arr_c",
        "renewal_date_c",
        "licences_c",
        "segment_c",
    ]
    x.add(
        "suitecrm_accounts.csv",
        "SuiteCRM",
        "accounts",
        A_FIELDS + ("seats_purchased", "segment"),
        recs,
        table_text(header, rows, quote_all=True),
        concepts=["_c custom field names", "sales owner beside the CSM", "dd/mm/yyyy"],
    )

    # Databox account scorecard: a title and a date range above the header, one column per metric.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"{r['arr']:,.0f}",
            r["seats_purchased"],
            r["seats_active"],
            rng.randrange(40, 99),
            rng.choice([-20, 10, 35, 50, 62]),
            r["renewal_date"].strftime("%m/%d/%Y"),
        ]
        for r in recs
    ]
    preamble = '"Customer Scorecard"\n"Date range: Jun 1, 2025 - Jun 30, 2025"\n\n'
    header = [
        "Account",
        "CSM",
        "ARR",
        "Licensed Seats",
        "Active Seats",
        "Health Score",
        "NPS",
        "Next Renewal",
    ]
    x.add(
        "databox_account_scorecard.csv",
        "Databox",
        "accounts",
        A_FIELDS + ("seats_purchased", "seats_active"),
        recs,
        preamble + table_text(header, rows),
        concepts=["title lines before the header", "one column per metric", "thousands commas"],
    )

    # Spanish client list saved by Excel: UTF-8 BOM, semicolons, "1.234,56 €", Activo/Baja.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            grouped(r["arr"]) + " €",
            r["renewal_date"].strftime("%d/%m/%Y"),
            "Activo" if r["status"] == "active" else "Baja",
            r["segment"],
        ]
        for r in recs
    ]
    header = ["Cliente", "Gestor de cuenta CS", "ARR anual", "Fecha de renovación", "Estado", "Segmento"]
    x.add(
        "clientes_activos_es.csv",
        "Excel (Spanish, client list)",
        "accounts",
        A_FIELDS + ("status", "segment"),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["UTF-8 BOM", "euro amounts with decimal comma", "Baja as churned"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    # Runn people: a cost rate (what a person costs) beside the bill rate (what is charged).
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [
        [
            p.first,
            p.last,
            email(p),
            p.role,
            "Customer Success",
            f"{p.rate * 0.6:.2f}",
            f"{p.rate:.2f}",
            "Employee",
        ]
        for p in CSMS
    ]
    header = ["First Name", "Last Name", "Email", "Role", "Team", "Cost Rate", "Bill Rate", "Employment Type"]
    x.add(
        "runn_people.csv",
        "Runn",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(header, rows),
        concepts=["first + last name", "bill rate, not cost rate"],
    )

    # TimeCamp users: the group as team, a billing rate per hour.
    recs = [dict(csm=p.name, hourly_rate=p.rate, team=p.team) for p in CSMS]
    rows = [[p.name, email(p), p.team, "user", f"{p.rate:.2f}", "USD"] for p in CSMS]
    header = ["User name", "Email", "Group", "Permissions", "Billing rate per hour", "Currency"]
    x.add(
        "timecamp_users.csv",
        "TimeCamp",
        "team",
        ("csm", "hourly_rate", "team"),
        recs,
        table_text(header, rows),
        concepts=["billing rate per hour", "group as team"],
    )

    # Dutch rate sheet from Excel: Windows-1252, semicolons, "€ 98,00".
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.name, p.role, "€ " + grouped(p.rate)] for p in CSMS]
    x.add(
        "uurtarieven_nl.csv",
        "Excel (Dutch, rates)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Medewerker", "Functie", "Uurtarief"], rows, ";"),
        encoding="cp1252",
        concepts=["Dutch words", "euro sign and decimal comma"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # SysAid service records: US date-times with AM/PM, a request user beside the company.
    recs = tickets(rng, company, 16)
    rows = [
        [
            int(r["ticket_id"]) + 40000,
            rng.choice(["Cannot log in", "Export fails", "Invoice question", "Slow dashboard"]),
            "Closed" if r["closed_at"] else rng.choice(["New", "Open", "Pending"]),
            {"Low": "Low", "Normal": "Medium", "High": "High", "Urgent": "Very High"}[r["priority"]],
            rng.choice(["kate.b", "l.moreno", "d.osei"]),
            r["account"],
            us_moment(r["opened_at"]),
            us_moment(r["closed_at"]) if r["closed_at"] else "",
            r["acc"].csm.name,
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = str(row[0])
    header = [
        "ID",
        "Title",
        "Status",
        "Priority",
        "Request user",
        "Company",
        "Request time",
        "Close time",
        "Assigned to",
    ]
    x.add(
        "sysaid_service_records.csv",
        "SysAid",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["US AM/PM times", "request user beside the company"],
    )

    # HaloPSA tickets: UK dd/mm/yyyy hh:mm, Client and Site, P1-P4 priorities.
    recs = tickets(rng, company, 15)
    rows = [
        [
            f"{int(r['ticket_id']) + 2000:06d}",
            r["account"],
            "Main Office",
            rng.choice(["Report wrong totals", "SSO error", "Add a user"]),
            "Closed" if r["closed_at"] else "In Progress",
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = row[0]
    header = ["Ticket ID", "Client", "Site", "Summary", "Status", "Date Logged", "Date Closed"]
    x.add(
        "halopsa_tickets.csv",
        "HaloPSA",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["dd/mm/yyyy hh:mm", "Client as the account", "zero-padded ids"],
    )

    # GLPI (French UI): semicolons, the entity is the customer, "Clos" / "En cours (Attribué)".
    recs = tickets(rng, company, 14)
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Problème de connexion", "Export impossible", "Question facture"]),
            r["account"],
            "Clos" if r["closed_at"] else rng.choice(["Nouveau", "En cours (Attribué)", "En attente"]),
            r["opened_at"].strftime("%Y-%m-%d %H:%M"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M") if r["closed_at"] else "",
            {"Low": "Basse", "Normal": "Moyenne", "High": "Haute", "Urgent": "Très haute"}[r["priority"]],
        ]
        for r in recs
    ]
    header = ["ID", "Titre", "Entité", "Statut", "Date d'ouverture", "Date de clôture", "Priorité"]
    x.add(
        "glpi_tickets_fr.csv",
        "GLPI (French)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["French words", "entity as the account", "UTF-8 BOM"],
    )

    # Richpanel conversations: ISO Z times, a customer person and e-mail beside the company.
    recs = tickets(rng, company, 15)
    rows = [
        [
            f"RP-{r['ticket_id']}",
            rng.choice(["Ana Silva", "Ben Cho", "Tia Moss"]),
            rng.choice(["ana", "ben", "tia"]) + "@" + r["account"].split()[0].lower() + ".example",
            r["account"],
            rng.choice(["email", "chat", "email"]),
            "CLOSED" if r["closed_at"] else "OPEN",
            r["opened_at"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            r["closed_at"].strftime("%Y-%m-%dT%H:%M:%SZ") if r["closed_at"] else "",
            r["priority"].lower(),
        ]
        for r in recs
    ]
    for r in recs:
        r["ticket_id"] = f"RP-{r['ticket_id']}"
        r["priority"] = r["priority"].lower()
    header = [
        "Conversation ID",
        "Customer Name",
        "Customer Email",
        "Customer Company",
        "Channel",
        "Status",
        "Created At",
        "Closed At",
        "Priority",
    ]
    x.add(
        "richpanel_conversations.csv",
        "Richpanel",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["customer person beside the company", "upper-case status", "lower-case priority"],
    )

    # EspoCRM cases: the account only by its id, resolved by espocrm_accounts.csv.
    recs = tickets(rng, company, 14)
    rows = [
        [
            f"{int(r['ticket_id']) - 900}",
            rng.choice(["Login issue", "Data import", "Billing"]),
            "Closed" if r["closed_at"] else rng.choice(["New", "Assigned", "Pending"]),
            r["priority"],
            ESPO_IDS[r["account"]],
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = row[0]
    header = ["Number", "Name", "Status", "Priority", "Account Id", "Created At", "Closed At"]
    x.add(
        "espocrm_cases.csv",
        "EspoCRM cases",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, quote_all=True),
        concepts=["accounts by id", "Number as the ticket id"],
        context=["espocrm_accounts.csv"],
        by_id=True,
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Fillout form submissions: the question text as header, "Submission time" with seconds.
    recs = surveys(rng, company, 15)
    rows = [
        [
            f"sub_{rng.randrange(10**9, 10**10)}",
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Submission ID",
        "Submission time",
        "Work email",
        "Company name",
        "How likely are you to recommend Quillwork to a friend or colleague?",
        "What is the main reason for your score?",
    ]
    x.add(
        "fillout_submissions.csv",
        "Fillout",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["question text as header", "submission id"],
    )

    # Feedier feedback: a satisfaction id, "NPS" with its category, dd/mm/yyyy.
    recs = surveys(rng, company, 14)

    def category(s):
        return "Promoter" if s >= 9 else "Passive" if s >= 7 else "Detractor"

    rows = [
        [
            rng.randrange(100000, 999999),
            r["moment"].strftime("%d/%m/%Y %H:%M"),
            r["account"],
            r["score"],
            category(r["score"]),
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = ["Feedback ID", "Date", "Organisation", "NPS", "NPS Category", "Verbatim"]
    x.add(
        "feedier_feedback.csv",
        "Feedier",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["NPS beside its category", "dd/mm/yyyy"],
    )

    # Trustmary NPS: a report title line, "Mar 4, 2025" dates, a yes/no "Would recommend".
    recs = surveys(rng, company, 13)
    rows = [
        [
            r["moment"].strftime("%b %-d, %Y"),
            r["respondent"],
            r["account"],
            r["score"],
            "Yes" if r["recommend"] else "No",
        ]
        for r in recs
    ]
    header = ["Answered", "Respondent email", "Company", "Score", "Would recommend"]
    x.add(
        "trustmary_nps.csv",
        "Trustmary",
        "surveys",
        S_FIELDS + ("recommend",),
        recs,
        "NPS responses export\n" + table_text(header, rows),
        concepts=["one title line", "score and a yes/no recommend"],
    )

    # Dutch NPS sheet: Windows-1252, semicolons, d-m-yyyy.
    recs = surveys(rng, company, 12)
    rows = [
        [
            f"{r['date'].day}-{r['date'].month}-{r['date'].year}",
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Datum",
        "Klant",
        "Contactpersoon",
        "Hoe waarschijnlijk is het dat u ons aanbeveelt? (0-10)",
        "Toelichting",
    ]
    x.add(
        "nps_enquete_nl.csv",
        "Excel (Dutch, NPS)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["Dutch words", "d-m-yyyy"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Piwik PRO custom report: a custom dimension for the company, week start, visitors and events.
    recs = weekly_usage(rng, company[:6], 4)
    rows = [[r["account"], r["date"].isoformat(), int(r["active_users"]), int(r["events"])] for r in recs]
    header = ["Custom dimension: Company", "Week", "Unique visitors", "Custom events"]
    x.add(
        "piwikpro_company_weekly.csv",
        "Piwik PRO",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["custom dimension prefix", "visitors as active users"],
    )

    # Apache Superset chart data: __timestamp and aggregate expressions as headers.
    recs = weekly_usage(rng, company[2:9], 3)
    rows = [
        [r["account"], r["date"].strftime("%Y-%m-%d 00:00:00"), int(r["active_users"]), int(r["events"])]
        for r in recs
    ]
    header = ["company_name", "__timestamp", "COUNT_DISTINCT(user_id)", "COUNT(*)"]
    x.add(
        "superset_weekly_usage.csv",
        "Apache Superset",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["SQL aggregate headers", "__timestamp"],
    )

    # Geckoboard dataset download: one row per account and week, a column per metric.
    recs = weekly_usage(rng, company[4:12], 3, start=D(2025, 2, 3))
    rows = [
        [
            r["date"].strftime("%d %b %Y"),
            r["account"],
            int(r["active_users"]),
            rng.randrange(20, 900),
            f"{int(r['events']):,}",
            mmss(rng.randrange(60, 1500) / 60),
        ]
        for r in recs
    ]
    header = ["Week", "Account", "Weekly active users", "Sessions", "Events", "Avg session (mm:ss)"]
    x.add(
        "geckoboard_account_metrics.csv",
        "Geckoboard",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["a column per metric", "thousands commas", "4 Feb 2025 dates"],
    )

    # ClickHouse query result: TabSeparatedWithNames, accounts only by their EspoCRM id.
    recs = weekly_usage(rng, company[1:10], 3)
    rows = [
        [ESPO_IDS[r["account"]], r["date"].isoformat(), int(r["active_users"]), int(r["events"])]
        for r in recs
    ]
    x.add(
        "clickhouse_weekly_usage.tsv",
        "ClickHouse",
        "usage",
        U_FIELDS,
        recs,
        table_text(["account_id", "week", "uniqExact(user_id)", "count()"], rows, "\t"),
        concepts=["tab-separated", "accounts by id", "SQL aggregate headers"],
        context=["espocrm_accounts.csv"],
        by_id=True,
    )

    # French weekly usage from Excel: semicolons, Windows-1252, "semaine du" dates, space thousands.
    recs = weekly_usage(rng, company[3:9], 4, start=D(2025, 3, 3))
    rows = [
        [r["account"], r["date"].strftime("%d/%m/%Y"), int(r["active_users"]), grouped(r["events"], " ", 0)]
        for r in recs
    ]
    header = ["Client", "Semaine du", "Utilisateurs actifs", "Événements"]
    x.add(
        "utilisation_hebdo_fr.csv",
        "Excel (French, weekly usage)",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["French words", "space thousands"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # ChargeOver MRR movements: New / Upgrade / Downgrade / Cancellation / Renewal, $ and (negatives).
    recs = revenue(rng, company, 16)
    words = {
        "new": "New",
        "renewal": "Renewal",
        "expansion": "Upgrade",
        "contraction": "Downgrade",
        "churn": "Cancellation",
    }
    rows = [
        [
            r["date"].strftime("%m/%d/%Y"),
            f"{1000 + company.index(r['acc'])}",
            r["account"],
            words[r["kind"]],
            f"(${r['mrr']:,.2f})" if negative(r) else f"${r['mrr']:,.2f}",
        ]
        for r in recs
    ]
    header = ["Date", "Customer #", "Customer", "Type", "MRR Change"]
    x.add(
        "chargeover_mrr_movements.csv",
        "ChargeOver",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "($1,200.00) negatives", "Upgrade/Downgrade/Cancellation"],
    )

    # Metronome contract changes: snake_case, upper-case kinds, ARR deltas in cents, ISO Z times.
    recs = revenue(rng, company, 14)
    rows = [
        [
            f"cus_{rng.randrange(10**11, 10**12)}",
            r["account"],
            r["date"].strftime("%Y-%m-%dT00:00:00Z"),
            r["kind"].upper(),
            ("-" if negative(r) else "") + str(int(r["amount"] * 100)),
            "USD",
        ]
        for r in recs
    ]
    header = ["customer_id", "customer_name", "effective_at", "change_type", "arr_delta_cents", "currency"]
    x.add(
        "metronome_contract_changes.csv",
        "Metronome",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["cents", "upper-case kinds", "signed amounts"],
    )

    # Sage Intacct ARR report: company and report lines before the header, "Jan 2025" periods, totals.
    recs = revenue(rng, company, 13, monthly=True)
    words = {
        "new": "New Logo",
        "renewal": "Renewal",
        "expansion": "Expansion",
        "contraction": "Contraction",
        "churn": "Churn",
    }
    rows = [
        [
            f"C{100 + company.index(r['acc'])}",
            r["account"],
            r["date"].strftime("%b %Y"),
            words[r["kind"]],
            f"{-r['amount'] if negative(r) else r['amount']:,.2f}",
        ]
        for r in recs
    ]
    rows.append(
        ["", "Total", "", "", f"{sum(-r['amount'] if negative(r) else r['amount'] for r in recs):,.2f}"]
    )
    preamble = "Quillwork Inc.\nARR Movement Report\nFor the period Jan 2024 - Jun 2025\n\n"
    header = ["Customer ID", "Customer Name", "Period", "Movement Type", "ARR Change"]
    x.add(
        "sage_intacct_arr_movements.csv",
        "Sage Intacct",
        "revenue",
        R_FIELDS,
        recs,
        preamble + table_text(header, rows),
        concepts=["report lines before the header", "Jan 2025 periods", "New Logo", "totals row"],
    )

    # Spanish ARR movements from Excel: UTF-8 BOM, semicolons, Nueva/Renovación/Ampliación/Reducción/Baja.
    recs = revenue(rng, company, 13)
    words = {
        "new": "Nueva",
        "renewal": "Renovación",
        "expansion": "Ampliación",
        "contraction": "Reducción",
        "churn": "Baja",
    }
    rows = [
        [r["date"].strftime("%d/%m/%Y"), r["account"], words[r["kind"]], grouped(r["amount"])] for r in recs
    ]
    header = ["Fecha", "Cliente", "Tipo de movimiento", "Importe ARR (€)"]
    x.add(
        "movimientos_arr_es.csv",
        "Excel (Spanish, ARR movements)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Spanish kind words", "UTF-8 BOM", "decimal comma"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # OnRamp onboarding plan: Milestone / Task / Roadblock, Not Started / In Progress / Complete / Stuck.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Milestone", "step": "Task", "blocker": "Roadblock"}
    status_words = {"done": "Complete", "at risk": "Stuck"}
    rows = [
        [
            r["account"],
            r["item"],
            kinds[r["kind"]],
            status_words.get(r["status"]) or rng.choice(["Not Started", "In Progress"]),
            r["owner"],
            r["due_date"].strftime("%m/%d/%Y"),
        ]
        for r in recs
    ]
    header = ["Customer", "Task Name", "Task Type", "Status", "Assignee", "Due Date"]
    x.add(
        "onramp_onboarding_tasks.csv",
        "OnRamp",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Milestone/Task/Roadblock", "Not Started/In Progress/Complete/Stuck"],
    )

    # Dock mutual action plan: the workspace is the customer, Goal / Action item / Risk, a dimension.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Goal", "step": "Action item", "blocker": "Risk"}
    status = {"open": "Open", "done": "Done", "at risk": "At risk"}
    rows = [
        [
            f"{r['account']} x Quillwork",
            r["account"],
            r["item"],
            kinds[r["kind"]],
            status[r["status"]],
            r["dimension"],
            email(r["acc"].csm),
            r["due_date"].isoformat(),
        ]
        for r in recs
    ]
    header = ["Workspace", "Account", "Item", "Item Type", "Status", "Category", "Owner Email", "Due"]
    x.add(
        "dock_action_plan.csv",
        "Dock",
        "plans",
        P_FIELDS + ("dimension", "due_date"),
        recs,
        table_text(header, rows),
        concepts=["workspace beside the account", "Action item as a step", "category as the dimension"],
    )

    # Portuguese success plan from Excel: UTF-8 BOM, semicolons, Objetivo / Etapa / Bloqueio.
    recs = plans(rng, company, 13)
    kinds = {"goal": "Objetivo", "step": "Etapa", "blocker": "Bloqueio"}
    status = {"open": "Aberto", "done": "Concluído", "at risk": "Em risco"}
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
    header = ["Cliente", "Item", "Tipo", "Situação", "Responsável", "Prazo"]
    x.add(
        "plano_sucesso_pt.csv",
        "Excel (Portuguese, success plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Portuguese words", "UTF-8 BOM"],
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
