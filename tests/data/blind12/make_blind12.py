"""Writes a twelfth blind batch: trackers a CS team keeps by hand, and European and Brazilian business systems.

Half the files are what a CS team keeps itself in Excel and Google Sheets, in English, German,
French, Spanish, Portuguese, Italian and Dutch: the CSM's weekly activity log with one section per
week, a QBR log, a book of business and renewal trackers, an NPS follow-up sheet, onboarding
checklists, a success plan, CSM costs, monthly usage typed in by hand and an ARR changes log. They
carry what people do by hand: merged cells that leave a value only on the first row of a block,
colour words, notes, "TBD", "n/a", "n.v.t." and "—" cells, ticked boxes (TRUE/FALSE, ✓, x),
local number and date formats, month names, totals rows, section rows and a second, smaller table
below the first. The other half are exports of systems from Germany, France, the Netherlands,
Spain, Norway, Sweden and Brazil, with their native headers and formats: weclapp, Exact Online,
Sellsy, SuperOffice, Ringover, Moco, Kenjo, OTOBO, Octadesk, easyfeedback, Netigate, Userlane,
Vindi, Billwerk, Startdeliver and Pipefy. It was written from what these tools and people write,
without reading the importer's vocabulary or rules. A file here is changed only when it
misdescribes what a person or system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind12/make_blind12.py``; the files are checked in.
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
TS = dt.datetime
SEED = 12_0212_2026

CSMS = [
    Person("Johanna", "Vogel", 98.0, "Enterprise", "Senior CSM"),
    Person("Thomas", "Girard", 84.0, "Mid-Market", "CSM"),
    Person("Inês", "Carvalho", 91.0, "Enterprise", "CS Team Lead"),
    Person("Pieter", "de Jong", 76.0, "SMB", "Associate CSM"),
]
SALES = [Person("Oliver", "Brennan"), Person("Sara", "Lindqvist")]
ACCOUNT_NAMES = [
    "Harborview Dental Group",
    "Lumen Analytics Ltd",
    "Bergmann Maschinenbau GmbH",
    "Fromagerie Lacombe SAS",
    "Transportes Ribera S.A.",
    "Construtora Horizonte Ltda",
    "Studio Verdi S.r.l.",
    "Van Leeuwen Logistiek B.V.",
    "Nordkapp Fiske AS",
    "Bluestone Property Partners",
    "Kestrel Robotics Inc.",
    "Älvdal Energi AB",
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
    seats=(20, 45, 90, 160, 300),
    subscribed_from=D(2021, 11, 1),
    subscribed_days=900,
    churned_from=D(2025, 2, 1),
    churned_days=100,
    churned=(3, 10),
    mrr=(450, 800, 1200, 1750, 2500, 4000, 6500),
    go_live_days=(21, 75),
    renewal_from=D(2025, 9, 1),
)

NOTES = [
    "Asked for SSO, sent docs",
    "New champion (old one left)",
    "Budget freeze until Q3 - follow up",
    "",
    "Happy; wants a case study",
    "Export bug - ticket raised with eng",
    "n/a",
]
MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MONTHS_ES = "ene feb mar abr may jun jul ago sep oct nov dic".split()
MONTHS_ES_LONG = (
    "Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre".split()
)
MONTHS_PT = "jan fev mar abr mai jun jul ago set out nov dez".split()
MONTHS_IT = "gen feb mar apr mag giu lug ago set ott nov dic".split()
MONTHS_NL = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def eu(x: float, thousands: str = ".", decimals: int = 2) -> str:
    """12.000,00 with ``thousands`` between groups and a decimal comma."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def us(d) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def note(rng) -> str:
    return rng.choice(NOTES)


def merged(rows: list[list], column: int) -> list[list]:
    """Rows as a sheet with merged cells saves them: a value repeated from the row above is blank."""
    out, previous = [], None
    for row in rows:
        value = row[column]
        out.append(row[:column] + ([""] if value == previous else [value]) + row[column + 1 :])
        previous = value
    return out


def hours_minutes(minutes: float) -> str:
    m = int(minutes)
    return f"{m // 60}h{m % 60:02d}" if m >= 60 else f"{m}min"


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Google Sheets weekly CSM log: one section row per week, the CSM only on the first row of
    # their block (merged cells), a ✓ in "Proactive", "n/a" minutes for e-mails, notes.
    recs = [r for r in engagements(rng, company, 24) if r["date"] >= D(2025, 3, 3)][:16]
    for r in recs:
        r["week"] = r["date"] - dt.timedelta(days=r["date"].weekday())
        if r["type"] == "Email":
            r["duration_min"] = None
    recs.sort(key=lambda r: (r["week"], r["csm"], r["date"]))
    out = []
    for week in sorted({r["week"] for r in recs}):
        out.append([f"Week of {week.strftime('%b')} {week.day}, {week.year}", "", "", "", "", "", ""])
        block = [
            [
                r["csm"],
                us(r["date"]),
                r["account"],
                r["type"],
                "✓" if r["tag"] == "proactive" else "",
                "n/a" if r["duration_min"] is None else int(r["duration_min"]),
                note(rng),
            ]
            for r in recs
            if r["week"] == week
        ]
        out += merged(block, 0)
    header = ["CSM", "Date", "Account", "Type", "Proactive", "Mins", "Notes"]
    x.add(
        "gsheet_csm_weekly_log.csv",
        "Google Sheets (CSM weekly activity log)",
        "engagements",
        E_FIELDS + ("duration_min", "type"),
        recs,
        "CS weekly activity log - 2025\n\n" + table_text(header, out),
        concepts=["week section rows", "merged-cell CSM", "✓ as proactive", "n/a minutes"],
    )

    # Excel, German weekly report: "KW 11/2025" section rows, dd.mm.yy dates, proaktiv/reaktiv,
    # "45 Min." durations, semicolons, Windows-1252.
    recs = [r for r in engagements(rng, company, 22) if r["date"].year == 2025][:15]
    out = []
    for kw in sorted({r["date"].isocalendar()[:2] for r in recs}):
        out.append([f"KW {kw[1]}/{kw[0]}", "", "", "", "", "", ""])
        for r in recs:
            if r["date"].isocalendar()[:2] == kw:
                out.append(
                    [
                        r["date"].strftime("%d.%m.%y"),
                        r["account"],
                        r["csm"],
                        {"Call": "Telefonat", "Email": "E-Mail", "Meeting": "Termin vor Ort"}[r["type"]],
                        "proaktiv" if r["tag"] == "proactive" else "reaktiv",
                        f"{int(r['duration_min'])} Min.",
                        note(rng).replace("n/a", "-"),
                    ]
                )
    recs = [
        r
        for kw in sorted({r["date"].isocalendar()[:2] for r in recs})
        for r in recs
        if r["date"].isocalendar()[:2] == kw
    ]
    header = ["Datum", "Kunde", "CSM", "Kontaktart", "Anlass", "Dauer", "Notiz"]
    x.add(
        "excel_wochenbericht_kontakte_de.csv",
        "Excel (German, weekly activity report)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Wochenbericht Kundenkontakte\n" + table_text(header, out, ";"),
        encoding="cp1252",
        concepts=["KW section rows", "dd.mm.yy", "proaktiv/reaktiv", "'45 Min.'"],
    )

    # Google Sheets QBR log: one row per QBR held, a quarter column, the outcome as a colour,
    # "TBD" next QBRs. Every QBR is a proactive meeting.
    recs = engagements(rng, company, 12)
    for r in recs:
        r["tag"] = "proactive"
    rows = [
        [
            r["account"],
            r["csm"],
            f"Q{(r['date'].month - 1) // 3 + 1} {r['date'].year}",
            r["date"].strftime("%b %-d, %Y"),
            rng.choice(["CFO, Ops lead", "VP Sales; admin", "Champion only", "Exec sponsor + IT"]),
            rng.choice(["Green", "Amber", "Red"]),
            rng.choice(["TBD", (r["date"] + dt.timedelta(days=91)).strftime("%b %Y")]),
            note(rng),
        ]
        for r in recs
    ]
    header = ["Account", "CSM", "Quarter", "Held on", "Attendees", "Outcome", "Next QBR", "Notes"]
    x.add(
        "gsheet_qbr_log.csv",
        "Google Sheets (QBR log)",
        "engagements",
        E_FIELDS,
        recs,
        "QBR log FY2025\n" + table_text(header, rows),
        concepts=["QBRs are proactive meetings", "colour outcome", "TBD cells"],
    )

    # Sellsy activities (France): semicolons, a BOM, dd/mm/yyyy hh:mm, the nature in French,
    # durations as "1h30" / "45min".
    recs = engagements(rng, company, 15)
    rows = [
        [
            r["moment"].strftime("%d/%m/%Y %H:%M"),
            {"Call": "Appel", "Email": "E-mail", "Meeting": "Rendez-vous"}[r["type"]],
            rng.choice(["Point d'étape", "Revue trimestrielle", "Demande de support", "Relance"]),
            r["account"],
            r["csm"],
            hours_minutes(r["duration_min"]),
            "Proactif" if r["tag"] == "proactive" else "Réactif",
            "Terminée",
        ]
        for r in recs
    ]
    header = ["Date", "Type", "Libellé", "Société", "Collaborateur", "Durée", "Nature", "Statut"]
    x.add(
        "sellsy_activites.csv",
        "Sellsy (activities)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["French headers", "1h30 durations", "Proactif/Réactif"],
    )

    # SuperOffice activities (Norway): Norwegian headers, dd.mm.yyyy, hh:mm durations, Ja/Nei.
    recs = engagements(rng, company, 14)
    rows = [
        [
            r["moment"].strftime("%d.%m.%Y"),
            r["moment"].strftime("%H:%M"),
            {"Call": "Telefon", "Email": "E-post", "Meeting": "Møte"}[r["type"]],
            r["account"],
            r["csm"],
            rng.choice(["Oppfølging", "Statusmøte", "Supporthenvendelse"]),
            f"{int(r['duration_min']) // 60:02d}:{int(r['duration_min']) % 60:02d}",
            "Ja" if r["tag"] == "proactive" else "Nei",
        ]
        for r in recs
    ]
    header = ["Dato", "Tid", "Type", "Firma", "Vår kontakt", "Beskrivelse", "Varighet", "Proaktiv"]
    x.add(
        "superoffice_aktiviteter.csv",
        "SuperOffice (activities)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Norwegian headers", "hh:mm durations", "Ja/Nei proactive"],
    )

    # Ringover call log (France): Sortant/Entrant direction, hh:mm:ss durations, a phone number.
    recs = engagements(rng, company, 15, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    rows = []
    for r in recs:
        s = round(r["duration_min"] * 60)
        rows.append(
            [
                r["moment"].strftime("%d/%m/%Y"),
                r["moment"].strftime("%H:%M:%S"),
                "Sortant" if r["tag"] == "proactive" else "Entrant",
                "Répondu",
                r["csm"],
                f"+33 1 {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                rng.choice(["M. Durand", "Mme Petit", "Jan Visser", "Ana Souza"]),
                r["account"],
                f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}",
            ]
        )
    header = ["Date", "Heure", "Direction", "Statut", "Utilisateur", "Numéro", "Contact", "Société", "Durée"]
    x.add(
        "ringover_journal_appels.csv",
        "Ringover (call log)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        concepts=["Sortant/Entrant as tag", "hh:mm:ss durations", "French headers"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Google Sheets book of business: the CSM merged over their block, "$48,000" ARR, "TBD"
    # renewals, health colours, ✓/✗ auto-renew, a TOTAL row.
    recs = sorted(account_records(company), key=lambda r: (r["csm"], r["account"]))
    for r in recs[2::5]:
        r["renewal_date"] = None
    rows = [
        [
            r["csm"],
            r["account"],
            r["segment"],
            f"${r['arr']:,.0f}",
            "TBD" if r["renewal_date"] is None else us(r["renewal_date"]),
            rng.choice(["Green", "Yellow", "Red"]),
            rng.choice(["✓", "✗"]),
            note(rng),
        ]
        for r in recs
    ]
    rows = merged(rows, 0)
    rows.append(["TOTAL", "", "", f"${sum(r['arr'] for r in recs):,.0f}", "", "", "", ""])
    header = ["CSM", "Account", "Segment", "ARR", "Renewal", "Health", "Auto-renew", "Notes"]
    x.add(
        "gsheet_book_of_business.csv",
        "Google Sheets (book of business)",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["merged-cell CSM", "TBD renewals", "✓/✗", "TOTAL row"],
    )

    # Excel, Dutch: "€ 12.000" ARR, "15 mrt 2026" renewals, Actief/Opgezegd, "n.v.t." notes,
    # a Totaal row and, below a gap, a second small table of ARR per CSM.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"€ {eu(r['arr'], decimals=0)}",
            f"{r['renewal_date'].day} {MONTHS_NL[r['renewal_date'].month - 1]} {r['renewal_date'].year}",
            "Opgezegd" if r["status"] == "churned" else "Actief",
            rng.choice(["n.v.t.", "Upsell kans", "Prijsverhoging besproken", ""]),
        ]
        for r in recs
    ]
    rows.append(["Totaal", "", f"€ {eu(sum(r['arr'] for r in recs), decimals=0)}", "", "", ""])
    rows += [
        [""] * 6,
        [""] * 6,
        ["ARR per CSM", "", "", "", "", ""],
        ["CSM", "Aantal klanten", "ARR", "", "", ""],
    ]
    for p in CSMS:
        mine = [r for r in recs if r["csm"] == p.name]
        rows.append([p.name, len(mine), f"€ {eu(sum(r['arr'] for r in mine), decimals=0)}", "", "", ""])
    header = ["Klant", "CSM", "ARR", "Verlenging", "Status", "Opmerking"]
    x.add(
        "excel_klantenlijst_arr_nl.csv",
        "Excel (Dutch, account list)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["Dutch month abbreviations", "Totaal row", "second table below", "n.v.t."],
    )

    # Excel, Spanish renewal tracker: one section row per renewal month ("Enero 2026"),
    # "12.000,00 €", "15-ene-2026", ¿Renueva? Sí/No/Pendiente, "80 %" likelihood.
    recs = sorted(account_records(company), key=lambda r: r["renewal_date"])
    out = []
    for month in sorted({r["renewal_date"].replace(day=1) for r in recs}):
        out.append([f"{MONTHS_ES_LONG[month.month - 1]} {month.year}", "", "", "", "", "", ""])
        for r in recs:
            if r["renewal_date"].replace(day=1) == month:
                d = r["renewal_date"]
                out.append(
                    [
                        r["account"],
                        r["csm"],
                        f"{eu(r['arr'])} €",
                        f"{d.day:02d}-{MONTHS_ES[d.month - 1]}-{d.year}",
                        rng.choice(["Sí", "No", "Pendiente"]),
                        f"{rng.choice([20, 50, 80, 95])} %",
                        rng.choice(["", "Pide descuento", "Cambio de interlocutor", "—"]),
                    ]
                )
    header = ["Cliente", "Gestor CS", "ARR", "Fecha renovación", "¿Renueva?", "Probabilidad", "Notas"]
    x.add(
        "excel_seguimiento_renovaciones_es.csv",
        "Excel (Spanish, renewal tracker)",
        "accounts",
        A_FIELDS,
        recs,
        "Seguimiento de renovaciones 2025-2026\n" + table_text(header, out, ";"),
        encoding="utf-8-sig",
        concepts=["month section rows", "15-ene-2026", "12.000,00 €", "percent likelihood"],
    )

    # Google Sheets, Portuguese renewals: "R$ 12.000,00", dd/mm/yyyy, Ativo/Em negociação/Cancelado.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"R$ {eu(r['arr'])}",
            r["renewal_date"].strftime("%d/%m/%Y"),
            "Cancelado" if r["status"] == "churned" else rng.choice(["Ativo", "Em negociação", "Renovado"]),
            rng.choice(["", "—", "Aguardando PO", "Quer mais licenças"]),
        ]
        for r in recs
    ]
    header = ["Cliente", "CSM", "Valor anual (R$)", "Data de renovação", "Situação", "Obs."]
    x.add(
        "gsheet_renovacoes_pt.csv",
        "Google Sheets (Portuguese, renewals)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows),
        concepts=["R$ 12.000,00", "Cancelado as churned", "Em negociação is active"],
    )

    # weclapp customers (Germany): BOM, semicolons, decimal comma without thousands, dd.mm.yyyy.
    recs = account_records(company)
    rows = [
        [
            f"K-{10100 + n}",
            r["account"],
            r["csm"],
            eu(r["arr"], thousands=""),
            r["renewal_date"].strftime("%d.%m.%Y"),
            "Gekündigt" if r["status"] == "churned" else "Aktiv",
            rng.choice(["Software", "Industrie", "Handel", "Dienstleistung"]),
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Kundennummer",
        "Firma",
        "Zuständiger Mitarbeiter",
        "Vertragswert jährlich",
        "Vertragsende",
        "Kundenstatus",
        "Branche",
    ]
    x.add(
        "weclapp_kunden.csv",
        "weclapp (customers)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["German headers", "Vertragsende as renewal", "Gekündigt"],
    )

    # Exact Online accounts (Netherlands): codes padded with spaces, d-m-yyyy, Omzet with a decimal comma.
    recs = account_records(company)
    rows = [
        [
            f"{200010 + n:>18}",
            r["account"],
            r["csm"],
            "C",
            eu(r["arr"]),
            f"{r['renewal_date'].day}-{r['renewal_date'].month}-{r['renewal_date'].year}",
            rng.choice(["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven"]),
        ]
        for n, r in enumerate(recs)
    ]
    header = ["Code", "Naam", "Accountmanager", "Status", "Omzet (jaar)", "Einddatum contract", "Plaats"]
    x.add(
        "exact_online_relaties.csv",
        "Exact Online (accounts)",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["padded codes", "d-m-yyyy", "Dutch headers"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    # Excel, French CSM costs: annual salary beside the loaded hourly cost, a team total row.
    rows = [
        [
            p.name,
            p.role,
            f"{eu(p.rate * 1000, thousands=' ', decimals=0)} €",
            "45 %",
            f"{eu(p.rate)} €",
            rng.choice(["", "Temps plein", "80 %", "n/a"]),
        ]
        for p in CSMS
    ]
    rows.append(
        [
            "Total équipe",
            "",
            f"{eu(sum(p.rate * 1000 for p in CSMS), thousands=' ', decimals=0)} €",
            "",
            "",
            "",
        ]
    )
    header = [
        "Collaborateur",
        "Poste",
        "Salaire annuel brut",
        "Charges",
        "Coût horaire chargé",
        "Commentaire",
    ]
    x.add(
        "excel_couts_csm_fr.csv",
        "Excel (French, CSM costs)",
        "team",
        TEAM_FIELDS,
        recs,
        "Coûts équipe CS - budget 2025\n" + table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["annual salary beside hourly cost", "Total équipe row", "French words"],
    )

    # Google Sheets, Spanish cost per CSM: "95,00" in quoted cells, hours per month, a TOTAL row.
    rows = [[p.name, p.role, eu(p.rate), rng.choice([120, 140, 160, "—"]), ""] for p in CSMS]
    for row, p in zip(rows, CSMS, strict=True):
        row[4] = eu(p.rate * row[3]) if isinstance(row[3], int) else "—"
    rows.append(["TOTAL", "", "", "", ""])
    header = ["CSM", "Rol", "€/hora", "Horas/mes", "Coste mensual"]
    x.add(
        "gsheet_coste_por_csm_es.csv",
        "Google Sheets (Spanish, cost per CSM)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["€/hora", "decimal comma", "TOTAL row", "— cells"],
    )

    # Moco users (Germany): first and last name apart, the hourly rate with a decimal comma.
    rows = [[p.first, p.last, p.email, p.role, eu(p.rate), "ja"] for p in CSMS]
    x.add(
        "moco_mitarbeitende.csv",
        "Moco (users)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(["Vorname", "Nachname", "E-Mail", "Position", "Stundensatz", "Aktiv"], rows, ";"),
        encoding="utf-8-sig",
        concepts=["German headers", "first + last name", "Stundensatz"],
    )

    # Kenjo employees (Spain): Nombre and Apellidos, the cost per hour with a decimal comma.
    rows = [[p.first, p.last, p.email, p.role, "Customer Success", eu(p.rate), "Madrid"] for p in CSMS]
    header = [
        "Nombre",
        "Apellidos",
        "Email corporativo",
        "Puesto",
        "Departamento",
        "Coste por hora (€)",
        "Oficina",
    ]
    x.add(
        "kenjo_empleados.csv",
        "Kenjo (employees)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows, ";"),
        concepts=["Spanish headers", "Nombre + Apellidos"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Google Sheets, Spanish escalation tracker: "—" when still open, ✓ for escalated, notes.
    recs = tickets(rng, company, 14)
    rows = [
        [
            f"E-{int(r['ticket_id']) - 999:02d}",
            r["account"],
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "—",
            {"Low": "Baja", "Normal": "Media", "High": "Alta", "Urgent": "Urgente"}[r["priority"]],
            "✓" if r["escalated"] else "",
            note(rng),
        ]
        for r in recs
    ]
    for r in recs:
        r["ticket_id"] = f"E-{int(r['ticket_id']) - 999:02d}"
    header = ["Nº", "Cliente", "Abierto", "Cerrado", "Prioridad", "Escalado", "Notas"]
    x.add(
        "gsheet_escalaciones_es.csv",
        "Google Sheets (Spanish, escalation tracker)",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        table_text(header, rows),
        concepts=["— when open", "✓ escalated", "Spanish words"],
    )

    # OTOBO tickets (Germany): the 16-digit ticket number, ISO times, OTOBO's states and priorities.
    recs = tickets(rng, company, 15)
    for n, r in enumerate(recs):
        r["ticket_id"] = f"{r['opened_at'].strftime('%Y%m%d')}100000{n:02d}"
    prio = {"Low": "2 niedrig", "Normal": "3 normal", "High": "4 hoch", "Urgent": "5 sehr hoch"}
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Login nicht möglich", "Export bricht ab", "Rechnung falsch", "Frage zu Rollen"]),
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S") if r["closed_at"] else "",
            "erfolgreich geschlossen" if r["closed_at"] else rng.choice(["offen", "neu"]),
            prio[r["priority"]],
            "Support::2nd Level",
            r["account"],
        ]
        for r in recs
    ]
    header = ["Ticket#", "Titel", "Erstellt", "Geschlossen", "Status", "Priorität", "Queue", "Kunde"]
    x.add(
        "otobo_tickets.csv",
        "OTOBO (tickets)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["16-digit ticket numbers", "German headers", "Geschlossen as closed"],
    )

    # Octadesk tickets (Brazil): Portuguese headers, dd/mm/yyyy hh:mm:ss, the resolution date.
    recs = tickets(rng, company, 14)
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Erro ao exportar", "Dúvida sobre fatura", "Acesso bloqueado", "Lentidão"]),
            r["account"],
            rng.choice(["joao@cliente.com.br", "maria@cliente.com.br", "ops@cliente.com"]),
            r["acc"].csm.name,
            "Resolvido" if r["closed_at"] else rng.choice(["Aberto", "Em andamento"]),
            {"Low": "Baixa", "Normal": "Normal", "High": "Alta", "Urgent": "Urgente"}[r["priority"]],
            r["opened_at"].strftime("%d/%m/%Y %H:%M:%S"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M:%S") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = [
        "Número",
        "Assunto",
        "Organização",
        "Solicitante",
        "Responsável",
        "Status",
        "Prioridade",
        "Data de abertura",
        "Data de resolução",
    ]
    x.add(
        "octadesk_tickets.csv",
        "Octadesk (tickets)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, ";"),
        concepts=["Portuguese headers", "Data de resolução as closed"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Excel, Italian NPS follow-up: "4 mar 2025", Voto, "—" comments, ✓/✗ follow-up done.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"{r['date'].day} {MONTHS_IT[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "—",
            rng.choice(["✓", "✗"]),
            r["acc"].csm.name,
        ]
        for r in recs
    ]
    header = ["Data", "Cliente", "Contatto", "Voto", "Commento", "Follow-up fatto", "Responsabile"]
    x.add(
        "excel_nps_followup_it.csv",
        "Excel (Italian, NPS follow-up)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Italian month abbreviations", "✓/✗ follow-up is not the answer", "— comments"],
    )

    # Google Sheets NPS follow-ups grouped by Promoters / Passives / Detractors section rows,
    # a TRUE/FALSE checkbox for "Called back".
    recs = surveys(rng, company, 15)
    groups = [("Promoters (9-10)", 9, 10), ("Passives (7-8)", 7, 8), ("Detractors (0-6)", 0, 6)]
    out = []
    ordered = []
    for title, low, high in groups:
        mine = [r for r in recs if low <= r["score"] <= high]
        out.append([title, "", "", "", "", ""])
        for r in mine:
            out.append(
                [
                    r["date"].isoformat(),
                    r["account"],
                    r["score"],
                    r["comment"] or "",
                    rng.choice(["TRUE", "FALSE"]),
                    r["acc"].csm.name,
                ]
            )
        ordered += mine
    header = ["Date", "Account", "Score", "Comment", "Called back", "Owner"]
    x.add(
        "gsheet_nps_callbacks.csv",
        "Google Sheets (NPS call-backs)",
        "surveys",
        S_FIELDS,
        ordered,
        table_text(header, out),
        concepts=["promoter/passive/detractor sections", "TRUE/FALSE that is not the answer"],
    )

    # easyfeedback (Germany): the question as the header, start and end times, Status abgeschlossen.
    recs = surveys(rng, company, 14)
    rows = []
    for n, r in enumerate(recs):
        rows.append(
            [
                f"{48000 + n}",
                r["moment"].strftime("%d.%m.%Y %H:%M:%S"),
                (r["moment"] + dt.timedelta(minutes=3)).strftime("%d.%m.%Y %H:%M:%S"),
                "abgeschlossen",
                r["account"],
                r["score"],
                r["comment"] or "",
            ]
        )
    header = [
        "Teilnehmer-ID",
        "Startzeit",
        "Endzeit",
        "Status",
        "Firma",
        "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?",
        "Was ist der wichtigste Grund für Ihre Bewertung?",
    ]
    x.add(
        "easyfeedback_ergebnisse.csv",
        "easyfeedback (results)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["German question as header", "start and end times"],
    )

    # Netigate (Sweden): Swedish question text, ISO-like times, the company as a background variable.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"R{770000 + n}",
            r["moment"].strftime("%Y-%m-%d %H:%M"),
            (r["moment"] + dt.timedelta(minutes=2)).strftime("%Y-%m-%d %H:%M"),
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Respondent-ID",
        "Påbörjad",
        "Avslutad",
        "Företag",
        "Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?",
        "Vad är den främsta anledningen till ditt betyg?",
    ]
    x.add(
        "netigate_svar.csv",
        "Netigate (responses)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Swedish question as header", "Företag as account"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Excel, Portuguese: one column per month "jan/25", "—" before an account went live, a Total row.
    months = [D(2025, m, 1) for m in range(1, 7)]
    recs = []
    rows = []
    for n, a in enumerate(company[:9]):
        row = [a.name]
        for k, m in enumerate(months):
            if n % 4 == 1 and k < 2:
                row.append("—")
                continue
            users = rng.randrange(3, a.seats)
            recs.append(dict(account=a.name, date=m, active_users=float(users), acc=a))
            row.append(users)
        rows.append(row)
    totals = ["Total"]
    for m in months:
        totals.append(int(sum(r["active_users"] for r in recs if r["date"] == m)))
    rows.append(totals)
    header = ["Cliente", *(f"{MONTHS_PT[m.month - 1]}/{m.strftime('%y')}" for m in months)]
    x.add(
        "excel_usuarios_ativos_mensal_pt.csv",
        "Excel (Portuguese, monthly active users)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        "Usuários ativos por mês (1º semestre 2025)\n" + table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["wide month columns jan/25", "— before go-live", "Total row"],
    )

    # Userlane (Germany) weekly adoption report: ISO weeks written "2025-W10", guides started.
    recs = []
    for a in company[2:9]:
        for w in range(10, 15):
            monday = D.fromisocalendar(2025, w, 1)
            recs.append(
                dict(
                    account=a.name,
                    date=monday,
                    active_users=float(rng.randrange(2, a.seats)),
                    events=float(rng.randrange(5, 400)),
                    acc=a,
                )
            )
    rows = [
        [
            r["account"],
            f"{r['date'].isocalendar()[0]}-W{r['date'].isocalendar()[1]:02d}",
            int(r["active_users"]),
            int(r["events"]),
            rng.randrange(0, 40),
        ]
        for r in recs
    ]
    header = ["Company", "Week", "Active users", "Guides started", "Guides completed"]
    x.add(
        "userlane_weekly_adoption.csv",
        "Userlane (weekly adoption)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows),
        concepts=["ISO weeks 2025-W10", "guides started as events"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Excel, German ARR changes log: "März 2025" months, German movement words, signed
    # "-12.000 €" amounts, a Summe row.
    recs = revenue(rng, company, 14, monthly=True)
    words = {
        "new": "Neukunde",
        "renewal": "Verlängerung",
        "expansion": "Upsell",
        "contraction": "Downgrade",
        "churn": "Kündigung",
    }
    rows = [
        [
            f"{MONTHS_DE[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            words[r["kind"]],
            ("-" if r["kind"] in ("contraction", "churn") else "") + f"{eu(r['amount'], decimals=0)} €",
            note(rng).replace("n/a", ""),
        ]
        for r in recs
    ]
    net = sum(r["amount"] * (-1 if r["kind"] in ("contraction", "churn") else 1) for r in recs)
    rows.append(["Summe", "", "", f"{eu(net, decimals=0)} €", ""])
    x.add(
        "excel_arr_veraenderungen_de.csv",
        "Excel (German, ARR changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Monat", "Kunde", "Art", "ARR-Änderung", "Kommentar"], rows, ";"),
        encoding="cp1252",
        concepts=["German month names", "German movement words", "signed amounts", "Summe row"],
    )

    # Vindi subscription events (Brazil): Portuguese events, the monthly value "R$ 1.250,00".
    recs = revenue(rng, company, 14)
    words = {
        "new": "Nova assinatura",
        "renewal": "Renovação",
        "expansion": "Upgrade de plano",
        "contraction": "Downgrade de plano",
        "churn": "Cancelamento",
    }
    rows = [
        [
            r["account"],
            r["date"].strftime("%d/%m/%Y"),
            words[r["kind"]],
            rng.choice(["Plano Pro", "Plano Business", "Plano Enterprise"]),
            f"R$ {eu(r['mrr'])}",
        ]
        for r in recs
    ]
    x.add(
        "vindi_eventos_assinaturas.csv",
        "Vindi (subscription events)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Cliente", "Data", "Evento", "Plano", "Valor mensal"], rows, ";"),
        concepts=["monthly value -> ARR", "Portuguese event words"],
    )

    # Billwerk contract changes (Germany): signed MRR changes with a decimal comma, German words.
    recs = revenue(rng, company, 13)
    words = {
        "new": "Vertrag angelegt",
        "renewal": "Vertragsverlängerung",
        "expansion": "Upgrade",
        "contraction": "Downgrade",
        "churn": "Vertrag gekündigt",
    }
    rows = [
        [
            f"C-{rng.randrange(100000, 999999)}",
            r["account"],
            r["date"].strftime("%d.%m.%Y"),
            words[r["kind"]],
            ("-" if r["kind"] in ("contraction", "churn") else "+") + eu(r["mrr"]),
            "EUR",
        ]
        for r in recs
    ]
    header = ["Vertrags-ID", "Kunde", "Datum", "Vorgang", "MRR-Änderung", "Währung"]
    x.add(
        "billwerk_vertragsaenderungen.csv",
        "Billwerk (contract changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["signed MRR -> ARR", "German movement words"],
    )


# ------------------------------------------------------------------------------------ plans
def checklist(rng, company, tasks) -> list[dict]:
    """An onboarding checklist: every item a step, done when ticked."""
    recs = []
    for a in rng.sample(company, 3):
        start = D(2025, rng.randrange(1, 6), rng.randrange(1, 25))
        for n, task in enumerate(tasks):
            recs.append(
                dict(
                    account=a.name,
                    item=task,
                    kind="step",
                    status=rng.choice(["done", "done", "open"]),
                    due_date=start + dt.timedelta(days=7 * n),
                    owner=a.csm.name,
                    acc=a,
                )
            )
    return recs


def write_plans(x: Exports, rng, company):
    # Google Sheets onboarding checklist: one section row per customer, TRUE/FALSE checkboxes.
    tasks = ["Kickoff call", "SSO configured", "Data import", "Admin training", "Go-live sign-off"]
    recs = checklist(rng, company, tasks)
    out = []
    for name in dict.fromkeys(r["account"] for r in recs):
        out.append([f"{name} onboarding", "", "", "", ""])
        for r in recs:
            if r["account"] == name:
                out.append(
                    [
                        r["item"],
                        r["owner"],
                        us(r["due_date"]),
                        "TRUE" if r["status"] == "done" else "FALSE",
                        "",
                    ]
                )
    x.add(
        "gsheet_onboarding_checklist.csv",
        "Google Sheets (onboarding checklist)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Task", "Owner", "Due", "Done", "Notes"], out),
        concepts=["per-customer section rows", "TRUE/FALSE checkboxes", "checklist items are steps"],
    )

    # Excel, German onboarding checklist: the customer merged over its tasks, "x" when done.
    tasks = ["Kick-off", "SSO einrichten", "Datenimport", "Admin-Schulung", "Abnahme Go-Live"]
    recs = checklist(rng, company, tasks)
    rows = [
        [
            r["account"],
            r["item"],
            r["owner"],
            r["due_date"].strftime("%d.%m.%Y"),
            "x" if r["status"] == "done" else "",
            rng.choice(["", "", "wartet auf IT des Kunden", "k.A."]),
        ]
        for r in recs
    ]
    header = ["Kunde", "Aufgabe", "Verantwortlich", "Fällig am", "Erledigt", "Bemerkung"]
    x.add(
        "excel_onboarding_checkliste_de.csv",
        "Excel (German, onboarding checklist)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        "Onboarding-Checkliste Neukunden\n" + table_text(header, merged(rows, 0), ";"),
        encoding="cp1252",
        concepts=["merged-cell customer", "x when done", "checklist items are steps"],
    )

    # Excel, Dutch success plan: Doel/Stap/Blokkade, Afgerond/Loopt/Risico, traffic-light colours.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Doel", "step": "Stap", "blocker": "Blokkade"}
    status = {"open": "Loopt", "done": "Afgerond", "at risk": "Risico"}
    colour = {"open": "Groen", "done": "Groen", "at risk": "Rood"}
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            status[r["status"]],
            colour[r["status"]],
            r["due_date"].strftime("%d-%m-%Y"),
        ]
        for r in recs
    ]
    header = ["Klant", "Type", "Omschrijving", "Status", "Kleur", "Deadline"]
    x.add(
        "excel_succesplan_nl.csv",
        "Excel (Dutch, success plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["Dutch words", "traffic-light colours", "dd-mm-yyyy"],
    )

    # Startdeliver success plans (Sweden): goals, activities and risks; completed / in progress / at risk.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Goal", "step": "Activity", "blocker": "Risk"}
    status = {"open": "In progress", "done": "Completed", "at risk": "At risk"}
    rows = [
        [
            r["account"],
            r["item"],
            kinds[r["kind"]],
            status[r["status"]],
            r["due_date"].isoformat(),
            r["owner"],
        ]
        for r in recs
    ]
    header = ["Customer name", "Title", "Item type", "Progress", "Due date", "Responsible"]
    x.add(
        "startdeliver_success_plans.csv",
        "Startdeliver (success plans)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Activity as step", "Risk as blocker"],
    )

    # Pipefy cards (Brazil): the phase is the status, the label the kind, due dates with a time.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Meta", "step": "Etapa", "blocker": "Bloqueio"}
    status = {"open": "Em andamento", "done": "Concluído", "at risk": "Em risco"}
    rows = [
        [
            r["item"],
            status[r["status"]],
            r["account"],
            kinds[r["kind"]],
            r["due_date"].strftime("%d/%m/%Y 18:00"),
            r["owner"],
        ]
        for r in recs
    ]
    header = ["Título", "Fase atual", "Cliente", "Etiquetas", "Vencimento", "Responsável"]
    x.add(
        "pipefy_plano_sucesso.csv",
        "Pipefy (success plan pipe)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["phase as status", "label as kind", "Portuguese words"],
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
