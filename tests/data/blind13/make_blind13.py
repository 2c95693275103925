"""Writes a thirteenth blind batch: exports of US and global SaaS systems no earlier batch named.

The files are what these systems write, with their native headers and formats: RingCentral and
Five9 call logs, Act! history, Freshsuccess touchpoints, accounts and success plans, Apptivo and
EngageBay companies, Amazon Athena query results, ADP Workforce Now and BigTime staff lists,
ConnectWise, Autotask, SolarWinds Service Desk and Freshchat tickets and conversations,
InMoment, Formsite and Cognito Forms answers, FullStory and WalkMe usage, Omni downloads,
ProfitWell, Subskribe and SaaSOptics revenue, Accord mutual action plans and Process Street
checklists, and a few sheets kept by hand in English. They carry the quirks real files have:
multi-line quoted notes, trailing summary lines, a header of two levels, duplicated column names,
columns in a surprising order, ids that look like numbers, dates with time zones
(``2025-03-04T09:15:00-05:00``, ``Mar 4, 2025 9:15 AM PST``), amounts with the currency code
after the number (``1,200.00 USD``), accounting negatives in parentheses, percentages,
``TRUE``/``FALSE`` and empty trailing columns. It was written from what these systems write,
without reading the importer's vocabulary or rules. A file here is changed only when it
misdescribes what a system or person writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind13/make_blind13.py``; the files are checked in.
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
    plans,
    revenue,
    surveys,
    table_text,
    tickets,
    weekly_usage,
    write_set,
)

D = dt.date
TS = dt.datetime
SEED = 13_0213_2026

CSMS = [
    Person("Marcus", "Bell", 135.0, "Enterprise", "Senior CSM"),
    Person("Ashley", "Nguyen", 110.0, "Mid-Market", "CSM"),
    Person("Jordan", "Brooks", 150.0, "Enterprise", "Principal CSM"),
    Person("Tanya", "Okafor", 95.0, "SMB", "Associate CSM"),
]
SALES = [Person("Kevin", "Walsh"), Person("Rachel", "Stein")]
ACCOUNT_NAMES = [
    "Pinecrest Credit Union",
    "Redwood Freight Co.",
    "Summit Pediatrics",
    "Lakeshore Realty Group",
    "Copperline Energy",
    "Mesa Verde Schools",
    "Atlas Fitness Clubs",
    "Bayside Marine Supply",
    "Granite State Insurance",
    "Orchard Lane Foods",
    "Keystone Legal LLP",
    "Northstar Aviation",
]
SEGMENTS = ["Enterprise", "Mid-Market", "SMB"]

E_FIELDS = ("date", "account", "csm", "tag")
A_FIELDS = ("account", "csm", "arr", "renewal_date")
T_FIELDS = ("ticket_id", "account", "opened_at", "closed_at")
S_FIELDS = ("account", "date", "score")
R_FIELDS = ("account", "date", "kind", "amount")
P_FIELDS = ("account", "item", "kind", "status")
TEAM_FIELDS = ("csm", "hourly_rate", "role")

COMPANY_SHAPE = CompanyShape(
    seats=(15, 40, 75, 150, 250),
    subscribed_from=D(2021, 6, 1),
    subscribed_days=1000,
    churned_from=D(2025, 1, 15),
    churned_days=120,
    churned=(2, 9),
    mrr=(600, 900, 1400, 2200, 3000, 4500, 7500),
    go_live_days=(14, 80),
    renewal_from=D(2025, 8, 1),
)

NOTES = [
    "Walked through the new reporting module.\nThey want a follow-up with IT next week.",
    "Champion is leaving in June, need a new sponsor",
    "",
    "Escalated the SSO bug to engineering, ETA Friday",
    'Asked about the "Pro" tier pricing',
    "Renewal looks safe.\nCFO asked for a multi-year quote.",
]


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def email(p: Person) -> str:
    return f"{p.first.lower()}.{p.last.lower()}@brightline.io"


def us(d) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def us_time(t: dt.datetime) -> str:
    return f"{t.month}/{t.day}/{t.year} {t.strftime('%I:%M %p').lstrip('0')}"


def zoned(t: dt.datetime, hours: int) -> str:
    """``t`` (UTC) as the local ISO time of a zone ``hours`` from UTC, with its offset."""
    local = t + dt.timedelta(hours=hours)
    sign = "-" if hours < 0 else "+"
    return local.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(hours):02d}:00"


def pst(t: dt.datetime) -> str:
    """``t`` (UTC) as "Mar 4, 2025 9:15 AM PST"."""
    local = t - dt.timedelta(hours=8)
    return f"{local.strftime('%b')} {local.day}, {local.year} {local.strftime('%I:%M %p').lstrip('0')} PST"


def hms(minutes: float) -> str:
    s = round(minutes * 60)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def usd_code(x: float) -> str:
    return f"{x:,.2f} USD"


def dollars(x: float) -> str:
    return f"-${-x:,.2f}" if x < 0 else f"${x:,.2f}"


def whole_seconds(recs):
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    return recs


def note(rng) -> str:
    return rng.choice(NOTES)


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # RingCentral admin call log: "Tue 3/4/2025" and "9:15 AM" apart, h:mm:ss durations, the
    # direction says who called: an outbound call is the CSM reaching out, an inbound one answers.
    recs = whole_seconds(engagements(rng, company, 16, seconds=True))
    for r in recs:
        r["type"] = "Call"
    rows = [
        [
            "Voice",
            f"(555) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}",
            r["account"],
            f"{r['moment'].strftime('%a')} {us(r['date'])}",
            r["moment"].strftime("%I:%M %p").lstrip("0"),
            "Phone Call",
            "Call connected" if r["tag"] == "proactive" else "Accepted",
            hms(r["duration_min"]),
            "Outbound" if r["tag"] == "proactive" else "Inbound",
            r["csm"],
        ]
        for r in recs
    ]
    header = [
        "Type",
        "Phone Number",
        "Name",
        "Date",
        "Time",
        "Action",
        "Action Result",
        "Duration",
        "Direction",
        "User",
    ]
    x.add(
        "ringcentral_call_log.csv",
        "RingCentral (call log)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        newline="\r\n",
        concepts=["direction as tag", "weekday in the date", "h:mm:ss"],
    )

    # Five9 call log report: upper-case headers, a call id that looks like a number, the tag inside
    # the campaign name, TALK TIME as hh:mm:ss.
    recs = whole_seconds(engagements(rng, company, 16, seconds=True))
    campaigns = {
        "proactive": ["CS Proactive Outreach", "Proactive Renewal Calls"],
        "reactive": ["CS Reactive Callbacks"],
    }
    rows = [
        [
            300000000004211000 + n * 37,
            r["moment"].strftime("%a, %d %b %Y %H:%M:%S"),
            rng.choice(campaigns[r["tag"]]),
            "Outbound" if r["tag"] == "proactive" else "Inbound",
            r["csm"],
            rng.choice(["Contacted", "Left Voicemail", "Follow Up"]),
            f"555{rng.randrange(1000000, 9999999)}",
            r["account"],
            "0" + hms(r["duration_min"]) if r["duration_min"] < 600 else hms(r["duration_min"]),
            f"00:00:{rng.randrange(60):02d}",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "CALL ID",
        "TIMESTAMP",
        "CAMPAIGN",
        "CALL TYPE",
        "AGENT NAME",
        "DISPOSITION",
        "ANI",
        "CUSTOMER NAME",
        "TALK TIME",
        "HOLD TIME",
    ]
    x.add(
        "five9_call_log_report.csv",
        "Five9 (call log report)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=[
            "upper-case headers",
            "tag inside the campaign",
            "numeric call id",
            "hold time beside talk time",
        ],
    )

    # Freshsuccess touchpoints: ISO times with a -05:00 offset, multi-line quoted notes.
    recs = engagements(rng, company, 15)
    rows = [
        [
            r["account"],
            40100 + ACCOUNT_NAMES.index(r["account"]),
            r["type"],
            zoned(r["moment"], -5),
            r["csm"],
            r["tag"].title(),
            int(r["duration_min"]),
            note(rng),
        ]
        for r in recs
    ]
    header = [
        "Account Name",
        "Account ID",
        "Touchpoint Type",
        "Touchpoint Date",
        "Created By",
        "Category",
        "Duration (minutes)",
        "Notes",
    ]
    x.add(
        "freshsuccess_touchpoints.csv",
        "Freshsuccess (touchpoints)",
        "engagements",
        E_FIELDS + ("duration_min", "type"),
        recs,
        table_text(header, rows),
        concepts=["time zone offsets", "multi-line notes"],
    )

    # Act! CRM history: the record manager is the CSM, "1 hour 30 minutes" durations.
    recs = engagements(rng, company, 15)

    def act_duration(m):
        h, mm = divmod(int(m), 60)
        parts = ([f"{h} hour" + ("s" if h > 1 else "")] if h else []) + ([f"{mm} minutes"] if mm else [])
        return " ".join(parts)

    kinds = {"Call": "Call Completed", "Email": "E-mail Sent", "Meeting": "Meeting Held"}
    rows = [
        [
            us(r["date"]),
            r["moment"].strftime("%I:%M %p").lstrip("0"),
            kinds[r["type"]],
            rng.choice(["Quarterly check-in, roadmap", "Login issue follow-up", "Renewal prep"]),
            act_duration(r["duration_min"]),
            r["csm"],
            r["account"],
            rng.choice(["Pat Reyes", "Chris Young", "Morgan Ellis"]),
            r["tag"].title(),
        ]
        for r in recs
    ]
    header = [
        "Date",
        "Time",
        "History Type",
        "Regarding",
        "Duration",
        "Record Manager",
        "Company",
        "Contact",
        "Engagement",
    ]
    x.add(
        "act_history.csv",
        "Act! (history)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["'1 hour 30 minutes'", "record manager as CSM"],
    )

    # A hand-kept English touch log: a header of two levels, TRUE/FALSE proactive boxes, empty
    # trailing columns and summary lines under the table.
    recs = engagements(rng, company, 14)
    rows = [
        [
            r["account"],
            r["acc"].segment,
            us(r["date"]),
            r["type"],
            "TRUE" if r["tag"] == "proactive" else "FALSE",
            int(r["duration_min"]),
            r["csm"],
            note(rng),
            "",
            "",
        ]
        for r in recs
    ]
    top = ["Customer", "", "Touch", "", "", "", "Owner", "", "", ""]
    header = ["Name", "Tier", "Date", "Kind", "Proactive?", "Minutes", "CSM", "Notes", "", ""]
    proactive = sum(r["tag"] == "proactive" for r in recs)
    summary = (
        f",,,,,,,,,\nTotal touches,{len(recs)},,,,,,,,\n"
        f"Proactive share,{round(100 * proactive / len(recs))}%,,,,,,,,\n"
    )
    x.add(
        "excel_customer_touch_log.csv",
        "Excel (customer touch log)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(top, [header, *rows]) + summary,
        encoding="utf-8-sig",
        concepts=["two-level header", "TRUE/FALSE tag", "trailing summary lines", "empty trailing columns"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Apptivo customers: a zero-padded customer number, a contract ARR custom field beside the
    # firmographic annual revenue, the assignee is the CSM.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            f"{1000 + n:06d}",
            r["segment"],
            r["csm"],
            f"${rng.choice([5, 12, 40, 150, 900]) * 1_000_000:,}",
            f"${r['arr']:,.2f}",
            f"{r['renewal_date'].month:02d}/{r['renewal_date'].day:02d}/{r['renewal_date'].year}",
            "Active" if r["status"] == "active" else "Inactive",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Customer Name",
        "Customer Number",
        "Customer Category",
        "Assigned To",
        "Annual Revenue",
        "Contract ARR",
        "Renewal Date",
        "Status",
    ]
    x.add(
        "apptivo_customers.csv",
        "Apptivo (customers)",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        table_text(header, rows),
        concepts=["zero-padded id", "annual revenue is not ARR", "assigned to as CSM"],
    )

    # Freshsuccess accounts: MRR with the currency code after the number, a health score in %.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            40100 + n,
            r["csm"],
            usd_code(r["acc"].mrr),
            zoned(TS.combine(r["renewal_date"], dt.time(5)), -5),
            r["seats_purchased"],
            r["seats_active"],
            f"{rng.randrange(20, 99)}%",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Account Name",
        "Account ID",
        "CSM",
        "MRR",
        "Renewal Date",
        "Licenses Purchased",
        "Active Users",
        "Health Score",
    ]
    x.add(
        "freshsuccess_accounts.csv",
        "Freshsuccess (accounts)",
        "accounts",
        A_FIELDS + ("seats_purchased", "seats_active"),
        recs,
        table_text(header, rows),
        concepts=["MRR → ARR", "'1,200.00 USD'", "time zone offsets", "percent health"],
    )

    # Amazon Athena query result: every field quoted, numeric ids, a churn flag and date.
    recs = account_records(company)
    rows = [
        [
            str(7001 + n),
            r["account"],
            email(r["acc"].csm),
            f"{r['arr']:.1f}",
            r["renewal_date"].isoformat(),
            "true" if r["status"] == "churned" else "false",
            r["churned_on"].isoformat() if r["churned_on"] else "",
        ]
        for n, r in enumerate(recs)
    ]
    for r in recs:
        r["csm"] = email(r["acc"].csm)
    header = [
        "account_id",
        "account_name",
        "csm_email",
        "arr_usd",
        "renewal_date",
        "is_churned",
        "churn_date",
    ]
    x.add(
        "athena_accounts_query.csv",
        "Amazon Athena (query result)",
        "accounts",
        A_FIELDS + ("status", "churned_on"),
        recs,
        table_text(header, rows, quote_all=True),
        concepts=["every field quoted", "true/false churn flag", "numeric account ids"],
    )

    # EngageBay companies: a sales owner and a CSM, the Tags column twice, dd MMM yyyy dates.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            f"www.{r['account'].split()[0].lower()}.com",
            email(r["acc"].owner),
            r["csm"],
            rng.choice(["customer", "vip"]),
            rng.choice(["", "renewal-2025", "at-risk"]),
            f"{r['arr']:.0f}",
            r["renewal_date"].strftime("%d %b %Y"),
        ]
        for r in recs
    ]
    header = ["Name", "URL", "Owner", "Customer Success Manager", "Tags", "Tags", "ARR", "Renewal Date"]
    x.add(
        "engagebay_companies.csv",
        "EngageBay (companies)",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["duplicated column names", "sales owner and CSM", "dd MMM yyyy"],
    )

    # Google Sheets book of business: a two-level header, utilisation in %, a totals line and empty
    # trailing columns.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"${r['arr']:,.0f}",
            us(r["renewal_date"]),
            r["status"].title(),
            r["seats_purchased"],
            r["seats_active"],
            f"{round(100 * r['seats_active'] / r['seats_purchased'])}%",
            "",
        ]
        for r in recs
    ]
    top = ["Account", "", "Contract", "", "", "Seats", "", "", ""]
    header = ["Name", "CSM", "ARR", "Renewal", "Status", "Purchased", "Active", "Utilisation", ""]
    total = sum(r["arr"] for r in recs)
    summary = f',,,,,,,,\nTOTAL,,"${total:,.0f}",,,{sum(r["seats_purchased"] for r in recs)},{sum(r["seats_active"] for r in recs)},,\n'
    x.add(
        "google_sheets_book_of_business.csv",
        "Google Sheets (book of business)",
        "accounts",
        A_FIELDS + ("status", "seats_purchased", "seats_active"),
        recs,
        table_text(top, [header, *rows]) + summary,
        concepts=["two-level header", "percent utilisation", "totals line", "empty trailing column"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role, team=p.team) for p in CSMS]
    # ADP Workforce Now: the payroll name is "Last, First"; legal first and last names apart.
    rows = [
        [
            f"G3X{rng.randrange(100000, 999999)}",
            f"{p.last}, {p.first}",
            p.first,
            p.last,
            p.role,
            f"Customer Success - {p.team}",
            "Hourly",
            f"{p.rate:.2f}",
        ]
        for p in CSMS
    ]
    header = [
        "Associate ID",
        "Payroll Name",
        "Legal First Name",
        "Legal Last Name",
        "Job Title Description",
        "Home Department Description",
        "Rate Type",
        "Regular Pay Rate Amount",
    ]
    x.add(
        "adp_workforce_now_export.csv",
        "ADP Workforce Now",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["'Last, First' payroll name", "first + last name"],
    )

    # BigTime staff list: a billing rate and a lower cost rate side by side.
    rows = [[p.name, p.role, p.team, f"${p.rate:,.2f}", f"${p.rate * 0.45:,.2f}", "Active"] for p in CSMS]
    header = ["Staff Member", "Title", "Team", "Billing Rate", "Cost Rate", "Status"]
    x.add(
        "bigtime_staff_rates.csv",
        "BigTime (staff)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["billing rate beside cost rate"],
    )

    # An Excel rate card: a title, rates with the currency code after the number, a note below.
    rows = [[p.name, p.role, usd_code(p.rate), "per hour"] for p in CSMS]
    x.add(
        "excel_csm_rate_card.csv",
        "Excel (CSM rate card)",
        "team",
        TEAM_FIELDS,
        recs,
        "CSM rate card FY2025\n\n"
        + table_text(["CSM", "Role", "Rate", "Unit"], rows)
        + "\nRates approved by Finance on 1/15/2025\n",
        concepts=["title line", "'150.00 USD'", "note under the table"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # ConnectWise Manage service tickets: numeric ticket numbers, ">Closed" status, long priority
    # names, "3/4/2025 9:15 AM" times.
    recs = tickets(rng, company, 16)
    for n, r in enumerate(recs):
        r["ticket_id"] = str(245100 + n * 7)
    prio = {
        "Urgent": "Priority 1 - Emergency Response",
        "High": "Priority 2 - Quick Response",
        "Normal": "Priority 3 - Normal Response",
        "Low": "Priority 4 - Scheduled Maintenance",
    }
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Sync failing since update", "Add new users", "Report export blank"]),
            r["account"],
            "Help Desk",
            ">Closed" if r["closed_at"] else rng.choice(["New", "In Progress", "Waiting Customer"]),
            prio[r["priority"]],
            us_time(r["opened_at"]),
            us_time(r["closed_at"]) if r["closed_at"] else "",
            r["acc"].csm.first[0] + r["acc"].csm.last,
        ]
        for r in recs
    ]
    header = [
        "Ticket #",
        "Summary",
        "Company",
        "Board",
        "Status",
        "Priority",
        "Entered",
        "Closed",
        "Resources",
    ]
    x.add(
        "connectwise_service_tickets.csv",
        "ConnectWise Manage (service tickets)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["numeric ticket numbers", "'>Closed'", "12-hour clock"],
    )

    # Autotask tickets: T20250304.0012 numbers, "Complete" status and Complete Date.
    recs = tickets(rng, company, 15)
    for n, r in enumerate(recs):
        r["ticket_id"] = f"T{r['opened_at'].strftime('%Y%m%d')}.{n + 1:04d}"
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Cannot log in", "Invoice question", "API rate limit"]),
            r["account"],
            "Complete" if r["closed_at"] else rng.choice(["New", "In Progress", "Waiting Customer"]),
            {"Urgent": "Critical", "High": "High", "Normal": "Medium", "Low": "Low"}[r["priority"]],
            us_time(r["opened_at"]),
            us_time(r["closed_at"]) if r["closed_at"] else "",
            r["acc"].csm.name,
        ]
        for r in recs
    ]
    header = [
        "Ticket Number",
        "Title",
        "Account",
        "Status",
        "Priority",
        "Created",
        "Complete Date",
        "Primary Resource",
    ]
    x.add(
        "autotask_tickets.csv",
        "Autotask (tickets)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["dotted ticket numbers", "Complete Date"],
    )

    # SolarWinds Service Desk incidents: "Mar 4, 2025 9:15 AM PST", resolved before closed
    # (closed three days later), the customer in a custom field.
    recs = tickets(rng, company, 15)
    rows = []
    for n, r in enumerate(recs):
        resolved = r["closed_at"]
        closed = resolved + dt.timedelta(days=3) if resolved and rng.random() < 0.6 else None
        rows.append(
            [
                10230 + n,
                rng.choice(["Dashboard not loading", "SAML error", "Data import stuck"]),
                ("Closed" if closed else "Resolved")
                if resolved
                else rng.choice(["New", "Assigned", "Awaiting Input"]),
                r["priority"],
                f"it@{r['account'].split()[0].lower()}.example",
                r["account"],
                pst(r["opened_at"]),
                pst(resolved) if resolved else "",
                pst(closed) if closed else "",
            ]
        )
        r["ticket_id"] = str(10230 + n)
    header = [
        "Number",
        "Name",
        "State",
        "Priority",
        "Requester",
        "Customer Account",
        "Created At",
        "Resolved At",
        "Closed At",
    ]
    x.add(
        "solarwinds_service_desk_incidents.csv",
        "SolarWinds Service Desk (incidents)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["'Mar 4, 2025 9:15 AM PST'", "resolved before closed", "custom account field"],
    )

    # Freshchat conversations: UUIDs, ISO times with an offset, multi-line first messages.
    recs = tickets(rng, company, 14)
    rows = []
    for r in recs:
        cid = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}"
        r["ticket_id"] = cid
        rows.append(
            [
                cid,
                zoned(r["opened_at"], -5),
                zoned(r["closed_at"], -5) if r["closed_at"] else "",
                "Resolved" if r["closed_at"] else rng.choice(["Open", "Pending"]),
                r["acc"].csm.name,
                "Customer Support",
                rng.choice(
                    [
                        "Hi, our export is empty.\nCan you check?",
                        "Billing question",
                        "SSO broke after the update",
                    ]
                ),
                r["account"],
                "Web",
            ]
        )
    header = [
        "Conversation ID",
        "Created At",
        "Resolved At",
        "Status",
        "Assigned Agent",
        "Group",
        "First Message",
        "Company",
        "Channel",
    ]
    x.add(
        "freshchat_conversations.csv",
        "Freshchat (conversations)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["chat conversations as tickets", "UUID ids", "time zone offsets", "multi-line messages"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # InMoment responses: "3/4/2025 9:15:00 AM", the likelihood to recommend question as header.
    recs = surveys(rng, company, 16)
    rows = [
        [
            f"{880000 + n}",
            f"{us(r['moment'])} {r['moment'].strftime('%I:%M:%S %p').lstrip('0')}",
            "Customer Relationship Survey",
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Response ID",
        "Survey Date",
        "Survey",
        "Account Name",
        "Respondent Email",
        "Likelihood to Recommend (0-10)",
        "Comments",
    ]
    x.add(
        "inmoment_survey_responses.csv",
        "InMoment (responses)",
        "surveys",
        S_FIELDS + ("respondent",),
        recs,
        table_text(header, rows),
        concepts=["12-hour clock with seconds", "(0-10) in the header"],
    )

    # Formsite results: a reference number, start and finish times, the NPS question and its
    # category beside the score, multi-line comments.
    recs = surveys(rng, company, 15)

    def category(s):
        return "Promoter" if s >= 9 else "Passive" if s >= 7 else "Detractor"

    rows = []
    for r in recs:
        started = r["moment"] - dt.timedelta(minutes=rng.randrange(2, 9))
        comment = (r["comment"] or "") + (
            "\nThanks for asking." if r["comment"] and rng.random() < 0.4 else ""
        )
        rows.append(
            [
                f"{rng.randrange(10**7, 10**8)}",
                "Complete",
                started.strftime("%Y-%m-%d %H:%M:%S"),
                r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
                r["respondent"],
                r["account"],
                r["score"],
                category(r["score"]),
                comment,
            ]
        )
    header = [
        "Reference #",
        "Status",
        "Date Start",
        "Date Finish",
        "Email",
        "Company Name",
        "How likely are you to recommend Brightline to a colleague?",
        "NPS Category",
        "Reason for your score",
    ]
    x.add(
        "formsite_nps_results.csv",
        "Formsite (results)",
        "surveys",
        S_FIELDS + ("respondent",),
        recs,
        table_text(header, rows),
        concepts=["start and finish times", "NPS category beside score", "multi-line comments"],
    )

    # Cognito Forms entries: field names as headers, entry metadata last.
    recs = surveys(rng, company, 14)
    rows = [
        [
            n + 1,
            r["respondent"].split("@")[0].title(),
            "",
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
            zoned(r["moment"], -5),
            "Submitted",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Id",
        "Name_First",
        "Name_Last",
        "Email",
        "Company",
        "HowLikelyAreYouToRecommendUsToAFriendOrColleague",
        "WhatIsTheMainReasonForYourScore",
        "Entry_DateSubmitted",
        "Entry_Status",
    ]
    x.add(
        "cognito_forms_entries.csv",
        "Cognito Forms (entries)",
        "surveys",
        S_FIELDS + ("respondent",),
        recs,
        table_text(header, rows),
        concepts=["PascalCase question names", "Entry_ metadata", "time zone offsets"],
    )

    # Google Forms yes/no survey: the question as header, multi-line answers.
    recs = surveys(rng, company, 15)
    rows = [
        [
            f"{us(r['moment'])} {r['moment'].strftime('%H:%M:%S')}",
            r["respondent"],
            r["account"],
            "Yes" if r["recommend"] else "No",
            rng.choice(["", "Faster support please.\nAnd better docs.", "All good", ""]),
        ]
        for r in recs
    ]
    header = [
        "Timestamp",
        "Email Address",
        "Company",
        "Would you recommend Brightline to a friend or colleague?",
        "What could we do better?",
    ]
    x.add(
        "google_forms_customer_pulse.csv",
        "Google Forms (customer pulse)",
        "surveys",
        ("account", "date", "recommend", "respondent"),
        recs,
        table_text(header, rows),
        concepts=["question as header", "yes/no recommend"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # FullStory metrics: custom user variables named with a type suffix (user_accountName_str).
    recs = weekly_usage(rng, company[:6], 4)
    rows = [[r["date"].isoformat(), r["account"], int(r["active_users"]), int(r["events"])] for r in recs]
    header = ["Date", "user_accountName_str", "Active Users", "Event Count"]
    x.add(
        "fullstory_account_metrics.csv",
        "FullStory (metrics)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows),
        concepts=["typed custom variable names (_str)"],
    )

    # WalkMe Insights: a report title, "Mar 3, 2025" week starts, a totals line at the end.
    recs = weekly_usage(rng, company[3:9], 3, start=D(2025, 3, 3))
    rows = [
        [
            r["account"],
            f"{r['date'].strftime('%b')} {r['date'].day}, {r['date'].year}",
            int(r["active_users"]),
            f"{int(r['events']):,}",
        ]
        for r in recs
    ]
    total = f'Total,,{sum(int(r["active_users"]) for r in recs)},"{sum(int(r["events"]) for r in recs):,}"\n'
    x.add(
        "walkme_insights_accounts.csv",
        "WalkMe Insights",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        "WalkMe Insights - Account Engagement\nDate range: Mar 3, 2025 - Mar 23, 2025\n\n"
        + table_text(["Account", "Week Starting", "Unique Users", "Interactions"], rows)
        + total,
        concepts=["report title", "totals line", "thousands commas"],
    )

    # Amazon Athena usage query: accounts named only by a numeric id (from the accounts query).
    recs = weekly_usage(rng, company, 3, start=D(2025, 4, 7))
    rows = [
        [
            str(7001 + ACCOUNT_NAMES.index(r["account"])),
            r["date"].isoformat(),
            str(int(r["active_users"])),
            str(int(r["events"])),
        ]
        for r in recs
    ]
    x.add(
        "athena_usage_weekly.csv",
        "Amazon Athena (query result)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(["account_id", "week_start", "wau", "event_count"], rows, quote_all=True),
        concepts=["account by numeric id", "every field quoted"],
        context=["athena_accounts_query.csv"],
        by_id=True,
    )

    # Omni download: view-prefixed field labels, a feature column.
    recs = weekly_usage(rng, company[:5], 3, start=D(2025, 2, 3))
    for r in recs:
        r["feature"] = rng.choice(["Dashboards", "Alerts", "API"])
    rows = [
        [r["account"], r["date"].isoformat(), r["feature"], int(r["active_users"]), int(r["events"])]
        for r in recs
    ]
    header = [
        "Accounts Name",
        "Product Usage Week",
        "Product Usage Feature",
        "Product Usage Active Users",
        "Product Usage Event Count",
    ]
    x.add(
        "omni_product_usage.csv",
        "Omni (download)",
        "usage",
        ("account", "date", "active_users", "events", "feature"),
        recs,
        table_text(header, rows),
        concepts=["view-prefixed labels"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # ProfitWell MRR movements: signed MRR changes, reactivation counts as new business.
    recs = revenue(rng, company, 16, kinds=["new", "expansion", "contraction", "churn", "reactivation"])
    words = {
        "new": "new",
        "expansion": "upgrade",
        "contraction": "downgrade",
        "churn": "churn",
        "reactivation": "reactivation",
    }
    rows = [
        [
            r["date"].isoformat(),
            r["account"],
            f"billing@{r['account'].split()[0].lower()}.example",
            rng.choice(["Team", "Business", "Enterprise"]),
            words[r["kind"]],
            dollars((-1 if r["kind"] in ("contraction", "churn") else 1) * r["mrr"]),
        ]
        for r in recs
    ]
    for r in recs:
        r["kind"] = "new" if r["kind"] == "reactivation" else r["kind"]
    header = ["Date", "Customer", "Email", "Plan", "Movement Type", "MRR Change"]
    x.add(
        "profitwell_mrr_movements.csv",
        "ProfitWell (MRR movements)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["MRR movements", "signed with -$", "reactivation = new"],
    )

    # Subskribe orders: NEW / RENEWAL / AMENDMENT / CANCEL, the amendment's sign says up or down,
    # ARR with the currency code after the number.
    recs = revenue(rng, company, 15)
    words = {
        "new": "NEW",
        "renewal": "RENEWAL",
        "expansion": "AMENDMENT",
        "contraction": "AMENDMENT",
        "churn": "CANCEL",
    }
    rows = [
        [
            f"ORD-{rng.randrange(100000, 999999)}",
            r["account"],
            words[r["kind"]],
            "EXECUTED",
            r["date"].isoformat(),
            usd_code((-1 if r["kind"] in ("contraction", "churn") else 1) * r["amount"]),
        ]
        for r in recs
    ]
    header = ["Order ID", "Account Name", "Order Type", "Order Status", "Start Date", "Order ARR"]
    x.add(
        "subskribe_orders.csv",
        "Subskribe (orders)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["amendment sign as expansion/contraction", "'1,200.00 USD'", "upper-case kinds"],
    )

    # SaaSOptics ARR transactions: Upsell / Downsell, negatives in accounting parentheses.
    recs = revenue(rng, company, 15)
    words = {
        "new": "New",
        "renewal": "Renewal",
        "expansion": "Upsell",
        "contraction": "Downsell",
        "churn": "Churn",
    }
    rows = [
        [
            r["account"],
            us(r["date"]),
            words[r["kind"]],
            f"(${r['amount']:,.2f})" if r["kind"] in ("contraction", "churn") else f"${r['amount']:,.2f}",
        ]
        for r in recs
    ]
    x.add(
        "saasoptics_arr_transactions.csv",
        "SaaSOptics (ARR transactions)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Customer", "Transaction Date", "Transaction Type", "ARR"], rows),
        concepts=["accounting negatives in parentheses", "Upsell/Downsell"],
    )

    # A hand-kept ARR changes log: a title, words a person writes, +/- amounts, notes, a net line.
    recs = revenue(rng, company, 14)
    words = {
        "new": ["New logo", "New customer"],
        "renewal": ["Renewed", "Renewal (flat)"],
        "expansion": ["Upsell", "Expansion - more seats"],
        "contraction": ["Downsell", "Downgrade to Team plan"],
        "churn": ["Churned", "Lost"],
    }
    rows = [
        [
            us(r["date"]),
            r["account"],
            rng.choice(words[r["kind"]]),
            ("-" if r["kind"] in ("contraction", "churn") else "+") + f"${r['amount']:,.0f}",
            note(rng),
            "",
        ]
        for r in recs
    ]
    net = sum((-1 if r["kind"] in ("contraction", "churn") else 1) * r["amount"] for r in recs)
    x.add(
        "excel_arr_changes_log.csv",
        "Excel (ARR changes log)",
        "revenue",
        R_FIELDS,
        recs,
        "ARR changes 2024-2025\n"
        + table_text(["Date", "Customer", "What happened", "ARR change", "Notes", ""], rows)
        + f',,,,,\nNet change,,,"{"+" if net >= 0 else "-"}${abs(net):,.0f}",,\n',
        concepts=["title line", "+/- amounts", "net line", "kind words a person writes"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Accord mutual action plans: objectives, actions and risks; buyer- or seller-side owners.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Objective", "step": "Action", "blocker": "Risk"}
    status = {"open": ["Not Started", "In Progress"], "done": ["Completed"], "at risk": ["Off Track"]}
    rows = [
        [
            r["account"],
            rng.choice(["Kickoff", "Technical validation", "Rollout"]),
            r["item"],
            kinds[r["kind"]],
            r["owner"],
            "Seller",
            f"{r['due_date'].strftime('%b')} {r['due_date'].day}, {r['due_date'].year}",
            rng.choice(status[r["status"]]),
        ]
        for r in recs
    ]
    header = ["Account Name", "Milestone", "Action Item", "Type", "Owner", "Owner Side", "Due Date", "Status"]
    x.add(
        "accord_mutual_action_plans.csv",
        "Accord (mutual action plans)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Objective/Action/Risk", "Off Track = at risk", "'Mar 4, 2025'"],
    )

    # Process Street workflow runs: every row is a checklist task, completed or not.
    recs = plans(rng, company, 16, statuses=("open", "done"))
    for r in recs:
        r["kind"] = "step"
    rows = [
        [
            f"Onboarding - {r['account']}",
            "Active",
            r["account"],
            r["item"],
            "Completed" if r["status"] == "done" else "Not Completed",
            r["owner"] if r["status"] == "done" else "",
            r["due_date"].isoformat(),
        ]
        for r in recs
    ]
    header = [
        "Run Name",
        "Run Status",
        "Customer Name",
        "Task Name",
        "Task Status",
        "Completed By",
        "Due Date",
    ]
    x.add(
        "process_street_onboarding_runs.csv",
        "Process Street (workflow runs)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["checklist tasks are steps", "Completed / Not Completed"],
    )

    # Freshsuccess success plans: goals, tasks and risks with a category and a last-updated time.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Goal", "step": "Task", "blocker": "Risk"}
    status = {"open": "Open", "done": "Completed", "at risk": "At Risk"}
    rows = [
        [
            r["account"],
            f"{r['account']} - FY25 Success Plan",
            kinds[r["kind"]],
            r["item"],
            status[r["status"]],
            r["dimension"],
            zoned(TS.combine(r["due_date"], dt.time(17)), -5),
            zoned(TS.combine(r["reviewed_on"], dt.time(15)), -5),
        ]
        for r in recs
    ]
    header = [
        "Account Name",
        "Success Plan",
        "Item Type",
        "Item Name",
        "Status",
        "Category",
        "Target Date",
        "Last Updated",
    ]
    x.add(
        "freshsuccess_success_plans.csv",
        "Freshsuccess (success plans)",
        "plans",
        P_FIELDS + ("dimension", "due_date", "reviewed_on"),
        recs,
        table_text(header, rows),
        concepts=["Category as dimension", "Last Updated as reviewed", "time zone offsets"],
    )

    # A Google Sheets success plan: a title, "Stuck" for at risk, pillars, empty trailing columns.
    recs = plans(rng, company, 14)
    status = {"open": ["Not started", "In progress"], "done": ["Done"], "at risk": ["Stuck"]}
    rows = [
        [
            r["account"],
            r["kind"].title(),
            r["item"],
            r["dimension"],
            rng.choice(status[r["status"]]),
            us(r["due_date"]),
            "",
            "",
        ]
        for r in recs
    ]
    header = ["Account", "Goal / Step / Blocker", "Item", "Pillar", "Status", "Due", "", ""]
    x.add(
        "google_sheets_success_plan.csv",
        "Google Sheets (success plan)",
        "plans",
        P_FIELDS + ("dimension", "due_date"),
        recs,
        "Customer success plans - H1 2025\n" + table_text(header, rows),
        concepts=["title line", "Stuck = at risk", "Pillar as dimension", "empty trailing columns"],
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
