"""Writes exports the importer has never seen, and what a careful person would load from each.

A small seeded company (accounts, CSMs, sales reps) is drawn first; every file then draws its own
records from it and writes them in the shape one real or plausible system exports (headers,
encodings, date, money and duration formats, status words). The expected results in
``expected.json`` are computed from those records with ``tests.export_judge.measures`` — never
by running the importer. Run ``python tests/data/exports/make_exports.py``; the files are
checked in, so a change of seed or shape shows in review.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import random
import string
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.export_judge import EXPECTED_FILE, measures  # noqa: E402

D = dt.date
TS = dt.datetime
SEED = 20251201

FR_MONTHS = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
IT_MONTHS = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
EN_ABBR = [calendar.month_abbr[m] for m in range(1, 13)]


# ------------------------------------------------------------------------------------ the company
@dataclass
class Person:
    first: str
    last: str
    rate: float = 0.0
    team: str = ""
    role: str = ""

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def email(self) -> str:
        plain = self.name.lower().replace("ü", "u").replace("ß", "ss").replace(" ", ".")
        return f"{plain}@northbeam.io"


@dataclass
class Account:
    name: str
    sfid: str
    csm: Person
    owner: Person  # the sales account owner, never the CSM
    mrr: int
    segment: str
    seats: int
    seats_active: int
    subscribed_on: dt.date
    go_live_on: dt.date
    renewal_date: dt.date
    churned_on: dt.date | None

    @property
    def arr(self) -> int:
        return self.mrr * 12

    @property
    def status(self) -> str:
        return "churned" if self.churned_on else "active"


CSMS = [
    Person("Dana", "Lee", 95.0, "Enterprise", "Senior CSM"),
    Person("Sam", "Ortiz", 85.0, "Mid-Market", "CSM"),
    Person("Jürgen", "Weiß", 110.0, "Enterprise", "Principal CSM"),
    Person("Priya", "Nair", 90.0, "SMB", "CSM"),
]
SALES = [Person("Mark", "Fisher"), Person("Elena", "Rossi")]
ACCOUNT_NAMES = [
    "Acme Corp",
    "Globex",
    "Initech",
    "Umbrella Health",
    "Café Müller GmbH",
    "Åkesson AB",
    "Northwind Traders",
    "Hooli",
    "Vandelay Industries",
    "Niño Logística",
]
SEGMENTS = ["Enterprise", "Mid-Market", "SMB"]


def _sfid(rng: random.Random, prefix: str) -> str:
    alphabet = string.ascii_letters + string.digits
    return prefix + "5g00000" + "".join(rng.choice(alphabet) for _ in range(8))


@dataclass(frozen=True)
class CompanyShape:
    """The ranges a generated company draws its accounts from; each set of exports has its own."""

    seats: tuple[int, ...]
    subscribed_from: dt.date
    subscribed_days: int
    churned_from: dt.date
    churned_days: int
    churned: tuple[int, ...]  # the positions of the accounts that churned
    mrr: tuple[int, ...]
    go_live_days: tuple[int, int]
    renewal_from: dt.date


def company_of(
    rng: random.Random,
    names: list[str],
    csms: list[Person],
    sales: list[Person],
    segments: list[str],
    shape: CompanyShape,
) -> list[Account]:
    """One account per name, its CSM, owner and segment in turn, its figures drawn within ``shape``."""
    accounts = []
    for n, name in enumerate(names):
        seats = rng.choice(shape.seats)
        subscribed = shape.subscribed_from + dt.timedelta(days=rng.randrange(shape.subscribed_days))
        churned = (
            shape.churned_from + dt.timedelta(days=rng.randrange(shape.churned_days))
            if n in shape.churned
            else None
        )
        accounts.append(
            Account(
                name=name,
                sfid=_sfid(rng, "001"),
                csm=csms[n % len(csms)],
                owner=sales[n % len(sales)],
                mrr=rng.choice(shape.mrr),
                segment=segments[n % 3],
                seats=seats,
                seats_active=seats - rng.randrange(seats // 2),
                subscribed_on=subscribed,
                go_live_on=subscribed + dt.timedelta(days=rng.randrange(*shape.go_live_days)),
                renewal_date=shape.renewal_from + dt.timedelta(days=rng.randrange(365)),
                churned_on=churned,
            )
        )
    return accounts


def write_set(folder: Path, seed: int, make_company, writers) -> list[dict]:
    """Write one set of exports and its expected results: each writer adds its files in turn,
    all drawing on one random stream seeded with ``seed``, so a set is the same on every run."""
    rng = random.Random(seed)
    company = make_company(rng)
    exports = Exports(folder)
    for write in writers:
        write(exports, rng, company)
    payload = {"seed": seed, "files": exports.cases}
    (folder / EXPECTED_FILE).write_text(
        json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return exports.cases


COMPANY_SHAPE = CompanyShape(
    seats=(25, 50, 80, 120, 200),
    subscribed_from=D(2022, 1, 10),
    subscribed_days=700,
    churned_from=D(2025, 3, 1),
    churned_days=90,
    churned=(3, 8),
    mrr=(500, 750, 1000, 1500, 2000, 3500, 5000, 8000),
    go_live_days=(20, 90),
    renewal_from=D(2025, 7, 1),
)


def make_company(rng: random.Random) -> list[Account]:
    return company_of(rng, ACCOUNT_NAMES, CSMS, SALES, SEGMENTS, COMPANY_SHAPE)


# ------------------------------------------------------------------------------------ records
START = D(2024, 9, 2)
USAGE_START = D(2025, 1, 6)


def _day(rng, start=START, days=300) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(days))


def _moment(rng, start=START, days=300) -> dt.datetime:
    """A time inside office hours (UTC), so time-zone handling never moves the day."""
    d = _day(rng, start, days)
    return TS(d.year, d.month, d.day, rng.randrange(8, 17), rng.randrange(60))


def engagements(rng, company, n, minutes=(15, 20, 30, 45, 60, 90), seconds=False) -> list[dict]:
    recs = []
    for _ in range(n):
        a = rng.choice(company)
        tag = rng.choice(["proactive", "proactive", "reactive"])
        duration = float(rng.choice(minutes))
        if seconds:
            duration = rng.randrange(90, 55 * 60) / 60
        recs.append(
            dict(
                date=_day(rng),
                moment=_moment(rng),
                account=a.name,
                csm=a.csm.name,
                tag=tag,
                type=rng.choice(["Call", "Email", "Meeting"]),
                duration_min=duration,
                acc=a,
            )
        )
    for r in recs:  # the moment and the date agree
        r["date"] = r["moment"].date()
    return sorted(recs, key=lambda r: r["moment"])


def tickets(rng, company, n, prefix="") -> list[dict]:
    recs = []
    for i in range(n):
        a = rng.choice(company)
        opened = _moment(rng)
        closed = None if rng.random() < 0.3 else opened + dt.timedelta(minutes=rng.randrange(30, 6000))
        recs.append(
            dict(
                ticket_id=f"{prefix}{1000 + i}",
                account=a.name,
                opened_at=opened,
                closed_at=closed,
                priority=rng.choice(["Low", "Normal", "High", "Urgent"]),
                escalated=rng.random() < 0.25,
                acc=a,
            )
        )
    return sorted(recs, key=lambda r: r["opened_at"])


COMMENTS = ["Great support", "Reporting is slow", "", "Love the new dashboard", "Too expensive", ""]


def surveys(rng, company, n) -> list[dict]:
    recs = []
    for _ in range(n):
        a = rng.choice(company)
        who = rng.choice(["ops", "it", "cfo", "lead", "admin"])
        recs.append(
            dict(
                account=a.name,
                moment=_moment(rng),
                score=rng.choice([3, 5, 6, 7, 8, 8, 9, 9, 10, 10]),
                respondent=f"{who}@{a.name.split()[0].lower()}.example",
                comment=rng.choice(COMMENTS) or None,
                acc=a,
            )
        )
    for r in recs:
        r["date"] = r["moment"].date()
        r["recommend"] = r["score"] >= 7
    return sorted(recs, key=lambda r: r["moment"])


def weekly_usage(rng, company, weeks, start=USAGE_START) -> list[dict]:
    recs = []
    for a in company:
        for w in range(weeks):
            recs.append(
                dict(
                    account=a.name,
                    date=start + dt.timedelta(weeks=w),
                    active_users=float(rng.randrange(3, a.seats)),
                    events=float(rng.randrange(50, 5000)),
                    acc=a,
                )
            )
    return recs


MOVES = ["new", "renewal", "expansion", "contraction", "churn"]


def revenue(rng, company, n, kinds=MOVES, monthly=False) -> list[dict]:
    recs = []
    for _ in range(n):
        a = rng.choice(company)
        mrr = rng.choice([250, 400, 500, 750, 1000, 1250, 2000])
        d = _day(rng, D(2024, 1, 1), 540)
        recs.append(
            dict(
                account=a.name,
                date=d.replace(day=1) if monthly else d,
                kind=rng.choice(kinds),
                mrr=mrr,
                amount=float(mrr * 12),
                acc=a,
            )
        )
    return sorted(recs, key=lambda r: r["date"])


PLAN_ITEMS = {
    "goal": ["Reduce onboarding time to 30 days", "Roll out to the EU team", "Executive sponsor in place"],
    "step": ["Run admin training", "Connect the data warehouse", "Quarterly business review"],
    "blocker": ["No budget for add-on", "Champion left", "Security review pending"],
}
DIMENSIONS = ["People", "Product", "Services", "Quality", "Network", "Transformation"]


def plans(rng, company, n, statuses=("open", "done", "at risk")) -> list[dict]:
    recs = []
    for _ in range(n):
        a = rng.choice(company)
        kind = rng.choice(list(PLAN_ITEMS))
        recs.append(
            dict(
                account=a.name,
                item=rng.choice(PLAN_ITEMS[kind]),
                kind=kind,
                dimension=rng.choice(DIMENSIONS),
                status=rng.choice(statuses),
                owner=a.csm.name,
                due_date=_day(rng, D(2025, 1, 1), 300),
                reviewed_on=_day(rng, D(2024, 10, 1), 200),
                acc=a,
            )
        )
    return recs


# ------------------------------------------------------------------------------------ formats
def us_date(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def eu_date(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def serial(d) -> int:
    return (d - D(1899, 12, 30)).days


def unix(t: dt.datetime) -> int:
    return calendar.timegm(t.timetuple())


def eu_money(x: float, thousands=".") -> str:
    text = f"{x:,.2f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ampm(t):
    return t.strftime("%I:%M %p")


def mmss(minutes: float) -> str:
    total = round(minutes * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def yes_no(flag, yes="Yes", no="No"):
    return yes if flag else no


def table_text(header, rows, delimiter=",", quote_all=False) -> str:
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter=delimiter,
        lineterminator="\n",
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


SF_FOOTER = (
    '\n"Grand Totals ({n} records)"\n""\n"Confidential Information - Do Not Distribute"\n'
    '"Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved."\n'
)


# ------------------------------------------------------------------------------------ the files
class Exports:
    """Collects each written file with its expected results."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.cases: list[dict] = []

    def add(
        self,
        file,
        system,
        table,
        fields,
        records,
        text,
        *,
        encoding="utf-8",
        newline="\n",
        concepts=(),
        context=(),
        by_id=False,
    ):
        data = text.replace("\n", newline).encode(encoding)
        (self.folder / file).write_bytes(data)
        rows = [{k: r.get(k) for k in fields} for r in records]
        case = dict(
            file=file,
            system=system,
            table=table,
            fields=list(fields),
            measures=measures(table, rows, list(fields), accounts_by_id=by_id),
            concepts=list(concepts),
            context=list(context),
            accounts_by_id=by_id,
            matched=len({r["account"] for r in records}) if by_id else None,
        )
        self.cases.append(case)


E_FIELDS = ("date", "account", "csm", "tag", "duration_min")


def write_engagements(x: Exports, rng, company):
    # Salesforce "Activities with Accounts" report: footer, tag inside the type, sales owner too.
    recs = engagements(rng, company, 18)
    words = {"proactive": ["Proactive check-in", "Proactive QBR"], "reactive": ["Reactive escalation call"]}
    rows = [
        [
            r["acc"].csm.name,
            us_date(r["date"]),
            rng.choice(["Follow-up", "Weekly sync", "Issue review"]),
            r["account"],
            r["acc"].owner.name,
            rng.choice(words[r["tag"]]),
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    text = table_text(
        ["Assigned", "Date", "Subject", "Account Name", "Account Owner", "Activity Type", "Duration"],
        rows,
        quote_all=True,
    )
    x.add(
        "salesforce_activity_report.csv",
        "Salesforce report",
        "engagements",
        E_FIELDS,
        recs,
        text + SF_FOOTER.format(n=len(rows)),
        newline="\r\n",
        concepts=["report footer", "tag inside a type", "account owner and CSM"],
    )

    # Salesforce Data Loader Task export: 18-char AccountId, OwnerId, Owner.Name, __c fields, seconds.
    recs = engagements(rng, company, 20, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    rows = [
        [
            _sfid(rng, "00T"),
            r["acc"].sfid,
            r["acc"].sfid,
            _sfid(rng, "005"),
            r["acc"].csm.name,
            r["date"].isoformat(),
            "Call",
            round(r["duration_min"] * 60),
            r["tag"].title(),
            rng.choice(["Onboarding", "Issue", "Renewal"]),
        ]
        for r in recs
    ]
    text = table_text(
        [
            "Id",
            "AccountId",
            "WhatId",
            "OwnerId",
            "Owner.Name",
            "ActivityDate",
            "Type",
            "CallDurationInSeconds",
            "Engagement_Type__c",
            "Subject",
        ],
        rows,
        quote_all=True,
    )
    x.add(
        "salesforce_tasks_dataloader.csv",
        "Salesforce Data Loader",
        "engagements",
        E_FIELDS,
        recs,
        text,
        concepts=["18-char ids", "account by id", "__c fields", "seconds"],
        context=["salesforce_accounts_dataloader.csv"],
        by_id=True,
    )

    # HubSpot calls with internal property names: ms durations, owner as e-mail.
    recs = engagements(rng, company, 16, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
        r["csm"] = r["acc"].csm.email
    rows = [
        [
            40100 + n,
            iso_z(r["moment"]),
            rng.choice(["Check-in", "Callback", "Kickoff"]),
            round(r["duration_min"] * 60000),
            r["account"],
            r["csm"],
            "proactive_outreach" if r["tag"] == "proactive" else "reactive_support",
            "COMPLETED",
        ]
        for n, r in enumerate(recs)
    ]
    text = table_text(
        [
            "Record ID",
            "hs_timestamp",
            "hs_call_title",
            "hs_call_duration",
            "Associated Company",
            "hubspot_owner_email",
            "hs_call_category",
            "hs_call_status",
        ],
        rows,
    )
    x.add(
        "hubspot_calls_properties.csv",
        "HubSpot",
        "engagements",
        E_FIELDS,
        recs,
        text,
        concepts=["hs_ properties", "milliseconds", "owner as e-mail", "tag inside longer text"],
    )

    # Gainsight timeline: "Activity Reason" carries the tag, minutes, author name and e-mail.
    recs = engagements(rng, company, 15)
    reasons = {
        "proactive": ["Proactive - Adoption", "Proactive - EBR"],
        "reactive": ["Reactive - Support Issue"],
    }
    rows = [
        [
            f"1I00{n:04d}",
            r["account"],
            r["moment"].strftime("%Y-%m-%d %H:%M"),
            r["type"],
            rng.choice(reasons[r["tag"]]),
            r["acc"].csm.name,
            r["acc"].csm.email,
            int(r["duration_min"]),
        ]
        for n, r in enumerate(recs)
    ]
    text = table_text(
        [
            "Activity ID",
            "Company Name",
            "Activity Date",
            "Activity Type",
            "Activity Reason",
            "Author Name",
            "Author Email",
            "Duration (mins)",
        ],
        rows,
    )
    x.add(
        "gainsight_timeline_activities.csv",
        "Gainsight",
        "engagements",
        E_FIELDS + ("type",),
        recs,
        text,
        concepts=["tag inside longer text", "unit suffix (mins)"],
    )

    # ChurnZero: both the sales "Account Owner" and the "CSM", TRUE/FALSE proactive flag.
    recs = engagements(rng, company, 14)
    rows = [
        [
            r["account"],
            f"CZ-{r['acc'].sfid[-6:]}",
            us_date(r["date"]),
            r["type"],
            r["acc"].owner.name,
            r["acc"].csm.name,
            yes_no(r["tag"] == "proactive", "TRUE", "FALSE"),
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    text = table_text(
        [
            "Account Name",
            "Account External ID",
            "Activity Date",
            "Activity Type",
            "Account Owner",
            "CSM",
            "Proactive",
            "Duration (min)",
        ],
        rows,
    )
    x.add(
        "churnzero_activities.csv",
        "ChurnZero",
        "engagements",
        E_FIELDS + ("type",),
        recs,
        text,
        concepts=["account owner and CSM", "boolean tag"],
    )

    # Totango touchpoints: the tag is one of several tags, owner as e-mail, "1h 30m" durations.
    recs = engagements(rng, company, 14)
    for r in recs:
        r["csm"] = r["acc"].csm.email
    tags = {"proactive": ["Proactive;Onboarding", "Adoption;Proactive"], "reactive": ["Reactive;Escalation"]}

    def hm(m):
        h, mm = divmod(int(m), 60)
        return f"{h}h {mm}m" if h else f"{mm}m"

    rows = [
        [
            r["account"],
            r["date"].isoformat(),
            r["type"],
            rng.choice(tags[r["tag"]]),
            r["csm"],
            hm(r["duration_min"]),
        ]
        for r in recs
    ]
    text = table_text(
        ["Account Name", "Touchpoint Date", "Touchpoint Type", "Touchpoint Tags", "Created By", "Duration"],
        rows,
    )
    x.add(
        "totango_touchpoints.csv",
        "Totango",
        "engagements",
        E_FIELDS,
        recs,
        text,
        concepts=["tag in a list of tags", "owner as e-mail"],
    )

    # Vitally notes: ISO times with Z, duration in seconds said by the header.
    recs = engagements(rng, company, 14)
    rows = [
        [r["account"], iso_z(r["moment"]), r["acc"].csm.name, r["tag"], int(r["duration_min"] * 60)]
        for r in recs
    ]
    text = table_text(["Account", "Date", "Author", "Category", "Duration (in seconds)"], rows)
    x.add(
        "vitally_notes.csv",
        "Vitally",
        "engagements",
        E_FIELDS,
        recs,
        text,
        concepts=["unit suffix (in seconds)"],
    )

    # Planhat conversations: owner as first + last name, "Jan 15, 2025" dates.
    recs = engagements(rng, company, 14)
    rows = [
        [
            r["account"],
            f"{EN_ABBR[r['date'].month - 1]} {r['date'].day}, {r['date'].year}",
            r["acc"].csm.first,
            r["acc"].csm.last,
            r["type"].lower(),
            "Proactive" if r["tag"] == "proactive" else "Reactive",
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    text = table_text(
        [
            "Company Name",
            "Date",
            "Owner First Name",
            "Owner Last Name",
            "Type",
            "Engagement",
            "Minutes",
        ],
        rows,
    )
    x.add(
        "planhat_conversations.csv",
        "Planhat",
        "engagements",
        E_FIELDS,
        recs,
        text,
        concepts=["first + last name", "month names"],
    )

    # A made-up dialer ("Callwise"): mm:ss talk time.
    recs = engagements(rng, company, 16, seconds=True)
    for r in recs:
        r["duration_min"] = round(r["duration_min"] * 60) / 60
    rows = [
        [
            f"CW{9000 + n}",
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            r["account"],
            r["acc"].csm.name,
            "Outbound - Proactive" if r["tag"] == "proactive" else "Inbound - Reactive",
            mmss(r["duration_min"]),
        ]
        for n, r in enumerate(recs)
    ]
    text = table_text(["Call ID", "Started", "Contact Company", "Agent", "Call Type", "Talk Time"], rows)
    x.add(
        "callwise_calls.csv",
        "Callwise (made-up dialer)",
        "engagements",
        E_FIELDS,
        recs,
        text,
        concepts=["mm:ss durations", "tag inside a type"],
    )

    # German Excel: ';', decimal comma, cp1252, hours.
    recs = engagements(rng, company, 15, minutes=(15, 30, 45, 60, 90, 120))
    rows = [
        [
            eu_date(r["date"], "."),
            r["account"],
            r["acc"].csm.name,
            "Proaktiv" if r["tag"] == "proactive" else "Reaktiv",
            eu_money(r["duration_min"] / 60),
            {"Call": "Telefonat", "Email": "E-Mail", "Meeting": "Termin"}[r["type"]],
        ]
        for r in recs
    ]
    text = table_text(["Datum", "Kunde", "Betreuer", "Kategorie", "Dauer (Std.)", "Art"], rows, delimiter=";")
    x.add(
        "excel_de_betreuung.csv",
        "Excel (German)",
        "engagements",
        E_FIELDS,
        recs,
        text,
        encoding="cp1252",
        concepts=["German headers", "decimal comma", "cp1252", "hours"],
    )

    # Mac Excel: Mac Roman, CR line ends, Excel serial dates.
    recs = engagements(rng, company, 15)
    rows = [
        [serial(r["date"]), r["account"], r["acc"].csm.name, r["tag"].title(), int(r["duration_min"])]
        for r in recs
    ]
    text = table_text(["Date", "Account", "CSM", "Proactive/Reactive", "Minutes"], rows)
    x.add(
        "mac_excel_tracker.csv",
        "Excel (Mac)",
        "engagements",
        E_FIELDS,
        recs,
        text,
        encoding="mac_roman",
        newline="\r",
        concepts=["Mac Roman", "CR line ends", "Excel serial dates"],
    )

    # French tracker: "11 janv. 2025" dates, UTF-8 with BOM, ';'.
    recs = engagements(rng, company, 15)
    rows = [
        [
            f"{r['date'].day} {FR_MONTHS[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            r["acc"].csm.name,
            "Proactif" if r["tag"] == "proactive" else "Réactif",
            {"Call": "Appel", "Email": "E-mail", "Meeting": "Réunion"}[r["type"]],
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    text = "\ufeff" + table_text(
        ["Date", "Client", "Responsable succès client", "Nature", "Type d'échange", "Durée (min)"],
        rows,
        delimiter=";",
    )
    x.add(
        "suivi_clients_fr.csv",
        "spreadsheet (French)",
        "engagements",
        E_FIELDS,
        recs,
        text,
        concepts=["French headers", "French month names"],
    )

    # A Notion database export: account names carry the linked page's address.
    recs = engagements(rng, company, 14)

    def notion(name):
        slug = name.replace(" ", "-")
        return f"{name} (https://www.notion.so/{slug}-{zlib.crc32(slug.encode()):08x})"

    rows = [
        [
            f"{r['type']} with {r['account']}",
            notion(r["account"]),
            r["acc"].csm.name,
            f"{calendar.month_name[r['date'].month]} {r['date'].day}, {r['date'].year}",
            "Yes" if r["tag"] == "proactive" else "No",
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    text = table_text(["Name", "Account", "CSM", "Date", "Proactive?", "Duration (min)"], rows)
    x.add(
        "notion_cs_log.csv",
        "Notion (not named in the list)",
        "engagements",
        E_FIELDS,
        recs,
        text,
        concepts=["names with link suffixes", "month names"],
    )

    # Dynamics 365 activities through the Web API: OData FormattedValue headers beside GUIDs.
    recs = engagements(rng, company, 14)
    fv = "@OData.Community.Display.V1.FormattedValue"
    rows = [
        [
            f"{rng.getrandbits(32):08x}-0000-4000-8000-{rng.getrandbits(48):012x}",
            f"{rng.getrandbits(32):08x}-1111-4000-8000-{rng.getrandbits(48):012x}",
            r["account"],
            f"{rng.getrandbits(32):08x}-2222-4000-8000-{rng.getrandbits(48):012x}",
            r["acc"].csm.name,
            iso_z(r["moment"]),
            int(r["duration_min"]),
            100000000 if r["tag"] == "proactive" else 100000001,
            r["tag"].title(),
        ]
        for r in recs
    ]
    text = table_text(
        [
            "activityid",
            "_regardingobjectid_value",
            "_regardingobjectid_value" + fv,
            "_ownerid_value",
            "_ownerid_value" + fv,
            "scheduledstart",
            "actualdurationminutes",
            "new_engagementtag",
            "new_engagementtag" + fv,
        ],
        rows,
    )
    x.add(
        "dynamics365_activities.csv",
        "Dynamics 365",
        "engagements",
        E_FIELDS,
        recs,
        text,
        concepts=["OData FormattedValue headers"],
    )

    # Italian team log: "15 gen 2025" dates, a made-up intranet tool.
    recs = engagements(rng, company, 12)
    it_abbr = [m[:3] for m in IT_MONTHS]
    rows = [
        [
            f"{r['date'].day} {it_abbr[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            r["acc"].csm.name,
            "Proattivo" if r["tag"] == "proactive" else "Reattivo",
            int(r["duration_min"]),
        ]
        for r in recs
    ]
    text = table_text(["Data", "Cliente", "Referente CS", "Tipo intervento", "Durata (min)"], rows, ";")
    x.add(
        "registro_attivita_it.csv",
        "intranet log (Italian)",
        "engagements",
        E_FIELDS,
        recs,
        text,
        concepts=["Italian headers", "Italian month names"],
    )


A_FIELDS = ("account", "csm", "arr", "renewal_date")


def account_records(company: list[Account], arr=lambda a: float(a.arr)) -> list[dict]:
    """Each account's canonical fields as a record (the account itself under ``acc``)."""
    return [
        dict(
            account=a.name,
            csm=a.csm.name,
            arr=arr(a),
            renewal_date=a.renewal_date,
            segment=a.segment,
            seats_purchased=a.seats,
            seats_active=a.seats_active,
            subscribed_on=a.subscribed_on,
            go_live_on=a.go_live_on,
            status=a.status,
            churned_on=a.churned_on,
            acc=a,
        )
        for a in company
    ]


def write_accounts(x: Exports, rng, company):
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["acc"].owner.name,
            r["csm"],
            f"${r['arr']:,.2f}",
            us_date(r["renewal_date"]),
            r["segment"],
            r["seats_purchased"],
        ]
        for r in recs
    ]
    text = table_text(
        [
            "Account Name",
            "Account Owner",
            "Customer Success Manager",
            "ARR",
            "Renewal Date",
            "Segment",
            "Seats Purchased",
        ],
        rows,
        quote_all=True,
    )
    x.add(
        "salesforce_account_report.csv",
        "Salesforce report",
        "accounts",
        A_FIELDS + ("segment", "seats_purchased"),
        recs,
        text + SF_FOOTER.format(n=len(rows)),
        newline="\r\n",
        concepts=["account owner and CSM", "report footer", "$ amounts"],
    )

    # The Data Loader account export other Salesforce files refer to by Id.
    rows = [
        [
            r["acc"].sfid,
            r["account"],
            _sfid(rng, "005"),
            r["acc"].owner.name,
            r["csm"],
            int(r["arr"]),
            r["renewal_date"].isoformat(),
            r["segment"],
            yes_no(r["status"] == "churned", "true", "false"),
        ]
        for r in recs
    ]
    text = table_text(
        [
            "Id",
            "Name",
            "OwnerId",
            "Owner.Name",
            "CSM__c",
            "ARR__c",
            "Renewal_Date__c",
            "Segment__c",
            "Churned__c",
        ],
        rows,
        quote_all=True,
    )
    x.add(
        "salesforce_accounts_dataloader.csv",
        "Salesforce Data Loader",
        "accounts",
        A_FIELDS + ("segment", "status"),
        recs,
        text,
        concepts=["18-char ids", "account owner and CSM", "__c fields", "Churn = true"],
    )

    # HubSpot companies: sales owner and CSM both as e-mail.
    recs = account_records(company)
    for r in recs:
        r["csm"] = r["acc"].csm.email
    rows = [
        [
            7000 + n,
            r["account"],
            r["acc"].owner.email,
            r["csm"],
            int(r["arr"]),
            r["renewal_date"].isoformat(),
            r["seats_purchased"],
        ]
        for n, r in enumerate(recs)
    ]
    text = table_text(
        [
            "Record ID",
            "Company name",
            "Company owner",
            "Customer Success Manager",
            "Annual recurring revenue",
            "Renewal date",
            "Number of licenses",
        ],
        rows,
    )
    x.add(
        "hubspot_companies.csv",
        "HubSpot",
        "accounts",
        A_FIELDS + ("seats_purchased",),
        recs,
        text,
        concepts=["account owner and CSM", "owner as e-mail"],
    )

    # ChartMogul customers: MRR, not ARR; Cancelled means churned.
    recs = account_records(company)
    rows = [
        [
            f"cus_{r['acc'].sfid[-8:].lower()}",
            r["account"],
            "Cancelled" if r["status"] == "churned" else "Active",
            r["subscribed_on"].isoformat(),
            f"{r['acc'].mrr:.2f}",
            "USD",
        ]
        for r in recs
    ]
    text = table_text(["UUID", "Name", "Status", "Customer since", "MRR", "Currency"], rows)
    x.add(
        "chartmogul_customers.csv",
        "ChartMogul",
        "accounts",
        ("account", "arr", "status", "subscribed_on"),
        recs,
        text,
        concepts=["MRR instead of ARR", "Cancelled = churned"],
    )

    # Stripe subscriptions: amounts in cents per interval, unix timestamps.
    recs = account_records(company)
    rows = []
    for r in recs:
        yearly = r["acc"].mrr >= 2000
        canceled = r["churned_on"]
        rows.append(
            [
                f"sub_{r['acc'].sfid[-10:]}",
                f"cus_{r['acc'].sfid[-8:]}",
                r["account"],
                "canceled" if canceled else "active",
                unix(TS.combine(r["subscribed_on"], dt.time(12, 0))),
                unix(TS.combine(canceled, dt.time(12, 0))) if canceled else "",
                "year" if yearly else "month",
                r["acc"].arr * 100 if yearly else r["acc"].mrr * 100,
                "usd",
            ]
        )
    text = table_text(
        [
            "id",
            "customer",
            "customer_name",
            "status",
            "created",
            "canceled_at",
            "plan_interval",
            "plan_amount",
            "currency",
        ],
        rows,
    )
    x.add(
        "stripe_subscriptions.csv",
        "Stripe",
        "accounts",
        ("account", "arr", "status", "subscribed_on", "churned_on"),
        recs,
        text,
        concepts=["amounts in cents", "per-interval amounts annualised", "unix timestamps"],
    )

    # Spanish spreadsheet: cp1252, ';', "12.000,00 €", Baja = churned.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            eu_money(r["arr"]) + " €",
            eu_date(r["renewal_date"]),
            "Baja" if r["status"] == "churned" else "Activo",
            r["segment"],
        ]
        for r in recs
    ]
    text = table_text(
        ["Cliente", "Gestor de éxito", "ARR (€)", "Fecha de renovación", "Estado", "Segmento"], rows, ";"
    )
    x.add(
        "cuentas_es.csv",
        "Excel (Spanish)",
        "accounts",
        A_FIELDS + ("status", "segment"),
        recs,
        text,
        encoding="cp1252",
        concepts=["Spanish headers", "Baja = churned", "euro amounts"],
    )

    # Portuguese CRM export: Cancelado = churned, seats as "Licenças".
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["csm"],
            eu_money(r["arr"]),
            eu_date(r["renewal_date"]),
            r["seats_purchased"],
            "Cancelado" if r["status"] == "churned" else "Ativo",
        ]
        for r in recs
    ]
    text = table_text(
        [
            "Cliente",
            "Responsável CS",
            "Receita recorrente anual",
            "Data de renovação",
            "Licenças",
            "Situação",
        ],
        rows,
        ";",
    )
    x.add(
        "clientes_pt.csv",
        "CRM (Portuguese)",
        "accounts",
        A_FIELDS + ("seats_purchased", "status"),
        recs,
        text,
        concepts=["Portuguese headers", "Cancelado = churned"],
    )

    # A made-up renewals report: month-year renewal dates, Churn = Yes.
    recs = account_records(company)
    for r in recs:
        r["renewal_date"] = r["renewal_date"].replace(day=1)
    rows = [
        [
            r["account"],
            f"{EN_ABBR[r['renewal_date'].month - 1]}-{r['renewal_date'].year % 100:02d}",
            int(r["arr"]),
            r["csm"],
            r["seats_purchased"],
            yes_no(r["status"] == "churned"),
        ]
        for r in recs
    ]
    text = table_text(["Customer", "Renewal Month", "Current ARR", "CSM", "Seats", "Churn"], rows)
    x.add(
        "renewalhub_renewals.csv",
        "RenewalHub (made-up)",
        "accounts",
        A_FIELDS + ("seats_purchased", "status"),
        recs,
        text,
        concepts=["month-year values", "Churn = Yes", "renewals report"],
    )

    # Gainsight companies: onboarding dates and licensed/active users.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            f"1P02{n:010d}",
            int(r["arr"]),
            r["renewal_date"].isoformat(),
            r["csm"],
            r["subscribed_on"].isoformat(),
            r["go_live_on"].isoformat(),
            r["seats_purchased"],
            r["seats_active"],
        ]
        for n, r in enumerate(recs)
    ]
    text = table_text(
        [
            "Company Name",
            "GSID",
            "ARR",
            "Renewal Date",
            "CSM Name",
            "Original Contract Date",
            "Go Live Date",
            "Licensed Users",
            "Active Users",
        ],
        rows,
    )
    x.add(
        "gainsight_companies.csv",
        "Gainsight",
        "accounts",
        A_FIELDS + ("subscribed_on", "go_live_on", "seats_purchased", "seats_active"),
        recs,
        text,
        concepts=["onboarding dates", "licensed vs active users"],
    )

    # Vitally accounts: MRR, an account executive beside the CSM, churned true/false.
    recs = account_records(company)
    rows = [
        [
            r["account"],
            r["acc"].sfid[-8:],
            r["acc"].mrr,
            r["renewal_date"].isoformat(),
            r["csm"],
            r["acc"].owner.name,
            r["segment"],
            yes_no(r["status"] == "churned", "true", "false"),
        ]
        for r in recs
    ]
    text = table_text(
        [
            "Account Name",
            "Account ID",
            "MRR",
            "Next Renewal Date",
            "CSM",
            "Account Executive",
            "Segment",
            "Churned",
        ],
        rows,
    )
    x.add(
        "vitally_accounts.csv",
        "Vitally",
        "accounts",
        A_FIELDS + ("segment", "status"),
        recs,
        text,
        concepts=["MRR instead of ARR", "account executive and CSM"],
    )


def write_team(x: Exports, rng, _company=None):
    recs = [dict(csm=p.name, hourly_rate=p.rate, role=p.role, team=p.team) for p in CSMS]
    rows = [[p.first, p.last, p.role, p.team, f"{p.rate:.2f}"] for p in CSMS]
    text = table_text(["First Name", "Last Name", "Job Title", "Department", "Hourly Rate"], rows)
    x.add(
        "bamboohr_directory.csv",
        "BambooHR (not named in the list)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        text,
        concepts=["first + last name"],
    )
    rows = [[p.name, eu_money(p.rate), p.team, p.role] for p in CSMS]
    text = table_text(["Mitarbeiter", "Stundensatz (€)", "Team", "Rolle"], rows, ";")
    x.add(
        "stundensaetze_de.csv",
        "Excel (German)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        text,
        encoding="cp1252",
        concepts=["German headers", "decimal comma"],
    )
    rows = [[p.name, f"${p.rate:.0f}/hr", p.team, p.role] for p in CSMS]
    text = table_text(["Employee", "Billing rate (USD/hr)", "Pod", "Title"], rows)
    x.add(
        "finance_billing_rates.csv",
        "finance sheet (made-up)",
        "team",
        ("csm", "hourly_rate", "role"),
        recs,
        text,
        concepts=["unit suffix (USD/hr)"],
    )


T_FIELDS = ("ticket_id", "account", "opened_at", "closed_at")


def write_tickets(x: Exports, rng, company):
    # Zendesk: Solved at is the resolution; Closed tickets were solved earlier; Updated at is later.
    recs = tickets(rng, company, 18)
    rows = []
    for r in recs:
        solved = r["closed_at"]
        status = rng.choice(["open", "pending"]) if solved is None else rng.choice(["solved", "closed"])
        updated = (solved or r["opened_at"]) + dt.timedelta(days=rng.randrange(1, 5))
        fmt = "%Y-%m-%d %H:%M:%S"
        rows.append(
            [
                r["ticket_id"],
                rng.choice(["Login fails", "Export broken", "Question about SSO"]),
                status,
                r["priority"].lower(),
                f"user@{r['account'].split()[0].lower()}.example",
                r["account"],
                r["acc"].csm.name,
                r["opened_at"].strftime(fmt),
                updated.strftime(fmt),
                solved.strftime(fmt) if solved else "",
            ]
        )
    text = table_text(
        [
            "Id",
            "Subject",
            "Status",
            "Priority",
            "Requester",
            "Organization",
            "Assignee",
            "Created at",
            "Updated at",
            "Solved at",
        ],
        rows,
    )
    x.add(
        "zendesk_tickets_export.csv",
        "Zendesk",
        "tickets",
        T_FIELDS,
        recs,
        text,
        concepts=["Solved vs Closed", "Updated at is not a resolution"],
    )

    # Freshdesk: Resolved time vs a later Closed time, and a Due by time.
    recs = tickets(rng, company, 16)
    rows = []
    for r in recs:
        resolved = r["closed_at"]
        closed = resolved + dt.timedelta(days=2) if resolved and rng.random() < 0.6 else None
        status = "Open" if resolved is None else ("Closed" if closed else "Resolved")
        fmt = "%Y-%m-%d %H:%M:%S"
        rows.append(
            [
                r["ticket_id"],
                "Cannot export report",
                status,
                r["priority"],
                "Email",
                r["acc"].csm.name,
                (r["opened_at"] + dt.timedelta(days=1)).strftime(fmt),
                r["opened_at"].strftime(fmt),
                resolved.strftime(fmt) if resolved else "",
                closed.strftime(fmt) if closed else "",
                r["account"],
            ]
        )
    text = table_text(
        [
            "Ticket ID",
            "Subject",
            "Status",
            "Priority",
            "Source",
            "Agent",
            "Due by Time",
            "Created time",
            "Resolved time",
            "Closed time",
            "Company Name",
        ],
        rows,
    )
    x.add(
        "freshdesk_tickets.csv",
        "Freshdesk",
        "tickets",
        T_FIELDS,
        recs,
        text,
        concepts=["Resolved vs later Closed"],
    )

    # Jira Service Management: Custom field (Organizations), "15/Jan/25 9:30 AM", later Closed.
    recs = tickets(rng, company, 15, prefix="SUP-")

    def jira(t):
        return f"{t.day:02d}/{EN_ABBR[t.month - 1]}/{t.year % 100:02d} {t.strftime('%I:%M %p')}"

    rows = []
    for n, r in enumerate(recs):
        resolved = r["closed_at"]
        closed = resolved + dt.timedelta(days=3) if resolved else None
        rows.append(
            [
                rng.choice(["VPN down", "Billing question", "Data sync failing"]),
                r["ticket_id"],
                20000 + n,
                "[System] Incident",
                "Closed" if closed else "Waiting for support",
                r["priority"],
                jira(r["opened_at"]),
                jira(resolved) if resolved else "",
                r["account"],
                jira(closed) if closed else "",
            ]
        )
    text = table_text(
        [
            "Summary",
            "Issue key",
            "Issue id",
            "Issue Type",
            "Status",
            "Priority",
            "Created",
            "Resolved",
            "Custom field (Organizations)",
            "Custom field (Closed)",
        ],
        rows,
    )
    x.add(
        "jira_service_management.csv",
        "Jira Service Management",
        "tickets",
        T_FIELDS,
        recs,
        text,
        concepts=["Custom field (…) wrapper", "Resolved vs later Closed", "dd/Mon/yy times"],
    )

    # Intercom conversations: unix timestamps.
    recs = tickets(rng, company, 15)
    rows = [
        [
            f"21{r['ticket_id']}",
            r["account"],
            unix(r["opened_at"]),
            unix(r["closed_at"]) if r["closed_at"] else "",
            "closed" if r["closed_at"] else "open",
            r["acc"].csm.name,
        ]
        for r in recs
    ]
    for r in recs:
        r["ticket_id"] = f"21{r['ticket_id']}"
    text = table_text(
        ["Conversation ID", "Company name", "Created at", "Closed at", "State", "Assignee"], rows
    )
    x.add(
        "intercom_conversations.csv",
        "Intercom",
        "tickets",
        T_FIELDS,
        recs,
        text,
        concepts=["unix timestamps"],
    )

    # Salesforce cases through the API: AccountId only, IsEscalated.
    recs = tickets(rng, company, 15)
    fmt = "%Y-%m-%dT%H:%M:%S.000+0000"
    rows = [
        [
            _sfid(rng, "500"),
            f"0000{r['ticket_id']}",
            r["acc"].sfid,
            "Closed" if r["closed_at"] else "New",
            r["priority"],
            yes_no(r["escalated"], "true", "false"),
            r["opened_at"].strftime(fmt),
            r["closed_at"].strftime(fmt) if r["closed_at"] else "",
        ]
        for r in recs
    ]
    for r in recs:
        r["ticket_id"] = f"0000{r['ticket_id']}"
    text = table_text(
        ["Id", "CaseNumber", "AccountId", "Status", "Priority", "IsEscalated", "CreatedDate", "ClosedDate"],
        rows,
    )
    x.add(
        "salesforce_cases_api.csv",
        "Salesforce API",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        text,
        concepts=["account by id", "18-char ids"],
        context=["salesforce_accounts_dataloader.csv"],
        by_id=True,
    )

    # Dutch help desk (made-up): "15-01-2025 09:30", Ja/Nee escalations.
    recs = tickets(rng, company, 14, prefix="T-")

    def nl(t):
        return t.strftime("%d-%m-%Y %H:%M")

    rows = [
        [
            r["ticket_id"],
            r["account"],
            nl(r["opened_at"]),
            nl(r["closed_at"]) if r["closed_at"] else "",
            yes_no(r["escalated"], "Ja", "Nee"),
        ]
        for r in recs
    ]
    text = table_text(["Ticketnummer", "Klant", "Aangemaakt op", "Opgelost op", "Geëscaleerd"], rows, ";")
    x.add(
        "meldingen_nl.csv",
        "help desk (Dutch, made-up)",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        text,
        concepts=["Dutch headers", "Ja/Nee"],
    )


S_FIELDS = ("account", "date", "score")


def write_surveys(x: Exports, rng, company):
    # SurveyMonkey: two header rows.
    recs = surveys(rng, company, 16)
    q = "How likely is it that you would recommend Northbeam to a friend or colleague?"
    header = [
        "Respondent ID",
        "Collector ID",
        "Start Date",
        "End Date",
        "Email Address",
        "Company",
        q,
        "Why?",
    ]
    second = ["", "", "", "", "", "Open-Ended Response", "Response", "Open-Ended Response"]
    rows = [second] + [
        [
            114000000 + n,
            431000000,
            r["moment"].strftime("%m/%d/%Y %I:%M:%S %p"),
            (r["moment"] + dt.timedelta(minutes=3)).strftime("%m/%d/%Y %I:%M:%S %p"),
            r["respondent"],
            r["account"],
            r["score"],
            r["comment"] or "",
        ]
        for n, r in enumerate(recs)
    ]
    x.add(
        "surveymonkey_nps_export.csv",
        "SurveyMonkey",
        "surveys",
        S_FIELDS + ("respondent", "comment"),
        recs,
        table_text(header, rows),
        concepts=["two header rows"],
    )

    # Qualtrics: three header rows (names, question texts, ImportId JSON).
    recs = surveys(rng, company, 16)
    header = ["StartDate", "EndDate", "RecipientEmail", "ResponseId", "Q1", "Q1_NPS_GROUP", "Q2", "Q3"]
    texts = [
        "Start Date",
        "End Date",
        "Recipient Email",
        "Response ID",
        "How likely are you to recommend Northbeam to a colleague?",
        "How likely are you to recommend Northbeam to a colleague? - Group",
        "What is the main reason for your score?",
        "Which company do you work for?",
    ]
    ids = [json.dumps({"ImportId": i}) for i in ("startDate", "endDate", "recipientEmail", "_recordId")]
    ids += [json.dumps({"ImportId": q}) for q in ("QID1", "QID1_NPS_GROUP", "QID2_TEXT", "QID3_TEXT")]

    def group(s):
        return "Promoter" if s >= 9 else ("Detractor" if s <= 6 else "Passive")

    rows = [texts, ids] + [
        [
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            (r["moment"] + dt.timedelta(minutes=2)).strftime("%Y-%m-%d %H:%M:%S"),
            r["respondent"],
            f"R_{rng.getrandbits(40):x}",
            r["score"],
            group(r["score"]),
            r["comment"] or "",
            r["account"],
        ]
        for r in recs
    ]
    x.add(
        "qualtrics_nps_export.csv",
        "Qualtrics",
        "surveys",
        S_FIELDS + ("respondent", "comment"),
        recs,
        table_text(header, rows),
        concepts=["three header rows", "NPS group beside the score"],
    )

    # Typeform: questions as headers, "#" token, submit date in UTC.
    recs = surveys(rng, company, 15)
    header = [
        "#",
        "On a scale from 0 to 10, how likely are you to recommend Northbeam to a friend or colleague?",
        "What's your company name?",
        "What could we do better?",
        "Email",
        "Start Date (UTC)",
        "Submit Date (UTC)",
        "Network ID",
    ]
    rows = [
        [
            f"{rng.getrandbits(64):016x}",
            r["score"],
            r["account"],
            r["comment"] or "",
            r["respondent"],
            (r["moment"] - dt.timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S"),
            r["moment"].strftime("%Y-%m-%d %H:%M:%S"),
            f"{rng.getrandbits(40):010x}",
        ]
        for r in recs
    ]
    x.add(
        "typeform_nps.csv",
        "Typeform",
        "surveys",
        S_FIELDS + ("respondent", "comment"),
        recs,
        table_text(header, rows),
        concepts=["question texts as headers"],
    )

    # Delighted: unix "Created At", the company as a person property.
    recs = surveys(rng, company, 15)
    rows = [
        [
            9100 + n,
            r["respondent"],
            r["score"],
            r["comment"] or "",
            unix(r["moment"]),
            r["account"],
        ]
        for n, r in enumerate(recs)
    ]
    x.add(
        "delighted_responses.csv",
        "Delighted",
        "surveys",
        S_FIELDS + ("respondent", "comment"),
        recs,
        table_text(["Response ID", "Email", "Score", "Comment", "Created At", "Properties: Company"], rows),
        concepts=["unix timestamps", "a property wrapper"],
    )

    # Google Forms (UK sheet): day-first timestamps, Yes/No recommend.
    recs = surveys(rng, company, 16)
    rows = [
        [
            r["moment"].strftime("%d/%m/%Y %H:%M:%S"),
            r["respondent"],
            r["account"],
            yes_no(r["recommend"]),
            r["comment"] or "",
        ]
        for r in recs
    ]
    header = [
        "Timestamp",
        "Email address",
        "Company",
        "Would you recommend Northbeam to a colleague?",
        "Anything else?",
    ]
    x.add(
        "google_forms_feedback.csv",
        "Google Forms",
        "surveys",
        ("account", "date", "recommend", "respondent", "comment"),
        recs,
        table_text(header, rows),
        concepts=["yes/no recommend", "day-first timestamps"],
    )

    # Dutch survey tool (made-up).
    recs = surveys(rng, company, 14)
    rows = [
        [eu_date(r["date"], "-"), r["account"], r["score"], r["comment"] or "", r["respondent"]] for r in recs
    ]
    x.add(
        "klanttevredenheid_nl.csv",
        "survey tool (Dutch, made-up)",
        "surveys",
        S_FIELDS + ("comment", "respondent"),
        recs,
        table_text(["Datum", "Klant", "Score (0-10)", "Toelichting", "E-mailadres"], rows, ";"),
        concepts=["Dutch headers"],
    )

    # Italian NPS export: "15 gennaio 2025".
    recs = surveys(rng, company, 12)
    rows = [
        [
            r["account"],
            r["score"],
            f"{r['date'].day} {IT_MONTHS[r['date'].month - 1]} {r['date'].year}",
            r["comment"] or "",
        ]
        for r in recs
    ]
    x.add(
        "nps_clienti_it.csv",
        "survey tool (Italian, made-up)",
        "surveys",
        S_FIELDS + ("comment",),
        recs,
        table_text(["Azienda", "Punteggio NPS", "Data risposta", "Commento"], rows, ";"),
        concepts=["Italian headers", "Italian month names"],
    )


def write_usage(x: Exports, rng, company):
    # Pendo: "visitors" are active users.
    recs = weekly_usage(rng, company[:6], 4)
    rows = [
        [
            r["account"],
            r["date"].isoformat(),
            int(r["active_users"]),
            int(r["events"]),
            rng.randrange(100, 900),
        ]
        for r in recs
    ]
    x.add(
        "pendo_account_activity.csv",
        "Pendo",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(["Account Name", "Week", "Visitors", "Events", "Minutes"], rows),
        concepts=["visitors for users"],
    )

    # Mixpanel: one row per feature (event name) and day.
    recs = []
    for r in weekly_usage(rng, company[:5], 3):
        for feature in rng.sample(["Report Exported", "Dashboard Viewed", "Alert Created"], 2):
            recs.append(dict(r, feature=feature, events=float(rng.randrange(5, 400))))
    rows = [
        [r["feature"], r["account"], r["date"].isoformat(), int(r["active_users"]), int(r["events"])]
        for r in recs
    ]
    x.add(
        "mixpanel_insights.csv",
        "Mixpanel",
        "usage",
        ("account", "date", "feature", "active_users", "events"),
        recs,
        table_text(["Event", "Company", "Date", "Unique Users", "Total Events"], rows),
        concepts=["feature per row"],
    )

    # Amplitude chart export: wide, one column per week.
    recs = weekly_usage(rng, company[:7], 6)
    weeks = sorted({r["date"] for r in recs})
    by = {(r["account"], r["date"]): r for r in recs}
    rows = [[a.name] + [int(by[(a.name, w)]["active_users"]) for w in weeks] for a in company[:7]]
    x.add(
        "amplitude_weekly_active.csv",
        "Amplitude",
        "usage",
        ("account", "date", "active_users"),
        recs,
        table_text(["Company"] + [w.isoformat() for w in weeks], rows),
        concepts=["wide layout (a column per week)"],
    )

    # Italian monthly usage: month-year values in Italian.
    recs = []
    for a in company[:6]:
        for m in (1, 2, 3):
            recs.append(
                dict(
                    account=a.name,
                    date=D(2025, m, 1),
                    active_users=float(rng.randrange(3, a.seats)),
                    events=float(rng.randrange(100, 9000)),
                )
            )
    rows = [
        [
            r["account"],
            f"{IT_MONTHS[r['date'].month - 1]} {r['date'].year}",
            int(r["active_users"]),
            eu_money(r["events"]).removesuffix(",00"),
        ]
        for r in recs
    ]
    x.add(
        "utilizzo_mensile_it.csv",
        "spreadsheet (Italian)",
        "usage",
        ("account", "date", "active_users", "events"),
        recs,
        table_text(["Cliente", "Mese", "Utenti attivi", "Transazioni"], rows, ";"),
        concepts=["month-year values", "Italian month names", "thousands dots"],
    )

    # A made-up product-analytics API dump: snake_case, epoch seconds.
    recs = weekly_usage(rng, company[:5], 3)
    for r in recs:
        r["feature"] = rng.choice(["sso", "api", "reports"])
    rows = [
        [
            r["account"].lower().replace(" ", "_"),
            r["account"],
            unix(TS.combine(r["date"], dt.time(12))),
            int(r["active_users"]),
            int(r["events"]),
            r["feature"],
        ]
        for r in recs
    ]
    x.add(
        "appmetrics_daily.csv",
        "AppMetrics (made-up)",
        "usage",
        ("account", "date", "active_users", "events", "feature"),
        recs,
        table_text(["org_slug", "org_name", "ts", "dau", "event_count", "feature_key"], rows),
        concepts=["snake_case API names", "epoch seconds"],
    )


R_FIELDS = ("account", "date", "kind", "amount")


def write_revenue(x: Exports, rng, company):
    # ChartMogul activities through the API: signed MRR movements in cents.
    recs = revenue(rng, company, 18, kinds=["new", "expansion", "contraction", "churn", "reactivation"])
    words = {
        "new": "new_biz",
        "expansion": "expansion",
        "contraction": "contraction",
        "churn": "churn",
        "reactivation": "reactivation",
    }
    sign = {"contraction": -1, "churn": -1}
    rows = [
        [
            r["date"].isoformat() + "T00:00:00+00:00",
            r["account"],
            f"cus_{r['acc'].sfid[-8:].lower()}",
            words[r["kind"]],
            sign.get(r["kind"], 1) * r["mrr"] * 100,
            "USD",
        ]
        for r in recs
    ]
    for r in recs:  # reactivation counts as new business
        r["kind"] = "new" if r["kind"] == "reactivation" else r["kind"]
    x.add(
        "chartmogul_activities.csv",
        "ChartMogul",
        "revenue",
        R_FIELDS,
        recs,
        table_text(
            ["date", "customer-name", "customer-uuid", "type", "activity-mrr-movement", "currency"], rows
        ),
        concepts=["MRR movements", "amounts in cents", "signed movements", "reactivation = new"],
    )

    # Salesforce opportunities report: Type words, $ amounts, footer.
    recs = revenue(rng, company, 15)
    words = {
        "new": "New Business",
        "renewal": "Renewal",
        "expansion": "Upsell",
        "contraction": "Downgrade",
        "churn": "Cancellation",
    }
    rows = [
        [
            f"{r['account']} - {words[r['kind']]}",
            r["account"],
            us_date(r["date"]),
            words[r["kind"]],
            "Closed Won",
            f"${r['amount']:,.2f}",
            r["acc"].owner.name,
        ]
        for r in recs
    ]
    text = table_text(
        ["Opportunity Name", "Account Name", "Close Date", "Type", "Stage", "Amount", "Opportunity Owner"],
        rows,
        quote_all=True,
    )
    x.add(
        "salesforce_opportunities_report.csv",
        "Salesforce report",
        "revenue",
        R_FIELDS,
        recs,
        text + SF_FOOTER.format(n=len(rows)),
        newline="\r\n",
        concepts=["revenue-kind words", "report footer"],
    )

    # HubSpot deals with a revenue type property.
    recs = revenue(rng, company, 14)
    words = {
        "new": "New business",
        "renewal": "Renewal",
        "expansion": "Upgrade",
        "contraction": "Downgrade",
        "churn": "Cancellation",
    }
    rows = [
        [
            f"Deal {n}",
            r["account"],
            r["date"].isoformat() + " 10:00",
            words[r["kind"]],
            int(r["amount"]),
            r["acc"].owner.email,
        ]
        for n, r in enumerate(recs)
    ]
    x.add(
        "hubspot_deals.csv",
        "HubSpot",
        "revenue",
        R_FIELDS,
        recs,
        table_text(
            ["Deal Name", "Associated Company", "Close Date", "Revenue Type", "Amount", "Deal owner"], rows
        ),
        concepts=["revenue-kind words (upgrade/downgrade/cancellation)"],
    )

    # French ARR movements: "11 janv. 2025", "12 000,00".
    recs = revenue(rng, company, 14)
    words = {
        "new": "Nouveau client",
        "renewal": "Renouvellement",
        "expansion": "Extension",
        "contraction": "Réduction",
        "churn": "Résiliation",
    }
    rows = [
        [
            f"{r['date'].day} {FR_MONTHS[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            words[r["kind"]],
            eu_money(r["amount"], " "),
        ]
        for r in recs
    ]
    x.add(
        "mouvements_arr_fr.csv",
        "spreadsheet (French)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Date", "Client", "Type de mouvement", "Montant ARR (€)"], rows, ";"),
        encoding="cp1252",
        concepts=["French headers", "French month names", "revenue-kind words"],
    )

    # German MRR changes: "12 März 2024", signed, MRR.
    recs = revenue(rng, company, 14)
    words = {
        "new": "Neukunde",
        "renewal": "Verlängerung",
        "expansion": "Upgrade",
        "contraction": "Downgrade",
        "churn": "Kündigung",
    }
    rows = [
        [
            f"{r['date'].day} {DE_MONTHS[r['date'].month - 1]} {r['date'].year}",
            r["account"],
            words[r["kind"]],
            eu_money((-1 if r["kind"] in ("contraction", "churn") else 1) * r["mrr"]),
        ]
        for r in recs
    ]
    x.add(
        "mrr_bewegungen_de.csv",
        "spreadsheet (German)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["Datum", "Kunde", "Art", "MRR-Änderung (€)"], rows, ";"),
        encoding="cp1252",
        concepts=["German month names", "MRR instead of ARR", "signed movements"],
    )

    # A made-up billing tool: month values "2025-01", signed mrr deltas.
    recs = revenue(rng, company, 14, kinds=["new", "expansion", "contraction", "churn"], monthly=True)
    words = {"new": "new", "expansion": "expansion", "contraction": "contraction", "churn": "churned"}
    rows = [
        [
            r["date"].strftime("%Y-%m"),
            r["account"],
            words[r["kind"]],
            f"{(-1 if r['kind'] in ('contraction', 'churn') else 1) * r['mrr']:.2f}",
        ]
        for r in recs
    ]
    x.add(
        "ledgerly_mrr_movements.csv",
        "Ledgerly (made-up billing)",
        "revenue",
        R_FIELDS,
        recs,
        table_text(["month", "account_name", "movement", "mrr_delta"], rows),
        concepts=["month-year values", "MRR instead of ARR", "signed movements"],
    )


P_FIELDS = ("account", "item", "kind", "status", "dimension", "due_date")


def write_plans(x: Exports, rng, company):
    # Gainsight success plans: Objective/Task/Risk, Closed Success, "Reason", "Modified Date".
    recs = plans(rng, company, 16)
    kinds = {"goal": "Objective", "step": "Task", "blocker": "Risk"}
    statuses = {"open": ["New", "Work In Progress"], "done": ["Closed Success"], "at risk": ["At Risk"]}
    rows = [
        [
            r["account"],
            f"{r['account']} FY25 plan",
            r["item"],
            kinds[r["kind"]],
            rng.choice(statuses[r["status"]]),
            r["dimension"],
            us_date(r["due_date"]),
            us_date(r["reviewed_on"]),
            r["owner"],
        ]
        for r in recs
    ]
    x.add(
        "gainsight_success_plans.csv",
        "Gainsight",
        "plans",
        P_FIELDS + ("reviewed_on", "owner"),
        recs,
        table_text(
            [
                "Company Name",
                "Success Plan Name",
                "Name",
                "Type",
                "Status",
                "Reason",
                "Due Date",
                "Modified Date",
                "Owner",
            ],
            rows,
        ),
        concepts=["Closed Success = done", "Reason for dimension", "Modified Date for reviewed"],
    )

    # Vitally projects: Completed / In progress / At risk.
    recs = plans(rng, company, 15)
    statuses = {"open": ["Not started", "In progress"], "done": ["Completed"], "at risk": ["At risk"]}
    rows = [
        [
            r["account"],
            r["item"],
            r["kind"].title(),
            rng.choice(statuses[r["status"]]),
            r["due_date"].isoformat(),
        ]
        for r in recs
    ]
    x.add(
        "vitally_projects.csv",
        "Vitally",
        "plans",
        ("account", "item", "kind", "status", "due_date"),
        recs,
        table_text(["Account", "Task", "Task Type", "Status", "Due Date"], rows),
        concepts=["Completed = done"],
    )

    # Portuguese account plan.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Objetivo", "step": "Passo", "blocker": "Bloqueio"}
    statuses = {"open": "Aberto", "done": "Concluído", "at risk": "Em risco"}
    rows = [
        [
            r["account"],
            r["item"],
            kinds[r["kind"]],
            r["dimension"],
            statuses[r["status"]],
            r["owner"],
            eu_date(r["due_date"]),
        ]
        for r in recs
    ]
    x.add(
        "plano_de_conta_pt.csv",
        "spreadsheet (Portuguese)",
        "plans",
        P_FIELDS + ("owner",),
        recs,
        table_text(["Cliente", "Item", "Tipo", "Dimensão", "Estado", "Responsável", "Prazo"], rows, ";"),
        concepts=["Portuguese headers", "status vocabulary"],
    )

    # Italian Excel plan: ';', cp1252, Excel serial due dates.
    recs = plans(rng, company, 14)
    kinds = {"goal": "Obiettivo", "step": "Passo", "blocker": "Ostacolo"}
    statuses = {"open": "Aperto", "done": "Completato", "at risk": "A rischio"}
    rows = [
        [
            r["account"],
            r["item"],
            kinds[r["kind"]],
            r["dimension"],
            statuses[r["status"]],
            serial(r["due_date"]),
        ]
        for r in recs
    ]
    x.add(
        "piano_account_it.csv",
        "Excel (Italian)",
        "plans",
        P_FIELDS,
        recs,
        table_text(["Cliente", "Voce", "Tipo", "Dimensione", "Stato", "Scadenza"], rows, ";"),
        encoding="cp1252",
        concepts=["Italian headers", "Excel serial dates", "status vocabulary"],
    )

    # Planhat objectives: English words, On track / Achieved / Off track.
    recs = plans(rng, company, 14)
    statuses = {"open": "On track", "done": "Achieved", "at risk": "Off track"}
    rows = [
        [r["account"], r["item"], r["kind"].title(), statuses[r["status"]], r["dimension"], r["owner"]]
        for r in recs
    ]
    x.add(
        "planhat_objectives.csv",
        "Planhat",
        "plans",
        ("account", "item", "kind", "status", "dimension", "owner"),
        recs,
        table_text(["Company", "Objective", "Kind", "Health", "Category", "Owner"], rows),
        concepts=["status vocabulary (Achieved, Off track)"],
    )


def write_more(x: Exports, rng, company):
    """Later additions, drawn after the others so the files above keep their records."""
    # Gainsight risk CTAs: escalations with Closed Success / Closed Lost and an "Is Escalated" flag.
    recs = tickets(rng, company, 14, prefix="CTA-")
    rows = [
        [
            r["ticket_id"],
            r["account"],
            "Risk",
            rng.choice(["Closed Success", "Closed Lost"])
            if r["closed_at"]
            else rng.choice(["Open", "Work In Progress"]),
            r["priority"],
            us_date(r["opened_at"].date()) + " " + ampm(r["opened_at"]),
            us_date(r["closed_at"].date()) + " " + ampm(r["closed_at"]) if r["closed_at"] else "",
            yes_no(r["escalated"], "true", "false"),
            r["acc"].csm.name,
        ]
        for r in recs
    ]
    x.add(
        "gainsight_cta_risks.csv",
        "Gainsight",
        "tickets",
        T_FIELDS + ("escalated",),
        recs,
        table_text(
            [
                "CTA ID",
                "Company Name",
                "Type",
                "Status",
                "Priority",
                "Created Date",
                "Closed Date",
                "Is Escalated",
                "Owner Name",
            ],
            rows,
        ),
        concepts=["CTAs as escalations", "Closed Success / Closed Lost", "12-hour clock"],
    )

    # HubSpot tickets: owner as e-mail, a pipeline stage beside the status.
    recs = tickets(rng, company, 14)
    fmt = "%Y-%m-%d %H:%M"
    rows = [
        [
            r["ticket_id"],
            rng.choice(["Cannot log in", "Invoice question", "Feature request"]),
            "Support Pipeline",
            "Closed" if r["closed_at"] else rng.choice(["New", "Waiting on contact"]),
            r["opened_at"].strftime(fmt),
            r["closed_at"].strftime(fmt) if r["closed_at"] else "",
            r["account"],
            r["acc"].csm.email,
            r["priority"].upper(),
        ]
        for r in recs
    ]
    x.add(
        "hubspot_tickets.csv",
        "HubSpot",
        "tickets",
        T_FIELDS,
        recs,
        table_text(
            [
                "Ticket ID",
                "Ticket name",
                "Pipeline",
                "Ticket status",
                "Create date",
                "Close date",
                "Associated Company",
                "Ticket owner",
                "Priority",
            ],
            rows,
        ),
        concepts=["owner as e-mail"],
    )

    # A made-up licence tracker: lower-case month-year contract starts ("jan/25"), seats in use.
    recs = account_records(company)
    for r in recs:
        r["subscribed_on"] = r["subscribed_on"].replace(day=1)
    rows = [
        [
            r["account"],
            r["seats_purchased"],
            r["seats_active"],
            f"{EN_ABBR[r['subscribed_on'].month - 1].lower()}/{r['subscribed_on'].year % 100:02d}",
        ]
        for r in recs
    ]
    x.add(
        "seatsense_licences.csv",
        "SeatSense (made-up)",
        "accounts",
        ("account", "seats_purchased", "seats_active", "subscribed_on"),
        recs,
        table_text(["Customer", "Seats bought", "Seats in use", "Contract start"], rows, ";"),
        concepts=["month-year values (jan/25)", "licences in use"],
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
            write_more,
        ],
    )


if __name__ == "__main__":
    cases = main()
    print(f"{len(cases)} exports written to {HERE}")
