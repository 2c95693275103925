"""Writes a third blind set: CRMs, help desks, task tools, time trackers and HR lists no set has.

The three earlier sets were each fixed against as they were written, so their scores say how well
the importer knows them, not how well it generalises. This set was written from what other systems
put in their exports, without looking at the importer's vocabulary or rules: CRMs and CS platforms
(Attio, Affinity, Capsule, Nutshell, ActiveCampaign, Streak, Salesloft, Staircase AI, SmartKarrot),
help desks (Zammad, Freshservice, Kayako, Groove, LiveAgent, LiveChat, Drift), task tools used for
success plans (Jira Software, Linear, Wrike, Coda), calendars and time trackers (Clockify,
Everhour, Tempo for Jira, Outlook) and HR lists with cost rates (HiBob, Rippling, Gusto, Workday).
A file here is changed only when it misdescribes what its system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind3/make_blind3.py``; the files are checked in.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
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
    eu_date,
    eu_money,
    plans,
    revenue,
    surveys,
    table_text,
    tickets,
    us_date,
    weekly_usage,
    write_set,
)

D = dt.date
SEED = 1_122_026

CSMS = [
    Person("Maya", "Okonkwo", 88.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Tomás", "Herrera", 72.5, "Growth", "Customer Success Manager"),
    Person("Priya", "Raman", 99.0, "Enterprise", "Customer Success Lead"),
    Person("Henrik", "Lund", 79.0, "Growth", "Customer Success Manager"),
]
SALES = [Person("Brett", "Coleman"), Person("Sofia", "Marchetti")]
ACCOUNT_NAMES = [
    "Northwind Logistics",
    "Bluebird Pediatrics",
    "Cobalt Mining Corp.",
    "Société Lumière SAS",
    "Tidewater Credit Union",
    "Oakridge Veterinary Clinics",
    "Zephyr Drone Works",
    "Gröning Maschinenbau AG",
    "Maple & Rye Hospitality",
    "Ironclad Security Ltd",
    "Polaris Learning Co.",
    "Vantage Point Realty",
]
SEGMENTS = ["Enterprise", "Mid-Market", "SMB"]

E_FIELDS = ("date", "account", "csm", "tag")
A_FIELDS = ("account", "csm", "arr", "renewal_date")
T_FIELDS = ("ticket_id", "account", "opened_at", "closed_at")
TEAM_FIELDS = ("csm", "hourly_rate", "role")
P_FIELDS = ("account", "item", "kind", "status")


COMPANY_SHAPE = CompanyShape(
    seats=(20, 45, 90, 150, 300),
    subscribed_from=D(2021, 6, 1),
    subscribed_days=1100,
    churned_from=D(2025, 2, 3),
    churned_days=120,
    churned=(2, 9),
    mrr=(420, 800, 1250, 1900, 2600, 4100, 6500),
    go_live_days=(10, 75),
    renewal_from=D(2025, 4, 1),
)


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def hms(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    return f"{h:02d}:{rest // 60:02d}:{rest % 60:02d}"


def hours_minutes(minutes: float) -> str:
    return f"{int(minutes) // 60}:{int(minutes) % 60:02d}"


def whole_seconds(recs):
    """Dialers count seconds: the records hold what the file can say."""
    for r in recs:
        r["seconds"] = round(r["duration_min"] * 60)
        r["duration_min"] = r["seconds"] / 60
    return recs


def us_clock(t: dt.datetime) -> str:
    return t.strftime("%I:%M:%S %p").lstrip("0")


def us_short(d: dt.date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def js_date(t: dt.datetime) -> str:
    """How a browser's Date.toString() writes a UTC moment (Linear's CSV export)."""
    return t.strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")


def jira_time(t: dt.datetime) -> str:
    return t.strftime("%d/%b/%y %I:%M %p")


def dollars(x: float) -> str:
    return f"${x:,.2f}"


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Salesloft calls: duration in seconds with no unit, the motion named inside the cadence.
    recs = whole_seconds(engagements(rng, company, 15, seconds=True))
    cadences = {
        "proactive": ["Proactive - Quarterly check-in", "Proactive - Adoption review"],
        "reactive": ["Reactive - Support escalation follow-up"],
    }
    rows = [
        [
            r["moment"].strftime("%Y-%m-%d %H:%M:%S UTC"),
            r["csm"],
            rng.choice(["Jordan Blake", "Ana Ruiz", "Chris Wu"]),
            r["account"],
            f"+1 415 555 {rng.randrange(1000, 9999)}",
            r["seconds"],
            rng.choice(["Connected", "Left Voicemail", "Connected"]),
            rng.choice(["Positive", "Neutral", ""]),
            rng.choice(cadences[r["tag"]]),
            "",
        ]
        for r in recs
    ]
    header = [
        "Date",
        "User",
        "Person Name",
        "Account Name",
        "To",
        "Duration",
        "Disposition",
        "Sentiment",
        "Cadence",
        "Notes",
    ]
    x.add(
        "salesloft_calls.csv",
        "Salesloft",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["seconds without a unit", "tag inside the cadence name"],
    )

    # Clockify detailed report: US dates, 12-hour clock, h:mm:ss next to rounded decimal hours.
    recs = engagements(rng, company, 16, minutes=(15, 20, 30, 40, 45, 60, 90))
    rows = []
    for r in recs:
        start = r["moment"]
        end = start + dt.timedelta(minutes=r["duration_min"])
        rows.append(
            [
                "Customer Success",
                r["account"],
                rng.choice(["Health check", "Escalation", "Onboarding call", "Renewal prep"]),
                "",
                r["csm"],
                "CS",
                r["acc"].csm.email,
                "Proactive" if r["tag"] == "proactive" else "Reactive, Escalation",
                "No",
                us_date(start.date()),
                us_clock(start),
                us_date(end.date()),
                us_clock(end),
                hms(round(r["duration_min"] * 60)),
                f"{r['duration_min'] / 60:.2f}",
                "0.00",
                "0.00",
            ]
        )
    header = [
        "Project",
        "Client",
        "Description",
        "Task",
        "User",
        "Group",
        "Email",
        "Tags",
        "Billable",
        "Start Date",
        "Start Time",
        "End Date",
        "End Time",
        "Duration (h)",
        "Duration (decimal)",
        "Billable Rate (USD)",
        "Billable Amount (USD)",
    ]
    x.add(
        "clockify_detailed_report.csv",
        "Clockify",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["client is the account", "tags list", "h:mm:ss and decimal hours"],
    )

    # Everhour time export: h:mm times, the motion as the task name's prefix, a totals row.
    recs = engagements(rng, company, 14, minutes=(15, 30, 45, 60, 75, 90, 120))
    tasks = {
        "proactive": ["Proactive: health check", "Proactive: QBR"],
        "reactive": ["Reactive: bug escalation", "Reactive: outage call"],
    }
    rows = [
        [
            r["date"].isoformat(),
            r["csm"],
            "Customer Success",
            r["account"],
            rng.choice(tasks[r["tag"]]),
            hours_minutes(r["duration_min"]),
            rng.choice(["", "Follow-up sent", "Notes in CRM"]),
        ]
        for r in recs
    ]
    total = sum(r["duration_min"] for r in recs)
    rows.append(["Total", "", "", "", "", hours_minutes(total), ""])
    x.add(
        "everhour_time_export.csv",
        "Everhour",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(["Date", "Member", "Project", "Client", "Task", "Time", "Comment"], rows),
        concepts=["h:mm", "tag inside the task", "totals row"],
    )

    # Tempo for Jira worklogs: decimal hours, Tempo accounts with a key next to the name.
    recs = engagements(rng, company, 15, minutes=(15, 30, 45, 60, 90, 120))
    keys = {
        a.name: "".join(w[0] for w in a.name.split()[:2]).upper() + f"-{i:02d}" for i, a in enumerate(company)
    }
    rows = [
        [
            f"CS-{rng.randrange(100, 999)}",
            rng.choice(["Customer check-in", "Escalation support", "Admin training"]),
            f"{r['duration_min'] / 60:g}",
            r["moment"].strftime("%Y-%m-%d 00:00"),
            (r["acc"].csm.first[0] + r["acc"].csm.last).lower(),
            r["csm"],
            keys[r["account"]],
            r["account"],
            "Customer Success",
            r["tag"].capitalize(),
            "",
        ]
        for r in recs
    ]
    header = [
        "Issue Key",
        "Issue summary",
        "Hours",
        "Work date",
        "Username",
        "Full name",
        "Account Key",
        "Account Name",
        "Project Name",
        "CS Motion",
        "Work Description",
    ]
    x.add(
        "tempo_worklogs.csv",
        "Tempo Timesheets",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["decimal hours", "username next to full name", "account key next to name"],
    )

    # Outlook calendar CSV export: Windows-1252, CRLF, US dates, the motion as a category, the
    # account in Billing Information and the length as start and end times.
    recs = engagements(rng, company, 13, minutes=(30, 45, 60, 90))
    rows = []
    for r in recs:
        start = r["moment"].replace(minute=r["moment"].minute // 15 * 15)
        end = start + dt.timedelta(minutes=r["duration_min"])
        rows.append(
            [
                f"{rng.choice(['Check-in', 'QBR', 'Escalation review'])} - {r['account']}",
                us_short(start.date()),
                us_clock(start),
                us_short(end.date()),
                us_clock(end),
                "False",
                "True",
                us_short(start.date()),
                us_clock(start - dt.timedelta(minutes=15)),
                r["csm"],
                f"contact@{r['account'].split()[0].lower()}.example",
                "",
                "",
                r["account"],
                r["tag"].capitalize(),
                "",
                "Microsoft Teams Meeting",
                "",
                "Normal",
                "False",
                "Normal",
                "2",
            ]
        )
        r["moment"] = start
    header = [
        "Subject",
        "Start Date",
        "Start Time",
        "End Date",
        "End Time",
        "All day event",
        "Reminder on/off",
        "Reminder Date",
        "Reminder Time",
        "Meeting Organizer",
        "Required Attendees",
        "Optional Attendees",
        "Meeting Resources",
        "Billing Information",
        "Categories",
        "Description",
        "Location",
        "Mileage",
        "Priority",
        "Private",
        "Sensitivity",
        "Show time as",
    ]
    x.add(
        "outlook_calendar.csv",
        "Outlook",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, quote_all=True),
        encoding="cp1252",
        newline="\r\n",
        concepts=["cp1252", "duration from start and end", "category as tag"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Attio companies: record ids, a sales owner next to a CSM attribute, plain numbers.
    recs = account_records(company)
    rows = [
        [
            f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-"
            f"a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}",
            a.name,
            a.name.split()[0].lower() + ".example",
            a.owner.name,
            a.csm.name,
            f"{a.arr:.2f}",
            a.renewal_date.isoformat(),
            a.segment,
            (a.subscribed_on - dt.timedelta(days=40)).isoformat() + "T14:03:11.000Z",
        ]
        for a in company
    ]
    header = [
        "Record ID",
        "Name",
        "Domains",
        "Account owner",
        "Customer success manager",
        "ARR",
        "Renewal date",
        "Segment",
        "Created at",
    ]
    x.add(
        "attio_companies.csv",
        "Attio",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        table_text(header, rows),
        concepts=["owner is sales", "uuid record ids"],
    )

    # Affinity organisation list: list-entry status words, money with a space after the sign.
    recs = account_records(company)
    affinity_status = {"active": "Customer", "churned": "Churned"}
    rows = [
        [
            rng.randrange(10**8, 10**9),
            a.name,
            "www." + a.name.split()[0].lower() + ".example",
            f"{a.owner.name}; {a.csm.name}",
            a.csm.name,
            affinity_status[a.status],
            f"$ {a.arr:,.0f}",
            a.renewal_date.isoformat(),
            rng.randrange(2, 40),
        ]
        for a in company
    ]
    header = [
        "Organization Id",
        "Name",
        "Organization Website",
        "Owners",
        "Relationship Lead (CS)",
        "Status",
        "Annual Contract Value",
        "Renewal Date",
        "People",
    ]
    x.add(
        "affinity_organizations.csv",
        "Affinity",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows),
        concepts=["Customer / Churned status words", "owners list", "$ with a space"],
    )

    # Capsule CRM organisations (a UK company): DD/MM/YYYY, pounds, a CSM custom field.
    recs = account_records(company)
    rows = [
        [
            rng.randrange(10**7, 10**8),
            "Organisation",
            a.name,
            a.owner.name,
            "customer;" + a.segment.lower(),
            eu_date(a.subscribed_on),
            a.csm.name,
            f"£{a.arr:,.2f}",
            eu_date(a.renewal_date),
        ]
        for a in company
    ]
    header = [
        "Id",
        "Type",
        "Name",
        "Owner",
        "Tags",
        "Created",
        "Customer Success Manager",
        "ARR (GBP)",
        "Renewal date",
    ]
    x.add(
        "capsule_organisations.csv",
        "Capsule CRM",
        "accounts",
        A_FIELDS + ("subscribed_on",),
        recs,
        table_text(header, rows),
        concepts=["DD/MM/YYYY", "pound amounts", "created as the subscription date"],
    )

    # Nutshell companies: monthly revenue only, US dates, territory as the segment.
    recs = account_records(company)
    rows = [
        [
            a.name,
            a.csm.name,
            a.segment,
            "Customer",
            dollars(a.mrr),
            us_date(a.renewal_date),
            rng.randrange(1, 9),
        ]
        for a in company
    ]
    header = ["Name", "Assignee", "Territory", "Account type", "MRR", "Contract renewal", "Contacts"]
    x.add(
        "nutshell_companies.csv",
        "Nutshell",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        table_text(header, rows),
        concepts=["MRR to ARR", "territory as segment"],
    )

    # ActiveCampaign accounts: the account owner is sales, the CSM a custom field, MM/DD/YYYY.
    recs = account_records(company)
    rows = [
        [
            a.name,
            "https://" + a.name.split()[0].lower() + ".example",
            a.owner.name,
            rng.randrange(1, 30),
            rng.randrange(0, 4),
            us_date(a.subscribed_on),
            us_date(D(2025, 1, 1) + dt.timedelta(days=rng.randrange(100))),
            a.csm.name,
            f"{a.arr:,.2f}",
            us_date(a.renewal_date),
            a.seats,
        ]
        for a in company
    ]
    header = [
        "Account Name",
        "Account URL",
        "Account Owner",
        "Number of Contacts",
        "Number of Deals",
        "Date Created",
        "Date Modified",
        "CSM",
        "Annual Revenue",
        "Renewal Date",
        "Licensed Seats",
    ]
    x.add(
        "activecampaign_accounts.csv",
        "ActiveCampaign",
        "accounts",
        A_FIELDS + ("seats_purchased",),
        recs,
        table_text(header, rows),
        concepts=["owner is sales", "seats"],
    )

    # Staircase AI account list: CRM ids next to names, health and sentiment columns, seats.
    recs = account_records(company)
    rows = [
        [
            a.sfid,
            a.name,
            a.name.split()[0].lower() + ".example",
            rng.randrange(20, 99),
            rng.choice(["Positive", "Neutral", "Negative"]),
            a.csm.name,
            int(a.arr),
            a.renewal_date.isoformat(),
            a.seats,
            a.seats_active,
        ]
        for a in company
    ]
    header = [
        "CRM Account ID",
        "Account",
        "Domain",
        "Health Score",
        "Sentiment",
        "CSM",
        "ARR",
        "Renewal Date",
        "Licenses",
        "Active Licenses",
    ]
    x.add(
        "staircase_accounts.csv",
        "Staircase AI",
        "accounts",
        A_FIELDS + ("seats_purchased", "seats_active"),
        recs,
        table_text(header, rows),
        concepts=["CRM ids", "licenses as seats"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role, team=p.team) for p in CSMS]

    # HiBob people report: category prefixes in the headers, a custom cost-rate field.
    rows = [
        [
            rng.randrange(1000, 9999),
            p.name,
            p.email,
            "Customer Success",
            p.role,
            "London",
            f"{p.rate:.2f}",
            "GBP",
        ]
        for p in CSMS
    ]
    header = [
        "Employee ID",
        "Display name",
        "Work email",
        "Work - Department",
        "Work - Title",
        "Work - Site",
        "Finance - Hourly cost rate",
        "Finance - Currency",
    ]
    x.add(
        "hibob_people.csv",
        "HiBob",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["category prefixes", "cost rate"],
    )

    # Rippling employee report: UTF-8 with BOM, a pay rate and its unit.
    rows = [[p.name, p.email, "Customer Success", p.role, f"${p.rate:.2f}", "Hour", "USD"] for p in CSMS]
    header = ["Employee", "Work email", "Department", "Title", "Pay rate", "Pay rate unit", "Currency"]
    x.add(
        "rippling_employees.csv",
        "Rippling",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["BOM", "pay rate"],
    )

    # Gusto employee export: last name first, a pay type column.
    rows = [[p.last, p.first, p.role, f"{p.rate:.2f}", "Per hour", "2023-02-01"] for p in CSMS]
    header = ["Last name", "First name", "Job title", "Pay rate", "Pay type", "Hire date"]
    x.add(
        "gusto_employees.csv",
        "Gusto",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["last + first name"],
    )

    # Workday custom report: a title and run-date preamble, ids in the worker column, euros.
    rows = [
        [
            f"{p.name} ({rng.randrange(100000, 999999)})",
            p.role,
            "Customer Success EMEA",
            eu_money(p.rate),
            "EUR",
        ]
        for p in CSMS
    ]
    text = (
        "CS Worker Cost Rates\nRun Date: 2025-03-14 08:00 CET\n\n"
        + table_text(
            ["Worker", "Business Title", "Supervisory Organization", "Hourly Cost Rate", "Currency"],
            rows,
            ";",
        )
        + f"Total;{len(CSMS)} workers;;;\n"
    )
    x.add(
        "workday_cost_rates.csv",
        "Workday",
        "team",
        TEAM_FIELDS,
        recs,
        text,
        concepts=["preamble", "worker id after the name", "decimal comma", "totals row"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Zammad: numbered priorities ("2 normal"), lower-case states, ISO times with Z.
    recs = tickets(rng, company, 16)
    prio = {"Low": "1 low", "Normal": "2 normal", "High": "3 high", "Urgent": "3 high"}
    rows = [
        [
            31000 + i,
            rng.choice(["Login fails after SSO change", "Report export empty", "Invoice question"]),
            "closed" if r["closed_at"] else rng.choice(["open", "new", "pending reminder"]),
            prio[r["priority"]],
            "Support L2",
            r["acc"].csm.name,
            f"help@{r['account'].split()[0].lower()}.example",
            r["account"],
            r["opened_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            (r["closed_at"] or r["opened_at"]).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            r["closed_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z") if r["closed_at"] else "",
        ]
        for i, r in enumerate(recs)
    ]
    header = [
        "Number",
        "Title",
        "State",
        "Priority",
        "Group",
        "Owner",
        "Customer",
        "Organization",
        "Created at",
        "Updated at",
        "Closed at",
    ]
    x.add(
        "zammad_tickets.csv",
        "Zammad",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["organization is the account", "customer is an e-mail"],
    )

    # Freshservice (MSP mode): a resolved time before a later closed time; resolution counts.
    recs = tickets(rng, company, 15)
    rows = []
    for r in recs:
        resolved = r["closed_at"]
        closed = resolved + dt.timedelta(days=2) if resolved and rng.random() < 0.7 else None
        status = "Closed" if closed else ("Resolved" if resolved else rng.choice(["Open", "Pending"]))
        rows.append(
            [
                f"INC-{rng.randrange(100, 999)}",
                rng.choice(["VPN access", "Password reset", "Data sync failing"]),
                status,
                r["priority"] if r["priority"] != "Normal" else "Medium",
                rng.choice(["Email", "Portal", "Phone"]),
                "Incident",
                r["acc"].csm.name,
                r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
                resolved.strftime("%Y-%m-%d %H:%M:%S") if resolved else "",
                closed.strftime("%Y-%m-%d %H:%M:%S") if closed else "",
                f"ops@{r['account'].split()[0].lower()}.example",
                r["account"],
            ]
        )
    header = [
        "Ticket Id",
        "Subject",
        "Status",
        "Priority",
        "Source",
        "Type",
        "Agent",
        "Created Date",
        "Resolved Date",
        "Closed Date",
        "Requester Email",
        "Company",
    ]
    x.add(
        "freshservice_tickets.csv",
        "Freshservice",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["resolved before a later closed", "Company is the account"],
    )

    # Kayako cases: US month-name dates with 12-hour times, mixed-case status words.
    recs = tickets(rng, company, 14)
    rows = [
        [
            rng.randrange(1000, 9999),
            rng.choice(["Cannot add users", "API rate limit", "Billing address change"]),
            rng.choice(["Completed", "CLOSED"]) if r["closed_at"] else rng.choice(["Open", "Pending", "New"]),
            r["priority"],
            f"{rng.choice(['Kim', 'Lee', 'Ola'])} ({r['account'].split()[0].lower()})",
            r["account"],
            r["acc"].csm.name,
            r["opened_at"].strftime("%b %d, %Y %I:%M %p"),
            r["closed_at"].strftime("%b %d, %Y %I:%M %p") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for r in recs:
        r["opened_at"] = r["opened_at"].replace(second=0)
        if r["closed_at"]:
            r["closed_at"] = r["closed_at"].replace(second=0)
    header = [
        "ID",
        "Subject",
        "Status",
        "Priority",
        "Requester",
        "Organization",
        "Assignee",
        "Created",
        "Completed",
    ]
    x.add(
        "kayako_cases.csv",
        "Kayako",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["month-name dates", "Completed / CLOSED"],
    )

    # Groove tickets: opened / pending / closed states, ISO with Z, a company column.
    recs = tickets(rng, company, 15)
    rows = [
        [
            200 + i,
            rng.choice(["Where is my invoice?", "SSO setup", "Feature request"]),
            "closed" if r["closed_at"] else rng.choice(["opened", "pending"]),
            r["acc"].csm.email,
            f"buyer@{r['account'].split()[0].lower()}.example",
            r["account"],
            r["opened_at"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            r["closed_at"].strftime("%Y-%m-%dT%H:%M:%SZ") if r["closed_at"] else "",
            rng.choice(["billing", "bug", ""]),
        ]
        for i, r in enumerate(recs)
    ]
    header = [
        "Number",
        "Title",
        "State",
        "Assigned To",
        "Customer",
        "Company",
        "Created At",
        "Closed At",
        "Tags",
    ]
    x.add(
        "groove_tickets.csv",
        "Groove",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["opened state"],
    )

    # LiveAgent (Slovakia): semicolons, DD.MM.YYYY HH:MM:SS, a ticket code next to the id.
    recs = tickets(rng, company, 14)
    rows = [
        [
            f"{rng.getrandbits(32):08x}",
            f"{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}-{rng.randrange(100, 999)}",
            rng.choice(["Nefunguje export", "Access request", "Question about plan"]),
            "Resolved" if r["closed_at"] else rng.choice(["Open", "Answered", "Postponed"]),
            r["priority"],
            r["acc"].csm.name,
            f"it@{r['account'].split()[0].lower()}.example",
            r["account"],
            r["opened_at"].strftime("%d.%m.%Y %H:%M:%S"),
            r["closed_at"].strftime("%d.%m.%Y %H:%M:%S") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = [
        "Ticket ID",
        "Code",
        "Subject",
        "Status",
        "Priority",
        "Agent",
        "Contact",
        "Company",
        "Date created",
        "Date resolved",
    ]
    x.add(
        "liveagent_tickets.csv",
        "LiveAgent",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows, ";"),
        concepts=["semicolons", "DD.MM.YYYY", "Resolved"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # LiveChat chat ratings (rated chats only): thumbs up / down as would-recommend.
    recs = surveys(rng, company, 15)
    rows = [
        [
            f"R{rng.getrandbits(36):09X}",
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            r["respondent"].split("@")[0].title(),
            r["respondent"],
            r["account"],
            r["acc"].csm.name,
            "rated good" if r["recommend"] else "rated bad",
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "chat id",
        "chat start date",
        "visitor name",
        "visitor email",
        "pre-chat: Company",
        "agent name",
        "rate",
        "rate comment",
    ]
    x.add(
        "livechat_ratings.csv",
        "LiveChat",
        "surveys",
        ("account", "date", "recommend"),
        recs,
        table_text(header, rows),
        concepts=["rated good / bad", "pre-chat field prefix"],
    )

    # Drift NPS responses: UTC suffix, company and e-mail of the respondent.
    recs = surveys(rng, company, 16)
    rows = [
        [
            r["respondent"],
            r["respondent"].split("@")[0].title(),
            r["account"],
            r["score"],
            r["comment"] or "",
            r["moment"].strftime("%Y-%m-%d %H:%M:%S UTC"),
        ]
        for r in recs
    ]
    x.add(
        "drift_nps_responses.csv",
        "Drift",
        "surveys",
        ("account", "date", "score"),
        recs,
        table_text(["Email", "Name", "Company", "Score", "Comment", "Submitted At"], rows),
        concepts=["UTC suffix"],
    )

    # SmartKarrot NPS: DD-Mon-YYYY dates, the account id next to its name.
    recs = surveys(rng, company, 14)
    rows = [
        [
            r["acc"].sfid,
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "",
            r["moment"].strftime("%d-%b-%Y"),
        ]
        for r in recs
    ]
    header = ["Account ID", "Account Name", "User Email", "NPS Score", "Feedback", "Response Date"]
    x.add(
        "smartkarrot_nps.csv",
        "SmartKarrot",
        "surveys",
        ("account", "date", "score"),
        recs,
        table_text(header, rows),
        concepts=["DD-Mon-YYYY"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # SmartKarrot product usage keyed by the CRM account id only; the account list carries both.
    recs = weekly_usage(rng, company[:6], 5)
    rows = [
        [
            r["acc"].sfid,
            r["date"].isoformat(),
            int(r["active_users"]),
            int(r["events"]),
            rng.randrange(10, 90),
        ]
        for r in recs
    ]
    x.add(
        "smartkarrot_usage.csv",
        "SmartKarrot",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(
            ["CRM Account ID", "Week Start", "Active Users", "Total Events", "Engagement Score"], rows
        ),
        concepts=["accounts by CRM id"],
        context=["staircase_accounts.csv"],
        by_id=True,
    )

    # Coda adoption table: one column per week (wide), active users in each cell.
    weeks = 6
    recs = weekly_usage(rng, company, weeks)
    dates = [recs[w]["date"] for w in range(weeks)]
    rows = []
    for i, a in enumerate(company):
        mine = recs[i * weeks : (i + 1) * weeks]
        rows.append([a.name, a.csm.name] + [int(r["active_users"]) for r in mine])
    header = ["Customer", "CSM"] + [f"Week of {d.strftime('%b')} {d.day}, {d.year}" for d in dates]
    x.add(
        "coda_weekly_adoption.csv",
        "Coda",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(header, rows),
        concepts=["wide layout", "month-name week headers"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Capsule opportunities (won only): a value per duration basis (per month or per year).
    recs = revenue(rng, company, 14, kinds=["new", "renewal", "expansion"])
    tags = {"new": "New business", "renewal": "Renewal", "expansion": "Upsell"}
    rows = []
    for r in recs:
        yearly = rng.random() < 0.4
        rows.append(
            [
                f"{r['account']} - {tags[r['kind']]}",
                r["account"],
                "Won",
                f"{r['amount'] if yearly else r['mrr']:.2f}",
                "GBP",
                "Year" if yearly else "Month",
                1 if yearly else 12,
                eu_date(r["date"]),
                r["acc"].owner.name,
                tags[r["kind"]],
            ]
        )
    header = [
        "Name",
        "Organisation",
        "Milestone",
        "Value",
        "Currency",
        "Duration Basis",
        "Duration",
        "Actual Close Date",
        "Owner",
        "Tags",
    ]
    x.add(
        "capsule_opportunities.csv",
        "Capsule CRM",
        "revenue",
        ("account", "date", "kind", "amount"),
        recs,
        table_text(header, rows),
        concepts=["value per month or per year", "Upsell / New business tags", "DD/MM/YYYY"],
    )

    # ActiveCampaign deals (won): the kind is the pipeline's name, the value is annual.
    recs = revenue(rng, company, 15, kinds=["new", "renewal", "expansion"])
    pipelines = {"new": "New Business", "renewal": "Renewals", "expansion": "Expansion"}
    rows = [
        [
            f"{r['account']} {r['date'].year}",
            dollars(r["amount"]),
            "USD",
            pipelines[r["kind"]],
            "Closed Won",
            "Won",
            r["acc"].owner.name,
            r["account"],
            us_date(r["date"] - dt.timedelta(days=30)),
            us_date(r["date"]),
        ]
        for r in recs
    ]
    header = [
        "Title",
        "Value",
        "Currency",
        "Pipeline",
        "Stage",
        "Status",
        "Owner",
        "Account",
        "Created Date",
        "Close Date",
    ]
    x.add(
        "activecampaign_deals.csv",
        "ActiveCampaign",
        "revenue",
        ("account", "date", "kind", "amount"),
        recs,
        table_text(header, rows),
        concepts=["pipeline as kind", "created vs close date"],
    )

    # Streak box export of a "Customer revenue" pipeline: signed monthly changes, stage as kind.
    recs = revenue(rng, company, 15, kinds=["new", "expansion", "contraction", "churn"], monthly=True)
    stages = {"new": "New", "expansion": "Upsell", "contraction": "Downgrade", "churn": "Churned"}
    rows = []
    for r in recs:
        sign = -1 if r["kind"] in ("contraction", "churn") else 1
        rows.append(
            [
                r["account"],
                stages[r["kind"]],
                r["acc"].csm.email,
                r["date"].strftime("%B %Y"),
                f"{sign * r['mrr']}",
                "",
            ]
        )
    header = ["Name", "Stage", "Assigned To", "Month", "MRR Change", "Notes"]
    x.add(
        "streak_revenue_pipeline.csv",
        "Streak",
        "revenue",
        ("account", "date", "kind", "amount"),
        recs,
        table_text(header, rows),
        concepts=["signed MRR movements", "month name and year", "stage as kind"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Jira Software (a CS project): a Customer custom field, the kind in one of two Labels columns.
    recs = plans(rng, company, 15)
    status = {"open": "In Progress", "done": "Done", "at risk": "Blocked"}
    kind_label = {"goal": "goal", "step": "step", "blocker": "blocker"}
    rows = [
        [
            r["item"],
            f"CSP-{100 + i}",
            10400 + i,
            "Task",
            status[r["status"]],
            "Medium",
            r["owner"],
            r["owner"],
            jira_time(dt.datetime.combine(r["reviewed_on"], dt.time(9, 30))),
            r["due_date"].strftime("%d/%b/%y"),
            kind_label[r["kind"]],
            "success-plan",
            r["account"],
        ]
        for i, r in enumerate(recs)
    ]
    header = [
        "Summary",
        "Issue key",
        "Issue id",
        "Issue Type",
        "Status",
        "Priority",
        "Assignee",
        "Reporter",
        "Updated",
        "Due date",
        "Labels",
        "Labels",
        "Custom field (Customer)",
    ]
    x.add(
        "jira_success_plan.csv",
        "Jira Software",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["duplicate Labels columns", "Blocked as at risk", "dd/Mon/yy"],
    )

    # Linear issues: browser Date strings, the account as the project, the kind as a label.
    recs = plans(rng, company, 14)
    status = {"open": "In Progress", "done": "Done", "at risk": "At Risk"}
    rows = []
    for r in recs:
        created = dt.datetime.combine(r["reviewed_on"], dt.time(11, 5))
        rows.append(
            [
                f"CS-{rng.randrange(10, 400)}",
                "Customer Success",
                r["item"],
                status[r["status"]],
                rng.choice(["No priority", "High", "Medium"]),
                r["account"],
                r["owner"],
                r["kind"].capitalize(),
                js_date(dt.datetime.combine(r["due_date"], dt.time(0, 0))),
                js_date(created),
                js_date(created + dt.timedelta(hours=3)),
            ]
        )
    header = [
        "ID",
        "Team",
        "Title",
        "Status",
        "Priority",
        "Project",
        "Assignee",
        "Labels",
        "Due Date",
        "Created",
        "Updated",
    ]
    x.add(
        "linear_issues.csv",
        "Linear",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["JavaScript date strings", "project as account", "label as kind"],
    )

    # Wrike tasks: a folder path holds the account, a custom field the kind.
    recs = plans(rng, company, 13)
    status = {"open": "Active", "done": "Completed", "at risk": "At Risk"}
    kinds = {"goal": "Goal", "step": "Action Step", "blocker": "Blocker"}
    rows = [
        [
            f"IEAB{rng.getrandbits(32):08X}",
            r["item"],
            status[r["status"]],
            rng.choice(["Normal", "High"]),
            us_date(r["due_date"]),
            r["owner"],
            f"Customer Success/Accounts/{r['account']}",
            kinds[r["kind"]],
        ]
        for r in recs
    ]
    header = [
        "ID",
        "Title",
        "Status",
        "Importance",
        "Due date",
        "Assigned to",
        "Parent folders",
        "Plan Item Type",
    ]
    x.add(
        "wrike_tasks.csv",
        "Wrike",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["account at the end of a folder path", "Action Step"],
    )

    # SmartKarrot success plans: Objective / Milestone / Risk rows, "Not Started" still open.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Objective", "step": "Milestone", "blocker": "Risk"}
    rows = []
    for r in recs:
        word = {"open": rng.choice(["Not Started", "In Progress"]), "done": "Completed", "at risk": "At Risk"}
        rows.append(
            [
                r["account"],
                f"{r['account'].split()[0]} FY25 Success Plan",
                kinds[r["kind"]],
                r["item"],
                word[r["status"]],
                r["owner"],
                r["due_date"].strftime("%d-%b-%Y"),
            ]
        )
    header = ["Account Name", "Success Plan", "Type", "Title", "Status", "Owner", "Target Date"]
    x.add(
        "smartkarrot_success_plans.csv",
        "SmartKarrot",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Objective / Milestone / Risk", "Not Started"],
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
