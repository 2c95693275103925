"""Writes a twenty-first blind batch: CRMs, CS platforms, help desks, chat, billing, analytics,
survey, call and meeting, HR and OKR tools no earlier batch names, as they export in 2026.

The systems: 3CX call history, MeetGeek meetings, Leexi (French UI) calls and RD Station CRM
(Portuguese UI) activities; Efficy (French UI), Lime CRM (Swedish UI), Ploomes (Portuguese UI,
MRR) and CustomerSuccessBox accounts; Nmbrs (Dutch UI, "tussenvoegsel" between first and last
name), Deputy and Jibble staff; Xurrent requests, OTRS (German UI), Deskero (Italian UI) and
respond.io conversations; Evalandgo (French UI), LamaPoll (German UI) and CheckMarket (Dutch UI)
answers; Accoil account activity keyed by the CustomerSuccessBox id, Smartlook events and an
Italian Excel sheet of monthly usage; Lemon Squeezy subscription invoices, noCRM.io won leads and
a Spanish Excel ARR sheet; Perdoo, Mooncamp (German UI) and Redmine (Spanish UI, ISO-8859-15)
plans.

It was written from what these tools write, without reading the importer's vocabulary or rules;
a file here is changed only when it misdescribes what a system writes, never to make it load.
Expected results come from the generator's own records through ``tests.export_judge.measures``,
never from the importer. Run ``python tests/data/blind21/make_blind21.py``; the files are
checked in.
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
SEED = 21_1206_2026

CSMS = [
    Person("Sanne", "van Dijk", 92.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Lucas", "Moreau", 84.0, "Mid-Market", "Customer Success Manager"),
    Person("Camila", "Rocha", 78.0, "SMB", "Customer Success Manager"),
    Person("Jonas", "Hoffmann", 105.0, "Enterprise", "Head of Customer Success"),
]
SALES = [Person("Ines", "Carvalho"), Person("Pierre", "Lambert")]
ACCOUNT_NAMES = [
    "Fjordline Analytics AS",
    "Brisa Energia Ltda.",
    "Maison Verlaine SARL",
    "Zuidkust Logistiek B.V.",
    "Hohenfels Maschinenbau GmbH",
    "Tramontana Viajes S.L.",
    "Lago Blu Alimentari S.r.l.",
    "Northgate Robotics Inc.",
    "Östergård Bygg AB",
    "Cervejaria Serra Alta",
    "Kestrel Payments Ltd",
    "Ardent Health Partners",
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
    subscribed_days=850,
    churned_from=D(2025, 1, 15),
    churned_days=160,
    churned=(3, 9),
    mrr=(350, 800, 1200, 2100, 3000, 4600, 6800, 10500),
    go_live_days=(10, 80),
    renewal_from=D(2025, 8, 1),
)
CSB_ID = 40_210  # CustomerSuccessBox numbers its accounts from here


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def grouped(x: float, thousands: str, decimal: str = ",", decimals: int = 2) -> str:
    """12345.5 -> "12.345,50" with ``thousands`` between groups and ``decimal`` before the cents."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def hms(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    return f"{h:02d}:{rest // 60:02d}:{rest % 60:02d}"


def whole_seconds(recs: list[dict]) -> None:
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60


def slug(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:12] or "acct"


def email_of(name: str, domain: str = "quillwave.io") -> str:
    return name.lower().replace(" ", ".") + "@" + domain


def writable_in(company: list[Account], encoding: str) -> list[Account]:
    out = []
    for a in company:
        try:
            a.name.encode(encoding)
        except UnicodeEncodeError:
            continue
        out.append(a)
    return out


def us_time(t: dt.datetime) -> str:
    return f"{t.strftime('%b')} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')}"


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # 3CX call history report: the parties as "Name (number)", the call time in dd/MM/yyyy
    # HH:mm:ss, ringing and talking as hh:mm:ss, outbound calls the CSM's own.
    recs = engagements(rng, company, 15, seconds=True)
    whole_seconds(recs)
    ext = {p.name: 101 + n for n, p in enumerate(CSMS)}
    rows = []
    for r in recs:
        csm = f"{r['csm']} ({ext[r['csm']]})"
        customer = f"{r['account']} (+{rng.randrange(10**10, 10**11)})"
        outbound = r["tag"] == "proactive"
        rows.append(
            [
                r["moment"].strftime("%d/%m/%Y %H:%M:%S"),
                f"00000{rng.randrange(10**6, 10**7)}",
                csm if outbound else customer,
                customer if outbound else csm,
                "Outbound" if outbound else "Inbound",
                "Answered",
                hms(rng.randrange(3, 25)),
                hms(round(r["duration_min"] * 60)),
                "0.00",
            ]
        )
    header = ["Call Time", "Call ID", "From", "To", "Direction", "Status", "Ringing", "Talking", "Cost"]
    x.add(
        "3cx_call_history.csv",
        "3CX call history",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["Name (number) parties", "Outbound/Inbound", "Ringing beside Talking"],
    )

    # MeetGeek meetings: the template the host picked, the length in minutes, the company and
    # participants in lists.
    recs = engagements(rng, company, 14, minutes=(20, 30, 45, 50, 60))
    rows = [
        [
            f"{rng.choice(['Quarterly review', 'Onboarding sync', 'Support escalation'])} - {r['account']}",
            r["moment"].strftime("%Y-%m-%d %H:%M"),
            int(r["duration_min"]),
            r["csm"],
            f"{email_of(r['csm'])}, success@{slug(r['account'])}.example",
            "Customer Success Call" if r["tag"] == "proactive" else "Customer Support Call",
            r["account"],
            rng.choice(["", "renewal", "qbr;exec"]),
        ]
        for r in recs
    ]
    header = [
        "Meeting title",
        "Start time (UTC)",
        "Duration (minutes)",
        "Host",
        "Participants",
        "Meeting template",
        "Company",
        "Tags",
    ]
    x.add(
        "meetgeek_meetings.csv",
        "MeetGeek meetings",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["template as proactive/reactive", "participants list", "UTC in the header"],
    )

    # Leexi, French UI: a BOM, dd/mm/yyyy, hh:mm:ss lengths, "Sortant" / "Entrant".
    recs = engagements(rng, company, 14, seconds=True)
    whole_seconds(recs)
    rows = [
        [
            rng.choice(["Point d'avancement", "Renouvellement", "Demande client", "Revue trimestrielle"]),
            r["moment"].strftime("%d/%m/%Y"),
            r["moment"].strftime("%H:%M"),
            hms(round(r["duration_min"] * 60)),
            r["csm"],
            r["account"],
            "Sortant" if r["tag"] == "proactive" else "Entrant",
            "fr-FR",
            f"https://app.leexi.ai/fr/calls/{rng.randrange(10**7, 10**8)}",
        ]
        for r in recs
    ]
    header = ["Titre", "Date", "Heure", "Durée", "Utilisateur", "Société", "Direction", "Langue", "Lien"]
    x.add(
        "leexi_fr_appels.csv",
        "Leexi (French UI, calls)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["date and time in two columns", "hh:mm:ss", "Sortant/Entrant", "call URL"],
    )

    # RD Station CRM, Portuguese UI: tasks done, the type, date and hour apart, a custom field
    # "Origem" saying whether the CS team or the customer started it.
    recs = engagements(rng, company, 15)
    rows = [
        [
            {"Call": "Ligação", "Email": "E-mail", "Meeting": "Reunião"}[r["type"]],
            rng.choice(
                ["Acompanhamento mensal", "Dúvida sobre fatura", "Treinamento", "Revisão de contrato"]
            ),
            r["moment"].strftime("%d/%m/%Y"),
            r["moment"].strftime("%H:%M"),
            r["csm"],
            r["account"],
            "Concluída",
            "Iniciativa do CS" if r["tag"] == "proactive" else "Solicitação do cliente",
        ]
        for r in recs
    ]
    header = ["Tipo", "Assunto", "Data", "Hora", "Responsável", "Empresa", "Status", "Origem"]
    x.add(
        "rd_station_crm_pt_tarefas.csv",
        "RD Station CRM (Portuguese UI, tasks)",
        "engagements",
        E_FIELDS + ("type",),
        recs,
        table_text(header, rows),
        concepts=["Ligação/E-mail/Reunião", "Origem as proactive/reactive", "Data and Hora apart"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # Efficy, French UI: semicolons and a BOM, the yearly contract value with a decimal comma,
    # dd/mm/yyyy renewals, "Client" / "Ancien client".
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            grouped(r["arr"], "\u202f"),
            r["renewal_date"].strftime("%d/%m/%Y"),
            "Client" if r["status"] == "active" else "Ancien client",
            r["segment"],
        ]
        for r in recs
    ]
    header = [
        "Société",
        "Responsable commercial",
        "Customer Success Manager",
        "Montant annuel du contrat (€)",
        "Date de renouvellement",
        "Statut",
        "Segment",
    ]
    x.add(
        "efficy_fr_societes.csv",
        "Efficy (French UI, companies)",
        "accounts",
        A_FIELDS + ("status", "segment"),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["narrow no-break space thousands", "Client/Ancien client", "sales owner beside CSM"],
    )

    # Lime CRM, Swedish UI: semicolons, ISO renewals, the yearly value in kronor with spaces.
    recs = account_records(company)
    rows = [
        [
            f"{rng.randrange(1000, 9999)}",
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            grouped(r["arr"], " ", decimals=0),
            r["renewal_date"].isoformat(),
            "Kund" if r["status"] == "active" else "Tidigare kund",
        ]
        for r in recs
    ]
    header = [
        "Id",
        "Företagsnamn",
        "Ansvarig säljare",
        "Kundansvarig",
        "Avtalsvärde per år (kr)",
        "Förnyelsedatum",
        "Status",
    ]
    x.add(
        "lime_crm_sv_foretag.csv",
        "Lime CRM (Swedish UI, companies)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["Kund/Tidigare kund", "space thousands", "sales owner beside CSM"],
    )

    # Ploomes, Portuguese UI: the monthly recurring revenue as "R$ 1.234,00" (the yearly figure a
    # person loads is twelve times it), dd/mm/yyyy.
    recs = account_records(company)
    rows = [
        [
            rng.randrange(10**7, 10**8),
            r["account"],
            f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}/0001-{rng.randrange(10, 99)}",
            r["acc"].owner.name,
            r["csm"],
            f"R$ {grouped(float(r['acc'].mrr), '.')}",
            r["renewal_date"].strftime("%d/%m/%Y"),
            r["seats_purchased"],
        ]
        for r in recs
    ]
    header = ["Id", "Nome", "CNPJ", "Responsável", "CSM", "MRR", "Data de renovação", "Licenças"]
    x.add(
        "ploomes_pt_clientes.csv",
        "Ploomes (Portuguese UI, clients)",
        "accounts",
        A_FIELDS + ("seats_purchased",),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["MRR not ARR", "R$ 1.234,00", "CNPJ column"],
    )

    # CustomerSuccessBox accounts: numeric ids (the product sends them with its events), the
    # health as a colour, licenses bought and used.
    recs = account_records(company)
    rows = [
        [
            CSB_ID + n,
            r["account"],
            r["csm"],
            f"{r['arr']:.2f}",
            r["renewal_date"].strftime("%Y-%m-%d"),
            rng.choice(["Green", "Amber", "Red"]),
            "Churned" if r["status"] == "churned" else rng.choice(["Adoption", "Renewal", "Onboarding"]),
            r["seats_purchased"],
            r["seats_active"],
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Account ID",
        "Account Name",
        "Account Manager",
        "ARR",
        "Renewal Date",
        "Health",
        "Lifecycle Stage",
        "Licenses Purchased",
        "Active Licenses",
    ]
    x.add(
        "customersuccessbox_accounts.csv",
        "CustomerSuccessBox accounts",
        "accounts",
        A_FIELDS + ("seats_purchased", "seats_active"),
        recs,
        table_text(header, rows),
        concepts=["numeric account ids", "health colour", "licenses"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]

    # Nmbrs, Dutch UI: the "tussenvoegsel" (van, de) between first and last name, "€ 92,00".
    def split(p):
        parts = p.last.split(" ")
        return (" ".join(parts[:-1]), parts[-1])

    rows = [
        [1000 + n, p.first, split(p)[0], split(p)[1], p.role, "Customer Success", f"€ {grouped(p.rate, '.')}"]
        for n, p in enumerate(CSMS)
    ]
    header = ["Personeelsnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Functie", "Afdeling", "Uurloon"]
    x.add(
        "nmbrs_nl_medewerkers.csv",
        "Nmbrs (Dutch UI, employees)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["tussenvoegsel", "€ 92,00", "first and last name apart"],
    )

    # Deputy employees: first and last name, the hourly base rate, the main location.
    rows = [
        [rng.randrange(10, 99), p.first, p.last, email_of(p.name), "Remote - EU", f"{p.rate:.2f}", p.role]
        for p in CSMS
    ]
    header = [
        "Employee Id",
        "First Name",
        "Last Name",
        "Email",
        "Main Location",
        "Base Rate (Hourly)",
        "Job Title",
    ]
    x.add(
        "deputy_employees.csv",
        "Deputy employees",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["first and last name apart", "Base Rate (Hourly)"],
    )

    # Jibble members: the access role (Owner / Admin / Member), not the job, and "€92.00".
    rows = [
        [
            p.name,
            email_of(p.name),
            "Owner" if n == 3 else "Member",
            "Customer Success",
            f"€{p.rate:.2f}",
            "Active",
        ]
        for n, p in enumerate(CSMS)
    ]
    header = ["Full Name", "Email", "Role", "Group", "Hourly Rate", "Status"]
    x.add(
        "jibble_members.csv",
        "Jibble members",
        "team",
        ("csm", "hourly_rate"),
        recs,
        table_text(header, rows),
        concepts=["access role is not a job", "€92.00"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Xurrent (formerly 4me) requests: the impact as priority, snake_case statuses, the
    # organization, ISO times with the zone.
    recs = tickets(rng, company, 15)
    for r in recs:
        r["priority"] = {"Low": "low", "Normal": "medium", "High": "high", "Urgent": "top"}[r["priority"]]
    rows = [
        [
            r["ticket_id"],
            rng.choice(
                ["Report export times out", "New user access", "Invoice address change", "API 500 errors"]
            ),
            rng.choice(["incident", "rfi", "rfc"]),
            r["priority"],
            "completed"
            if r["closed_at"]
            else rng.choice(["assigned", "in_progress", "waiting_for_customer"]),
            f"contact@{slug(r['account'])}.example",
            r["account"],
            r["opened_at"].strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            r["closed_at"].strftime("%Y-%m-%dT%H:%M:%S+00:00") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = [
        "ID",
        "Subject",
        "Category",
        "Impact",
        "Status",
        "Requested for",
        "Organization",
        "Created at",
        "Completed at",
    ]
    x.add(
        "xurrent_requests.csv",
        "Xurrent requests",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["Impact as priority", "completed status", "ISO with +00:00"],
    )

    # OTRS, German UI: date-based ticket numbers, semicolons, "3 normal" priorities, the
    # customer company, the close time empty while open.
    recs = tickets(rng, company, 14)
    for r in recs:
        r["ticket_id"] = r["opened_at"].strftime("%Y%m%d") + f"100000{int(r['ticket_id']) % 100:02d}"
        r["priority"] = {"Low": "2 niedrig", "Normal": "3 normal", "High": "4 hoch", "Urgent": "5 sehr hoch"}[
            r["priority"]
        ]
    rows = [
        [
            r["ticket_id"],
            rng.choice(
                ["Login nicht möglich", "Rechnung fehlerhaft", "Export bricht ab", "Schulungsanfrage"]
            ),
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
            "erfolgreich geschlossen" if r["closed_at"] else rng.choice(["neu", "offen", "warten auf Kunde"]),
            "Support::2nd Level",
            r["priority"],
            r["account"],
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = ["Ticket#", "Titel", "Erstellt", "Status", "Queue", "Priorität", "Kunde", "Schließzeit"]
    x.add(
        "otrs_de_tickets.csv",
        "OTRS (German UI, tickets)",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["date-based ticket numbers", "3 normal priorities", "erfolgreich geschlossen"],
    )

    # Deskero, Italian UI: dd/mm/yyyy HH:MM, Italian statuses and priorities, the company.
    recs = tickets(rng, company, 14)
    for r in recs:
        r["priority"] = {"Low": "Bassa", "Normal": "Media", "High": "Alta", "Urgent": "Urgente"}[
            r["priority"]
        ]
    rows = [
        [
            r["ticket_id"],
            rng.choice(
                ["Errore di accesso", "Fattura non ricevuta", "Dashboard lenta", "Richiesta formazione"]
            ),
            "Risolto" if r["closed_at"] else rng.choice(["Aperto", "In attesa"]),
            r["priority"],
            f"referente@{slug(r['account'])}.example",
            r["account"],
            r["opened_at"].strftime("%d/%m/%Y %H:%M"),
            r["closed_at"].strftime("%d/%m/%Y %H:%M") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = [
        "ID",
        "Oggetto",
        "Stato",
        "Priorità",
        "Cliente",
        "Azienda",
        "Data creazione",
        "Data risoluzione",
    ]
    x.add(
        "deskero_it_ticket.csv",
        "Deskero (Italian UI, tickets)",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["Italian priorities", "Azienda as account", "dd/mm/yyyy HH:MM"],
    )

    # respond.io conversation report: WhatsApp conversations, ISO with milliseconds and Z, the
    # closing note category.
    recs = tickets(rng, company, 15)
    rows = [
        [
            f"{rng.randrange(10**8, 10**9)}",
            f"{rng.choice(['Ana', 'Tom', 'Lea', 'Marc'])} ({r['account']})",
            r["account"],
            rng.choice(["WhatsApp", "Messenger", "Website Chat"]),
            r["acc"].csm.name,
            r["opened_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            r["closed_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z") if r["closed_at"] else "",
            rng.choice(["Resolved", "Billing", "Bug report"]) if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = [
        "Conversation ID",
        "Contact Name",
        "Contact Company",
        "Channel",
        "Assignee",
        "Opened At",
        "Closed At",
        "Closing Note Category",
    ]
    x.add(
        "respond_io_conversations.csv",
        "respond.io conversation report",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["ISO with .000Z", "Contact Company as account", "open while Closed At empty"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Evalandgo, French UI: the start and end of each answer, the long 0-10 question.
    recs = surveys(rng, company, 15)
    rows = [
        [
            700_000 + n,
            (r["moment"] - dt.timedelta(minutes=3)).strftime("%d/%m/%Y %H:%M"),
            r["moment"].strftime("%d/%m/%Y %H:%M"),
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "N° de réponse",
        "Date de début",
        "Date de fin",
        "Société",
        "Quelle est la probabilité que vous recommandiez notre solution à un collègue ? (0 à 10)",
        "Pourquoi cette note ?",
    ]
    x.add(
        "evalandgo_fr_reponses.csv",
        "Evalandgo (French UI, responses)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["start and end dates", "long French NPS question"],
    )

    # LamaPoll, German UI: the completion state per answer, the recommendation question.
    recs = surveys(rng, company, 14)
    rows = [
        [
            n + 1,
            r["moment"].strftime("%d.%m.%Y %H:%M:%S"),
            "abgeschlossen",
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    header = ["ID", "Endzeit", "Status", "Firma", "Weiterempfehlung (0-10)", "Begründung"]
    x.add(
        "lamapoll_de_ergebnisse.csv",
        "LamaPoll (German UI, results)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["Weiterempfehlung (0-10)", "dd.mm.yyyy HH:MM:SS"],
    )

    # CheckMarket, Dutch UI: the respondent id, the completion date, the NPS question.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"R{rng.randrange(10**6, 10**7)}",
            r["moment"].strftime("%d-%m-%Y %H:%M"),
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Respondent ID",
        "Ingevuld op",
        "Bedrijf",
        "Hoe waarschijnlijk is het dat u ons aanbeveelt bij een collega?",
        "Toelichting",
    ]
    x.add(
        "checkmarket_nl_antwoorden.csv",
        "CheckMarket (Dutch UI, answers)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["dd-mm-yyyy", "Dutch NPS question"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Accoil account activity: the account named only by the CustomerSuccessBox id the product
    # sends, a weekly engagement score beside the counts.
    recs = []
    for n, a in enumerate(company[:8]):
        for w in range(3):
            recs.append(
                dict(
                    account=a.name,
                    csb_id=CSB_ID + n,
                    date=D(2025, 6, 2) + dt.timedelta(weeks=w),
                    active_users=float(rng.randrange(1, a.seats)),
                    events=float(rng.randrange(100, 6000)),
                    acc=a,
                )
            )
    rows = [
        [r["csb_id"], r["date"].isoformat(), rng.randrange(20, 99), int(r["active_users"]), int(r["events"])]
        for r in recs
    ]
    header = ["Account ID", "Week Starting", "Engagement Score", "Active Users", "Total Events"]
    x.add(
        "accoil_account_activity.csv",
        "Accoil account activity",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows),
        concepts=["account by id", "Engagement Score beside the counts"],
        context=["customersuccessbox_accounts.csv"],
        by_id=True,
    )

    # Smartlook event breakdown: the day, the company user property, the event as a feature.
    recs = []
    for a in company[3:10]:
        for feature in ("Create report", "Share dashboard", "Export CSV"):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, 5, 14),
                    feature=feature,
                    events=float(rng.randrange(3, 700)),
                    acc=a,
                )
            )
    rows = [[r["date"].strftime("%Y-%m-%d"), r["feature"], r["account"], int(r["events"])] for r in recs]
    header = ["Date", "Event", "company", "Event count"]
    x.add(
        "smartlook_events.csv",
        "Smartlook events breakdown",
        "usage",
        ("account", "date", "events", "feature"),
        recs,
        table_text(header, rows),
        concepts=["event as feature", "lower-case user property"],
    )

    # Excel, Italian locale: monthly usage with "marzo 2025" months and dot thousands.
    it_months = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
    mine = writable_in(company, "cp1252")
    recs = []
    for a in mine[:7]:
        for m in (3, 4, 5):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, m, 1),
                    active_users=float(rng.randrange(1, a.seats)),
                    events=float(rng.randrange(500, 30000)),
                    acc=a,
                )
            )
    rows = [
        [
            f"{it_months[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            int(r["active_users"]),
            grouped(r["events"], ".", decimals=0),
        ]
        for r in recs
    ]
    header = ["Mese", "Cliente", "Utenti attivi", "Eventi"]
    x.add(
        "excel_it_utilizzo_mensile.csv",
        "Excel (Italian locale, monthly usage)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        "Utilizzo piattaforma per cliente;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["marzo 2025 months", "dot thousands", "title line"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Lemon Squeezy subscription invoices: yearly plans, the billing reason "initial" for a new
    # customer and "renewal" after, "$12,000.00" totals.
    recs = revenue(rng, company, 15, kinds=["new", "renewal"])
    rows = [
        [
            rng.randrange(10**6, 10**7),
            r["date"].strftime("%Y-%m-%d %H:%M:%S"),
            r["account"],
            f"billing@{slug(r['account'])}.example",
            "Quillwave Business (Yearly)",
            "initial" if r["kind"] == "new" else "renewal",
            "paid",
            f"${r['amount']:,.2f}",
            "USD",
        ]
        for r in recs
    ]
    header = [
        "Invoice ID",
        "Created at",
        "Customer name",
        "Customer email",
        "Product",
        "Billing reason",
        "Status",
        "Total",
        "Currency",
    ]
    x.add(
        "lemon_squeezy_subscription_invoices.csv",
        "Lemon Squeezy subscription invoices",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["initial/renewal billing reason", "$12,000.00"],
    )

    # noCRM.io won leads: the lead title, a tag naming the kind of deal, the amount and the date
    # it was won.
    recs = revenue(rng, company, 14, kinds=["new", "renewal", "expansion"])
    tags = {"new": "new business", "renewal": "renewal", "expansion": "upsell"}
    rows = [
        [
            rng.randrange(10**5, 10**6),
            f"{r['account']} - {tags[r['kind']]}",
            r["account"],
            "Won",
            f"{r['amount']:.2f}",
            r["date"].strftime("%d/%m/%Y"),
            r["acc"].owner.name,
            tags[r["kind"]],
        ]
        for r in recs
    ]
    header = ["ID", "Lead title", "Company", "Step", "Amount", "Closed at", "User", "Tags"]
    x.add(
        "nocrm_won_leads.csv",
        "noCRM.io won leads",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["tag as kind", "dd/mm/yyyy", "title repeats the company"],
    )

    # Excel, Spanish locale: ARR movements with Spanish kind words and "12.000,00 €".
    mine = writable_in(company, "cp1252")
    recs = revenue(rng, mine, 15)
    kinds = {
        "new": "Alta",
        "renewal": "Renovación",
        "expansion": "Ampliación",
        "contraction": "Reducción",
        "churn": "Baja",
    }
    rows = [
        [r["date"].strftime("%d/%m/%Y"), r["account"], kinds[r["kind"]], f"{grouped(r['amount'], '.')} €"]
        for r in recs
    ]
    header = ["Fecha", "Cliente", "Tipo de movimiento", "Variación ARR"]
    x.add(
        "excel_es_movimientos_arr.csv",
        "Excel (Spanish locale, ARR movements)",
        "revenue",
        R_FIELDS,
        recs,
        "Movimientos de ARR 2024-2025;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Alta/Baja kinds", "12.000,00 €", "title line"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Perdoo: objectives and the initiatives under them, the customer as a tag, progress states.
    recs = plans(rng, company, 15)
    for r in recs:
        if r["kind"] == "blocker":
            r["kind"] = "step"
    kinds = {"goal": "Objective", "step": "Initiative"}
    status = {"open": "On track", "done": "Closed", "at risk": "Off track"}
    rows = [
        [
            kinds[r["kind"]],
            r["item"],
            r["owner"],
            "Customer Success",
            status[r["status"]],
            f"{rng.randrange(0, 100)}%",
            r["account"],
            r["due_date"].strftime("%Y-%m-%d"),
        ]
        for r in recs
    ]
    header = ["Type", "Name", "Owner", "Group", "Progress status", "Progress", "Tags", "Due date"]
    x.add(
        "perdoo_objectives.csv",
        "Perdoo objectives and initiatives",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["Objective/Initiative", "On track/Off track/Closed", "tag as account"],
    )

    # Mooncamp, German UI: goals and measures, a custom property naming the customer.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Ziel", "step": "Maßnahme", "blocker": "Risiko"}
    status = {"open": "Im Plan", "done": "Erledigt", "at risk": "Gefährdet"}
    rows = [
        [
            kinds[r["kind"]],
            r["item"],
            r["owner"],
            status[r["status"]],
            r["due_date"].strftime("%d.%m.%Y"),
            r["account"],
        ]
        for r in recs
    ]
    header = ["Typ", "Titel", "Verantwortlich", "Status", "Fälligkeitsdatum", "Kunde"]
    x.add(
        "mooncamp_de_ziele.csv",
        "Mooncamp (German UI, goals)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["Ziel/Maßnahme/Risiko", "Im Plan/Erledigt/Gefährdet"],
    )

    # Redmine, Spanish UI: ISO-8859-15 with semicolons as Redmine writes in Spanish, the project
    # as the customer, trackers for the kind, "Nueva" / "En curso" / "Cerrada".
    mine = writable_in(company, "iso8859_15")
    recs = plans(rng, mine, 14, statuses=("open", "done"))
    kinds = {"goal": "Objetivo", "step": "Tarea", "blocker": "Riesgo"}
    rows = [
        [
            2000 + n,
            r["account"],
            kinds[r["kind"]],
            rng.choice(["Nueva", "En curso"]) if r["status"] == "open" else "Cerrada",
            "Normal",
            r["item"],
            r["owner"],
            r["due_date"].strftime("%d/%m/%Y"),
        ]
        for n, r in enumerate(recs)
    ]
    header = ["#", "Proyecto", "Tipo", "Estado", "Prioridad", "Asunto", "Asignado a", "Fecha fin"]
    x.add(
        "redmine_es_peticiones.csv",
        "Redmine (Spanish UI, issues)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="iso8859_15",
        concepts=["ISO-8859-15", "trackers as kind", "project as account"],
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
