"""Writes an eighteenth blind batch: English-language systems CS teams meet, in the shapes their APIs,
report builders and "export all columns" buttons write.

The systems: a CS platform (Sturdy) and a product-analytics suite (Gainsight PX) as JSON-flattened
API dumps (``account.name``, ``custom_fields.0.value``, epoch seconds and milliseconds, ids only
with the names in the accounts file); Dynamics 365 Sales and Customer Service "Advanced Find"
downloads with their hidden ``(Do Not Modify)`` columns; Apollo's account export with more than
sixty columns and the three that matter at the end; Oracle Service Cloud, Webex, LogRocket,
Paylocity and Mosaic reports with a filter summary block above the header; ServiceNow CSM, Ivanti
and Thena cases; Google Calendar, Otter and Clari Copilot meetings and calls (ISO 8601 with
zones, durations in seconds, booleans as t/f); Braintree, GoCardless (pence), Mollie, Razorpay
and Fusebill billing with ISO currency codes; Segment and Moesif usage; Namely and Lattice staff
lists; Customer Thermometer, SoGoSurvey and CrowdSignal answers; EverAfter, Moxo and Shortcut
plans, and an Excel plan with ticked boxes. It was written from what these tools write, without
reading the importer's vocabulary or rules; a file here is changed only when it misdescribes what
a system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind18/make_blind18.py``; the files are checked in.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import sys
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
    surveys,
    table_text,
    tickets,
    write_set,
)

D = dt.date
SEED = 18_0312_2026

CSMS = [
    Person("Megan", "Holloway", 98.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Darius", "Okafor", 86.0, "Mid-Market", "Customer Success Manager"),
    Person("Kavya", "Raman", 74.0, "SMB", "Customer Success Associate"),
    Person("Trevor", "McAllister", 118.0, "Enterprise", "Head of Customer Success"),
]
SALES = [Person("Brooke", "Sanderson"), Person("Nikhil", "Desai")]
ACCOUNT_NAMES = [
    "Bluewater Logistics LLC",
    "Pinecrest Dental Group",
    "Harbor & Finch Legal",
    "Sundara Textiles Pvt Ltd",
    "Ironbridge Manufacturing",
    "Copperleaf Credit Union",
    "Lumen Grove Schools",
    "Redwood Analytics Inc.",
    "Kestrel Aviation Services",
    "Oakhaven Property Management",
    "Tidewater Seafood Co.",
    "Meridian Health Partners",
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
    seats=(15, 40, 75, 130, 220, 400),
    subscribed_from=D(2022, 2, 1),
    subscribed_days=800,
    churned_from=D(2025, 1, 15),
    churned_days=120,
    churned=(4, 9),
    mrr=(400, 650, 900, 1400, 2100, 3300, 5200),
    go_live_days=(10, 70),
    renewal_from=D(2025, 8, 1),
)


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def unix(t: dt.datetime) -> int:
    return calendar.timegm(t.timetuple())


def unix_day(d: dt.date) -> int:
    return calendar.timegm(d.timetuple())


def us(d) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def us_time(t: dt.datetime) -> str:
    """Dynamics and Oracle: 3/7/2025 2:05 PM, no leading zeros."""
    return f"{t.month}/{t.day}/{t.year} {t.strftime('%I:%M %p').lstrip('0')}"


def zoned(t: dt.datetime, hours: int) -> str:
    """The UTC moment ``t`` written as local time with its offset (ISO 8601)."""
    zone = dt.timezone(dt.timedelta(hours=hours))
    return t.replace(tzinfo=dt.UTC).astimezone(zone).isoformat()


def hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def slug(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())[:12]


def email_of(name: str) -> str:
    return name.lower().replace(" ", ".") + "@tallyforge.com"


def do_not_modify(rng: random.Random) -> list[str]:
    """Dynamics 365's three hidden columns: the row's GUID, a checksum, the modified time."""
    return [
        guid(rng),
        "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(22)
        )
        + "==",
        f"{rng.randrange(1, 13)}/{rng.randrange(1, 28)}/2025 {rng.randrange(1, 12)}:{rng.randrange(60):02d} PM",
    ]


def motion(tag: str) -> str:
    return "Proactive" if tag == "proactive" else "Reactive"


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Sturdy interactions through the API, flattened to CSV: nested keys, the moment in epoch
    # seconds, the duration in seconds, the motion a custom property.
    recs = engagements(rng, company, 15, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    rows = [
        [
            f"int_{rng.randrange(10**9, 10**10)}",
            unix(r["moment"]),
            r["type"].lower(),
            round(r["duration_min"] * 60),
            r["acc"].sfid,
            r["account"],
            r["csm"],
            email_of(r["csm"]),
            r["tag"],
            rng.choice(["positive", "neutral", "negative"]),
        ]
        for r in recs
    ]
    header = [
        "id",
        "occurred_at",
        "channel",
        "duration_seconds",
        "account.id",
        "account.name",
        "owner.name",
        "owner.email",
        "properties.motion",
        "signals.sentiment",
    ]
    x.add(
        "sturdy_interactions_api.csv",
        "Sturdy interactions (API dump)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["JSON-flattened keys", "epoch seconds", "duration in seconds", "properties.motion"],
    )

    # Dynamics 365 Sales Advanced Find download of phone calls: the three hidden columns first,
    # "Regarding" the account, the owner the CSM, the duration in minutes.
    recs = engagements(rng, company, 15, minutes=(15, 30, 45, 60, 90))
    rows = [
        [
            *do_not_modify(rng),
            rng.choice(["Quarterly check-in", "Call back re: outage", "Renewal prep", "Adoption review"]),
            r["account"],
            r["csm"],
            us_time(r["moment"]),
            int(r["duration_min"]),
            "Outgoing" if r["tag"] == "proactive" else "Incoming",
            motion(r["tag"]),
            "Completed",
        ]
        for r in recs
    ]
    header = [
        "(Do Not Modify) Phone Call",
        "(Do Not Modify) Row Checksum",
        "(Do Not Modify) Modified On",
        "Subject",
        "Regarding",
        "Owner",
        "Actual End",
        "Duration",
        "Direction",
        "CS Engagement Type",
        "Activity Status",
    ]
    x.add(
        "dynamics365_sales_advanced_find_phone_calls.csv",
        "Dynamics 365 Sales (Advanced Find, phone calls)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["(Do Not Modify) columns", "Regarding = account", "3/7/2025 2:05 PM"],
    )

    # Webex Control Hub meeting usage report: the report's summary block above the header, the
    # host as CSM, tracking codes for the customer and the motion, minutes.
    recs = engagements(rng, company, 14, minutes=(30, 45, 60, 90))
    rows = []
    for r in recs:
        start = r["moment"]
        end = start + dt.timedelta(minutes=r["duration_min"])
        rows.append(
            [
                rng.randrange(10**9, 10**10),
                rng.choice(["Business review", "Escalation bridge", "Training session", "Roadmap preview"]),
                r["csm"],
                email_of(r["csm"]),
                start.strftime("%m/%d/%Y %H:%M"),
                end.strftime("%m/%d/%Y %H:%M"),
                int(r["duration_min"]),
                rng.randrange(2, 9),
                r["account"],
                motion(r["tag"]),
            ]
        )
    header = [
        "Meeting Number",
        "Topic",
        "Host Name",
        "Host Email",
        "Start Time (UTC)",
        "End Time (UTC)",
        "Duration (Mins)",
        "Participants",
        "Tracking Code 1 (Customer)",
        "Tracking Code 2 (Motion)",
    ]
    text = (
        "Report Name:,Meeting Usage Report\n"
        "Site:,tallyforge.webex.com\n"
        "Date Range:,09/01/2024 - 06/30/2025\n"
        "Generated:,07/01/2025 08:00 UTC\n"
        "\n" + table_text(header, rows)
    )
    x.add(
        "webex_meeting_usage_report.csv",
        "Webex Control Hub meeting usage report",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        text,
        concepts=["summary block above the header", "tracking codes", "host as CSM"],
    )

    # Google Calendar events exported with a calendar add-on: start and end in ISO 8601 with the
    # calendar's zone, the calendar owner, a customer and a label column the team keeps.
    recs = engagements(rng, company, 14, minutes=(30, 60))
    rows = []
    for r in recs:
        end = r["moment"] + dt.timedelta(minutes=r["duration_min"])
        rows.append(
            [
                email_of(r["csm"]),
                rng.choice(["QBR", "Sync", "Escalation follow-up", "Office hours"]) + " - " + r["account"],
                zoned(r["moment"], -5),
                zoned(end, -5),
                "FALSE",
                r["account"],
                motion(r["tag"]).lower(),
                r["csm"],
                "accepted",
            ]
        )
    header = [
        "Calendar",
        "Title",
        "Start",
        "End",
        "All Day",
        "Customer",
        "Label",
        "Organizer Name",
        "My Status",
    ]
    x.add(
        "google_calendar_addon_events.csv",
        "Google Calendar (events via an export add-on)",
        "engagements",
        E_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["ISO 8601 with -05:00", "start and end", "calendar is an email"],
    )

    # Otter.ai conversation list: the duration as hh:mm:ss, the owner, a custom folder naming the
    # customer, the motion as a tag.
    recs = engagements(rng, company, 14, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    rows = [
        [
            rng.choice(["Weekly sync", "Support escalation", "Kickoff", "Health review"]),
            r["moment"].strftime("%b %d, %Y %I:%M %p"),
            hms(round(r["duration_min"] * 60)),
            r["csm"],
            r["account"],
            "#" + r["tag"],
            rng.randrange(1, 6),
        ]
        for r in recs
    ]
    header = ["Title", "Created", "Duration", "Owner", "Folder", "Tags", "Speakers"]
    x.add(
        "otter_conversations.csv",
        "Otter.ai conversation list",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["hh:mm:ss", "#proactive tags", "folder as customer"],
    )

    # Clari Copilot calls: epoch milliseconds, duration in seconds, a t/f "is proactive" flag.
    recs = engagements(rng, company, 15, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    rows = [
        [
            guid(rng),
            rng.choice(["Renewal check-in", "Issue triage", "Onboarding call", "Exec alignment"]),
            unix(r["moment"]) * 1000,
            round(r["duration_min"] * 60),
            r["csm"],
            r["account"],
            "t" if r["tag"] == "proactive" else "f",
            rng.choice(["Zoom", "Google Meet", "Phone"]),
        ]
        for r in recs
    ]
    header = [
        "call_id",
        "title",
        "start_time_ms",
        "duration_sec",
        "rep_name",
        "account_name",
        "is_proactive",
        "source",
    ]
    x.add(
        "clari_copilot_calls.csv",
        "Clari Copilot calls",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["epoch ms", "seconds", "tag as a t/f flag"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Gainsight PX accounts: ids, names and custom attributes; the other PX files name only the id.
    recs = account_records(company)
    rows = [
        [
            f"acct-{slug(r['account'])}",
            r["account"],
            r["seats_purchased"],
            r["csm"],
            f"{r['arr']:.0f}",
            unix_day(r["renewal_date"]) * 1000,
            unix_day(r["acc"].subscribed_on) * 1000,
            rng.randrange(1, 60),
        ]
        for r in recs
    ]
    header = [
        "id",
        "name",
        "numberOfUsers",
        "customAttributes.csm",
        "customAttributes.arr",
        "customAttributes.renewalDate",
        "firstVisitDate",
        "lastSeenDaysAgo",
    ]
    x.add(
        "gainsight_px_accounts.csv",
        "Gainsight PX accounts",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["customAttributes.*", "epoch ms dates", "ids for other PX files"],
    )

    # Dynamics 365 Sales Advanced Find download of accounts: the hidden columns, the company's
    # annual revenue beside the contract's ARR, the relationship type for former customers.
    recs = account_records(company)
    rows = [
        [
            *do_not_modify(rng),
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            f"${rng.choice([4, 18, 75, 300]) * 1_000_000:,.2f}",
            f"${r['arr']:,.2f}",
            us(r["renewal_date"]),
            "Former Customer" if r["status"] == "churned" else "Customer",
            r["segment"],
        ]
        for r in recs
    ]
    header = [
        "(Do Not Modify) Account",
        "(Do Not Modify) Row Checksum",
        "(Do Not Modify) Modified On",
        "Account Name",
        "Owner",
        "Customer Success Manager",
        "Annual Revenue",
        "Contract ARR",
        "Renewal Date",
        "Relationship Type",
        "Segment",
    ]
    x.add(
        "dynamics365_sales_advanced_find_accounts.csv",
        "Dynamics 365 Sales (Advanced Find, accounts)",
        "accounts",
        A_FIELDS + ("status", "segment"),
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["(Do Not Modify) columns", "Annual Revenue is not ARR", "Former Customer = churned"],
    )

    # Sturdy accounts through the API: custom fields as numbered name/value pairs, ARR with an
    # ISO currency code, the renewal date in epoch seconds.
    recs = account_records(company)
    rows = [
        [
            r["acc"].sfid,
            r["account"],
            f"{r['account'].split()[0].lower()}.example.com",
            r["csm"],
            email_of(r["csm"]),
            f"{r['arr']:.2f} USD",
            unix_day(r["renewal_date"]),
            "Segment",
            r["segment"],
            "Tier",
            rng.choice(["Gold", "Silver", "Bronze"]),
        ]
        for r in recs
    ]
    header = [
        "id",
        "name",
        "domain",
        "csm.name",
        "csm.email",
        "arr",
        "renewal_date",
        "custom_fields.0.name",
        "custom_fields.0.value",
        "custom_fields.1.name",
        "custom_fields.1.value",
    ]
    x.add(
        "sturdy_accounts_api.csv",
        "Sturdy accounts (API dump)",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        table_text(header, rows),
        concepts=["custom_fields.N.name/value pairs", "12000.00 USD", "epoch seconds"],
    )

    # Apollo account export, "all columns": sixty-odd firmographic columns, the sales owner, and
    # the team's custom CSM, ARR and renewal fields at the end.
    recs = account_records(company)
    firmographic = [
        "Company Name for Emails", "# Employees", "Industry", "Account Stage", "Lists", "Website",
        "Company Linkedin Url", "Facebook Url", "Twitter Url", "Company Street", "Company City",
        "Company State", "Company Country", "Company Postal Code", "Company Address", "Keywords",
        "Company Phone", "SEO Description", "Technologies", "Total Funding", "Latest Funding",
        "Latest Funding Amount", "Last Raised At", "Annual Revenue", "Number of Retail Locations",
        "Apollo Account Id", "SIC Codes", "NAICS Codes", "Short Description", "Founded Year",
        "Logo Url", "Subsidiary of", "Primary Intent Topic", "Primary Intent Score",
        "Secondary Intent Topic", "Secondary Intent Score", "Departmental Headcount Engineering",
        "Departmental Headcount Sales", "Departmental Headcount Support", "Departmental Headcount Finance",
        "Departmental Headcount Marketing", "Departmental Headcount Operations", "Departmental Headcount HR",
        "Departmental Headcount IT", "Departmental Headcount Legal", "Departmental Headcount Product",
        "Departmental Headcount Design", "Departmental Headcount Data", "Job Postings Count",
        "Headcount Growth 6M", "Headcount Growth 12M", "Headcount Growth 24M", "Retail Location Count",
        "Crunchbase Url", "Angellist Url", "Account Source", "Created Date", "Last Activity Date",
    ]  # fmt: skip
    header = [
        "Company",
        *firmographic,
        "Account Owner",
        "CSM (custom)",
        "ARR (custom)",
        "Renewal Date (custom)",
    ]
    rows = []
    for r in recs:
        filler = []
        for name in firmographic:
            if name in ("# Employees", "Latest Funding Amount", "Total Funding", "Annual Revenue"):
                filler.append(rng.randrange(10, 5000) * (1 if name == "# Employees" else 100_000))
            elif name.startswith(("Departmental", "Job Postings", "Retail", "Number of")):
                filler.append(rng.randrange(0, 80))
            elif name.startswith("Headcount Growth") or name.endswith("Score"):
                filler.append(f"{rng.uniform(-0.2, 0.6):.2f}")
            elif name in ("Founded Year",):
                filler.append(rng.randrange(1960, 2020))
            elif name.endswith("Date") or name == "Last Raised At":
                filler.append(D(2024, rng.randrange(1, 13), rng.randrange(1, 28)).isoformat())
            elif name == "Company Name for Emails":
                filler.append(r["account"].replace(" LLC", "").replace(" Inc.", ""))
            elif name == "Apollo Account Id":
                filler.append(f"{rng.getrandbits(96):024x}")
            else:
                filler.append(rng.choice(["", "n/a", f"{slug(r['account'])}-{name[:4].lower()}"]))
        rows.append(
            [
                r["account"],
                *filler,
                r["acc"].owner.name,
                r["csm"],
                f"{r['arr']:.0f}",
                r["renewal_date"].isoformat(),
            ]
        )
    x.add(
        "apollo_accounts_all_columns.csv",
        "Apollo accounts export (all columns)",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["63 columns", "relevant custom fields at the end", "Annual Revenue is firmographic"],
    )

    # Braintree subscriptions: the monthly price with its currency code, the status, the first
    # billing date; the customer's company name.
    recs = account_records(company)
    rows = [
        [
            f"{rng.getrandbits(24):06x}",
            f"plan-{r['segment'].lower()}-monthly",
            f"cus_{slug(r['account'])}",
            r["account"],
            "Canceled" if r["status"] == "churned" else "Active",
            f"{r['arr'] / 12:.2f}",
            "USD",
            "1",
            r["subscribed_on"].isoformat(),
            (r["churned_on"] or D(2025, 7, 1)).isoformat(),
        ]
        for r in recs
    ]
    header = [
        "Subscription ID",
        "Plan ID",
        "Customer ID",
        "Customer Company",
        "Status",
        "Price",
        "Currency ISO Code",
        "Billing Period (Months)",
        "First Billing Date",
        "Paid Through Date",
    ]
    x.add(
        "braintree_subscriptions.csv",
        "Braintree subscriptions",
        "accounts",
        ("account", "arr", "status", "subscribed_on"),
        recs,
        table_text(header, rows),
        concepts=["monthly price -> ARR", "Canceled = churned", "First Billing Date = subscribed"],
    )

    # Mosaic customer ARR report: the report's filter summary above the header, ARR with a code.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["segment"],
            r["csm"],
            f"{r['arr']:,.0f} USD",
            r["renewal_date"].strftime("%b %d, %Y"),
        ]
        for r in recs
    ]
    text = (
        "Mosaic | Customer ARR Report\n"
        "Filters: Period = Jun 2025; Currency = USD; Entity = All\n"
        "Exported: 2025-07-02 09:14 UTC\n"
        "\n"
        + table_text(["Customer", "Segment", "Customer Success Manager", "Ending ARR", "Next Renewal"], rows)
    )
    x.add(
        "mosaic_customer_arr_report.csv",
        "Mosaic customer ARR report",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        text,
        concepts=["filter summary block above the header", "'12,000 USD'", "'Jun 05, 2025'"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    # Namely employee export: first and last names apart, the pay rate beside the pay type.
    rows = [
        [
            p.first,
            p.last,
            p.email,
            p.role,
            "Customer Success",
            "Trevor McAllister",
            "Hourly",
            f"{p.rate:.2f}",
            "USD",
        ]
        for p in CSMS
    ]
    header = [
        "First Name",
        "Last Name",
        "Email",
        "Job Title",
        "Department",
        "Reports To",
        "Pay Type",
        "Pay Rate",
        "Pay Currency",
    ]
    x.add(
        "namely_employee_export.csv",
        "Namely employee export",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["first and last name apart", "Pay Rate with Pay Type Hourly"],
    )

    # Lattice people export: the name, title and a custom billing-rate field with its code.
    rows = [[p.name, p.email, p.role, p.team, "Trevor McAllister", f"{p.rate:.0f} USD/hr"] for p in CSMS]
    header = ["Name", "Email", "Title", "Department", "Manager", "Billing Rate (custom)"]
    x.add(
        "lattice_people_export.csv",
        "Lattice people export",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["'98 USD/hr'", "custom billing rate"],
    )

    # Paylocity pay rates report: the report's header block, the rate in "Rate 1".
    rows = [
        [f"{1040 + n}", f"{p.last}, {p.first}", p.role, "CS", "Hourly", f"${p.rate:,.2f}", "07/01/2024"]
        for n, p in enumerate(CSMS)
    ]
    text = (
        "Company: Tallyforge Inc. (C4471)\n"
        "Report: Employee Pay Rates\n"
        "Run Date: 07/02/2025\n"
        "Filter: Department = CS; Status = Active\n"
        "\n"
        + table_text(
            [
                "Employee ID",
                "Employee Name",
                "Position",
                "Cost Center",
                "Pay Type",
                "Rate 1",
                "Effective Date",
            ],
            rows,
        )
    )
    x.add(
        "paylocity_pay_rates_report.csv",
        "Paylocity pay rates report",
        "team",
        TEAM_FIELDS,
        recs,
        text,
        concepts=["'Last, First' names", "report header block", "Rate 1"],
    )

    # Sturdy users through the API: the profile and the billing rate as nested keys.
    rows = [
        [f"usr_{rng.getrandbits(32):08x}", p.name, p.email, p.role, f"{p.rate:.2f}", "USD", "true"]
        for p in CSMS
    ]
    header = [
        "id",
        "profile.full_name",
        "profile.email",
        "profile.title",
        "billing_rate.amount",
        "billing_rate.currency",
        "active",
    ]
    x.add(
        "sturdy_users_api.csv",
        "Sturdy users (API dump)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["nested profile keys", "billing_rate.amount"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Oracle Service Cloud incidents report: the report's title and filters above the header,
    # reference numbers, times as 3/7/2025 2:05 PM, the closed time empty while open.
    recs = tickets(rng, company, 15)
    rows = [
        [
            f"{r['opened_at']:%y%m%d}-{rng.randrange(1, 999):06d}",
            rng.choice(["Login loop", "Invoice question", "Sync failing", "Export timeout"]),
            r["account"],
            rng.choice(["Jamie Cole", "Ana Ruiz", "Lee Park"]),
            "Solved" if r["closed_at"] else rng.choice(["Unresolved", "Updated", "Waiting"]),
            r["priority"],
            us_time(r["opened_at"]),
            us_time(r["closed_at"]) if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for row, r in zip(rows, recs, strict=True):
        r["ticket_id"] = row[0]
    header = [
        "Reference #",
        "Subject",
        "Organization",
        "Contact",
        "Status",
        "Priority",
        "Date Created",
        "Date Closed",
    ]
    text = (
        '"Incidents by Organization"\n'
        '"Filters: Date Created: Last 365 Days; Queue: Customer Support"\n'
        '"Run: 07/02/2025 10:03 AM"\n' + table_text(header, rows)
    )
    x.add(
        "oracle_service_cloud_incidents_report.csv",
        "Oracle Service Cloud incidents report",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        text,
        concepts=["report title and filters above", "Reference # ids", "Date Closed empty while open"],
    )

    # Dynamics 365 Customer Service cases from Advanced Find: hidden columns, CAS- numbers, the
    # priority words, Is Escalated as Yes/No.
    recs = tickets(rng, company, 15)
    for r in recs:
        r["ticket_id"] = (
            f"CAS-{rng.randrange(10000, 99999)}-{rng.choice('BCDFGHJK')}{rng.randrange(10)}R{rng.randrange(10)}"
        )
    rows = [
        [
            *do_not_modify(rng),
            r["ticket_id"],
            rng.choice(["Cannot sign in", "Wrong totals", "API limit", "Sandbox refresh"]),
            r["account"],
            r["priority"],
            "Resolved" if r["closed_at"] else "In Progress",
            us_time(r["opened_at"]),
            us_time(r["closed_at"]) if r["closed_at"] else "",
            "Yes" if r["escalated"] else "No",
        ]
        for r in recs
    ]
    header = [
        "(Do Not Modify) Case",
        "(Do Not Modify) Row Checksum",
        "(Do Not Modify) Modified On",
        "Case Number",
        "Case Title",
        "Customer",
        "Priority",
        "Status Reason",
        "Created On",
        "Resolved On",
        "Is Escalated",
    ]
    x.add(
        "dynamics365_customer_service_cases.csv",
        "Dynamics 365 Customer Service (Advanced Find, cases)",
        "tickets",
        T_FIELDS + ("priority", "escalated"),
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["(Do Not Modify) columns", "Customer = account", "Is Escalated Yes/No"],
    )

    # ServiceNow CSM cases list export: CS numbers, "2 - High" priorities, Opened / Closed.
    recs = tickets(rng, company, 15)
    prio = {"Urgent": "1 - Critical", "High": "2 - High", "Normal": "3 - Moderate", "Low": "4 - Low"}
    for r in recs:
        r["ticket_id"] = f"CS{int(r['ticket_id']) + 41000:07d}"
        r["priority"] = prio[r["priority"]]
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Report not loading", "SSO error", "Data mismatch", "Upgrade help"]),
            r["account"],
            rng.choice(["Pat Lin", "Sam Roe", "Kai Moss"]),
            r["priority"],
            "Closed" if r["closed_at"] else rng.choice(["New", "Open", "Awaiting Info"]),
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = ["Number", "Short description", "Account", "Contact", "Priority", "State", "Opened", "Closed"]
    x.add(
        "servicenow_csm_cases.csv",
        "ServiceNow CSM cases list",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["CS0041000 numbers", "'2 - High' priorities", "Contact is a person"],
    )

    # Ivanti Neurons for ITSM incidents: internal field names, ISO 8601 with the -06:00 zone.
    recs = tickets(rng, company, 14)
    rows = [
        [
            int(r["ticket_id"]) + 88000,
            rng.choice(["Printer driver", "VPN drop", "Portal access", "Licence count"]),
            r["account"],
            rng.choice(["1", "2", "3", "4"]),
            "Resolved" if r["closed_at"] else "Active",
            zoned(r["opened_at"], -6),
            zoned(r["closed_at"], -6) if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = [
        "IncidentNumber",
        "Subject",
        "OrganizationalUnitID",
        "Priority",
        "Status",
        "CreatedDateTime",
        "ResolvedDateTime",
    ]
    for r in recs:
        r["ticket_id"] = str(int(r["ticket_id"]) + 88000)
    x.add(
        "ivanti_incidents.csv",
        "Ivanti Neurons for ITSM incidents",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["internal field names", "ISO 8601 with -06:00", "organizational unit as account"],
    )

    # Thena (Slack-based B2B support) requests through the API: epoch ms, the customer channel's
    # account, escalated as true/false.
    recs = tickets(rng, company, 15)
    rows = [
        [
            f"REQ-{r['ticket_id']}",
            r["account"],
            f"#ext-{slug(r['account'])}",
            unix(r["opened_at"]) * 1000,
            unix(r["closed_at"]) * 1000 if r["closed_at"] else "",
            "closed" if r["closed_at"] else "open",
            "true" if r["escalated"] else "false",
        ]
        for r in recs
    ]
    for r in recs:
        r["ticket_id"] = f"REQ-{r['ticket_id']}"
    header = [
        "request_id",
        "customer.account_name",
        "customer.channel",
        "created_at",
        "closed_at",
        "status",
        "is_escalated",
    ]
    x.add(
        "thena_requests_api.csv",
        "Thena requests (API dump)",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        table_text(header, rows),
        concepts=["epoch ms", "customer.account_name", "true/false escalation"],
    )

    # Cherwell incidents grid: the customer's company beside the customer (a person), long times.
    recs = tickets(rng, company, 14)
    rows = [
        [
            int(r["ticket_id"]) + 5000,
            rng.choice(["Password reset", "Data load failed", "Slow search", "Billing portal"]),
            rng.choice(["Rita Gomez", "Owen Hart", "Mia Chen"]),
            r["account"],
            r["priority"],
            "Closed" if r["closed_at"] else rng.choice(["New", "In Progress", "Pending"]),
            r["opened_at"].strftime("%m/%d/%Y %I:%M:%S %p"),
            r["closed_at"].strftime("%m/%d/%Y %I:%M:%S %p") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for r in recs:
        r["ticket_id"] = str(int(r["ticket_id"]) + 5000)
    header = [
        "Incident ID",
        "Short Description",
        "Customer Display Name",
        "Customer Company",
        "Priority",
        "Status",
        "Created Date Time",
        "Closed Date Time",
    ]
    x.add(
        "cherwell_incidents_grid.csv",
        "Cherwell incidents grid",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["Customer Display Name is a person", "'03/07/2025 02:05:11 PM'"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Customer Thermometer NPS responses: the question text, the score, the company, the comment.
    recs = surveys(rng, company, 15)
    rows = [
        [
            r["moment"].strftime("%d %b %Y %H:%M"),
            r["respondent"],
            r["account"],
            "How likely are you to recommend us to a colleague?",
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = ["Response Date", "Recipient Email", "Company", "Question", "NPS Rating", "Comment"]
    x.add(
        "customer_thermometer_nps_responses.csv",
        "Customer Thermometer NPS responses",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["'05 Mar 2025 14:20' dates", "question text beside the rating"],
    )

    # SoGoSurvey raw data: the response id, start and end times, the question as the header.
    recs = surveys(rng, company, 14)
    rows = []
    for r in recs:
        end = r["moment"] + dt.timedelta(minutes=rng.randrange(1, 9))
        rows.append(
            [
                rng.randrange(10**7, 10**8),
                r["moment"].strftime("%m/%d/%Y %H:%M:%S"),
                end.strftime("%m/%d/%Y %H:%M:%S"),
                "Complete",
                r["account"],
                r["score"],
                r["comment"] or "",
            ]
        )
    header = [
        "Response ID",
        "Start Date",
        "End Date",
        "Response Status",
        "Q1. Company name",
        "Q2. On a scale of 0 to 10, how likely are you to recommend Tallyforge to a friend or colleague?",
        "Q3. What is the main reason for your score?",
    ]
    x.add(
        "sogosurvey_raw_data.csv",
        "SoGoSurvey raw data",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["question texts as headers", "start and end dates"],
    )

    # CrowdSignal results export: a yes/no recommend question, the company asked as a question.
    recs = surveys(rng, company, 15)
    rows = [
        [
            rng.randrange(10**8, 10**9),
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            f"203.0.113.{rng.randrange(1, 254)}",
            r["account"],
            "Yes" if r["recommend"] else "No",
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Response ID",
        "Date",
        "IP Address",
        "Which company do you work for?",
        "Would you recommend Tallyforge?",
        "Anything else?",
    ]
    x.add(
        "crowdsignal_results.csv",
        "CrowdSignal results export",
        "surveys",
        ("account", "date", "recommend"),
        recs,
        table_text(header, rows),
        concepts=["yes/no recommend", "IP address column"],
    )

    # Gainsight PX NPS responses: the account only by its PX id, the date in epoch ms.
    recs = surveys(rng, company, 15)
    rows = [
        [
            f"acct-{slug(r['account'])}",
            f"user-{rng.randrange(1000, 9999)}",
            unix(r["moment"]) * 1000,
            "NPS",
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = ["accountId", "visitorId", "date", "surveyType", "responseScore", "responseText"]
    x.add(
        "gainsight_px_nps_responses.csv",
        "Gainsight PX NPS responses",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["account by PX id", "epoch ms"],
        context=["gainsight_px_accounts.csv"],
        by_id=True,
    )

    # Dynamics 365 Customer Voice responses: the linked account, the NPS question, submitted on.
    recs = surveys(rng, company, 14)
    rows = [
        [
            guid(rng),
            us_time(r["moment"]),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Response ID",
        "Submitted on",
        "Respondent",
        "Regarding (Account)",
        "How likely are you to recommend Tallyforge? (0-10)",
        "Tell us more",
    ]
    x.add(
        "dynamics365_customer_voice_responses.csv",
        "Dynamics 365 Customer Voice responses",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["Regarding (Account)", "question as header", "3/7/2025 2:05 PM"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Segment Unify computed traits per account and week, flattened: traits.* keys, epoch seconds.
    weeks = [D(2025, 3, 3) + dt.timedelta(weeks=w) for w in range(4)]
    recs = [
        dict(
            account=a.name,
            date=w,
            active_users=float(rng.randrange(2, a.seats)),
            events=float(rng.randrange(100, 9000)),
            acc=a,
        )
        for a in company[:7]
        for w in weeks
    ]
    rows = [
        [
            f"grp_{slug(r['account'])}",
            r["account"],
            unix_day(r["date"]),
            int(r["active_users"]),
            int(r["events"]),
            rng.choice(["t", "f"]),
        ]
        for r in recs
    ]
    header = [
        "group_id",
        "traits.name",
        "computed_at",
        "traits.weekly_active_users",
        "traits.events_7d",
        "traits.is_trial",
    ]
    x.add(
        "segment_unify_account_traits.csv",
        "Segment Unify account traits",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows),
        concepts=["traits.* keys", "epoch seconds", "t/f beside counts"],
    )

    # LogRocket metrics export: a summary block above, active users per account and day.
    recs = [
        dict(
            account=a.name,
            date=D(2025, 5, 12) + dt.timedelta(days=d),
            active_users=float(rng.randrange(1, a.seats)),
            acc=a,
        )
        for a in company[3:9]
        for d in range(4)
    ]
    rows = [
        [r["date"].isoformat(), r["account"], int(r["active_users"]), rng.randrange(5, 300)] for r in recs
    ]
    text = (
        "Metric,Active users by account\n"
        "Date range,2025-05-12 to 2025-05-15\n"
        "Filters,Environment = production\n"
        "\n" + table_text(["Date", "Account", "Active Users", "Sessions"], rows)
    )
    x.add(
        "logrocket_metrics_export.csv",
        "LogRocket metrics export",
        "usage",
        ("account", "date", "active_users"),
        recs,
        text,
        concepts=["summary block above", "sessions are not events"],
    )

    # Gainsight PX feature usage: the account only by its PX id, the day in epoch ms, a feature.
    recs = [
        dict(
            account=a.name,
            date=D(2025, 4, 1) + dt.timedelta(days=7 * d),
            feature=f,
            active_users=float(rng.randrange(1, 40)),
            events=float(rng.randrange(5, 800)),
            acc=a,
        )
        for a in company[:5]
        for d in range(2)
        for f in ("Dashboards", "Scheduled Reports")
    ]
    rows = [
        [
            r["feature"],
            f"acct-{slug(r['account'])}",
            unix_day(r["date"]) * 1000,
            int(r["active_users"]),
            int(r["events"]),
        ]
        for r in recs
    ]
    header = ["featureName", "accountId", "date", "uniqueVisitors", "eventCount"]
    x.add(
        "gainsight_px_feature_usage.csv",
        "Gainsight PX feature usage",
        "usage",
        ("account", "date", "active_users", "events", "feature"),
        recs,
        table_text(header, rows),
        concepts=["account by PX id", "epoch ms days", "feature name"],
        context=["gainsight_px_accounts.csv"],
        by_id=True,
    )

    # Moesif company metrics: API calls and unique users per company and day.
    recs = [
        dict(
            account=a.name,
            date=D(2025, 6, 2) + dt.timedelta(days=d),
            active_users=float(rng.randrange(1, 30)),
            events=float(rng.randrange(1000, 90000)),
            acc=a,
        )
        for a in company[5:12]
        for d in range(3)
    ]
    rows = [
        [
            f"co_{slug(r['account'])}",
            r["account"],
            f"{r['date'].isoformat()}T00:00:00.000Z",
            int(r["events"]),
            int(r["active_users"]),
        ]
        for r in recs
    ]
    header = ["Company Id", "Company Name", "Time Bucket", "API Calls", "Unique Users"]
    x.add(
        "moesif_company_metrics.csv",
        "Moesif company metrics",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows),
        concepts=["API calls as events", "ISO midnight buckets"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # GoCardless subscriptions through the API: amounts in pence per month, the currency code, the
    # movement in metadata.
    recs = revenue(rng, company, 14)
    rows = [
        [
            f"SB{rng.getrandbits(40):010X}",
            f"{r['date'].isoformat()}T{rng.randrange(8, 17):02d}:{rng.randrange(60):02d}:00.000Z",
            r["mrr"] * 100,
            "GBP",
            "monthly",
            "cancelled" if r["kind"] == "churn" else "active",
            r["account"],
            r["kind"],
        ]
        for r in recs
    ]
    header = [
        "id",
        "created_at",
        "amount",
        "currency",
        "interval_unit",
        "status",
        "customer.company_name",
        "metadata.movement",
    ]
    x.add(
        "gocardless_subscriptions_api.csv",
        "GoCardless subscriptions (API dump)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["amounts in pence", "monthly -> ARR", "metadata.movement"],
    )

    # Mollie subscriptions through the API: amount.value and amount.currency, a yearly interval,
    # ISO 8601 with +01:00 / +02:00 zones.
    recs = revenue(rng, company, 14)
    words = {
        "new": "new",
        "renewal": "renewal",
        "expansion": "upgrade",
        "contraction": "downgrade",
        "churn": "cancellation",
    }
    rows = [
        [
            f"sub_{rng.getrandbits(40):010x}",
            f"{r['date'].isoformat()}T11:00:00+01:00",
            f"{r['amount']:.2f}",
            "EUR",
            "12 months",
            r["account"],
            words[r["kind"]],
        ]
        for r in recs
    ]
    header = [
        "id",
        "createdAt",
        "amount.value",
        "amount.currency",
        "interval",
        "metadata.company",
        "metadata.change",
    ]
    x.add(
        "mollie_subscriptions_api.csv",
        "Mollie subscriptions (API dump)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["amount.value / amount.currency", "upgrade / downgrade / cancellation"],
    )

    # Razorpay subscriptions report: yearly plan amounts in INR, the movement in notes.
    recs = revenue(rng, company, 14, kinds=["new", "renewal", "expansion", "churn"])
    rows = [
        [
            f"sub_{rng.getrandbits(48):012X}"[:18],
            f"plan_{rng.getrandbits(32):08X}",
            r["account"],
            f"{r['amount']:.2f}",
            "INR",
            "yearly",
            r["date"].strftime("%d/%m/%Y %H:%M:%S").replace("00:00:00", f"{rng.randrange(9, 18):02d}:15:00"),
            f"movement: {r['kind']}",
        ]
        for r in recs
    ]
    header = [
        "Subscription Id",
        "Plan Id",
        "Customer Name",
        "Amount",
        "Currency",
        "Period",
        "Created At",
        "Notes",
    ]
    x.add(
        "razorpay_subscriptions_report.csv",
        "Razorpay subscriptions report",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["dd/mm/yyyy hh:mm:ss", "INR code column", "movement inside notes"],
    )

    # Fusebill subscription activity: activity words, the MRR change with a sign and a code.
    recs = revenue(rng, company, 14)
    words = {
        "new": "Subscription Activated",
        "renewal": "Subscription Renewed",
        "expansion": "Quantity Increased",
        "contraction": "Quantity Decreased",
        "churn": "Subscription Cancelled",
    }
    rows = [
        [
            rng.randrange(100000, 999999),
            r["account"],
            r["date"].strftime("%m/%d/%Y"),
            words[r["kind"]],
            ("-" if r["kind"] in ("contraction", "churn") else "+") + f"${r['mrr']:,.2f} USD",
        ]
        for r in recs
    ]
    header = ["Customer ID", "Company Name", "Activity Date", "Activity", "MRR Change"]
    x.add(
        "fusebill_subscription_activity.csv",
        "Fusebill subscription activity",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["'+$1,250.00 USD'", "MRR change -> ARR", "activity words"],
    )

    # Mosaic ARR waterfall by customer: the filter block above, a month per row, signed changes.
    recs = revenue(rng, company, 14, kinds=["new", "expansion", "contraction", "churn"], monthly=True)
    words = {"new": "New", "expansion": "Expansion", "contraction": "Contraction", "churn": "Churn"}
    rows = [
        [
            r["date"].strftime("%b %Y"),
            r["account"],
            words[r["kind"]],
            f"({r['amount']:,.0f})" if r["kind"] in ("contraction", "churn") else f"{r['amount']:,.0f}",
        ]
        for r in recs
    ]
    text = (
        "Mosaic | ARR Waterfall by Customer\n"
        "Filters: Period = Jan 2024 - Jun 2025; Currency = USD\n"
        "\n" + table_text(["Month", "Customer", "Movement", "ARR Change"], rows)
    )
    x.add(
        "mosaic_arr_waterfall.csv",
        "Mosaic ARR waterfall",
        "revenue",
        R_FIELDS,
        recs,
        text,
        concepts=["filter block above", "'Mar 2025' months", "negatives in parentheses"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # EverAfter mutual action plan: milestones, objectives and blockers per customer hub.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Objective", "step": "Milestone", "blocker": "Blocker"}
    status = {"open": "In progress", "done": "Done", "at risk": "Stuck"}
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            status[r["status"]],
            r["owner"],
            r["due_date"].isoformat(),
        ]
        for r in recs
    ]
    header = ["Customer Hub", "Item Type", "Title", "Status", "Assignee", "Due Date"]
    x.add(
        "everafter_action_plan.csv",
        "EverAfter mutual action plan",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Objective/Milestone/Blocker", "Stuck = at risk"],
    )

    # Moxo workspace flows: each action with its workspace (the customer), type and state.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Outcome", "step": "Action", "blocker": "Issue"}
    status = {"open": "Pending", "done": "Completed", "at risk": "Overdue"}
    rows = [
        [
            f"{r['account']} Workspace",
            r["item"],
            kinds[r["kind"]],
            status[r["status"]],
            r["owner"],
            unix_day(r["due_date"]),
        ]
        for r in recs
    ]
    header = ["workspace_name", "step_name", "step_type", "state", "assignee_name", "due_at"]
    x.add(
        "moxo_workspace_flows.csv",
        "Moxo workspace flows",
        "plans",
        P_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["'X Workspace' names", "Outcome/Action/Issue", "epoch seconds due"],
    )

    # Shortcut stories for customer onboarding: the epic is the customer, the label the kind.
    recs = plans(rng, company, 14)
    state = {"open": "In Development", "done": "Done", "at risk": "Blocked"}
    rows = [
        [
            rng.randrange(1000, 9999),
            r["item"],
            "chore",
            f"Onboarding: {r['account']}",
            state[r["status"]],
            r["kind"],
            r["owner"],
            f"{r['due_date'].isoformat()}T17:00:00Z",
        ]
        for r in recs
    ]
    header = ["id", "name", "type", "epic", "state", "labels", "owners", "deadline"]
    x.add(
        "shortcut_onboarding_stories.csv",
        "Shortcut onboarding stories",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["epic 'Onboarding: X' as account", "labels as kind", "Blocked = at risk"],
    )

    # Excel account plan with a ticked "Done?" box: TRUE/FALSE for done/open.
    recs = plans(rng, company, 15, statuses=("open", "done"))
    kinds = {"goal": "Goal", "step": "Step", "blocker": "Blocker"}
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            r["dimension"],
            r["owner"],
            r["due_date"].strftime("%m/%d/%Y"),
            "TRUE" if r["status"] == "done" else "FALSE",
        ]
        for r in recs
    ]
    header = ["Account", "Type", "Plan Item", "Dimension", "Owner", "Due", "Done?"]
    x.add(
        "excel_account_plan_checkboxes.csv",
        "Excel (account plan with checkboxes)",
        "plans",
        P_FIELDS + ("dimension", "due_date"),
        recs,
        table_text(header, rows),
        concepts=["TRUE/FALSE Done? box", "US dates"],
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
