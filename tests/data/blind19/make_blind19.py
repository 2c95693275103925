"""Writes a nineteenth blind batch: the sheets a CS team keeps by hand and the BI downloads it pulls.

Most files are trackers kept in spreadsheets, in English and in German, French, Spanish,
Portuguese, Italian and Dutch, saved the way each locale saves them: Excel's semicolon and
decimal-comma CSV in Windows-1252 with CRLF, Google Sheets' plain UTF-8, and the CSV of WPS
Spreadsheets, Quip, Gnumeric, Collabora Online and SoftMaker PlanMaker. They carry a title and
an as-of line ("Stand:", "Fecha:"), section rows where a merged cell names the account, blank
separator rows, subtotal and total rows, a legend block under the table, notes with line breaks,
units in the header ("ARR (k€)", "MRR in Tsd. €", "Dauer (Std.)"), amounts as "22,5k" and "1.5M",
dates as "KW 12", "März 2025", "Q3/25" and "14-MAR-2025", CSMs by their initials, ticks for done,
and who started a contact ("CSM" or "Kunde") in place of a proactive / reactive word. The rest
are downloads from BI and planning tools no earlier set names: MicroStrategy, SAP Analytics
Cloud, Oracle Analytics, Yellowfin, Planful, SurveyHero and Microsoft Lists.

It was written from what these tools and teams write, without reading the importer's vocabulary
or rules; a file here is changed only when it misdescribes what a system writes, never to make it
load. Expected results come from the generator's own records through
``tests.export_judge.measures``, never from the importer. Run
``python tests/data/blind19/make_blind19.py``; the files are checked in.
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
    write_set,
)

D = dt.date
SEED = 19_0312_2026

CSMS = [
    Person("Henrike", "Vogel", 92.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Baptiste", "Roux", 81.0, "Mid-Market", "Customer Success Manager"),
    Person("Inés", "Calderón", 76.0, "SMB", "Customer Success Manager"),
    Person("Lotte", "de Wit", 104.0, "Enterprise", "Head of Customer Success"),
]
SALES = [Person("Matthias", "Kron"), Person("Giulia", "Ferraro")]
ACCOUNT_NAMES = [
    "Hafenkontor Lübeck GmbH",
    "Fromagerie Duval SARL",
    "Grupo Hostelero Miramar",
    "Construtora Ipê Ltda",
    "Ottica Bellini S.r.l.",
    "Tulpenveld Logistiek B.V.",
    "Brightwater Analytics Ltd",
    "Kraftwerk Süd AG",
    "Éditions du Rivage",
    "Farmácias Aurora S.A.",
    "Studio Verdi & Figli",
    "Zeeland Agro Coöperatie",
]
SEGMENTS = ["Enterprise", "Mid-Market", "SMB"]

E_FIELDS = ("date", "account", "csm", "tag")
A_FIELDS = ("account", "csm", "arr", "renewal_date")
T_FIELDS = ("ticket_id", "account", "opened_at", "closed_at")
S_FIELDS = ("account", "date", "score")
R_FIELDS = ("account", "date", "kind", "amount")
P_FIELDS = ("account", "item", "kind", "status")
TEAM_FIELDS = ("csm", "hourly_rate", "role")

# Monthly fees whose yearly sums write exactly as "7,5k", "22,5k" or "1.5M".
COMPANY_SHAPE = CompanyShape(
    seats=(15, 40, 75, 120, 250, 400),
    subscribed_from=D(2022, 3, 1),
    subscribed_days=800,
    churned_from=D(2025, 1, 15),
    churned_days=120,
    churned=(4, 9),
    mrr=(625, 1250, 1875, 2500, 3125, 4375, 8750, 125000),
    go_live_days=(10, 80),
    renewal_from=D(2025, 8, 1),
)

MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MONTHS_ES_SHORT = "ene feb mar abr may jun jul ago sep oct nov dic".split()
MONTHS_EN_UPPER = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def eu(x: float, thousands: str = ".", decimals: int = 2) -> str:
    """12.000,00 with ``thousands`` between groups and a decimal comma."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def dmy(d, sep="/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def short_amount(x: float, decimal: str = ",") -> str:
    """22500 -> "22,5k", 1500000 -> "1,5M": the way a sheet's custom number format shows money."""
    if x >= 1_000_000:
        text, suffix = f"{x / 1_000_000:g}", "M"
    else:
        text, suffix = f"{x / 1000:g}", "k"
    return text.replace(".", decimal) + suffix


def initials(name: str) -> str:
    return "".join(part[0].upper() for part in name.replace("-", " ").split())


def iso_monday(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 1)


def quarter_start(d: dt.date) -> dt.date:
    return D(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Excel, German locale: the team's contact log with a title and a "Stand:" line, hours with a
    # decimal comma, notes that run over several lines, saved as CSV (semicolon, cp1252, CRLF).
    recs = engagements(rng, company, 16, minutes=(15, 30, 45, 60, 90, 120))
    rows = [
        [
            r["date"].strftime("%d.%m.%Y"),
            r["account"],
            r["csm"],
            {"Call": "Telefonat", "Email": "E-Mail", "Meeting": "Termin vor Ort"}[r["type"]],
            "proaktiv" if r["tag"] == "proactive" else "reaktiv",
            eu(r["duration_min"] / 60, decimals=2).rstrip("0").rstrip(","),
            rng.choice(
                [
                    "Nutzung besprochen;\nnächster Termin im Mai",
                    "Rückfrage zur Rechnung",
                    "",
                    "QBR vorbereitet",
                ]
            ),
        ]
        for r in recs
    ]
    header = ["Datum", "Kunde", "CSM", "Art", "Proaktiv/Reaktiv", "Dauer (Std.)", "Notizen"]
    x.add(
        "excel_de_kontaktprotokoll.csv",
        "Excel (German locale, CS contact log)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Kundenkontakte Customer Success 2024/25;;;;;;\nStand: 30.06.2025;;;;;;\n;;;;;;\n"
        + table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["title and Stand: line", "hours with decimal comma", "multi-line notes", "cp1252"],
    )

    # Google Sheets, French: who started the exchange (the CSM or the client) says proactive or
    # reactive; durations as "1h30" and "45 min".
    recs = engagements(rng, company, 15, minutes=(15, 30, 45, 60, 90))
    rows = [
        [
            dmy(r["date"]),
            r["account"],
            r["csm"],
            {"Call": "Appel", "Email": "E-mail", "Meeting": "Réunion"}[r["type"]],
            "CSM" if r["tag"] == "proactive" else "Client",
            (
                f"{int(r['duration_min']) // 60}h{int(r['duration_min']) % 60:02d}"
                if r["duration_min"] >= 60
                else f"{int(r['duration_min'])} min"
            ),
            rng.choice(["Point d'étape", "Demande de formation", "Incident export", ""]),
        ]
        for r in recs
    ]
    header = ["Date", "Client", "Responsable CS", "Canal", "À l'initiative de", "Durée", "Commentaire"]
    x.add(
        "gsheet_fr_journal_echanges.csv",
        "Google Sheets (French, exchange log)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Journal des échanges clients – équipe CS\n" + table_text(header, rows),
        concepts=["initiative CSM/Client as tag", "1h30 and 45 min", "title line"],
    )

    # WPS Spreadsheets, Spanish renewal call sheet: "Fecha:" line, CSMs by initials,
    # durations as h:mm, semicolons.
    recs = engagements(rng, company, 14, minutes=(15, 30, 45, 60, 75))
    for r in recs:
        r["csm"] = initials(r["csm"])
    rows = [
        [
            dmy(r["date"]),
            r["account"],
            r["csm"],
            "Proactiva" if r["tag"] == "proactive" else "Reactiva",
            {"Call": "Llamada", "Email": "Correo", "Meeting": "Reunión"}[r["type"]],
            f"{int(r['duration_min']) // 60}:{int(r['duration_min']) % 60:02d}",
            rng.choice(["Renovación confirmada", "Pide descuento", "Sin respuesta", ""]),
        ]
        for r in recs
    ]
    header = ["Fecha", "Cliente", "CSM", "Tipo de gestión", "Canal", "Duración", "Resultado"]
    x.add(
        "wps_es_llamadas_renovacion.csv",
        "WPS Spreadsheets (Spanish, renewal call sheet)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Llamadas de renovación;;;;;;\nFecha: 30/06/2025;;;;;;\n" + table_text(header, rows, delimiter=";"),
        concepts=["CSM initials", "Proactiva/Reactiva", "h:mm durations", "Fecha: line"],
    )

    # MicroStrategy grid report: report name and prompt lines above, a Y/N proactive flag,
    # US dates, a Total row at the bottom.
    recs = engagements(rng, company, 15)
    rows = [
        [
            f"{r['date'].month}/{r['date'].day}/{r['date'].year}",
            r["account"],
            r["csm"],
            r["type"],
            "Y" if r["tag"] == "proactive" else "N",
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    rows.append(["Total", "", "", "", "", sum(int(r["duration_min"]) for r in recs)])
    header = ["Activity Date", "Account", "CSM", "Activity Type", "Proactive Flag", "Duration (Minutes)"]
    x.add(
        "microstrategy_cs_activity_grid.csv",
        "MicroStrategy grid report",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        '"CS Activity Detail"\n"Report Description: Activities by CSM, last 12 months"\n'
        + table_text(header, rows, quote_all=True),
        concepts=["report title lines", "Y/N proactive flag", "Total row"],
    )

    # Quip spreadsheet, Dutch QBR and contact tracker: month section rows, blank separator rows,
    # dates as d-m-yyyy.
    recs = engagements(rng, company, 15)
    rows = []
    month = None
    for r in recs:
        if r["date"].month != month:
            if month is not None:
                rows.append(["", "", "", "", "", ""])
            month = r["date"].month
            rows.append(
                [
                    f"{['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][month - 1]} {r['date'].year}",
                    "",
                    "",
                    "",
                    "",
                    "",
                ]
            )
        rows.append(
            [
                f"{r['date'].day}-{r['date'].month}-{r['date'].year}",
                r["account"],
                r["csm"],
                {"Call": "Telefoon", "Email": "E-mail", "Meeting": "Overleg"}[r["type"]],
                "Proactief" if r["tag"] == "proactive" else "Reactief",
                int(r["duration_min"]),
            ]
        )
    header = ["Datum", "Klant", "CSM", "Soort contact", "Proactief/Reactief", "Duur (min)"]
    x.add(
        "quip_nl_contacttracker.csv",
        "Quip spreadsheet (Dutch, contact tracker)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["month section rows", "blank separator rows", "d-m-yyyy"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Excel, Dutch locale: the customer overview grouped by segment with a "Subtotaal" row each,
    # ARR in thousands of euros ("ARR (k€)"), renewal as d-m-yyyy, a "Totaal" row.
    recs = sorted(account_records(company), key=lambda r: (SEGMENTS.index(r["segment"]), r["account"]))
    rows = []
    for segment in SEGMENTS:
        mine = [r for r in recs if r["segment"] == segment]
        for r in mine:
            rd = r["renewal_date"]
            rows.append(
                [
                    r["account"],
                    segment,
                    r["csm"],
                    eu(r["arr"] / 1000, decimals=1),
                    f"{rd.day}-{rd.month}-{rd.year}",
                ]
            )
        rows.append([f"Subtotaal {segment}", "", "", eu(sum(r["arr"] for r in mine) / 1000, decimals=1), ""])
    rows.append(["Totaal", "", "", eu(sum(r["arr"] for r in recs) / 1000, decimals=1), ""])
    header = ["Klant", "Segment", "CSM", "ARR (k€)", "Verlengdatum"]
    x.add(
        "excel_nl_klantenoverzicht.csv",
        "Excel (Dutch locale, customer overview)",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        "Klantenoverzicht per segment;;;;\n;;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["ARR (k€)", "Subtotaal rows", "Totaal row", "cp1252"],
    )

    # SAP Analytics Cloud table export: the ARR shown with SAC's scale suffixes ("22.5k",
    # "1.5M"), contract end as yyyy-mm-dd, licensed and active users.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            r["segment"],
            short_amount(r["arr"], "."),
            r["renewal_date"].isoformat(),
            r["seats_purchased"],
            r["seats_active"],
        ]
        for r in recs
    ]
    header = [
        "Customer",
        "Customer Success Manager",
        "Segment",
        "ARR",
        "Contract End",
        "Licensed Users",
        "Active Users",
    ]
    x.add(
        "sap_analytics_cloud_customer_table.csv",
        "SAP Analytics Cloud table export",
        "accounts",
        A_FIELDS + ("segment", "seats_purchased", "seats_active"),
        recs,
        table_text(header, rows),
        concepts=["22.5k and 1.5M amounts", "Licensed / Active Users"],
    )

    # Google Sheets, Portuguese portfolio: "R$ 22.500,00", renewal as dd/mm/aaaa, status words.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"R$ {eu(r['arr'])}",
            dmy(r["renewal_date"]),
            "Ativo" if r["status"] == "active" else "Cancelado",
        ]
        for r in recs
    ]
    header = ["Cliente", "CSM responsável", "ARR (R$)", "Data de renovação", "Situação"]
    x.add(
        "gsheet_pt_carteira_clientes.csv",
        "Google Sheets (Portuguese, customer portfolio)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        "Carteira de clientes – CS\n\n" + table_text(header, rows),
        concepts=["R$ 22.500,00", "Ativo/Cancelado", "title and blank line"],
    )

    # Oracle Analytics table download: upper-case Oracle dates (14-MAR-2025), US thousands.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["segment"],
            r["csm"],
            f"{r['arr']:,.2f}",
            f"{r['renewal_date'].day:02d}-{MONTHS_EN_UPPER[r['renewal_date'].month - 1]}-{r['renewal_date'].year}",
            f"{r['subscribed_on'].day:02d}-{MONTHS_EN_UPPER[r['subscribed_on'].month - 1]}-{r['subscribed_on'].year}",
        ]
        for r in recs
    ]
    header = ["Account Name", "Segment", "CSM Name", "Annual Recurring Revenue", "Renewal Date", "Start Date"]
    x.add(
        "oracle_analytics_accounts.csv",
        "Oracle Analytics table download",
        "accounts",
        A_FIELDS + ("segment", "subscribed_on"),
        recs,
        table_text(header, rows),
        concepts=["DD-MON-YYYY dates", "Start Date as subscribed_on"],
    )

    # Collabora Online, Italian health-score sheet: CSMs by initials, "€ 22.500", a colour per
    # account, and a legend block under the table after a blank line.
    recs = account_records(company)
    for r in recs:
        r["csm"] = initials(r["csm"])
    rows = [
        [
            r["account"],
            r["csm"],
            f"€ {eu(r['arr'], decimals=0)}",
            dmy(r["renewal_date"]),
            "Attivo" if r["status"] == "active" else "Disdetto",
            rng.choice(["Verde", "Giallo", "Rosso"]),
        ]
        for r in recs
    ]
    header = ["Cliente", "CSM", "ARR", "Rinnovo", "Stato", "Salute"]
    legend = (
        "\nLegenda,,,,,\nVerde = nessun rischio,,,,,\nGiallo = da monitorare,,,,,\nRosso = a rischio,,,,,\n"
    )
    x.add(
        "collabora_it_health_score.csv",
        "Collabora Online (Italian, health-score sheet)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        "Health score clienti\n" + table_text(header, rows) + legend,
        concepts=["CSM initials", "€ 22.500", "Attivo/Disdetto", "legend block below"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]

    # Excel, French locale: the CSM capacity plan, rates with a decimal comma, a total row.
    rows = [[p.name, p.role, eu(p.rate), rng.choice([18, 22, 25]), "32"] for p in CSMS]
    rows.append(["Total", "", "", "", str(32 * len(CSMS))])
    header = ["Nom", "Fonction", "Taux horaire (€)", "Nb comptes", "Capacité (h/sem.)"]
    x.add(
        "excel_fr_plan_capacite_csm.csv",
        "Excel (French locale, CSM capacity plan)",
        "team",
        TEAM_FIELDS,
        recs,
        "Plan de capacité CS – S2 2025;;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Taux horaire (€)", "Total row", "cp1252"],
    )

    # Google Sheets, Italian rates: "€ 92,00", "Nome e cognome".
    rows = [[p.name, p.role, f"€ {eu(p.rate)}", p.team] for p in CSMS]
    header = ["Nome e cognome", "Ruolo", "Tariffa oraria", "Team"]
    x.add(
        "gsheet_it_tariffe_cs.csv",
        "Google Sheets (Italian, CS rates)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["€ 92,00", "Nome e cognome"],
    )

    # Planful headcount plan: cost rate per hour beside the annual salary.
    rows = [[p.name, p.role, "CS-4100", f"{p.rate * 1600:,.0f}", f"{p.rate:.2f}"] for p in CSMS]
    header = ["Employee", "Job Title", "Cost Center", "Annual Salary (EUR)", "Cost Rate / Hour (EUR)"]
    x.add(
        "planful_cs_headcount_plan.csv",
        "Planful headcount plan",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Cost Rate / Hour beside Annual Salary"],
    )

    # Gnumeric, Dutch hourly rates: "Medewerker", "Uurtarief" as "€ 92,00".
    rows = [[p.name, p.role, p.team, f"€ {eu(p.rate)}"] for p in CSMS]
    header = ["Medewerker", "Functie", "Team", "Uurtarief"]
    x.add(
        "gnumeric_nl_uurtarieven.csv",
        "Gnumeric (Dutch, hourly rates)",
        "team",
        TEAM_FIELDS,
        recs,
        "Uurtarieven CS-team\n" + table_text(header, rows),
        concepts=["Medewerker", "Uurtarief"],
    )

    # SoftMaker PlanMaker, Spanish capacity sheet: "Coste/hora", semicolons, "Fecha:" line.
    rows = [[p.name, p.role, eu(p.rate), p.team, rng.choice([20, 24, 30])] for p in CSMS]
    header = ["Nombre", "Puesto", "Coste/hora (€)", "Equipo", "Cuentas asignadas"]
    x.add(
        "planmaker_es_capacidad_equipo.csv",
        "SoftMaker PlanMaker (Spanish, team capacity)",
        "team",
        TEAM_FIELDS,
        recs,
        "Capacidad del equipo CS;;;;\nFecha: 01/07/2025;;;;\n" + table_text(header, rows, delimiter=";"),
        concepts=["Coste/hora (€)", "Fecha: line", "semicolons"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Excel, Spanish locale escalation log: "Nº", Sí/No escalated, multi-line notes.
    recs = tickets(rng, company, 15)
    for r in recs:  # the priority a person loads is the word the sheet writes
        r["priority"] = {"Low": "Baja", "Normal": "Media", "High": "Alta", "Urgent": "Crítica"}[r["priority"]]
    rows = [
        [
            f"ESC-{r['ticket_id']}",
            r["account"],
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
            r["priority"],
            "Sí" if r["escalated"] else "No",
            rng.choice(
                [
                    "Caída del servicio.\nSe informó al cliente.",
                    "Error de facturación",
                    "Lentitud en informes",
                    "",
                ]
            ),
        ]
        for r in recs
    ]
    for r in recs:
        r["ticket_id"] = f"ESC-{r['ticket_id']}"
    header = ["Nº", "Cliente", "Abierto", "Cerrado", "Prioridad", "Escalado", "Notas"]
    x.add(
        "excel_es_registro_escalados.csv",
        "Excel (Spanish locale, escalation log)",
        "tickets",
        T_FIELDS + ("priority", "escalated"),
        recs,
        "Registro de escalados;;;;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Nº as id", "Sí/No", "multi-line notes", "cp1252"],
    )

    # Google Sheets, German escalation list: "Stand:" line, a tick when escalated.
    recs = tickets(rng, company, 14, prefix="T-")
    for r in recs:
        r["priority"] = {"Low": "niedrig", "Normal": "mittel", "High": "hoch", "Urgent": "kritisch"}[
            r["priority"]
        ]
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%d.%m.%Y %H:%M"),
            r["closed_at"].strftime("%d.%m.%Y %H:%M") if r["closed_at"] else "",
            r["priority"],
            "✓" if r["escalated"] else "",
        ]
        for r in recs
    ]
    header = ["Ticket-Nr.", "Kunde", "Eröffnet am", "Gelöst am", "Prio", "Eskaliert"]
    x.add(
        "gsheet_de_eskalationsliste.csv",
        "Google Sheets (German, escalation list)",
        "tickets",
        T_FIELDS + ("priority", "escalated"),
        recs,
        "Eskalationsliste Support\nStand: 30.06.2025\n" + table_text(header, rows),
        concepts=["Stand: line", "tick for escalated", "German priorities"],
    )

    # Microsoft Lists escalation log exported to CSV: US date-times with AM/PM, Severity.
    recs = tickets(rng, company, 15)
    rows = [
        [
            f"Escalation {r['ticket_id']}",
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%-m/%-d/%Y %-I:%M %p"),
            r["closed_at"].strftime("%-m/%-d/%Y %-I:%M %p") if r["closed_at"] else "",
            r["priority"],
            "Yes" if r["escalated"] else "No",
        ]
        for r in recs
    ]
    header = ["Title", "Case ID", "Customer", "Opened", "Resolved", "Severity", "Escalated to Engineering"]
    x.add(
        "microsoft_lists_escalation_log.csv",
        "Microsoft Lists (escalation log)",
        "tickets",
        T_FIELDS + ("priority", "escalated"),
        recs,
        table_text(header, rows),
        concepts=["Title beside Case ID", "AM/PM date-times"],
    )

    # Oracle Analytics ticket table: ISO date-times, status words.
    recs = tickets(rng, company, 14, prefix="SR")
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S") if r["closed_at"] else "",
            "Closed" if r["closed_at"] else "Open",
            r["priority"],
        ]
        for r in recs
    ]
    header = ["Service Request Number", "Account Name", "Created Date", "Closed Date", "Status", "Priority"]
    x.add(
        "oracle_analytics_service_requests.csv",
        "Oracle Analytics (service requests)",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["Service Request Number", "ISO date-times"],
    )

    # Quip, Portuguese support tracker: "Chamado", dates dd/mm/aaaa hh:mm.
    recs = tickets(rng, company, 14)
    for r in recs:
        r["priority"] = {"Low": "Baixa", "Normal": "Normal", "High": "Alta", "Urgent": "Urgente"}[
            r["priority"]
        ]
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
            r["priority"],
        ]
        for r in recs
    ]
    header = ["Chamado", "Cliente", "Aberto em", "Fechado em", "Prioridade"]
    x.add(
        "quip_pt_chamados.csv",
        "Quip spreadsheet (Portuguese, support tracker)",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["Chamado", "Aberto em / Fechado em"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Excel, Italian NPS follow-up sheet: score, contact, comment and the follow-up action.
    recs = surveys(rng, company, 15)
    rows = [
        [
            r["account"],
            dmy(r["date"]),
            r["score"],
            r["respondent"],
            r["comment"] or "",
            rng.choice(["Chiamata di follow-up\nfissata", "Nessuna azione", "Inoltrato al prodotto"]),
        ]
        for r in recs
    ]
    header = ["Cliente", "Data", "Voto NPS (0-10)", "Referente", "Commento", "Azione di follow-up"]
    x.add(
        "excel_it_follow_up_nps.csv",
        "Excel (Italian locale, NPS follow-up sheet)",
        "surveys",
        S_FIELDS,
        recs,
        "Follow-up NPS 2025;;;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Voto NPS (0-10)", "multi-line action", "cp1252"],
    )

    # Google Sheets, Dutch NPS list: d-m-yyyy, "Aanbevelingsscore".
    recs = surveys(rng, company, 14)
    rows = [
        [r["account"], f"{r['date'].day}-{r['date'].month}-{r['date'].year}", r["score"], r["comment"] or ""]
        for r in recs
    ]
    header = ["Klant", "Datum", "Aanbevelingsscore", "Toelichting"]
    x.add(
        "gsheet_nl_nps_opvolging.csv",
        "Google Sheets (Dutch, NPS follow-up)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Aanbevelingsscore", "d-m-yyyy"],
    )

    # SurveyHero, German UI: response id, start and end, the company and the long NPS question.
    recs = surveys(rng, company, 14)
    rows = [
        [
            7_100_000 + n,
            r["moment"].strftime("%d.%m.%Y %H:%M"),
            (r["moment"] + dt.timedelta(minutes=3)).strftime("%d.%m.%Y %H:%M"),
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Antwort-ID",
        "Gestartet",
        "Abgeschlossen",
        "Firma",
        "Wie wahrscheinlich ist es, dass Sie uns einem Kollegen empfehlen? (0 = gar nicht, 10 = äußerst wahrscheinlich)",
        "Was ist der wichtigste Grund für Ihre Bewertung?",
    ]
    x.add(
        "surveyhero_de_antworten.csv",
        "SurveyHero (German UI)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["long NPS question", "Gestartet/Abgeschlossen"],
    )

    # MicroStrategy NPS grid: the score beside its category, a title line.
    recs = surveys(rng, company, 15)
    category = lambda s: "Promoter" if s >= 9 else "Passive" if s >= 7 else "Detractor"  # noqa: E731
    rows = [[r["date"].isoformat(), r["account"], r["score"], category(r["score"])] for r in recs]
    header = ["Survey Date", "Account", "NPS Score", "NPS Category"]
    x.add(
        "microstrategy_nps_grid.csv",
        "MicroStrategy grid report (NPS)",
        "surveys",
        S_FIELDS,
        recs,
        '"NPS Responses"\n' + table_text(header, rows, quote_all=True),
        concepts=["NPS Category beside score"],
    )

    # Excel, French recommend sheet: "Recommanderait ?" Oui / Non.
    recs = surveys(rng, company, 14)
    rows = [[r["account"], dmy(r["date"]), "Oui" if r["recommend"] else "Non", r["respondent"]] for r in recs]
    header = ["Client", "Date de réponse", "Nous recommanderait ?", "Interlocuteur"]
    x.add(
        "excel_fr_recommandation.csv",
        "Excel (French locale, recommend sheet)",
        "surveys",
        ("account", "date", "recommend"),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Oui/Non recommend", "cp1252"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Excel, German locale: active users per calendar week, a column per "KW", the year in the title.
    weeks = [10, 11, 12, 13, 14]
    recs = []
    rows = []
    for a in company[:8]:
        row = [a.name]
        for w in weeks:
            n = rng.randrange(2, a.seats)
            recs.append(dict(account=a.name, date=iso_monday(2025, w), active_users=float(n), acc=a))
            row.append(n)
        rows.append(row)
    header = ["Kunde", *(f"KW {w}" for w in weeks)]
    x.add(
        "excel_de_aktive_nutzer_kw.csv",
        "Excel (German locale, active users per week)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        "Aktive Nutzer je Kalenderwoche 2025;;;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["KW columns", "year in the title", "wide layout"],
    )

    # SAP Analytics Cloud, German UI: one row per customer and month, "März 2025".
    recs = []
    for a in company[3:10]:
        for m in (1, 2, 3):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, m, 1),
                    active_users=float(rng.randrange(2, a.seats)),
                    events=float(rng.randrange(100, 9000)),
                    acc=a,
                )
            )
    rows = [
        [
            r["account"],
            f"{MONTHS_DE[r['date'].month - 1]} {r['date'].year}",
            int(r["active_users"]),
            eu(r["events"], decimals=0),
        ]
        for r in recs
    ]
    header = ["Kunde", "Monat", "Aktive Benutzer", "Ereignisse"]
    x.add(
        "sap_analytics_cloud_nutzung_monat.csv",
        "SAP Analytics Cloud (German UI, monthly usage)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows),
        concepts=["März 2025 months", "thousands dot"],
    )

    # Oracle Analytics daily usage: DD-MON-YYYY days.
    recs = []
    for a in company[:5]:
        for d in range(4):
            day = D(2025, 4, 14) + dt.timedelta(days=d)
            recs.append(dict(account=a.name, date=day, active_users=float(rng.randrange(1, a.seats)), acc=a))
    rows = [
        [
            f"{r['date'].day:02d}-{MONTHS_EN_UPPER[r['date'].month - 1]}-{r['date'].year}",
            r["account"],
            int(r["active_users"]),
        ]
        for r in recs
    ]
    header = ["Day", "Account Name", "Distinct Active Users"]
    x.add(
        "oracle_analytics_daily_users.csv",
        "Oracle Analytics (daily active users)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(header, rows),
        concepts=["DD-MON-YYYY", "Distinct Active Users"],
    )

    # Google Sheets, Spanish monthly usage: months as Excel's "mar-25".
    recs = []
    for a in company[6:12]:
        for m in (4, 5, 6):
            recs.append(
                dict(account=a.name, date=D(2025, m, 1), active_users=float(rng.randrange(2, a.seats)), acc=a)
            )
    rows = [
        [r["account"], f"{MONTHS_ES_SHORT[r['date'].month - 1]}-25", int(r["active_users"])] for r in recs
    ]
    header = ["Cliente", "Mes", "Usuarios activos"]
    x.add(
        "gsheet_es_uso_mensual.csv",
        "Google Sheets (Spanish, monthly usage)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(header, rows),
        concepts=["abr-25 months", "Usuarios activos"],
    )

    # Yellowfin BI feature usage: events shown as "1.2k" above a thousand.
    recs = []
    for a in company[1:7]:
        for feature in ("Dashboards", "Exports"):
            n = rng.choice([rng.randrange(50, 999), 100 * rng.randrange(10, 80)])
            recs.append(dict(account=a.name, date=D(2025, 5, 5), feature=feature, events=float(n), acc=a))
    rows = [
        [
            r["account"],
            r["feature"],
            "05/05/2025",
            f"{r['events'] / 1000:g}k" if r["events"] >= 1000 else int(r["events"]),
        ]
        for r in recs
    ]
    header = ["Account", "Feature", "Week Starting", "Events"]
    x.add(
        "yellowfin_feature_usage.csv",
        "Yellowfin BI report",
        "usage",
        ("account", "date", "events", "feature"),
        recs,
        table_text(header, rows),
        concepts=["1.2k events", "feature per row"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Excel, Dutch locale: ARR changes with Dutch kind words and euro amounts.
    recs = revenue(rng, company, 15)
    kinds = {
        "new": "Nieuw",
        "renewal": "Verlenging",
        "expansion": "Uitbreiding",
        "contraction": "Krimp",
        "churn": "Opzegging",
    }
    rows = [[dmy(r["date"], "-"), r["account"], kinds[r["kind"]], eu(r["amount"])] for r in recs]
    header = ["Datum", "Klant", "Soort mutatie", "ARR-mutatie (€)"]
    x.add(
        "excel_nl_arr_mutaties.csv",
        "Excel (Dutch locale, ARR changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Dutch kind words", "dd-mm-yyyy", "cp1252"],
    )

    # Google Sheets, German MRR changes in thousands of euros: the ARR change is twelve times it.
    recs = revenue(rng, company, 14)
    kinds = {
        "new": "Neukunde",
        "renewal": "Verlängerung",
        "expansion": "Upsell",
        "contraction": "Downgrade",
        "churn": "Kündigung",
    }
    rows = [
        [
            r["date"].strftime("%d.%m.%Y"),
            r["account"],
            kinds[r["kind"]],
            eu(r["mrr"] / 1000, decimals=3).rstrip("0").rstrip(","),
        ]
        for r in recs
    ]
    header = ["Datum", "Kunde", "Bewegung", "MRR in Tsd. €"]
    x.add(
        "gsheet_de_mrr_bewegungen_tsd.csv",
        "Google Sheets (German, MRR changes in thousands)",
        "revenue",
        R_FIELDS,
        recs,
        "MRR-Bewegungen 2024/25 (in Tsd. €)\n" + table_text(header, rows),
        concepts=["MRR in Tsd. €", "MRR to ARR", "German kind words"],
    )

    # Oracle Analytics bookings by fiscal quarter: "Q3/25", English kind words.
    recs = revenue(rng, company, 15)
    for r in recs:
        r["date"] = quarter_start(r["date"])
    kinds = {
        "new": "New Logo",
        "renewal": "Renewal",
        "expansion": "Upsell",
        "contraction": "Downsell",
        "churn": "Churn",
    }
    rows = [
        [
            f"Q{(r['date'].month - 1) // 3 + 1}/{r['date'].year % 100:02d}",
            r["account"],
            kinds[r["kind"]],
            f"{r['amount']:,.0f}",
        ]
        for r in recs
    ]
    header = ["Quarter", "Customer", "Booking Type", "ARR Change"]
    x.add(
        "oracle_analytics_bookings_quarter.csv",
        "Oracle Analytics (bookings by quarter)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Q3/25 quarters", "New Logo / Upsell / Downsell"],
    )

    # Excel, English churn post-mortem: each lost customer, the ARR lost, the reason and the
    # lessons in several lines. Every row is a churn.
    recs = revenue(rng, company, 8, kinds=["churn"])
    rows = [
        [
            r["account"],
            r["date"].strftime("%m/%d/%Y"),
            f"${r['amount']:,.0f}",
            rng.choice(["Budget cut", "Moved to a competitor", "Champion left"]),
            rng.choice(
                [
                    "No exec sponsor.\nQBRs skipped for two quarters.",
                    "Adoption stalled after go-live",
                    "Price increase not explained",
                ]
            ),
        ]
        for r in recs
    ]
    header = ["Customer", "Churn Date", "Lost ARR", "Primary Reason", "Lessons Learned"]
    x.add(
        "excel_churn_post_mortem.csv",
        "Excel (English, churn post-mortem)",
        "revenue",
        R_FIELDS,
        recs,
        "Churn post-mortems FY25\n\n" + table_text(header, rows),
        concepts=["every row a churn", "Lost ARR", "multi-line lessons"],
    )

    # Google Sheets, Italian renewals and changes: Italian kind words, "€ 12.000".
    recs = revenue(rng, company, 14)
    kinds = {
        "new": "Nuovo",
        "renewal": "Rinnovo",
        "expansion": "Espansione",
        "contraction": "Riduzione",
        "churn": "Cessazione",
    }
    rows = [
        [r["account"], dmy(r["date"]), kinds[r["kind"]], f"€ {eu(r['amount'], decimals=0)}"] for r in recs
    ]
    header = ["Cliente", "Data", "Tipo movimento", "Importo ARR"]
    x.add(
        "gsheet_it_movimenti_arr.csv",
        "Google Sheets (Italian, ARR changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Italian kind words", "€ 12.000"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Excel, German onboarding tracker: a section row per customer (a merged cell), tasks below
    # with a tick when done and a warning sign when at risk; every task is a step.
    recs = sorted((dict(r, kind="step") for r in plans(rng, company, 15)), key=lambda r: r["account"])
    tick = {"done": "✔", "open": "☐", "at risk": "⚠"}
    rows = []
    previous = None
    for r in recs:
        if r["account"] != previous:
            rows.append([r["account"], "", "", ""])
            previous = r["account"]
        rows.append([r["item"], r["owner"], r["due_date"].strftime("%d.%m.%Y"), tick[r["status"]]])
    header = ["Aufgabe", "Verantwortlich", "Fällig am", "Erledigt"]
    legend = ";;;\nLegende: ✔ erledigt, ☐ offen, ⚠ gefährdet;;;\n"
    x.add(
        "excel_de_onboarding_tracker.csv",
        "Excel (German locale, onboarding tracker)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        "Onboarding-Tracker;;;\n" + table_text(header, rows, delimiter=";") + legend,
        concepts=["customer section rows", "ticks as status", "every task a step", "legend below"],
    )

    # Google Sheets, French account plan: Objectif / Étape / Obstacle.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Objectif", "step": "Étape", "blocker": "Obstacle"}
    status = {"open": "En cours", "done": "Terminé", "at risk": "À risque"}
    rows = [
        [r["account"], kinds[r["kind"]], r["item"], status[r["status"]], r["owner"], dmy(r["due_date"])]
        for r in recs
    ]
    header = ["Compte", "Type", "Élément", "Statut", "Responsable", "Échéance"]
    x.add(
        "gsheet_fr_plan_de_compte.csv",
        "Google Sheets (French, account plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Objectif/Étape/Obstacle", "En cours/Terminé/À risque"],
    )

    # Microsoft Lists success plan: Title is the item, Item type, Status, Due date.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Goal", "step": "Action", "blocker": "Risk"}
    status = {"open": "In progress", "done": "Completed", "at risk": "Blocked"}
    rows = [
        [
            r["item"],
            r["account"],
            kinds[r["kind"]],
            status[r["status"]],
            r["owner"],
            r["due_date"].strftime("%-m/%-d/%Y"),
        ]
        for r in recs
    ]
    header = ["Title", "Customer", "Item type", "Status", "Assigned to", "Due date"]
    x.add(
        "microsoft_lists_success_plan.csv",
        "Microsoft Lists (success plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Title as item", "Action as step", "Blocked as at risk"],
    )

    # Quip, Spanish account plan with the dimension: Objetivo / Paso / Bloqueo.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Objetivo", "step": "Paso", "blocker": "Bloqueo"}
    status = {"open": "Abierto", "done": "Hecho", "at risk": "En riesgo"}
    rows = [[r["account"], kinds[r["kind"]], r["item"], status[r["status"]], r["dimension"]] for r in recs]
    header = ["Cuenta", "Tipo", "Descripción", "Estado", "Dimensión"]
    x.add(
        "quip_es_plan_de_cuenta.csv",
        "Quip spreadsheet (Spanish, account plan)",
        "plans",
        P_FIELDS + ("dimension",),
        recs,
        table_text(header, rows),
        concepts=["Objetivo/Paso/Bloqueo", "Dimensión"],
    )

    # Excel, Portuguese QBR action items: Meta / Ação / Impedimento, "Prazo".
    recs = plans(rng, company, 14)
    kinds = {"goal": "Meta", "step": "Ação", "blocker": "Impedimento"}
    status = {"open": "Em aberto", "done": "Concluído", "at risk": "Em risco"}
    rows = [
        [r["account"], r["item"], kinds[r["kind"]], status[r["status"]], r["owner"], dmy(r["due_date"])]
        for r in recs
    ]
    header = ["Cliente", "Item", "Tipo", "Status", "Responsável", "Prazo"]
    x.add(
        "excel_pt_acoes_qbr.csv",
        "Excel (Portuguese locale, QBR action items)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        "Ações do QBR;;;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Meta/Ação/Impedimento", "Prazo", "cp1252"],
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
