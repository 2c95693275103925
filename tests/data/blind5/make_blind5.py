"""Writes a fifth blind batch: CS platforms, CRMs, help desks, billing, usage, survey and HR systems no set has yet.

The four earlier blind sets were each fixed against after their first score, so they say how well
the importer knows them. This batch was written from what these systems put in their exports,
without reading the importer's vocabulary or rules: Akita, Bitrix24, Keap, amoCRM, Dynamics 365
Customer Insights, Kimai, Deel, osTicket, Znuny (OTRS), Deskpro, Spiceworks, CustomerGauge,
LimeSurvey, Tally, QuestionPro, Countly, RudderStack, Appcues, Statsig, Zoho Billing, Recharge,
Strikedeck, Jira Work Management, and CS-team spreadsheets in Czech, Turkish, Hungarian,
Romanian, Greek, Indonesian and Norwegian (cp1250, cp1253, cp1254, Mac Roman with CR line ends,
UTF-8 with and without a BOM, `;`, tab and `|` delimiters, space and non-breaking-space
thousands, `yyyy.mm.dd.` and `d. m. yyyy` dates, Excel serial dates, month-year values, `mm:ss`
durations, amounts in cents, MRR, preambles and totals rows, wide week columns).
A file here is changed only when it misdescribes what its system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind5/make_blind5.py``; the files are checked in.
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
SEED = 5_0112_2026

CSMS = [
    Person("Lucie", "Novotná", 1450.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Emre", "Kaya", 1250.0, "Growth", "Customer Success Manager"),
    Person("Ioana", "Marin", 1320.0, "Enterprise", "Customer Success Lead"),
    Person("Bence", "Tóth", 1100.0, "Growth", "Customer Success Associate"),
]
SALES = [Person("Mehmet", "Aydin"), Person("Kari", "Holm")]
# Plain names or letters every code page of this batch except Greek carries.
ACCOUNT_NAMES = [
    "Vltava Systems s.r.o.",
    "Anadolu Lojistik",
    "Carpathia Foods",
    "Duna Print Kft.",
    "Fjordline Shipping AS",
    "Nusantara Retail",
    "Aegean Ferries",
    "Brno Medical",
    "Bosphorus Textiles",
    "Cluj Software SRL",
    "Bergen Energi",
    "Jakarta Kopi",
]
SEGMENTS = ["Enterprise", "Mid-Market", "SMB"]

E_FIELDS = ("date", "account", "csm", "tag")
A_FIELDS = ("account", "csm", "arr", "renewal_date")
T_FIELDS = ("ticket_id", "account", "opened_at", "closed_at")
S_FIELDS = ("account", "date", "score")
U_FIELDS = ("account", "date", "active_users", "events")
R_FIELDS = ("account", "date", "kind", "amount")
P_FIELDS = ("account", "item", "kind", "status")

HU_MONTHS = (
    "január február március április május június július augusztus szeptember október november december"
)

COMPANY_SHAPE = CompanyShape(
    seats=(15, 40, 75, 160, 250),
    subscribed_from=D(2021, 9, 1),
    subscribed_days=1000,
    churned_from=D(2025, 1, 10),
    churned_days=150,
    churned=(2, 7, 10),
    mrr=(390, 720, 1150, 1900, 2750, 4400, 6100),
    go_live_days=(14, 80),
    renewal_from=D(2025, 5, 1),
)


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def spaced(x: float, sep: str = " ", decimals: int = 2) -> str:
    """1 234,56 with ``sep`` between thousands and a decimal comma (or no decimals)."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", sep)


def dotted(x: float, decimals: int = 2) -> str:
    return spaced(x, ".", decimals)


def email(p: Person) -> str:
    """A work address as mail systems write it: no accents, no spaces."""
    plain = unicodedata.normalize("NFKD", p.name.lower()).encode("ascii", "ignore").decode()
    return plain.replace(" ", ".") + "@northbeam.io"


def writable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Akita activity export (a UK tool): dd/mm/yyyy, a category column for proactive or reactive.
    recs = engagements(rng, company, 16)
    rows = [
        [
            f"ACT-{rng.randrange(10**5, 10**6)}",
            r["account"],
            r["type"],
            rng.choice(["Check-in", "Renewal prep", "Login issue", "Training follow-up"]),
            r["date"].strftime("%d/%m/%Y"),
            r["csm"],
            "Proactive" if r["tag"] == "proactive" else "Reactive",
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    header = [
        "Activity ID",
        "Customer Name",
        "Activity Type",
        "Subject",
        "Activity Date",
        "Created By",
        "Category",
        "Duration (mins)",
    ]
    x.add(
        "akita_activities.csv",
        "Akita",
        "engagements",
        E_FIELDS + ("duration_min", "type"),
        recs,
        table_text(header, rows),
        concepts=["dd/mm/yyyy", "Category as the tag", "Created By as the CSM"],
    )

    # Bitrix24 activity list: UTF-8 with a BOM, semicolons, dd.mm.yyyy hh:mm:ss, a custom field.
    recs = engagements(rng, company, 15)
    kinds = {"Call": "Call", "Email": "E-mail", "Meeting": "Meeting"}
    rows = [
        [
            rng.randrange(1000, 9999),
            kinds[r["type"]],
            rng.choice(["Quarterly review", "Follow-up", "Ticket escalation", "Onboarding"]),
            r["moment"].strftime("%d.%m.%Y %H:%M:%S"),
            (r["moment"] + dt.timedelta(minutes=r["duration_min"])).strftime("%d.%m.%Y %H:%M:%S"),
            r["csm"],
            r["account"],
            rng.choice(["Incoming", "Outgoing"]),
            "Completed",
            "Proactive" if r["tag"] == "proactive" else "Reactive",
        ]
        for r in recs
    ]
    header = [
        "ID",
        "Type",
        "Subject",
        "Start",
        "End",
        "Responsible person",
        "Company",
        "Direction",
        "Status",
        "Engagement kind",
    ]
    x.add(
        "bitrix24_activities.csv",
        "Bitrix24",
        "engagements",
        E_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["dd.mm.yyyy hh:mm:ss", "Responsible person", "custom field as the tag"],
    )

    # Czech tracker saved by Excel: cp1250, semicolons, "4. 3. 2025", Proaktivní/Reaktivní.
    recs = engagements(rng, company, 14)
    rows = [
        [
            f"{r['date'].day}. {r['date'].month}. {r['date'].year}",
            r["account"],
            r["csm"],
            {"Call": "Telefonát", "Email": "E-mail", "Meeting": "Schůzka"}[r["type"]],
            "Proaktivní" if r["tag"] == "proactive" else "Reaktivní",
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    header = ["Datum", "Zákazník", "Manažer péče o zákazníky", "Typ kontaktu", "Povaha", "Délka (min)"]
    x.add(
        "kontakty_zakazniku_cs.csv",
        "Excel (Czech)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1250",
        newline="\r\n",
        concepts=["Czech words", "cp1250", "d. m. yyyy with spaces"],
    )

    # Turkish tracker saved by Excel: cp1254, semicolons, dd.mm.yyyy, Proaktif/Reaktif.
    recs = engagements(rng, company, 14)
    rows = [
        [
            r["date"].strftime("%d.%m.%Y"),
            r["account"],
            r["csm"],
            {"Call": "Telefon", "Email": "E-posta", "Meeting": "Toplantı"}[r["type"]],
            "Proaktif" if r["tag"] == "proactive" else "Reaktif",
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    header = [
        "Tarih",
        "Müşteri",
        "Müşteri Başarı Yöneticisi",
        "Görüşme Türü",
        "Proaktif / Reaktif",
        "Süre (dk)",
    ]
    x.add(
        "musteri_gorusmeleri_tr.csv",
        "Excel (Turkish)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1254",
        newline="\r\n",
        concepts=["Turkish words", "cp1254", "dk = minutes"],
    )

    # Hungarian tracker from Google Sheets: UTF-8, "2025.03.04." dates, h:mm durations.
    recs = engagements(rng, company, 13)
    rows = [
        [
            r["date"].strftime("%Y.%m.%d."),
            r["account"],
            r["csm"],
            "proaktív" if r["tag"] == "proactive" else "reaktív",
            f"{int(r['duration_min']) // 60}:{int(r['duration_min']) % 60:02d}",
        ]
        for r in recs
    ]
    header = ["Dátum", "Ügyfél", "Ügyfélmenedzser", "Jelleg", "Időtartam (óra:perc)"]
    x.add(
        "ugyfelkapcsolatok_hu.csv",
        "Google Sheets (Hungarian)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["Hungarian words", "yyyy.mm.dd.", "h:mm durations"],
    )

    # Norwegian tracker from Excel for Mac: Mac Roman, CR line ends, tabs, Ja/Nei, mm:ss durations.
    recs = engagements(rng, company, 14, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    rows = [
        [
            f"{r['date'].day}.{r['date'].month}.{r['date'].year}",
            r["account"],
            r["csm"],
            {"Call": "Telefon", "Email": "E-post", "Meeting": "Møte"}[r["type"]],
            "Ja" if r["tag"] == "proactive" else "Nei",
            mmss(r["duration_min"]),
        ]
        for r in recs
    ]
    header = ["Dato", "Kunde", "Kundeansvarlig", "Aktivitet", "Proaktiv?", "Varighet (mm:ss)"]
    x.add(
        "kundeoppfolging_no.txt",
        "Excel (Norwegian, Mac)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, "\t"),
        encoding="mac_roman",
        newline="\r",
        concepts=["Mac Roman with CR line ends", "Ja/Nei as the tag", "mm:ss from the header"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Keap companies: the owner is the sales rep; custom fields by their labels, M/D/YYYY dates.
    recs = account_records(company)
    rows = [
        [
            200 + n,
            r["account"],
            f"+90 212 555 {rng.randrange(1000, 9999)}",
            r["acc"].owner.name,
            r["csm"],
            f"{r['arr']:.2f}",
            f"{r['renewal_date'].month}/{r['renewal_date'].day}/{r['renewal_date'].year}",
            "Customer" if r["status"] == "active" else "Former Customer",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Company Id",
        "Company",
        "Phone 1",
        "Owner",
        "Customer Success Manager",
        "Annual Contract Value",
        "Renewal Date",
        "Tags",
    ]
    x.add(
        "keap_companies.csv",
        "Keap",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["owner beside CSM", "M/D/YYYY"],
    )

    # Dynamics 365 Customer Insights unified profiles: PascalCase, a GUID id beside the name.
    recs = account_records(company)
    ids = {r["account"]: str(uuid.UUID(int=rng.getrandbits(128))) for r in recs}
    rows = [
        [
            ids[r["account"]],
            r["account"],
            r["segment"],
            r["csm"],
            f"{r['arr']:.2f}",
            f"{r['renewal_date'].isoformat()}T00:00:00Z",
            r["seats_purchased"],
            round(rng.random(), 3),
        ]
        for r in recs
    ]
    header = [
        "CustomerId",
        "AccountName",
        "Segment",
        "PrimaryCsm",
        "AnnualRecurringRevenue",
        "ContractRenewalDate",
        "LicensedSeats",
        "ChurnRiskScore",
    ]
    x.add(
        "customer_insights_profiles.csv",
        "Dynamics 365 Customer Insights",
        "accounts",
        A_FIELDS + ("segment", "seats_purchased"),
        recs,
        table_text(header, rows),
        concepts=["PascalCase", "GUID id beside the name", "ISO Z dates"],
    )
    x.customer_ids = ids

    # amoCRM companies: "Responsible user", MRR in a custom field, dd.mm.yyyy created dates.
    recs = account_records(company)
    rows = [
        [
            rng.randrange(10**7, 10**8),
            r["account"],
            r["csm"],
            r["subscribed_on"].strftime("%d.%m.%Y 00:00:00"),
            "customer" if r["status"] == "active" else "churned",
            int(r["arr"] / 12),
        ]
        for r in recs
    ]
    header = ["ID", "Name", "Responsible user", "Created date", "Tags", "MRR"]
    x.add(
        "amocrm_companies.csv",
        "amoCRM",
        "accounts",
        ("account", "csm", "arr"),
        recs,
        table_text(header, rows, ";"),
        concepts=["MRR -> ARR", "Responsible user as the CSM"],
    )

    # Czech account list: cp1250, semicolons, non-breaking-space thousands and "Kč", "1. 7. 2025".
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            spaced(r["arr"], "\u00a0") + " Kč",
            f"{r['renewal_date'].day}. {r['renewal_date'].month}. {r['renewal_date'].year}",
            r["segment"],
        ]
        for r in recs
    ]
    header = ["Zákazník", "Správce účtu", "Roční hodnota smlouvy", "Obnovení smlouvy", "Segment"]
    x.add(
        "zakaznici_cs.csv",
        "Excel (Czech)",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1250",
        newline="\r\n",
        concepts=["Czech words", "nbsp thousands and Kč", "d. m. yyyy"],
    )

    # Greek account list: cp1253, semicolons, dotted thousands with a decimal comma, dd/mm/yyyy.
    recs = [r for r in account_records(company) if writable(r["account"] + r["csm"], "cp1253")]
    rows = [[r["account"], r["csm"], dotted(r["arr"]), r["renewal_date"].strftime("%d/%m/%Y")] for r in recs]
    header = ["Πελάτης", "Υπεύθυνος λογαριασμού", "Ετήσια αξία (€)", "Ημερομηνία ανανέωσης"]
    x.add(
        "pelates_el.csv",
        "Excel (Greek)",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1253",
        newline="\r\n",
        concepts=["Greek headers", "cp1253", "decimal comma"],
    )

    # Romanian account list exported by a script from Excel: dates left as serial numbers, MRR.
    recs = account_records(company)
    rows = [
        [r["account"], r["csm"], dotted(r["arr"] / 12), serial(r["renewal_date"]), serial(r["subscribed_on"])]
        for r in recs
    ]
    header = ["Client", "Responsabil cont", "Valoare lunară (RON)", "Data reînnoirii", "Client din"]
    x.add(
        "clienti_ro.csv",
        "Excel (Romanian)",
        "accounts",
        A_FIELDS + ("subscribed_on",),
        recs,
        table_text(header, rows, ";"),
        concepts=["Romanian words", "Excel serial dates", "monthly value -> ARR"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    # Kimai user list: a login name beside the display name (alias), hourly rate as a plain number.
    recs = [dict(csm=p.name, hourly_rate=p.rate / 25, role=p.role) for p in CSMS]
    rows = [
        [
            email(p).split("@")[0].replace(".", "")[:8],
            p.name,
            p.role,
            email(p),
            "ROLE_USER",
            "Customer Success",
            f"{p.rate / 25:.2f}",
            1,
        ]
        for p in CSMS
    ]
    header = ["Username", "Alias", "Title", "Email", "Roles", "Teams", "Hourly rate", "Active"]
    x.add(
        "kimai_users.csv",
        "Kimai",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(header, rows),
        concepts=["Alias is the person's name", "login beside it"],
    )

    # Deel contractor list: rate with its currency and cycle in columns of their own.
    recs = [dict(csm=p.name, hourly_rate=round(p.rate / 23, 2), role=p.role) for p in CSMS]
    rows = [
        [p.name, email(p), p.role, "Pay as you go", f"{p.rate / 23:.2f}", "EUR", "Hourly", "Active"]
        for p in CSMS
    ]
    header = [
        "Contractor name",
        "Email",
        "Job title",
        "Contract type",
        "Rate",
        "Currency",
        "Payment cycle",
        "Contract status",
    ]
    x.add(
        "deel_contractors.csv",
        "Deel",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(header, rows),
        concepts=["Rate beside a Payment cycle of Hourly"],
    )

    # Hungarian rate sheet: forints with space thousands and no decimals, "Ft" suffix.
    recs = [dict(csm=p.name, hourly_rate=p.rate * 12, role=p.role) for p in CSMS]
    rows = [[p.name, p.role, spaced(p.rate * 12, " ", 0) + " Ft"] for p in CSMS]
    x.add(
        "oradijak_hu.csv",
        "Excel (Hungarian)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Név", "Munkakör", "Óradíj"], rows, ";"),
        encoding="utf-8-sig",
        concepts=["Hungarian headers", "Ft suffix", "space thousands"],
    )

    # Indonesian rate sheet: rupiah with dotted thousands and an "Rp" prefix.
    recs = [dict(csm=p.name, hourly_rate=p.rate * 300, role=p.role) for p in CSMS]
    rows = [[p.name, p.role, "Rp " + dotted(p.rate * 300, 0)] for p in CSMS]
    x.add(
        "tarif_tim_id.csv",
        "Google Sheets (Indonesian)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Nama Lengkap", "Jabatan", "Tarif per Jam"], rows),
        concepts=["Indonesian headers", "Rp prefix", "dotted thousands"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # osTicket export: m/d/yy h:mm AM, Emergency as the top priority, Organization as the account.
    recs = tickets(rng, company, 16, prefix="")
    prio = {"Low": "Low", "Normal": "Normal", "High": "High", "Urgent": "Emergency"}

    def us_short(t):
        return f"{t.month}/{t.day}/{t.strftime('%y')} {t.strftime('%-I:%M %p')}"

    rows = [
        [
            str(100000 + int(r["ticket_id"])),
            us_short(r["opened_at"]),
            rng.choice(["Cannot export report", "SSO error", "Invoice question", "Slow dashboard"]),
            r["acc"].csm.first,
            f"support@{r['account'].split()[0].lower()}.example",
            prio[r["priority"]],
            "Support",
            "Closed" if r["closed_at"] else rng.choice(["Open", "Open", "Resolved"]),
            r["account"],
            us_short(r["closed_at"]) if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for n, r in enumerate(recs):
        r["ticket_id"] = rows[n][0]
        r["priority"] = prio[r["priority"]]
    header = [
        "Ticket Number",
        "Date Created",
        "Subject",
        "From",
        "From Email",
        "Priority",
        "Department",
        "Current Status",
        "Organization",
        "Closed Date",
    ]
    x.add(
        "osticket_tickets.csv",
        "osTicket",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["m/d/yy h:mm AM", "Organization as the account"],
    )

    # Znuny (OTRS) ticket search CSV: semicolons, numbered priorities, CustomerID as the account.
    recs = tickets(rng, company, 15, prefix="")
    prio = {"Low": "2 low", "Normal": "3 normal", "High": "4 high", "Urgent": "5 very high"}
    rows = [
        [
            f"2025{int(r['ticket_id']):06d}",
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S") if r["closed_at"] else "",
            "closed successful" if r["closed_at"] else rng.choice(["new", "open", "pending reminder"]),
            prio[r["priority"]],
            "Support::Tier 2" if r["escalated"] else "Support",
            r["account"],
            r["acc"].csm.first.lower(),
        ]
        for r in recs
    ]
    for n, r in enumerate(recs):
        r["ticket_id"] = rows[n][0]
        r["priority"] = prio[r["priority"]]
    header = ["Ticket#", "Created", "Closed", "State", "Priority", "Queue", "CustomerID", "Owner"]
    x.add(
        "znuny_ticket_search.csv",
        "Znuny (OTRS)",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows, ";", quote_all=True),
        concepts=["Ticket#", "numbered priorities", "CustomerID holds the name"],
    )

    # Deskpro ticket export: ISO times, urgency 1-10, status words, resolution date.
    recs = tickets(rng, company, 14, prefix="")
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Billing", "Access", "Bug report"]),
            r["account"],
            f"user{rng.randrange(100)}@{r['account'].split()[0].lower()}.example",
            r["acc"].csm.name,
            "resolved" if r["closed_at"] else rng.choice(["awaiting_agent", "awaiting_user"]),
            {"Low": 2, "Normal": 4, "High": 7, "Urgent": 10}[r["priority"]],
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = [
        "ID",
        "Subject",
        "Organization",
        "Person",
        "Agent",
        "Status",
        "Urgency",
        "Date Created",
        "Date Resolved",
    ]
    x.add(
        "deskpro_tickets.csv",
        "Deskpro",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Date Resolved as closed", "urgency 1-10"],
    )

    # Spiceworks Help Desk export: "Mar 04, 2025 10:15 AM", Med as a priority, contact company.
    recs = tickets(rng, company, 14, prefix="")
    prio = {"Low": "Low", "Normal": "Med", "High": "High", "Urgent": "High"}
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Printer", "VPN", "Report export fails"]),
            "closed" if r["closed_at"] else "open",
            prio[r["priority"]],
            r["opened_at"].strftime("%b %d, %Y %I:%M %p"),
            r["closed_at"].strftime("%b %d, %Y %I:%M %p") if r["closed_at"] else "",
            r["acc"].csm.name,
            r["account"],
        ]
        for r in recs
    ]
    header = ["ID", "Summary", "Status", "Priority", "Created At", "Closed At", "Assignee", "Contact Company"]
    x.add(
        "spiceworks_tickets.csv",
        "Spiceworks",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Mon DD, YYYY hh:mm AM", "contact company"],
    )

    # Romanian support log: UTF-8, semicolons, dd.mm.yyyy hh:mm, Da/Nu escalation.
    recs = tickets(rng, company, 13, prefix="T-")
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%d.%m.%Y %H:%M"),
            r["closed_at"].strftime("%d.%m.%Y %H:%M") if r["closed_at"] else "",
            {"Low": "Scăzută", "Normal": "Normală", "High": "Ridicată", "Urgent": "Urgentă"}[r["priority"]],
            "Da" if r["escalated"] else "Nu",
        ]
        for r in recs
    ]
    header = ["Nr. tichet", "Client", "Deschis la", "Închis la", "Prioritate", "Escaladat"]
    x.add(
        "tichete_suport_ro.csv",
        "Excel (Romanian)",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        table_text(header, rows, ";"),
        concepts=["Romanian words", "Da/Nu", "dd.mm.yyyy hh:mm"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # CustomerGauge: a sent date beside the response date, "Account" and "NPS" columns.
    recs = surveys(rng, company, 16)
    rows = [
        [
            f"{rng.randrange(10**6, 10**7)}",
            (r["moment"] - dt.timedelta(days=rng.randrange(1, 9))).strftime("%Y-%m-%d %H:%M"),
            r["moment"].strftime("%Y-%m-%d %H:%M"),
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "",
            r["acc"].segment,
        ]
        for r in recs
    ]
    header = [
        "Survey ID",
        "Date Survey Sent",
        "Date Responded",
        "Account",
        "Contact E-mail",
        "NPS",
        "Comment",
        "Segment",
    ]
    x.add(
        "customergauge_responses.csv",
        "CustomerGauge",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["responded, not sent, is the date"],
    )

    # LimeSurvey responses with full question texts: submitdate, last page, seed, token.
    recs = surveys(rng, company, 15)
    rows = [
        [
            n + 1,
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            2,
            "en",
            rng.randrange(10**8, 10**9),
            f"tok{rng.getrandbits(32):08x}",
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Response ID",
        "Date submitted",
        "Last page",
        "Start language",
        "Seed",
        "Token",
        "Company name",
        "How likely is it that you would recommend us to a colleague?",
        "What is the main reason for your score?",
    ]
    x.add(
        "limesurvey_results.csv",
        "LimeSurvey",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, quote_all=True),
        concepts=["question text as header", "Date submitted"],
    )

    # Tally form: question wording as headers, "Submitted at".
    recs = surveys(rng, company, 14)
    rows = [
        [
            "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(6)),
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
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
        "Respondent ID",
        "Submitted at",
        "What's your work email?",
        "Which company do you work for?",
        "How likely are you to recommend Fjordline to a friend?",
        "Anything else you want to share?",
    ]
    x.add(
        "tally_nps_form.csv",
        "Tally",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["question wording as headers"],
    )

    # QuestionPro: the company travels in a custom variable; mm/dd/yyyy in the header.
    recs = surveys(rng, company, 14)
    rows = [
        [
            rng.randrange(10**8, 10**9),
            r["moment"].strftime("%m/%d/%Y %H:%M:%S"),
            "Completed",
            f"203.0.113.{rng.randrange(1, 250)}",
            r["respondent"],
            r["account"],
            r["score"],
        ]
        for r in recs
    ]
    header = [
        "Response ID",
        "Timestamp (mm/dd/yyyy)",
        "Response Status",
        "IP Address",
        "Email Address",
        "Custom Variable 1",
        "How likely is it that you would recommend our product to a friend or colleague?",
    ]
    x.add(
        "questionpro_nps.csv",
        "QuestionPro",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["custom variable as the company", "date order in the header"],
    )

    # Google Forms in Indonesian: "Stempel waktu" in d/m/yyyy, question text with (0-10).
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"{r['moment'].day}/{r['moment'].month}/{r['moment'].year} {r['moment'].strftime('%H.%M.%S')}",
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Stempel waktu",
        "Alamat email",
        "Nama perusahaan",
        "Seberapa besar kemungkinan Anda merekomendasikan kami kepada rekan? (0-10)",
        "Saran atau masukan",
    ]
    x.add(
        "survei_kepuasan_id.csv",
        "Google Forms (Indonesian)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Indonesian headers", "d/m/yyyy H.MM.SS"],
    )

    # Greek NPS sheet: cp1253, semicolons, dd/mm/yyyy; only names the Greek code page can write.
    recs = [r for r in surveys(rng, company, 16) if writable(r["account"], "cp1253")]
    rows = [[r["date"].strftime("%d/%m/%Y"), r["account"], r["score"], "Πολύ καλή εξυπηρέτηση"] for r in recs]
    header = ["Ημερομηνία", "Εταιρεία", "Βαθμολογία (0-10)", "Σχόλια"]
    x.add(
        "erevna_nps_el.csv",
        "Excel (Greek)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1253",
        newline="\r\n",
        concepts=["Greek headers", "cp1253"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Countly event breakdown by a company segment: "6 Jan, 2025" dates.
    recs = weekly_usage(rng, company[:6], 4)
    rows = [
        [r["date"].strftime("%-d %b, %Y"), r["account"], int(r["events"]), int(r["active_users"])]
        for r in recs
    ]
    header = ["Date", "Segment: company", "Total Count", "Unique Users"]
    x.add(
        "countly_events_by_company.csv",
        "Countly",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["D Mon, YYYY", "segment wrapper"],
    )

    # RudderStack warehouse query downloaded as CSV: group traits, ISO week start, distinct users.
    recs = weekly_usage(rng, company[3:9], 3)
    rows = [
        [
            r["date"].isoformat(),
            f"grp_{rng.getrandbits(32):08x}",
            r["account"],
            int(r["active_users"]),
            int(r["events"]),
        ]
        for r in recs
    ]
    header = ["week", "group_id", "context_traits_company_name", "distinct_user_ids", "event_count"]
    x.add(
        "rudderstack_weekly_tracks.csv",
        "RudderStack",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["context_traits_ prefix", "distinct user ids = users"],
    )

    # Appcues flow analytics by account: the flow is the feature, users who saw it per week.
    recs = []
    flows = ["Welcome tour", "Invite your team", "Build a dashboard"]
    for a in company[:5]:
        for w in range(2):
            for f in flows[: 1 + (w + len(a.name)) % 3]:
                recs.append(
                    dict(
                        account=a.name,
                        date=D(2025, 3, 3) + dt.timedelta(weeks=w),
                        feature=f,
                        active_users=float(rng.randrange(2, 40)),
                    )
                )
    rows = [
        [
            r["date"].strftime("%m/%d/%Y"),
            r["account"],
            r["feature"],
            int(r["active_users"]),
            rng.randrange(0, 10),
        ]
        for r in recs
    ]
    header = ["Week", "Account Name", "Flow Name", "Users Who Saw Flow", "Users Who Completed Flow"]
    x.add(
        "appcues_flow_weekly.csv",
        "Appcues",
        "usage",
        ("account", "date", "active_users", "feature"),
        recs,
        table_text(header, rows),
        concepts=["flow as the feature", "users who saw = active users"],
    )

    # Statsig metric export keyed by the company id of the unified profiles (Customer Insights).
    recs = weekly_usage(rng, company[:7], 4)
    ids = x.customer_ids
    rows = [
        [r["date"].isoformat(), ids[r["account"]], int(r["active_users"]), int(r["events"])] for r in recs
    ]
    header = ["ds", "company_id", "dau_sum", "event_count"]
    x.add(
        "statsig_company_metrics.csv",
        "Statsig",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["accounts by id", "ds as the date"],
        context=["customer_insights_profiles.csv"],
        by_id=True,
    )

    # Norwegian wide sheet: a title line, one column per week (dd.mm.yyyy), a Sum row and column.
    recs = weekly_usage(rng, company[:6], 5, start=D(2025, 2, 3))
    weeks = sorted({r["date"] for r in recs})
    by_account: dict[str, dict] = {}
    for r in recs:
        by_account.setdefault(r["account"], {})[r["date"]] = int(r["active_users"])
    lines = [
        "Aktive brukere per uke",
        "",
        "|".join(["Kunde", *(w.strftime("%d.%m.%Y") for w in weeks), "Sum"]),
    ]
    for account, values in by_account.items():
        lines.append("|".join([account, *(str(values[w]) for w in weeks), str(sum(values.values()))]))
    totals = [str(sum(v[w] for v in by_account.values())) for w in weeks]
    lines.append("|".join(["Sum", *totals, str(sum(int(r["active_users"]) for r in recs))]))
    x.add(
        "aktive_brukere_no.csv",
        "Excel (Norwegian)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        "\n".join(lines) + "\n",
        concepts=["wide week columns", "pipe delimiter", "title line", "Sum row and column"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Zoho Billing subscription activity: signed MRR changes, "04 Mar 2025", Zoho's event words.
    recs = revenue(rng, company, 16)
    words = {
        "new": "New Subscription",
        "renewal": "Renewal",
        "expansion": "Upgrade",
        "contraction": "Downgrade",
        "churn": "Cancellation",
    }
    rows = [
        [
            r["date"].strftime("%d %b %Y"),
            r["account"],
            f"SUB-{rng.randrange(10**5, 10**6)}",
            words[r["kind"]],
            ("-" if r["kind"] in ("contraction", "churn") else "") + f"{r['mrr']:.2f}",
            "EUR",
        ]
        for r in recs
    ]
    header = ["Date", "Customer Name", "Subscription Number", "Event", "MRR Change", "Currency Code"]
    x.add(
        "zoho_billing_subscription_activity.csv",
        "Zoho Billing",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["signed MRR -> ARR", "Upgrade/Downgrade/Cancellation"],
    )

    # Recharge subscription changes pulled from the API: amounts in cents, ISO times, verbs.
    recs = revenue(rng, company, 15)
    words = {
        "new": "created",
        "renewal": "renewed",
        "expansion": "upgraded",
        "contraction": "downgraded",
        "churn": "cancelled",
    }
    rows = [
        [
            rng.randrange(10**7, 10**8),
            r["account"],
            words[r["kind"]],
            (-1 if r["kind"] in ("contraction", "churn") else 1) * int(r["amount"] * 100),
            f"{r['date'].isoformat()}T12:00:00+00:00",
        ]
        for r in recs
    ]
    header = ["subscription_id", "customer_company", "change_type", "arr_delta_cents", "changed_at"]
    x.add(
        "recharge_subscription_changes.csv",
        "Recharge",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["cents -> units", "verbs as kinds"],
    )

    # Turkish revenue sheet: cp1254, semicolons, dotted thousands, Turkish kind words.
    recs = revenue(rng, company, 14)
    words = {
        "new": "Yeni müşteri",
        "renewal": "Yenileme",
        "expansion": "Genişleme",
        "contraction": "Daralma",
        "churn": "Kayıp",
    }
    rows = [
        [r["date"].strftime("%d.%m.%Y"), r["account"], words[r["kind"]], dotted(r["amount"])] for r in recs
    ]
    rows.append(["", "Toplam", "", dotted(sum(r["amount"] for r in recs))])
    header = ["Tarih", "Müşteri", "Hareket Türü", "Tutar (TL)"]
    x.add(
        "gelir_hareketleri_tr.csv",
        "Excel (Turkish)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1254",
        newline="\r\n",
        concepts=["Turkish kind words", "cp1254", "Toplam row"],
    )

    # Hungarian ARR changes: month-year periods ("2025. március"), forints with space thousands.
    recs = revenue(rng, company, 13, monthly=True)
    words = {
        "new": "Új ügyfél",
        "renewal": "Megújítás",
        "expansion": "Bővítés",
        "contraction": "Csökkentés",
        "churn": "Lemorzsolódás",
    }
    rows = [
        [
            f"{r['date'].year}. {HU_MONTHS.split()[r['date'].month - 1]}",
            r["account"],
            words[r["kind"]],
            spaced(r["amount"], " ", 0),
        ]
        for r in recs
    ]
    header = ["Hónap", "Ügyfél", "Változás típusa", "Éves díj változása (Ft)"]
    x.add(
        "arr_valtozasok_hu.csv",
        "Excel (Hungarian)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Hungarian kind words", "year. month-name periods"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Strikedeck success plan: Objective / Milestone / Risk, Completed, "Mar 4, 2025".
    recs = plans(rng, company, 15)
    kinds = {"goal": "Objective", "step": "Milestone", "blocker": "Risk"}
    status = {"open": "In Progress", "done": "Completed", "at risk": "At Risk"}
    rows = [
        [
            r["account"],
            "FY25 Success Plan",
            r["item"],
            kinds[r["kind"]],
            status[r["status"]],
            r["due_date"].strftime("%b %-d, %Y"),
            r["owner"],
        ]
        for r in recs
    ]
    header = ["Customer Name", "Plan Name", "Item", "Item Type", "Status", "Due Date", "Owner"]
    x.add(
        "strikedeck_success_plans.csv",
        "Strikedeck",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Objective/Milestone/Risk", "Completed = done"],
    )

    # Jira Work Management CSV: issue types as kinds, To Do / Done, dd/Mon/yy due dates.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Goal", "step": "Task", "blocker": "Blocker"}
    status = {"open": "To Do", "done": "Done", "at risk": "At Risk"}
    rows = [
        [
            r["item"],
            f"CSP-{n + 1}",
            kinds[r["kind"]],
            status[r["status"]],
            r["owner"],
            r["due_date"].strftime("%d/%b/%y"),
            r["account"],
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Summary",
        "Issue key",
        "Issue Type",
        "Status",
        "Assignee",
        "Due date",
        "Custom field (Customer)",
    ]
    x.add(
        "jira_work_management_plans.csv",
        "Jira Work Management",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["issue type as kind", "dd/Mon/yy", "custom field wrapper"],
    )

    # Hungarian account plan: Cél / Lépés / Akadály, Nyitott / Kész / Veszélyben, yyyy.mm.dd.
    recs = plans(rng, company, 13)
    kinds = {"goal": "Cél", "step": "Lépés", "blocker": "Akadály"}
    status = {"open": "Nyitott", "done": "Kész", "at risk": "Veszélyben"}
    rows = [
        [r["account"], r["item"], kinds[r["kind"]], status[r["status"]], r["due_date"].strftime("%Y.%m.%d.")]
        for r in recs
    ]
    x.add(
        "ugyfelterv_hu.csv",
        "Excel (Hungarian)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Ügyfél", "Tétel", "Típus", "Állapot", "Határidő"], rows, ";"),
        encoding="utf-8-sig",
        concepts=["Hungarian words", "yyyy.mm.dd."],
    )

    # Indonesian account plan: Tujuan / Langkah / Hambatan, Berjalan / Selesai / Berisiko.
    recs = plans(rng, company, 13)
    kinds = {"goal": "Tujuan", "step": "Langkah", "blocker": "Hambatan"}
    status = {"open": "Berjalan", "done": "Selesai", "at risk": "Berisiko"}
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            status[r["status"]],
            r["owner"],
            r["due_date"].strftime("%d/%m/%Y"),
        ]
        for r in recs
    ]
    x.add(
        "rencana_akun_id.csv",
        "Google Sheets (Indonesian)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Pelanggan", "Jenis", "Rencana", "Status", "Penanggung Jawab", "Tenggat"], rows),
        concepts=["Indonesian words", "dd/mm/yyyy"],
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
