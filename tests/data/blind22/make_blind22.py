"""Writes a twenty-second blind batch: what a CS team keeps and downloads by hand, half of it
outside English, from sheets kept in Excel and Google Sheets and from regional business systems.

The systems write as they do in 2026: Raynet (Czech CRM) activities, Ploomes (Brazilian CRM)
interactions, CAS genesisWorld (German CRM) companies, RD Station CRM (Brazil) companies, OTRS
(German UI) ticket searches, Tiflux (Brazilian help desk) tickets, Channel Talk (Korean UI)
chats, Evalandgo (French survey tool) answers, Conta Azul (Brazilian invoicing) contract sales
and Stackfield (German project tool) tasks. The hand-kept sheets are Excel saved as CSV in the
German, French, Dutch, Portuguese (Portugal), Spanish, Italian, Czech, Danish, Korean and Chinese
locales (each in its Windows code page, semicolons and decimal commas where the locale has them)
and Google Sheets and Google Forms downloads in Spanish, Portuguese (Brazil), Italian and
Norwegian (UTF-8). They carry title and as-of lines, totals and subtotal rows, notes columns,
a CSM name written once over a group of rows (a merged cell), ticked boxes ("x"), CSM initials
as plan owners, "1er mars 2025", "14-3-2025", two-digit years, "2025년 3월", "2025. 3. 14. 오후
2:30", "2025/3/14" and month abbreviations ("mar-25").

It was written from what these tools and teams write, without reading the importer's vocabulary
or rules; a file here is changed only when it misdescribes what a system writes, never to make it
load. Expected results come from the generator's own records through
``tests.export_judge.measures``, never from the importer. Run
``python tests/data/blind22/make_blind22.py``; the files are checked in.
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
SEED = 22_1206_2026

CSMS = [
    Person("Katrin", "Vogel", 92.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Lucas", "Moreau", 81.0, "Mid-Market", "Customer Success Manager"),
    Person("Beatriz", "Almeida", 76.0, "SMB", "Customer Success Manager"),
    Person("Jan", "Novák", 104.0, "Enterprise", "Head of Customer Success"),
]
SALES = [Person("Tobias", "Kramer"), Person("Inés", "Navarro")]
ACCOUNT_NAMES = [
    "Bäckerei Hofmann GmbH",
    "Maison Dubois SARL",
    "Grupo Alhambra S.L.",
    "Café Paulista Ltda.",
    "Vinhos do Douro Lda.",
    "Ottica Bellini S.r.l.",
    "Van Dijk Installatietechniek B.V.",
    "Strojírny Kovář s.r.o.",
    "Fjordlaks AS",
    "한빛소프트 주식회사",
    "上海云帆科技有限公司",
    "Nordlicht Medien GmbH",
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
    seats=(15, 40, 75, 120, 250, 400),
    subscribed_from=D(2022, 3, 1),
    subscribed_days=800,
    churned_from=D(2025, 1, 15),
    churned_days=160,
    churned=(2, 7),
    mrr=(450, 800, 1250, 2100, 3000, 4600, 6800, 9500),
    go_live_days=(10, 80),
    renewal_from=D(2025, 8, 1),
)

FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
IT_ABBR = "gen feb mar apr mag giu lug ago set ott nov dic".split()
IT_MONTHS = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
)


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def writable_in(company: list[Account], encoding: str) -> list[Account]:
    """The accounts whose names a sheet saved in ``encoding`` can hold: a Windows-1252 save cannot
    write Korean, a Korean one cannot write "Kovář", so each locale's sheet lists its own."""
    out = []
    for a in company:
        try:
            a.name.encode(encoding)
        except UnicodeEncodeError:
            continue
        out.append(a)
    return out


def grouped(x: float, thousands: str, decimal: str = ",", decimals: int = 2) -> str:
    """12345.5 -> "12.345,50" with ``thousands`` between groups and ``decimal`` before the cents."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def fr_date(d: dt.date) -> str:
    """1 -> "1er mars 2025", 14 -> "14 mars 2025": the way a French sheet writes a day in words."""
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {FR_MONTHS[d.month - 1]} {d.year}"


def ko_moment(t: dt.datetime) -> str:
    """A moment as Korean software prints it: "2025. 3. 14. 오후 2:30"."""
    half = "오전" if t.hour < 12 else "오후"
    hour = t.hour % 12 or 12
    return f"{t.year}. {t.month}. {t.day}. {half} {hour}:{t.minute:02d}"


def initials(name: str) -> str:
    return "".join(part[0] for part in name.split()).upper()


def whole_seconds(recs: list[dict]) -> None:
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60


def hms(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    return f"{h:02d}:{rest // 60:02d}:{rest % 60:02d}"


def excel(x: Exports, file, system, table, fields, recs, text, encoding="cp1252", **kw):
    """A sheet saved as CSV by desktop Excel: the locale's code page and Windows line ends."""
    x.add(file, system, table, fields, recs, text, encoding=encoding, newline="\r\n", **kw)


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # Raynet (Czech UI) activities: semicolons and a BOM for Czech Excel, "4.3.2025 14:30",
    # Schůzka / Telefonát / E-mail, the team's own "Iniciativa" field Proaktivní / Reaktivní.
    recs = engagements(rng, company, 15, minutes=(15, 30, 45, 60, 90))
    rows = [
        [
            f"{r['moment'].day}.{r['moment'].month}.{r['moment'].year} {r['moment'].strftime('%H:%M')}",
            rng.choice(["Pravidelná schůzka", "Obnova smlouvy", "Řešení reklamace", "Školení"]),
            {"Call": "Telefonát", "Email": "E-mail", "Meeting": "Schůzka"}[r["type"]],
            r["account"],
            r["csm"],
            int(r["duration_min"]),
            "Proaktivní" if r["tag"] == "proactive" else "Reaktivní",
            "Dokončeno",
        ]
        for r in recs
    ]
    header = ["Termín", "Předmět", "Typ aktivity", "Klient", "Vlastník", "Délka (min)", "Iniciativa", "Stav"]
    x.add(
        "raynet_cz_aktivity.csv",
        "Raynet (Czech UI, activities)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["d.m.yyyy without zeros", "Proaktivní/Reaktivní", "BOM", "semicolons"],
    )

    # Ploomes (Brazilian UI) interactions: dd/mm/yyyy HH:MM, Ligação / Reunião / E-mail, "Ativa"
    # (the CSM reached out) or "Receptiva" (the customer did), hh:mm:ss durations.
    recs = engagements(rng, company, 14, seconds=True)
    whole_seconds(recs)
    rows = [
        [
            r["moment"].strftime("%d/%m/%Y %H:%M"),
            r["account"],
            r["csm"],
            {"Call": "Ligação", "Email": "E-mail", "Meeting": "Reunião"}[r["type"]],
            "Ativa" if r["tag"] == "proactive" else "Receptiva",
            hms(round(r["duration_min"] * 60)),
            rng.choice(["Alinhamento mensal", "Dúvida sobre fatura", "", "Apresentação de resultados"]),
        ]
        for r in recs
    ]
    header = ["Data", "Cliente", "Responsável", "Tipo de interação", "Abordagem", "Duração", "Descrição"]
    x.add(
        "ploomes_br_interacoes.csv",
        "Ploomes (Brazilian UI, interactions)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["Ativa/Receptiva", "hh:mm:ss", "dd/mm/yyyy HH:MM"],
    )

    # Excel, German locale: the contact log in Windows-1252 with semicolons, a title line, the
    # CSM written once above each group of rows (merged cells), a ticked "Proaktiv" box ("x").
    mine = writable_in(company, "cp1252")
    recs = sorted(engagements(rng, mine, 15, minutes=(15, 30, 45, 60)), key=lambda r: (r["csm"], r["date"]))
    rows = []
    for n, r in enumerate(recs):
        first_of_group = n == 0 or recs[n - 1]["csm"] != r["csm"]
        rows.append(
            [
                r["csm"] if first_of_group else "",
                r["date"].strftime("%d.%m.%Y"),
                r["account"],
                {"Call": "Telefonat", "Email": "E-Mail", "Meeting": "Termin vor Ort"}[r["type"]],
                "x" if r["tag"] == "proactive" else "",
                int(r["duration_min"]),
                rng.choice(["Nutzung besprochen", "Rückfrage zur Rechnung", "", "QBR vorbereitet"]),
            ]
        )
    header = ["CSM", "Datum", "Kunde", "Art", "Proaktiv", "Dauer (Min.)", "Notizen"]
    excel(
        x,
        "excel_de_kontaktprotokoll.csv",
        "Excel (German locale, contact log)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Kontaktprotokoll Customer Success 2024/25;;;;;;\n" + table_text(header, rows, delimiter=";"),
        concepts=["merged CSM cells", "ticked box x", "title line", "Windows-1252"],
    )

    # Excel, French locale: the follow-up sheet with "1er mars 2025" dates, Proactif / Réactif.
    mine = writable_in(company, "cp1252")
    recs = engagements(rng, mine, 14, minutes=(20, 30, 45, 60, 90))
    rows = [
        [
            fr_date(r["date"]),
            r["account"],
            r["csm"],
            {"Call": "Appel", "Email": "E-mail", "Meeting": "Rendez-vous"}[r["type"]],
            "Proactif" if r["tag"] == "proactive" else "Réactif",
            int(r["duration_min"]),
            rng.choice(["Point d'étape", "Question facture", "", "Revue trimestrielle"]),
        ]
        for r in recs
    ]
    header = ["Date", "Client", "CSM", "Canal", "Nature", "Durée (min)", "Commentaires"]
    excel(
        x,
        "excel_fr_suivi_contacts.csv",
        "Excel (French locale, contact follow-up)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Suivi des contacts clients;;;;;;\n;;;;;;\n" + table_text(header, rows, delimiter=";"),
        concepts=["1er mars 2025", "Proactif/Réactif", "title and blank line"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # CAS genesisWorld (German UI) companies: Windows-1252 and semicolons from the desktop client,
    # the contract value per year "12.000,00", Vertragsende dd.mm.yyyy, Aktiv / Gekündigt.
    mine = writable_in(company, "cp1252")
    recs = account_records(mine)
    rows = [
        [
            f"K{10200 + n}",
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            grouped(r["arr"], "."),
            r["renewal_date"].strftime("%d.%m.%Y"),
            "Aktiv" if r["status"] == "active" else "Gekündigt",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Kundennummer",
        "Firma",
        "Vertrieb",
        "Kundenbetreuer",
        "Vertragswert p.a. (EUR)",
        "Vertragsende",
        "Status",
    ]
    excel(
        x,
        "cas_genesisworld_de_firmen.csv",
        "CAS genesisWorld (German UI, companies)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["12.000,00", "Aktiv/Gekündigt", "sales owner beside the CSM"],
    )

    # RD Station CRM (Brazilian UI) companies: "R$ 12.000,00" per year, dd/mm/yyyy renewals.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            r["segment"],
            f"R$ {grouped(r['arr'], '.')}",
            r["renewal_date"].strftime("%d/%m/%Y"),
            r["seats_purchased"],
        ]
        for r in recs
    ]
    header = [
        "Nome da empresa",
        "Responsável",
        "Segmento",
        "Valor anual do contrato",
        "Data de renovação",
        "Licenças",
    ]
    x.add(
        "rdstation_crm_br_empresas.csv",
        "RD Station CRM (Brazilian UI, companies)",
        "accounts",
        A_FIELDS + ("segment", "seats_purchased"),
        recs,
        table_text(header, rows),
        concepts=["R$ 12.000,00 in a comma file", "dd/mm/yyyy", "Licenças"],
    )

    # Excel, Dutch locale: the customer overview with an as-of title, "€ 12.000,00", d-m-yyyy
    # renewals without leading zeros, Actief / Opgezegd and a "Totaal" row.
    mine = writable_in(company, "cp1252")
    recs = account_records(mine)
    rows = [
        [
            r["account"],
            r["csm"],
            f"€ {grouped(r['arr'], '.')}",
            f"{r['renewal_date'].day}-{r['renewal_date'].month}-{r['renewal_date'].year}",
            "Actief" if r["status"] == "active" else "Opgezegd",
            "",
        ]
        for r in recs
    ]
    rows.append(["Totaal", "", f"€ {grouped(sum(r['arr'] for r in recs), '.')}", "", "", ""])
    header = ["Klant", "Klantmanager", "Jaarwaarde", "Verlengdatum", "Status", "Opmerkingen"]
    excel(
        x,
        "excel_nl_klantenoverzicht.csv",
        "Excel (Dutch locale, customer overview)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        "Klantenoverzicht per 30-6-2025;;;;;\n" + table_text(header, rows, delimiter=";"),
        concepts=["€ 12.000,00", "d-m-yyyy", "Totaal row", "as-of title"],
    )

    # Excel, Portuguese (Portugal) locale: space thousands and "€" after, dd/mm/yyyy, Ativo /
    # Cancelado, seats used and bought.
    mine = writable_in(company, "cp1252")
    recs = account_records(mine)
    rows = [
        [
            r["account"],
            r["csm"],
            f"{grouped(r['arr'], ' ')} €",
            r["renewal_date"].strftime("%d/%m/%Y"),
            r["seats_purchased"],
            r["seats_active"],
            "Ativo" if r["status"] == "active" else "Cancelado",
        ]
        for r in recs
    ]
    header = [
        "Cliente",
        "Gestor de sucesso",
        "Valor anual",
        "Data de renovação",
        "Licenças contratadas",
        "Licenças em uso",
        "Estado",
    ]
    excel(
        x,
        "excel_pt_carteira_clientes.csv",
        "Excel (Portuguese locale, customer portfolio)",
        "accounts",
        A_FIELDS + ("seats_purchased", "seats_active", "status"),
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["12 000,00 €", "Ativo/Cancelado", "seats bought and used"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    # Excel, Czech locale: Windows-1250, semicolons, Jméno / Příjmení, Czech job titles.
    roles = {
        "Senior Customer Success Manager": "Senior manažer zákaznické péče",
        "Customer Success Manager": "Manažer zákaznické péče",
        "Head of Customer Success": "Vedoucí zákaznické péče",
    }
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=roles[p.role]) for p in CSMS]
    rows = [[p.first, p.last, roles[p.role], grouped(p.rate, " "), p.team] for p in CSMS]
    header = ["Jméno", "Příjmení", "Pozice", "Hodinová sazba (EUR)", "Tým"]
    excel(
        x,
        "excel_cz_tym.csv",
        "Excel (Czech locale, team list)",
        "team",
        TEAM_FIELDS,
        recs,
        "Tým Customer Success;;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1250",
        concepts=["Windows-1250", "Jméno/Příjmení", "decimal comma", "title line"],
    )

    # Google Sheets, Spanish: the team sheet downloaded as CSV, rates as "92,00 €" in quotes.
    roles = {
        "Senior Customer Success Manager": "Customer Success Manager sénior",
        "Customer Success Manager": "Customer Success Manager",
        "Head of Customer Success": "Responsable de Customer Success",
    }
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=roles[p.role]) for p in CSMS]
    rows = [[p.name, roles[p.role], f"{grouped(p.rate, '.')} €", "Sí", ""] for p in CSMS]
    header = ["Nombre", "Puesto", "Coste por hora", "Activo", "Notas"]
    x.add(
        "gsheet_es_equipo.csv",
        "Google Sheets (Spanish, team)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["92,00 € quoted", "Coste por hora", "Activo Sí"],
    )

    # Excel, Danish locale: Navn, Stilling, "Timepris" with a decimal comma, initials beside.
    roles = {
        "Senior Customer Success Manager": "Senior Customer Success Manager",
        "Customer Success Manager": "Customer Success Manager",
        "Head of Customer Success": "Leder, Customer Success",
    }
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=roles[p.role]) for p in CSMS]
    rows = [[initials(p.name), p.name, roles[p.role], grouped(p.rate, ".")] for p in CSMS]
    header = ["Initialer", "Navn", "Stilling", "Timepris (EUR)"]
    excel(
        x,
        "excel_da_medarbejdere.csv",
        "Excel (Danish locale, staff)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["initials beside the name", "Timepris", "decimal comma"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # OTRS (German UI) search result: semicolons, OTRS's long ticket numbers, numbered priorities
    # "3 normal", the customer company, dd.mm.yyyy HH:MM, "Geschlossen" empty while open.
    recs = tickets(rng, company, 15)
    prio = {"Low": "2 niedrig", "Normal": "3 normal", "High": "4 hoch", "Urgent": "5 sehr hoch"}
    for r in recs:
        r["priority"] = prio[r["priority"]]
        r["ticket_id"] = r["opened_at"].strftime("%Y%m%d") + f"100{r['ticket_id']}"
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Export bricht ab", "Login nicht möglich", "Rechnung fehlt", "Bericht falsch"]),
            r["opened_at"].strftime("%d.%m.%Y %H:%M"),
            r["closed_at"].strftime("%d.%m.%Y %H:%M") if r["closed_at"] else "",
            "erfolgreich geschlossen" if r["closed_at"] else rng.choice(["offen", "neu"]),
            r["priority"],
            "Support",
            r["account"],
        ]
        for r in recs
    ]
    header = ["Ticket#", "Titel", "Erstellt", "Geschlossen", "Status", "Priorität", "Queue", "Kunde"]
    x.add(
        "otrs_de_ticketsuche.csv",
        "OTRS (German UI, ticket search)",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows, delimiter=";", quote_all=True),
        concepts=["numbered priorities", "long ticket numbers", "erfolgreich geschlossen"],
    )

    # Tiflux (Brazilian help desk) tickets: dd/mm/yyyy HH:MM, Baixa / Média / Alta / Crítica.
    recs = tickets(rng, company, 14)
    prio = {"Low": "Baixa", "Normal": "Média", "High": "Alta", "Urgent": "Crítica"}
    for r in recs:
        r["priority"] = prio[r["priority"]]
    rows = [
        [
            r["ticket_id"],
            r["account"],
            rng.choice(["Erro na exportação", "Acesso bloqueado", "Dúvida de faturamento", "Lentidão"]),
            r["priority"],
            "Fechado" if r["closed_at"] else rng.choice(["Aberto", "Em atendimento"]),
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = [
        "Nº do ticket",
        "Cliente",
        "Título",
        "Prioridade",
        "Status",
        "Data de abertura",
        "Data de fechamento",
    ]
    x.add(
        "tiflux_br_tickets.csv",
        "Tiflux (Brazilian help desk, tickets)",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["Baixa/Média/Alta/Crítica", "dd/mm/yyyy HH:MM"],
    )

    # Channel Talk (Korean UI) chats: UTF-8 with a BOM, "2025. 3. 14. 오후 2:30", 종료 / 진행중.
    recs = tickets(rng, company, 14)
    rows = [
        [
            f"ct-{rng.randrange(10**7, 10**8)}",
            r["account"],
            ko_moment(r["opened_at"]),
            ko_moment(r["closed_at"]) if r["closed_at"] else "",
            "종료" if r["closed_at"] else "진행중",
            rng.choice(["결제 문의", "로그인 오류", "기능 문의", ""]),
        ]
        for r in recs
    ]
    for r, row in zip(recs, rows, strict=True):
        r["ticket_id"] = row[0]
    header = ["상담 ID", "고객사", "생성일시", "종료일시", "상태", "태그"]
    x.add(
        "channeltalk_ko_sangdam.csv",
        "Channel Talk (Korean UI, chats)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["오전/오후 times", "2025. 3. 14.", "BOM"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Evalandgo (French survey tool): semicolons, a BOM, "Date de réponse" dd/mm/yyyy HH:MM:SS,
    # the long 0-10 question and the company typed by the respondent.
    recs = surveys(rng, company, 15)
    rows = [
        [
            n + 1,
            r["moment"].strftime("%d/%m/%Y %H:%M:%S"),
            "Terminé",
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "N° de réponse",
        "Date de réponse",
        "Statut",
        "Nom de votre société",
        "Quelle est la probabilité que vous recommandiez notre solution à un collègue ? (0 à 10)",
        "Pourquoi cette note ?",
    ]
    x.add(
        "evalandgo_fr_reponses.csv",
        "Evalandgo (French survey tool, responses)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["long French 0-10 question", "Terminé status", "BOM"],
    )

    # Google Forms, Portuguese (Brazil): "Carimbo de data/hora" as 14/03/2025 14:30:05.
    recs = surveys(rng, company, 14)
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
        "Carimbo de data/hora",
        "Endereço de e-mail",
        "Empresa",
        "De 0 a 10, qual a probabilidade de você nos recomendar a um amigo ou colega?",
        "O que podemos melhorar?",
    ]
    x.add(
        "gforms_br_pesquisa_nps.csv",
        "Google Forms (Portuguese, NPS survey)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Carimbo de data/hora", "long Portuguese NPS question"],
    )

    # Excel, Italian locale: the satisfaction sheet with "14 marzo 2025" dates and notes.
    mine = writable_in(company, "cp1252")
    recs = surveys(rng, mine, 14)
    rows = [
        [
            f"{r['date'].day} {IT_MONTHS[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = ["Data", "Cliente", "Voto NPS (0-10)", "Note"]
    excel(
        x,
        "excel_it_sondaggio_nps.csv",
        "Excel (Italian locale, NPS survey)",
        "surveys",
        S_FIELDS,
        recs,
        "Sondaggio soddisfazione clienti;;;\n" + table_text(header, rows, delimiter=";"),
        concepts=["14 marzo 2025", "Voto NPS", "title line"],
    )


# ------------------------------------------------------------------------------------ usage
def monthly_usage(rng, accounts, months, events=False) -> list[dict]:
    recs = []
    for a in accounts:
        for m in months:
            rec = dict(
                account=a.name, date=D(2025, m, 1), active_users=float(rng.randrange(1, a.seats)), acc=a
            )
            if events:
                rec["events"] = float(rng.randrange(300, 40000))
            recs.append(rec)
    return recs


def write_usage(x: Exports, rng, company):
    # Excel, Korean locale: monthly usage in CP949, "2025년 3월", a 합계 row.
    mine = writable_in(company, "cp949")
    recs = monthly_usage(rng, mine[:7], (3, 4, 5))
    rows = [[f"{r['date'].year}년 {r['date'].month}월", r["account"], int(r["active_users"])] for r in recs]
    rows.append(["합계", "", int(sum(r["active_users"] for r in recs))])
    header = ["기준월", "고객사", "활성 사용자 수"]
    excel(
        x,
        "excel_ko_sayong_hyeonhwang.csv",
        "Excel (Korean locale, monthly usage)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        "월별 사용 현황,,\n" + table_text(header, rows),
        encoding="cp949",
        concepts=["CP949", "2025년 3월", "합계 row", "title line"],
    )

    # Google Sheets, Italian: months as "mar-25", events with dot thousands in quotes.
    recs = monthly_usage(rng, company[1:9], (3, 4), events=True)
    rows = [
        [
            f"{IT_ABBR[r['date'].month - 1]}-{r['date'].year % 100:02d}",
            r["account"],
            int(r["active_users"]),
            grouped(r["events"], ".", decimals=0),
        ]
        for r in recs
    ]
    header = ["Mese", "Cliente", "Utenti attivi", "Eventi"]
    x.add(
        "gsheet_it_utilizzo_mensile.csv",
        "Google Sheets (Italian, monthly usage)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows),
        concepts=["mar-25 months", "dot thousands"],
    )

    # Excel, Dutch locale: weekly logins per customer, the Monday as d-m-yyyy.
    mine = writable_in(company, "cp1252")
    recs = []
    for a in mine[:6]:
        for w in range(3):
            day = D(2025, 3, 3) + dt.timedelta(weeks=w)
            recs.append(dict(account=a.name, date=day, active_users=float(rng.randrange(1, a.seats)), acc=a))
    rows = [
        [f"{r['date'].day}-{r['date'].month}-{r['date'].year}", r["account"], int(r["active_users"])]
        for r in recs
    ]
    header = ["Week (maandag)", "Klant", "Actieve gebruikers"]
    excel(
        x,
        "excel_nl_gebruik_per_week.csv",
        "Excel (Dutch locale, weekly usage)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["d-m-yyyy weeks", "Actieve gebruikers"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Conta Azul (Brazilian invoicing) recurring contract sales: the sale's category says new,
    # renewal or upgrade, "R$ 12.000,00" a year, semicolons.
    recs = revenue(rng, company, 15, kinds=["new", "renewal", "expansion"])
    kinds = {"new": "Nova venda", "renewal": "Renovação", "expansion": "Upgrade"}
    rows = [
        [
            f"{5000 + n}",
            r["date"].strftime("%d/%m/%Y"),
            r["account"],
            kinds[r["kind"]],
            "Assinatura anual",
            f"R$ {grouped(r['amount'], '.')}",
            "Aprovada",
        ]
        for n, r in enumerate(recs)
    ]
    header = ["Nº da venda", "Data da venda", "Cliente", "Categoria", "Produto", "Valor total", "Situação"]
    x.add(
        "contaazul_br_vendas_contratos.csv",
        "Conta Azul (Brazilian invoicing, contract sales)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["Categoria as kind", "R$ amounts", "semicolons"],
    )

    # Excel, Spanish locale: ARR movements with two-digit years (14/03/25) and "1.234,00 €".
    mine = writable_in(company, "cp1252")
    recs = revenue(rng, mine, 14)
    kinds = {
        "new": "Alta nueva",
        "renewal": "Renovación",
        "expansion": "Ampliación",
        "contraction": "Reducción",
        "churn": "Baja",
    }
    rows = [
        [r["date"].strftime("%d/%m/%y"), r["account"], kinds[r["kind"]], f"{grouped(r['amount'], '.')} €", ""]
        for r in recs
    ]
    header = ["Fecha", "Cliente", "Tipo de movimiento", "Variación ARR", "Observaciones"]
    excel(
        x,
        "excel_es_movimientos_arr.csv",
        "Excel (Spanish locale, ARR movements)",
        "revenue",
        R_FIELDS,
        recs,
        "Movimientos de ARR 2024-2025;;;;\n" + table_text(header, rows, delimiter=";"),
        concepts=["two-digit years", "Alta nueva/Baja", "title line"],
    )

    # Excel, Italian locale: ARR changes grouped by month, a "Totale <mese>" subtotal under each.
    mine = writable_in(company, "cp1252")
    recs = sorted(revenue(rng, mine, 14), key=lambda r: r["date"])
    kinds = {
        "new": "Nuovo cliente",
        "renewal": "Rinnovo",
        "expansion": "Espansione",
        "contraction": "Riduzione",
        "churn": "Disdetta",
    }
    rows = []
    for n, r in enumerate(recs):
        rows.append(
            [r["date"].strftime("%d/%m/%Y"), r["account"], kinds[r["kind"]], grouped(r["amount"], ".")]
        )
        last_of_month = n == len(recs) - 1 or recs[n + 1]["date"].replace(day=1) != r["date"].replace(day=1)
        if last_of_month:
            month = [q for q in recs if q["date"].replace(day=1) == r["date"].replace(day=1)]
            total = sum(q["amount"] for q in month)
            rows.append(
                [f"Totale {IT_MONTHS[r['date'].month - 1]} {r['date'].year}", "", "", grouped(total, ".")]
            )
    header = ["Data", "Cliente", "Tipo variazione", "Importo ARR (€)"]
    excel(
        x,
        "excel_it_variazioni_arr.csv",
        "Excel (Italian locale, ARR changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["monthly subtotal rows", "Italian kind words", "dot thousands"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Stackfield (German UI) tasks: the room is the customer, a label says Ziel / Maßnahme /
    # Risiko, Zu erledigen and In Bearbeitung are open, Erledigt is done.
    recs = plans(rng, company, 15, statuses=("open", "done"))
    labels = {"goal": "Ziel", "step": "Maßnahme", "blocker": "Risiko"}
    rows = [
        [
            f"Kundenerfolg – {r['account']}",
            r["item"],
            labels[r["kind"]],
            rng.choice(["Zu erledigen", "In Bearbeitung"]) if r["status"] == "open" else "Erledigt",
            r["owner"],
            r["due_date"].strftime("%d.%m.%Y"),
        ]
        for r in recs
    ]
    header = ["Raum", "Aufgabe", "Label", "Status", "Zuständig", "Fällig am"]
    x.add(
        "stackfield_de_aufgaben.csv",
        "Stackfield (German UI, tasks)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["room name holds the customer", "Ziel/Maßnahme/Risiko", "Zu erledigen/Erledigt"],
    )

    # Excel, Chinese locale: the success plan in GBK, 2025/3/14 dates, 目标 / 行动项 / 障碍,
    # 进行中 / 已完成 / 有风险, the owner as initials.
    mine = writable_in(company, "gbk")
    recs = plans(rng, mine, 14)
    kinds = {"goal": "目标", "step": "行动项", "blocker": "障碍"}
    status = {"open": "进行中", "done": "已完成", "at risk": "有风险"}
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            status[r["status"]],
            initials(r["owner"]),
            f"{r['due_date'].year}/{r['due_date'].month}/{r['due_date'].day}",
        ]
        for r in recs
    ]
    header = ["客户名称", "类型", "事项", "状态", "负责人", "截止日期"]
    excel(
        x,
        "excel_zh_kehu_chenggong_jihua.csv",
        "Excel (Chinese locale, success plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        "客户成功计划,,,,,\n" + table_text(header, rows),
        encoding="gbk",
        concepts=["GBK", "目标/行动项/障碍", "进行中/已完成/有风险", "initials as owner"],
    )

    # Google Sheets, Norwegian: Mål / Tiltak / Hindring, a ticked "Fullført" box (TRUE/FALSE)
    # beside a risk box, dd.mm.yyyy, the dimension, initials as owner.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Mål", "step": "Tiltak", "blocker": "Hindring"}
    dims = {
        "People": "Mennesker",
        "Product": "Produkt",
        "Services": "Tjenester",
        "Quality": "Kvalitet",
        "Network": "Nettverk",
        "Transformation": "Transformasjon",
    }
    for r in recs:
        r["dimension"] = dims[r["dimension"]]
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            r["dimension"],
            "TRUE" if r["status"] == "done" else "FALSE",
            "TRUE" if r["status"] == "at risk" else "FALSE",
            initials(r["owner"]),
            r["due_date"].strftime("%d.%m.%Y"),
        ]
        for r in recs
    ]
    header = ["Kunde", "Type", "Beskrivelse", "Område", "Fullført", "Risiko", "Ansvarlig", "Frist"]
    x.add(
        "gsheet_no_suksessplan.csv",
        "Google Sheets (Norwegian, success plan)",
        "plans",
        P_FIELDS + ("dimension", "due_date"),
        recs,
        table_text(header, rows),
        concepts=["ticked boxes as TRUE/FALSE", "Mål/Tiltak/Hindring", "Norwegian dimensions"],
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
