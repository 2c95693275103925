"""Writes a fourth blind batch: billing, warehouse/BI, product-usage and survey systems no set has yet.

The three earlier sets were each fixed against after their first score, so they say how well the
importer knows them. This batch was written from what these systems put in their exports, without
reading the importer's vocabulary or rules: NetSuite saved searches, SAP Business One, Sage,
Chargify-style ledgers, Qlik, Snowflake / BigQuery / Redshift query results, dbt model dumps,
Sigma, Mode, Domo, Excel pivot tables copied out, Matomo, Whatfix, Alchemer, Jotform,
Microsoft Forms, Zonka, SatisMeter, Promoter.io, SurveySparrow, and CS-team spreadsheets in
Swedish, Polish, Danish, Finnish, French, Spanish, German and Portuguese (cp1250, cp1252, UTF-16,
UTF-8 with a BOM, `;` and tab delimiters, decimal commas, month names, totals rows, preambles).
A file here is changed only when it misdescribes what its system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind4/make_blind4.py``; the files are checked in.
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
    weekly_usage,
    write_set,
)

D = dt.date
SEED = 4_012_2026

CSMS = [
    Person("Maja", "Nowak", 88.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Oskar", "Lindqvist", 79.5, "Growth", "Customer Success Manager"),
    Person("Chloé", "Martin", 97.0, "Enterprise", "Customer Success Lead"),
    Person("Tomás", "Ruiz", 72.0, "Growth", "Customer Success Associate"),
]
SALES = [Person("Derek", "Shaw"), Person("Annika", "Berg")]
# Every name is writable in cp1250 and in cp1252, so each spreadsheet can carry all of them.
ACCOUNT_NAMES = [
    "Brightwater Logistics",
    "Nordlys Energi AS",
    "Café Olé Franchising",
    "Kowalski Software sp. z o.o.",
    "Meridian Health Partners",
    "Tallinn Data OÜ",
    "Ferrovia Digitale S.p.A.",
    "Oakridge Credit Union",
    "Zürich Precision AG",
    "Blue Heron Media",
    "Vinícola Serra Alta",
    "Helix Biotech",
]
SEGMENTS = ["Enterprise", "Mid-Market", "SMB"]

E_FIELDS = ("date", "account", "csm", "tag")
A_FIELDS = ("account", "csm", "arr", "renewal_date")
T_FIELDS = ("ticket_id", "account", "opened_at", "closed_at")
S_FIELDS = ("account", "date", "score")
U_FIELDS = ("account", "date", "active_users", "events")
R_FIELDS = ("account", "date", "kind", "amount")
P_FIELDS = ("account", "item", "kind", "status")

SV_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december"
PL_MONTHS = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
)
DA_MONTHS = "januar februar marts april maj juni juli august september oktober november december"
FI_MONTHS = (
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
    "syyskuuta lokakuuta marraskuuta joulukuuta"
)
DE_PIVOT_MONTHS = ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]


def month_name(names: str, d: dt.date) -> str:
    return names.split()[d.month - 1]


COMPANY_SHAPE = CompanyShape(
    seats=(20, 45, 90, 150, 300),
    subscribed_from=D(2021, 6, 1),
    subscribed_days=900,
    churned_from=D(2025, 2, 3),
    churned_days=120,
    churned=(3, 9),
    mrr=(420, 850, 1300, 2100, 3600, 5200, 6900),
    go_live_days=(10, 70),
    renewal_from=D(2025, 6, 1),
)


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def us_money(x: float) -> str:
    return f"{x:,.2f}"


def offset_time(t: dt.datetime, hours: int, fmt: str) -> str:
    """A UTC moment written in a zone ``hours`` from UTC, with the offset appended by ``fmt``."""
    local = t + dt.timedelta(hours=hours)
    sign = "+" if hours >= 0 else "-"
    return local.strftime(fmt).replace("%z", f"{sign}{abs(hours):02d}00")


def monthly_usage(rng, company, months, start: dt.date) -> list[dict]:
    recs = []
    for a in company:
        for m in range(months):
            recs.append(
                dict(
                    account=a.name,
                    date=D(start.year, start.month + m, 1),
                    active_users=float(rng.randrange(4, a.seats)),
                    events=float(rng.randrange(200, 20000)),
                    acc=a,
                )
            )
    return recs


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Snowflake worksheet download: UPPER_CASE columns, TIMESTAMP_TZ with a numeric offset.
    recs = engagements(rng, company, 16)
    rows = [
        [
            rng.randrange(10**6, 10**7),
            offset_time(r["moment"], -8, "%Y-%m-%d %H:%M:%S.000 %z"),
            r["account"],
            r["csm"],
            r["tag"].upper(),
            r["type"].upper(),
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    header = [
        "ENGAGEMENT_ID",
        "ENGAGEMENT_TS",
        "ACCOUNT_NAME",
        "CSM_NAME",
        "ENGAGEMENT_TAG",
        "ENGAGEMENT_TYPE",
        "DURATION_MINUTES",
    ]
    x.add(
        "snowflake_cs_engagements.csv",
        "Snowflake",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["UPPER_CASE headers", "TIMESTAMP_TZ with -0800", "upper-case tag words"],
    )

    # dbt model dump (fct_cs_touchpoints): snake_case, ISO Z times, a boolean is_proactive column.
    recs = engagements(rng, company, 15)
    rows = [
        [
            f"tp_{rng.getrandbits(48):012x}",
            r["moment"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            r["account"],
            r["csm"],
            "true" if r["tag"] == "proactive" else "false",
            r["type"].lower(),
            f"{r['duration_min']:.1f}",
            "2025-07-01T03:12:44Z",
        ]
        for r in recs
    ]
    header = [
        "touchpoint_id",
        "touchpoint_at",
        "account_name",
        "csm_name",
        "is_proactive",
        "touchpoint_type",
        "duration_minutes",
        "_dbt_loaded_at",
    ]
    x.add(
        "dbt_fct_cs_touchpoints.csv",
        "dbt",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["snake_case", "boolean is_proactive as the tag", "dbt metadata column"],
    )

    # Swedish tracker from Excel: UTF-8 with BOM, semicolons, "3 mars 2025", Proaktiv/Reaktiv.
    recs = engagements(rng, company, 14)
    rows = [
        [
            f"{r['date'].day} {month_name(SV_MONTHS, r['date'])} {r['date'].year}",
            r["account"],
            r["csm"],
            {"Call": "Samtal", "Email": "E-post", "Meeting": "Möte"}[r["type"]],
            "Proaktiv" if r["tag"] == "proactive" else "Reaktiv",
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    header = ["Datum", "Kund", "Kundansvarig", "Typ", "Proaktiv/Reaktiv", "Tid (min)"]
    x.add(
        "kundkontakter_sv.csv",
        "Excel (Swedish)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        newline="\r\n",
        concepts=["Swedish words and month names", "BOM", "CRLF"],
    )

    # Polish tracker saved by Excel as CSV: cp1250, semicolons, "12 marca 2025", h:mm durations.
    recs = engagements(rng, company, 14)
    rows = [
        [
            f"{r['date'].day} {month_name(PL_MONTHS, r['date'])} {r['date'].year}",
            r["account"],
            r["csm"],
            {"Call": "Telefon", "Email": "E-mail", "Meeting": "Spotkanie"}[r["type"]],
            "proaktywny" if r["tag"] == "proactive" else "reaktywny",
            f"{int(r['duration_min']) // 60}:{int(r['duration_min']) % 60:02d}",
        ]
        for r in recs
    ]
    header = ["Data", "Klient", "Opiekun klienta", "Rodzaj kontaktu", "Charakter", "Czas trwania (h:mm)"]
    x.add(
        "kontakty_klientow_pl.csv",
        "Excel (Polish)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1250",
        newline="\r\n",
        concepts=["Polish words and genitive month names", "cp1250", "h:mm from the header"],
    )

    # Danish tracker: cp1252, semicolons, "3. marts 2025", decimal-comma hours.
    recs = engagements(rng, company, 13, minutes=(15, 30, 45, 60, 90))
    rows = [
        [
            f"{r['date'].day}. {month_name(DA_MONTHS, r['date'])} {r['date'].year}",
            r["account"],
            r["csm"],
            "Proaktiv" if r["tag"] == "proactive" else "Reaktiv",
            f"{r['duration_min'] / 60:.2f}".replace(".", ","),
        ]
        for r in recs
    ]
    header = ["Dato", "Kunde", "Kundeansvarlig", "Proaktiv/reaktiv", "Varighed (timer)"]
    x.add(
        "kundekontakt_da.csv",
        "Excel (Danish)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Danish words and month names", "hours with a decimal comma"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # NetSuite customer saved search: Internal ID, sales rep beside a custom CSM field, status words.
    recs = account_records(company)
    netsuite_status = {"active": "CUSTOMER-Closed Won", "churned": "CUSTOMER-Lost Customer"}
    rows = [
        [
            rng.randrange(1000, 9999),
            f"CUS{1000 + n}",
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            netsuite_status[r["status"]],
            us_money(r["arr"]),
            f"{r['renewal_date'].month}/{r['renewal_date'].day}/{r['renewal_date'].year}",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Internal ID",
        "ID",
        "Name",
        "Sales Rep",
        "Customer Success Manager",
        "Status",
        "Annual Contract Value",
        "Contract Renewal Date",
    ]
    x.add(
        "netsuite_customers_saved_search.csv",
        "NetSuite",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows, quote_all=True),
        concepts=["sales rep is not the CSM", "CUSTOMER-Lost Customer = churned", "M/D/YYYY"],
    )

    # BigQuery result download: snake_case, TIMESTAMP values with " UTC", MRR in a column of its own.
    recs = account_records(company)
    rows = [
        [
            r["acc"].sfid,
            r["account"],
            r["csm"],
            r["segment"].lower(),
            f"{r['arr'] / 12:.1f}",
            r["renewal_date"].isoformat(),
            f"{r['subscribed_on'].isoformat()} 00:00:00 UTC",
            r["seats_purchased"],
        ]
        for r in recs
    ]
    for r in recs:
        r["segment"] = r["segment"].lower()
    header = [
        "account_id",
        "account_name",
        "csm_name",
        "segment",
        "mrr_usd",
        "renewal_date",
        "subscription_started_at",
        "licensed_seats",
    ]
    x.add(
        "bigquery_dim_accounts.csv",
        "BigQuery",
        "accounts",
        A_FIELDS + ("segment", "subscribed_on", "seats_purchased"),
        recs,
        table_text(header, rows),
        concepts=["MRR -> ARR", "UTC suffix", "snake_case"],
    )

    # Sigma workbook export: owner beside CSM, "$" amounts, "Jul 1, 2025" dates.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            "$" + us_money(r["arr"]),
            r["renewal_date"].strftime("%b %-d, %Y"),
            r["seats_purchased"],
            r["seats_active"],
        ]
        for r in recs
    ]
    header = ["Account Name", "Account Owner", "CSM", "ARR", "Next Renewal", "Licenses", "Active Licenses"]
    x.add(
        "sigma_account_health.csv",
        "Sigma",
        "accounts",
        A_FIELDS + ("seats_purchased", "seats_active"),
        recs,
        table_text(header, rows),
        concepts=["owner beside CSM", "Mon D, YYYY"],
    )

    # Finnish account list: semicolons, non-breaking-space thousands, "3. maaliskuuta 2021".
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            eu_money(r["arr"], thousands="\u00a0"),
            f"{r['renewal_date'].day}.{r['renewal_date'].month}.{r['renewal_date'].year}",
            f"{r['subscribed_on'].day}. {month_name(FI_MONTHS, r['subscribed_on'])} {r['subscribed_on'].year}",
        ]
        for r in recs
    ]
    header = ["Asiakas", "Vastuuhenkilö", "Vuosilaskutus (€)", "Uusimispäivä", "Asiakkaana alkaen"]
    x.add(
        "asiakkaat_fi.csv",
        "Excel (Finnish)",
        "accounts",
        A_FIELDS + ("subscribed_on",),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Finnish words and month names", "nbsp thousands, decimal comma", "d.m.yyyy"],
    )

    # An Excel pivot table copied out and pasted into a text file: tab-separated, a filter line on
    # top, "Row Labels" as the header of the account column and a Grand Total row at the end.
    recs = account_records(company)
    lines = ["Segment\t(All)", ""]
    lines.append("Row Labels\tSum of ARR\tSum of Seats")
    for r in recs:
        lines.append(f"{r['account']}\t{r['arr']:.0f}\t{r['seats_purchased']}")
    total_arr = sum(r["arr"] for r in recs)
    total_seats = sum(r["seats_purchased"] for r in recs)
    lines.append(f"Grand Total\t{total_arr:.0f}\t{total_seats}")
    x.add(
        "excel_pivot_arr_by_account.txt",
        "Excel pivot table",
        "accounts",
        ("account", "arr", "seats_purchased"),
        recs,
        "\n".join(lines) + "\n",
        newline="\r\n",
        concepts=["Row Labels", "Sum of …", "Grand Total row", "filter line above"],
    )

    # SAP Business One business partner list: BP Code / BP Name, churn as an inactive flag.
    recs = account_records(company)
    rows = [
        [
            f"C{20000 + n}",
            r["account"],
            "Customer",
            r["csm"],
            "Y" if r["status"] == "churned" else "N",
            eu_date(r["renewal_date"], "."),
            eu_money(r["arr"]),
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "BP Code",
        "BP Name",
        "BP Type",
        "Sales Employee",
        "Inactive",
        "Contract End Date",
        "Annual Value",
    ]
    x.add(
        "sap_b1_business_partners.csv",
        "SAP Business One",
        "accounts",
        ("account", "arr", "renewal_date"),
        recs,
        table_text(header, rows, "\t"),
        encoding="utf-16",
        newline="\r\n",
        concepts=["UTF-16 tab-separated", "BP Name", "dd.mm.yyyy", "decimal comma"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role, team=p.team) for p in CSMS]
    rows = [
        [rng.randrange(100, 999), p.name, p.role, "Customer Success : " + p.team, f"{p.rate:.2f}", "F"]
        for p in CSMS
    ]
    header = ["Internal ID", "Name", "Job Title", "Department", "Labor Cost", "Is Inactive"]
    x.add(
        "netsuite_employees.csv",
        "NetSuite",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(header, rows),
        concepts=["Labor Cost as the hourly rate"],
    )

    rows = [[p.name, p.role, eu_money(p.rate * 4.3) + " zł"] for p in CSMS]
    recs_pl = [dict(csm=p.name, hourly_rate=round(p.rate * 4.3, 2), role=p.role) for p in CSMS]
    x.add(
        "stawki_godzinowe_pl.csv",
        "Excel (Polish)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs_pl,
        table_text(["Imię i nazwisko", "Stanowisko", "Stawka godzinowa"], rows, ";"),
        encoding="cp1250",
        newline="\r\n",
        concepts=["Polish headers", "zł suffix", "decimal comma"],
    )

    rows = [[p.first, p.last, p.team, p.role, eu_money(p.rate)] for p in CSMS]
    x.add(
        "sage_hr_kostensaetze.csv",
        "Sage HR (German)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Vorname", "Nachname", "Abteilung", "Position", "Stundensatz (EUR)"], rows, ";"),
        encoding="cp1252",
        concepts=["first + last name", "German headers"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Redshift query result from a SQL client: snake_case, timestamptz with "+00", P1..P4 priorities.
    recs = tickets(rng, company, 16)
    prio = {"Urgent": "P1", "High": "P2", "Normal": "P3", "Low": "P4"}
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S+00"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S+00") if r["closed_at"] else "",
            prio[r["priority"]],
            "t" if r["escalated"] else "f",
        ]
        for r in recs
    ]
    for r in recs:
        r["priority"] = prio[r["priority"]]
    header = ["ticket_id", "account_name", "created_at", "solved_at", "priority", "is_escalated"]
    x.add(
        "redshift_support_tickets.csv",
        "Redshift",
        "tickets",
        T_FIELDS + ("priority", "escalated"),
        recs,
        table_text(header, rows),
        concepts=["+00 offsets", "t/f booleans"],
    )

    # Portuguese spreadsheet: "Nº do chamado", dd/mm/yyyy hh:mm, Sim/Não.
    recs = tickets(rng, company, 14, prefix="CH-")
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
            {"Low": "Baixa", "Normal": "Média", "High": "Alta", "Urgent": "Urgente"}[r["priority"]],
            "Sim" if r["escalated"] else "Não",
        ]
        for r in recs
    ]
    for r in recs:
        r["opened_at"] = r["opened_at"].replace(second=0)
        r["closed_at"] = r["closed_at"].replace(second=0) if r["closed_at"] else None
    header = ["Nº do chamado", "Cliente", "Aberto em", "Fechado em", "Prioridade", "Escalado"]
    x.add(
        "chamados_suporte_pt.csv",
        "Excel (Portuguese)",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["Portuguese words", "Sim/Não", "dd/mm/yyyy hh:mm"],
    )

    # Domo card export: ISO times with milliseconds and Z, "Case Number", status beside the close time.
    recs = tickets(rng, company, 15, prefix="")
    rows = [
        [
            f"{int(r['ticket_id']):08d}",
            r["account"],
            r["opened_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            r["closed_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z") if r["closed_at"] else "",
            "Closed" if r["closed_at"] else rng.choice(["New", "Working", "Escalated"]),
            r["priority"],
        ]
        for r in recs
    ]
    for n, r in enumerate(recs):
        r["ticket_id"] = rows[n][0]
    header = ["Case Number", "Account Name", "Created Date", "Closed Date", "Case Status", "Case Priority"]
    x.add(
        "domo_support_cases.csv",
        "Domo",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["zero-padded case numbers", "ISO Z with milliseconds"],
    )


# ------------------------------------------------------------------------------------ surveys
NPS_Q = "How likely are you to recommend Northwind Cloud to a friend or colleague?"


def write_surveys(x: Exports, rng, company):
    # Alchemer (SurveyGizmo) legacy CSV: question text as header, Date Submitted in US Eastern time.
    recs = surveys(rng, company, 16)
    rows = [
        [
            100 + n,
            "Complete",
            offset_time(r["moment"], -5, "%Y-%m-%d %H:%M:%S"),
            "English",
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Response ID",
        "Status",
        "Date Submitted",
        "Language",
        "Email",
        "Company (hidden)",
        NPS_Q,
        "What is the main reason for your score?",
    ]
    x.add(
        "alchemer_nps_export.csv",
        "Alchemer",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["question text as header", "hidden-field wrapper"],
    )

    # Jotform submissions: "Submission Date" like "Mar 4, 2025", question labels as headers.
    recs = surveys(rng, company, 14)
    rows = [
        [
            r["moment"].strftime("%b %-d, %Y"),
            r["respondent"].split("@")[0].title(),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
            f"{rng.getrandbits(60)}",
        ]
        for r in recs
    ]
    header = [
        "Submission Date",
        "Full Name",
        "E-mail",
        "Company Name",
        "On a scale of 0-10, how likely are you to recommend us?",
        "Any other feedback?",
        "Submission ID",
    ]
    x.add(
        "jotform_nps_submissions.csv",
        "Jotform",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Mon D, YYYY", "scale wording in the header"],
    )

    # Microsoft Forms responses opened in Excel and saved as "Unicode Text": UTF-16, tabs, M/D/YY times.
    recs = surveys(rng, company, 13)
    rows = [
        [
            n + 1,
            (r["moment"] - dt.timedelta(minutes=3)).strftime("%-m/%-d/%y %H:%M:%S"),
            r["moment"].strftime("%-m/%-d/%y %H:%M:%S"),
            r["respondent"],
            r["respondent"].split("@")[0],
            r["account"],
            r["score"],
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Organisation",
        "How likely are you to recommend us?",
    ]
    x.add(
        "microsoft_forms_nps.txt",
        "Microsoft Forms",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, "\t"),
        encoding="utf-16",
        newline="\r\n",
        concepts=["UTF-16 tab-separated", "M/D/YY times", "start and completion time"],
    )

    # Zonka Feedback: "04 Mar 2025 10:15 AM", a customer attribute column for the company.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"R{rng.randrange(10**6, 10**7)}",
            r["moment"].strftime("%d %b %Y %I:%M %p"),
            "Quarterly NPS",
            r["score"],
            r["comment"] or "",
            r["respondent"],
            r["account"],
        ]
        for r in recs
    ]
    header = [
        "Response ID",
        "Response Date",
        "Survey Name",
        "NPS",
        "Comment",
        "Customer Email",
        "Customer Company",
    ]
    x.add(
        "zonka_feedback_responses.csv",
        "Zonka Feedback",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["DD Mon YYYY hh:mm AM"],
    )

    # SatisMeter: lower-case headers, ISO Z dates, the company in a traits. column.
    recs = surveys(rng, company, 15)
    rows = [
        [
            r["moment"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            f"u_{rng.getrandbits(32):08x}",
            r["respondent"],
            r["score"],
            r["comment"] or "",
            "In-app",
            r["account"],
        ]
        for r in recs
    ]
    header = ["date", "userId", "email", "rating", "feedback", "channel", "traits.company"]
    x.add(
        "satismeter_responses.csv",
        "SatisMeter",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["rating as the score", "traits. prefix"],
    )

    # Promoter.io: contact_ prefixes, score and created date, company as a contact attribute.
    recs = surveys(rng, company, 13)
    rows = [
        [
            r["respondent"],
            r["score"],
            r["comment"] or "",
            r["moment"].strftime("%m/%d/%Y %H:%M"),
            "Q2 Relationship NPS",
            r["account"],
        ]
        for r in recs
    ]
    header = ["contact_email", "score", "comment", "created_date", "campaign_name", "contact_attr_company"]
    x.add(
        "promoter_io_feedback.csv",
        "Promoter.io",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["attribute prefix"],
    )

    # Spanish "would you recommend" form, downloaded with a title preamble: Sí/No, d/m/yyyy.
    recs = surveys(rng, company, 14)
    rows = [
        [
            eu_date(r["date"]),
            r["account"],
            r["respondent"],
            "Sí" if r["recommend"] else "No",
            r["comment"] or "",
        ]
        for r in recs
    ]
    text = "Encuesta de satisfacción - clientes 2024/2025\n\n" + table_text(
        ["Fecha", "Empresa", "Correo electrónico", "¿Nos recomendaría?", "Comentarios"], rows, ";"
    )
    x.add(
        "encuesta_recomendacion_es.csv",
        "SurveySparrow (Spanish)",
        "surveys",
        ("account", "date", "recommend"),
        recs,
        text,
        concepts=["title preamble", "Sí/No recommend", "Spanish headers"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Mode report CSV: snake_case aggregate names.
    recs = weekly_usage(rng, company[:6], 4)
    rows = [[r["date"].isoformat(), r["account"], int(r["active_users"]), int(r["events"])] for r in recs]
    header = ["week_start", "account_name", "weekly_active_users", "event_count"]
    x.add(
        "mode_weekly_usage.csv",
        "Mode",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["snake_case aggregates"],
    )

    # Matomo custom-dimension report over weeks: the period is written "start,end"; label = the account.
    recs = weekly_usage(rng, company[4:10], 3)
    rows = [
        [
            f"{r['date'].isoformat()},{(r['date'] + dt.timedelta(days=6)).isoformat()}",
            r["account"],
            int(r["active_users"]),
            int(r["active_users"]) + rng.randrange(1, 40),
            int(r["events"]),
        ]
        for r in recs
    ]
    header = ["date", "label", "nb_uniq_visitors", "nb_visits", "nb_actions"]
    x.add(
        "matomo_custom_dimension_weekly.csv",
        "Matomo",
        "usage",
        U_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["period as start,end", "label as the account", "unique visitors = users"],
    )

    # German Excel pivot (months as columns) copied out: tab-separated, Gesamtergebnis row and column.
    recs = monthly_usage(rng, company[:7], 5, start=D(2025, 3, 1))
    months = sorted({r["date"] for r in recs})
    head = ["Summe von Aktive Nutzer", "Spaltenbeschriftungen"]
    cols = [f"{DE_PIVOT_MONTHS[m.month - 1]} {m.year}" for m in months]
    lines = ["\t".join(head), "\t".join(["Zeilenbeschriftungen", *cols, "Gesamtergebnis"])]
    by_account: dict[str, dict] = {}
    for r in recs:
        by_account.setdefault(r["account"], {})[r["date"]] = int(r["active_users"])
    for account, values in by_account.items():
        cells = [str(values[m]) for m in months]
        lines.append("\t".join([account, *cells, str(sum(values.values()))]))
    totals = [str(sum(v[m] for v in by_account.values())) for m in months]
    lines.append("\t".join(["Gesamtergebnis", *totals, str(sum(int(r["active_users"]) for r in recs))]))
    x.add(
        "pivot_aktive_nutzer_de.txt",
        "Excel pivot table (German)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        "\n".join(lines) + "\n",
        encoding="utf-8-sig",
        newline="\r\n",
        concepts=["wide months (Mrz, Mai, Okt)", "Gesamtergebnis row and column", "pivot labels"],
    )

    # Whatfix flow analytics: one row per account, flow and day; the flow is the feature.
    recs = []
    flows = ["Create report", "Invite teammate", "Connect Salesforce"]
    for a in company[:5]:
        for w in range(2):
            for f in flows[: 1 + (w + len(a.name)) % 3]:
                recs.append(
                    dict(
                        account=a.name,
                        date=D(2025, 2, 3) + dt.timedelta(weeks=w),
                        feature=f,
                        active_users=float(rng.randrange(2, 30)),
                        events=float(rng.randrange(5, 300)),
                    )
                )
    rows = [
        [r["date"].strftime("%d-%b-%Y"), r["account"], r["feature"], int(r["active_users"]), int(r["events"])]
        for r in recs
    ]
    header = ["Date", "Account", "Flow Name", "Unique Users", "Flow Plays"]
    x.add(
        "whatfix_flow_analytics.csv",
        "Whatfix",
        "usage",
        U_FIELDS + ("feature",),
        recs,
        table_text(header, rows),
        concepts=["DD-Mon-YYYY", "flow name as the feature"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Chargify-style MRR ledger: signed monthly changes with "$-250.00", reactivation among the kinds.
    kinds = ["new", "expansion", "contraction", "churn", "new"]
    recs = revenue(rng, company, 16, kinds=kinds)
    words = {"expansion": "Upgrade", "contraction": "Downgrade", "churn": "Churn"}
    rows = []
    for r in recs:
        word = words.get(r["kind"]) or rng.choice(["New Subscription", "Reactivation"])
        sign = -1 if r["kind"] in ("contraction", "churn") else 1
        rows.append(
            [
                r["date"].isoformat(),
                r["account"],
                f"sub_{rng.randrange(10**6, 10**7)}",
                word,
                ("$-" if sign < 0 else "$") + us_money(r["mrr"]),
            ]
        )
    header = ["Date", "Customer", "Subscription ID", "Movement Type", "MRR Change"]
    x.add(
        "chargify_mrr_ledger.csv",
        "Chargify",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["signed MRR -> ARR", "Upgrade/Downgrade", "Reactivation = new"],
    )

    # Qlik Sense table export: month-year periods ("Mar 2025"), ARR change per movement.
    recs = revenue(rng, company, 14, monthly=True)
    words = {
        "new": "New Logo",
        "renewal": "Renewal",
        "expansion": "Expansion",
        "contraction": "Contraction",
        "churn": "Churned",
    }
    rows = [
        [r["date"].strftime("%b %Y"), r["account"], words[r["kind"]], us_money(r["amount"])] for r in recs
    ]
    rows.append(["Totals", "", "", us_money(sum(r["amount"] for r in recs))])
    header = ["Month", "Customer", "ARR Movement", "ARR Change"]
    x.add(
        "qlik_arr_movements.csv",
        "Qlik Sense",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Mon YYYY", "Totals row", "New Logo", "Churned"],
    )

    # Danish ARR changes: cp1252, semicolons, Danish kind words, amounts in DKK with decimal commas.
    recs = revenue(rng, company, 13)
    words = {
        "new": "Ny kunde",
        "renewal": "Fornyelse",
        "expansion": "Udvidelse",
        "contraction": "Nedgradering",
        "churn": "Opsagt",
    }
    rows = [[eu_date(r["date"], "-"), r["account"], words[r["kind"]], eu_money(r["amount"])] for r in recs]
    header = ["Dato", "Kunde", "Ændringstype", "Beløb (DKK)"]
    x.add(
        "arr_aendringer_da.csv",
        "Excel (Danish)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["Danish kind words", "dd-mm-yyyy", "decimal comma"],
    )

    # Invoiced subscription changes (French workspace): French kind words, "€" amounts, MRR header.
    recs = revenue(rng, company, 12)
    words = {
        "new": "Nouveau client",
        "renewal": "Renouvellement",
        "expansion": "Expansion",
        "contraction": "Contraction",
        "churn": "Résiliation",
    }
    rows = [
        [
            r["date"].strftime("%d/%m/%Y"),
            r["account"],
            words[r["kind"]],
            ("-" if r["kind"] in ("contraction", "churn") else "") + eu_money(r["mrr"], " ") + " €",
        ]
        for r in recs
    ]
    header = ["Date", "Client", "Type de mouvement", "Variation MRR"]
    x.add(
        "mouvements_mrr_fr.csv",
        "Invoiced (French)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["MRR -> ARR", "French kind words", "space thousands"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # dbt model dump: UPPER_CASE enum values with underscores, ISO Z review time.
    recs = plans(rng, company, 15)
    rows = [
        [
            f"spi_{rng.getrandbits(40):010x}",
            r["account"],
            r["item"],
            r["kind"].upper(),
            r["status"].upper().replace(" ", "_"),
            r["dimension"],
            r["due_date"].isoformat(),
            f"{r['reviewed_on'].isoformat()}T09:30:00Z",
        ]
        for r in recs
    ]
    header = [
        "plan_item_id",
        "account_name",
        "item_title",
        "item_type",
        "item_status",
        "success_dimension",
        "due_date",
        "last_reviewed_at",
    ]
    x.add(
        "dbt_success_plan_items.csv",
        "dbt",
        "plans",
        P_FIELDS + ("dimension", "due_date", "reviewed_on"),
        recs,
        table_text(header, rows),
        concepts=["AT_RISK", "upper-case kinds"],
    )

    # Swedish plan: Mål / Steg / Hinder, Pågående / Klar / I riskzonen.
    recs = plans(rng, company, 13)
    kinds = {"goal": "Mål", "step": "Steg", "blocker": "Hinder"}
    status = {"open": "Pågående", "done": "Klar", "at risk": "I riskzonen"}
    rows = [
        [r["account"], kinds[r["kind"]], r["item"], status[r["status"]], r["due_date"].isoformat()]
        for r in recs
    ]
    x.add(
        "kundplan_sv.csv",
        "Excel (Swedish)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Kund", "Typ", "Aktivitet", "Status", "Förfallodatum"], rows, ";"),
        encoding="utf-8-sig",
        concepts=["Swedish words"],
    )

    # French account plan: cp1252, Objectif / Étape / Blocage, En cours / Terminé / À risque.
    recs = plans(rng, company, 13)
    kinds = {"goal": "Objectif", "step": "Étape", "blocker": "Blocage"}
    status = {"open": "En cours", "done": "Terminé", "at risk": "À risque"}
    rows = [
        [r["account"], r["item"], kinds[r["kind"]], status[r["status"]], r["owner"], eu_date(r["due_date"])]
        for r in recs
    ]
    x.add(
        "plan_de_compte_fr.csv",
        "Excel (French)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Client", "Action", "Type", "Statut", "Responsable", "Échéance"], rows, ";"),
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
