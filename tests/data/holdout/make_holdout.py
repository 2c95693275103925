"""Writes a held-out set of exports from systems the importer's own exports do not cover.

The first export set (``tests/data/exports``) grew next to the importer, so its score says how
well the importer knows those files, not how well it generalises. This set is written from what
other systems put in their exports (CRMs, help desks, billing, product analytics, survey and
spreadsheet tools: Zoho, Pipedrive, Dynamics 365, ServiceNow, Chargebee, Recurly, Maxio, PostHog,
Medallia, Survicate, Hotjar, Custify, ClientSuccess, Catalyst, Monday.com, Airtable, Notion,
Smartsheet, LibreOffice Calc, Apple Numbers and others), with its own company, names and seed.
It must not be tuned to the importer: a file here is changed only when it misdescribes what its
system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/holdout/make_holdout.py``; the files are checked
in, so a change of seed or shape shows in review.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.exports.make_exports import (  # noqa: E402
    DE_MONTHS,
    EN_ABBR,
    FR_MONTHS,
    Account,
    CompanyShape,
    Exports,
    Person,
    account_records,
    company_of,
    engagements,
    eu_date,
    eu_money,
    iso_z,
    plans,
    revenue,
    serial,
    surveys,
    table_text,
    tickets,
    unix,
    us_date,
    weekly_usage,
    write_set,
)

D = dt.date
TS = dt.datetime
SEED = 7_042_026

CSMS = [
    Person("Olivia", "Brandt", 88.0, "Enterprise", "Senior CSM"),
    Person("Mateo", "García", 79.5, "Growth", "CSM"),
    Person("Zoë", "Lambert", 102.0, "Enterprise", "Lead CSM"),
    Person("Kenji", "Mori", 84.0, "Growth", "CSM"),
]
SALES = [Person("Tom", "Becker"), Person("Aisha", "Khan")]
ACCOUNT_NAMES = [
    "Brightline Foods",
    "Sørensen Logistik A/S",
    "Zürich Re-Tech AG",
    "Blue Harbor Bank",
    "Ça Va Studio",
    "Kowalski & Sons",
    "Tamura Seiki",
    "Northstar Health",
    "Quilt Labs",
    "Ñandú Viajes",
    "Orbital Freight",
]
SEGMENTS = ["Enterprise", "Mid-Market", "SMB"]

E_FIELDS = ("date", "account", "csm", "tag")
T_FIELDS = ("ticket_id", "account", "opened_at", "closed_at")
S_FIELDS = ("account", "date", "score")
R_FIELDS = ("account", "date", "kind", "amount")
P_FIELDS = ("account", "item", "kind", "status")


COMPANY_SHAPE = CompanyShape(
    seats=(10, 30, 60, 150, 400),
    subscribed_from=D(2021, 6, 1),
    subscribed_days=900,
    churned_from=D(2025, 2, 1),
    churned_days=120,
    churned=(2, 9),
    mrr=(420, 800, 1250, 1900, 2750, 4100, 6600),
    go_live_days=(14, 80),
    renewal_from=D(2025, 6, 15),
)


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def zoho_time(t: dt.datetime) -> str:
    """Zoho's export style: 'Jan 15, 2025 02:30 PM'."""
    return f"{EN_ABBR[t.month - 1]} {t.day:02d}, {t.year} {t.strftime('%I:%M %p')}"


def long_us(d: dt.date) -> str:
    return f"{dt.date(2000, d.month, 1).strftime('%B')} {d.day}, {d.year}"


def hms(minutes: float) -> str:
    total = round(minutes * 60)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def dollars(x: float) -> str:
    return f"${x:,.2f}"


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Zoho CRM Calls module: "Call Owner", "Related To", mm:ss "Call Duration", custom tag field.
    recs = engagements(rng, company, 16, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    rows = [
        [
            f"zcrm_5725767000{rng.randrange(10**9, 10**10)}",
            rng.choice(["Quarterly check-in", "Issue follow-up", "Renewal prep"]),
            rng.choice(["Outbound", "Inbound"]),
            zoho_time(r["moment"]),
            f"{round(r['duration_min'] * 60) // 60:02d}:{round(r['duration_min'] * 60) % 60:02d}",
            r["account"],
            "Accounts",
            r["csm"],
            r["tag"].title(),
        ]
        for r in recs
    ]
    header = [
        "Record Id",
        "Subject",
        "Call Type",
        "Call Start Time",
        "Call Duration",
        "Related To",
        "Related To Module",
        "Call Owner",
        "Engagement Type",
    ]
    x.add(
        "zoho_crm_calls.csv",
        "Zoho CRM",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["mm:ss durations", "Related To", "Call Owner"],
    )

    # Pipedrive activities: every header prefixed with its entity ("Activity - ").
    recs = engagements(rng, company, 18)
    rows = [
        [
            rng.randrange(1000, 9999),
            rng.choice(["Check-in", "Onboarding call", "Support call"]),
            r["type"].lower(),
            r["date"].isoformat(),
            f"{int(r['duration_min']) // 60:02d}:{int(r['duration_min']) % 60:02d}",
            r["csm"],
            r["account"],
            "Yes",
            "Proactive" if r["tag"] == "proactive" else "Reactive",
        ]
        for r in recs
    ]
    header = [
        "Activity - ID",
        "Activity - Subject",
        "Activity - Type",
        "Activity - Due date",
        "Activity - Duration",
        "Activity - Assigned to user",
        "Activity - Organization",
        "Activity - Done",
        "Activity - CS motion",
    ]
    x.add(
        "pipedrive_activities.csv",
        "Pipedrive",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["entity prefix on every header", "hh:mm durations"],
    )

    # Dynamics 365 "Export to Excel" saved as CSV: hidden (Do Not Modify) columns, BOM, Owner,
    # Regarding for the account, actual duration in minutes.
    recs = engagements(rng, company, 15)
    rows = [
        [
            f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-"
            f"a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}",
            "AAAAAAAA",
            r["moment"].strftime("%m/%d/%Y %I:%M %p"),
            rng.choice(["Call with admin", "Health review"]),
            r["account"],
            r["csm"],
            r["moment"].strftime("%m/%d/%Y %I:%M %p"),
            int(r["duration_min"]),
            "Outgoing",
            "Proactive" if r["tag"] == "proactive" else "Reactive",
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
        "Actual Duration",
        "Direction",
        "Engagement Category",
    ]
    x.add(
        "dynamics365_phone_calls.csv",
        "Microsoft Dynamics 365",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "\ufeff" + table_text(header, rows),
        concepts=["(Do Not Modify) columns", "Regarding for the account", "BOM"],
    )

    # Freshsales sales activities: the tag inside the activity type.
    recs = engagements(rng, company, 14)
    words = {
        "proactive": ["Proactive check-in", "Proactive business review"],
        "reactive": ["Reactive support"],
    }
    rows = [
        [
            rng.choice(["Call", "Meeting"]) + " with " + r["account"],
            rng.choice(words[r["tag"]]),
            r["moment"].strftime("%d-%m-%Y %H:%M"),
            (r["moment"] + dt.timedelta(minutes=r["duration_min"])).strftime("%d-%m-%Y %H:%M"),
            r["csm"],
            r["account"],
            rng.choice(["Completed", "Interested", ""]),
        ]
        for r in recs
    ]
    header = ["Title", "Sales activity type", "Start date", "End date", "Owner", "Related to", "Outcome"]
    x.add(
        "freshsales_sales_activities.csv",
        "Freshsales",
        "engagements",
        E_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["tag inside a type", "dd-mm-yyyy"],
    )

    # Custify activities: "Created by", category with the tag, minutes in the header.
    recs = engagements(rng, company, 17)
    rows = [
        [
            r["account"],
            r["type"],
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            r["csm"],
            r["tag"],
            int(r["duration_min"]),
            rng.choice(["QBR", "Training", "Bug report"]),
        ]
        for r in recs
    ]
    header = [
        "Company name",
        "Activity type",
        "Date",
        "Created by",
        "Category",
        "Duration (minutes)",
        "Title",
    ]
    x.add(
        "custify_activities.csv",
        "Custify",
        "engagements",
        E_FIELDS + ("duration_min", "type"),
        recs,
        table_text(header, rows),
        concepts=["Created by", "minutes in the header"],
    )

    # ClientSuccess interactions: US dates, "Interaction Type" holds the tag.
    recs = engagements(rng, company, 16)
    rows = [
        [
            r["account"],
            us_date(r["date"]),
            r["csm"],
            "Proactive Touch" if r["tag"] == "proactive" else "Reactive Touch",
            rng.choice(["Email", "Phone", "In-person"]),
            rng.choice(["Discussed roadmap", "Resolved billing issue", "Shared release notes"]),
        ]
        for r in recs
    ]
    header = ["Client Name", "Interaction Date", "Created By", "Interaction Type", "Channel", "Summary"]
    x.add(
        "clientsuccess_interactions.csv",
        "ClientSuccess",
        "engagements",
        E_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["tag inside a type", "US dates"],
    )

    # Catalyst timeline export: CSM as e-mail, ISO times with an offset, tags as a list.
    recs = engagements(rng, company, 15)
    for r in recs:
        r["csm"] = r["acc"].csm.email
    rows = [
        [
            r["account"],
            rng.choice(["Meeting", "Note", "Email"]),
            r["moment"].strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            r["csm"],
            ", ".join(rng.sample(["qbr", "exec-sponsor", "adoption"], 1) + [r["tag"]]),
            rng.choice(["Positive", "Neutral", "Negative"]),
        ]
        for r in recs
    ]
    header = ["Company Name", "Activity Type", "Occurred At", "Author Email", "Tags", "Sentiment"]
    x.add(
        "catalyst_timeline.csv",
        "Catalyst",
        "engagements",
        E_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["CSM as e-mail", "tag inside a list", "offset times"],
    )

    # Monday.com board export: a title line and a group line before the header, h:mm:ss tracking.
    recs = engagements(rng, company, 14)
    rows = [
        [
            rng.choice(["Check-in", "Escalation", "Training"]),
            r["csm"],
            rng.choice(["Done", "Working on it"]),
            r["date"].isoformat(),
            r["account"],
            "Proactive" if r["tag"] == "proactive" else "Reactive",
            hms(r["duration_min"]),
        ]
        for r in recs
    ]
    header = ["Name", "Person", "Status", "Date", "Client", "Motion", "Time Tracking"]
    text = "CS Touchpoints\nTouchpoints\n" + table_text(header, rows)
    x.add(
        "monday_touchpoints.csv",
        "Monday.com",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        text,
        concepts=["board title and group lines", "h:mm:ss"],
    )

    # LibreOffice Calc (German): semicolons, Windows-1252, d.m.yyyy, decimal-comma minutes.
    recs = engagements(rng, company, 15, minutes=(12.5, 20, 30, 45.5, 60))
    rows = [
        [
            eu_date(r["date"], "."),
            r["account"],
            r["csm"],
            "Proaktiv" if r["tag"] == "proactive" else "Reaktiv",
            f"{r['duration_min']:.1f}".replace(".", ","),
            rng.choice(["Telefon", "E-Mail", "Termin"]),
        ]
        for r in recs
    ]
    header = ["Datum", "Kunde", "Betreuer", "Art", "Dauer (Min.)", "Kanal"]
    x.add(
        "libreoffice_kontakte.csv",
        "LibreOffice Calc (German)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["semicolons", "decimal comma", "Windows-1252", "German words"],
    )

    # Apple Numbers: the tag as a checkbox column ("Proactive?" TRUE/FALSE), "d MMM yyyy" dates.
    recs = engagements(rng, company, 14)
    rows = [
        [
            f"{r['date'].day} {EN_ABBR[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            r["csm"],
            "TRUE" if r["tag"] == "proactive" else "FALSE",
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    header = ["Touchpoint date", "Customer", "CSM", "Proactive?", "Minutes"]
    x.add(
        "numbers_touchpoints.csv",
        "Apple Numbers",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["tag as a checkbox", "d MMM yyyy"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Zoho CRM Accounts: the owner is sales, a custom field names the CSM.
    recs = account_records(company)
    rows = [
        [
            f"zcrm_5725767000{rng.randrange(10**9, 10**10)}",
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            f"{r['arr']:.2f}",
            r["renewal_date"].isoformat(),
            r["segment"],
            zoho_time(TS(2023, 1, 5, 10, 0)),
        ]
        for r in recs
    ]
    header = [
        "Record Id",
        "Account Name",
        "Account Owner",
        "Customer Success Manager",
        "ARR",
        "Renewal Date",
        "Account Type",
        "Created Time",
    ]
    x.add(
        "zoho_crm_accounts.csv",
        "Zoho CRM",
        "accounts",
        ("account", "csm", "arr", "renewal_date"),
        recs,
        table_text(header, rows),
        concepts=["account owner and CSM"],
    )

    # Pipedrive organizations: entity prefix, MRR with a currency code after the number.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            f"{r['acc'].mrr:,} USD",
            r["acc"].seats,
            rng.randrange(0, 8),
        ]
        for r in recs
    ]
    header = [
        "Organization - Name",
        "Organization - Owner",
        "Organization - Customer Success Manager",
        "Organization - MRR",
        "Organization - Licences",
        "Organization - Open deals",
    ]
    x.add(
        "pipedrive_organizations.csv",
        "Pipedrive",
        "accounts",
        ("account", "csm", "arr", "seats_purchased"),
        recs,
        table_text(header, rows),
        concepts=["entity prefix", "MRR -> ARR", "currency code after the number"],
    )

    # Chargebee subscriptions export: bracketed API names, MRR, cancelled = churned.
    recs = account_records(company)
    rows = []
    for r in recs:
        a = r["acc"]
        rows.append(
            [
                f"{rng.getrandbits(40):010x}",
                r["account"],
                "cancelled" if a.churned_on else rng.choice(["active", "non_renewing"]),
                f"{a.mrr:.2f}",
                r["renewal_date"].isoformat(),
                a.churned_on.isoformat() if a.churned_on else "",
                a.subscribed_on.isoformat(),
            ]
        )
    header = [
        "subscription[id]",
        "customer[company]",
        "subscription[status]",
        "subscription[mrr]",
        "subscription[current_term_end]",
        "subscription[cancelled_at]",
        "subscription[started_at]",
    ]
    x.add(
        "chargebee_subscriptions.csv",
        "Chargebee",
        "accounts",
        ("account", "arr", "renewal_date", "status", "churned_on", "subscribed_on"),
        recs,
        table_text(header, rows),
        concepts=["bracketed API names", "MRR -> ARR", "cancelled = churned"],
    )

    # Recurly subscriptions: monthly unit amount in cents, state words, ISO Z times.
    recs = account_records(company)
    rows = []
    for r in recs:
        a = r["acc"]
        rows.append(
            [
                f"{rng.getrandbits(64):016x}",
                a.name.lower().replace(" ", "-"),
                a.name,
                "canceled" if a.churned_on else "active",
                a.mrr * 100,
                "USD",
                iso_z(TS(a.renewal_date.year, a.renewal_date.month, a.renewal_date.day, 12)),
                iso_z(TS(a.churned_on.year, a.churned_on.month, a.churned_on.day, 12))
                if a.churned_on
                else "",
            ]
        )
    header = [
        "subscription_uuid",
        "account_code",
        "account_company_name",
        "state",
        "unit_amount_in_cents",
        "currency",
        "current_period_ends_at",
        "canceled_at",
    ]
    x.add(
        "recurly_subscriptions.csv",
        "Recurly",
        "accounts",
        ("account", "arr", "renewal_date", "status", "churned_on"),
        recs,
        table_text(header, rows),
        concepts=["monthly amount in cents", "canceled = churned"],
    )

    # Maxio (Chargify) subscriptions: MRR with $, state words, US dates.
    recs = account_records(company)
    rows = [
        [
            rng.randrange(10**7, 10**8),
            r["account"],
            "canceled" if r["acc"].churned_on else "active",
            dollars(r["acc"].mrr),
            us_date(r["renewal_date"]),
            us_date(r["subscribed_on"]),
        ]
        for r in recs
    ]
    header = [
        "Subscription ID",
        "Customer Organization",
        "State",
        "MRR",
        "Current Period Ends At",
        "Activated At",
    ]
    x.add(
        "maxio_subscriptions.csv",
        "Maxio (Chargify)",
        "accounts",
        ("account", "arr", "renewal_date", "status", "subscribed_on"),
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "$ amounts", "canceled = churned"],
    )

    # Custify companies: account manager = CSM, "Mar 3, 2026" renewals, Churned Yes/No.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            dollars(r["arr"]),
            f"{EN_ABBR[r['renewal_date'].month - 1]} {r['renewal_date'].day}, {r['renewal_date'].year}",
            r["segment"],
            rng.randrange(20, 99),
            "Yes" if r["acc"].churned_on else "No",
        ]
        for r in recs
    ]
    header = [
        "Company name",
        "Account manager",
        "ARR",
        "Contract renewal",
        "Segment",
        "Health score",
        "Churned",
    ]
    x.add(
        "custify_companies.csv",
        "Custify",
        "accounts",
        ("account", "csm", "arr", "renewal_date", "segment", "status"),
        recs,
        table_text(header, rows),
        concepts=["account manager = CSM", "Churned = Yes"],
    )

    # ClientSuccess clients: "Client Success Manager", "Active Contract Amount", Terminated.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"{r['arr']:,.2f}",
            us_date(r["renewal_date"]),
            "Terminated" if r["acc"].churned_on else rng.choice(["Active", "Onboarding"]),
        ]
        for r in recs
    ]
    header = ["Client Name", "Client Success Manager", "Active Contract Amount", "Renewal Date", "Status"]
    x.add(
        "clientsuccess_clients.csv",
        "ClientSuccess",
        "accounts",
        ("account", "csm", "arr", "renewal_date", "status"),
        recs,
        table_text(header, rows),
        concepts=["Terminated = churned", "Onboarding = active"],
    )

    # Airtable grid view: linked-record names, attachments with links, m/d/yyyy, seat counts.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            dollars(r["arr"]),
            f"{r['renewal_date'].month}/{r['renewal_date'].day}/{r['renewal_date'].year}",
            r["segment"],
            r["seats_purchased"],
            f"logo.png (https://dl.airtable.com/.attachments/{rng.getrandbits(32):08x}/logo.png)",
        ]
        for r in recs
    ]
    header = ["Name", "CSM", "ARR", "Renewal", "Tier", "Seats", "Logo"]
    x.add(
        "airtable_customers.csv",
        "Airtable",
        "accounts",
        ("account", "csm", "arr", "renewal_date", "segment", "seats_purchased"),
        recs,
        table_text(header, rows),
        concepts=["Tier for segment", "attachment column"],
    )

    # Notion database export: BOM, long US dates, a relation with a page link after the name.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            dollars(r["arr"]),
            f"{r['csm']} (https://www.notion.so/{r['csm'].split()[0]}-{rng.getrandbits(64):016x})",
            long_us(r["renewal_date"]),
            rng.choice(["Adopting", "Expanding", "At risk"]),
        ]
        for r in recs
    ]
    header = ["Name", "ARR", "CSM", "Renewal date", "Stage"]
    x.add(
        "notion_customers.csv",
        "Notion",
        "accounts",
        ("account", "csm", "arr", "renewal_date"),
        recs,
        "\ufeff" + table_text(header, rows),
        concepts=["BOM", "link suffix on a name", "long US dates"],
    )

    # Smartsheet: two-digit years, a totals row at the end.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"{r['arr']:,.0f}",
            r["renewal_date"].strftime("%m/%d/%y"),
            rng.choice(["Green", "Yellow", "Red"]),
        ]
        for r in recs
    ]
    total = sum(r["arr"] for r in recs)
    rows.append(["Total", "", f"{total:,.0f}", "", ""])
    header = ["Customer", "CSM", "ARR", "Renewal Date", "Health"]
    x.add(
        "smartsheet_accounts.csv",
        "Smartsheet",
        "accounts",
        ("account", "csm", "arr", "renewal_date"),
        recs,
        table_text(header, rows),
        concepts=["two-digit years", "totals row"],
    )

    # LibreOffice Calc (French): semicolons, decimal comma with a space for thousands, d/m/yyyy.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            eu_money(r["arr"], thousands=" ") + " €",
            eu_date(r["renewal_date"]),
            r["seats_purchased"],
        ]
        for r in recs
    ]
    header = ["Client", "Responsable CS", "ARR (€)", "Date de renouvellement", "Licences"]
    x.add(
        "libreoffice_clients_fr.csv",
        "LibreOffice Calc (French)",
        "accounts",
        ("account", "csm", "arr", "renewal_date", "seats_purchased"),
        recs,
        table_text(header, rows, ";"),
        concepts=["French headers", "decimal comma", "space thousands"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role, team=p.team) for p in CSMS]
    rows = [[f"EMP{100 + n}", p.first, p.last, p.team, p.role, f"{p.rate:.2f}"] for n, p in enumerate(CSMS)]
    header = ["Employee ID", "First Name", "Last Name", "Department", "Designation", "Hourly Rate"]
    x.add(
        "zoho_people_employees.csv",
        "Zoho People",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(header, rows),
        concepts=["first + last name", "Designation for role"],
    )
    rows = [[p.name, p.role, p.team, f"€{p.rate:.2f}"] for p in CSMS]
    x.add(
        "numbers_team_costs.csv",
        "Apple Numbers",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Team member", "Title", "Pod", "Cost per hour"], rows),
        concepts=["cost per hour"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Zoho Desk: Zoho times, Modified Time later than the close.
    recs = tickets(rng, company, 16)
    rows = []
    for r in recs:
        closed = r["closed_at"]
        modified = (closed or r["opened_at"]) + dt.timedelta(hours=rng.randrange(2, 60))
        rows.append(
            [
                r["ticket_id"],
                rng.choice(["Sync stopped", "Invoice question", "SSO setup"]),
                "Closed" if closed else rng.choice(["Open", "On Hold"]),
                {"Urgent": "High", "Normal": "Medium"}.get(r["priority"], r["priority"]),
                r["account"],
                f"{rng.choice(['Ana', 'Ben', 'Chen'])} {rng.choice(['Ito', 'Silva', 'Novak'])}",
                zoho_time(r["opened_at"]),
                zoho_time(closed) if closed else "",
                zoho_time(modified),
                r["acc"].csm.name,
            ]
        )
    header = [
        "Ticket Id",
        "Subject",
        "Status",
        "Priority",
        "Account Name",
        "Contact Name",
        "Created Time",
        "Ticket Closed Time",
        "Modified Time",
        "Ticket Owner",
    ]
    x.add(
        "zoho_desk_tickets.csv",
        "Zoho Desk",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Modified Time is not a close", "Zoho times"],
    )

    # ServiceNow incidents: resolved_at is the resolution, closed_at comes days later.
    recs = tickets(rng, company, 18, prefix="INC00")
    rows = []
    for r in recs:
        resolved = r["closed_at"]
        closed = resolved + dt.timedelta(days=3) if resolved and rng.random() < 0.7 else None
        state = "New" if not resolved else ("Closed" if closed else "Resolved")
        fmt = "%Y-%m-%d %H:%M:%S"
        rows.append(
            [
                r["ticket_id"],
                r["opened_at"].strftime(fmt),
                resolved.strftime(fmt) if resolved else "",
                closed.strftime(fmt) if closed else "",
                {"Low": "4 - Low", "Normal": "3 - Moderate", "High": "2 - High", "Urgent": "1 - Critical"}[
                    r["priority"]
                ],
                state,
                r["account"],
                r["acc"].csm.name,
                (closed or resolved or r["opened_at"]).strftime(fmt),
            ]
        )
    header = [
        "number",
        "opened_at",
        "resolved_at",
        "closed_at",
        "priority",
        "state",
        "company",
        "assigned_to",
        "sys_updated_on",
    ]
    x.add(
        "servicenow_incidents.csv",
        "ServiceNow",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["resolved before closed", "snake_case API names"],
    )

    # Help Scout conversations: ISO Z times, the customer's organization.
    recs = tickets(rng, company, 15)
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Can't log in", "Feature request", "Billing"]),
            "closed" if r["closed_at"] else rng.choice(["active", "pending"]),
            f"{rng.choice(['Lea', 'Max', 'Ivy'])} {rng.choice(['Park', 'Hale'])}",
            f"help@{r['account'].split()[0].lower()}.example",
            r["account"],
            iso_z(r["opened_at"]),
            iso_z(r["closed_at"]) if r["closed_at"] else "",
            "Support",
        ]
        for r in recs
    ]
    header = [
        "Number",
        "Subject",
        "Status",
        "Customer Name",
        "Customer Email",
        "Organization",
        "Created At",
        "Closed At",
        "Mailbox",
    ]
    x.add(
        "helpscout_conversations.csv",
        "Help Scout",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["conversations as tickets", "ISO Z times"],
    )

    # Front analytics export: conversation ids, times with an offset, archived = resolved.
    recs = tickets(rng, company, 14)
    rows = []
    for r in recs:
        rows.append(
            [
                f"cnv_{rng.getrandbits(30):x}",
                rng.choice(["Re: outage", "Question", "Upgrade"]),
                "archived" if r["closed_at"] else "open",
                r["account"],
                r["acc"].csm.email,
                (r["opened_at"] + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S+01:00"),
                (r["closed_at"] + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S+01:00")
                if r["closed_at"]
                else "",
            ]
        )
    for n, r in enumerate(recs):
        r["ticket_id"] = rows[n][0]
    header = ["Conversation ID", "Subject", "Status", "Account", "Assignee", "Created at", "Resolved at"]
    x.add(
        "front_conversations.csv",
        "Front",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["times with +01:00 offset"],
    )

    # Kustomer conversations: camelCase API names, epoch-free ISO times with milliseconds.
    recs = tickets(rng, company, 16)
    rows = []
    for r in recs:
        rows.append(
            [
                f"{rng.getrandbits(96):024x}",
                r["account"],
                "done" if r["closed_at"] else rng.choice(["open", "snoozed"]),
                {"Low": 4, "Normal": 3, "High": 2, "Urgent": 1}[r["priority"]],
                r["opened_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                r["closed_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z") if r["closed_at"] else "",
                r["acc"].csm.name,
            ]
        )
    for n, r in enumerate(recs):
        r["ticket_id"] = rows[n][0]
    header = ["id", "companyName", "status", "priority", "createdAt", "lastDoneAt", "assignedUsers"]
    x.add(
        "kustomer_conversations.csv",
        "Kustomer",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["camelCase API names", "done = resolved"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Medallia: d-MMM-yyyy dates, "Likelihood to Recommend" with the scale in the header.
    recs = surveys(rng, company, 16)
    rows = [
        [
            f"{rng.randrange(10**8, 10**9)}",
            f"{r['date'].day}-{EN_ABBR[r['date'].month - 1]}-{r['date'].year}",
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = ["Survey ID", "Response Date", "Company", "Email", "Likelihood to Recommend (0-10)", "Comments"]
    x.add(
        "medallia_nps.csv",
        "Medallia",
        "surveys",
        S_FIELDS + ("respondent",),
        recs,
        table_text(header, rows),
        concepts=["d-MMM-yyyy", "scale in the header"],
    )

    # Survicate: the question text as the score header, the company as a respondent attribute.
    recs = surveys(rng, company, 15)
    rows = [
        [
            rng.randrange(10**6, 10**7),
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            r["respondent"],
            r["score"],
            r["comment"] or "",
            r["account"],
        ]
        for r in recs
    ]
    header = [
        "Response ID",
        "Date",
        "Respondent email",
        "Q1: How likely are you to recommend Halyard to a friend or colleague?",
        "Q2: What is the main reason for your score?",
        "Attribute: company",
    ]
    x.add(
        "survicate_responses.csv",
        "Survicate",
        "surveys",
        S_FIELDS + ("respondent",),
        recs,
        table_text(header, rows),
        concepts=["question text as header", "attribute prefix"],
    )

    # Hotjar survey responses: "Date Submitted", many browser columns, the question as header.
    recs = surveys(rng, company, 14)
    rows = [
        [
            n + 1,
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            rng.choice(["Germany", "Spain", "United States"]),
            "https://app.halyard.io/dashboard",
            rng.choice(["desktop", "mobile"]),
            rng.choice(["Chrome", "Firefox", "Safari"]),
            r["account"],
            r["score"],
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Number",
        "Date Submitted",
        "Country",
        "Source URL",
        "Device",
        "Browser",
        "Organization",
        "How likely are you to recommend us to a friend or colleague?",
    ]
    x.add(
        "hotjar_survey_responses.csv",
        "Hotjar",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["browser columns", "question as header"],
    )

    # LibreOffice Calc (French): semicolons, d/m/yyyy, Oui/Non for recommend.
    recs = surveys(rng, company, 15)
    rows = [
        [eu_date(r["date"]), r["account"], r["score"], "Oui" if r["recommend"] else "Non", r["comment"] or ""]
        for r in recs
    ]
    header = ["Date", "Client", "Note", "Recommanderiez-vous ?", "Commentaire"]
    x.add(
        "libreoffice_satisfaction_fr.csv",
        "LibreOffice Calc (French)",
        "surveys",
        S_FIELDS + ("recommend",),
        recs,
        table_text(header, rows, ";"),
        concepts=["French headers", "Oui/Non"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Heap: account-level weekly report.
    recs = weekly_usage(rng, company[:6], 4)
    rows = [[r["date"].isoformat(), r["account"], int(r["active_users"]), int(r["events"])] for r in recs]
    x.add(
        "heap_account_weekly.csv",
        "Heap",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(["Week", "Account", "Unique users", "Event count"], rows),
        concepts=["unique users"],
    )

    # PostHog trends export: one row per breakdown value, one column per week.
    recs = weekly_usage(rng, company[:5], 5)
    weeks = sorted({r["date"] for r in recs})
    by_account: dict[str, dict] = {}
    for r in recs:
        by_account.setdefault(r["account"], {})[r["date"]] = int(r["active_users"])
    rows = [
        ["Weekly active users", name] + [by_account[name][w] for w in weeks] for name in sorted(by_account)
    ]
    header = ["series", "breakdown_value"] + [f"{w.day}-{EN_ABBR[w.month - 1]}-{w.year}" for w in weeks]
    x.add(
        "posthog_trends_weekly.csv",
        "PostHog",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(header, rows),
        concepts=["wide layout", "breakdown value as account"],
    )

    # June: company activity, snake_case.
    recs = weekly_usage(rng, company[3:9], 3)
    rows = [[r["account"], r["date"].isoformat(), int(r["active_users"]), int(r["events"])] for r in recs]
    x.add(
        "june_company_activity.csv",
        "June",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(["company_name", "week_start", "active_users_count", "events_count"], rows),
        concepts=["snake_case"],
    )

    # Smartsheet-style feature tracker: Excel serial dates left as numbers.
    recs = []
    for r in weekly_usage(rng, company[:4], 3):
        recs.append(dict(r, feature=rng.choice(["Reports", "Alerts", "API"])))
    rows = [[r["account"], serial(r["date"]), r["feature"], int(r["active_users"])] for r in recs]
    x.add(
        "feature_adoption_serial.csv",
        "spreadsheet with serial dates",
        "usage",
        ("account", "date", "feature", "active_users"),
        recs,
        table_text(["Account", "Week Of", "Feature", "Users"], rows),
        concepts=["Excel serial dates"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Chargebee RevenueStory MRR movements: signed $ changes, Reactivation counts as new.
    recs = revenue(rng, company, 16, kinds=["new", "expansion", "contraction", "churn", "reactivation"])
    words = {
        "new": "New",
        "expansion": "Expansion",
        "contraction": "Contraction",
        "churn": "Churn",
        "reactivation": "Reactivation",
    }
    sign = {"contraction": -1, "churn": -1}
    rows = [
        [r["account"], r["date"].isoformat(), words[r["kind"]], dollars(sign.get(r["kind"], 1) * r["mrr"])]
        for r in recs
    ]
    for r in recs:
        r["kind"] = "new" if r["kind"] == "reactivation" else r["kind"]
    x.add(
        "chargebee_mrr_movements.csv",
        "Chargebee",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Customer", "Date", "Movement Type", "MRR Change"], rows),
        concepts=["MRR movements", "signed", "reactivation = new"],
    )

    # Maxio (SaaSOptics) ARR movement report: month-year dates, accountant negatives.
    recs = revenue(rng, company, 15, monthly=True)
    words = {
        "new": "New",
        "renewal": "Renewal",
        "expansion": "Upgrade",
        "contraction": "Downgrade",
        "churn": "Churn",
    }
    sign = {"contraction": -1, "churn": -1}

    def accountant(x_):
        return f"({abs(x_):,.2f})" if x_ < 0 else f"{x_:,.2f}"

    rows = [
        [
            r["account"],
            f"{EN_ABBR[r['date'].month - 1]}-{r['date'].year % 100:02d}",
            words[r["kind"]],
            accountant(sign.get(r["kind"], 1) * r["amount"]),
        ]
        for r in recs
    ]
    x.add(
        "maxio_arr_movements.csv",
        "Maxio (SaaSOptics)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Customer", "Month", "Category", "ARR Change"], rows),
        concepts=["month-year", "parentheses for negatives", "upgrade/downgrade"],
    )

    # ProfitWell (Paddle) movements: snake_case, cents, churned/reactivated words.
    recs = revenue(rng, company, 14, kinds=["new", "expansion", "contraction", "churn", "reactivation"])
    words = {
        "new": "new",
        "expansion": "upgrade",
        "contraction": "downgrade",
        "churn": "churned",
        "reactivation": "reactivated",
    }
    sign = {"contraction": -1, "churn": -1}
    rows = [
        [
            r["date"].isoformat(),
            r["account"],
            words[r["kind"]],
            sign.get(r["kind"], 1) * r["mrr"] * 100,
        ]
        for r in recs
    ]
    for r in recs:
        r["kind"] = "new" if r["kind"] == "reactivation" else r["kind"]
    x.add(
        "paddle_profitwell_movements.csv",
        "Paddle (ProfitWell)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["date", "company_name", "movement_type", "mrr_change_cents"], rows),
        concepts=["cents", "MRR movements", "churned/reactivated words"],
    )

    # Spanish spreadsheet (LibreOffice): semicolons, decimal comma, Spanish kind words.
    recs = revenue(rng, company, 14)
    words = {
        "new": "Nuevo",
        "renewal": "Renovación",
        "expansion": "Expansión",
        "contraction": "Reducción",
        "churn": "Baja",
    }
    rows = [[eu_date(r["date"]), r["account"], words[r["kind"]], eu_money(r["amount"])] for r in recs]
    x.add(
        "libreoffice_ingresos_es.csv",
        "LibreOffice Calc (Spanish)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Fecha", "Cliente", "Tipo", "Importe ARR"], rows, ";"),
        concepts=["Spanish words", "decimal comma", "Baja = churn"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Monday.com success-plan board: Working on it / Done / Stuck.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Goal", "step": "Task", "blocker": "Blocker"}
    statuses = {"open": "Working on it", "done": "Done", "at risk": "Stuck"}
    rows = [
        [
            r["item"],
            r["account"],
            kinds[r["kind"]],
            statuses[r["status"]],
            r["owner"],
            r["due_date"].isoformat(),
        ]
        for r in recs
    ]
    text = "Success Plans\nQ3\n" + table_text(["Name", "Client", "Type", "Status", "Owner", "Due date"], rows)
    x.add(
        "monday_success_plans.csv",
        "Monday.com",
        "plans",
        P_FIELDS + ("owner", "due_date"),
        recs,
        text,
        concepts=["board title lines", "Stuck = at risk", "Task = step"],
    )

    # Smartsheet project sheet: Not Started / In Progress / Complete / At Risk, two-digit years.
    recs = plans(rng, company, 16)
    statuses = {"open": ["Not Started", "In Progress"], "done": ["Complete"], "at risk": ["At Risk"]}
    rows = [
        [
            r["item"],
            r["account"],
            r["kind"].title(),
            rng.choice(statuses[r["status"]]),
            r["owner"],
            r["due_date"].strftime("%m/%d/%y"),
        ]
        for r in recs
    ]
    x.add(
        "smartsheet_success_plan.csv",
        "Smartsheet",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Task Name", "Account", "Item Type", "Status", "Assigned To", "End Date"], rows),
        concepts=["Complete = done", "two-digit years"],
    )

    # Airtable success plans: "Pillar" for the dimension, "Last reviewed" dates.
    recs = plans(rng, company, 14)
    rows = [
        [
            r["item"],
            r["account"],
            r["kind"].title(),
            {"open": "Open", "done": "Done", "at risk": "At risk"}[r["status"]],
            r["dimension"],
            f"{r['due_date'].month}/{r['due_date'].day}/{r['due_date'].year}",
            f"{r['reviewed_on'].month}/{r['reviewed_on'].day}/{r['reviewed_on'].year}",
        ]
        for r in recs
    ]
    x.add(
        "airtable_success_plans.csv",
        "Airtable",
        "plans",
        P_FIELDS + ("dimension", "due_date", "reviewed_on"),
        recs,
        table_text(["Item", "Customer", "Kind", "Status", "Pillar", "Due", "Last reviewed"], rows),
        concepts=["Pillar for dimension", "Last reviewed"],
    )

    # Staircase-style German plan sheet: Ziel/Schritt/Hindernis, offen/erledigt/gefährdet.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Ziel", "step": "Schritt", "blocker": "Hindernis"}
    statuses = {"open": "offen", "done": "erledigt", "at risk": "gefährdet"}
    rows = [
        [
            r["account"],
            r["item"],
            kinds[r["kind"]],
            statuses[r["status"]],
            f"{r['due_date'].day}. {DE_MONTHS[r['due_date'].month - 1]} {r['due_date'].year}",
        ]
        for r in recs
    ]
    x.add(
        "erfolgsplan_de.csv",
        "Excel (German)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Kunde", "Maßnahme", "Art", "Status", "Fällig am"], rows, ";"),
        encoding="cp1252",
        concepts=["German words", "German month names"],
    )


def write_more(x: Exports, rng, company):
    # French CS tracker with French month abbreviations and durations in "h" and "min".
    recs = engagements(rng, company, 14, minutes=(15, 30, 45, 60, 90))
    rows = [
        [
            f"{r['date'].day} {FR_MONTHS[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            r["csm"],
            "Proactif" if r["tag"] == "proactive" else "Réactif",
            f"{int(r['duration_min'])} min",
        ]
        for r in recs
    ]
    x.add(
        "suivi_clients_fr.csv",
        "Excel (French)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(["Date", "Client", "Responsable", "Type d'action", "Durée"], rows, ";"),
        concepts=["French month abbreviations", "'min' inside values"],
    )

    # Tickets with Unix epoch seconds (a webhook log saved to a spreadsheet).
    recs = tickets(rng, company, 14, prefix="T-")
    rows = [
        [r["ticket_id"], r["account"], unix(r["opened_at"]), unix(r["closed_at"]) if r["closed_at"] else ""]
        for r in recs
    ]
    x.add(
        "support_webhook_log.csv",
        "webhook log",
        "tickets",
        T_FIELDS,
        recs,
        table_text(["ticket", "org_name", "created_ts", "solved_ts"], rows),
        concepts=["epoch seconds"],
    )


# ------------------------------------------------------------------------------------ second batch
# Written after the first rules learnt from the batch above, and before any rule learnt from these:
# their first score is the honest measure of how far those rules generalise.
def write_second_batch(x: Exports, rng, company):
    # Close CRM activities: ISO times with microseconds, a custom field with a dotted prefix.
    recs = engagements(rng, company, 15)
    rows = [
        [
            f"acti_{rng.getrandbits(40):x}",
            r["account"],
            r["csm"],
            r["moment"].strftime("%Y-%m-%dT%H:%M:%S.%f+00:00"),
            r["type"],
            "Proactive" if r["tag"] == "proactive" else "Reactive",
            rng.choice(["Left voicemail", "Walked through reports", ""]),
        ]
        for r in recs
    ]
    header = ["id", "lead_name", "user_name", "date_created", "_type", "custom.CS Motion", "note"]
    x.add(
        "close_activities.csv",
        "Close CRM",
        "engagements",
        E_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["microseconds", "dotted custom field", "lead as account"],
    )

    # Insightly organisations: UPPER_SNAKE API names with __C custom fields.
    recs = account_records(company)
    rows = [
        [
            rng.randrange(10**8, 10**9),
            r["account"],
            f"{r['arr']:.2f}",
            r["renewal_date"].isoformat(),
            r["csm"],
        ]
        for r in recs
    ]
    header = ["ORGANISATION_ID", "ORGANISATION_NAME", "CONTRACT_VALUE__C", "RENEWAL_DATE__C", "CSM_NAME__C"]
    x.add(
        "insightly_organisations.csv",
        "Insightly",
        "accounts",
        ("account", "arr", "renewal_date", "csm"),
        recs,
        table_text(header, rows),
        concepts=["upper snake case", "__C custom fields"],
    )

    # Copper CRM companies: "Assignee" is sales; custom fields marked "(Custom)".
    recs = account_records(company)
    rows = [
        [r["account"], r["acc"].owner.name, dollars(r["arr"]), us_date(r["renewal_date"]), "Customer"]
        for r in recs
    ]
    header = ["Name", "Assignee", "Annual Contract Value (Custom)", "Renewal Date (Custom)", "Contact Type"]
    x.add(
        "copper_companies.csv",
        "Copper",
        "accounts",
        ("account", "arr", "renewal_date"),
        recs,
        table_text(header, rows),
        concepts=["(Custom) suffix", "ACV as ARR"],
    )

    # Zuora data source export: Object.Field names, MRR on the rate plan charge.
    recs = account_records(company)
    rows = []
    for r in recs:
        a = r["acc"]
        rows.append(
            [
                a.name,
                f"A-S{rng.randrange(10**7, 10**8)}",
                "Cancelled" if a.churned_on else "Active",
                r["renewal_date"].isoformat(),
                f"{a.mrr:.2f}",
                a.subscribed_on.isoformat(),
                a.churned_on.isoformat() if a.churned_on else "",
            ]
        )
    header = [
        "Account.Name",
        "Subscription.Name",
        "Subscription.Status",
        "Subscription.TermEndDate",
        "RatePlanCharge.MRR",
        "Subscription.SubscriptionStartDate",
        "Subscription.CancelledDate",
    ]
    x.add(
        "zuora_subscriptions.csv",
        "Zuora",
        "accounts",
        ("account", "arr", "renewal_date", "status", "subscribed_on", "churned_on"),
        recs,
        table_text(header, rows),
        concepts=["Object.Field names", "MRR -> ARR"],
    )

    # Baremetrics customers: MRR with $, lifetime value beside it, "Customer since".
    recs = account_records(company)
    rows = [
        [
            r["account"],
            f"billing@{r['account'].split()[0].lower()}.example",
            dollars(r["acc"].mrr),
            dollars(r["acc"].mrr * rng.randrange(8, 40)),
            r["subscribed_on"].isoformat(),
            "canceled" if r["acc"].churned_on else "active",
        ]
        for r in recs
    ]
    header = ["Customer", "Email", "MRR", "LTV", "Customer since", "Status"]
    x.add(
        "baremetrics_customers.csv",
        "Baremetrics",
        "accounts",
        ("account", "arr", "subscribed_on", "status"),
        recs,
        table_text(header, rows),
        concepts=["MRR beside LTV", "canceled = churned"],
    )

    # Baremetrics MRR events: signed with an explicit plus, event words.
    recs = revenue(rng, company, 15, kinds=["new", "expansion", "contraction", "churn", "reactivation"])
    words = {
        "new": "New Customer",
        "expansion": "Upgrade",
        "contraction": "Downgrade",
        "churn": "Cancellation",
        "reactivation": "Reactivation",
    }
    sign = {"contraction": "-", "churn": "-"}
    rows = [
        [us_date(r["date"]), r["account"], words[r["kind"]], f"{sign.get(r['kind'], '+')}${r['mrr']:,.2f}"]
        for r in recs
    ]
    for r in recs:
        r["kind"] = "new" if r["kind"] == "reactivation" else r["kind"]
    x.add(
        "baremetrics_mrr_events.csv",
        "Baremetrics",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Date", "Customer", "Event", "MRR Change"], rows),
        concepts=["explicit plus signs", "MRR movements", "reactivation = new"],
    )

    # HappyFox tickets: '#CS00012' ids, Django-style 'Jan. 15, 2025, 2:30 p.m.' times.
    def django(t):
        """Django's 'N j, Y, P' (AP style): 'Jan.', 'March', 'Sept.'; '2:30 p.m.', 'noon' left out."""
        ap = [
            "Jan.",
            "Feb.",
            "March",
            "April",
            "May",
            "June",
            "July",
            "Aug.",
            "Sept.",
            "Oct.",
            "Nov.",
            "Dec.",
        ]
        hour = t.hour % 12 or 12
        clock = f"{hour}" if t.minute == 0 else f"{hour}:{t.minute:02d}"
        return f"{ap[t.month - 1]} {t.day}, {t.year}, {clock} {'a.m.' if t.hour < 12 else 'p.m.'}"

    recs = tickets(rng, company, 14, prefix="#CS0")
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Report is empty", "Add a user"]),
            "Closed" if r["closed_at"] else rng.choice(["New", "On Hold"]),
            r["priority"],
            r["account"],
            django(r["opened_at"]),
            django(r["closed_at"]) if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = ["Ticket ID", "Subject", "Status", "Priority", "Contact Group", "Created On", "Closed On"]
    x.add(
        "happyfox_tickets.csv",
        "HappyFox",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["a.m./p.m. times", "Contact Group for the account"],
    )

    # Teamwork Desk: day-first UK times, a customer person beside the company.
    recs = tickets(rng, company, 15)
    rows = [
        [
            r["ticket_id"],
            f"{rng.choice(['Ruth', 'Omar'])} {rng.choice(['Bell', 'Diaz'])}",
            r["account"],
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
            r["acc"].csm.name,
        ]
        for r in recs
    ]
    header = ["Ticket ID", "Customer", "Company", "Created At", "Resolved At", "Agent"]
    x.add(
        "teamwork_desk_tickets.csv",
        "Teamwork Desk",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["day-first times", "customer person and company"],
    )

    # Retently feedback: score and campaign, the company as a column.
    recs = surveys(rng, company, 15)
    rows = [
        [
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
            "Quarterly NPS",
        ]
        for r in recs
    ]
    header = ["Date", "Customer email", "Company", "Score", "Feedback", "Campaign"]
    x.add(
        "retently_feedback.csv",
        "Retently",
        "surveys",
        S_FIELDS + ("respondent",),
        recs,
        table_text(header, rows),
        concepts=["customer email as respondent"],
    )

    # AskNicely responses: 'Responded' day-first with am/pm, 'Name' is the person.
    recs = surveys(rng, company, 14)
    rows = [
        [
            r["moment"].strftime("%d/%m/%Y %I:%M%p").lower(),
            r["score"],
            r["comment"] or "",
            rng.choice(["Ruth Bell", "Omar Diaz"]),
            r["respondent"],
            r["account"],
        ]
        for r in recs
    ]
    header = ["Responded", "Answer", "Comment", "Name", "Email", "company_name"]
    x.add(
        "asknicely_responses.csv",
        "AskNicely",
        "surveys",
        S_FIELDS + ("respondent",),
        recs,
        table_text(header, rows),
        concepts=["'Responded' for the date", "'Answer' for the score"],
    )

    # Userpilot company analytics: m/d/yyyy, active users and sessions.
    recs = weekly_usage(rng, company[2:8], 3)
    rows = [
        [f"c-{n}", r["account"], us_date(r["date"]), int(r["active_users"]), rng.randrange(10, 900)]
        for n, r in enumerate(recs)
    ]
    x.add(
        "userpilot_company_analytics.csv",
        "Userpilot",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(["Company ID", "Company Name", "Date", "Active Users", "Sessions"], rows),
        concepts=["company id beside the name"],
    )

    # Personio (German): Vorname/Nachname, Stundenlohn with a decimal comma.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role, team=p.team) for p in CSMS]
    rows = [[p.first, p.last, p.role, p.team, eu_money(p.rate)] for p in CSMS]
    x.add(
        "personio_mitarbeiter.csv",
        "Personio (German)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Vorname", "Nachname", "Position", "Abteilung", "Stundenlohn"], rows, ";"),
        concepts=["Vorname + Nachname", "Stundenlohn", "decimal comma"],
    )

    # ClickUp tasks: 'Friday, March 14th 2025' due dates, custom fields with their type in brackets.
    recs = plans(rng, company, 14, statuses=("open", "done"))
    kinds = {"goal": "Goal", "step": "Milestone", "blocker": "Risk"}

    def clickup(d):
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}{suffix} {d.year}"

    rows = [
        [
            f"86{rng.getrandbits(28):x}",
            r["item"],
            rng.choice(["to do", "in progress"]) if r["status"] == "open" else "complete",
            clickup(r["due_date"]),
            r["account"],
            kinds[r["kind"]],
        ]
        for r in recs
    ]
    header = ["Task ID", "Task Name", "Status", "Due Date", "Customer (drop down)", "Item Kind (drop down)"]
    x.add(
        "clickup_success_tasks.csv",
        "ClickUp",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["weekday and ordinal dates", "(drop down) suffix", "Milestone = step"],
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
            write_more,
            write_second_batch,
        ],
    )


if __name__ == "__main__":
    cases = main()
    print(f"{len(cases)} exports written to {HERE}")
