"""Writes a seventeenth blind batch: ERP, contract, onboarding, education, review, no-code and BI tools.

The systems here sit beside the CS stack rather than in it, and none is in an earlier set:
onboarding and PSA tools (TaskRay, Precursive), Nordic and Polish CRMs (Upsales in Swedish,
Livespace in Polish saved by a Polish Excel in Windows-1250, webCRM in Danish), SQL Server
Management Studio's "Save Results As" with NULLs and milliseconds; a contract repository
(Ironclad) with "USD 120,000.00" values, Quickbase's customer app, a Trino result set, IBM Cognos
Analytics' CSV output (UTF-16 LE with a BOM and tabs, a report footer), Bexio in Swiss German
with 1'234.50 amounts; Planday in Danish, Scoro with a cost rate beside the billable rate,
Kadromierz in Polish, Visma Severa in Finnish; Efecte in Finnish, Tidio chats with time zones,
Helpshift with epoch milliseconds, Userlike in German, a Looker Studio table with its totals
row; G2 reviews with "9/10", Webropol in Finnish, SurveyXact in Danish with multi-line comments,
Startquestion in Polish, Zoho Survey's yes/no question; Skilljar learners per month, Product
Fruits per ISO week (2025-W07) with a percentage beside the count, Zoho Analytics per quarter,
an Italian sheet with month names, an Excel "Unicode text" save in Dutch; Fortnox contract
invoicing in Swedish, PandaDoc order forms with currency codes, Acumatica's ARR changes with
negatives in parentheses and a total line, Abacus in Swiss German, Anaplan's ARR bridge by
fiscal quarter (FY25 Q3), e-conomic in Danish; GetAccept mutual action plans, a Fibery database,
account plans in Polish and Swedish sheets.

It was written from what these tools write, without reading the importer's vocabulary or rules;
a file here is changed only when it misdescribes what a system writes, never to make it load.
Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind17/make_blind17.py``; the files are checked in.
"""

from __future__ import annotations

import calendar
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
    write_set,
)

D = dt.date
SEED = 17_0312_2026

CSMS = [
    Person("Agnieszka", "Nowak", 88.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Sofia", "Lindqvist", 92.0, "Mid-Market", "Customer Success Manager"),
    Person("Mette", "Kjeldsen", 81.0, "SMB", "Customer Success Manager"),
    Person("Jukka", "Häkkinen", 104.0, "Enterprise", "Head of Customer Success"),
]
SALES = [Person("Piotr", "Zieliński"), Person("Erik", "Sandberg")]
ACCOUNT_NAMES = [
    "Björkvik Logistik AB",
    "Drukarnia Górska S.A.",
    "Fenger & Holm ApS",
    "Kivikoski Oy",
    "Zürcher Präzision AG",
    "Van der Berg Installaties B.V.",
    "Ottica Bellini S.r.l.",
    "Vinos del Duero S.L.",
    "Atelier Gérard SARL",
    "Construtora Vale Verde Ltda",
    "Hafenlogistik Kiel GmbH",
    "Nordic Payments ASA",
]
SEGMENTS = ["Enterprise", "Mid-Market", "SMB"]

E_FIELDS = ("date", "account", "csm", "tag")
A_FIELDS = ("account", "csm", "arr", "renewal_date")
T_FIELDS = ("ticket_id", "account", "opened_at", "closed_at")
S_FIELDS = ("account", "date", "score")
R_FIELDS = ("account", "date", "kind", "amount")
P_FIELDS = ("account", "item", "kind", "status")
TEAM_FIELDS = ("csm", "hourly_rate")

COMPANY_SHAPE = CompanyShape(
    seats=(15, 30, 45, 90, 150, 240),
    subscribed_from=D(2022, 2, 1),
    subscribed_days=800,
    churned_from=D(2025, 1, 15),
    churned_days=160,
    churned=(2, 9),
    mrr=(400, 650, 900, 1300, 2100, 3200, 5400),
    go_live_days=(10, 80),
    renewal_from=D(2025, 10, 1),
)

MONTHS_IT = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
MONTHS_IT = MONTHS_IT.split()


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def decimal_comma(x: float, thousands: str = ".", decimals: int = 2) -> str:
    """12.000,00 with ``thousands`` between groups and a decimal comma."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def swiss(x: float) -> str:
    """1'234.50, as Swiss German settings write an amount."""
    return f"{x:,.2f}".replace(",", "'")


def parenthesised(x: float) -> str:
    """An accountant's amount: negatives in parentheses, 1,234.00 otherwise."""
    return f"({-x:,.2f})" if x < 0 else f"{x:,.2f}"


def epoch_ms(t: dt.datetime) -> int:
    return calendar.timegm(t.timetuple()) * 1000


def quarter_start(d: dt.date) -> dt.date:
    return D(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # TaskRay (onboarding projects on Salesforce) task export: the project's account through a
    # relationship label, the task owner, the completion day, hours logged, a custom motion field.
    recs = engagements(rng, company, 15, minutes=(30, 60, 90, 120))
    rows = [
        [
            f"a0T{rng.randrange(10**11, 10**12)}",
            f"Onboarding - {r['account']}",
            r["account"],
            rng.choice(["Kickoff call", "Data migration check", "Admin training", "Blocker triage"]),
            r["csm"],
            r["date"].strftime("%m/%d/%Y"),
            f"{r['duration_min'] / 60:.1f}",
            "Proactive" if r["tag"] == "proactive" else "Reactive",
            "Finished",
        ]
        for r in recs
    ]
    header = [
        "Task ID",
        "TaskRay Project: Project Name",
        "TaskRay Project: Account Name",
        "Task Name",
        "Owner: Full Name",
        "Completed Date",
        "Hours Logged",
        "CS Motion",
        "List",
    ]
    x.add(
        "taskray_project_tasks.csv",
        "TaskRay project tasks",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["relationship labels 'TaskRay Project: Account Name'", "hours logged", "project name"],
    )

    # Upsales (Swedish CRM) activity list saved by a Swedish Excel: semicolons, cp1252, ISO dates,
    # a multi-line note, the nature of the touch in Swedish.
    recs = engagements(rng, company, 15)
    notes = [
        "Gick igenom nyttjandet.\nNästa steg: QBR i juni.",
        "Kunden ringde om fel i exporten",
        "",
        "Uppföljning efter utbildning;\nskickade material",
    ]
    rows = [
        [
            r["date"].isoformat(),
            r["account"],
            r["csm"],
            {"Call": "Samtal", "Email": "E-post", "Meeting": "Möte"}[r["type"]],
            int(r["duration_min"]),
            "Proaktiv" if r["tag"] == "proactive" else "Reaktiv",
            rng.choice(notes),
        ]
        for r in recs
    ]
    header = [
        "Datum",
        "Företag",
        "Användare",
        "Aktivitetstyp",
        "Längd (min)",
        "Proaktiv/Reaktiv",
        "Anteckningar",
    ]
    x.add(
        "upsales_aktiviteter_sv.csv",
        "Upsales Swedish UI (activities)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Swedish labels", "multi-line notes with semicolons", "Proaktiv/Reaktiv"],
    )

    # Livespace (Polish CRM) activities, opened in a Polish Excel and saved: Windows-1250,
    # semicolons, dd.mm.yyyy, durations as "1:30".
    recs = engagements(rng, company, 14)
    rows = [
        [
            r["date"].strftime("%d.%m.%Y"),
            r["account"],
            r["csm"],
            {"Call": "Telefon", "Email": "E-mail", "Meeting": "Spotkanie"}[r["type"]],
            f"{int(r['duration_min']) // 60}:{int(r['duration_min']) % 60:02d}",
            "Proaktywny" if r["tag"] == "proactive" else "Reaktywny",
            rng.choice(["Przegląd wdrożenia", "Zgłoszenie błędu", "Spotkanie kwartalne"]),
        ]
        for r in recs
    ]
    header = ["Data", "Firma", "Opiekun", "Rodzaj", "Czas trwania", "Charakter kontaktu", "Temat"]
    x.add(
        "livespace_aktywnosci_pl.csv",
        "Livespace Polish UI (activities, Excel re-save)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1250",
        newline="\r\n",
        concepts=["Windows-1250", "Polish labels", "h:mm durations", "Proaktywny/Reaktywny"],
    )

    # Precursive time entries: the resource, the project's account, hours per entry, an activity
    # category whose words carry the tag.
    recs = engagements(rng, company, 15, minutes=(15, 30, 45, 60, 90))
    rows = [
        [
            f"TE-{4100 + n}",
            r["csm"],
            r["account"],
            f"{r['account']} Implementation",
            r["date"].strftime("%d/%m/%Y"),
            f"{r['duration_min'] / 60:.2f}",
            rng.choice(["Proactive Success Planning", "Proactive Health Check"])
            if r["tag"] == "proactive"
            else rng.choice(["Reactive Support", "Reactive Escalation"]),
            "Approved",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Time Entry Name",
        "Resource",
        "Account",
        "Project",
        "Entry Date",
        "Hours",
        "Activity Category",
        "Approval Status",
    ]
    x.add(
        "precursive_time_entries.csv",
        "Precursive time entries",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["Resource as CSM", "hours", "tag inside a category", "day-first dates"],
    )

    # webCRM (Danish) activities: dd-mm-yyyy, the organisation, "45 min", Proaktiv/Reaktiv.
    recs = engagements(rng, company, 14)
    rows = [
        [
            r["date"].strftime("%d-%m-%Y"),
            r["account"],
            r["csm"],
            {"Call": "Opkald", "Email": "E-mail", "Meeting": "Møde"}[r["type"]],
            f"{int(r['duration_min'])} min",
            "Proaktiv" if r["tag"] == "proactive" else "Reaktiv",
        ]
        for r in recs
    ]
    header = ["Dato", "Organisation", "Medarbejder", "Aktivitetstype", "Varighed", "Karakter"]
    x.add(
        "webcrm_aktiviteter_da.csv",
        "webCRM Danish UI (activities)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Danish labels", "dd-mm-yyyy", "'45 min'"],
    )

    # SQL Server Management Studio, "Save Results As" CSV: the query's aliases as headers,
    # datetimes with milliseconds, NULL written out for an empty duration.
    recs = engagements(rng, company, 15)
    for n, r in enumerate(recs):
        if n % 5 == 3:
            r["duration_min"] = None
    rows = [
        [
            r["moment"].strftime("%Y-%m-%d %H:%M:%S.000"),
            r["account"],
            r["csm"],
            "Proactive" if r["tag"] == "proactive" else "Reactive",
            "NULL" if r["duration_min"] is None else int(r["duration_min"]),
            rng.randrange(10**5, 10**6),
        ]
        for r in recs
    ]
    header = ["ActivityDate", "AccountName", "OwnerName", "EngagementClass", "DurationMinutes", "ActivityKey"]
    x.add(
        "ssms_save_results_engagements.csv",
        "SQL Server Management Studio (Save Results As)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        newline="\r\n",
        concepts=["PascalCase aliases", "NULL for empty", "datetime with milliseconds"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Ironclad contract repository: one customer agreement per row, the annual value with its
    # currency code, the expiration as the renewal, the legal owner beside the CSM property.
    recs = account_records(company)
    rows = [
        [
            f"IC-{7300 + n}",
            f"Master Subscription Agreement - {r['account']}",
            r["account"],
            "Executed" if r["status"] == "active" else "Terminated",
            f"USD {r['arr']:,.2f}",
            r["renewal_date"].strftime("%b %d, %Y"),
            rng.choice(["Hanna Berg", "Tomasz Lis"]),
            r["csm"],
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Record ID",
        "Record Name",
        "Counterparty Name",
        "Status",
        "Annual Contract Value",
        "Expiration Date",
        "Contract Owner",
        "Customer Success Manager",
    ]
    x.add(
        "ironclad_contract_repository.csv",
        "Ironclad contract repository",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows),
        concepts=["Counterparty as account", "'USD 120,000.00'", "Terminated = churned", "legal owner"],
    )

    # Quickbase customer app: Record ID#, the seat count, MM-DD-YYYY dates, a checkbox for churn.
    recs = account_records(company)
    rows = [
        [
            n + 1,
            r["account"],
            r["csm"],
            f"{r['arr']:.2f}",
            r["renewal_date"].strftime("%m-%d-%Y"),
            r["seats_purchased"],
            "1" if r["status"] == "churned" else "0",
            r["segment"],
        ]
        for n, r in enumerate(recs)
    ]
    header = ["Record ID#", "Customer", "CSM", "ARR", "Renewal Date", "Seats", "Churned?", "Tier"]
    x.add(
        "quickbase_customer_app.csv",
        "Quickbase customer app",
        "accounts",
        A_FIELDS + ("seats_purchased", "status", "segment"),
        recs,
        table_text(header, rows),
        concepts=["Record ID#", "MM-DD-YYYY", "churn checkbox 1/0", "Tier as segment"],
    )

    # Trino CLI --output-format CSV_HEADER: every value quoted, snake_case aliases, booleans.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"{r['arr']:.1f}",
            r["renewal_date"].isoformat(),
            "true" if r["status"] == "churned" else "false",
            r["go_live_on"].isoformat(),
        ]
        for r in recs
    ]
    header = ["customer_name", "cs_owner", "arr_usd", "next_renewal_dt", "is_churned", "go_live_dt"]
    x.add(
        "trino_cli_accounts.csv",
        "Trino CLI result set",
        "accounts",
        A_FIELDS + ("status", "go_live_on"),
        recs,
        table_text(header, rows, quote_all=True),
        concepts=["snake_case aliases", "is_churned boolean", "_dt suffixes"],
    )

    # IBM Cognos Analytics CSV output: UTF-16 LE with a BOM, tabs, the report name above the
    # list and the run line below it.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["segment"],
            r["csm"],
            f"{r['arr']:,.2f}",
            r["renewal_date"].strftime("%b %d, %Y"),
            r["seats_purchased"],
            r["seats_active"],
        ]
        for r in recs
    ]
    header = [
        "Customer",
        "Customer Segment",
        "Customer Success Manager",
        "Annual Recurring Revenue",
        "Renewal Date",
        "Licensed Seats",
        "Active Seats",
    ]
    text = "Customer Portfolio\n" + table_text(header, rows, "\t") + "\nRun on Jun 30, 2025 8:02:11 AM\n"
    x.add(
        "cognos_customer_portfolio.csv",
        "IBM Cognos Analytics CSV output",
        "accounts",
        A_FIELDS + ("segment", "seats_purchased", "seats_active"),
        recs,
        text,
        encoding="utf-16",
        newline="\r\n",
        concepts=["UTF-16 LE with BOM, tabs", "report title above", "run line below"],
    )

    # Bexio (Swiss accounting) contacts with a custom subscription value, Swiss German Excel save:
    # semicolons, 14'400.00 amounts, dd.mm.yyyy.
    recs = account_records(company)
    rows = [
        [
            f"K-{1040 + n}",
            r["account"],
            r["csm"],
            swiss(r["arr"]),
            r["renewal_date"].strftime("%d.%m.%Y"),
            "Inaktiv" if r["status"] == "churned" else "Aktiv",
            rng.choice(["Zürich", "Basel", "Bern", "Luzern"]),
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Kundennr.",
        "Firma",
        "Kundenbetreuer/in",
        "Abo-Wert pro Jahr (CHF)",
        "Vertragsende",
        "Status",
        "Ort",
    ]
    x.add(
        "bexio_kunden_ch.csv",
        "Bexio Swiss German (customers)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Swiss 14'400.00", "Kundenbetreuer/in", "Vertragsende as renewal", "Inaktiv = churned"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    # Planday (Danish scheduling) employee export: the department, the position, the hourly wage
    # in DKK with a decimal comma.
    recs = [dict(csm=p.name, hourly_rate=round(p.rate * 7.45, 2), role=p.role) for p in CSMS]
    rows = [
        [p.first, p.last, p.email, "Customer Success", r["role"], decimal_comma(r["hourly_rate"])]
        for p, r in zip(CSMS, recs, strict=True)
    ]
    header = ["Fornavn", "Efternavn", "E-mail", "Afdeling", "Stilling", "Timeløn (DKK)"]
    recs_da = [dict(r) for r in recs]
    x.add(
        "planday_medarbejdere_da.csv",
        "Planday Danish UI (employees)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs_da,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["first and last name columns", "Timeløn", "DKK decimal comma"],
    )

    # Scoro users: the internal cost rate beside the billable rate the customer is charged.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.name, p.role, f"{p.rate * 0.55:.2f}", f"{p.rate:.2f}", "EUR", "Active"] for p in CSMS]
    header = ["Name", "Position", "Cost rate", "Billable rate", "Currency", "Status"]
    x.add(
        "scoro_users.csv",
        "Scoro users",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(header, rows),
        concepts=["cost rate beside billable rate", "Position as role"],
    )

    # Kadromierz (Polish scheduling) employees: "Stawka godzinowa" with "zł" after it.
    recs = [dict(csm=p.name, hourly_rate=round(p.rate * 4.3, 2), role=p.role) for p in CSMS]
    rows = [
        [f"{p.last} {p.first}", p.email, "Customer Success", f"{decimal_comma(r['hourly_rate'], ' ')} zł"]
        for p, r in zip(CSMS, recs, strict=True)
    ]
    recs = [dict(r, csm=f"{p.last} {p.first}") for p, r in zip(CSMS, recs, strict=True)]
    header = ["Pracownik", "E-mail", "Dział", "Stawka godzinowa"]
    x.add(
        "kadromierz_pracownicy_pl.csv",
        "Kadromierz Polish UI (employees)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["'378,40 zł' with a space before the unit", "surname first", "Polish labels"],
    )

    # Visma Severa (Finnish PSA) users: the hourly price in euros, Finnish labels.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.name, p.role, "Asiakkuudet", f"{decimal_comma(p.rate)} €", "Kyllä"] for p in CSMS]
    header = ["Käyttäjä", "Titteli", "Yksikkö", "Tuntihinta", "Aktiivinen"]
    x.add(
        "severa_kayttajat_fi.csv",
        "Visma Severa Finnish UI (users)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Tuntihinta", "Finnish labels", "'88,00 €'"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Efecte (Finnish service management): d.m.yyyy H:MM without leading zeros, Finnish labels.
    recs = tickets(rng, company, 15)

    def fi(t):
        return f"{t.day}.{t.month}.{t.year} {t.hour}:{t.minute:02d}"

    rows = [
        [
            f"INC-{int(r['ticket_id']) + 2000}",
            rng.choice(["Kirjautuminen ei onnistu", "Raportti ei lataudu", "Laskutuskysymys"]),
            r["account"],
            "Ratkaistu" if r["closed_at"] else rng.choice(["Avoin", "Työn alla"]),
            {"Low": "Matala", "Normal": "Normaali", "High": "Korkea", "Urgent": "Kriittinen"}[r["priority"]],
            fi(r["opened_at"]),
            fi(r["closed_at"]) if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = ["Tunniste", "Otsikko", "Asiakas", "Tila", "Prioriteetti", "Luotu", "Ratkaistu"]
    x.add(
        "efecte_tiketit_fi.csv",
        "Efecte Finnish UI (incidents)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Finnish labels", "d.m.yyyy H:MM", "Luotu / Ratkaistu"],
    )

    # Tidio conversations: ISO times with the agent's offset, the contact's company, the state.
    recs = tickets(rng, company, 15)

    def local(t):
        return (t + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S+02:00")

    rows = [
        [
            f"{rng.getrandbits(40):010x}",
            local(r["opened_at"]),
            local(r["closed_at"]) if r["closed_at"] else "",
            r["account"],
            rng.choice(["maria@", "jan@", "li@"]) + "example.com",
            "solved" if r["closed_at"] else "open",
            rng.choice(["Live chat", "Email", "Messenger"]),
        ]
        for r in recs
    ]
    header = ["Conversation ID", "Started at", "Solved at", "Company", "Contact email", "Status", "Channel"]
    x.add(
        "tidio_conversations.csv",
        "Tidio conversations",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["+02:00 offsets", "Solved at", "Company of the contact"],
    )

    # Helpshift issues: epoch milliseconds, the company in a custom issue field.
    recs = tickets(rng, company, 14)
    rows = [
        [
            int(r["ticket_id"]) + 88000,
            "Northdesk iOS",
            epoch_ms(r["opened_at"]),
            epoch_ms(r["closed_at"]) if r["closed_at"] else "",
            "resolved" if r["closed_at"] else rng.choice(["new", "waiting-for-agent"]),
            r["account"],
            rng.choice(["Tier 1", "Tier 2"]),
        ]
        for r in recs
    ]
    header = ["Issue ID", "App", "Created At", "Resolved At", "State", "CIF: Company", "Queue"]
    x.add(
        "helpshift_issues.csv",
        "Helpshift issues",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["epoch milliseconds", "CIF: custom issue field prefix"],
    )

    # Userlike (German chat) conversations: Beginn and Ende, the company of the visitor.
    recs = tickets(rng, company, 15)
    rows = [
        [
            int(r["ticket_id"]) * 7,
            r["opened_at"].strftime("%d.%m.%Y %H:%M"),
            r["closed_at"].strftime("%d.%m.%Y %H:%M") if r["closed_at"] else "",
            r["account"],
            rng.choice(["Lena Koch", "Jonas Wolf"]),
            "Beendet" if r["closed_at"] else "Offen",
            rng.choice(["", "5", "4", "3"]),
        ]
        for r in recs
    ]
    header = ["Konversations-ID", "Beginn", "Ende", "Unternehmen", "Operator", "Status", "Bewertung"]
    x.add(
        "userlike_konversationen_de.csv",
        "Userlike German UI (conversations)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Beginn / Ende", "German labels", "a rating is not a priority"],
    )

    # Looker Studio table download: the chart's dimensions and metrics, "Mar 4, 2025, 2:05:00 PM",
    # and the table's grand total row at the bottom.
    recs = tickets(rng, company, 15)

    def ls(t):
        return f"{t.strftime('%b')} {t.day}, {t.year}, {t.strftime('%I:%M:%S %p').lstrip('0')}"

    rows = [
        [
            r["ticket_id"],
            r["account"],
            ls(r["opened_at"]),
            ls(r["closed_at"]) if r["closed_at"] else "null",
            1,
        ]
        for r in recs
    ]
    rows.append(["Grand total", "", "", "", len(recs)])
    header = ["Ticket ID", "Company", "Created", "Resolved", "Record Count"]
    x.add(
        "looker_studio_tickets_table.csv",
        "Looker Studio table download",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["'Mar 4, 2025, 2:05:00 PM'", "null for empty", "grand total row", "Record Count"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # G2 reviews export: the reviewer's company, the star rating out of 5 beside the likelihood
    # to recommend written "9/10".
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"{rng.randrange(10**6, 10**7)}",
            "Northdesk",
            r["moment"].strftime("%Y-%m-%d"),
            r["account"],
            rng.choice(["Mid-Market (51-1000 emp.)", "Small-Business (50 or fewer emp.)"]),
            f"{max(1, round(r['score'] / 2))}.0",
            f"{r['score']}/10",
            rng.choice(["Easy to set up", "Great reporting", "Support is slow"]),
        ]
        for r in recs
    ]
    header = [
        "Review ID",
        "Product",
        "Submitted At",
        "Reviewer Company",
        "Company Size",
        "Star Rating",
        "Likelihood to Recommend",
        "Title",
    ]
    x.add(
        "g2_reviews_export.csv",
        "G2 reviews export",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["'9/10'", "stars out of 5 are not the score", "Reviewer Company"],
    )

    # Webropol (Finnish survey tool): d.m.yyyy, the question text in Finnish with its scale.
    recs = surveys(rng, company, 15)
    rows = [
        [
            n + 1,
            f"{r['date'].day}.{r['date'].month}.{r['date'].year}",
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Vastaaja",
        "Vastauspäivä",
        "Yritys",
        "Kuinka todennäköisesti suosittelisit meitä ystävällesi tai kollegallesi? (0-10)",
        "Vapaa palaute",
    ]
    x.add(
        "webropol_vastaukset_fi.csv",
        "Webropol Finnish survey",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Finnish question text", "d.m.yyyy without zeros"],
    )

    # SurveyXact (Danish): lower-case variable names, dd-mm-yyyy hh:mm, multi-line comments.
    recs = surveys(rng, company, 15)
    comments = ["Rigtig god support.\nMen rapporterne er langsomme.", "", "Prisen er for høj", "Super;\ntak"]
    rows = [
        [
            f"R{n + 1:04d}",
            r["moment"].strftime("%d-%m-%Y %H:%M"),
            r["account"],
            r["score"],
            rng.choice(comments),
            "Gennemført",
        ]
        for n, r in enumerate(recs)
    ]
    header = ["respondent", "besvarelsesdato", "organisation", "anbefaling_0_10", "kommentar", "status"]
    x.add(
        "surveyxact_besvarelser_da.csv",
        "SurveyXact Danish survey",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        newline="\r\n",
        concepts=["Danish variable names", "multi-line comments", "anbefaling 0-10"],
    )

    # Startquestion (Polish survey tool): the NPS question in Polish, ISO date-times.
    recs = surveys(rng, company, 14)
    rows = [
        [
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Data wypełnienia",
        "Nazwa firmy",
        "E-mail",
        "Jak prawdopodobne jest, że polecisz nas znajomemu? (0-10)",
        "Dlaczego?",
    ]
    x.add(
        "startquestion_wyniki_pl.csv",
        "Startquestion Polish survey",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["Polish question text", "Nazwa firmy"],
    )

    # Zoho Survey responses: a yes/no "would you recommend" question, the company as a field.
    recs = surveys(rng, company, 15)
    rows = [
        [
            f"{rng.randrange(10**9, 10**10)}",
            r["moment"].strftime("%d %b %Y %I:%M %p"),
            r["account"],
            "Yes" if r["recommend"] else "No",
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Response ID",
        "Submitted Time",
        "Company Name",
        "Would you recommend Northdesk to a peer?",
        "Comments",
    ]
    x.add(
        "zoho_survey_responses.csv",
        "Zoho Survey responses",
        "surveys",
        ("account", "date", "recommend"),
        recs,
        table_text(header, rows),
        concepts=["yes/no recommend", "'04 Mar 2025 02:05 PM'"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Skilljar learner activity by organisation and month: "2025-03" months, active learners,
    # completions.
    recs = []
    for a in company[:8]:
        for m in (3, 4, 5):
            recs.append(
                dict(account=a.name, date=D(2025, m, 1), active_users=float(rng.randrange(1, a.seats)), acc=a)
            )
    rows = [
        [r["account"], r["date"].strftime("%Y-%m"), int(r["active_users"]), rng.randrange(0, 40)]
        for r in recs
    ]
    header = ["Group", "Month", "Active Learners", "Course Completions"]
    x.add(
        "skilljar_learner_activity.csv",
        "Skilljar learner activity",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(header, rows),
        concepts=["'2025-03' months", "learners as active users", "completions are not users"],
    )

    # Product Fruits per ISO week: "2025-W07", active users, an adoption percentage beside them.
    recs = []
    for a in company[2:9]:
        for w in (7, 8, 9, 10):
            n = rng.randrange(1, a.seats)
            recs.append(
                dict(account=a.name, date=D.fromisocalendar(2025, w, 1), active_users=float(n), acc=a)
            )
    rows = [
        [
            f"{r['date'].isocalendar()[0]}-W{r['date'].isocalendar()[1]:02d}",
            r["account"],
            int(r["active_users"]),
            f"{100 * r['active_users'] / r['acc'].seats:.0f}%",
        ]
        for r in recs
    ]
    header = ["Week", "Account", "Active users", "Tour completion rate"]
    x.add(
        "productfruits_weekly_accounts.csv",
        "Product Fruits weekly accounts",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(header, rows),
        concepts=["ISO weeks 2025-W07", "percentage beside the count"],
    )

    # Zoho Analytics pivot flattened per quarter: "FY2025 Q1" (the fiscal year is the calendar year).
    recs = []
    for a in company[:9]:
        for q in (1, 2):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, 3 * q - 2, 1),
                    active_users=float(rng.randrange(2, a.seats)),
                    events=float(rng.randrange(500, 20000)),
                    acc=a,
                )
            )
    rows = [
        [
            r["account"],
            f"FY{r['date'].year} Q{(r['date'].month - 1) // 3 + 1}",
            int(r["active_users"]),
            f"{int(r['events']):,}",
        ]
        for r in recs
    ]
    header = ["Account Name", "Fiscal Quarter", "Distinct Active Users", "Total Events"]
    x.add(
        "zoho_analytics_quarterly_usage.csv",
        "Zoho Analytics quarterly usage",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows),
        concepts=["fiscal quarters FY2025 Q1", "thousands separators in counts"],
    )

    # Google Sheets, Italian monthly usage: "marzo 2025", utenti attivi, sessioni.
    recs = []
    for a in company[3:10]:
        for m in (4, 5, 6):
            recs.append(
                dict(account=a.name, date=D(2025, m, 1), active_users=float(rng.randrange(2, a.seats)), acc=a)
            )
    rows = [
        [
            r["account"],
            f"{MONTHS_IT[r['date'].month - 1]} {r['date'].year}",
            int(r["active_users"]),
            int(r["active_users"]) * rng.randrange(2, 9),
        ]
        for r in recs
    ]
    x.add(
        "gsheet_utilizzo_mensile_it.csv",
        "Google Sheets (Italian, monthly usage)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(["Cliente", "Mese", "Utenti attivi", "Sessioni"], rows),
        concepts=["'marzo 2025' months", "sessions are not users"],
    )

    # Excel "Unicode text" save of a Dutch weekly sheet: UTF-16 LE with a BOM, tabs, d-m-yyyy.
    recs = []
    for a in company[5:12]:
        for w in range(3):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, 6, 2) + dt.timedelta(weeks=w),
                    active_users=float(rng.randrange(2, a.seats)),
                    events=float(rng.randrange(100, 9000)),
                    acc=a,
                )
            )
    rows = [
        [
            f"{r['date'].day}-{r['date'].month}-{r['date'].year}",
            r["account"],
            int(r["active_users"]),
            int(r["events"]),
        ]
        for r in recs
    ]
    x.add(
        "excel_unicode_gebruik_per_week_nl.txt",
        "Excel (Unicode text, Dutch weekly usage)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(["Week vanaf", "Klant", "Actieve gebruikers", "Gebeurtenissen"], rows, "\t"),
        encoding="utf-16",
        newline="\r\n",
        concepts=["UTF-16 LE with BOM, tabs", ".txt", "Dutch labels", "d-m-yyyy"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Fortnox contract invoicing (Swedish): "12 000,00" with spaces, the agreement event in Swedish.
    recs = revenue(rng, company, 14, kinds=["new", "renewal", "churn"])
    words = {"new": "Nytt avtal", "renewal": "Förnyelse", "churn": "Uppsägning"}
    rows = [
        [
            f"{300 + n}",
            r["account"],
            r["date"].isoformat(),
            words[r["kind"]],
            decimal_comma(r["amount"], " "),
            "SEK",
        ]
        for n, r in enumerate(recs)
    ]
    header = ["Avtalsnr", "Kund", "Datum", "Händelse", "Årsvärde", "Valuta"]
    x.add(
        "fortnox_avtal_sv.csv",
        "Fortnox Swedish UI (contract events)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Swedish event words", "space thousands", "Årsvärde"],
    )

    # PandaDoc documents: the template names the motion, the grand total with its currency code.
    recs = revenue(rng, company, 14, kinds=["new", "renewal", "expansion"])
    templates = {
        "new": "New Customer Order Form",
        "renewal": "Renewal Order Form",
        "expansion": "Add-on Order Form",
    }
    rows = [
        [
            f"{r['account']} - {templates[r['kind']]}",
            templates[r["kind"]],
            "document.completed",
            f"{r['amount']:,.2f} USD",
            r["date"].strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
            r["account"],
            rng.choice(["Piotr Zieliński", "Erik Sandberg"]),
        ]
        for r in recs
    ]
    header = [
        "Document name",
        "Template",
        "Status",
        "Grand total",
        "Date completed",
        "Recipient company",
        "Sender",
    ]
    x.add(
        "pandadoc_documents.csv",
        "PandaDoc documents",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["template names the kind", "'12,000.00 USD'", "microsecond Z timestamps"],
    )

    # Acumatica generic inquiry: ARR changes with negatives in parentheses, and its total line.
    recs = revenue(rng, company, 14, kinds=["new", "expansion", "contraction", "churn"])
    words = {"new": "New", "expansion": "Upsell", "contraction": "Downgrade", "churn": "Cancellation"}
    sign = {"new": 1, "expansion": 1, "contraction": -1, "churn": -1}
    rows = [
        [
            r["date"].strftime("%m/%d/%Y"),
            f"C{1000 + ACCOUNT_NAMES.index(r['account'])}",
            r["account"],
            words[r["kind"]],
            parenthesised(sign[r["kind"]] * r["amount"]),
        ]
        for r in recs
    ]
    total = sum(sign[r["kind"]] * r["amount"] for r in recs)
    rows.append(["", "", "Total:", "", parenthesised(total)])
    header = ["Date", "Customer ID", "Customer Name", "Change Type", "ARR Change"]
    x.add(
        "acumatica_arr_changes.csv",
        "Acumatica generic inquiry (ARR changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["(1,200.00) negatives", "Total: line", "Downgrade / Cancellation"],
    )

    # Abacus (Swiss ERP) subscription changes, Swiss German: 1'234.50, dd.mm.yyyy.
    recs = revenue(rng, company, 14)
    words = {
        "new": "Neuabschluss",
        "renewal": "Verlängerung",
        "expansion": "Erweiterung",
        "contraction": "Reduktion",
        "churn": "Kündigung",
    }
    rows = [
        [r["date"].strftime("%d.%m.%Y"), r["account"], words[r["kind"]], swiss(r["amount"]), "CHF"]
        for r in recs
    ]
    header = ["Datum", "Kunde", "Vorgang", "Jahreswert", "Währung"]
    x.add(
        "abacus_abo_vorgaenge_ch.csv",
        "Abacus Swiss German (subscription changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Swiss 1'234.50", "German kind words", "Jahreswert"],
    )

    # Anaplan ARR bridge export: one row per customer, fiscal quarter and movement.
    recs = revenue(rng, company, 14, kinds=["new", "expansion", "contraction", "churn"])
    for r in recs:
        r["date"] = quarter_start(r["date"])
    words = {"new": "New Logo", "expansion": "Expansion", "contraction": "Contraction", "churn": "Churn"}
    rows = [
        [
            r["account"],
            f"FY{r['date'].year % 100:02d} Q{(r['date'].month - 1) // 3 + 1}",
            words[r["kind"]],
            f"{r['amount']:.0f}" if r["kind"] in ("new", "expansion") else f"-{r['amount']:.0f}",
        ]
        for r in recs
    ]
    header = ["Customer", "Time", "ARR Bridge Line Item", "Value"]
    x.add(
        "anaplan_arr_bridge.csv",
        "Anaplan ARR bridge export",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["fiscal quarters FY25 Q3", "New Logo", "signed values"],
    )

    # e-conomic (Danish accounting) subscription report: Danish words, 12.000,00, dd-mm-yyyy.
    recs = revenue(rng, company, 14, kinds=["new", "renewal", "expansion", "churn"])
    words = {"new": "Ny kunde", "renewal": "Fornyelse", "expansion": "Opgradering", "churn": "Opsigelse"}
    rows = [
        [r["date"].strftime("%d-%m-%Y"), r["account"], words[r["kind"]], decimal_comma(r["amount"]), "DKK"]
        for r in recs
    ]
    header = ["Dato", "Kunde", "Hændelse", "Årlig værdi", "Valuta"]
    x.add(
        "economic_abonnementer_da.csv",
        "e-conomic Danish UI (subscriptions)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Danish kind words", "dd-mm-yyyy", "Årlig værdi"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # GetAccept mutual action plan: the deal room names the customer, each action a step.
    recs = [dict(r, kind="step") for r in plans(rng, company, 14)]
    status = {"open": "To do", "done": "Completed", "at risk": "Overdue"}
    rows = [
        [
            f"{r['account']} x Northdesk",
            r["account"],
            r["item"],
            r["owner"],
            status[r["status"]],
            r["due_date"].strftime("%Y-%m-%d"),
        ]
        for r in recs
    ]
    header = ["Deal room", "Company", "Action", "Assignee", "Status", "Due date"]
    x.add(
        "getaccept_mutual_action_plan.csv",
        "GetAccept mutual action plan",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["actions are steps", "Overdue = at risk", "deal room name"],
    )

    # Fibery account plan database: Objective / Action / Risk, workflow states, the dimension.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Objective", "step": "Action", "blocker": "Risk"}
    status = {"open": "In Progress", "done": "Done", "at risk": "At Risk"}
    rows = [
        [
            r["item"],
            r["account"],
            kinds[r["kind"]],
            status[r["status"]],
            r["dimension"],
            r["owner"],
            r["due_date"].isoformat(),
        ]
        for r in recs
    ]
    header = ["Name", "Customer", "Item Type", "State", "Pillar", "Owner", "Due"]
    x.add(
        "fibery_account_plan_items.csv",
        "Fibery account plan database",
        "plans",
        P_FIELDS + ("dimension", "due_date"),
        recs,
        table_text(header, rows),
        concepts=["Objective/Action/Risk", "Pillar as dimension", "State"],
    )

    # Google Sheets, Polish account plan: Cel / Krok / Przeszkoda, Otwarte / Zrobione / Zagrożone.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Cel", "step": "Krok", "blocker": "Przeszkoda"}
    status = {"open": "Otwarte", "done": "Zrobione", "at risk": "Zagrożone"}
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            status[r["status"]],
            r["owner"],
            r["due_date"].strftime("%d.%m.%Y"),
        ]
        for r in recs
    ]
    header = ["Klient", "Typ", "Opis", "Status", "Odpowiedzialny", "Termin"]
    x.add(
        "gsheet_plan_klienta_pl.csv",
        "Google Sheets (Polish, account plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Cel/Krok/Przeszkoda", "Polish status words"],
    )

    # Google Sheets, Swedish account plan: Mål / Åtgärd / Hinder, Öppen / Klar / I riskzonen.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Mål", "step": "Åtgärd", "blocker": "Hinder"}
    status = {"open": "Öppen", "done": "Klar", "at risk": "I riskzonen"}
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
    header = ["Kund", "Typ", "Beskrivning", "Status", "Ansvarig", "Förfallodatum"]
    x.add(
        "gsheet_kundplan_sv.csv",
        "Google Sheets (Swedish, account plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Mål/Åtgärd/Hinder", "Swedish status words"],
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
