"""Writes a seventh blind batch: meeting and call tools, CRMs, CS platforms, help desks, billing, usage, survey and HR systems no set has yet.

The six earlier sets were each fixed against after their first score, so they say how well the
importer knows them. This batch was written from what these systems put in their exports, without
reading the importer's vocabulary or rules: Avoma, JustCall, Velaris, Salesmate, Vtiger, Pipeliner
CRM, Teamleader, Churn360, Float, Hubstaff, Lucca, TeamSupport, Dixa, ManageEngine ServiceDesk
Plus, Gladly, Crisp, Nicereply, Sprig, Qualaroo, Wufoo, Paperform, Woopra, Adobe Analytics, Redash,
Younium, Ordway, Billsby, Microsoft Planner, Basecamp, and CS-team spreadsheets in Dutch, Italian,
German, Portuguese and French (Windows-1252, Mac Roman with CR line ends, UTF-16 "Unicode text",
UTF-8 with and without a BOM, `;` and tab delimiters, dot thousands and decimal commas, accounting
negatives in brackets, Excel serial dates, ISO week labels, month names in other languages,
`mm:ss` and `h:mm:ss` durations, amounts in cents, MRR, preambles and totals rows, wide week
columns, trailing empty columns, quoted multi-line notes, ids beside names, a sales owner beside
the CSM, a pay rate beside the bill rate, resolved before closed).
A file here is changed only when it misdescribes what its system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind7/make_blind7.py``; the files are checked in.
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
    DE_MONTHS,
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
    unix,
    weekly_usage,
    write_set,
)

D = dt.date
SEED = 7_0212_2026

CSMS = [
    Person("Hannah", "Whitaker", 104.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Marcus", "Oyelaran", 87.0, "Mid-Market", "Customer Success Manager"),
    Person("Sofía", "Castaño", 93.0, "Enterprise", "Customer Success Lead"),
    Person("Lukas", "Brandt", 79.0, "SMB", "Customer Success Associate"),
]
SALES = [Person("Greg", "Halvorsen"), Person("Nadia", "Petrova")]
ACCOUNT_NAMES = [
    "Cobalt Robotics",
    "Pinecrest Veterinary",
    "Summit Ridge Bank",
    "Meridian Couriers Ltd",
    "Atlas Solar Inc.",
    "Bluefin Seafood Co.",
    "Groß & Söhne KG",
    "Atelier Dubois",
    "Conceição Têxteis",
    "Fjordline Shipping AS",
    "Quokka Games",
    "Van Dijk Installatietechniek",
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
    churned=(2, 9),
    mrr=(420, 800, 1150, 1700, 2600, 3900, 5200),
    go_live_days=(14, 80),
    renewal_from=D(2025, 5, 1),
)

IT_ABBR = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def grouped(x: float, thousands: str = ".", decimals: int = 2) -> str:
    """1.234,56 with ``thousands`` between groups and a decimal comma (or no decimals)."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def email(p: Person) -> str:
    plain = unicodedata.normalize("NFKD", p.name.lower()).encode("ascii", "ignore").decode()
    return plain.replace(" ", ".") + "@tallyhoapp.com"


def negative(r) -> bool:
    return r["kind"] in ("contraction", "churn")


def hms(minutes: float) -> str:
    total = round(minutes * 60)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def us_day(d) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def us_moment(t) -> str:
    return f"{t.month}/{t.day}/{t.year} {t.strftime('%-I:%M %p')}"


def external_id(a: Account) -> str:
    return "acct_" + a.sfid[-8:].lower()


def whole_seconds(recs) -> None:
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Avoma meetings: "Mar 04, 2025" and a separate start time, h:mm:ss length, the tag inside the purpose.
    recs = engagements(rng, company, 15, seconds=True)
    whole_seconds(recs)
    purposes = {
        "proactive": ["Proactive check-in", "Proactive QBR", "Proactive adoption review"],
        "reactive": ["Reactive escalation call", "Reactive bug triage"],
    }
    rows = [
        [
            f"{r['account']} / Tallyho",
            r["moment"].strftime("%b %d, %Y"),
            r["moment"].strftime("%I:%M %p"),
            hms(r["duration_min"]),
            r["csm"],
            email(r["acc"].csm),
            r["account"],
            rng.choice(purposes[r["tag"]]),
            rng.choice(["Next steps agreed", "Follow-up needed", ""]),
        ]
        for r in recs
    ]
    header = [
        "Meeting Title",
        "Date",
        "Start Time",
        "Duration",
        "Host",
        "Host Email",
        "Company",
        "Purpose",
        "Outcome",
    ]
    x.add(
        "avoma_meetings.csv",
        "Avoma",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["tag inside the purpose", "h:mm:ss durations", "date and time apart"],
    )

    # JustCall call log: mm:ss durations, the tag among comma-separated call tags.
    recs = engagements(rng, company, 16, seconds=True)
    whole_seconds(recs)
    contacts = ["Sarah Kim", "Jon Patel", "Ava Novak", "Liam Byrne", "Mia Torres"]
    rows = [
        [
            rng.randrange(10**7, 10**8),
            r["moment"].strftime("%Y-%m-%d"),
            r["moment"].strftime("%H:%M:%S"),
            r["csm"],
            email(r["acc"].csm),
            rng.choice(contacts),
            r["account"],
            rng.choice(["Outgoing", "Outgoing", "Incoming"]),
            mmss(r["duration_min"]),
            rng.choice(["Connected", "Left voicemail"]),
            ("proactive, renewal" if r["tag"] == "proactive" else "reactive, support"),
        ]
        for r in recs
    ]
    header = [
        "Call ID",
        "Call Date",
        "Call Time",
        "Agent Name",
        "Agent Email",
        "Contact Name",
        "Contact Company",
        "Direction",
        "Call Duration",
        "Disposition",
        "Call Tags",
    ]
    x.add(
        "justcall_call_logs.csv",
        "JustCall",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["mm:ss durations", "tag among call tags", "contact person beside company"],
    )

    # Velaris activities (a UK CS platform): dd/mm/yyyy, an account id beside the name, a category.
    recs = engagements(rng, company, 14)
    rows = [
        [
            f"ACT-{5000 + n}",
            r["account"],
            external_id(r["acc"]),
            r["type"],
            rng.choice(["Renewal prep", "Health review", "Ticket follow-up", "Training"]),
            r["csm"],
            r["date"].strftime("%d/%m/%Y"),
            int(r["duration_min"]),
            rng.choice(["Positive", "Neutral", "Negative"]),
            "Proactive" if r["tag"] == "proactive" else "Reactive",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Activity ID",
        "Account Name",
        "Account ID",
        "Activity Type",
        "Subject",
        "Created By",
        "Activity Date",
        "Time Spent (mins)",
        "Sentiment",
        "Category",
    ]
    x.add(
        "velaris_activities.csv",
        "Velaris",
        "engagements",
        E_FIELDS + ("duration_min", "type"),
        recs,
        table_text(header, rows),
        concepts=["dd/mm/yyyy", "Category as the tag", "Created By as the CSM"],
    )

    # Salesmate activities: "1 hr 30 mins", US date-times, quoted multi-line notes.
    recs = engagements(rng, company, 14)

    def spoken(minutes: float) -> str:
        h, m = divmod(int(minutes), 60)
        return " ".join(p for p in (f"{h} hr" if h else "", f"{m} mins" if m else "") if p)

    rows = [
        [
            rng.choice(["Renewal touchpoint", "Onboarding call", "Issue follow-up"]),
            r["type"],
            us_moment(r["moment"]),
            spoken(r["duration_min"]),
            r["csm"],
            r["account"],
            "Proactive" if r["tag"] == "proactive" else "Reactive",
            f"Spoke with the {rng.choice(['ops lead', 'admin', 'CFO'])}.\nNext step: {rng.choice(['send deck', 'book QBR', 'fix SSO'])}",
            "Yes",
        ]
        for r in recs
    ]
    header = ["Title", "Type", "Due Date", "Duration", "Owner", "Company", "Tags", "Notes", "Is Completed"]
    x.add(
        "salesmate_activities.csv",
        "Salesmate",
        "engagements",
        E_FIELDS + ("duration_min", "type"),
        recs,
        table_text(header, rows),
        concepts=["'1 hr 30 mins' durations", "multi-line notes", "M/D/YYYY h:mm AM"],
    )

    # Dutch contact log from Excel: Windows-1252, semicolons, d-m-yyyy, trailing empty columns.
    recs = engagements(rng, company, 13)
    rows = [
        [
            f"{r['date'].day}-{r['date'].month}-{r['date'].year}",
            r["account"],
            r["csm"],
            {"Call": "Telefoon", "Email": "E-mail", "Meeting": "Bezoek"}[r["type"]],
            "Proactief" if r["tag"] == "proactive" else "Reactief",
            int(r["duration_min"]),
            rng.choice(["", "Verlenging besproken", "Storing opgelost"]),
            "",
            "",
        ]
        for r in recs
    ]
    header = [
        "Datum",
        "Klant",
        "CSM",
        "Soort contact",
        "Proactief/Reactief",
        "Duur (min)",
        "Opmerkingen",
        "",
        "",
    ]
    x.add(
        "klantgesprekken_nl.csv",
        "Excel (Dutch)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Dutch words", "Proactief/Reactief", "trailing empty columns", "cp1252"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Vtiger organizations: an organization number, eight-decimal amounts, dd-mm-yyyy renewal.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            f"ACC{100 + n}",
            r["csm"],
            f"{r['arr']:.8f}",
            rng.choice(["Technology", "Finance", "Logistics", "Retail"]),
            "Customer",
            r["renewal_date"].strftime("%d-%m-%Y"),
            r["segment"],
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Organization Name",
        "Organization No",
        "Assigned To",
        "Annual Revenue",
        "Industry",
        "Type",
        "Renewal Date",
        "Segment",
    ]
    x.add(
        "vtiger_organizations.csv",
        "Vtiger",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        table_text(header, rows),
        concepts=["eight-decimal amounts", "dd-mm-yyyy", "Assigned To as the CSM"],
    )

    # Pipeliner CRM: a sales owner beside the CSM, MRR with $ and thousands, serial renewal dates.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            "Customer",
            f"${r['acc'].mrr:,.2f}",
            serial(r["renewal_date"]),
            rng.choice(["Software", "Healthcare", "Manufacturing"]),
            rng.choice([25, 80, 300, 1200]),
        ]
        for r in recs
    ]
    header = [
        "Name",
        "Owner",
        "Customer Success Manager",
        "Account Type",
        "MRR",
        "Next Renewal",
        "Industry",
        "Employees",
    ]
    x.add(
        "pipeliner_accounts.csv",
        "Pipeliner CRM",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "Excel serial dates", "sales owner beside the CSM", "employees beside seats"],
    )

    # Teamleader Focus (Belgian CRM, Dutch UI): "€ 12.000,00", dd/mm/yyyy, Dutch status, a totals row.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            f"BE0{rng.randrange(10**8, 10**9)}",
            r["csm"],
            f"€ {grouped(r['arr'])}",
            r["renewal_date"].strftime("%d/%m/%Y"),
            "Actief" if r["status"] == "active" else "Opgezegd",
        ]
        for r in recs
    ]
    rows.append(["Totaal", "", "", f"€ {grouped(sum(r['arr'] for r in recs))}", "", ""])
    header = [
        "Naam",
        "Btw-nummer",
        "Verantwoordelijke",
        "Jaarlijkse contractwaarde",
        "Verlengdatum",
        "Status",
    ]
    x.add(
        "teamleader_bedrijven_nl.csv",
        "Teamleader",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows, ";"),
        concepts=["Dutch words", "euro sign, dot thousands", "Actief/Opgezegd", "totals row"],
    )

    # Churn360 accounts: an external id (other files use it), upper-case status, trailing empty columns.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            external_id(r["acc"]),
            r["csm"],
            f"{r['arr']:.0f}",
            r["renewal_date"].strftime("%b %d, %Y"),
            rng.randrange(35, 98),
            rng.choice(["Onboarding", "Adoption", "Renewal"]),
            "ACTIVE" if r["status"] == "active" else "CHURNED",
            "",
            "",
        ]
        for r in recs
    ]
    header = [
        "Account Name",
        "External ID",
        "CSM",
        "ARR (USD)",
        "Renewal Date",
        "Health Score",
        "Lifecycle Stage",
        "Status",
        "",
        "",
    ]
    x.add(
        "churn360_accounts.csv",
        "Churn360",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows),
        concepts=["upper-case status", "trailing empty columns", "id beside name"],
    )

    # Italian client sheet from Excel for Mac: Mac Roman, CR line ends, monthly fee, "15 mar 2026".
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            grouped(r["acc"].mrr),
            f"{r['renewal_date'].day} {IT_ABBR[r['renewal_date'].month - 1]} {r['renewal_date'].year}",
            r["segment"],
        ]
        for r in recs
    ]
    header = ["Ragione sociale", "Referente CS", "Canone mensile (€)", "Data rinnovo", "Segmento"]
    x.add(
        "clienti_portafoglio_it.csv",
        "Excel (Italian, Mac)",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        table_text(header, rows, ";"),
        encoding="mac_roman",
        newline="\r",
        concepts=["Mac Roman, CR line ends", "monthly fee -> ARR", "Italian month abbreviations"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    # Float people: role, department, hourly rate, tags.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.name, email(p), p.role, "Customer Success", "Employee", f"{p.rate:.2f}", p.team] for p in CSMS]
    x.add(
        "float_people.csv",
        "Float",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Name", "Email", "Role", "Department", "Type", "Hourly Rate", "Tags"], rows),
        concepts=["Hourly Rate"],
    )

    # Hubstaff members: a pay rate (what the person earns) beside the bill rate (what is charged).
    recs = [dict(csm=p.name, hourly_rate=p.rate) for p in CSMS]
    rows = [[p.name, email(p), "User", f"${p.rate * 0.55:.2f}", f"${p.rate:.2f}", "40 hrs"] for p in CSMS]
    x.add(
        "hubstaff_members.csv",
        "Hubstaff",
        "team",
        ("csm", "hourly_rate"),
        recs,
        table_text(["Member", "Email", "Role", "Pay rate", "Bill rate", "Weekly limit"], rows),
        concepts=["bill rate, not pay rate"],
    )

    # Lucca (French HR): last name first, decimal comma, Windows-1252, semicolons.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.last, p.first, p.role, "Customer Success", grouped(p.rate)] for p in CSMS]
    x.add(
        "lucca_collaborateurs_fr.csv",
        "Lucca",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Nom", "Prénom", "Intitulé du poste", "Département", "Taux horaire (€)"], rows, ";"),
        encoding="cp1252",
        concepts=["French words", "last name before first name", "decimal comma"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # TeamSupport: "Customers", M/D/YYYY h:mm AM, an Is Closed flag.
    recs = tickets(rng, company, 16)
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Export fails", "SSO loop", "Slow dashboard", "Invoice question"]),
            r["account"],
            rng.choice(["Support", "Defects"]),
            "Closed" if r["closed_at"] else rng.choice(["New", "Open", "Waiting on Customer"]),
            rng.choice(["Low", "Medium", "High"]),
            us_moment(r["opened_at"]),
            us_moment(r["closed_at"]) if r["closed_at"] else "",
            "True" if r["closed_at"] else "False",
        ]
        for r in recs
    ]
    header = [
        "Ticket Number",
        "Name",
        "Customers",
        "Ticket Type",
        "Status",
        "Severity",
        "Date Created",
        "Date Closed",
        "Is Closed",
    ]
    x.add(
        "teamsupport_tickets.csv",
        "TeamSupport",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Customers as the account", "M/D/YYYY h:mm AM"],
    )

    # Dixa conversations: snake_case, epoch milliseconds, a requester person beside the company.
    recs = tickets(rng, company, 15)
    rows = [
        [
            f"{rng.randrange(10**5, 10**6)}",
            rng.choice(["email", "widget_chat", "pstn_phone"]),
            unix(r["opened_at"]) * 1000,
            unix(r["closed_at"]) * 1000 if r["closed_at"] else "",
            rng.choice(["Ella Fischer", "Ben Adeyemi", "Noor Haddad"]),
            r["account"],
            "closed" if r["closed_at"] else "open",
            r["acc"].csm.name,
        ]
        for r in recs
    ]
    for n, r in enumerate(recs):
        r["ticket_id"] = rows[n][0]
    header = [
        "conversation_id",
        "channel",
        "created_at",
        "closed_at",
        "requester_name",
        "requester_company",
        "status",
        "assignee_name",
    ]
    x.add(
        "dixa_conversations.csv",
        "Dixa",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["epoch milliseconds", "requester person beside company"],
    )

    # ManageEngine ServiceDesk Plus (MSP edition): resolved, then completed later; "Mar 4, 2025 02:35 PM".
    recs = tickets(rng, company, 15)

    def sdp(t) -> str:
        return t.strftime(f"%b {t.day}, %Y %I:%M %p")

    rows = []
    for r in recs:
        completed = ""
        status = rng.choice(["Open", "On Hold"])
        if r["closed_at"]:
            status = "Resolved"
            if rng.random() < 0.6:
                completed = sdp(r["closed_at"] + dt.timedelta(hours=rng.randrange(2, 96)))
                status = "Closed"
        rows.append(
            [
                r["ticket_id"],
                rng.choice(["VPN drops", "Licence request", "Report error"]),
                f"{rng.choice(['ops', 'it', 'admin'])}@{r['account'].split()[0].lower()}.example",
                r["account"],
                sdp(r["opened_at"]),
                sdp(r["closed_at"]) if r["closed_at"] else "",
                completed,
                status,
                r["priority"],
                r["acc"].csm.name,
            ]
        )
    header = [
        "Request ID",
        "Subject",
        "Requester",
        "Account",
        "Created Time",
        "Resolved Time",
        "Completed Time",
        "Status",
        "Priority",
        "Technician",
    ]
    x.add(
        "servicedesk_plus_requests.csv",
        "ManageEngine ServiceDesk Plus",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["resolved before a later completed time", "Mon D, YYYY hh:mm AM"],
    )

    # Gladly conversations: ISO Z times, an escalated flag, quoted multi-line last message.
    recs = tickets(rng, company, 14)
    rows = [
        [
            f"gl_{rng.randrange(10**9, 10**10)}",
            r["opened_at"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            r["closed_at"].strftime("%Y-%m-%dT%H:%M:%SZ") if r["closed_at"] else "",
            rng.choice(["Priya Shah", "Tom Ellis", "Rosa Lima"]),
            r["account"],
            rng.choice(["Billing", "Access", "Data sync"]),
            "CLOSED" if r["closed_at"] else "OPEN",
            "TRUE" if r["escalated"] else "FALSE",
            f"Hi team,\n{rng.choice(['still broken', 'thanks, all good', 'any update?'])}",
        ]
        for r in recs
    ]
    for n, r in enumerate(recs):
        r["ticket_id"] = rows[n][0]
    header = [
        "Conversation ID",
        "Created At",
        "Closed At",
        "Customer Name",
        "Company",
        "Topic",
        "Status",
        "Escalated",
        "Last Message",
    ]
    x.add(
        "gladly_conversations.csv",
        "Gladly",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        table_text(header, rows),
        concepts=["TRUE/FALSE escalated", "multi-line quoted text", "customer person beside company"],
    )

    # Crisp (French UI): semicolons, UTF-8 with a BOM, dd/mm/yyyy hh:mm, Résolu / Non résolu.
    recs = tickets(rng, company, 13)
    rows = [
        [
            f"session_{rng.randrange(10**7, 10**8)}",
            r["account"],
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
            "Résolu" if r["closed_at"] else "Non résolu",
            rng.choice(["support", "facturation"]),
        ]
        for r in recs
    ]
    for n, r in enumerate(recs):
        r["ticket_id"] = rows[n][0]
    header = ["Identifiant", "Entreprise", "Créée le", "Résolue le", "Statut", "Segment"]
    x.add(
        "crisp_conversations_fr.csv",
        "Crisp",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["French words", "dd/mm/yyyy hh:mm", "BOM"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Nicereply NPS: a customer person and a company, the agent rated.
    recs = surveys(rng, company, 15)
    rows = [
        [
            r["moment"].strftime("%Y-%m-%d %H:%M"),
            rng.choice(["Kate Moss", "Ravi Iyer", "Leo Grant"]),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
            r["acc"].csm.name,
            "NPS",
        ]
        for r in recs
    ]
    header = ["Date", "Customer", "Email", "Company", "Score", "Comment", "Agent", "Survey"]
    x.add(
        "nicereply_nps.csv",
        "Nicereply",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Customer is a person, Company the account"],
    )

    # Sprig responses: ISO ms Z, an attribute-prefixed company, question text as headers.
    recs = surveys(rng, company, 15)
    rows = [
        [
            rng.randrange(10**6, 10**7),
            r["moment"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            f"v_{rng.randrange(10**5, 10**6)}",
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Response ID",
        "Responded At",
        "Visitor ID",
        "Email",
        "Attribute: company_name",
        "How likely are you to recommend Tallyho to a friend or colleague? (0-10)",
        "What's the main reason for your score?",
    ]
    x.add(
        "sprig_responses.csv",
        "Sprig",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Attribute: prefix", "question as header"],
    )

    # Qualaroo: US date-times, numbered question headers, an identity e-mail.
    recs = surveys(rng, company, 14)
    rows = [
        [
            rng.randrange(10**7, 10**8),
            r["moment"].strftime("%m/%d/%Y %H:%M"),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
            "https://app.tallyho.example/dashboard",
        ]
        for r in recs
    ]
    header = [
        "Response ID",
        "Date",
        "Identity",
        "Company",
        "Q1: How likely are you to recommend us to a friend?",
        "Q2: What is the one thing we could do better?",
        "URL",
    ]
    x.add(
        "qualaroo_responses.csv",
        "Qualaroo",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Q1:/Q2: question headers", "MM/DD/YYYY hh:mm"],
    )

    # Wufoo entries: split name fields, the question as header, Date Created.
    recs = surveys(rng, company, 14)
    rows = [
        [
            100 + n,
            rng.choice(["Anna", "Chris", "Dev"]),
            rng.choice(["Lopez", "Meyer", "Okoro"]),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            "public",
            "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Entry Id",
        "Name (First)",
        "Name (Last)",
        "Email",
        "Company",
        "On a scale of 0 to 10, how likely are you to recommend us?",
        "Anything else you'd like to share?",
        "Date Created",
        "Created By",
        "Last Updated",
    ]
    x.add(
        "wufoo_entries.csv",
        "Wufoo",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["split respondent name", "question as header"],
    )

    # Paperform: a yes/no recommendation only, "March 4, 2025" dates.
    recs = surveys(rng, company, 14)
    rows = [
        [
            r["moment"].strftime(f"%B {r['moment'].day}, %Y"),
            r["account"],
            r["respondent"],
            "Yes" if r["recommend"] else "No",
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Submitted At",
        "Company",
        "Your email",
        "Would you recommend us to a colleague?",
        "Tell us more",
    ]
    x.add(
        "paperform_submissions.csv",
        "Paperform",
        "surveys",
        ("account", "date", "recommend"),
        recs,
        table_text(header, rows),
        concepts=["yes/no recommend", "Month D, YYYY"],
    )

    # German recommendation sheet saved as Excel "Unicode text": UTF-16, tabs, "12. März 2025".
    recs = surveys(rng, company, 13)
    rows = [
        [
            f"{r['date'].day}. {DE_MONTHS[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            r["respondent"],
            r["score"],
            {"Great support": "Toller Support", "Too expensive": "Zu teuer"}.get(
                r["comment"], r["comment"] or ""
            ),
        ]
        for r in recs
    ]
    header = ["Datum", "Firma", "E-Mail", "Weiterempfehlung (0-10)", "Kommentar"]
    x.add(
        "umfrage_weiterempfehlung_de.txt",
        "Excel (German)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, "\t"),
        encoding="utf-16",
        newline="\r\n",
        concepts=["German month names", "UTF-16 tab text"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Woopra company report: ISO week labels, "Visitors" and "Actions", a totals row.
    recs = weekly_usage(rng, company[:6], 4)
    rows = [
        [
            r["account"],
            f"{r['date'].isocalendar()[0]}-W{r['date'].isocalendar()[1]:02d}",
            int(r["active_users"]),
            int(r["events"]),
        ]
        for r in recs
    ]
    rows.append(["Total", "", sum(int(r["active_users"]) for r in recs), sum(int(r["events"]) for r in recs)])
    x.add(
        "woopra_company_weekly.csv",
        "Woopra",
        "usage",
        U_FIELDS,
        recs,
        table_text(["Company", "Week", "Visitors", "Actions"], rows),
        concepts=["ISO week labels", "visitors as active users", "totals row"],
    )

    # Adobe Analytics freeform table: '#' preamble, one column per week, a totals row under the header.
    recs = weekly_usage(rng, company[3:10], 5, start=D(2025, 2, 3))
    weeks = sorted({r["date"] for r in recs})
    by_account: dict[str, dict] = {}
    for r in recs:
        by_account.setdefault(r["account"], {})[r["date"]] = int(r["active_users"])
    totals = ["Total", *(sum(v[w] for v in by_account.values()) for w in weeks)]
    rows = [totals] + [[a, *(v[w] for w in weeks)] for a, v in by_account.items()]
    preamble = (
        "#=================================================================\n"
        "# Tallyho Product Analytics\n"
        "# Freeform table: Unique Visitors by Customer Company\n"
        "# Date: Feb 3, 2025 - Mar 9, 2025\n"
        "#=================================================================\n"
    )
    header = ["Customer Company", *(w.strftime(f"%b {w.day}, %Y") for w in weeks)]
    x.add(
        "adobe_analytics_weekly_visitors.csv",
        "Adobe Analytics",
        "usage",
        ("account", "date", "active_users"),
        recs,
        preamble + table_text(header, rows),
        concepts=["# preamble", "wide week columns", "totals row first"],
    )

    # Redash query result: snake_case, ISO midnight datetimes, accounts named only by their id.
    recs = weekly_usage(rng, company[1:9], 3)
    rows = [
        [
            external_id(r["acc"]),
            r["date"].strftime("%Y-%m-%dT00:00:00"),
            int(r["active_users"]),
            int(r["events"]),
        ]
        for r in recs
    ]
    x.add(
        "redash_weekly_usage.csv",
        "Redash",
        "usage",
        U_FIELDS,
        recs,
        table_text(["account_id", "week_start", "active_users", "event_count"], rows),
        concepts=["accounts by id", "ISO midnight datetimes"],
        context=["churn360_accounts.csv"],
        by_id=True,
    )

    # Portuguese usage sheet from Google Sheets: semicolons, dd/mm/yyyy, dot thousands.
    recs = weekly_usage(rng, company[5:11], 4, start=D(2025, 3, 3))
    rows = [
        [r["account"], r["date"].strftime("%d/%m/%Y"), int(r["active_users"]), grouped(r["events"], ".", 0)]
        for r in recs
    ]
    x.add(
        "uso_semanal_pt.csv",
        "Google Sheets (Portuguese)",
        "usage",
        U_FIELDS,
        recs,
        table_text(["Conta", "Semana de", "Usuários ativos", "Eventos"], rows, ";"),
        concepts=["Portuguese words", "dot thousands"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Younium ARR changes: a report preamble, Upsell/Downsell, signed ARR.
    recs = revenue(rng, company, 16)
    words = {
        "new": "New",
        "renewal": "Renewal",
        "expansion": "Upsell",
        "contraction": "Downsell",
        "churn": "Churn",
    }
    rows = [
        [
            f"C-{2000 + company.index(r['acc'])}",
            r["account"],
            r["date"].isoformat(),
            words[r["kind"]],
            ("-" if negative(r) else "") + f"{r['amount']:.2f}",
            "EUR",
        ]
        for r in recs
    ]
    header = ["Customer No", "Customer", "Change Date", "Change Type", "ARR Change", "Currency"]
    x.add(
        "younium_arr_changes.csv",
        "Younium",
        "revenue",
        R_FIELDS,
        recs,
        "Report: ARR changes\nPeriod: 2024-01-01 to 2025-06-30\n\n" + table_text(header, rows),
        concepts=["Upsell/Downsell", "signed amounts", "preamble"],
    )

    # Ordway MRR movements: "New Business", accounting negatives in brackets, US dates.
    recs = revenue(rng, company, 15)
    words = {
        "new": "New Business",
        "renewal": "Renewal",
        "expansion": "Expansion",
        "contraction": "Contraction",
        "churn": "Churn",
    }
    rows = [
        [
            us_day(r["date"]),
            f"CUST-{300 + company.index(r['acc'])}",
            r["account"],
            words[r["kind"]],
            f"({r['mrr']:,.2f})" if negative(r) else f"{r['mrr']:,.2f}",
        ]
        for r in recs
    ]
    header = ["Date", "Customer ID", "Customer Name", "Movement Type", "MRR Movement"]
    x.add(
        "ordway_mrr_movements.csv",
        "Ordway",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "(1,200.00) negatives", "New Business"],
    )

    # Billsby subscription events: event sentences, MRR change in cents, a contact person beside the company.
    recs = revenue(rng, company, 14)
    words = {
        "new": "Subscription created",
        "renewal": "Subscription renewed",
        "expansion": "Plan upgraded",
        "contraction": "Plan downgraded",
        "churn": "Subscription cancelled",
    }
    rows = [
        [
            r["date"].strftime("%d/%m/%Y"),
            rng.choice(["Olivia Grant", "Samir Haddad", "Jonas Berg"]),
            r["account"],
            words[r["kind"]],
            rng.choice(["Growth", "Scale", "Enterprise"]),
            ("-" if negative(r) else "") + str(r["mrr"] * 100),
        ]
        for r in recs
    ]
    header = ["Event Date", "Customer", "Company Name", "Event", "Plan", "MRR Change (cents)"]
    x.add(
        "billsby_subscription_events.csv",
        "Billsby",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["cents", "MRR -> ARR", "event sentences as the kind", "dd/mm/yyyy"],
    )

    # Italian ARR sheet: Windows-1252, semicolons, "gen-25" month periods, a totals row.
    recs = revenue(rng, company, 13, monthly=True)
    words = {
        "new": "Nuovo",
        "renewal": "Rinnovo",
        "expansion": "Espansione",
        "contraction": "Riduzione",
        "churn": "Disdetta",
    }
    rows = [
        [
            f"{IT_ABBR[r['date'].month - 1]}-{r['date'].strftime('%y')}",
            r["account"],
            words[r["kind"]],
            grouped(r["amount"]),
        ]
        for r in recs
    ]
    rows.append(["Totale", "", "", grouped(sum(r["amount"] for r in recs))])
    x.add(
        "variazioni_arr_it.csv",
        "Excel (Italian)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Mese", "Cliente", "Tipo movimento", "Importo ARR (€)"], rows, ";"),
        encoding="cp1252",
        concepts=["Italian kind words", "Italian mon-yy periods", "totals row"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Microsoft Planner exported to Excel: one bucket per customer, labels as the kind, Progress.
    recs = plans(rng, company, 15, statuses=("open", "done"))
    rows = []
    for r in recs:
        done = r["status"] == "done"
        rows.append(
            [
                f"{rng.randrange(16**8, 16**9):x}",
                r["item"],
                r["account"],
                "Completed" if done else rng.choice(["Not started", "In progress"]),
                rng.choice(["Medium", "Important", "Low"]),
                r["owner"],
                r["owner"],
                r["reviewed_on"].strftime("%m/%d/%Y"),
                "",
                r["due_date"].strftime("%m/%d/%Y"),
                "false",
                r["due_date"].strftime("%m/%d/%Y") if done else "",
                r["owner"] if done else "",
                "0",
                "0",
                r["kind"].title(),
                "",
            ]
        )
    header = [
        "Task ID",
        "Task Name",
        "Bucket Name",
        "Progress",
        "Priority",
        "Assigned To",
        "Created By",
        "Created Date",
        "Start Date",
        "Due Date",
        "Late",
        "Completed Date",
        "Completed By",
        "Completed Checklist Items",
        "Checklist Items",
        "Labels",
        "Description",
    ]
    x.add(
        "microsoft_planner_tasks.csv",
        "Microsoft Planner",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["bucket as the account", "labels as the kind", "Progress as the status"],
    )

    # Velaris success plans: Objective/Task/Risk, On Track/Completed/At Risk, a category, Last Updated.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Objective", "step": "Task", "blocker": "Risk"}
    status = {"open": "On Track", "done": "Completed", "at risk": "At Risk"}
    rows = [
        [
            r["account"],
            r["item"],
            kinds[r["kind"]],
            status[r["status"]],
            r["owner"],
            r["due_date"].isoformat(),
            r["reviewed_on"].strftime("%d/%m/%Y"),
            r["dimension"],
        ]
        for r in recs
    ]
    header = ["Account", "Objective", "Type", "Status", "Owner", "Target Date", "Last Updated", "Category"]
    x.add(
        "velaris_success_plans.csv",
        "Velaris",
        "plans",
        P_FIELDS + ("due_date", "reviewed_on", "dimension"),
        recs,
        table_text(header, rows),
        concepts=[
            "Objective/Task/Risk",
            "On Track as open",
            "Last Updated as reviewed",
            "Category as dimension",
        ],
    )

    # Basecamp to-dos: the project is the customer, the list name the kind (plural), Completed true/false.
    recs = plans(rng, company, 14, statuses=("open", "done"))
    lists = {"goal": "Goals", "step": "Next steps", "blocker": "Blockers"}
    rows = [
        [
            r["account"],
            lists[r["kind"]],
            r["item"],
            r["owner"],
            r["due_date"].isoformat(),
            "true" if r["status"] == "done" else "false",
            r["due_date"].isoformat() if r["status"] == "done" else "",
        ]
        for r in recs
    ]
    header = ["Project", "To-do list", "To-do", "Assignee", "Due on", "Completed", "Completed on"]
    x.add(
        "basecamp_todos.csv",
        "Basecamp",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["project as the account", "list names as the kind", "true/false as the status"],
    )

    # French success plan: Objectif / Étape / Obstacle, Windows-1252, semicolons, dd/mm/yyyy.
    recs = plans(rng, company, 13)
    kinds = {"goal": "Objectif", "step": "Étape", "blocker": "Obstacle"}
    status = {"open": "En cours", "done": "Terminé", "at risk": "À risque"}
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
    header = ["Client", "Élément", "Type", "Statut", "Responsable", "Échéance"]
    x.add(
        "plan_de_reussite_fr.csv",
        "Excel (French)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["French words", "cp1252"],
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
