"""Writes a fourteenth blind batch: sheets a CS team keeps by hand, and business systems in other languages.

Half the files are what a CS team keeps itself in Excel and Google Sheets, in German, French,
Spanish, Portuguese, Italian and Dutch: weekly contact logs, a book of business with subtotals per
CSM, renewal trackers by quarter, NPS follow-ups with a summary table below, an onboarding
checklist with ticked boxes, a success plan, CSM rates, monthly usage with a totals column and
MRR and ARR change logs. They carry what people do by hand: title lines, merged cells that leave
a value only on the first row of a block, section rows, totals and subtotals, "k.A." / "—" /
"Por definir" cells, local number and date formats and month names. The other half are exports of
systems from Germany, France, Spain, Bulgaria, Turkey, Brazil and Japan with their native headers
and formats: Agendor, Placetel, Zadarma, Holded, Axonaut, kintone, Clockodo, Sesame HR,
Tomticket, EasyVista, Drag'n Survey, SoluCX, Piano Analytics, UserGuiding, iugu, FastBill,
OpenProject and Businessmap. It was written from what these tools and people write, without
reading the importer's vocabulary or rules. A file here is changed only when it misdescribes
what a person or system writes, never to make it load.

Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind14/make_blind14.py``; the files are checked in.
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
SEED = 14_0212_2026

CSMS = [
    Person("Lucía", "Romero", 88.0, "Enterprise", "Senior CSM"),
    Person("Matthias", "Krüger", 102.0, "Enterprise", "Team Lead CS"),
    Person("Giulia", "Conti", 79.0, "Mid-Market", "CSM"),
    Person("Bruno", "Almeida", 72.0, "SMB", "Junior CSM"),
]
SALES = [Person("Hélène", "Marchand"), Person("Kenji", "Sato")]
ACCOUNT_NAMES = [
    "Bodega Los Almendros S.L.",
    "Hoffmann Elektrotechnik GmbH",
    "Atelier Dubois SARL",
    "Farmácias Nova Vida Ltda",
    "Cantieri Navali Ferraro S.p.A.",
    "De Vries Bouw B.V.",
    "Sakura Foods K.K.",
    "Grupo Andino Seguros",
    "Lindqvist Möbler AB",
    "Pretoria Mining Supplies",
    "Mercado Central Digital",
    "Kaiser Logistik AG",
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
    seats=(15, 40, 75, 150, 250),
    subscribed_from=D(2022, 2, 1),
    subscribed_days=800,
    churned_from=D(2025, 1, 15),
    churned_days=120,
    churned=(4, 9),
    mrr=(400, 650, 900, 1400, 2200, 3600, 5200),
    go_live_days=(18, 80),
    renewal_from=D(2025, 10, 1),
)

MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MONTHS_DE_EXCEL = "Jan Feb Mrz Apr Mai Jun Jul Aug Sep Okt Nov Dez".split()
MONTHS_ES = "ene feb mar abr may jun jul ago sep oct nov dic".split()
MONTHS_IT = "gen feb mar apr mag giu lug ago set ott nov dic".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_NL = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def eu(x: float, thousands: str = ".", decimals: int = 2) -> str:
    """12.000,00 with ``thousands`` between groups and a decimal comma."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def dmy(d, sep="/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def merged(rows: list[list], column: int) -> list[list]:
    """Rows as a sheet with merged cells saves them: a value repeated from the row above is blank."""
    out, previous = [], None
    for row in rows:
        value = row[column]
        out.append(row[:column] + ([""] if value == previous else [value]) + row[column + 1 :])
        previous = value
    return out


def blank(width: int) -> list[str]:
    return [""] * width


NOTES = ["", "Pide formación extra", "—", "Champion new in role", "", "Follow-up pending", "n/a"]


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Excel, German contact log: a title, the customer merged over its block, "3. März 2025"
    # dates, the duration in hours with a decimal comma, ja/nein for proactive, a Summe row.
    recs = sorted(
        engagements(rng, company, 16, minutes=(15, 30, 45, 60, 90, 120)),
        key=lambda r: (r["account"], r["date"]),
    )
    rows = [
        [
            r["account"],
            f"{r['date'].day}. {MONTHS_DE[r['date'].month - 1]} {r['date'].year}",
            r["csm"],
            {"Call": "Anruf", "Email": "E-Mail", "Meeting": "Vor-Ort-Termin"}[r["type"]],
            "ja" if r["tag"] == "proactive" else "nein",
            eu(r["duration_min"] / 60),
            rng.choice(["", "Rückruf vereinbart", "k.A.", "Angebot geschickt"]),
        ]
        for r in recs
    ]
    rows = merged(rows, 0)
    rows.append(["Summe", "", "", "", "", eu(sum(r["duration_min"] for r in recs) / 60), ""])
    header = ["Kunde", "Datum", "Betreuer", "Art", "Proaktiv?", "Dauer (Std.)", "Notiz"]
    x.add(
        "excel_kontaktprotokoll_de.csv",
        "Excel (German, contact log)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Kontaktprotokoll Kundenbetreuung 2024/25\n\n" + table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=[
            "merged-cell customer",
            "'3. März 2025'",
            "hours with decimal comma",
            "ja/nein",
            "Summe row",
        ],
    )

    # Google Sheets, French follow-up journal: a section row per month, P/R for the tag,
    # "30 min" / "1 h 30" durations, "—" comments.
    recs = engagements(rng, company, 15)
    out = []
    for month in sorted({r["date"].replace(day=1) for r in recs}):
        out.append([f"{MONTHS_FR[month.month - 1].capitalize()} {month.year}", "", "", "", "", "", ""])
        for r in recs:
            if r["date"].replace(day=1) == month:
                m = int(r["duration_min"])
                out.append(
                    [
                        dmy(r["date"]),
                        r["account"],
                        r["csm"],
                        {"Call": "Appel", "Email": "E-mail", "Meeting": "Visio"}[r["type"]],
                        "P" if r["tag"] == "proactive" else "R",
                        f"{m // 60} h {m % 60:02d}" if m >= 60 else f"{m} min",
                        rng.choice(["—", "Point mensuel", "Relance facture", "Demande d'évolution"]),
                    ]
                )
    header = ["Date", "Client", "CSM", "Canal", "P/R", "Durée", "Commentaire"]
    x.add(
        "gsheet_journal_suivi_fr.csv",
        "Google Sheets (French, follow-up journal)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Journal de suivi clients\n" + table_text(header, out),
        concepts=["month section rows", "P/R tag", "'1 h 30' durations"],
    )

    # Excel, Italian activity diary: one section row per CSM ("CSM: Giulia Conti"), then that
    # CSM's contacts; "05-mar-2025" dates, Proattiva/Reattiva, hh:mm durations.
    recs = sorted(engagements(rng, company, 15), key=lambda r: (r["csm"], r["date"]))
    out = []
    for csm in dict.fromkeys(r["csm"] for r in recs):
        out.append([f"CSM: {csm}", "", "", "", ""])
        for r in recs:
            if r["csm"] == csm:
                m = int(r["duration_min"])
                d = r["date"]
                out.append(
                    [
                        f"{d.day:02d}-{MONTHS_IT[d.month - 1]}-{d.year}",
                        r["account"],
                        {"Call": "Telefonata", "Email": "Email", "Meeting": "Riunione"}[r["type"]],
                        "Proattiva" if r["tag"] == "proactive" else "Reattiva",
                        f"{m // 60:02d}:{m % 60:02d}",
                    ]
                )
    header = ["Data", "Cliente", "Tipo", "Iniziativa", "Durata"]
    x.add(
        "excel_diario_attivita_it.csv",
        "Excel (Italian, activity diary)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Diario attività Customer Success\n" + table_text(header, out, ";"),
        encoding="utf-8-sig",
        concepts=["CSM section rows", "'05-mar-2025'", "Proattiva/Reattiva", "hh:mm durations"],
    )

    # Agendor activities (Brazil CRM): Portuguese headers, dd/mm/aaaa hh:mm, a custom Sim/Não field.
    recs = engagements(rng, company, 15)
    rows = [
        [
            r["moment"].strftime("%d/%m/%Y %H:%M"),
            {"Call": "Ligação", "Email": "E-mail", "Meeting": "Reunião"}[r["type"]],
            r["account"],
            rng.choice(["Ana Paula", "Rodrigo Lima", "Carla Mendes"]),
            r["csm"],
            rng.choice(["Acompanhamento mensal", "Cliente pediu ajuda", "Revisão de uso", "Renovação"]),
            "Sim" if r["tag"] == "proactive" else "Não",
            "Finalizada",
        ]
        for r in recs
    ]
    header = ["Data", "Tipo", "Empresa", "Pessoa", "Usuário responsável", "Texto", "Proativo?", "Situação"]
    x.add(
        "agendor_atividades.csv",
        "Agendor (activities)",
        "engagements",
        E_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Portuguese headers", "Sim/Não proactive", "Empresa vs Pessoa"],
    )

    # Placetel call list (Germany): ausgehend/eingehend, the duration in seconds, phone numbers.
    recs = engagements(rng, company, 15, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    rows = [
        [
            r["moment"].strftime("%d.%m.%Y %H:%M:%S"),
            "ausgehend" if r["tag"] == "proactive" else "eingehend",
            "angenommen",
            r["csm"],
            f"+49 {rng.randrange(30, 899)} {rng.randrange(100000, 9999999)}",
            r["account"],
            round(r["duration_min"] * 60),
        ]
        for r in recs
    ]
    header = ["Datum", "Richtung", "Status", "Benutzer", "Rufnummer", "Kontakt", "Dauer (Sek.)"]
    x.add(
        "placetel_anrufliste.csv",
        "Placetel (call list)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        concepts=["ausgehend/eingehend as tag", "seconds", "German headers"],
    )

    # Zadarma call statistics (Spain): Saliente/Entrante, the extension with the user's name,
    # the duration as mm:ss.
    recs = engagements(rng, company, 14, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    rows = []
    for r in recs:
        s = round(r["duration_min"] * 60)
        rows.append(
            [
                r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
                "Saliente" if r["tag"] == "proactive" else "Entrante",
                f"{100 + CSMS.index(next(p for p in CSMS if p.name == r['csm']))}",
                r["csm"],
                f"+34 9{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}",
                r["account"],
                f"{s // 60:02d}:{s % 60:02d}",
                "Contestada",
            ]
        )
    header = ["Fecha", "Tipo", "Extensión", "Usuario", "Número", "Cliente", "Duración", "Estado"]
    x.add(
        "zadarma_llamadas.csv",
        "Zadarma (call statistics)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, ";"),
        concepts=["Saliente/Entrante as tag", "mm:ss durations", "Spanish headers"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Google Sheets, Spanish portfolio: a title, the CSM merged over their block, a subtotal row
    # after each CSM, "48.000 €" ARR, "Por definir" renewals, colour health, a TOTAL row.
    recs = sorted(account_records(company), key=lambda r: (r["csm"], r["account"]))
    for r in recs[3::5]:
        r["renewal_date"] = None
    out = []
    for csm in dict.fromkeys(r["csm"] for r in recs):
        mine = [r for r in recs if r["csm"] == csm]
        block = [
            [
                csm,
                r["account"],
                r["segment"],
                f"{eu(r['arr'], decimals=0)} €",
                "Por definir" if r["renewal_date"] is None else dmy(r["renewal_date"]),
                rng.choice(["Verde", "Ámbar", "Rojo"]),
                rng.choice(NOTES),
            ]
            for r in mine
        ]
        out += merged(block, 0)
        out.append(
            [f"Subtotal {csm}", "", "", f"{eu(sum(r['arr'] for r in mine), decimals=0)} €", "", "", ""]
        )
    out.append(["TOTAL", "", "", f"{eu(sum(r['arr'] for r in recs), decimals=0)} €", "", "", ""])
    header = ["CSM", "Cliente", "Segmento", "ARR", "Renovación", "Salud", "Notas"]
    x.add(
        "gsheet_cartera_clientes_es.csv",
        "Google Sheets (Spanish, customer portfolio)",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        "Cartera de clientes - CS Iberia\n" + table_text(header, out),
        concepts=["merged-cell CSM", "subtotal rows", "Por definir", "TOTAL row"],
    )

    # Excel, Brazilian portfolio: MRR in "R$ 4.000,00" (ARR is × 12), Ativo/Churn, and a small
    # summary table below.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            f"R$ {eu(r['arr'] / 12)}",
            dmy(r["subscribed_on"]),
            dmy(r["renewal_date"]),
            "Churn" if r["status"] == "churned" else "Ativo",
        ]
        for r in recs
    ]
    active = [r for r in recs if r["status"] == "active"]
    rows += [
        blank(6),
        ["Resumo", "", "", "", "", ""],
        ["Clientes ativos", len(active), "", "", "", ""],
        ["Clientes em churn", len(recs) - len(active), "", "", "", ""],
        ["MRR total", f"R$ {eu(sum(r['arr'] for r in active) / 12)}", "", "", "", ""],
    ]
    header = ["Cliente", "Responsável CS", "MRR", "Início do contrato", "Renovação", "Status"]
    x.add(
        "excel_carteira_clientes_pt.csv",
        "Excel (Portuguese, customer portfolio)",
        "accounts",
        A_FIELDS + ("status", "subscribed_on"),
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["MRR -> ARR", "Churn as status", "summary table below"],
    )

    # Excel, Italian renewals by quarter: a section row per quarter, "€ 12.000,00", Sì/No/Da definire.
    recs = sorted(account_records(company), key=lambda r: r["renewal_date"])
    out = []
    for q in sorted({(r["renewal_date"].year, (r["renewal_date"].month - 1) // 3 + 1) for r in recs}):
        out.append([f"{q[1]}° trimestre {q[0]}", "", "", "", "", ""])
        for r in recs:
            if (r["renewal_date"].year, (r["renewal_date"].month - 1) // 3 + 1) == q:
                out.append(
                    [
                        r["account"],
                        r["csm"],
                        f"€ {eu(r['arr'])}",
                        dmy(r["renewal_date"]),
                        rng.choice(["Sì", "No", "Da definire"]),
                        rng.choice(["", "Chiede sconto", "—", "Nuovo referente"]),
                    ]
                )
    header = ["Cliente", "Referente CS", "Valore annuo", "Scadenza contratto", "Rinnova?", "Note"]
    x.add(
        "excel_rinnovi_trimestre_it.csv",
        "Excel (Italian, renewals by quarter)",
        "accounts",
        A_FIELDS,
        recs,
        "Rinnovi contratti 2025-2026\n" + table_text(header, out, ";"),
        encoding="cp1252",
        concepts=["quarter section rows", "€ 12.000,00", "Scadenza contratto as renewal"],
    )

    # Holded contacts (Spain): NIF, tags, the annual billing with a decimal comma.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            f"B{rng.randrange(10000000, 99999999)}",
            f"admin@{r['account'].split()[0].lower()}.example",
            "Cliente",
            rng.choice(["saas,premium", "saas", "saas,partner"]),
            r["csm"],
            eu(r["arr"], thousands=""),
            r["segment"],
        ]
        for r in recs
    ]
    header = ["Nombre", "NIF", "Email", "Tipo", "Tags", "Responsable", "Facturación anual", "Segmento"]
    x.add(
        "holded_contactos.csv",
        "Holded (contacts)",
        "accounts",
        ("account", "csm", "arr", "segment"),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Spanish headers", "Facturación anual as ARR", "NIF beside the name"],
    )

    # Axonaut companies (France): the yearly subscription excl. VAT, the account manager, churn as "Perdu".
    recs = account_records(company)
    rows = [
        [
            f"{4400 + n}",
            r["account"],
            "Client" if r["status"] == "active" else "Perdu",
            r["csm"],
            f"{eu(r['arr'], thousands=' ')}",
            dmy(r["subscribed_on"]),
            dmy(r["renewal_date"]),
            rng.choice(["Paris", "Lyon", "Lille", "Nantes"]),
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Identifiant",
        "Nom de l'entreprise",
        "Catégorie",
        "Gestionnaire du compte",
        "Abonnement annuel HT",
        "Date de création",
        "Date de renouvellement",
        "Ville",
    ]
    x.add(
        "axonaut_entreprises.csv",
        "Axonaut (companies)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["French headers", "Perdu as churned", "space thousands"],
    )

    # kintone customer app (Japan): Japanese headers, yen amounts with commas, 契約中/解約.
    recs = account_records(company, arr=lambda a: float(a.arr * 150))
    rows = [
        [
            n + 1,
            r["account"],
            r["csm"],
            f"{int(r['arr']):,}",
            r["renewal_date"].isoformat(),
            "解約" if r["status"] == "churned" else "契約中",
            r["segment"],
        ]
        for n, r in enumerate(recs)
    ]
    header = ["レコード番号", "顧客名", "担当CSM", "年間契約金額", "契約更新日", "ステータス", "セグメント"]
    x.add(
        "kintone_customers.csv",
        "kintone (customer app)",
        "accounts",
        A_FIELDS + ("status", "segment"),
        recs,
        table_text(header, rows, quote_all=True),
        encoding="utf-8-sig",
        concepts=["Japanese headers", "yen with commas", "契約中/解約 status"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]
    # Excel, Dutch rates: a title, "€ 95,00", FTE, an average row.
    rows = [[p.name, p.role, f"€ {eu(p.rate)}", rng.choice(["1,0", "0,8", "1,0"]), ""] for p in CSMS]
    rows.append(["Gemiddeld", "", f"€ {eu(sum(p.rate for p in CSMS) / len(CSMS))}", "", ""])
    x.add(
        "excel_uurtarieven_cs_nl.csv",
        "Excel (Dutch, CS rates)",
        "team",
        TEAM_FIELDS,
        recs,
        "Uurtarieven CS-team 2025\n"
        + table_text(["Naam", "Functie", "Uurtarief", "FTE", "Opmerking"], rows, ";"),
        encoding="cp1252",
        concepts=["Dutch headers", "Gemiddeld row", "€ 95,00"],
    )

    # Google Sheets, Italian team cost: hourly cost, weekly hours, monthly cost, a Totale row.
    rows = []
    for p in CSMS:
        hours = rng.choice([40, 36, 30])
        rows.append([p.name, p.role, f"€ {eu(p.rate)}", hours, f"€ {eu(p.rate * hours * 4.33)}"])
    rows.append(
        ["Totale", "", "", "", f"€ {eu(sum(p.rate * r[3] * 4.33 for p, r in zip(CSMS, rows, strict=True)))}"]
    )
    header = ["Nome e cognome", "Ruolo", "Costo orario", "Ore/settimana", "Costo mensile"]
    x.add(
        "gsheet_costi_team_cs_it.csv",
        "Google Sheets (Italian, team cost)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Costo orario beside Costo mensile", "Totale row"],
    )

    # Clockodo users (Germany): the hourly rate in a "Stundensatz (EUR)" column, an Aktiv flag.
    rows = [[p.name, p.email, p.role, eu(p.rate), "Ja", "Customer Success"] for p in CSMS]
    rows.append(["Admin Buchhaltung", "buchhaltung@northbeam.io", "Verwaltung", "", "Nein", "Finanzen"])
    header = ["Name", "E-Mail", "Rolle", "Stundensatz (EUR)", "Aktiv", "Team"]
    x.add(
        "clockodo_mitarbeiter.csv",
        "Clockodo (users)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows[:-1], ";"),
        encoding="utf-8-sig",
        concepts=["German headers", "Stundensatz (EUR)"],
    )

    # Sesame HR employees (Spain): the annual gross salary beside the company cost per hour.
    rows = [
        [p.first, p.last, p.email, p.role, eu(p.rate * 1650, decimals=0), eu(p.rate), "Customer Success"]
        for p in CSMS
    ]
    header = [
        "Nombre",
        "Apellidos",
        "Email",
        "Puesto",
        "Salario bruto anual",
        "Coste hora empresa",
        "Departamento",
    ]
    x.add(
        "sesame_empleados.csv",
        "Sesame HR (employees)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Nombre + Apellidos", "annual salary beside the hourly cost"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Google Sheets, Italian escalations: "in corso" when still open, Sì/No escalation.
    recs = tickets(rng, company, 14)
    prio = {"Low": "Bassa", "Normal": "Media", "High": "Alta", "Urgent": "Urgente"}
    rows = [
        [
            f"S-{n + 1:03d}",
            r["account"],
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "in corso",
            prio[r["priority"]],
            "Sì" if r["escalated"] else "No",
            rng.choice(["", "Attesa risposta cliente", "—", "Bug confermato"]),
        ]
        for n, r in enumerate(recs)
    ]
    for n, r in enumerate(recs):
        r["ticket_id"] = f"S-{n + 1:03d}"
    header = ["N°", "Cliente", "Aperta il", "Chiusa il", "Priorità", "Escalation", "Note"]
    x.add(
        "gsheet_segnalazioni_it.csv",
        "Google Sheets (Italian, escalations)",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        table_text(header, rows),
        concepts=["'in corso' when open", "Sì/No escalation", "Italian headers"],
    )

    # Excel, French incidents: a title, a section row per month, "—" when open, Oui/Non.
    recs = tickets(rng, company, 14)
    out = []
    for month in sorted({r["opened_at"].date().replace(day=1) for r in recs}):
        out.append([f"{MONTHS_FR[month.month - 1]} {month.year}", "", "", "", "", ""])
        for r in recs:
            if r["opened_at"].date().replace(day=1) == month:
                out.append(
                    [
                        f"INC-{r['ticket_id']}",
                        r["account"],
                        r["opened_at"].strftime("%d/%m/%Y %H:%M"),
                        r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "—",
                        {"Low": "Basse", "Normal": "Normale", "High": "Haute", "Urgent": "Critique"}[
                            r["priority"]
                        ],
                        "Oui" if r["escalated"] else "Non",
                    ]
                )
    for r in recs:
        r["ticket_id"] = f"INC-{r['ticket_id']}"
    header = ["Réf.", "Client", "Ouvert le", "Résolu le", "Priorité", "Escaladé"]
    x.add(
        "excel_incidents_clients_fr.csv",
        "Excel (French, customer incidents)",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        "Suivi des incidents clients\n" + table_text(header, out, ";"),
        encoding="cp1252",
        concepts=["month section rows", "— when open", "Oui/Non escalated"],
    )

    # Tomticket (Brazil): the protocol number, the requester's name under "Cliente" and the
    # company under "Organização".
    recs = tickets(rng, company, 15)
    rows = []
    for n, r in enumerate(recs):
        r["ticket_id"] = f"{r['opened_at'].strftime('%y%m')}{n + 100:04d}"
        rows.append(
            [
                r["ticket_id"],
                rng.choice(
                    ["Erro na integração", "Dúvida de faturamento", "Acesso negado", "Relatório lento"]
                ),
                rng.choice(["Mariana Costa", "Paulo Souza", "Fernanda Rocha", "Tiago Martins"]),
                r["account"],
                "Suporte N2",
                r["acc"].csm.name,
                "Finalizado" if r["closed_at"] else rng.choice(["Em atendimento", "Aguardando cliente"]),
                {"Low": "Baixa", "Normal": "Normal", "High": "Alta", "Urgent": "Urgente"}[r["priority"]],
                r["opened_at"].strftime("%d/%m/%Y %H:%M"),
                r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
            ]
        )
    header = [
        "Protocolo",
        "Assunto",
        "Cliente",
        "Organização",
        "Departamento",
        "Atendente",
        "Situação",
        "Prioridade",
        "Data de criação",
        "Data de finalização",
    ]
    x.add(
        "tomticket_chamados.csv",
        "Tomticket (tickets)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Cliente is a person, Organização the account", "Data de finalização as closed"],
    )

    # EasyVista incidents (France ITSM): dd/mm/yyyy hh:mm:ss, the beneficiary and their company.
    recs = tickets(rng, company, 14)
    rows = []
    for r in recs:
        r["ticket_id"] = f"I{r['opened_at'].strftime('%y%m%d')}_{int(r['ticket_id']) - 990:04d}"
        rows.append(
            [
                r["ticket_id"],
                r["opened_at"].strftime("%d/%m/%Y %H:%M:%S"),
                r["closed_at"].strftime("%d/%m/%Y %H:%M:%S") if r["closed_at"] else "",
                "Clôturé" if r["closed_at"] else rng.choice(["En cours", "En attente"]),
                {"Low": "4 - Basse", "Normal": "3 - Moyenne", "High": "2 - Haute", "Urgent": "1 - Critique"}[
                    r["priority"]
                ],
                rng.choice(["DUPONT Marie", "MARTIN Luc", "GARCIA Inès"]),
                r["account"],
                "Application > Accès",
            ]
        )
    header = [
        "N° d'incident",
        "Date d'ouverture",
        "Date de clôture",
        "Statut",
        "Priorité",
        "Bénéficiaire",
        "Société du bénéficiaire",
        "Catégorie",
    ]
    x.add(
        "easyvista_incidents.csv",
        "EasyVista (incidents)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["French ITSM headers", "Société du bénéficiaire as account"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Excel, Spanish NPS follow-up: "12-mar-2025", Puntuación, and a summary table below.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"{r['date'].day:02d}-{MONTHS_ES[r['date'].month - 1]}-{r['date'].year}",
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "—",
            rng.choice(["Llamar", "Hecho", "—"]),
            r["acc"].csm.name,
        ]
        for r in recs
    ]
    promoters = sum(r["score"] >= 9 for r in recs)
    detractors = sum(r["score"] <= 6 for r in recs)
    rows += [
        blank(7),
        ["Resumen", "", "", "", "", "", ""],
        ["Promotores", "", "", promoters, "", "", ""],
        ["Pasivos", "", "", len(recs) - promoters - detractors, "", "", ""],
        ["Detractores", "", "", detractors, "", "", ""],
        ["NPS", "", "", round(100 * (promoters - detractors) / len(recs)), "", "", ""],
    ]
    header = ["Fecha", "Cliente", "Contacto", "Puntuación", "Comentario", "Acción", "Responsable"]
    x.add(
        "excel_seguimiento_nps_es.csv",
        "Excel (Spanish, NPS follow-up)",
        "surveys",
        S_FIELDS,
        recs,
        "Seguimiento NPS T1\n" + table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["'12-mar-2025'", "summary table below", "Puntuación"],
    )

    # Google Sheets, Dutch NPS follow-up: Promotors / Passives / Criticasters section rows.
    recs = surveys(rng, company, 15)
    groups = [("Promotors (9-10)", 9, 10), ("Passives (7-8)", 7, 8), ("Criticasters (0-6)", 0, 6)]
    out, ordered = [], []
    for title, low, high in groups:
        mine = [r for r in recs if low <= r["score"] <= high]
        out.append([title, "", "", "", "", ""])
        for r in mine:
            out.append(
                [
                    dmy(r["date"], "-"),
                    r["account"],
                    r["score"],
                    r["comment"] or "",
                    rng.choice(["ja", "nee", ""]),
                    r["acc"].csm.name,
                ]
            )
        ordered += mine
    header = ["Datum", "Klant", "Score", "Toelichting", "Teruggebeld", "Eigenaar"]
    x.add(
        "gsheet_nps_opvolging_nl.csv",
        "Google Sheets (Dutch, NPS follow-up)",
        "surveys",
        S_FIELDS,
        ordered,
        table_text(header, out),
        concepts=["NPS group section rows", "ja/nee that is not the answer"],
    )

    # Drag'n Survey (France): the question as the header, start and end times, the company asked.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"{93000 + n}",
            r["moment"].strftime("%d/%m/%Y %H:%M"),
            (r["moment"] + dt.timedelta(minutes=4)).strftime("%d/%m/%Y %H:%M"),
            "Complète",
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "ID réponse",
        "Date de début",
        "Date de fin",
        "Statut",
        "Quelle est votre société ?",
        "Sur une échelle de 0 à 10, quelle est la probabilité que vous nous recommandiez à un collègue ?",
        "Pourquoi avez-vous donné cette note ?",
    ]
    x.add(
        "dragnsurvey_reponses.csv",
        "Drag'n Survey (responses)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["French question as header", "société asked in a question"],
    )

    # SoluCX (Brazil): the respondent's name and e-mail, the company, "Nota", the answer date.
    recs = surveys(rng, company, 15)
    rows = [
        [
            rng.choice(["Juliana", "Marcos", "Patrícia", "Eduardo"])
            + " "
            + rng.choice(["Silva", "Oliveira"]),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
            r["moment"].strftime("%d/%m/%Y %H:%M:%S"),
            "E-mail",
        ]
        for r in recs
    ]
    header = ["Nome", "E-mail", "Empresa", "Nota", "Comentário", "Data da resposta", "Canal"]
    x.add(
        "solucx_respostas.csv",
        "SoluCX (NPS answers)",
        "surveys",
        S_FIELDS + ("respondent",),
        recs,
        table_text(header, rows, ";"),
        concepts=["Portuguese headers", "Nota as score", "Nome is the person"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Excel, German monthly active users: one column per month "Jan 25" .. "Jun 25" (Excel's
    # German "Mrz"), "k.A." before go-live, a Gesamt column at the right and a Summe row.
    months = [D(2025, m, 1) for m in range(1, 7)]
    recs, rows = [], []
    for n, a in enumerate(company[:10]):
        row = [a.name]
        mine = []
        for k, m in enumerate(months):
            if n % 4 == 2 and k < 2:
                row.append("k.A.")
                continue
            users = rng.randrange(3, a.seats)
            mine.append(dict(account=a.name, date=m, active_users=float(users), acc=a))
            row.append(users)
        row.append(int(sum(r["active_users"] for r in mine)))
        recs += mine
        rows.append(row)
    totals = ["Summe"] + [int(sum(r["active_users"] for r in recs if r["date"] == m)) for m in months]
    rows.append(totals + [sum(totals[1:])])
    header = ["Kunde", *(f"{MONTHS_DE_EXCEL[m.month - 1]} {m.strftime('%y')}" for m in months), "Gesamt"]
    x.add(
        "excel_aktive_nutzer_monat_de.csv",
        "Excel (German, monthly active users)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        "Aktive Nutzer pro Monat (H1 2025)\n" + table_text(header, rows, ";"),
        encoding="cp1252",
        concepts=["wide month columns 'Mrz 25'", "k.A. before go-live", "Gesamt column", "Summe row"],
    )

    # Google Sheets, French weekly usage typed by hand: the client merged over its weeks,
    # "1 234" with a space between thousands.
    recs = []
    for a in company[1:7]:
        for w in range(4):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, 3, 3) + dt.timedelta(weeks=w),
                    active_users=float(rng.randrange(2, a.seats)),
                    events=float(rng.randrange(200, 9000)),
                    acc=a,
                )
            )
    rows = [
        [r["account"], dmy(r["date"]), int(r["active_users"]), f"{int(r['events']):,}".replace(",", " ")]
        for r in recs
    ]
    header = ["Client", "Semaine du", "Utilisateurs actifs", "Actions"]
    x.add(
        "gsheet_usage_hebdo_fr.csv",
        "Google Sheets (French, weekly usage)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, merged(rows, 0)),
        concepts=["merged-cell client", "space thousands", "Semaine du"],
    )

    # Piano Analytics (France): a data query by day and by an organisation property, French labels.
    recs = []
    for a in company[3:9]:
        for d in range(5):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, 4, 7) + dt.timedelta(days=d),
                    active_users=float(rng.randrange(1, a.seats)),
                    acc=a,
                )
            )
    rows = [
        [r["date"].isoformat(), r["account"], int(r["active_users"]), int(r["active_users"] * 1.6)]
        for r in recs
    ]
    header = ["Jour", "Organisation (propriété)", "Visiteurs", "Visites"]
    x.add(
        "pianoanalytics_requete.csv",
        "Piano Analytics (data query)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Visiteurs as active users", "organisation property as account"],
    )

    # UserGuiding (Turkey) company report: weekly active users and guide views.
    recs = []
    for a in company[5:11]:
        for w in range(4):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, 5, 5) + dt.timedelta(weeks=w),
                    active_users=float(rng.randrange(2, a.seats)),
                    events=float(rng.randrange(10, 600)),
                    acc=a,
                )
            )
    rows = [
        [
            r["account"],
            r["date"].strftime("%d.%m.%Y"),
            int(r["active_users"]),
            int(r["events"]),
            rng.randrange(0, 30),
        ]
        for r in recs
    ]
    header = ["Company Name", "Week Start", "Active Users", "Guide Views", "Checklist Completions"]
    x.add(
        "userguiding_company_report.csv",
        "UserGuiding (company report)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows),
        concepts=["dd.mm.yyyy weeks", "guide views as events"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Excel, Spanish MRR movements: "ene-25" months, Alta/Renovación/Ampliación/Reducción/Baja,
    # signed monthly amounts, a Total row.
    recs = revenue(rng, company, 14, monthly=True)
    words = {
        "new": "Alta",
        "renewal": "Renovación",
        "expansion": "Ampliación",
        "contraction": "Reducción",
        "churn": "Baja",
    }
    rows = [
        [
            f"{MONTHS_ES[r['date'].month - 1]}-{r['date'].strftime('%y')}",
            r["account"],
            words[r["kind"]],
            ("-" if r["kind"] in ("contraction", "churn") else "") + eu(r["mrr"]),
        ]
        for r in recs
    ]
    net = sum(r["mrr"] * (-1 if r["kind"] in ("contraction", "churn") else 1) for r in recs)
    rows.append(["Total", "", "", eu(net)])
    x.add(
        "excel_movimientos_mrr_es.csv",
        "Excel (Spanish, MRR movements)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Mes", "Cliente", "Movimiento", "MRR (€)"], rows, ";"),
        encoding="cp1252",
        concepts=["ene-25 months", "MRR -> ARR", "Alta/Baja", "signed amounts", "Total row"],
    )

    # Google Sheets, Italian ARR changes: a section row per quarter ("T1 2025"), "+€ 12.000".
    recs = revenue(rng, company, 14)
    words = {
        "new": "Nuovo cliente",
        "renewal": "Rinnovo",
        "expansion": "Upsell",
        "contraction": "Downsell",
        "churn": "Disdetta",
    }
    out = []
    for q in sorted({(r["date"].year, (r["date"].month - 1) // 3 + 1) for r in recs}):
        out.append([f"T{q[1]} {q[0]}", "", "", ""])
        for r in recs:
            if (r["date"].year, (r["date"].month - 1) // 3 + 1) == q:
                sign = "-" if r["kind"] in ("contraction", "churn") else "+"
                out.append(
                    [dmy(r["date"]), r["account"], words[r["kind"]], f"{sign}€ {eu(r['amount'], decimals=0)}"]
                )
    x.add(
        "gsheet_variazioni_arr_trimestre_it.csv",
        "Google Sheets (Italian, ARR changes by quarter)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Data", "Cliente", "Tipo", "Variazione ARR"], out),
        concepts=["quarter section rows", "Italian movement words", "+€ signed amounts"],
    )

    # iugu subscription events (Brazil): API-style headers, the monthly price in cents.
    recs = revenue(rng, company, 14)
    words = {
        "new": "subscription_created",
        "renewal": "subscription_renewed",
        "expansion": "subscription_upgraded",
        "contraction": "subscription_downgraded",
        "churn": "subscription_suspended",
    }
    rows = [
        [
            f"{rng.getrandbits(64):016X}",
            r["account"],
            r["date"].isoformat() + "T10:00:00-03:00",
            words[r["kind"]],
            rng.choice(["plano_pro", "plano_business"]),
            r["mrr"] * 100,
            "BRL",
        ]
        for r in recs
    ]
    header = ["id", "customer_name", "created_at", "event", "plan_identifier", "price_cents", "currency"]
    x.add(
        "iugu_eventos_assinaturas.csv",
        "iugu (subscription events)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["monthly price in cents -> ARR", "event names as kinds"],
    )

    # FastBill subscription changes (Germany): the amount per billing interval (monatlich,
    # vierteljährlich, jährlich), German action words.
    recs = revenue(rng, company, 14)
    words = {
        "new": "Neues Abo",
        "renewal": "Verlängerung",
        "expansion": "Upgrade",
        "contraction": "Downgrade",
        "churn": "Kündigung",
    }
    intervals = {"monatlich": 1, "vierteljährlich": 3, "jährlich": 12}
    rows = []
    for r in recs:
        interval = rng.choice(list(intervals))
        rows.append(
            [
                r["date"].strftime("%d.%m.%Y"),
                f"{rng.randrange(1000, 9999)}",
                r["account"],
                words[r["kind"]],
                interval,
                eu(r["mrr"] * intervals[interval]),
                "EUR",
            ]
        )
    header = ["Datum", "Kundennr.", "Kunde", "Aktion", "Intervall", "Betrag netto", "Währung"]
    x.add(
        "fastbill_abo_aenderungen.csv",
        "FastBill (subscription changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["per-interval amounts annualised", "German action words"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Excel, French success plan: the account merged over its items, Objectif/Étape/Frein,
    # À faire/En cours/Terminé/À risque.
    recs = sorted(plans(rng, company, 15), key=lambda r: r["account"])
    kinds = {"goal": "Objectif", "step": "Étape", "blocker": "Frein"}
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            r["owner"],
            dmy(r["due_date"]),
            {"open": rng.choice(["À faire", "En cours"]), "done": "Terminé", "at risk": "À risque"}[
                r["status"]
            ],
        ]
        for r in recs
    ]
    header = ["Compte", "Type", "Action", "Responsable", "Échéance", "Statut"]
    x.add(
        "excel_plan_de_succes_fr.csv",
        "Excel (French, success plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        "Plans de succès clients\n" + table_text(header, merged(rows, 0), ";"),
        encoding="cp1252",
        concepts=["merged-cell account", "Objectif/Étape/Frein", "French status words"],
    )

    # Google Sheets, Portuguese onboarding checklist: a section row per customer, ☑/☐ boxes.
    tasks = ["Reunião de kickoff", "Configurar SSO", "Importar dados", "Treinamento de admins", "Go-live"]
    recs = []
    for a in rng.sample(company, 3):
        start = D(2025, rng.randrange(2, 7), rng.randrange(1, 25))
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
    out = []
    for name in dict.fromkeys(r["account"] for r in recs):
        out.append([f"Cliente: {name}", "", "", "", ""])
        for r in recs:
            if r["account"] == name:
                out.append(
                    [r["item"], r["owner"], dmy(r["due_date"]), "☑" if r["status"] == "done" else "☐", ""]
                )
    x.add(
        "gsheet_checklist_onboarding_pt.csv",
        "Google Sheets (Portuguese, onboarding checklist)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(["Tarefa", "Responsável", "Prazo", "Feito", "Obs."], out),
        concepts=["'Cliente:' section rows", "☑/☐ boxes", "checklist items are steps"],
    )

    # OpenProject work packages (Germany): the project is the customer, custom types Ziel/Aufgabe/Risiko.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Ziel", "step": "Aufgabe", "blocker": "Risiko"}
    status = {"open": "In Bearbeitung", "done": "Erledigt", "at risk": "Gefährdet"}
    rows = [
        [
            3100 + n,
            kinds[r["kind"]],
            r["item"],
            status[r["status"]],
            r["owner"],
            r["account"],
            r["due_date"].strftime("%d.%m.%Y"),
            r["reviewed_on"].strftime("%d.%m.%Y 09:15"),
        ]
        for n, r in enumerate(recs)
    ]
    header = ["ID", "Typ", "Thema", "Status", "Zugewiesen an", "Projekt", "Endtermin", "Aktualisiert am"]
    x.add(
        "openproject_arbeitspakete.csv",
        "OpenProject (work packages)",
        "plans",
        P_FIELDS + ("due_date", "reviewed_on"),
        recs,
        table_text(header, rows, ";"),
        encoding="utf-8-sig",
        concepts=["Projekt as account", "Ziel/Aufgabe/Risiko", "Aktualisiert am as reviewed"],
    )

    # Businessmap (Bulgaria, formerly Kanbanize) cards: the lane is the customer, the column the status.
    recs = plans(rng, company, 15)
    kinds = {"goal": "Goal", "step": "Task", "blocker": "Impediment"}
    column = {"open": "In Progress", "done": "Done", "at risk": "Blocked"}
    rows = [
        [
            81200 + n,
            r["item"],
            "Customer Success Plans",
            r["account"],
            column[r["status"]],
            kinds[r["kind"]],
            r["owner"],
            r["due_date"].isoformat(),
        ]
        for n, r in enumerate(recs)
    ]
    header = ["Card ID", "Title", "Board", "Lane", "Column", "Type", "Owner", "Deadline"]
    x.add(
        "businessmap_cards.csv",
        "Businessmap (cards)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Lane as account", "Column as status", "Impediment as blocker"],
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
