"""Writes a fifteenth blind batch: the systems CS teams name, in the views and UI languages not yet judged.

Earlier sets hold each named system's common export once. Here the same systems export what
they write from another view or in another UI language: Salesforce reports in German, French
and Spanish with report header lines, group subtotals, "Gesamtsumme" / "Total général" and
localised footers; Salesforce Data Loader extracts of Event, Account and User with upper-case
API names and 18-character ids; HubSpot in French, German, Spanish and Portuguese with property
labels (and HubSpot's "amount in company currency" beside the amount); Gainsight's Timeline
report and Cockpit CTA list; ChurnZero's task grid and event export; Totango's account grid
and success plans; Vitally's meetings; Planhat's company list; ChartMogul's MRR movements
report; Stripe invoices in cents with currency codes; Zendesk in Spanish, Freshdesk in German,
Jira Service Management in French (Java's "févr." month abbreviations); Intercom's conversation
report; Pendo's Data Explorer and NPS; Mixpanel's Insights table with a column per week;
Amplitude's chart export with its title rows; SurveyMonkey in Spanish with two header rows,
Qualtrics in German with three; Typeform in French; Google Forms in German and Spanish; and
Excel re-saves (semicolon, cp1252, decimal comma) of Salesforce and ChartMogul exports.
A file's name and system say which view or language sets it apart from the earlier ones. It
was written from what these tools write, without reading the importer's vocabulary or rules;
a file here is changed only when it misdescribes what a system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind15/make_blind15.py``; the files are checked in.
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
SEED = 15_0212_2026

CSMS = [
    Person("Annika", "Brandt", 96.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Olivier", "Garnier", 84.0, "Mid-Market", "Customer Success Manager"),
    Person("Marta", "Iglesias", 78.0, "SMB", "Customer Success Manager"),
    Person("Rafael", "Tavares", 112.0, "Enterprise", "Director Customer Success"),
]
SALES = [Person("Thomas", "Becker"), Person("Claire", "Lemoine")]
ACCOUNT_NAMES = [
    "Nordlicht Energie GmbH",
    "Boulangeries Fournier SA",
    "Transportes Castilla S.A.",
    "Clínica Horizonte Ltda",
    "Alpenblick Versicherung AG",
    "Maison Lefèvre & Fils",
    "Quantia Analytics Inc.",
    "Rotterdam Port Services",
    "Bergström Verktyg AB",
    "Editorial Ñandú",
    "Silverline Telecom Ltd",
    "Weingut Schäfer KG",
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
    seats=(20, 35, 60, 110, 180, 300),
    subscribed_from=D(2021, 11, 1),
    subscribed_days=900,
    churned_from=D(2025, 2, 1),
    churned_days=150,
    churned=(5, 10),
    mrr=(450, 700, 1100, 1600, 2400, 3900, 6100),
    go_live_days=(15, 75),
    renewal_from=D(2025, 9, 1),
)

# Java's abbreviated month names, as Jira writes them in a French UI.
MONTHS_FR_JAVA = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
MONTHS_PT = "jan fev mar abr mai jun jul ago set out nov dez".split()


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def eu(x: float, thousands: str = ".", decimals: int = 2) -> str:
    """12.000,00 with ``thousands`` between groups and a decimal comma."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def dmy(d, sep="/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def sfid(rng: random.Random, prefix: str) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "7Q00000" + "".join(rng.choice(alphabet) for _ in range(8))


def unix(t: dt.datetime) -> int:
    return calendar.timegm(t.timetuple())


def csm_of(name: str) -> Person:
    return next(p for p in CSMS if p.name == name)


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Salesforce report, German UI, grouped by the assigned user: the report name and filter
    # lines above, the group value on its first row only, a "Zwischensumme" row per group, the
    # "Gesamtsumme" and the German footer below.
    recs = sorted(engagements(rng, company, 16), key=lambda r: (r["csm"], r["moment"]))
    header = [
        "Zugewiesen",
        "Datum",
        "Betreff",
        "Accountname",
        "Aktivitätstyp",
        "CS-Einordnung",
        "Dauer (Min.)",
    ]
    rows = []
    for csm in dict.fromkeys(r["csm"] for r in recs):
        mine = [r for r in recs if r["csm"] == csm]
        for n, r in enumerate(mine):
            rows.append(
                [
                    csm if n == 0 else "",
                    r["date"].strftime("%d.%m.%Y"),
                    rng.choice(["Quartalsgespräch", "Rückruf", "Onboarding-Termin", "Nutzungsreview"]),
                    r["account"],
                    {"Call": "Anruf", "Email": "E-Mail", "Meeting": "Besprechung"}[r["type"]],
                    "Proaktiv" if r["tag"] == "proactive" else "Reaktiv",
                    int(r["duration_min"]),
                ]
            )
        rows.append(["Zwischensumme", "", "", "", "", "", sum(int(r["duration_min"]) for r in mine)])
    rows.append(["Gesamtsumme", "", "", "", "", "", sum(int(r["duration_min"]) for r in recs)])
    text = (
        '"CS-Aktivitäten nach Bearbeiter"\n'
        '"Gefiltert nach: Datum: Letzte 365 Tage   Status: Abgeschlossen"\n""\n'
        + table_text(header, rows, quote_all=True)
        + '""\n"Gesamtsumme (16 Datensätze)"\n""\n"Vertrauliche Informationen - Nicht weitergeben"\n'
        '"Copyright (c) 2000-2025 salesforce.com, inc. Alle Rechte vorbehalten."\n'
    )
    x.add(
        "salesforce_report_de_aktivitaeten_gruppiert.csv",
        "Salesforce report in German UI (grouped activities)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        text,
        concepts=[
            "report header lines",
            "grouped: user on first row only",
            "Zwischensumme rows",
            "German footer",
        ],
    )

    # Salesforce Data Loader extract of Event: upper-case API names, the account and owner as
    # 18-character ids next to the owner's name, ISO date-times in UTC, minutes.
    recs = engagements(rng, company, 15)
    rows = [
        [
            sfid(rng, "00U"),
            r["acc"].sfid,
            r["acc"].sfid,
            sfid(rng, "005"),
            r["csm"],
            r["moment"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            int(r["duration_min"]),
            {"Call": "Call", "Email": "Email", "Meeting": "Meeting"}[r["type"]],
            "Proactive" if r["tag"] == "proactive" else "Reactive",
            rng.choice(["QBR", "Health check", "Escalation follow-up", "Adoption review"]),
        ]
        for r in recs
    ]
    header = [
        "ID",
        "ACCOUNTID",
        "WHATID",
        "OWNERID",
        "OWNER.NAME",
        "ACTIVITYDATETIME",
        "DURATIONINMINUTES",
        "TYPE",
        "CS_ENGAGEMENT_TYPE__C",
        "SUBJECT",
    ]
    x.add(
        "salesforce_dataloader_events.csv",
        "Salesforce Data Loader Event extract (upper-case API names)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, quote_all=True),
        concepts=["upper-case API names", "account by 18-char id", "ActivityDateTime in UTC"],
        context=["salesforce_dataloader_accounts.csv"],
        by_id=True,
    )

    # HubSpot calls exported from the French UI: property labels, the duration in
    # milliseconds, the owner's full name, a custom "Nature de l'échange" property.
    recs = engagements(rng, company, 15, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    rows = [
        [
            62000 + n,
            r["moment"].strftime("%Y-%m-%d %H:%M"),
            rng.choice(["Point mensuel", "Appel de suivi", "Relance renouvellement", "Demande support"]),
            round(r["duration_min"] * 60) * 1000,
            r["csm"],
            r["account"],
            "Connecté",
            "Proactif" if r["tag"] == "proactive" else "Réactif",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "ID de fiche d'informations",
        "Date d'activité",
        "Titre de l'appel",
        "Durée de l'appel",
        "Propriétaire de l'activité",
        "Entreprises associées",
        "Résultat de l'appel",
        "Nature de l'échange",
    ]
    x.add(
        "hubspot_fr_appels.csv",
        "HubSpot French UI (calls)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["French property labels", "milliseconds", "Proactif/Réactif custom property"],
    )

    # Gainsight Timeline exported from Report Builder: the author, the internal attendees,
    # time spent in hours, a custom picklist for the nature of the touch.
    recs = engagements(rng, company, 15, minutes=(15, 30, 45, 60, 90, 120))
    rows = [
        [
            f"1I00{rng.randrange(10**11, 10**12)}",
            r["account"],
            r["date"].strftime("%m/%d/%Y"),
            {"Call": "Call", "Email": "Email", "Meeting": "Meeting"}[r["type"]],
            rng.choice(["Monthly sync", "Escalation review", "Renewal prep", "Exec check-in"]),
            r["csm"],
            rng.choice(["", r["acc"].owner.name, "Support Team"]),
            f"{r['duration_min'] / 60:.2f}",
            "Proactive" if r["tag"] == "proactive" else "Reactive",
        ]
        for r in recs
    ]
    header = [
        "Activity Id",
        "Company Name",
        "Activity Date",
        "Activity Type",
        "Subject",
        "Author Name",
        "Internal Attendees",
        "Time Spent (Hours)",
        "Touch Nature",
    ]
    x.add(
        "gainsight_timeline_report_builder.csv",
        "Gainsight Timeline report builder (activities)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["author vs internal attendees", "hours", "custom picklist tag"],
    )

    # Vitally meetings view: start and end times, the organizer, attendee counts, a category
    # whose words carry the tag.
    recs = engagements(rng, company, 14, minutes=(30, 45, 60))
    rows = []
    for r in recs:
        start = r["moment"]
        end = start + dt.timedelta(minutes=r["duration_min"])
        category = (
            rng.choice(["Proactive: QBR", "Proactive: Adoption review"])
            if r["tag"] == "proactive"
            else rng.choice(["Reactive: Escalation", "Reactive: Support follow-up"])
        )
        rows.append(
            [
                rng.choice(["Q1 business review", "Weekly sync", "Escalation call", "Training"]),
                r["account"],
                r["csm"],
                start.strftime("%b %d, %Y %I:%M %p"),
                end.strftime("%b %d, %Y %I:%M %p"),
                rng.randrange(2, 7),
                category,
            ]
        )
    header = ["Title", "Account", "Organizer", "Start time", "End time", "Attendees", "Category"]
    x.add(
        "vitally_meetings_view.csv",
        "Vitally meetings view",
        "engagements",
        E_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["12-hour 'Mar 04, 2025 02:30 PM'", "tag inside a category", "organizer as CSM"],
    )

    # ChurnZero task grid: each task done, its completion day beside the due day, the task
    # type saying whether it was planned outreach or a response.
    recs = engagements(rng, company, 15)
    rows = []
    for r in recs:
        due = r["date"] + dt.timedelta(days=rng.choice([-3, -1, 0, 0, 2, 5]))
        rows.append(
            [
                r["account"],
                rng.choice(["Check-in call", "Send usage report", "Follow up on ticket", "Renewal review"]),
                rng.choice(["Proactive Outreach", "Planned Touch"])
                if r["tag"] == "proactive"
                else rng.choice(["Reactive Response", "Issue Follow-up (Reactive)"]),
                r["csm"],
                due.strftime("%m/%d/%Y"),
                r["date"].strftime("%m/%d/%Y"),
                "Completed",
                rng.choice(["High", "Medium", "Low"]),
            ]
        )
    header = [
        "Account Name",
        "Subject",
        "Task Type",
        "Assigned To",
        "Due Date",
        "Completed Date",
        "Status",
        "Priority",
    ]
    x.add(
        "churnzero_task_grid.csv",
        "ChurnZero task grid",
        "engagements",
        E_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["completed date beside due date", "tag inside a task type"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Salesforce Data Loader extract of Account: upper-case API names, 18-char ids, a
    # relationship field for the CSM, the Type picklist for churned customers.
    recs = account_records(company)
    rows = [
        [
            r["acc"].sfid,
            r["account"],
            sfid(rng, "005"),
            r["acc"].owner.name,
            r["csm"],
            f"{r['arr']:.1f}",
            r["renewal_date"].isoformat(),
            "Former Customer" if r["status"] == "churned" else "Customer - Direct",
            r["segment"],
        ]
        for r in recs
    ]
    header = [
        "ID",
        "NAME",
        "OWNERID",
        "OWNER.NAME",
        "CUSTOMER_SUCCESS_MANAGER__R.NAME",
        "ARR__C",
        "RENEWAL_DATE__C",
        "TYPE",
        "SEGMENT__C",
    ]
    x.add(
        "salesforce_dataloader_accounts.csv",
        "Salesforce Data Loader Account extract (upper-case API names)",
        "accounts",
        A_FIELDS + ("status", "segment"),
        recs,
        table_text(header, rows, quote_all=True),
        concepts=["upper-case API names", "owner vs CSM relationship", "Former Customer = churned"],
    )

    # Salesforce report, French UI, grouped by CSM: header lines, "Sous-total" rows, "Total
    # général", amounts as "96 000,00 €" with a no-break space, French footer.
    recs = sorted(account_records(company), key=lambda r: (r["csm"], r["account"]))
    rows = []
    for csm in dict.fromkeys(r["csm"] for r in recs):
        mine = [r for r in recs if r["csm"] == csm]
        for n, r in enumerate(mine):
            rows.append(
                [
                    csm if n == 0 else "",
                    r["account"],
                    r["acc"].owner.name,
                    f"{eu(r['arr'], thousands=chr(0xA0))} €",
                    dmy(r["renewal_date"]),
                    r["segment"],
                ]
            )
        rows.append(
            ["Sous-total", "", "", f"{eu(sum(r['arr'] for r in mine), thousands=chr(0xA0))} €", "", ""]
        )
    rows.append(
        ["Total général", "", "", f"{eu(sum(r['arr'] for r in recs), thousands=chr(0xA0))} €", "", ""]
    )
    header = [
        "Responsable Customer Success",
        "Nom du compte",
        "Propriétaire du compte",
        "ARR",
        "Date de renouvellement",
        "Segment",
    ]
    text = (
        '"Portefeuille par CSM"\n"Filtré par : Type : Client"\n""\n'
        + table_text(header, rows, quote_all=True)
        + '""\n"Total général (12 enregistrements)"\n""\n"Informations confidentielles - Ne pas diffuser"\n'
        '"Copyright (c) 2000-2025 salesforce.com, inc. Tous droits réservés."\n'
    )
    x.add(
        "salesforce_report_fr_portefeuille.csv",
        "Salesforce report in French UI (accounts grouped by CSM)",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        text,
        concepts=["grouped: CSM on first row only", "Sous-total / Total général", "no-break space thousands"],
    )

    # HubSpot companies, German UI: the company's own annual revenue (Jahresumsatz) beside a
    # custom ARR property, the sales owner beside a custom CSM property.
    recs = account_records(company)
    rows = [
        [
            9100 + n,
            r["account"],
            f"{r['account'].split()[0].lower().replace('ñ', 'n')}.example",
            r["acc"].owner.name,
            r["csm"],
            rng.choice([5, 20, 80, 250]) * 1_000_000,
            int(r["arr"]),
            r["renewal_date"].isoformat(),
            "Kunde" if r["status"] == "active" else "Andere",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Datensatz-ID",
        "Name des Unternehmens",
        "Unternehmensdomain-Name",
        "Unternehmensinhaber",
        "Customer Success Manager",
        "Jahresumsatz",
        "ARR",
        "Verlängerungsdatum",
        "Phase im Lebenszyklus",
    ]
    x.add(
        "hubspot_de_unternehmen.csv",
        "HubSpot German UI (companies)",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["Jahresumsatz is not ARR", "Unternehmensinhaber is sales", "German labels"],
    )

    # Planhat company list: Owner is the CSM, Co-Owner the seller, MRR and ARR both, Customer
    # From, and the status picklist.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            r["acc"].owner.name,
            f"{r['arr'] / 12:.0f}",
            f"{r['arr']:.0f}",
            r["renewal_date"].isoformat(),
            r["subscribed_on"].isoformat(),
            "lost" if r["status"] == "churned" else "customer",
            rng.choice(["Onboarding", "Adoption", "Renewal"]),
            rng.randrange(2, 10),
        ]
        for r in recs
    ]
    header = [
        "Name",
        "Owner",
        "Co-Owner",
        "MRR",
        "ARR",
        "Renewal Date",
        "Customer From",
        "Status",
        "Phase",
        "Health",
    ]
    x.add(
        "planhat_company_list.csv",
        "Planhat company list",
        "accounts",
        A_FIELDS + ("subscribed_on", "status"),
        recs,
        table_text(header, rows),
        concepts=["Owner is the CSM", "MRR beside ARR", "lost = churned"],
    )

    # Totango account grid: the account id, the success manager, the contract value, the
    # lifecycle stage; churned accounts keep their row.
    recs = account_records(company)
    rows = [
        [
            f"{r['account'].split()[0].lower().replace('í', 'i').replace('ñ', 'n')}-{n:03d}",
            r["account"],
            r["csm"],
            f"${r['arr']:,.0f}",
            r["renewal_date"].strftime("%m/%d/%Y"),
            "Churned" if r["status"] == "churned" else rng.choice(["Adopting", "Growing", "Onboarding"]),
            rng.choice(["Good", "Average", "Poor"]),
            r["seats_purchased"],
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Account ID",
        "Account Name",
        "Success Manager",
        "Contract Value",
        "Contract Renewal Date",
        "Lifecycle Stage",
        "Health",
        "Licenses",
    ]
    x.add(
        "totango_account_grid.csv",
        "Totango account grid",
        "accounts",
        A_FIELDS + ("status", "seats_purchased"),
        recs,
        table_text(header, rows),
        concepts=["Success Manager", "Contract Value as ARR", "Churned lifecycle stage"],
    )

    # A Salesforce account report in Spanish UI, opened and saved again from Excel: semicolons,
    # cp1252, decimal commas, the report footer still below.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            eu(r["arr"]),
            dmy(r["renewal_date"]),
            r["segment"],
            r["seats_purchased"],
        ]
        for r in recs
    ]
    header = [
        "Nombre de la cuenta",
        "Propietario de la cuenta",
        "Gerente de éxito del cliente",
        "ARR (EUR)",
        "Fecha de renovación",
        "Segmento",
        "Licencias contratadas",
    ]
    text = table_text(header, rows, ";") + (
        "\nTotal general (12 registros);;;;;;\n;;;;;;\nInformación confidencial - No distribuir;;;;;;\n"
        "Copyright (c) 2000-2025 salesforce.com, inc. Todos los derechos reservados.;;;;;;\n"
    )
    x.add(
        "excel_resave_salesforce_cuentas_es.csv",
        "Excel (re-saved Salesforce account report, Spanish UI)",
        "accounts",
        A_FIELDS + ("segment", "seats_purchased"),
        recs,
        text,
        encoding="cp1252",
        concepts=["Excel re-save: semicolons, cp1252", "Spanish Salesforce labels", "footer with semicolons"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    # Salesforce Data Loader extract of User: upper-case API names, a custom hourly rate field.
    rows = [
        [sfid(rng, "005"), p.name, p.email, p.role, "Customer Success", f"{p.rate:.1f}", "true"] for p in CSMS
    ]
    header = ["ID", "NAME", "EMAIL", "TITLE", "DEPARTMENT", "HOURLY_RATE__C", "ISACTIVE"]
    x.add(
        "salesforce_dataloader_users.csv",
        "Salesforce Data Loader User extract (upper-case API names)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows, quote_all=True),
        concepts=["upper-case API names", "HOURLY_RATE__C", "TITLE as role"],
    )

    # Google Sheets, German rates from finance: a decimal comma inside quotes, "gültig ab".
    rows = [[p.name, p.role, f"{eu(p.rate)} €", "01.01.2025", p.team] for p in CSMS]
    header = ["Mitarbeiter/in", "Position", "Stundensatz", "Gültig ab", "Team"]
    x.add(
        "gsheet_stundensaetze_cs_de.csv",
        "Google Sheets (German, CS hourly rates)",
        "team",
        TEAM_FIELDS,
        recs,
        "Stundensätze Customer Success (Controlling)\n" + table_text(header, rows),
        concepts=["'96,00 €' quoted", "Mitarbeiter/in", "title line"],
    )

    # Gainsight user management export: the cost rate per hour in USD beside the license type.
    rows = [[p.name, p.email, p.role, "Full", p.team, f"{p.rate:.2f}", "Active"] for p in CSMS]
    header = ["Name", "Email", "Title", "License Type", "Team", "Hourly Cost (USD)", "Status"]
    x.add(
        "gainsight_user_management.csv",
        "Gainsight user management",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Hourly Cost (USD)", "License Type beside Title"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Zendesk view exported from the Spanish UI: the requester and the organisation, Spanish
    # status and priority words, the resolution time empty while open.
    recs = tickets(rng, company, 15)
    prio = {"Low": "Baja", "Normal": "Normal", "High": "Alta", "Urgent": "Urgente"}
    rows = [
        [
            int(r["ticket_id"]) + 20000,
            rng.choice(
                ["No puedo iniciar sesión", "Error al exportar", "Consulta de facturación", "Lentitud"]
            ),
            rng.choice(["Lucía Pardo", "Jorge Ruiz", "Ana Beltrán", "Iker Etxeberria"]),
            r["account"],
            "Resuelto" if r["closed_at"] else rng.choice(["Abierto", "Pendiente", "En espera"]),
            prio[r["priority"]],
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
            rng.choice(["Soporte N1", "Soporte N2"]),
        ]
        for r in recs
    ]
    header = [
        "ID",
        "Asunto",
        "Solicitante",
        "Organización",
        "Estado",
        "Prioridad",
        "Solicitado",
        "Resuelto",
        "Grupo",
    ]
    x.add(
        "zendesk_es_vista_tickets.csv",
        "Zendesk Spanish UI (view export)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=[
            "Solicitante is a person, Organización the account",
            "Solicitado / Resuelto",
            "Spanish words",
        ],
    )

    # Freshdesk tickets, German UI: Erstellungszeit, Lösungszeit and a later Abschlusszeit.
    recs = tickets(rng, company, 15)
    rows = []
    for n, r in enumerate(recs):
        closed = r["closed_at"]
        later = closed + dt.timedelta(hours=rng.choice([24, 48, 72])) if closed and n % 2 == 0 else None
        rows.append(
            [
                int(r["ticket_id"]) - 700,
                rng.choice(["Login schlägt fehl", "Frage zur Rechnung", "Export bricht ab", "Neue Benutzer"]),
                ("Geschlossen" if later else "Gelöst") if closed else rng.choice(["Offen", "Ausstehend"]),
                {"Low": "Niedrig", "Normal": "Mittel", "High": "Hoch", "Urgent": "Dringend"}[r["priority"]],
                rng.choice(["E-Mail", "Portal", "Telefon"]),
                r["account"],
                r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
                closed.strftime("%Y-%m-%d %H:%M:%S") if closed else "",
                later.strftime("%Y-%m-%d %H:%M:%S") if later else "",
            ]
        )
    header = [
        "Ticket-ID",
        "Betreff",
        "Status",
        "Priorität",
        "Quelle",
        "Unternehmen",
        "Erstellungszeit",
        "Lösungszeit",
        "Abschlusszeit",
    ]
    x.add(
        "freshdesk_de_tickets.csv",
        "Freshdesk German UI (tickets)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Lösungszeit vs later Abschlusszeit", "German labels", "Unternehmen"],
    )

    # Jira Service Management, French UI: the key and the id, Java's French month
    # abbreviations in "12/févr./25 14:05", the organisation in a custom field.
    recs = tickets(rng, company, 14)

    def jira(t):
        return f"{t.day:02d}/{MONTHS_FR_JAVA[t.month - 1]}/{t.strftime('%y %H:%M')}"

    rows = [
        [
            rng.choice(["Accès refusé", "Erreur de synchronisation", "Question facturation", "Lenteur"]),
            f"SUP-{int(r['ticket_id']) - 400}",
            int(r["ticket_id"]) + 30000,
            "Demande de service",
            "Résolu" if r["closed_at"] else rng.choice(["En attente de support", "En cours"]),
            {"Low": "Basse", "Normal": "Moyenne", "High": "Haute", "Urgent": "Critique"}[r["priority"]],
            jira(r["opened_at"]),
            jira(r["closed_at"]) if r["closed_at"] else "",
            jira((r["closed_at"] or r["opened_at"]) + dt.timedelta(hours=3)),
            r["account"],
        ]
        for r in recs
    ]
    header = [
        "Résumé",
        "Clé de ticket",
        "ID de ticket",
        "Type de ticket",
        "État",
        "Priorité",
        "Création",
        "Résolue",
        "Mise à jour",
        "Champ personnalisé (Organisations)",
    ]
    x.add(
        "jsm_fr_tickets.csv",
        "Jira Service Management French UI (issues)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["'12/févr./25 14:05' dates", "Mise à jour is not the resolution", "French labels"],
    )

    # Intercom conversation report export: UTC times, the company name, the teammate, the
    # state; the last close empty while open or snoozed.
    recs = tickets(rng, company, 15)
    rows = [
        [
            f"2150{rng.randrange(10**8, 10**9)}",
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S UTC"),
            r["account"],
            rng.choice(["Sofia Marquez", "Ben Okafor", "Lea Vogel"]),
            "closed" if r["closed_at"] else rng.choice(["open", "snoozed"]),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S UTC") if r["closed_at"] else "",
            rng.randrange(60, 3600),
            rng.choice(["Email", "Chat", "Messenger"]),
        ]
        for r in recs
    ]
    header = [
        "Conversation ID",
        "Conversation started at",
        "Company name",
        "Teammate assigned",
        "State",
        "Last closed at",
        "First response time (seconds)",
        "Channel",
    ]
    x.add(
        "intercom_conversation_report.csv",
        "Intercom conversation report",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["UTC suffix", "Last closed at", "first response seconds are not a resolution"],
    )

    # Salesforce case report, Spanish UI: report header lines, dd/mm/yyyy hh:mm, Escalado
    # as a 1/0 checkbox, the Spanish footer.
    recs = tickets(rng, company, 14)
    rows = [
        [
            f"{int(r['ticket_id']) + 4000:08d}",
            r["account"],
            rng.choice(["Error de integración", "No carga el panel", "Duda de contrato"]),
            "Cerrado" if r["closed_at"] else rng.choice(["Nuevo", "En curso"]),
            {"Low": "Baja", "Normal": "Media", "High": "Alta", "Urgent": "Crítica"}[r["priority"]],
            1 if r["escalated"] else 0,
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = [
        "Número del caso",
        "Nombre de la cuenta",
        "Asunto",
        "Estado",
        "Prioridad",
        "Escalado",
        "Fecha/Hora de apertura",
        "Fecha/Hora de cierre",
    ]
    text = (
        '"Casos abiertos y cerrados - Soporte"\n""\n'
        + table_text(header, rows, quote_all=True)
        + '""\n"Total general (14 registros)"\n""\n"Información confidencial - No distribuir"\n'
        '"Copyright (c) 2000-2025 salesforce.com, inc. Todos los derechos reservados."\n'
    )
    x.add(
        "salesforce_report_es_casos.csv",
        "Salesforce report in Spanish UI (cases)",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        text,
        concepts=["Spanish labels", "Escalado 1/0", "Spanish footer"],
    )

    # HubSpot tickets, Portuguese UI: pipeline status words, the associated company.
    recs = tickets(rng, company, 15)
    rows = [
        [
            int(r["ticket_id"]) + 51000,
            rng.choice(["Erro no login", "Dúvida sobre fatura", "Relatório não carrega"]),
            "Pipeline de suporte",
            "Fechado"
            if r["closed_at"]
            else rng.choice(["Novo", "Aguardando contato", "Aguardando nossa resposta"]),
            r["opened_at"].strftime("%Y-%m-%d %H:%M"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M") if r["closed_at"] else "",
            r["account"],
            r["acc"].csm.name,
            {"Low": "Baixa", "Normal": "Média", "High": "Alta", "Urgent": "Alta"}[r["priority"]],
        ]
        for r in recs
    ]
    header = [
        "ID do registro",
        "Nome do ticket",
        "Pipeline",
        "Status do ticket",
        "Data de criação",
        "Data de fechamento",
        "Empresa associada",
        "Proprietário do ticket",
        "Prioridade",
    ]
    x.add(
        "hubspot_pt_tickets.csv",
        "HubSpot Portuguese UI (tickets)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["Portuguese labels", "Empresa associada", "Data de fechamento"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # SurveyMonkey, Spanish UI: two header rows (the question, then "Respuesta" / "Respuesta
    # abierta"), the company as a custom data field, day-first dates.
    recs = surveys(rng, company, 15)
    rows = [
        [
            118000000 + n,
            442000000,
            r["moment"].strftime("%d/%m/%Y %H:%M:%S"),
            (r["moment"] + dt.timedelta(minutes=2)).strftime("%d/%m/%Y %H:%M:%S"),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "ID del encuestado",
        "ID del recopilador",
        "Fecha de inicio",
        "Fecha de finalización",
        "Dirección de correo electrónico",
        "Datos personalizados 1",
        "¿Qué tan probable es que recomiende Northbeam a un amigo o colega?",
        "¿Por qué?",
    ]
    second = ["", "", "", "", "", "", "Respuesta", "Respuesta abierta"]
    x.add(
        "surveymonkey_es_respuestas.csv",
        "SurveyMonkey Spanish UI (responses)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, [second, *rows]),
        concepts=["two header rows", "company in Datos personalizados 1", "day-first dates"],
    )

    # Qualtrics, German survey: three header rows (ids, German question texts, ImportId JSON),
    # the company as embedded data.
    recs = surveys(rng, company, 15)
    rows = [
        [
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            (r["moment"] + dt.timedelta(minutes=3)).strftime("%Y-%m-%d %H:%M:%S"),
            "IP Address",
            100,
            rng.randrange(60, 400),
            "True",
            (r["moment"] + dt.timedelta(minutes=3)).strftime("%Y-%m-%d %H:%M:%S"),
            f"R_{rng.getrandbits(48):012x}",
            r["score"],
            r["comment"] or "",
            r["account"],
        ]
        for r in recs
    ]
    header = [
        "StartDate",
        "EndDate",
        "Status",
        "Progress",
        "Duration (in seconds)",
        "Finished",
        "RecordedDate",
        "ResponseId",
        "Q1",
        "Q2",
        "Firma",
    ]
    labels = [
        "Startdatum",
        "Enddatum",
        "Antworttyp",
        "Fortschritt",
        "Dauer (in Sekunden)",
        "Fertig",
        "Aufgezeichnetes Datum",
        "Antwort-ID",
        "Wie wahrscheinlich ist es, dass Sie Northbeam einem Kollegen empfehlen?",
        "Was ist der wichtigste Grund für Ihre Bewertung?",
        "Firma",
    ]
    ids = [
        '{"ImportId":"startDate","timeZone":"Europe/Berlin"}',
        '{"ImportId":"endDate","timeZone":"Europe/Berlin"}',
        '{"ImportId":"status"}',
        '{"ImportId":"progress"}',
        '{"ImportId":"duration"}',
        '{"ImportId":"finished"}',
        '{"ImportId":"recordedDate","timeZone":"Europe/Berlin"}',
        '{"ImportId":"_recordId"}',
        '{"ImportId":"QID1"}',
        '{"ImportId":"QID2_TEXT"}',
        '{"ImportId":"Firma"}',
    ]
    x.add(
        "qualtrics_de_umfrage.csv",
        "Qualtrics German survey (responses)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, [labels, ids, *rows]),
        encoding="utf-8-sig",
        concepts=["three header rows", "German question text", "embedded data Firma"],
    )

    # Typeform, French form: the question texts as headers, Typeform's own English columns.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"{rng.getrandbits(64):016x}",
            r["score"],
            r["comment"] or "",
            r["account"],
            r["respondent"],
            (r["moment"] - dt.timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S"),
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            f"{rng.getrandbits(40):010x}",
            "",
        ]
        for r in recs
    ]
    header = [
        "#",
        "Quelle est la probabilité que vous recommandiez Northbeam à un collègue ?",
        "Qu'est-ce qui motive votre note ?",
        "Pour quelle entreprise travaillez-vous ?",
        "Votre adresse e-mail",
        "Start Date (UTC)",
        "Submit Date (UTC)",
        "Network ID",
        "Tags",
    ]
    x.add(
        "typeform_fr_reponses.csv",
        "Typeform French form (responses)",
        "surveys",
        S_FIELDS + ("respondent",),
        recs,
        table_text(header, rows),
        concepts=["French question texts", "Submit Date (UTC)", "Start Date beside Submit Date"],
    )

    # Google Forms in German: "Zeitstempel" as "12.03.2025 14:05:33", the questions as headers.
    recs = surveys(rng, company, 14)
    rows = [
        [
            r["moment"].strftime("%d.%m.%Y %H:%M:%S"),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Zeitstempel",
        "E-Mail-Adresse",
        "Für welches Unternehmen arbeiten Sie?",
        "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0 = gar nicht, 10 = äußerst wahrscheinlich)",
        "Was können wir besser machen?",
    ]
    x.add(
        "google_forms_de_umfrage.csv",
        "Google Forms (German, NPS)",
        "surveys",
        S_FIELDS + ("respondent",),
        recs,
        table_text(header, rows),
        concepts=["Zeitstempel", "German question texts", "0-10 scale in the question"],
    )

    # Google Forms in Spanish: "Marca temporal" without leading zeros, a Sí/No question.
    recs = surveys(rng, company, 15)
    rows = [
        [
            f"{r['moment'].day}/{r['moment'].month}/{r['moment'].year} {r['moment'].strftime('%H:%M:%S')}",
            r["account"],
            "Sí" if r["recommend"] else "No",
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Marca temporal",
        "Nombre de tu empresa",
        "¿Recomendarías nuestra plataforma a un colega?",
        "Comentarios",
    ]
    x.add(
        "google_forms_es_encuesta.csv",
        "Google Forms (Spanish, yes/no recommend)",
        "surveys",
        ("account", "date", "recommend"),
        recs,
        table_text(header, rows),
        concepts=["Marca temporal 'd/m/yyyy'", "Sí/No recommend", "Spanish question text"],
    )

    # Pendo NPS responses: the visitor and the account id beside the account's name.
    recs = surveys(rng, company, 15)
    rows = [
        [
            r["respondent"],
            r["acc"].sfid,
            r["account"],
            r["score"],
            r["comment"] or "",
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            "NPS Q2 2025",
        ]
        for r in recs
    ]
    header = ["Visitor ID", "Account ID", "Account Name", "NPS Score", "Response", "Date", "Guide Name"]
    x.add(
        "pendo_nps_responses.csv",
        "Pendo NPS responses",
        "surveys",
        S_FIELDS + ("respondent",),
        recs,
        table_text(header, rows),
        concepts=["NPS Score", "Account ID beside Account Name", "visitor as respondent"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Pendo Data Explorer: one row per account and day, visitors, events and minutes.
    recs = []
    for a in company[:6]:
        for d in range(5):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, 3, 10) + dt.timedelta(days=d),
                    active_users=float(rng.randrange(1, a.seats)),
                    events=float(rng.randrange(40, 4000)),
                    acc=a,
                )
            )
    rows = [
        [
            r["account"],
            r["date"].strftime("%b %d, %Y"),
            int(r["active_users"]),
            int(r["events"]),
            rng.randrange(10, 900),
        ]
        for r in recs
    ]
    header = ["Account", "Day", "Number of Visitors", "Number of Events", "Number of Minutes"]
    x.add(
        "pendo_data_explorer.csv",
        "Pendo Data Explorer",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows),
        concepts=["'Mar 10, 2025' days", "Number of Visitors as users", "minutes are not events"],
    )

    # Mixpanel Insights table: one column per week, the breakdown by company, event totals.
    weeks = [D(2025, 4, 7) + dt.timedelta(weeks=w) for w in range(5)]
    recs = []
    rows = []
    for a in company[2:9]:
        row = ["Report Viewed", a.name]
        for w in weeks:
            n = rng.randrange(20, 1500)
            recs.append(dict(account=a.name, date=w, events=float(n), feature="Report Viewed", acc=a))
            row.append(n)
        rows.append(row)
    header = ["event", "company", *(f"{w.isoformat()}T00:00:00-07:00" for w in weeks)]
    x.add(
        "mixpanel_insights_weekly_table.csv",
        "Mixpanel Insights table (a column per week)",
        "usage",
        ("account", "date", "events", "feature"),
        recs,
        table_text(header, rows),
        concepts=["wide layout, ISO week columns with a zone", "event name as feature", "totals as events"],
    )

    # Amplitude chart export: the chart's title and metric rows above, a column per day.
    days = [D(2025, 5, 12) + dt.timedelta(days=d) for d in range(6)]
    recs = []
    rows = []
    for a in company[4:10]:
        row = [a.name]
        for d in days:
            n = rng.randrange(1, a.seats)
            recs.append(dict(account=a.name, date=d, active_users=float(n), acc=a))
            row.append(n)
        rows.append(row)
    text = "Active users by company\nUniques,Any Active Event\n\n" + table_text(
        ["gp:company_name", *(d.isoformat() for d in days)], rows
    )
    x.add(
        "amplitude_chart_active_users.csv",
        "Amplitude chart export (uniques by company)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        text,
        concepts=["title and metric rows above", "gp: user property", "a column per day"],
    )

    # ChurnZero event export: one row per account, event and day with its quantity.
    recs = []
    for a in company[1:8]:
        for _ in range(3):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, 6, 2) + dt.timedelta(days=rng.randrange(20)),
                    events=float(rng.randrange(1, 300)),
                    feature=rng.choice(["Invoice Created", "Report Exported", "User Invited"]),
                    acc=a,
                )
            )
    rows = [
        [
            r["account"],
            f"EXT-{ACCOUNT_NAMES.index(r['account']) + 100}",
            r["feature"],
            r["date"].strftime("%m/%d/%Y"),
            int(r["events"]),
            "Application",
        ]
        for r in recs
    ]
    header = ["Account Name", "Account External ID", "Event Name", "Event Date", "Quantity", "Source"]
    x.add(
        "churnzero_event_export.csv",
        "ChurnZero event export",
        "usage",
        ("account", "date", "events", "feature"),
        recs,
        table_text(header, rows),
        concepts=["Quantity as events", "Event Name as feature"],
    )

    # Google Sheets, Portuguese monthly usage: "mar/2025" months, the client, users, sessions.
    recs = []
    for a in company[:7]:
        for m in (3, 4, 5):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, m, 1),
                    active_users=float(rng.randrange(2, a.seats)),
                    acc=a,
                )
            )
    rows = [
        [
            f"{MONTHS_PT[r['date'].month - 1]}/{r['date'].year}",
            r["account"],
            int(r["active_users"]),
            int(r["active_users"]) * rng.randrange(3, 12),
        ]
        for r in recs
    ]
    x.add(
        "gsheet_uso_mensal_pt.csv",
        "Google Sheets (Portuguese, monthly usage)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(["Mês", "Cliente", "Usuários ativos", "Sessões"], rows),
        concepts=["'mar/2025' months", "Usuários ativos", "sessions are not users"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # ChartMogul MRR movements report: dollars with signs, the movement type, the customer.
    recs = revenue(rng, company, 14, kinds=["new", "expansion", "contraction", "churn"])
    words = {"new": "New Business", "expansion": "Expansion", "contraction": "Contraction", "churn": "Churn"}
    rows = [
        [
            r["date"].strftime("%b %d, %Y"),
            r["account"],
            words[r["kind"]],
            ("-" if r["kind"] in ("contraction", "churn") else "") + f"${r['mrr']:,.2f}",
            "USD",
        ]
        for r in recs
    ]
    x.add(
        "chartmogul_mrr_movements_report.csv",
        "ChartMogul MRR movements report",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Date", "Customer", "Movement", "MRR Movement", "Currency"], rows),
        concepts=["MRR -> ARR", "signed dollars", "New Business"],
    )

    # Stripe invoices for yearly plans: amounts in cents, the billing reason telling the
    # first invoice from a renewal, lower-case currency codes.
    recs = revenue(rng, company, 14, kinds=["new", "renewal"])
    rows = [
        [
            f"in_1Q{rng.getrandbits(60):015X}",
            f"cus_{r['acc'].sfid[-10:]}",
            r["account"],
            int(r["amount"] * 100),
            int(r["amount"] * 100),
            "eur",
            "paid",
            r["date"].strftime("%Y-%m-%d 09:00:00"),
            "subscription_create" if r["kind"] == "new" else "subscription_cycle",
            f"sub_1Q{rng.getrandbits(50):012X}",
        ]
        for r in recs
    ]
    header = [
        "id",
        "customer",
        "customer_name",
        "amount_due",
        "amount_paid",
        "currency",
        "status",
        "created",
        "billing_reason",
        "subscription",
    ]
    x.add(
        "stripe_invoices_yearly.csv",
        "Stripe invoices via the API (cents, yearly plans)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["cents", "billing reason as kind", "yearly invoice = ARR"],
    )

    # Salesforce opportunity report, German UI, grouped by type: the Opportunity Type picklist
    # in German, "12.000,00 €", a Zwischensumme per group and the Gesamtsumme.
    recs = sorted(
        revenue(rng, company, 14, kinds=["new", "renewal", "expansion", "contraction"]),
        key=lambda r: (["new", "renewal", "expansion", "contraction"].index(r["kind"]), r["date"]),
    )
    words = {
        "new": "Neukunde",
        "renewal": "Bestehender Kunde - Verlängerung",
        "expansion": "Bestehender Kunde - Upgrade",
        "contraction": "Bestehender Kunde - Downgrade",
    }
    rows = []
    for kind in dict.fromkeys(r["kind"] for r in recs):
        mine = [r for r in recs if r["kind"] == kind]
        for n, r in enumerate(mine):
            rows.append(
                [
                    words[kind] if n == 0 else "",
                    f"{r['account']} - {r['date'].year}",
                    r["account"],
                    r["date"].strftime("%d.%m.%Y"),
                    "Geschlossen und gewonnen",
                    f"{eu(r['amount'])} €",
                    r["acc"].owner.name,
                ]
            )
        rows.append(["Zwischensumme", "", "", "", "", f"{eu(sum(r['amount'] for r in mine))} €", ""])
    rows.append(["Gesamtsumme", "", "", "", "", f"{eu(sum(r['amount'] for r in recs))} €", ""])
    header = [
        "Typ",
        "Opportunity-Name",
        "Accountname",
        "Schlusstermin",
        "Phase",
        "Betrag",
        "Opportunity-Inhaber",
    ]
    text = (
        '"Gewonnene Opportunities nach Typ"\n""\n'
        + table_text(header, rows, quote_all=True)
        + '""\n"Gesamtsumme (14 Datensätze)"\n""\n"Vertrauliche Informationen - Nicht weitergeben"\n'
        '"Copyright (c) 2000-2025 salesforce.com, inc. Alle Rechte vorbehalten."\n'
    )
    x.add(
        "salesforce_report_de_opportunities_nach_typ.csv",
        "Salesforce report in German UI (opportunities grouped by type)",
        "revenue",
        R_FIELDS,
        recs,
        text,
        concepts=["grouped: type on first row only", "German Opportunity Type words", "Zwischensumme rows"],
    )

    # HubSpot deals, Spanish UI: the amount beside the amount in company currency, a custom
    # revenue category.
    recs = revenue(rng, company, 14)
    words = {
        "new": "Cliente nuevo",
        "renewal": "Renovación",
        "expansion": "Upsell",
        "contraction": "Downsell",
        "churn": "Cancelación",
    }
    rows = [
        [
            80100 + n,
            f"{r['account']} – {words[r['kind']]}",
            "Cierre ganado",
            r["date"].strftime("%Y-%m-%d %H:%M"),
            f"{r['amount']:.0f}",
            f"{r['amount']:.0f}",
            words[r["kind"]],
            r["account"],
            r["acc"].owner.name,
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "ID de registro",
        "Nombre del negocio",
        "Etapa del negocio",
        "Fecha de cierre",
        "Importe",
        "Importe en la moneda de la empresa",
        "Categoría de ingresos",
        "Empresas asociadas",
        "Propietario del negocio",
    ]
    x.add(
        "hubspot_es_negocios.csv",
        "HubSpot Spanish UI (deals)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=[
            "Importe beside the company-currency amount",
            "Spanish category words",
            "deal names repeat the category",
        ],
    )

    # ChartMogul's movements opened in a German Excel and saved again: semicolons, cp1252,
    # decimal commas, the type column renamed by hand.
    recs = revenue(rng, company, 14, kinds=["new", "expansion", "contraction", "churn"])
    words = {"new": "New Business", "expansion": "Expansion", "contraction": "Contraction", "churn": "Churn"}
    rows = [
        [
            r["date"].strftime("%d.%m.%Y"),
            r["account"],
            words[r["kind"]],
            ("-" if r["kind"] in ("contraction", "churn") else "") + eu(r["mrr"]),
        ]
        for r in recs
    ]
    x.add(
        "excel_resave_chartmogul_bewegungen_de.csv",
        "Excel (re-saved ChartMogul movements, German)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Datum", "Kunde", "Art", "MRR-Änderung"], rows, ";"),
        encoding="cp1252",
        concepts=["Excel re-save: semicolons, cp1252", "MRR-Änderung -> ARR", "signed decimal commas"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Gainsight Cockpit CTA list: Objective and Risk CTAs, Gainsight's status words.
    recs = [r for r in plans(rng, company, 20, statuses=("open", "done")) if r["kind"] != "step"][:14]
    status = {"open": ["New", "Work In Progress"], "done": ["Closed Success"]}
    rows = [
        [
            r["item"],
            r["account"],
            "Objective" if r["kind"] == "goal" else "Risk",
            rng.choice(status[r["status"]]),
            rng.choice(["High", "Medium", "Low"]),
            r["owner"],
            r["due_date"].strftime("%m/%d/%Y"),
            rng.choice(["Product Adoption", "Executive Engagement", "Support Issues"]),
        ]
        for r in recs
    ]
    header = ["CTA Name", "Company Name", "Type", "Status", "Priority", "Owner Name", "Due Date", "Reason"]
    x.add(
        "gainsight_cockpit_cta_list.csv",
        "Gainsight Cockpit CTA list",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Objective/Risk CTA types", "Closed Success = done"],
    )

    # Totango success plan: goals, milestones and risks with Totango's status words.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Goal", "step": "Milestone", "blocker": "Risk"}
    status = {"open": ["Not Started", "In Progress"], "done": ["Completed"], "at risk": ["At Risk"]}
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            rng.choice(status[r["status"]]),
            r["owner"],
            r["due_date"].strftime("%m/%d/%Y"),
        ]
        for r in recs
    ]
    header = ["Account Name", "Item Type", "Title", "Status", "Owner", "Target Date"]
    x.add(
        "totango_success_plans.csv",
        "Totango success plans",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Milestone as step", "Not Started / At Risk"],
    )

    # Google Sheets, German account plan: Ziel / Maßnahme / Hindernis, Offen / Erledigt / Gefährdet.
    recs = sorted(plans(rng, company, 15), key=lambda r: r["account"])
    kinds = {"goal": "Ziel", "step": "Maßnahme", "blocker": "Hindernis"}
    status = {"open": "Offen", "done": "Erledigt", "at risk": "Gefährdet"}
    rows = []
    previous = None
    for r in recs:
        rows.append(
            [
                r["account"] if r["account"] != previous else "",
                kinds[r["kind"]],
                r["item"],
                r["owner"],
                r["due_date"].strftime("%d.%m.%Y"),
                status[r["status"]],
            ]
        )
        previous = r["account"]
    header = ["Kunde", "Kategorie", "Beschreibung", "Verantwortlich", "Fällig am", "Status"]
    x.add(
        "gsheet_accountplan_de.csv",
        "Google Sheets (German, account plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        "Account-Pläne 2025\n" + table_text(header, rows),
        concepts=["merged-cell customer", "Ziel/Maßnahme/Hindernis", "German status words"],
    )

    # ChurnZero plays: each play step with its account, the play's status and due date.
    recs = [dict(r, kind="step") for r in plans(rng, company, 14)]
    status = {"open": "In Progress", "done": "Complete", "at risk": "Overdue"}
    rows = [
        [
            r["account"],
            rng.choice(["Onboarding Play", "Renewal Play", "Risk Mitigation Play"]),
            r["item"],
            r["owner"],
            status[r["status"]],
            r["due_date"].strftime("%m/%d/%Y"),
        ]
        for r in recs
    ]
    header = ["Account Name", "Play Name", "Step", "Assigned To", "Step Status", "Due Date"]
    x.add(
        "churnzero_play_steps.csv",
        "ChurnZero play steps",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["play steps are steps", "Overdue = at risk", "Complete = done"],
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
