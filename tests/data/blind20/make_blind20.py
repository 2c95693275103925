"""Writes a twentieth blind batch: meeting, call, help-desk, billing, analytics, survey, HR and plan
tools no earlier batch names, and sheets kept by hand in Japanese, Polish and Swedish.

The systems write as they do in 2026: tl;dv, Read AI and Modjo meeting lists, a sipgate call log,
SAP Sales Cloud and Bigin accounts, involve.ai account health, Power Automate's Excel Online rows
(dates as Excel serial numbers), PayFit, Papershift, Alexis HR and TMetric staff lists, Chatwoot,
DevRev, Request Tracker and iTop tickets, Questback, Lumoa, forms.app and Formaloo answers,
Snowplow, Usermaven and Mitzu usage, Pipeline CRM won deals, and Flowla, Backlog,
Zoho Projects, NocoDB and Kapta plans. The hand-kept sheets are Excel saved as CSV in the
Japanese (Shift_JIS), Polish (Windows-1250) and Swedish (Windows-1252, semicolons, decimal
commas, non-breaking-space thousands) and Italian locales, and Google Sheets in English. They
carry title and as-of lines, totals rows, quoted notes over several lines, BOMs, "2025年3月14日"
and "2025/03/04" dates, yen amounts behind the backslash Shift_JIS writes for the yen sign, "△"
before a decrease, MRR beside ARR, "1h 20m" and seconds for durations, ISO weeks ("2025-W10"),
Excel serial dates, zoned times, and first and last names in separate columns.

It was written from what these tools and teams write, without reading the importer's vocabulary
or rules; a file here is changed only when it misdescribes what a system writes, never to make it
load. Expected results come from the generator's own records through
``tests.export_judge.measures``, never from the importer. Run
``python tests/data/blind20/make_blind20.py``; the files are checked in.
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
    serial,
    surveys,
    table_text,
    tickets,
    write_set,
)

D = dt.date
SEED = 20_0412_2026

CSMS = [
    Person("Yuki", "Sato", 88.0, "Enterprise", "Senior Customer Success Manager"),
    Person("Magdalena", "Kowalczyk", 79.0, "Mid-Market", "Customer Success Manager"),
    Person("Elin", "Lindqvist", 95.0, "Enterprise", "Customer Success Lead"),
    Person("Oliver", "Grant", 110.0, "SMB", "Head of Customer Success"),
]
SALES = [Person("Noah", "Becker"), Person("Chiara", "Rinaldi")]
ACCOUNT_NAMES = [
    "株式会社さくら物流",
    "Wisła Logistyka Sp. z o.o.",
    "Norrsken Energi AB",
    "Maple & Finch Ltd",
    "Kobalt Software GmbH",
    "山田製作所",
    "Brasserie Lemaire SAS",
    "Costa Azul Turismo S.L.",
    "Vittoria Moda S.p.A.",
    "Polder Water B.V.",
    "Åre Fjällresor AB",
    "Helvetia Dental AG",
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
    seats=(10, 30, 60, 150, 300, 500),
    subscribed_from=D(2022, 6, 1),
    subscribed_days=900,
    churned_from=D(2025, 2, 1),
    churned_days=150,
    churned=(2, 7),
    mrr=(400, 900, 1500, 2400, 3300, 5200, 7500, 12000),
    go_live_days=(14, 75),
    renewal_from=D(2025, 9, 1),
)

NBSP = "\u00a0"
PL_MONTHS = "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień"
PL_MONTHS_LIST = PL_MONTHS.split()


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


def writable_in(company: list[Account], encoding: str) -> list[Account]:
    """The accounts whose names a sheet saved in ``encoding`` can hold: a Shift_JIS save cannot
    write "Åre", a Windows-1252 one cannot write Japanese, so each locale's sheet lists its own."""
    out = []
    for a in company:
        try:
            a.name.encode(encoding)
        except UnicodeEncodeError:
            continue
        out.append(a)
    return out


def grouped(x: float, thousands: str, decimal: str = ",", decimals: int = 2) -> str:
    """12345.5 -> "12 345,50" with ``thousands`` between groups and ``decimal`` before the cents."""
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def hm_words(minutes: float) -> str:
    """80 -> "1h 20m", 45 -> "45m", 60 -> "1h": the way meeting tools print a length."""
    h, m = divmod(int(minutes), 60)
    return " ".join(part for part in (f"{h}h" if h else "", f"{m}m" if m else "") if part)


def hms(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    return f"{h:02d}:{rest // 60:02d}:{rest % 60:02d}"


def zoned(t: dt.datetime, hours: int) -> str:
    """A UTC moment written in a zone ``hours`` from UTC, ISO 8601 with its offset."""
    local = t + dt.timedelta(hours=hours)
    sign = "+" if hours >= 0 else "-"
    return local.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(hours):02d}:00"


def us_time(t: dt.datetime) -> str:
    return f"{t.month}/{t.day}/{t.year} {t.strftime('%I:%M %p').lstrip('0')}"


def ja_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def whole_seconds(recs: list[dict]) -> None:
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60


def email_of(name: str, domain: str = "lumencrest.io") -> str:
    return name.lower().replace(" ", ".") + "@" + domain


def slug(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:12] or "acct"


# ------------------------------------------------------------------------------------ engagements
def write_engagements(x: Exports, rng, company):
    # tl;dv meeting list: the start in ISO 8601 with the organiser's zone (+01:00), the length in
    # seconds, participants separated by semicolons in one cell, the team's tags in another.
    recs = engagements(rng, company, 15, seconds=True)
    whole_seconds(recs)
    rows = [
        [
            rng.choice(["QBR", "Adoption check-in", "Escalation follow-up", "Renewal prep"])
            + f" | {r['account']}",
            zoned(r["moment"], 1),
            round(r["duration_min"] * 60),
            email_of(r["csm"]),
            r["csm"],
            f"{email_of(r['csm'])}; contact@{slug(r['account'])}.example",
            r["account"],
            ", ".join(
                ["customer", "proactive" if r["tag"] == "proactive" else "reactive"]
                + rng.choice([[], ["qbr"], ["renewal"]])
            ),
            "English",
        ]
        for r in recs
    ]
    header = [
        "Meeting Name",
        "Start Time",
        "Duration (s)",
        "Organizer Email",
        "Organizer Name",
        "Participants",
        "CRM Company",
        "Tags",
        "Language",
    ]
    x.add(
        "tldv_meetings.csv",
        "tl;dv meetings",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["ISO 8601 with +01:00", "seconds", "tag inside a tag list", "participants list"],
    )

    # Read AI meeting reports: "42 min" lengths, the host, the CRM account and a meeting category
    # the team set up.
    recs = engagements(rng, company, 14, minutes=(25, 30, 42, 45, 55, 60))
    rows = [
        [
            rng.choice(["Weekly sync", "Support escalation", "Exec business review", "Kickoff"]),
            r["moment"].strftime("%b %d, %Y %I:%M %p") + " UTC",
            f"{int(r['duration_min'])} min",
            r["csm"],
            r["account"],
            "Proactive" if r["tag"] == "proactive" else "Reactive",
            rng.randrange(55, 95),
            rng.randrange(2, 8),
        ]
        for r in recs
    ]
    header = [
        "Meeting",
        "Date",
        "Length",
        "Host",
        "Account",
        "Meeting Category",
        "Read Score",
        "Attendees",
    ]
    x.add(
        "read_ai_meeting_reports.csv",
        "Read AI meeting reports",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        concepts=["42 min lengths", "UTC after the time", "Read Score beside the length"],
    )

    # Modjo, French UI: calls with a UTF-8 BOM, dd/mm/yyyy HH:MM, lengths as "1h 20m", outgoing
    # calls ("Sortant") the CSM's own, incoming ones ("Entrant") the customer's.
    recs = engagements(rng, company, 15, minutes=(10, 20, 35, 45, 60, 80, 95))
    rows = [
        [
            rng.choice(["Point mensuel", "Relance renouvellement", "Incident facturation", "Formation"]),
            r["moment"].strftime("%d/%m/%Y %H:%M"),
            hm_words(r["duration_min"]),
            r["csm"],
            r["account"],
            "Sortant" if r["tag"] == "proactive" else "Entrant",
            {"Call": "Téléphone", "Email": "Téléphone", "Meeting": "Visio"}[r["type"]],
        ]
        for r in recs
    ]
    header = ["Titre", "Date de l'appel", "Durée", "Utilisateur", "Compte", "Direction", "Canal"]
    x.add(
        "modjo_fr_appels.csv",
        "Modjo (French UI, calls)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["1h 20m durations", "Sortant/Entrant", "BOM", "dd/mm/yyyy HH:MM"],
    )

    # sipgate call log, German UI: semicolons, the date and the time in two columns, hh:mm:ss,
    # "ausgehend" (the CSM called) or "eingehend" (the customer called).
    recs = engagements(rng, company, 14, seconds=True)
    whole_seconds(recs)
    rows = [
        [
            r["moment"].strftime("%d.%m.%Y"),
            r["moment"].strftime("%H:%M:%S"),
            "ausgehend" if r["tag"] == "proactive" else "eingehend",
            f"+49 30 {rng.randrange(1000000, 9999999)}",
            r["account"],
            r["csm"],
            hms(round(r["duration_min"] * 60)),
            "angenommen",
        ]
        for r in recs
    ]
    header = ["Datum", "Uhrzeit", "Richtung", "Rufnummer", "Kontakt", "Benutzer", "Dauer", "Status"]
    x.add(
        "sipgate_de_anrufliste.csv",
        "sipgate (German UI, call log)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["date and time in two columns", "hh:mm:ss", "ausgehend/eingehend"],
    )

    # Excel, Japanese locale: the contact history saved as CSV in Shift_JIS, a title line,
    # 2025/03/04 dates, プロアクティブ / リアクティブ, minutes, notes over several lines.
    mine = writable_in(company, "cp932")
    recs = engagements(rng, mine, 15, minutes=(15, 30, 45, 60, 90))
    rows = [
        [
            r["date"].strftime("%Y/%m/%d"),
            r["account"],
            r["csm"],
            {"Call": "電話", "Email": "メール", "Meeting": "訪問"}[r["type"]],
            "プロアクティブ" if r["tag"] == "proactive" else "リアクティブ",
            int(r["duration_min"]),
            rng.choice(["定例会。\n次回は来月予定", "請求書の問い合わせ", "", "活用状況を確認"]),
        ]
        for r in recs
    ]
    header = ["日付", "顧客名", "担当CSM", "対応方法", "区分", "所要時間(分)", "メモ"]
    x.add(
        "excel_ja_taiou_rireki.csv",
        "Excel (Japanese locale, contact history)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "顧客対応履歴 2024年度,,,,,,\n" + table_text(header, rows),
        encoding="cp932",
        newline="\r\n",
        concepts=["Shift_JIS", "プロアクティブ/リアクティブ", "title line", "multi-line notes"],
    )

    # Excel, Polish locale: the contact register in Windows-1250 with semicolons, a title line,
    # dd.mm.yyyy, "proaktywny" / "reaktywny".
    mine = writable_in(company, "cp1250")
    recs = engagements(rng, mine, 15, minutes=(15, 30, 45, 60))
    rows = [
        [
            r["date"].strftime("%d.%m.%Y"),
            r["account"],
            r["csm"],
            {"Call": "Telefon", "Email": "E-mail", "Meeting": "Spotkanie"}[r["type"]],
            "proaktywny" if r["tag"] == "proactive" else "reaktywny",
            int(r["duration_min"]),
            rng.choice(["Omówienie wdrożenia", "Pytanie o fakturę", "", "Przegląd kwartalny"]),
        ]
        for r in recs
    ]
    header = ["Data", "Klient", "Opiekun klienta", "Forma kontaktu", "Charakter", "Czas (min)", "Uwagi"]
    x.add(
        "excel_pl_rejestr_kontaktow.csv",
        "Excel (Polish locale, contact register)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        "Rejestr kontaktów z klientami - I półrocze 2025;;;;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1250",
        newline="\r\n",
        concepts=["Windows-1250", "proaktywny/reaktywny", "title line"],
    )

    # Excel, Swedish locale: ISO dates, hours with a decimal comma, "Proaktiv?" Ja / Nej.
    mine = writable_in(company, "cp1252")
    recs = engagements(rng, mine, 14, minutes=(15, 30, 45, 60, 90, 120))
    rows = [
        [
            r["date"].isoformat(),
            r["account"],
            r["csm"],
            {"Call": "Samtal", "Email": "E-post", "Meeting": "Möte"}[r["type"]],
            "Ja" if r["tag"] == "proactive" else "Nej",
            grouped(r["duration_min"] / 60, NBSP).rstrip("0").rstrip(","),
        ]
        for r in recs
    ]
    header = ["Datum", "Kund", "Kundansvarig", "Kontakttyp", "Proaktiv?", "Tid (h)"]
    x.add(
        "excel_sv_kundkontakter.csv",
        "Excel (Swedish locale, customer contacts)",
        "engagements",
        E_FIELDS + ("duration_min",),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Proaktiv? Ja/Nej", "hours with decimal comma", "ISO dates"],
    )


# ------------------------------------------------------------------------------------ accounts
def write_accounts(x: Exports, rng, company):
    # SAP Sales Cloud account export: SAP's numeric account ids, dates as YYYYMMDD, the contract
    # value per year in euros with the currency in its own column.
    recs = account_records(company)
    rows = [
        [
            1_000_100 + n,
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            f"{r['arr']:.2f}",
            "EUR",
            r["renewal_date"].strftime("%Y%m%d"),
            r["segment"],
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Account ID",
        "Account",
        "Owner",
        "Customer Success Manager",
        "Annual Contract Value",
        "Annual Contract Value Currency",
        "Contract End Date",
        "ABC Classification",
    ]
    x.add(
        "sap_sales_cloud_accounts.csv",
        "SAP Sales Cloud (accounts)",
        "accounts",
        A_FIELDS,
        recs,
        table_text(header, rows),
        encoding="utf-8-sig",
        concepts=["YYYYMMDD dates", "currency in its own column", "owner beside the CSM", "BOM"],
    )

    # Bigin by Zoho companies: the sales owner first, the CSM a custom field, the MRR (the
    # yearly figure a person loads is twelve times it), "Mar 14, 2025".
    recs = account_records(company)
    rows = [
        [
            f"zcrm_{rng.randrange(10**17, 10**18)}",
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            f"€ {r['acc'].mrr:,.2f}",
            r["renewal_date"].strftime("%b %d, %Y"),
            r["seats_purchased"],
        ]
        for r in recs
    ]
    header = [
        "Record Id",
        "Company Name",
        "Company Owner",
        "Customer Success Manager",
        "MRR",
        "Renewal Date",
        "Licenses",
    ]
    x.add(
        "bigin_companies.csv",
        "Bigin by Zoho (companies)",
        "accounts",
        A_FIELDS + ("seats_purchased",),
        recs,
        table_text(header, rows),
        concepts=["MRR not ARR", "owner beside CSM", "Mar 14, 2025"],
    )

    # Excel, Japanese locale: the contract list in Shift_JIS, a title with the as-of date, yearly
    # amounts behind the yen sign (a backslash in Shift_JIS), 2025年3月14日 renewals, 契約中 / 解約済.
    mine = writable_in(company, "cp932")
    recs = account_records(mine)
    rows = [
        [
            r["account"],
            r["csm"],
            f"\\{r['arr']:,.0f}",  # the yen sign is byte 0x5C in Shift_JIS
            ja_date(r["renewal_date"]),
            "契約中" if r["status"] == "active" else "解約済",
        ]
        for r in recs
    ]
    header = ["顧客名", "担当CSM", "年間契約金額", "契約更新日", "契約状況"]
    x.add(
        "excel_ja_keiyaku_ichiran.csv",
        "Excel (Japanese locale, contract list)",
        "accounts",
        A_FIELDS + ("status",),
        recs,
        "契約一覧（2025年6月30日時点）,,,,\n,,,,\n" + table_text(header, rows),
        encoding="cp932",
        newline="\r\n",
        concepts=["Shift_JIS", "yen sign as 0x5C", "2025年3月14日", "契約中/解約済", "as-of title"],
    )

    # Excel, Swedish locale: the customer register with the yearly value in kronor, a
    # non-breaking space between thousands, ISO renewals, Aktiv / Uppsagd.
    mine = writable_in(company, "cp1252")
    recs = account_records(mine)
    rows = [
        [
            r["account"],
            r["csm"],
            r["segment"],
            grouped(r["arr"], NBSP),
            r["renewal_date"].isoformat(),
            "Aktiv" if r["status"] == "active" else "Uppsagd",
        ]
        for r in recs
    ]
    header = ["Kund", "Kundansvarig", "Segment", "Årsvärde (kr)", "Förnyelsedatum", "Status"]
    x.add(
        "excel_sv_kundregister.csv",
        "Excel (Swedish locale, customer register)",
        "accounts",
        A_FIELDS + ("segment", "status"),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["non-breaking-space thousands", "decimal comma", "Aktiv/Uppsagd"],
    )

    # involve.ai account health: ISO timestamps with milliseconds and Z, seats, a health score and
    # a churn-risk percentage.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            f"{slug(r['account'])}.example",
            r["csm"],
            int(r["arr"]),
            r["renewal_date"].strftime("%Y-%m-%dT00:00:00.000Z"),
            r["seats_purchased"],
            r["seats_active"],
            rng.randrange(30, 95),
            f"{rng.randrange(3, 70)}%",
        ]
        for r in recs
    ]
    header = [
        "Account Name",
        "Domain",
        "CSM",
        "ARR",
        "Renewal Date",
        "Licensed Seats",
        "Active Seats",
        "Health Score",
        "Churn Risk",
    ]
    x.add(
        "involve_ai_account_health.csv",
        "involve.ai account health",
        "accounts",
        A_FIELDS + ("seats_purchased", "seats_active"),
        recs,
        table_text(header, rows),
        concepts=["ISO with .000Z", "Churn Risk percentage beside ARR", "seats"],
    )

    # Excel, Polish locale: the customer portfolio in Windows-1250, "12 345,00 zł", dd.mm.yyyy,
    # a "Suma" row under the table.
    mine = writable_in(company, "cp1250")
    recs = account_records(mine)
    rows = [
        [
            r["account"],
            r["csm"],
            r["segment"],
            f"{grouped(r['arr'], ' ')} zł",
            r["renewal_date"].strftime("%d.%m.%Y"),
        ]
        for r in recs
    ]
    rows.append(["Suma", "", "", f"{grouped(sum(r['arr'] for r in recs), ' ')} zł", ""])
    header = ["Klient", "Opiekun", "Segment", "Wartość roczna (ARR)", "Data odnowienia"]
    x.add(
        "excel_pl_portfel_klientow.csv",
        "Excel (Polish locale, customer portfolio)",
        "accounts",
        A_FIELDS + ("segment",),
        recs,
        "Portfel klientów;;;;\nStan na: 30.06.2025;;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1250",
        newline="\r\n",
        concepts=["12 345,00 zł", "Suma row", "Stan na: line", "Windows-1250"],
    )

    # Power Automate flow writing an Excel Online table to CSV: "List rows present in a table"
    # returns dates as Excel serial numbers unless told otherwise, and the @odata columns come along.
    recs = account_records(company)
    rows = [
        [
            f'W/"JzE{rng.randrange(10**6, 10**7)}"',
            r["account"],
            r["csm"],
            int(r["arr"]),
            serial(r["renewal_date"]),
            serial(r["subscribed_on"]),
            serial(r["go_live_on"]),
        ]
        for r in recs
    ]
    header = ["@odata.etag", "Customer", "CSM", "ARR", "Renewal", "Start", "Go-live"]
    x.add(
        "power_automate_excel_online_rows.csv",
        "Power Automate (Excel Online table rows)",
        "accounts",
        A_FIELDS + ("subscribed_on", "go_live_on"),
        recs,
        table_text(header, rows),
        concepts=["Excel serial dates", "@odata.etag column", "Start and Go-live"],
    )


# ------------------------------------------------------------------------------------ team
def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role) for p in CSMS]

    # PayFit, French UI: the staff number, first and last name in two columns, semicolons, the
    # hourly rate with a decimal comma.
    rows = [
        [f"{rng.randrange(100, 999)}", p.last, p.first, p.role, "Customer Success", grouped(p.rate, NBSP)]
        for p in CSMS
    ]
    header = ["Matricule", "Nom", "Prénom", "Poste", "Service", "Taux horaire (€)"]
    x.add(
        "payfit_fr_salaries.csv",
        "PayFit (French UI, employees)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["Nom/Prénom in two columns", "last name first", "decimal comma"],
    )

    # Papershift, German UI: Vorname / Nachname, "92,00 €", the team as "Abteilung".
    rows = [[p.first, p.last, p.role, p.team, f"{grouped(p.rate, '.')} €", "40"] for p in CSMS]
    header = ["Vorname", "Nachname", "Position", "Abteilung", "Stundenlohn", "Wochenstunden"]
    x.add(
        "papershift_de_mitarbeiter.csv",
        "Papershift (German UI, staff)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        concepts=["Vorname/Nachname", "92,00 €", "Wochenstunden beside the rate"],
    )

    # Alexis HR, Swedish UI: Förnamn / Efternamn, "Timlön" in kronor, the start date.
    rows = [
        [p.first, p.last, email_of(p.name), p.role, grouped(p.rate, NBSP), f"2023-0{n + 2}-01"]
        for n, p in enumerate(CSMS)
    ]
    header = ["Förnamn", "Efternamn", "E-post", "Befattning", "Timlön (kr)", "Anställningsdatum"]
    x.add(
        "alexishr_sv_anstallda.csv",
        "Alexis HR (Swedish UI, employees)",
        "team",
        TEAM_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Förnamn/Efternamn", "Timlön (kr)", "start date beside the rate"],
    )

    # TMetric team: the tool's access role (not the job), the billable rate as "$92.00/h".
    rows = [
        [p.name, email_of(p.name), "Admin" if n == 3 else "Member", f"${p.rate:.2f}/h", "Customer Success"]
        for n, p in enumerate(CSMS)
    ]
    header = ["Member", "Email", "Access Role", "Billable Rate", "Groups"]
    x.add(
        "tmetric_team_members.csv",
        "TMetric team members",
        "team",
        ("csm", "hourly_rate"),
        recs,
        table_text(header, rows),
        concepts=["$92.00/h", "access role is not a job"],
    )


# ------------------------------------------------------------------------------------ tickets
def write_tickets(x: Exports, rng, company):
    # Chatwoot conversations report: numeric ids, "UTC" after the time, open / pending / resolved.
    recs = tickets(rng, company, 15)
    for r in recs:
        r["priority"] = {"Low": "low", "Normal": "medium", "High": "high", "Urgent": "urgent"}[r["priority"]]
    rows = [
        [
            r["ticket_id"],
            f"contact@{slug(r['account'])}.example",
            r["account"],
            "resolved" if r["closed_at"] else rng.choice(["open", "pending"]),
            r["priority"],
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S UTC"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S UTC") if r["closed_at"] else "",
            rng.choice(["billing", "bug", "onboarding", ""]),
        ]
        for r in recs
    ]
    header = ["id", "contact", "company", "status", "priority", "created_at", "resolved_at", "labels"]
    x.add(
        "chatwoot_conversations.csv",
        "Chatwoot conversations report",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["UTC after the time", "open/pending/resolved"],
    )

    # DevRev tickets: TKT- ids, the rev org as account, stages, severity, ISO with Z.
    recs = tickets(rng, company, 14, prefix="TKT-")
    for r in recs:
        r["priority"] = {"Low": "Low", "Normal": "Medium", "High": "High", "Urgent": "Blocker"}[r["priority"]]
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Export stuck", "SSO login fails", "Invoice question", "Slow dashboard"]),
            r["account"],
            "resolved"
            if r["closed_at"]
            else rng.choice(["queued", "work_in_progress", "awaiting_customer_response"]),
            r["priority"],
            r["opened_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            r["closed_at"].strftime("%Y-%m-%dT%H:%M:%S.000Z") if r["closed_at"] else "",
            "support",
        ]
        for r in recs
    ]
    header = ["Display ID", "Title", "Workspace", "Stage", "Severity", "Created Date", "Closed Date", "Group"]
    x.add(
        "devrev_tickets.csv",
        "DevRev tickets",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows),
        concepts=["TKT- ids", "Workspace as account", "Blocker severity"],
    )

    # Request Tracker search results: RT's own date format ("Tue Mar 04 14:30:00 2025"), "Not set"
    # for a ticket not resolved, the customer a custom field.
    recs = tickets(rng, company, 14)
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Cannot export", "Password reset", "API limit", "Report wrong"]),
            "support",
            "resolved" if r["closed_at"] else rng.choice(["new", "open", "stalled"]),
            f"contact@{slug(r['account'])}.example",
            r["account"],
            r["opened_at"].strftime("%a %b %d %H:%M:%S %Y"),
            r["closed_at"].strftime("%a %b %d %H:%M:%S %Y") if r["closed_at"] else "Not set",
        ]
        for r in recs
    ]
    header = ["id", "Subject", "Queue", "Status", "Requestors", "CF.{Customer}", "Created", "Resolved"]
    x.add(
        "request_tracker_tickets.csv",
        "Request Tracker (search results)",
        "tickets",
        T_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["ctime dates", "Not set for an open ticket", "CF.{Customer}"],
    )

    # iTop user requests: R-000123 refs, the organisation, iTop's numbered priorities, every
    # field quoted.
    recs = tickets(rng, company, 15)
    for r in recs:
        r["ticket_id"] = f"R-{int(r['ticket_id']):06d}"
        r["priority"] = {
            "Low": "4 - low",
            "Normal": "3 - medium",
            "High": "2 - high",
            "Urgent": "1 - critical",
        }[r["priority"]]
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Access request", "Data import failed", "Bug in report", "Training"]),
            r["account"],
            "Closed" if r["closed_at"] else rng.choice(["New", "Assigned", "Pending"]),
            r["priority"],
            r["opened_at"].strftime("%Y-%m-%d %H:%M:%S"),
            r["closed_at"].strftime("%Y-%m-%d %H:%M:%S") if r["closed_at"] else "",
        ]
        for r in recs
    ]
    header = ["Ref", "Title", "Organization", "Status", "Priority", "Start date", "Resolution date"]
    x.add(
        "itop_user_requests.csv",
        "iTop user requests",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        table_text(header, rows, quote_all=True),
        concepts=["R-000123 refs", "numbered priorities", "Organization as account"],
    )

    # Excel, Japanese locale: the inquiry log in Shift_JIS, 2025/03/04 14:30, 高 / 中 / 低 / 緊急,
    # 有 / 無 for escalated.
    mine = writable_in(company, "cp932")
    recs = tickets(rng, mine, 14)
    for r in recs:
        r["ticket_id"] = f"Q-{r['ticket_id']}"
        r["priority"] = {"Low": "低", "Normal": "中", "High": "高", "Urgent": "緊急"}[r["priority"]]
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%Y/%m/%d %H:%M"),
            r["closed_at"].strftime("%Y/%m/%d %H:%M") if r["closed_at"] else "",
            r["priority"],
            "有" if r["escalated"] else "無",
            rng.choice(["ログインできない", "請求書の再発行", "CSV取込エラー\n再現手順あり", ""]),
        ]
        for r in recs
    ]
    header = ["問合せ番号", "顧客名", "受付日時", "完了日時", "優先度", "エスカレーション", "内容"]
    x.add(
        "excel_ja_toiawase_kanri.csv",
        "Excel (Japanese locale, inquiry log)",
        "tickets",
        T_FIELDS + ("priority", "escalated"),
        recs,
        table_text(header, rows),
        encoding="cp932",
        newline="\r\n",
        concepts=["Shift_JIS", "有/無", "Japanese priorities", "multi-line content"],
    )

    # Excel, Italian locale: the ticket register with the time written with a dot (14.30).
    mine = writable_in(company, "cp1252")
    recs = tickets(rng, mine, 14)
    for r in recs:
        r["priority"] = {"Low": "Bassa", "Normal": "Media", "High": "Alta", "Urgent": "Urgente"}[
            r["priority"]
        ]
    rows = [
        [
            r["ticket_id"],
            r["account"],
            r["opened_at"].strftime("%d/%m/%Y %H.%M"),
            r["closed_at"].strftime("%d/%m/%Y %H.%M") if r["closed_at"] else "",
            r["priority"],
        ]
        for r in recs
    ]
    header = ["N. ticket", "Cliente", "Data apertura", "Data chiusura", "Priorità"]
    x.add(
        "excel_it_registro_ticket.csv",
        "Excel (Italian locale, ticket register)",
        "tickets",
        T_FIELDS + ("priority",),
        recs,
        "Registro ticket assistenza;;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["14.30 times", "title line", "Italian priorities"],
    )


# ------------------------------------------------------------------------------------ surveys
def write_surveys(x: Exports, rng, company):
    # Questback, German UI: semicolons, the submission moment, the company, the 0-10 question
    # and a comment that may run over lines.
    recs = surveys(rng, company, 15)
    rows = [
        [
            90_000 + n,
            r["moment"].strftime("%d.%m.%Y %H:%M"),
            r["account"],
            r["score"],
            (r["comment"] or "").replace("slow", "slow.\nPlease fix"),
        ]
        for n, r in enumerate(recs)
    ]
    header = [
        "Antwortnummer",
        "Abgeschickt am",
        "Unternehmen",
        "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)",
        "Ihr Kommentar",
    ]
    x.add(
        "questback_de_antworten.csv",
        "Questback (German UI, responses)",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="utf-8-sig",
        concepts=["long 0-10 question", "Abgeschickt am", "multi-line comment"],
    )

    # Lumoa feedback export: each piece of feedback with its source, the NPS and the customer.
    recs = surveys(rng, company, 14)
    rows = [
        [
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            "NPS survey",
            r["score"],
            r["comment"] or "",
            r["account"],
            rng.choice(["positive", "neutral", "negative"]),
        ]
        for r in recs
    ]
    header = ["Date", "Source", "NPS", "Text", "Customer", "Sentiment"]
    x.add(
        "lumoa_feedback.csv",
        "Lumoa feedback export",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["NPS column", "Sentiment beside the score"],
    )

    # Excel, Japanese locale: the satisfaction survey in Shift_JIS, 推奨度（0～10）.
    mine = writable_in(company, "cp932")
    recs = surveys(rng, mine, 14)
    rows = [[r["date"].strftime("%Y/%m/%d"), r["account"], r["score"], r["comment"] or ""] for r in recs]
    header = ["回答日", "会社名", "推奨度（0～10）", "コメント"]
    x.add(
        "excel_ja_manzokudo_chousa.csv",
        "Excel (Japanese locale, NPS survey)",
        "surveys",
        S_FIELDS,
        recs,
        "顧客満足度調査 結果,,,\n" + table_text(header, rows),
        encoding="cp932",
        newline="\r\n",
        concepts=["Shift_JIS", "推奨度（0～10）", "title line"],
    )

    # forms.app responses: the submission date in the form owner's zone named in the header.
    recs = surveys(rng, company, 15)
    rows = [
        [
            us_time(r["moment"] + dt.timedelta(hours=1)),
            r["account"],
            r["respondent"],
            r["score"],
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Submission Date (GMT+01:00)",
        "Company name",
        "Email",
        "How likely are you to recommend us to a friend or colleague?",
        "What could we do better?",
    ]
    x.add(
        "formsapp_responses.csv",
        "forms.app responses",
        "surveys",
        S_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["zone in the header", "M/D/YYYY h:mm AM", "long NPS question"],
    )

    # Formaloo feedback form: a yes / no "would you recommend" answer and the company.
    recs = surveys(rng, company, 14)
    rows = [
        [
            f"sub_{rng.randrange(10**8, 10**9)}",
            r["moment"].strftime("%Y-%m-%d %H:%M"),
            r["account"],
            "Yes" if r["recommend"] else "No",
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = ["Submit code", "Created at", "Company", "Would you recommend us?", "Anything to add?"]
    x.add(
        "formaloo_feedback.csv",
        "Formaloo feedback form",
        "surveys",
        ("account", "date", "recommend"),
        recs,
        table_text(header, rows),
        concepts=["yes/no recommend", "Submit code"],
    )


# ------------------------------------------------------------------------------------ usage
def write_usage(x: Exports, rng, company):
    # Snowplow derived table dumped from the warehouse: the account named only by the CRM id the
    # product sends as its group key (the SAP Sales Cloud id), snake_case columns.
    recs = []
    for n, a in enumerate(company[:8]):
        for d in range(3):
            day = D(2025, 5, 5) + dt.timedelta(days=d)
            recs.append(
                dict(
                    account=a.name,
                    sap_id=1_000_100 + n,
                    date=day,
                    active_users=float(rng.randrange(1, a.seats)),
                    events=float(rng.randrange(40, 4000)),
                    acc=a,
                )
            )
    rows = [
        [r["date"].isoformat(), r["sap_id"], int(r["active_users"]), int(r["events"]), "web"] for r in recs
    ]
    header = ["date_day", "crm_account_id", "active_users", "event_count", "platform"]
    x.add(
        "snowplow_daily_account_activity.csv",
        "Snowplow derived table (daily account activity)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows),
        concepts=["account by CRM id", "snake_case columns"],
        context=["sap_sales_cloud_accounts.csv"],
        by_id=True,
    )

    # Usermaven company activity: weeks as ISO week strings ("2025-W10").
    recs = []
    for a in company[2:9]:
        for w in (10, 11, 12):
            recs.append(
                dict(
                    account=a.name,
                    date=dt.date.fromisocalendar(2025, w, 1),
                    active_users=float(rng.randrange(1, a.seats)),
                    acc=a,
                )
            )
    rows = [[r["account"], f"2025-W{r['date'].isocalendar()[1]:02d}", int(r["active_users"])] for r in recs]
    header = ["Company", "Week", "Active users"]
    x.add(
        "usermaven_company_activity.csv",
        "Usermaven company activity",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(header, rows),
        concepts=["2025-W10 weeks"],
    )

    # Excel, Polish locale: monthly usage in Windows-1250, "marzec 2025", space thousands.
    mine = writable_in(company, "cp1250")
    recs = []
    for a in mine[:7]:
        for m in (3, 4, 5):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, m, 1),
                    active_users=float(rng.randrange(1, a.seats)),
                    events=float(rng.randrange(200, 25000)),
                    acc=a,
                )
            )
    rows = [
        [
            r["account"],
            f"{PL_MONTHS_LIST[r['date'].month - 1]} {r['date'].year}",
            int(r["active_users"]),
            grouped(r["events"], " ", decimals=0),
        ]
        for r in recs
    ]
    header = ["Klient", "Miesiąc", "Aktywni użytkownicy", "Zdarzenia"]
    x.add(
        "excel_pl_aktywnosc_miesieczna.csv",
        "Excel (Polish locale, monthly activity)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="cp1250",
        newline="\r\n",
        concepts=["marzec 2025 months", "space thousands", "Windows-1250"],
    )

    # Mitzu segmentation result: the day with a zero time and an offset, a feature per row.
    recs = []
    for a in company[4:10]:
        for feature in ("Report Builder", "Scheduled Exports", "API"):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, 4, 7),
                    feature=feature,
                    events=float(rng.randrange(5, 900)),
                    acc=a,
                )
            )
    rows = [
        [r["date"].strftime("%Y-%m-%d 00:00:00+00:00"), r["feature"], r["account"], int(r["events"])]
        for r in recs
    ]
    header = ["_datetime", "event_name", "group_company_name", "_agg_value"]
    x.add(
        "mitzu_feature_events.csv",
        "Mitzu segmentation result",
        "usage",
        ("account", "date", "events", "feature"),
        recs,
        table_text(header, rows),
        concepts=["+00:00 midnight", "_agg_value", "event_name as feature"],
    )

    # Excel, Japanese locale: monthly active users in Shift_JIS, 2025年3月, a 合計 row.
    mine = writable_in(company, "cp932")
    recs = []
    for a in mine:
        for m in (4, 5):
            recs.append(
                dict(account=a.name, date=D(2025, m, 1), active_users=float(rng.randrange(1, a.seats)), acc=a)
            )
    rows = [[f"{r['date'].year}年{r['date'].month}月", r["account"], int(r["active_users"])] for r in recs]
    rows.append(["合計", "", int(sum(r["active_users"] for r in recs))])
    header = ["対象月", "顧客名", "アクティブユーザー数"]
    x.add(
        "excel_ja_riyou_joukyou.csv",
        "Excel (Japanese locale, monthly usage)",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(header, rows),
        encoding="cp932",
        newline="\r\n",
        concepts=["Shift_JIS", "2025年3月", "合計 row"],
    )


# ------------------------------------------------------------------------------------ revenue
def write_revenue(x: Exports, rng, company):
    # Pipeline CRM won deals: the deal type custom field says new, renewal or upsell, "$12,000.00".
    recs = revenue(rng, company, 15, kinds=["new", "renewal", "expansion"])
    kinds = {"new": "New Business", "renewal": "Renewal", "expansion": "Upsell"}
    rows = [
        [
            f"{r['account']} - {kinds[r['kind']]}",
            r["account"],
            r["acc"].owner.name,
            "Won",
            r["date"].strftime("%m/%d/%Y"),
            f"${r['amount']:,.2f}",
            kinds[r["kind"]],
        ]
        for r in recs
    ]
    header = ["Deal Name", "Company", "Owner", "Stage", "Close Date", "Value", "Deal Type"]
    x.add(
        "pipeline_crm_won_deals.csv",
        "Pipeline CRM (won deals)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        concepts=["Deal Type as kind", "deal name repeats the company", "$12,000.00"],
    )

    # Excel, Japanese locale: ARR changes in Shift_JIS, 新規 / 更新 / アップセル / ダウンセル / 解約,
    # yen amounts with "△" before a decrease (the ARR change a person loads is its size).
    mine = writable_in(company, "cp932")
    recs = revenue(rng, mine, 15)
    kinds = {
        "new": "新規",
        "renewal": "更新",
        "expansion": "アップセル",
        "contraction": "ダウンセル",
        "churn": "解約",
    }
    rows = [
        [
            r["date"].strftime("%Y/%m/%d"),
            r["account"],
            kinds[r["kind"]],
            ("△" if r["kind"] in ("contraction", "churn") else "") + f"{r['amount']:,.0f}",
        ]
        for r in recs
    ]
    header = ["計上日", "顧客名", "区分", "ARR増減額(円)"]
    x.add(
        "excel_ja_arr_zougen.csv",
        "Excel (Japanese locale, ARR changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows),
        encoding="cp932",
        newline="\r\n",
        concepts=["Shift_JIS", "△ for a decrease", "Japanese kind words"],
    )

    # Excel, Swedish locale: ARR changes in kronor with non-breaking-space thousands.
    mine = writable_in(company, "cp1252")
    recs = revenue(rng, mine, 14)
    kinds = {
        "new": "Ny kund",
        "renewal": "Förnyelse",
        "expansion": "Utökning",
        "contraction": "Minskning",
        "churn": "Uppsägning",
    }
    rows = [[r["date"].isoformat(), r["account"], kinds[r["kind"]], grouped(r["amount"], NBSP)] for r in recs]
    header = ["Datum", "Kund", "Typ av förändring", "ARR-förändring (kr)"]
    x.add(
        "excel_sv_arr_forandringar.csv",
        "Excel (Swedish locale, ARR changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["non-breaking-space thousands", "Swedish kind words"],
    )

    # Excel, Polish locale: MRR changes per month ("2025-03"); the ARR change is twelve times it.
    mine = writable_in(company, "cp1250")
    recs = revenue(rng, mine, 14, monthly=True)
    kinds = {
        "new": "Nowy klient",
        "renewal": "Odnowienie",
        "expansion": "Rozszerzenie",
        "contraction": "Zmniejszenie",
        "churn": "Rezygnacja",
    }
    rows = [
        [r["date"].strftime("%Y-%m"), r["account"], kinds[r["kind"]], grouped(float(r["mrr"]), " ")]
        for r in recs
    ]
    header = ["Miesiąc", "Klient", "Rodzaj zmiany", "Zmiana MRR (zł)"]
    x.add(
        "excel_pl_zmiany_mrr.csv",
        "Excel (Polish locale, MRR changes)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(header, rows, delimiter=";"),
        encoding="cp1250",
        newline="\r\n",
        concepts=["MRR to ARR", "2025-03 months", "Polish kind words"],
    )

    # Google Sheets, English ARR bridge: each movement with its MRR and its ARR side by side.
    recs = revenue(rng, company, 15)
    kinds = {
        "new": "New",
        "renewal": "Renewal",
        "expansion": "Expansion",
        "contraction": "Contraction",
        "churn": "Churn",
    }
    rows = [
        [
            r["date"].strftime("%b %Y"),
            r["date"].isoformat(),
            r["account"],
            kinds[r["kind"]],
            f"{r['mrr']:,}",
            f"{r['amount']:,.0f}",
        ]
        for r in recs
    ]
    header = ["Month", "Effective date", "Customer", "Movement", "MRR Δ", "ARR Δ"]
    x.add(
        "gsheet_en_arr_bridge.csv",
        "Google Sheets (English, ARR bridge)",
        "revenue",
        R_FIELDS,
        recs,
        "ARR bridge FY25\n" + table_text(header, rows),
        concepts=["MRR Δ beside ARR Δ", "month beside the date", "title line"],
    )


# ------------------------------------------------------------------------------------ plans
def write_plans(x: Exports, rng, company):
    # Flowla mutual action plans: one room per customer, every row a step, TRUE / FALSE done.
    recs = [dict(r, kind="step") for r in plans(rng, company, 15, statuses=("open", "done"))]
    rows = [
        [
            f"{r['account']} x Lumencrest",
            r["account"],
            r["item"],
            r["owner"],
            r["due_date"].isoformat(),
            "TRUE" if r["status"] == "done" else "FALSE",
        ]
        for r in recs
    ]
    header = ["Room", "Account", "Action item", "Assignee", "Due date", "Completed"]
    x.add(
        "flowla_action_plans.csv",
        "Flowla mutual action plans",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["every row a step", "TRUE/FALSE completed", "room name beside the account"],
    )

    # Backlog (Japanese UI) issues in Shift_JIS: the issue type is ゴール / タスク / リスク, the
    # category names the customer, 未対応 and 処理中 are open, 完了 is done.
    mine = writable_in(company, "cp932")
    recs = plans(rng, mine, 14, statuses=("open", "done"))
    kinds = {"goal": "ゴール", "step": "タスク", "blocker": "リスク"}
    rows = [
        [
            f"CS-{n + 1}",
            kinds[r["kind"]],
            r["item"],
            rng.choice(["未対応", "処理中"]) if r["status"] == "open" else "完了",
            r["account"],
            r["owner"],
            r["due_date"].strftime("%Y/%m/%d"),
        ]
        for n, r in enumerate(recs)
    ]
    header = ["キー", "種別", "件名", "状態", "カテゴリー名", "担当者", "期限日"]
    x.add(
        "backlog_ja_kadai.csv",
        "Backlog (Japanese UI, issues)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        encoding="cp932",
        newline="\r\n",
        concepts=["Shift_JIS", "ゴール/タスク/リスク", "未対応/処理中/完了", "category as account"],
    )

    # Zoho Projects tasks: the project is the customer, the task list the kind, a custom
    # "At Risk" status, MM-DD-YYYY due dates.
    recs = plans(rng, company, 15)
    lists = {"goal": "Goals", "step": "Action Items", "blocker": "Risks"}
    status = {"open": "In Progress", "done": "Closed", "at risk": "At Risk"}
    rows = [
        [
            f"T{rng.randrange(10, 99)}-{n + 1}",
            r["account"],
            lists[r["kind"]],
            r["item"],
            r["owner"],
            status[r["status"]],
            r["due_date"].strftime("%m-%d-%Y"),
        ]
        for n, r in enumerate(recs)
    ]
    header = ["Task ID", "Project Name", "Task List", "Task Name", "Owner", "Custom Status", "Due Date"]
    x.add(
        "zoho_projects_tasks.csv",
        "Zoho Projects tasks",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        table_text(header, rows),
        concepts=["task list as kind", "MM-DD-YYYY", "Custom Status"],
    )

    # NocoDB success plan table: the linked account, the kind as Goal / Task / Risk, the
    # dimension, a row id first.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Goal", "step": "Task", "blocker": "Risk"}
    status = {"open": "In progress", "done": "Done", "at risk": "At risk"}
    rows = [
        [n + 1, r["account"], r["item"], kinds[r["kind"]], status[r["status"]], r["dimension"]]
        for n, r in enumerate(recs)
    ]
    header = ["Id", "Account", "Item", "Kind", "Status", "Dimension"]
    x.add(
        "nocodb_success_plans.csv",
        "NocoDB success plan table",
        "plans",
        P_FIELDS + ("dimension",),
        recs,
        table_text(header, rows),
        concepts=["Task as step", "Risk as blocker", "row id"],
    )

    # Excel, Swedish locale: the success plan with Mål / Aktivitet / Hinder and Pågår / Klar / Risk.
    mine = writable_in(company, "cp1252")
    recs = plans(rng, mine, 14)
    kinds = {"goal": "Mål", "step": "Aktivitet", "blocker": "Hinder"}
    status = {"open": "Pågår", "done": "Klar", "at risk": "Risk"}
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
    header = ["Kund", "Typ", "Beskrivning", "Status", "Ansvarig", "Deadline"]
    x.add(
        "excel_sv_framgangsplan.csv",
        "Excel (Swedish locale, success plan)",
        "plans",
        P_FIELDS + ("due_date",),
        recs,
        "Framgångsplaner;;;;;\n" + table_text(header, rows, delimiter=";"),
        encoding="cp1252",
        newline="\r\n",
        concepts=["Mål/Aktivitet/Hinder", "Pågår/Klar/Risk", "title line"],
    )

    # Kapta key account plans: objectives, actions and risks with the date each was last reviewed.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Objective", "step": "Action", "blocker": "Risk"}
    status = {"open": "Ongoing", "done": "Achieved", "at risk": "At risk"}
    rows = [
        [
            r["account"],
            kinds[r["kind"]],
            r["item"],
            status[r["status"]],
            r["owner"],
            r["due_date"].strftime("%d/%m/%Y"),
            r["reviewed_on"].strftime("%d/%m/%Y"),
        ]
        for r in recs
    ]
    header = ["Key Account", "Type", "Title", "Status", "Owner", "Target date", "Last review"]
    x.add(
        "kapta_account_plans.csv",
        "Kapta key account plans",
        "plans",
        P_FIELDS + ("due_date", "reviewed_on"),
        recs,
        table_text(header, rows),
        concepts=["Objective/Action/Risk", "Achieved as done", "Last review"],
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
