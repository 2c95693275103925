"""Writes an eighth blind batch: trackers a CS team keeps by hand, downloaded from sheets and no-code tools.

The earlier blind sets were mostly system exports and each was fixed against after its first score.
This batch is what a CS team makes itself and then downloads from Google Sheets, Excel, Apple
Numbers, LibreOffice Calc, Airtable, Notion, Smartsheet, monday.com, ClickUp, and from Grist,
Baserow, SeaTable, Rows, Zoho Sheet and OnlyOffice: a title and a "last updated" line above the
table, a group row above the real header, blank spacer columns and rows, per-CSM, per-account and
per-quarter sections, notes with commas and line breaks, Green/Amber/Red and Y/N words, "85%",
"$1.2k", "€ 12.000,00" and "12k" amounts, dates typed every way ("3/4", "Mar 4", "4.3.2025",
"Q1 2025", mixed in one column), totals blocks at the bottom and one column per month or week;
about a third in German, French, Spanish, Portuguese, Italian and Dutch. It was written from what
these tools and people write, without reading the importer's vocabulary or rules. A file here is
changed only when it misdescribes what a person or tool writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind8/make_blind8.py``; the files are checked in.
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
SEED = 8_0212_2026

CSMS = [
    Person("Hannah", "Whitfield", 94.0, "Enterprise", "Senior CSM"),
    Person("Marco", "Bellini", 79.0, "Growth", "CSM"),
    Person("Sophie", "Dubois", 88.0, "Enterprise", "CS Lead"),
    Person("Lucas", "Oliveira", 72.0, "Growth", "Associate CSM"),
]
SALES = [Person("Greg", "Holloway"), Person("Nadia", "Kern")]
ACCOUNT_NAMES = [
    "Pinecrest Health",
    "Quayside Media Ltd",
    "Orbital Freight",
    "Sunfield Schools",
    "Glasshouse Studio",
    "Meridian Credit Union",
    "Kaffeerösterei Adler GmbH",
    "Atelier Rousseau SARL",
    "Grupo Alameda S.L.",
    "Vinícola Serra Alta",
    "Fratelli Conti S.p.A.",
    "De Vries Bouw B.V.",
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
    seats=(15, 40, 75, 150, 250),
    subscribed_from=D(2021, 9, 1),
    subscribed_days=1000,
    churned_from=D(2025, 1, 15),
    churned_days=120,
    churned=(4, 9),
    mrr=(400, 750, 1100, 1500, 2250, 3000, 5500),
    go_live_days=(14, 80),
    renewal_from=D(2025, 5, 1),
)

NOTES = [
    "Walked through the new dashboard, asked for SSO",
    "Champion moving teams;\nintro to new lead next week",
    "Billing question, resolved on the call",
    "Escalated: export failing, eng ticket raised",
    "QBR prep - wants usage by region, exec sponsor attending",
    "",
    "Follow-up on renewal, pricing concerns (budget freeze)",
]
MONTHS_DE = "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez".split()
MONTHS_FR = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
MONTHS_FR_LONG = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
MONTHS_IT = "gen feb mar apr mag giu lug ago set ott nov dic".split()
MONTHS_NL = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
MONTHS_ES = "ene feb mar abr may jun jul ago sep oct nov dic".split()


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def eu(x: float, thousands: str = ".", decimals: int = 2) -> str:
    """12.000,00 with ``thousands`` between groups and a decimal comma."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def kilo(x: float, prefix: str = "$") -> str:
    """An amount the way people type it in a sheet: $1.2k, $12k, $950."""
    if abs(x) < 1000:
        return f"{prefix}{x:g}"
    return f"{prefix}{x / 1000:g}k"


def us(d) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def typed(rng, d) -> str:
    """A date as different people type it into one column of a shared US sheet."""
    return rng.choice([d.isoformat(), us(d), d.strftime("%b %-d, %Y"), d.strftime("%B %-d, %Y")])


def note(rng) -> str:
    return rng.choice(NOTES)


def pad(rows: list[list], width: int) -> list[list]:
    return [r + [""] * (width - len(r)) for r in rows]


def spacer(rows: list[list], at: int) -> list[list]:
    """A blank spacer column inserted at position ``at`` of every row."""
    return [r[:at] + [""] + r[at:] for r in rows]


def quarter(d) -> str:
    return f"Q{(d.month - 1) // 3 + 1} {d.year}"


def quarter_start(d) -> dt.date:
    return D(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Google Sheets activity log: title, "last updated", a group row over the header, a spacer
    # column, Y/N for "proactive?", dates typed several ways, notes with commas and line breaks.
    recs = engagements(rng, company, 16)
    rows = [
        [
            typed(rng, r["date"]),
            r["account"],
            r["csm"],
            r["type"],
            "Y" if r["tag"] == "proactive" else "N",
            int(r["duration_min"]),
            note(rng),
        ]
        for r in recs
    ]
    header = ["Date", "Customer", "CSM", "Channel", "Proactive? (Y/N)", "Mins", "Notes"]
    groups = ["Who & when", "", "", "What", "", "", ""]
    table = spacer([groups, header, *rows], 3)
    text = "CS Activity Log\nLast updated: 6/30/2025 by Hannah\n\n" + table_text(table[0], table[1:])
    x.add(
        "gsheet_cs_activity_log.csv",
        "Google Sheets (activity log)",
        "engagements",
        E_FIELDS + ("duration_min", "type"),
        recs,
        text,
        concepts=["title and last-updated lines", "group row over the header", "spacer column", "Y/N as tag"],
    )

    # Excel touch log kept in one sheet per team, one section per CSM: the CSM's name is a row of
    # its own above that CSM's rows, a blank row between sections.
    recs = engagements(rng, company, 15)
    out = []
    for p in CSMS:
        mine = [r for r in recs if r["csm"] == p.name]
        if not mine:
            continue
        out.append([p.name, "", "", "", ""])
        for r in mine:
            out.append(
                [
                    r["date"].strftime("%m/%d/%Y"),
                    r["account"],
                    "Proactive" if r["tag"] == "proactive" else "Reactive",
                    f"{int(r['duration_min'])} min",
                    note(rng),
                ]
            )
        out.append(["", "", "", "", ""])
    recs = [r for p in CSMS for r in recs if r["csm"] == p.name]
    x.add(
        "excel_touchpoints_by_csm.csv",
        "Excel (touchpoints by CSM)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(["Date", "Account", "Pro/Re", "Time", "Comments"], out),
        concepts=["per-CSM sections", "'45 min' durations"],
    )

    # Apple Numbers, German: semicolons, d.m.yyyy without leading zeros, h:mm durations.
    recs = engagements(rng, company, 14)
    rows = [
        [
            f"{r['date'].day}.{r['date'].month}.{r['date'].year}",
            r["account"],
            r["csm"],
            "Proaktiv" if r["tag"] == "proactive" else "Reaktiv",
            f"{int(r['duration_min']) // 60}:{int(r['duration_min']) % 60:02d}",
            note(rng),
        ]
        for r in recs
    ]
    header = ["Datum", "Kunde", "CSM", "Art", "Dauer (h:mm)", "Notizen"]
    x.add(
        "numbers_kundenkontakte_de.csv",
        "Apple Numbers (German)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Kundenkontakte 2024/25\n" + table_text(header, rows, ";"),
        concepts=["German words", "d.m.yyyy", "h:mm durations"],
    )

    # Airtable interactions table: the account a linked record, an Airtable duration (h:mm),
    # created time "3/4/2025 2:05pm", a multi-line long-text field.
    recs = engagements(rng, company, 14)
    rows = [
        [
            f"{r['account']} - {r['type']}",
            r["account"],
            r["csm"],
            r["moment"].strftime(f"{r['moment'].month}/{r['moment'].day}/%Y %-I:%M%p").lower(),
            "Proactive" if r["tag"] == "proactive" else "Reactive",
            f"{int(r['duration_min']) // 60}:{int(r['duration_min']) % 60:02d}",
            note(rng),
        ]
        for r in recs
    ]
    header = ["Name", "Account", "Owner", "When", "Motion", "Duration", "Summary"]
    x.add(
        "airtable_cs_interactions.csv",
        "Airtable (interactions base)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["3/4/2025 2:05pm", "h:mm durations", "Name column is a label, not the account"],
    )

    # OnlyOffice, Italian: a title line with the date of the last update, dd/mm/yyyy,
    # Proattivo/Reattivo, semicolons, Windows-1252.
    recs = [r for r in engagements(rng, company, 18) if r["date"].year == 2025][:14]
    rows = [
        [
            r["date"].strftime("%d/%m/%Y"),
            r["account"],
            r["csm"],
            "Proattivo" if r["tag"] == "proactive" else "Reattivo",
            int(r["duration_min"]),
            note(rng),
        ]
        for r in recs
    ]
    header = ["Data", "Cliente", "Referente CS", "Tipo attività", "Durata (min)", "Note"]
    x.add(
        "registro_contatti_clienti_it.csv",
        "OnlyOffice (Italian)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Registro contatti clienti - aggiornato al 30/06/2025\n\n" + table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["Italian words", "title line", "cp1252"],
    )

    # Google Sheets weekly CS stand-up sheet: "3/4"-style dates without a year under a title that
    # names the year; the tag written as P / R.
    recs = [r for r in engagements(rng, company, 20) if r["date"].year == 2025][:13]
    rows = [
        [
            f"{r['date'].month}/{r['date'].day}",
            r["account"],
            r["csm"],
            "P" if r["tag"] == "proactive" else "R",
        ]
        for r in recs
    ]
    x.add(
        "gsheet_touch_log_2025.csv",
        "Google Sheets (touch log)",
        "engagements",
        E_FIELDS,
        recs,
        "Touch log 2025\n" + table_text(["Day", "Client", "Owner", "P/R"], rows),
        concepts=["yearless dates with the year in the title", "P/R"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Google Sheets account health tracker: a group row, RAG health words, "$1.2k" ARR typed by
    # hand, renewals typed several ways, Y/N churned, a totals block below a blank row.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            r["segment"],
            kilo(r["arr"]),
            typed(rng, r["renewal_date"]),
            rng.choice(["Green", "Amber", "Red"]),
            "Y" if r["status"] == "churned" else "N",
            f"{round(100 * r['acc'].seats_active / r['acc'].seats)}%",
        ]
        for r in recs
    ]
    header = ["Account", "CSM", "Segment", "ARR", "Renewal", "Health", "Churned?", "Adoption"]
    groups = ["Customer", "", "", "Commercials", "", "Health", "", ""]
    total = sum(r["arr"] for r in recs)
    foot = [[""] * 8, ["Total ARR", "", "", kilo(total), "", "", "", ""], ["# accounts", "", "", len(recs)]]
    x.add(
        "gsheet_account_health_tracker.csv",
        "Google Sheets (account health tracker)",
        "accounts",
        A_FIELDS + ("segment", "status"),
        recs,
        "Account Health Tracker\nUpdated weekly - last update Jun 27\n"
        + table_text(groups, [header, *rows, *pad(foot, 8)]),
        concepts=["$1.2k amounts", "Y/N churned as status", "RAG health", "totals block", "group row"],
    )

    # Smartsheet renewal tracker: parent rows per renewal quarter (only the primary column filled),
    # MM/DD/YY renewals, "$12,000" ARR.
    recs = sorted(account_records(company), key=lambda r: r["renewal_date"])
    out = []
    for q in sorted({quarter(r["renewal_date"]) for r in recs}, key=lambda s: (s[-4:], s)):
        out.append([f"{q} renewals", "", "", "", ""])
        for r in recs:
            if quarter(r["renewal_date"]) == q:
                out.append(
                    [
                        r["account"],
                        r["csm"],
                        f"${r['arr']:,.0f}",
                        r["renewal_date"].strftime("%m/%d/%y"),
                        rng.choice(["Green", "Yellow", "Red"]),
                    ]
                )
    x.add(
        "smartsheet_renewal_tracker.csv",
        "Smartsheet (renewal tracker)",
        "accounts",
        A_FIELDS,
        recs,
        table_text(["Customer", "CS Owner", "Contract Value", "Renewal Date", "RYG"], out),
        concepts=["per-quarter parent rows", "MM/DD/YY"],
    )

    # Excel, German: a group row, "€ 12.000,00", dd.mm.yyyy, Aktiv/Gekündigt, a total line.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"€ {eu(r['arr'])}",
            r["renewal_date"].strftime("%d.%m.%Y"),
            "Gekündigt" if r["status"] == "churned" else "Aktiv",
            note(rng).replace("\n", " "),
        ]
        for r in recs
    ]
    header = ["Kunde", "Betreuer/in", "Jahresumsatz", "Verlängerung", "Status", "Bemerkung"]
    groups = ["Stammdaten", "", "Vertrag", "", "", ""]
    foot = [["", "", "", "", "", ""], ["Summe", "", f"€ {eu(sum(r['arr'] for r in recs))}", "", "", ""]]
    x.add(
        "excel_kundenuebersicht_de.csv",
        "Excel (German, account list)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(groups, [header, *rows, *foot], ";"),
        encoding="cp1252",
        concepts=["German words", "€ 12.000,00", "Gekündigt as churned", "group row", "Summe line"],
    )

    # LibreOffice, Spanish: "12.000,00 €", d/m/yyyy, Activo/Baja, a TOTAL row.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"{eu(r['arr'])} €",
            f"{r['renewal_date'].day}/{r['renewal_date'].month}/{r['renewal_date'].year}",
            "Baja" if r["status"] == "churned" else "Activo",
        ]
        for r in recs
    ]
    rows.append(["TOTAL", "", f"{eu(sum(r['arr'] for r in recs))} €", "", ""])
    x.add(
        "libreoffice_cartera_clientes_es.csv",
        "LibreOffice Calc (Spanish)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(["Cliente", "Responsable CS", "ARR anual", "Renovación", "Estado"], rows, ";"),
        concepts=["Spanish words", "d/m/yyyy", "Baja as churned", "TOTAL row"],
    )

    # Notion database, Dutch property names: Notion dates ("March 4, 2025"), a person property,
    # "€12k" typed into a text property.
    recs = account_records(company)
    rows = [
        [r["account"], r["csm"], kilo(r["arr"], "€"), r["renewal_date"].strftime("%B %-d, %Y"), r["segment"]]
        for r in recs
    ]
    x.add(
        "notion_klantenoverzicht_nl.csv",
        "Notion (Dutch)",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        table_text(["Klantnaam", "Klantmanager", "Jaarwaarde", "Verlengdatum", "Segment"], rows),
        encoding="utf-8-sig",
        concepts=["Dutch words", "€12k amounts", "Notion dates"],
    )

    # monday.com board downloaded to Excel and saved as CSV: the board name, then per group its
    # name, the header again and the items, a blank row between groups; MRR in a numbers column.
    recs = account_records(company)
    out = [["Customer Portfolio"], [""]]
    for seg in SEGMENTS:
        out.append([seg])
        out.append(["Name", "CSM", "MRR", "Renewal", "Status"])
        for r in recs:
            if r["segment"] == seg:
                out.append(
                    [
                        r["account"],
                        r["csm"],
                        r["acc"].mrr,
                        r["renewal_date"].isoformat(),
                        "Churned" if r["status"] == "churned" else "Active",
                    ]
                )
        out.append([""])
    recs = [r for seg in SEGMENTS for r in recs if r["segment"] == seg]
    x.add(
        "monday_customer_portfolio.csv",
        "Monday.com (customer portfolio board)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(out[0], pad(out[1:], 5)),
        concepts=["per-group sections with a repeated header", "MRR -> ARR"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    # Google Sheets roster: "$94/hr" rates, a title line, a capacity percentage.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.name, p.role, p.team, f"${p.rate:g}/hr", f"{rng.choice([70, 85, 90, 100])}%"] for p in CSMS]
    x.add(
        "gsheet_team_roster_rates.csv",
        "Google Sheets (team roster)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        "CS team roster & rates (updated Jan 2025)\n\n"
        + table_text(["Name", "Title", "Pod", "Bill rate", "Capacity"], rows),
        concepts=["$94/hr rates", "title line", "percentages"],
    )

    # LibreOffice, French: first name and last name apart, "94,00 €" per hour.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [[p.first, p.last, p.role, f"{eu(p.rate)} €"] for p in CSMS]
    x.add(
        "tarifs_equipe_cs_fr.csv",
        "LibreOffice Calc (French, rates)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["Prénom", "Nom", "Poste", "Taux horaire"], rows, ";"),
        concepts=["French words", "first and last name", "94,00 €"],
    )

    # Grist capacity table: rate as a plain number, a count of accounts and a load percentage.
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    rows = [
        [p.name, p.team, p.role, rng.randrange(8, 30), f"{p.rate:.2f}", f"{rng.randrange(60, 110)}%"]
        for p in CSMS
    ]
    x.add(
        "grist_csm_capacity.csv",
        "Grist",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        table_text(["CSM", "Team", "Role", "Book Size", "Rate USD", "Load"], rows),
        concepts=["book size beside the rate"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Google Sheets escalation log: ESC-### ids, US date-times typed with AM/PM, P1-P3, Y/N escalated.
    recs = tickets(rng, company, 15)
    for r in recs:
        r["ticket_id"] = f"ESC-{int(r['ticket_id']) - 999:03d}"
        r["escalated"] = True
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime(f"{r['opened_at'].month}/{r['opened_at'].day}/%Y %-I:%M %p"),
            r["closed_at"].strftime(f"{r['closed_at'].month}/{r['closed_at'].day}/%Y %-I:%M %p")
            if r["closed_at"]
            else "",
            {"Low": "P3", "Normal": "P3", "High": "P2", "Urgent": "P1"}[r["priority"]],
            "Closed" if r["closed_at"] else "Open",
            note(rng),
        ]
        for r in recs
    ]
    header = ["Esc #", "Customer", "Raised", "Resolved", "Sev", "State", "What happened / next steps"]
    x.add(
        "gsheet_escalation_log.csv",
        "Google Sheets (escalation log)",
        "tickets",
        T_FIELDS,
        recs,
        "Escalations - live log\n" + table_text(header, rows),
        concepts=["ESC ids", "M/D/YYYY h:mm AM", "multi-line notes"],
    )

    # Excel, German: Ticket-Nr., dd.mm.yyyy hh:mm, Hoch/Mittel/Niedrig, Ja/Nein escalated.
    recs = tickets(rng, company, 14)
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%d.%m.%Y %H:%M"),
            r["closed_at"].strftime("%d.%m.%Y %H:%M") if r["closed_at"] else "",
            {"Low": "Niedrig", "Normal": "Mittel", "High": "Hoch", "Urgent": "Kritisch"}[r["priority"]],
            "Ja" if r["escalated"] else "Nein",
        ]
        for r in recs
    ]
    header = ["Ticket-Nr.", "Kunde", "Eröffnet am", "Geschlossen am", "Priorität", "Eskaliert"]
    x.add(
        "excel_supportfaelle_de.csv",
        "Excel (German, support cases)",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["German words", "Ja/Nein escalated"],
    )

    # Baserow support cases table: a link-row company, ISO times, a boolean as "true"/"false".
    recs = tickets(rng, company, 14)
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Login loop", "Slow reports", "CSV import fails", "Invoice wrong"]),
            r["account"],
            r["opened_at"].strftime("%Y-%m-%d %H:%M"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M") if r["closed_at"] else "",
            "true" if r["escalated"] else "false",
        ]
        for r in recs
    ]
    x.add(
        "baserow_support_cases.csv",
        "Baserow",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        table_text(["Case", "Problem", "Company", "Opened", "Solved", "Escalated"], rows),
        concepts=["true/false", "Solved as closed"],
    )

    # Google Sheets, Portuguese: Nº chamado, dd/mm/yyyy hh:mm, Alta/Média/Baixa, a count row.
    recs = tickets(rng, company, 13)
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
            {"Low": "Baixa", "Normal": "Média", "High": "Alta", "Urgent": "Urgente"}[r["priority"]],
        ]
        for r in recs
    ]
    rows += [["", "", "", "", ""], ["Total de chamados", len(recs), "", "", ""]]
    x.add(
        "planilha_chamados_pt.csv",
        "Google Sheets (Portuguese, tickets)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(["Nº chamado", "Cliente", "Abertura", "Encerramento", "Prioridade"], rows),
        concepts=["Portuguese words", "a count row below"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Google Sheets NPS follow-up tracker: "Mar 4, 2025", contact e-mail, follow-up owner and a
    # Y/N "followed up?" that is not the recommendation.
    recs = surveys(rng, company, 15)
    rows = [
        [
            r["moment"].strftime("%b %-d, %Y"),
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "",
            r["acc"].csm.name,
            rng.choice(["Y", "N"]),
        ]
        for r in recs
    ]
    header = ["Responded", "Account", "Contact", "NPS", "Verbatim", "Follow-up owner", "Followed up?"]
    x.add(
        "gsheet_nps_followups.csv",
        "Google Sheets (NPS follow-ups)",
        "surveys",
        S_FIELDS,
        recs,
        "NPS follow-ups\nLast updated: Jun 30\n\n" + table_text(header, rows),
        concepts=["Mon D, YYYY", "Y/N that is not the answer", "title lines"],
    )

    # Airtable feedback log: a yes/no "would recommend" only, no score, ISO dates.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"{r['account']} / {r['respondent'].split('@')[0]}",
            r["account"],
            r["date"].isoformat(),
            "Yes" if r["recommend"] else "No",
            r["comment"] or "",
        ]
        for r in recs
    ]
    x.add(
        "airtable_customer_feedback.csv",
        "Airtable (feedback base)",
        "surveys",
        ("account", "date", "recommend"),
        recs,
        table_text(["Name", "Customer", "Date", "Would recommend us?", "Feedback"], rows),
        concepts=["recommend only", "Name column is a label"],
    )

    # LibreOffice, French: "4 mars 2025", Note (0-10), multi-line comments.
    recs = surveys(rng, company, 14)
    for r in recs:
        if r["comment"]:
            r["comment"] += ",\nà revoir au prochain COPIL"
    rows = [
        [
            f"{r['date'].day} {MONTHS_FR_LONG[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    x.add(
        "enquete_satisfaction_fr.csv",
        "LibreOffice Calc (French, survey)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(["Date", "Client", "Répondant", "Note (0-10)", "Commentaire"], rows, ";"),
        concepts=["French month names", "multi-line comments"],
    )

    # Excel, Spanish: one section per quarter ("T1 2025" row above its answers), dd/mm/yyyy.
    recs = sorted(surveys(rng, company, 14), key=lambda r: r["date"])
    out = []
    for q in sorted({(r["date"].year, (r["date"].month - 1) // 3 + 1) for r in recs}):
        out.append([f"T{q[1]} {q[0]}", "", "", ""])
        for r in recs:
            if (r["date"].year, (r["date"].month - 1) // 3 + 1) == q:
                out.append([r["date"].strftime("%d/%m/%Y"), r["account"], r["score"], r["comment"] or ""])
    x.add(
        "encuesta_nps_trimestral_es.csv",
        "Excel (Spanish, NPS by quarter)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(["Fecha", "Cliente", "Puntuación", "Comentario"], out, ";"),
        encoding="utf-8-sig",
        concepts=["per-quarter sections", "Spanish words"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Google Sheets, one column per month ("Jan 2025"), a group row, a totals row at the bottom.
    months = [D(2025, m, 1) for m in range(1, 7)]
    recs = []
    for a in company[:8]:
        for m in months:
            recs.append(dict(account=a.name, date=m, active_users=float(rng.randrange(3, a.seats)), acc=a))
    by: dict[str, dict] = {}
    for r in recs:
        by.setdefault(r["account"], {})[r["date"]] = int(r["active_users"])
    rows = [[a, *(v[m] for m in months)] for a, v in by.items()]
    rows.append(["Total", *(sum(v[m] for v in by.values()) for m in months)])
    groups = ["", "Monthly active users", "", "", "", "", ""]
    x.add(
        "gsheet_monthly_active_users.csv",
        "Google Sheets (MAU by month)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(groups, [["Account", *(m.strftime("%b %Y") for m in months)], *rows]),
        concepts=["wide month columns", "group row", "totals row"],
    )

    # Excel, German: one column per week headed by its Monday (dd.mm.yyyy), a title, semicolons.
    recs = weekly_usage(rng, company[3:9], 5, start=D(2025, 3, 3))
    weeks = sorted({r["date"] for r in recs})
    by = {}
    for r in recs:
        by.setdefault(r["account"], {})[r["date"]] = int(r["active_users"])
    rows = [[a, *(v[w] for w in weeks)] for a, v in by.items()]
    x.add(
        "excel_aktive_nutzer_wochen_de.csv",
        "Excel (German, weekly users)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        "Aktive Nutzer pro Woche\nStand: 07.04.2025\n"
        + table_text(["Kunde", *(w.strftime("%d.%m.%Y") for w in weeks)], rows, ";"),
        encoding="cp1252",
        concepts=["wide week columns", "German words", "Stand line"],
    )

    # Rows.com feature usage: long format, month as "Mar 2025", feature names, active users and events.
    recs = []
    for a in company[:5]:
        for m in (D(2025, 3, 1), D(2025, 4, 1)):
            for f in rng.sample(["Dashboards", "Exports", "Alerts", "API"], 2):
                recs.append(
                    dict(
                        account=a.name,
                        date=m,
                        feature=f,
                        active_users=float(rng.randrange(2, 40)),
                        events=float(rng.randrange(20, 900)),
                        acc=a,
                    )
                )
    rows = [
        [r["account"], r["date"].strftime("%b %Y"), r["feature"], int(r["active_users"]), int(r["events"])]
        for r in recs
    ]
    x.add(
        "rows_feature_adoption.csv",
        "Rows",
        "usage",
        U_FIELDS + ("feature",),
        recs,
        table_text(["Customer", "Month", "Feature", "Users", "Actions"], rows),
        concepts=["Mon YYYY periods", "features"],
    )

    # Dutch monthly usage sheet: "mrt 2025" months, dot thousands, semicolons.
    recs = []
    for a in company[2:7]:
        for m in (D(2025, 2, 1), D(2025, 3, 1), D(2025, 4, 1)):
            recs.append(
                dict(
                    account=a.name,
                    date=m,
                    active_users=float(rng.randrange(3, a.seats)),
                    events=float(rng.randrange(800, 40000)),
                    acc=a,
                )
            )
    rows = [
        [
            r["account"],
            f"{MONTHS_NL[r['date'].month - 1]} {r['date'].year}",
            int(r["active_users"]),
            eu(r["events"], ".", 0),
        ]
        for r in recs
    ]
    x.add(
        "gebruik_per_maand_nl.csv",
        "Google Sheets (Dutch, monthly usage)",
        "usage",
        U_FIELDS,
        recs,
        table_text(["Klant", "Maand", "Actieve gebruikers", "Acties"], rows, ";"),
        concepts=["Dutch month names", "dot thousands"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Google Sheets ARR changes log: "Jan-25" months, words people use (New logo, Upsell,
    # Downsell, Churned, Renewal), "+$1.2k" / "-$3k" signed amounts, a totals block.
    recs = revenue(rng, company, 15, monthly=True)
    words = {
        "new": "New logo",
        "renewal": "Renewal",
        "expansion": "Upsell",
        "contraction": "Downsell",
        "churn": "Churned",
    }
    rows = [
        [
            r["date"].strftime("%b-%y"),
            r["account"],
            words[r["kind"]],
            ("-" if r["kind"] in ("contraction", "churn") else "+") + kilo(r["amount"]),
            note(rng).replace("\n", " "),
        ]
        for r in recs
    ]
    net = sum(r["amount"] * (-1 if r["kind"] in ("contraction", "churn") else 1) for r in recs)
    foot = [["", "", "", "", ""], ["", "", "Net change", kilo(net) if net >= 0 else "-" + kilo(-net), ""]]
    x.add(
        "gsheet_arr_changes_log.csv",
        "Google Sheets (ARR changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Month", "Customer", "Type", "ARR Δ", "Context"], rows + foot),
        concepts=["Mon-YY months", "+$1.2k signed k amounts", "Upsell/Downsell/New logo", "totals block"],
    )

    # Excel quarterly bookings: only a quarter ("Q1 2025"), a TOTAL line per quarter section.
    recs = revenue(rng, company, 14)
    for r in recs:
        r["date"] = quarter_start(r["date"])
    recs.sort(key=lambda r: r["date"])
    out = []
    for q in sorted({r["date"] for r in recs}):
        mine = [r for r in recs if r["date"] == q]
        for r in mine:
            out.append([quarter(q), r["account"], r["kind"].title(), f"{r['amount']:,.0f}"])
        out.append(["", f"Subtotal {quarter(q)}", "", f"{sum(r['amount'] for r in mine):,.0f}"])
    x.add(
        "excel_quarterly_bookings.csv",
        "Excel (quarterly bookings)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Quarter", "Account", "Booking type", "ARR (USD)"], out),
        concepts=["Q1 2025 as the first day of the quarter", "subtotal rows"],
    )

    # Italian ARR sheet: "gen-25" months, Nuovo/Rinnovo/Espansione/Riduzione/Disdetta, "€ 12.000,00".
    recs = revenue(rng, company, 13, monthly=True)
    words = {
        "new": "Nuovo",
        "renewal": "Rinnovo",
        "expansion": "Espansione",
        "contraction": "Riduzione",
        "churn": "Disdetta",
    }
    rows = [
        [
            f"{MONTHS_IT[r['date'].month - 1]}-{r['date'].strftime('%y')}",
            r["account"],
            words[r["kind"]],
            f"€ {eu(r['amount'])}",
        ]
        for r in recs
    ]
    x.add(
        "variazioni_arr_it.csv",
        "Zoho Sheet (Italian)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Mese", "Cliente", "Movimento", "Importo ARR"], rows, ";"),
        concepts=["Italian month abbreviations", "Italian kind words", "€ 12.000,00"],
    )

    # SeaTable MRR changes: monthly amounts (MRR), "12k"-style numbers without a currency sign.
    recs = revenue(rng, company, 13)
    words = {
        "new": "new",
        "renewal": "renewal",
        "expansion": "expansion",
        "contraction": "contraction",
        "churn": "churn",
    }
    rows = [
        [
            r["account"],
            r["date"].isoformat(),
            words[r["kind"]],
            f"{r['mrr'] / 1000:g}k" if r["mrr"] >= 1000 else r["mrr"],
        ]
        for r in recs
    ]
    x.add(
        "seatable_mrr_changes.csv",
        "SeaTable",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Customer", "Effective", "Change", "MRR change"], rows),
        concepts=["MRR -> ARR", "1.25k numbers"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Google Sheets success plans: one section per account (its name alone on a row), items with
    # Goal/Step/Blocker, statuses Complete / On track / Off track, a RAG column.
    recs = plans(rng, company, 15)
    status = {"open": "On track", "done": "Complete", "at risk": "Off track"}
    out = []
    for name in sorted({r["account"] for r in recs}):
        out.append([name, "", "", "", ""])
        for r in recs:
            if r["account"] == name:
                out.append(["", r["item"], r["kind"].title(), status[r["status"]], typed(rng, r["due_date"])])
        out.append(["", "", "", "", ""])
    recs = [r for name in sorted({r["account"] for r in recs}) for r in recs if r["account"] == name]
    x.add(
        "gsheet_success_plans.csv",
        "Google Sheets (success plans)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        "Customer Success Plans - H1\n\n"
        + table_text(["Customer", "Item", "Type", "Status", "Target date"], out),
        concepts=["per-account sections", "On track/Off track/Complete"],
    )

    # LibreOffice, French: Objectif/Étape/Obstacle, Terminé/En cours/À risque, "4 mars 2025".
    recs = plans(rng, company, 14)
    kinds = {"goal": "Objectif", "step": "Étape", "blocker": "Obstacle"}
    status = {"open": "En cours", "done": "Terminé", "at risk": "À risque"}
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            status[r["status"]],
            f"{r['due_date'].day} {MONTHS_FR[r['due_date'].month - 1]} {r['due_date'].year}",
            r["owner"],
        ]
        for r in recs
    ]
    x.add(
        "plan_succes_client_fr.csv",
        "LibreOffice Calc (French, success plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Client", "Nature", "Élément", "Statut", "Échéance", "Responsable"], rows, ";"),
        concepts=["French words", "French month abbreviations"],
    )

    # ClickUp: one list per customer ("List Name"), the kind in Tags, ClickUp's long due dates.
    recs = plans(rng, company, 14)
    status = {"open": "in progress", "done": "complete", "at risk": "blocked"}

    def long_date(d):
        n = d.day
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return d.strftime(f"%A, %B {n}{suffix} %Y")

    rows = [
        [
            rng.choice("abcdef0123456789") + f"{rng.randrange(10**7, 10**8):x}",
            r["item"],
            status[r["status"]],
            long_date(r["due_date"]),
            r["kind"],
            f"{r['account']}",
            "Success Plans",
        ]
        for r in recs
    ]
    x.add(
        "clickup_success_plan_lists.csv",
        "ClickUp (success plan lists)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Task ID", "Task Name", "Status", "Due Date", "Tags", "List Name", "Folder Name"], rows),
        concepts=["the account is the list", "kind in tags", "ClickUp long dates"],
    )

    # Dutch account plan: Doel/Stap/Blokkade, Afgerond/Lopend/Risico, d-m-yyyy.
    recs = plans(rng, company, 13)
    kinds = {"goal": "Doel", "step": "Stap", "blocker": "Blokkade"}
    status = {"open": "Lopend", "done": "Afgerond", "at risk": "Risico"}
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            status[r["status"]],
            f"{r['due_date'].day}-{r['due_date'].month}-{r['due_date'].year}",
        ]
        for r in recs
    ]
    x.add(
        "accountplan_nl.csv",
        "Excel (Dutch, account plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Klant", "Soort", "Onderdeel", "Status", "Deadline"], rows, ";"),
        concepts=["Dutch words", "d-m-yyyy"],
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
