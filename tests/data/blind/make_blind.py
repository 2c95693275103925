"""Writes a blind set of exports from systems neither the first nor the held-out set covers.

Both earlier sets were fixed against as they were written, so their scores say how well the
importer knows them. This set was written from what other systems put in their exports, without
looking at the importer's vocabulary: call recorders (Gong, Chorus), Close, Calendly, time
trackers (Toggl, Harvest), Insightly, SugarCRM, Odoo, Baremetrics, Zuora, BI exports (Looker,
Metabase, Tableau crosstab in UTF-16, Power BI), help desks (Gorgias, HappyFox, Odoo Helpdesk),
NPS tools (AskNicely, Wootric, Retently), GA4, invoices (Xero, QuickBooks), task tools (Asana,
Trello) and CS-team spreadsheets in German, Spanish, Portuguese, Italian, French and Dutch.
A file here is changed only when it misdescribes what its system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind/make_blind.py``; the files are checked in.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.exports.make_exports import (  # noqa: E402
    EN_ABBR,
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
SEED = 31_122_026

CSMS = [
    Person("Aiko", "Tanaka", 92.0, "Strategic", "Senior Customer Success Manager"),
    Person("Rafael", "Souza", 76.5, "Scale", "Customer Success Manager"),
    Person("Ingrid", "Halvorsen", 105.0, "Strategic", "CS Team Lead"),
    Person("Luca", "Bianchi", 81.0, "Scale", "Customer Success Manager"),
]
SALES = [Person("Greg", "Holt"), Person("Nadia", "Petrova")]
ACCOUNT_NAMES = [
    "Harborview Dental Group",
    "Lumen Analytics Inc.",
    "Verde Agro S.A.",
    "Fjord Maritime AS",
    "Kettle & Crumb Bakery",
    "Müller-Schmidt Baustoffe GmbH",
    "Atlas Peak Outfitters",
    "Sakura Robotics K.K.",
    "Bellweather Insurance",
    "Éclat Cosmétiques SARL",
    "Pinewood Schools District",
    "Quanta Ledger LLC",
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
    seats=(15, 40, 75, 180, 350),
    subscribed_from=D(2021, 3, 1),
    subscribed_days=1000,
    churned_from=D(2025, 1, 10),
    churned_days=150,
    churned=(4, 10),
    mrr=(350, 900, 1150, 2200, 3300, 4750, 7200),
    go_live_days=(14, 80),
    renewal_from=D(2025, 5, 1),
)


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def hms(seconds: int, pad_hours=False) -> str:
    h, rest = divmod(seconds, 3600)
    return (
        f"{h:02d}:{rest // 60:02d}:{rest % 60:02d}" if pad_hours else f"{h}:{rest // 60:02d}:{rest % 60:02d}"
    )


def dollars(x: float) -> str:
    return f"-${abs(x):,.2f}" if x < 0 else f"${x:,.2f}"


def us_time(t: dt.datetime) -> str:
    return f"{t.month}/{t.day}/{t.year} {t.strftime('%I:%M:%S %p').lstrip('0')}"


def whole_seconds(recs):
    """Call recorders count seconds: the records hold what the file can say."""
    for r in recs:
        r["seconds"] = round(r["duration_min"] * 60)
        r["duration_min"] = r["seconds"] / 60
    return recs


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Gong call list: h:mm:ss durations, host as the CSM, the motion written in the call title.
    recs = whole_seconds(engagements(rng, company, 16, seconds=True))
    titles = {
        "proactive": ["Proactive check-in", "QBR prep (proactive)"],
        "reactive": ["Reactive: escalation call"],
    }
    rows = [
        [
            rng.randrange(10**17, 10**18),
            f"{rng.choice(titles[r['tag']])} - {r['account']}",
            r["moment"].strftime("%Y-%m-%d %H:%M"),
            hms(r["seconds"]),
            r["csm"],
            r["account"],
            "External",
            f"https://app.gong.io/call?id={rng.randrange(10**17, 10**18)}",
        ]
        for r in recs
    ]
    header = ["Call ID", "Title", "Started", "Duration", "Host", "Account", "Scope", "Call URL"]
    x.add(
        "gong_calls.csv",
        "Gong",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["h:mm:ss durations", "tag inside the title"],
    )

    # Chorus (ZoomInfo) meetings: duration in seconds, US 12-hour times, a CRM field for the motion.
    recs = whole_seconds(engagements(rng, company, 14, seconds=True))
    rows = [
        [
            f"{rng.getrandbits(40):010X}",
            rng.choice(["Weekly sync", "Adoption review", "Ticket follow-up"]),
            us_time(r["moment"]),
            r["seconds"],
            r["csm"],
            r["account"],
            r["tag"].capitalize(),
        ]
        for r in recs
    ]
    header = [
        "Meeting ID",
        "Meeting Name",
        "Date",
        "Duration (sec)",
        "Owner",
        "Account Name",
        "Engagement Motion",
    ]
    x.add(
        "chorus_meetings.csv",
        "Chorus",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["seconds", "12-hour times"],
    )

    # Close CRM call export: snake_case, ISO times with offsets and microseconds, "lead" = company.
    recs = whole_seconds(engagements(rng, company, 15, seconds=True))
    rows = [
        [
            f"acti_{rng.getrandbits(64):x}",
            f"lead_{rng.getrandbits(64):x}",
            r["account"],
            r["csm"],
            r["moment"].strftime("%Y-%m-%dT%H:%M:%S.%f+00:00"),
            r["seconds"],
            rng.choice(["outbound", "inbound"]),
            "answered",
            r["tag"],
        ]
        for r in recs
    ]
    header = [
        "id",
        "lead_id",
        "lead_name",
        "user_name",
        "date_created",
        "duration",
        "direction",
        "disposition",
        "custom.CS Motion",
    ]
    x.add(
        "close_calls.csv",
        "Close",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["snake_case", "seconds", "custom. prefix"],
    )

    # Calendly scheduled events: the company comes from a booking question, the motion from the event type.
    recs = engagements(rng, company, 14)
    kinds = {"proactive": "Proactive Health Check", "reactive": "Reactive Support Session"}
    rows = []
    for r in recs:
        start = r["moment"]
        contact = rng.choice(["Maya Cole", "Jon Berg", "Li Wei", "Omar Haddad"])
        rows.append(
            [
                contact,
                contact.lower().replace(" ", ".") + "@example.com",
                kinds[r["tag"]],
                start.strftime("%Y-%m-%d %I:%M %p"),
                (start + dt.timedelta(minutes=30)).strftime("%Y-%m-%d %I:%M %p"),
                "UTC",
                "false",
                r["csm"],
                "Company name",
                r["account"],
            ]
        )
    header = [
        "Invitee Name",
        "Invitee Email",
        "Event Type Name",
        "Start Date & Time",
        "End Date & Time",
        "Invitee Time Zone",
        "Canceled",
        "User Name",
        "Question 1",
        "Response 1",
    ]
    x.add(
        "calendly_events.csv",
        "Calendly",
        "engagements",
        E_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["tag inside the event type", "account from a question's response"],
    )

    # Toggl Track detailed report: Client is the account, Tags the motion, hh:mm:ss duration.
    recs = engagements(rng, company, 16)
    rows = []
    for r in recs:
        start = r["moment"]
        end = start + dt.timedelta(minutes=r["duration_min"])
        rows.append(
            [
                r["csm"],
                r["acc"].csm.email,
                r["account"],
                "Customer Success",
                rng.choice(["Onboarding session", "Health review", "Ticket escalation"]),
                "Yes",
                start.date().isoformat(),
                start.strftime("%H:%M:%S"),
                end.date().isoformat(),
                end.strftime("%H:%M:%S"),
                hms(round(r["duration_min"] * 60), pad_hours=True),
                r["tag"].capitalize(),
            ]
        )
    header = [
        "User",
        "Email",
        "Client",
        "Project",
        "Description",
        "Billable",
        "Start date",
        "Start time",
        "End date",
        "End time",
        "Duration",
        "Tags",
    ]
    x.add(
        "toggl_detailed_report.csv",
        "Toggl Track",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["Client as account", "Tags as tag", "hh:mm:ss"],
    )

    # Harvest detailed time report: decimal hours, first and last name, the motion in the task name.
    recs = engagements(rng, company, 15)
    for r in recs:
        r["hours"] = round(r["duration_min"] / 60, 2)
        r["duration_min"] = round(r["hours"] * 60, 4)
    tasks = {"proactive": "Proactive outreach", "reactive": "Reactive support"}
    rows = [
        [
            r["date"].isoformat(),
            r["account"],
            "CS retainer 2025",
            tasks[r["tag"]],
            rng.choice(["Monthly call", "Fixed SSO issue", "Training"]),
            f"{r['hours']:.2f}",
            "Yes",
            r["acc"].csm.first,
            r["acc"].csm.last,
            "Customer Success",
            "Yes",
        ]
        for r in recs
    ]
    header = [
        "Date",
        "Client",
        "Project",
        "Task",
        "Notes",
        "Hours",
        "Billable?",
        "First Name",
        "Last Name",
        "Roles",
        "Employee?",
    ]
    x.add(
        "harvest_time_report.csv",
        "Harvest",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["decimal hours", "first + last name", "tag inside the task"],
    )

    # Spanish CS tracker saved from Excel: cp1252, semicolons, Spanish motion words.
    recs = engagements(rng, company, 14)
    words = {"proactive": "Proactiva", "reactive": "Reactiva"}
    rows = [
        [
            eu_date(r["date"]),
            r["account"],
            r["csm"],
            rng.choice(["Llamada", "Correo", "Reunión"]),
            int(r["duration_min"]),
            words[r["tag"]],
        ]
        for r in recs
    ]
    header = ["Fecha", "Cliente", "Gestor de cuenta", "Tipo de contacto", "Duración (min)", "Iniciativa"]
    x.add(
        "seguimiento_clientes_es.csv",
        "Excel (Spanish, cp1252)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["cp1252", "Spanish words"],
    )

    # Dutch tracker from Google Sheets: d-m-yyyy dates, durations as u:mm.
    recs = engagements(rng, company, 13)
    words = {"proactive": "Proactief", "reactive": "Reactief"}
    rows = [
        [
            f"{r['date'].day}-{r['date'].month}-{r['date'].year}",
            r["account"],
            r["csm"],
            f"{int(r['duration_min']) // 60}:{int(r['duration_min']) % 60:02d}",
            words[r["tag"]],
        ]
        for r in recs
    ]
    header = ["Datum", "Klant", "Klantmanager", "Duur (uu:mm)", "Proactief of reactief"]
    x.add(
        "klantcontact_nl.csv",
        "Google Sheets (Dutch)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["Dutch words", "h:mm from the header"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Insightly organisations: a sales Record Owner next to a custom CSM field.
    recs = account_records(company)
    rows = [
        [
            rng.randrange(10**8, 10**9),
            a.name,
            a.owner.name,
            a.csm.name,
            a.arr,
            a.renewal_date.isoformat(),
            (a.subscribed_on - dt.timedelta(days=30)).isoformat() + " 09:12:44",
        ]
        for a in company
    ]
    header = [
        "Organization ID",
        "Organization Name",
        "Record Owner",
        "Customer Success Manager",
        "Annual Recurring Revenue",
        "Contract Renewal Date",
        "Date Created",
    ]
    x.add(
        "insightly_organizations.csv",
        "Insightly",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["record owner is sales"],
    )

    # SugarCRM accounts exported with field names: custom fields end in _c.
    recs = account_records(company)
    rows = [
        [
            f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-11ef-{rng.getrandbits(16):04x}-{rng.getrandbits(48):012x}",
            a.name,
            "Customer",
            a.owner.name,
            a.csm.name,
            f"{a.arr:.2f}",
            a.renewal_date.isoformat(),
            "2020-11-03 10:00:00",
        ]
        for a in company
    ]
    header = [
        "id",
        "name",
        "account_type",
        "assigned_user_name",
        "customer_success_manager_c",
        "arr_c",
        "renewal_date_c",
        "date_entered",
    ]
    x.add(
        "sugarcrm_accounts.csv",
        "SugarCRM",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["_c custom field suffix", "assigned user is sales"],
    )

    # Odoo subscriptions: monthly recurring revenue, stage words.
    recs = account_records(company)
    rows = [
        [
            f"SUB{n:05d}",
            a.name,
            a.owner.name,
            a.subscribed_on.isoformat(),
            f"{a.mrr:.2f}",
            "Churned" if a.churned_on else "In Progress",
        ]
        for n, a in enumerate(company, 1)
    ]
    header = ["Reference", "Customer", "Salesperson", "Start Date", "Monthly Recurring Revenue", "Stage"]
    x.add(
        "odoo_subscriptions.csv",
        "Odoo",
        "accounts",
        ("account", "arr", "subscribed_on", "status"),
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "stage words"],
    )

    # Baremetrics customers: current MRR in dollars (0 once churned), created date with UTC.
    recs = account_records(company, arr=lambda a: 0.0 if a.churned_on else float(a.arr))
    rows = [
        [
            f"cus_{rng.getrandbits(48):012x}",
            a.name,
            f"billing@{a.name.split()[0].lower()}.example",
            f"{a.subscribed_on.isoformat()} 00:00:00 UTC",
            dollars(0 if a.churned_on else a.mrr),
            rng.choice(["Pro Annual", "Business Monthly"]),
        ]
        for a in company
    ]
    header = ["OID", "Name", "Email", "Created", "Current MRR", "Current Plan"]
    x.add(
        "baremetrics_customers.csv",
        "Baremetrics",
        "accounts",
        ("account", "arr", "subscribed_on"),
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "dollar signs"],
    )

    # Zuora data source export: dotted object.field headers.
    recs = account_records(company)
    rows = [
        [
            a.name,
            f"A{n:08d}",
            f"A-S{n:08d}",
            "Cancelled" if a.churned_on else "Active",
            a.subscribed_on.isoformat(),
            a.renewal_date.isoformat(),
            a.churned_on.isoformat() if a.churned_on else "",
            f"{a.mrr:.2f}",
        ]
        for n, a in enumerate(company, 1)
    ]
    header = [
        "Account.Name",
        "Account.AccountNumber",
        "Subscription.Name",
        "Subscription.Status",
        "Subscription.SubscriptionStartDate",
        "Subscription.TermEndDate",
        "Subscription.CancelledDate",
        "RatePlanCharge.MRR",
    ]
    x.add(
        "zuora_subscriptions.csv",
        "Zuora",
        "accounts",
        ("account", "arr", "status", "subscribed_on", "renewal_date", "churned_on"),
        recs,
        table_text(header, rows),
        concepts=["dotted API names", "MRR -> ARR", "Cancelled = churned"],
    )

    # Looker explore download: every header carries the view name.
    recs = account_records(company)
    rows = [[a.name, a.csm.name, a.segment, a.arr, a.renewal_date.isoformat()] for a in company]
    header = [
        "Accounts Name",
        "Accounts CSM Name",
        "Accounts Segment",
        "Accounts Total ARR",
        "Accounts Renewal Date",
    ]
    x.add(
        "looker_accounts.csv",
        "Looker",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        table_text(header, rows),
        concepts=["view-name prefix"],
    )

    # Tableau crosstab download: UTF-16LE with BOM, tab-separated, formatted numbers.
    recs = account_records(company)
    rows = [[a.name, a.csm.name, a.segment, f"${a.arr:,.0f}", us_date(a.renewal_date)] for a in company]
    x.add(
        "tableau_accounts_crosstab.csv",
        "Tableau",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        "\ufeff" + table_text(["Account Name", "CSM", "Segment", "ARR", "Renewal Date"], rows, "\t"),
        encoding="utf-16-le",
        concepts=["UTF-16LE", "tab-separated", "formatted money"],
    )

    # German Excel customer list: cp1252, semicolons, decimal comma, dd.mm.yyyy.
    recs = account_records(company)
    rows = [
        [a.name, a.csm.name, a.segment, eu_money(a.arr), a.renewal_date.strftime("%d.%m.%Y"), a.seats]
        for a in company
    ]
    header = ["Kunde", "Kundenbetreuer", "Segment", "Jahresumsatz (€)", "Verlängerung am", "Lizenzen"]
    x.add(
        "kundenliste_de.csv",
        "Excel (German, cp1252)",
        "accounts",
        A_FIELDS + ("segment", "seats_purchased"),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["cp1252", "decimal comma", "German headers"],
    )

    # Brazilian Portuguese sheet: monthly revenue in reais, Ativo/Cancelado.
    recs = account_records(company)
    rows = [
        [
            a.name,
            a.csm.name,
            "R$ " + eu_money(a.mrr),
            eu_date(a.renewal_date),
            "Cancelado" if a.churned_on else "Ativo",
        ]
        for a in company
    ]
    header = ["Cliente", "Gerente de Sucesso", "Receita Recorrente Mensal", "Data de Renovação", "Situação"]
    x.add(
        "carteira_clientes_br.csv",
        "Google Sheets (Portuguese)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "R$ and decimal comma", "Portuguese status words"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role, team=p.team) for p in CSMS]
    rows = [[p.first, p.last, p.email, p.role, "Yes", f"{p.rate:.2f}", "35.0"] for p in CSMS]
    header = ["First Name", "Last Name", "Email", "Roles", "Employee?", "Cost Rate", "Capacity"]
    x.add(
        "harvest_people.csv",
        "Harvest",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(header, rows),
        concepts=["first + last name", "cost rate"],
    )
    rows = [[p.name, p.role, p.team, "€ " + eu_money(p.rate)] for p in CSMS]
    x.add(
        "costi_orari_it.csv",
        "Excel (Italian)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Nome e cognome", "Ruolo", "Team", "Tariffa oraria"], rows, ";"),
        concepts=["Italian headers", "decimal comma"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Gorgias: ISO times with microseconds and offsets, lower-case status and priority.
    recs = tickets(rng, company, 16)
    rows = [
        [
            rng.randrange(10**7, 10**8),
            rng.choice(["Can't log in", "Export broken", "Billing question"]),
            "closed" if r["closed_at"] else "open",
            rng.choice(["email", "chat"]),
            f"help@{r['account'].split()[0].lower()}.example",
            r["account"],
            r["acc"].csm.name,
            r["priority"].lower(),
            r["opened_at"].strftime("%Y-%m-%dT%H:%M:%S.%f+00:00"),
            r["closed_at"].strftime("%Y-%m-%dT%H:%M:%S.%f+00:00") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for r in recs:
        r["priority"] = r["priority"].lower()
    header = [
        "Ticket id",
        "Subject",
        "Status",
        "Channel",
        "Customer email",
        "Customer name",
        "Assignee",
        "Priority",
        "Created datetime",
        "Closed datetime",
    ]
    x.add(
        "gorgias_tickets.csv",
        "Gorgias",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["ISO with microseconds", "customer name as account"],
    )

    # HappyFox: day-first times, a Company field, Last Modified after the close.
    recs = tickets(rng, company, 15, prefix="#")
    rows = []
    for r in recs:
        closed = r["closed_at"]
        modified = (closed or r["opened_at"]) + dt.timedelta(hours=rng.randrange(1, 48))
        rows.append(
            [
                r["ticket_id"],
                rng.choice(["Report error", "Add user", "Slow dashboard"]),
                "Closed" if closed else rng.choice(["New", "Pending"]),
                r["priority"],
                r["account"],
                r["opened_at"].strftime("%d/%m/%Y %H:%M"),
                modified.strftime("%d/%m/%Y %H:%M"),
                closed.strftime("%d/%m/%Y %H:%M") if closed else "",
            ]
        )
    header = [
        "Ticket ID",
        "Subject",
        "Status",
        "Priority",
        "Company",
        "Created On",
        "Last Modified On",
        "Closed On",
    ]
    x.add(
        "happyfox_tickets.csv",
        "HappyFox",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["day-first times", "last modified is not the close"],
    )

    # Odoo Helpdesk: priorities as words, Stage, a close date.
    recs = tickets(rng, company, 14)
    words = {"Low": "Low priority", "Normal": "Medium priority", "High": "High priority", "Urgent": "Urgent"}
    rows = [
        [
            f"{r['ticket_id']}",
            rng.choice(["Invoice PDF missing", "API limit", "New user access"]),
            r["account"],
            r["acc"].csm.name,
            "Customer Care",
            "Solved" if r["closed_at"] else rng.choice(["New", "In Progress"]),
            words[r["priority"]],
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for r in recs:
        r["priority"] = words[r["priority"]]
    header = [
        "Ticket IDs Sequence",
        "Subject",
        "Customer",
        "Assigned to",
        "Helpdesk Team",
        "Stage",
        "Priority",
        "Created on",
        "Close date",
    ]
    x.add(
        "odoo_helpdesk_tickets.csv",
        "Odoo Helpdesk",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["Solved stage", "Customer as account"],
    )

    # Power BI "Export data" of a support visual: US 12-hour times, True/False escalation.
    recs = tickets(rng, company, 15, prefix="CS-")
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["priority"],
            us_time(r["opened_at"]),
            us_time(r["closed_at"]) if r["closed_at"] else "",
            "True" if r["escalated"] else "False",
        ]
        for r in recs
    ]
    header = ["Case Number", "Account Name", "Priority", "Created Date", "Resolved Date", "Is Escalated"]
    x.add(
        "powerbi_support_cases.csv",
        "Power BI",
        "tickets",
        T_FIELDS + ("priority", "escalated"),
        recs,
        "\ufeff" + table_text(header, rows),
        concepts=["12-hour times", "BOM", "Resolved Date"],
    )

    # French support log: Oui/Non escalation, day-first times.
    recs = tickets(rng, company, 13)
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
            {"Low": "Basse", "Normal": "Normale", "High": "Haute", "Urgent": "Urgente"}[r["priority"]],
            "Oui" if r["escalated"] else "Non",
        ]
        for r in recs
    ]
    for r in recs:
        r["priority"] = {"Low": "Basse", "Normal": "Normale", "High": "Haute", "Urgent": "Urgente"}[
            r["priority"]
        ]
    header = ["N° de ticket", "Client", "Ouvert le", "Fermé le", "Priorité", "Escaladé"]
    x.add(
        "tickets_support_fr.csv",
        "Excel (French)",
        "tickets",
        T_FIELDS + ("priority", "escalated"),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["French headers", "Oui/Non"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    recs = surveys(rng, company, 16)
    rows = [
        [
            rng.randrange(10**6, 10**7),
            r["respondent"].split("@")[0].title(),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            "Customer",
        ]
        for r in recs
    ]
    header = ["Response ID", "Name", "Email", "Company", "Answer", "Comment", "Responded", "Segment"]
    x.add(
        "asknicely_responses.csv",
        "AskNicely",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Answer is the score", "Responded is the date"],
    )

    recs = surveys(rng, company, 15)
    rows = [
        [
            rng.randrange(10**7, 10**8),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
            r["moment"].strftime("%Y-%m-%d %H:%M:%S UTC"),
        ]
        for r in recs
    ]
    header = ["id", "end_user.email", "end_user.properties.company", "score", "text", "created_at"]
    x.add(
        "wootric_responses.csv",
        "Wootric (InMoment)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["dotted property names", "UTC suffix"],
    )

    recs = surveys(rng, company, 14)
    rows = [
        [
            r["respondent"].split("@")[0].title(),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
            f"{EN_ABBR[r['date'].month - 1]} {r['date'].day}, {r['date'].year}",
            "Quarterly NPS",
        ]
        for r in recs
    ]
    header = ["Customer", "Email", "Company", "Score", "Feedback", "Date", "Campaign"]
    x.add(
        "retently_feedback.csv",
        "Retently",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Customer is a person, Company the account", "Mon d, yyyy"],
    )

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
        "Horodateur",
        "Adresse e-mail",
        "Nom de votre entreprise",
        "Quelle est la probabilité que vous recommandiez Lumen à un collègue ?",
        "Pourquoi ?",
    ]
    x.add(
        "sondage_nps_fr.csv",
        "Google Forms (French)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["French question as header", "Horodateur"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # GA4 exploration download: a commented preamble, yyyymmdd dates.
    recs = weekly_usage(rng, company[:5], 4)
    preamble = (
        "# ----------------------------------------\n"
        "# Free form 1\n"
        "# Account: Lumen - GA4\n"
        "# Property: app.lumen.io\n"
        "# ----------------------------------------\n"
        "#\n"
        "# Start date: 20250106\n"
        "# End date: 20250202\n"
    )
    rows = [
        [r["date"].strftime("%Y%m%d"), r["account"], int(r["active_users"]), int(r["events"])] for r in recs
    ]
    x.add(
        "ga4_weekly_usage.csv",
        "Google Analytics 4",
        "usage",
        U_FIELDS,
        recs,
        preamble + table_text(["Date", "Customer name", "Active users", "Event count"], rows),
        concepts=["comment preamble", "yyyymmdd"],
    )

    recs = weekly_usage(rng, company[2:8], 3)
    rows = [[r["date"].isoformat(), r["account"], int(r["active_users"]), int(r["events"])] for r in recs]
    header = ["Usage Week", "Accounts Name", "Usage Active Users", "Usage Total Events"]
    x.add(
        "looker_weekly_usage.csv",
        "Looker",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["view-name prefix"],
    )

    # Metabase question download: grouping names with a colon and an arrow, long US dates.
    recs = weekly_usage(rng, company[5:11], 3)
    rows = [
        [
            f"{r['date'].strftime('%B')} {r['date'].day}, {r['date'].year}",
            r["account"],
            int(r["active_users"]),
            int(r["events"]),
        ]
        for r in recs
    ]
    header = ["Created At: Week", "Account → Name", "Distinct values of User ID", "Count"]
    x.add(
        "metabase_usage.csv",
        "Metabase",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Metabase aggregate names", "long dates"],
    )

    recs = weekly_usage(rng, company[:6], 3)
    rows = [[eu_date(r["date"]), r["account"], int(r["active_users"]), int(r["events"])] for r in recs]
    x.add(
        "uso_semanal_es.csv",
        "Excel (Spanish)",
        "usage",
        U_FIELDS,
        recs,
        table_text(["Semana", "Cliente", "Usuarios activos", "Eventos"], rows, ";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Spanish headers"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Xero invoices: day-first dates, the kind in the Reference, annual totals.
    recs = revenue(rng, company, 15, kinds=["new", "renewal", "expansion"])
    words = {"new": "New subscription", "renewal": "Renewal", "expansion": "Upsell"}
    rows = [
        [r["account"], f"INV-{n:04d}", words[r["kind"]], eu_date(r["date"]), f"{r['amount']:.2f}", "USD"]
        for n, r in enumerate(recs, 1)
    ]
    header = ["ContactName", "InvoiceNumber", "Reference", "InvoiceDate", "Total", "Currency"]
    x.add(
        "xero_invoices.csv",
        "Xero",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["invoices as revenue", "upsell = expansion"],
    )

    # QuickBooks Online invoice list: US dates, the kind in the memo text.
    recs = revenue(rng, company, 14, kinds=["new", "renewal", "expansion"])
    memos = {
        "new": "New annual subscription",
        "renewal": "Annual renewal",
        "expansion": "Expansion - extra seats",
    }
    rows = [
        [us_date(r["date"]), "Invoice", 1000 + n, r["account"], memos[r["kind"]], f"{r['amount']:,.2f}"]
        for n, r in enumerate(recs)
    ]
    header = ["Date", "Transaction type", "No.", "Customer", "Memo/Description", "Amount"]
    x.add(
        "quickbooks_invoices.csv",
        "QuickBooks Online",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["kind inside the memo", "thousands commas"],
    )

    # Baremetrics activity: signed MRR changes in dollars, event words.
    recs = revenue(rng, company, 16, kinds=["new", "expansion", "contraction", "churn", "reactivation"])
    words = {
        "new": "New Subscription",
        "expansion": "Upgrade",
        "contraction": "Downgrade",
        "churn": "Cancellation",
        "reactivation": "Reactivation",
    }
    sign = {"contraction": -1, "churn": -1}
    rows = [
        [
            r["date"].isoformat(),
            r["account"],
            words[r["kind"]],
            dollars(sign.get(r["kind"], 1) * r["mrr"]),
        ]
        for r in recs
    ]
    for r in recs:
        r["kind"] = "new" if r["kind"] == "reactivation" else r["kind"]
    x.add(
        "baremetrics_mrr_activity.csv",
        "Baremetrics",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Date", "Customer", "Event", "MRR Change"], rows),
        concepts=["signed MRR", "Cancellation = churn"],
    )

    # Dutch spreadsheet: semicolons, decimal comma, Dutch kind words.
    recs = revenue(rng, company, 14)
    words = {
        "new": "Nieuw",
        "renewal": "Verlenging",
        "expansion": "Uitbreiding",
        "contraction": "Krimp",
        "churn": "Opzegging",
    }
    rows = [
        [eu_date(r["date"], "-"), r["account"], words[r["kind"]], "€ " + eu_money(r["amount"])] for r in recs
    ]
    x.add(
        "omzetmutaties_nl.csv",
        "Excel (Dutch)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Datum", "Klant", "Soort mutatie", "Bedrag ARR"], rows, ";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Dutch words", "euro and decimal comma"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Asana project export: sections for the kind, a custom Account and Status field.
    recs = plans(rng, company, 15)
    sections = {"goal": "Goals", "step": "Next steps", "blocker": "Blockers"}
    status = {"open": "In progress", "done": "Complete", "at risk": "At risk"}
    rows = [
        [
            rng.randrange(10**15, 10**16),
            "2024-11-04",
            r["due_date"].isoformat() if r["status"] == "done" else "",
            r["item"],
            sections[r["kind"]],
            r["owner"],
            r["due_date"].isoformat(),
            "Customer success plans",
            r["account"],
            status[r["status"]],
        ]
        for r in recs
    ]
    header = [
        "Task ID",
        "Created At",
        "Completed At",
        "Name",
        "Section/Column",
        "Assignee",
        "Due Date",
        "Projects",
        "Account",
        "Status",
    ]
    x.add(
        "asana_success_plans.csv",
        "Asana",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["plural section names", "Complete = done"],
    )

    # Trello board export: labels with their colour, the status as the list name.
    recs = plans(rng, company, 14)
    labels = {"goal": "Goal (green)", "step": "Step (blue)", "blocker": "Blocker (red)"}
    lists = {"open": "Doing", "done": "Done", "at risk": "At Risk"}
    rows = [
        [
            f"{rng.getrandbits(96):024x}",
            r["item"],
            labels[r["kind"]],
            r["owner"],
            r["due_date"].strftime("%Y-%m-%dT17:00:00.000Z"),
            lists[r["status"]],
            "Success plans",
            r["account"],
            "false",
        ]
        for r in recs
    ]
    header = [
        "Card ID",
        "Card Name",
        "Labels",
        "Members",
        "Due Date",
        "List Name",
        "Board Name",
        "Account",
        "Archived",
    ]
    x.add(
        "trello_success_board.csv",
        "Trello",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["label colours", "list name as status"],
    )

    recs = plans(rng, company, 13)
    kinds = {"goal": "Obiettivo", "step": "Passo", "blocker": "Ostacolo"}
    stati = {"open": "Aperto", "done": "Completato", "at risk": "A rischio"}
    rows = [
        [r["account"], r["item"], kinds[r["kind"]], stati[r["status"]], eu_date(r["due_date"])] for r in recs
    ]
    x.add(
        "piano_successo_it.csv",
        "Excel (Italian)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Cliente", "Voce", "Tipo", "Stato", "Scadenza"], rows, ";"),
        concepts=["Italian words"],
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
