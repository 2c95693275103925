"""Make the bundled sample company: eight canonical CSV files in ``data/sample/``.

The app opens on this data, so it has to look like a real Customer Success team: a few big
accounts and many small ones, CSMs who differ in how reactive they are, fires that come before
churn, and a documented set of troubled accounts that the health scorecard should flag. The
random generator has a fixed seed and only the standard library's ``random`` is used, so the
same seed writes the same bytes on every machine (a test checks it).

Run ``python data/generate_sample.py`` to rewrite the files, ``--out DIR`` to write elsewhere.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import math
import random
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261115
OUT_DIR = Path(__file__).resolve().parent / "sample"

END = dt.date(2026, 11, 15)  # the last engagement; the app's default "as of" date
START = dt.date(2025, 5, 16)  # 18 months of engagements
USAGE_FIRST_MONTH = dt.date(2025, 5, 1)
USAGE_LAST_MONTH = dt.date(2026, 10, 1)  # complete months only
N_ACCOUNTS = 300
CHURNED_ACCOUNTS = 27  # 9 %
OVERDUE_ACCOUNTS = 10

# Accounts built to look troubled at END: almost no proactive touches in the last quarter, a
# recent fire with open escalations, low seat utilisation, falling usage, low NPS and an account
# plan nobody has reviewed for months. The first four renew within the next 90 days.
TROUBLED_ACCOUNTS = (
    "Bramblewood Analytics",
    "Cobalt Harbor Logistics",
    "Driftwood Health",
    "Emberline Retail",
    "Foxglove Insurance",
    "Granite Peak Foods",
    "Halcyon Freight",
    "Ironbark Energy",
    "Juniper Lane Media",
    "Kestrel Financial",
    "Lodestar Manufacturing",
    "Marlowe Finch Legal",
)
TROUBLED_RENEWING_SOON = 4

# (name, hourly rate, team, role, share of work that is reactive)
CSMS = (
    ("Dana Lee", 95, "Strategic", "Senior CSM", 0.14),
    ("Tomás Alvarez", 90, "Strategic", "Senior CSM", 0.20),
    ("Aisha Karimi", 85, "Strategic", "CSM", 0.30),
    ("Ben Okafor", 80, "Growth", "CSM", 0.18),
    ("Chloé Martin", 75, "Growth", "CSM", 0.24),
    ("Ravi Patel", 75, "Growth", "CSM", 0.38),
    ("Sofia Rossi", 70, "Growth", "CSM", 0.52),
    ("Jordan Reyes", None, "Growth", "CSM", 0.45),  # not in team.csv: the default rate applies
    ("Mei Chen", 65, "Scale", "Associate CSM", 0.22),
    ("Lukas Becker", 60, "Scale", "Associate CSM", 0.34),
    ("Grace Mensah", 60, "Scale", "Associate CSM", 0.58),
    ("Owen Price", 55, "Scale", "Associate CSM", 0.65),
)

_PREFIXES = (
    "Acorn", "Alder", "Amber", "Apex", "Arbor", "Aspen", "Atlas", "Azure", "Beacon", "Birch",
    "Blue Fern", "Bright", "Cascade", "Cedar", "Cinder", "Clearwater", "Copper", "Coral", "Crescent",
    "Crimson", "Delta", "Eastgate", "Echo", "Elm", "Evergreen", "Falcon", "Fjord", "Golden Mile",
    "Harbor", "Hawthorn", "Highland", "Horizon", "Indigo", "Keystone", "Lakeside", "Lantern",
    "Maple", "Meridian", "Mosaic", "Nimbus", "North Star", "Oakridge", "Onyx", "Orchard", "Pacific",
    "Pinnacle", "Prairie", "Quarry", "Redwood", "Ridgeline", "Riverbend", "Sable", "Sagebrush",
    "Silverline", "Summit", "Sunstone", "Tidewater", "Timber", "Trident", "Union Square", "Vantage",
    "Vertex", "Willow", "Windward", "Zephyr",
)  # fmt: skip
_SUFFIXES = (
    "Analytics", "Bank", "Biotech", "Brands", "Capital", "Clinics", "Consulting", "Dental",
    "Foods", "Freight", "Games", "Group", "Health", "Hotels", "Insurance", "Labs", "Legal",
    "Logistics", "Media", "Mobility", "Motors", "Networks", "Outfitters", "Partners", "Pharma",
    "Realty", "Retail", "Robotics", "Software", "Solar", "Systems", "Telecom", "Travel", "Utilities",
)  # fmt: skip
FEATURES = (
    "Dashboards",
    "Reports",
    "Workflows",
    "Alerts",
    "API",
    "Integrations",
    "Mobile app",
    "Admin console",
)
CORE_FEATURES = ("Dashboards", "Reports")
DIMENSIONS = ("People", "Product", "Services", "Quality", "Network", "Transformation")
SURVEY_CAMPAIGNS = tuple(dt.date(2025, m, 15) for m in (6, 9, 12)) + tuple(
    dt.date(2026, m, 15) for m in (3, 6, 9)
)
FIRST_NAMES = (
    "alex",
    "sam",
    "jamie",
    "pat",
    "morgan",
    "taylor",
    "chris",
    "robin",
    "lee",
    "kim",
    "noa",
    "ari",
)

PROACTIVE_TYPES = (("Call", 40), ("Email", 30), ("Meeting", 17), ("QBR", 9), ("Site visit", 4))
REACTIVE_TYPES = (("Call", 45), ("Email", 38), ("Meeting", 17))
DURATIONS = {
    "Call": (15, 20, 25, 30, 30, 45, 60),
    "Email": (5, 10, 10, 15, 20),
    "Meeting": (30, 45, 60, 60, 90),
    "QBR": (60, 90, 90, 120),
    "Site visit": (180, 240, 300, 480),
}
PROACTIVE_NOTES = (
    "Reviewed adoption dashboard with the admin",
    "Shared the roadmap for next quarter",
    "Agreed success criteria for the rollout",
    "Training session for new team leads",
    "Renewal planning with the sponsor",
    "Walked through the new admin console",
    "Health check: usage and open items",
    "Introduced the Workflows feature",
    "Executive business review",
    "Checked in after the last release",
)
REACTIVE_NOTES = (
    "Login problems after SSO change",
    "Report exports failing",
    "Data sync delayed",
    "Billing question escalated by finance",
    "Admin asked for urgent help with permissions",
    "Integration errors after upgrade",
    "Complaint about slow dashboards",
    "Missing data in monthly report",
)
PROACTIVE_OUTCOMES = (
    "Adoption plan agreed",
    "Renewal discussed",
    "Expansion interest",
    "Training delivered",
    "No action needed",
)
REACTIVE_OUTCOMES = (
    "Resolved",
    "Workaround provided",
    "Escalated to engineering",
    "Awaiting customer",
    "Bug logged",
)
GOALS = {
    "People": "Train every team lead to build their own reports",
    "Product": "Replace spreadsheets for weekly reporting",
    "Services": "Cut onboarding of new sites to two weeks",
    "Quality": "Reach 99% data accuracy in monthly close",
    "Network": "Connect the three regional offices",
    "Transformation": "Move all approvals into automated workflows",
}
STEPS = (
    "Run admin training",
    "Set up SSO",
    "Migrate legacy reports",
    "Connect CRM integration",
    "Agree KPIs with sponsor",
    "Roll out to second region",
    "Quarterly review with exec sponsor",
    "Build approval workflow",
    "Clean up unused licences",
    "Pilot mobile app with field team",
)
BLOCKERS = (
    "Sponsor left the company",
    "IT security review pending",
    "Budget freeze until next quarter",
    "Data quality in source system",
    "Competing internal project",
    "Integration blocked by legacy API",
    "Low engagement from end users",
)
SURVEY_COMMENTS = {
    "low": (
        "Too many outages lately",
        "Support takes too long",
        "Hard to get value",
        "Considering alternatives",
    ),
    "mid": ("Good product, reporting could be better", "Onboarding was slow", "Fine for now"),
    "high": (
        "Great support from our CSM",
        "Saves us hours every week",
        "Easy to roll out",
        "Love the dashboards",
    ),
}


@dataclass
class Account:
    name: str
    csm: int
    arr0: float
    subscribed_on: dt.date
    first_term_months: int
    arr: float = 0.0
    segment: str = ""
    renewal_date: dt.date | None = None
    churned_on: dt.date | None = None
    overdue: bool = False
    troubled: bool = False
    seats_purchased: int = 0
    seats_active: int = 0
    provisioned_on: dt.date | None = None
    go_live_on: dt.date | None = None
    cac: float | None = None
    size_rank: float = 0.0  # 0 smallest .. 1 largest ARR
    revenue: list[tuple[dt.date, str, float]] = field(default_factory=list)
    fires: list[tuple[dt.date, int]] = field(default_factory=list)  # (start, length in days)

    @property
    def last_day(self) -> dt.date:
        return min(END, self.churned_on) if self.churned_on else END

    @property
    def first_day(self) -> dt.date:
        return max(START, self.subscribed_on)


# ----------------------------------------------------------------------------- small helpers
def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    last = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return dt.date(year, month, min(day.day, last))


def weighted(rng: random.Random, pairs) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def poisson(rng: random.Random, lam: float) -> int:
    limit, k, product = math.exp(-lam), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def money(value: float, step: int = 100) -> int:
    return int(round(value / step) * step)


def days(a: dt.date, b: dt.date) -> int:
    return (b - a).days


def domain(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum()) + ".com"


# ----------------------------------------------------------------------------- accounts
def make_names(rng: random.Random) -> list[str]:
    combos = [f"{p} {s}" for p in _PREFIXES for s in _SUFFIXES]
    rng.shuffle(combos)
    return combos[:N_ACCOUNTS]


def make_accounts(rng: random.Random) -> list[Account]:
    accounts = []
    for name in make_names(rng):
        arr0 = min(rng.lognormvariate(math.log(24_000), 1.0), 900_000)
        span = days(dt.date(2021, 1, 4), dt.date(2026, 10, 20))
        subscribed = dt.date(2021, 1, 4) + dt.timedelta(days=int(span * rng.random() ** 0.8))
        term = 15 if rng.random() < 0.2 else 12
        accounts.append(Account(name, 0, money(arr0), subscribed, term))
    return accounts


def renewal_dates(account: Account) -> list[dt.date]:
    """Every renewal date from the first one up to the first after END."""
    dates = [add_months(account.subscribed_on, account.first_term_months)]
    while dates[-1] <= END:
        dates.append(add_months(dates[-1], 12))
    return dates


def choose_fates(rng: random.Random, accounts: list[Account]) -> None:
    """Mark churned, overdue and troubled accounts before their history is written."""
    churn_window = (START + dt.timedelta(days=60), END - dt.timedelta(days=7))
    candidates = [
        a for a in accounts if any(churn_window[0] <= d <= churn_window[1] for d in renewal_dates(a))
    ]
    # Reactive CSMs lose more customers: weight the draw by the owner's reactive share.
    pool = list(candidates)
    for _ in range(CHURNED_ACCOUNTS):
        weights = [0.2 + CSMS[a.csm][4] for a in pool]
        pick = rng.choices(pool, weights=weights)[0]
        pool.remove(pick)
        in_window = [d for d in renewal_dates(pick) if churn_window[0] <= d <= churn_window[1]]
        pick.churned_on = rng.choice(in_window)

    alive = [a for a in accounts if a.churned_on is None]
    due_lately = [a for a in alive if any(END - dt.timedelta(days=45) < d <= END for d in renewal_dates(a))]
    for a in rng.sample(due_lately, min(OVERDUE_ACCOUNTS, len(due_lately))):
        a.overdue = True

    def next_renewal(a: Account) -> dt.date:
        return next(d for d in renewal_dates(a) if d > END)

    settled = [a for a in alive if not a.overdue and a.subscribed_on < dt.date(2024, 6, 1)]
    soon = [a for a in settled if 10 <= days(END, next_renewal(a)) <= 90 and a.arr0 >= 15_000]
    later = [a for a in settled if days(END, next_renewal(a)) > 120 and a.arr0 >= 8_000]
    chosen = rng.sample(soon, TROUBLED_RENEWING_SOON) + rng.sample(
        later, len(TROUBLED_ACCOUNTS) - TROUBLED_RENEWING_SOON
    )
    for a, name in zip(chosen, TROUBLED_ACCOUNTS, strict=True):
        a.troubled, a.name = True, name


def assign_csms(rng: random.Random, accounts: list[Account]) -> None:
    """Strategic CSMs own the big accounts, Scale CSMs the small ones, Growth the middle."""
    teams = {t: [i for i, c in enumerate(CSMS) if c[2] == t] for t in ("Strategic", "Growth", "Scale")}
    ranked = sorted(accounts, key=lambda a: a.arr0, reverse=True)
    for position, a in enumerate(ranked):
        a.size_rank = 1 - position / (len(ranked) - 1)
        team = "Strategic" if position < 45 else "Growth" if position < 165 else "Scale"
        if rng.random() < 0.1:
            team = rng.choice(list(teams))
        a.csm = rng.choice(teams[team])


def write_revenue_history(rng: random.Random, a: Account) -> None:
    """new, then renewal / expansion / contraction at each anniversary, churn at the end."""
    current = a.arr0
    a.revenue.append((a.subscribed_on, "new", current))
    for renewal in renewal_dates(a):
        if renewal > END:
            a.renewal_date = renewal
            break
        if renewal == a.churned_on:
            a.revenue.append((renewal, "churn", current))
            a.renewal_date = renewal
            break
        if a.overdue and renewal > END - dt.timedelta(days=45):
            a.renewal_date = renewal
            break
        a.revenue.append((renewal, "renewal", current))
        roll = rng.random()
        if roll < 0.28 and not a.troubled:
            change = money(current * rng.uniform(0.08, 0.45))
            a.revenue.append((renewal, "expansion", change))
            current += change
        elif roll > 0.9:
            change = money(current * rng.uniform(0.05, 0.25))
            a.revenue.append((renewal, "contraction", change))
            current -= change
        mid = renewal + dt.timedelta(days=rng.randint(60, 300))
        if rng.random() < 0.1 and mid < END and not a.churned_on and not a.troubled:
            change = money(current * rng.uniform(0.05, 0.3))
            a.revenue.append((mid, "expansion", change))
            current += change
    a.arr = current


def fill_attributes(rng: random.Random, a: Account) -> None:
    a.segment = "Enterprise" if a.arr >= 100_000 else "Mid-Market" if a.arr >= 30_000 else "SMB"
    seat_price = {"Enterprise": 900, "Mid-Market": 700, "SMB": 500}[a.segment] * rng.uniform(0.8, 1.25)
    a.seats_purchased = max(5, round(a.arr / seat_price))
    if a.troubled:
        utilisation = rng.uniform(0.18, 0.34)
    elif a.churned_on:
        utilisation = rng.uniform(0.2, 0.5)
    else:
        utilisation = rng.uniform(0.3, 0.55) if rng.random() < 0.15 else rng.uniform(0.6, 1.0)
    a.seats_active = max(1, round(a.seats_purchased * utilisation))
    old_untracked = a.subscribed_on < dt.date(2023, 1, 1) and rng.random() < 0.1
    if not old_untracked:
        a.provisioned_on = a.subscribed_on + dt.timedelta(days=rng.choice((1, 2, 3, 5, 7, 10, 14, 21, 35)))
        go_live = a.provisioned_on + dt.timedelta(
            days=int(rng.uniform(12, 45) * (1.8 if a.arr > 100_000 else 1))
        )
        a.go_live_on = go_live if go_live <= END else None
    if rng.random() < 0.85:
        a.cac = money(a.arr0 * rng.uniform(0.35, 1.3))


def plan_fires(rng: random.Random, a: Account) -> None:
    """Escalations that pull the CSM into a burst of reactive work."""
    reactive = CSMS[a.csm][4]
    span = days(a.first_day, a.last_day)
    if span > 20:
        for _ in range(poisson(rng, (0.12 + 0.7 * reactive) * span / 365)):
            a.fires.append((a.first_day + dt.timedelta(days=rng.randint(0, span - 5)), rng.randint(4, 21)))
    if a.churned_on:
        for _ in range(rng.randint(1, 3)):
            start = a.churned_on - dt.timedelta(days=rng.randint(20, 170))
            a.fires.append((max(start, a.first_day), rng.randint(5, 25)))
    if a.troubled:
        a.fires.append((END - dt.timedelta(days=rng.randint(50, 80)), rng.randint(10, 20)))
        a.fires.append((END - dt.timedelta(days=rng.randint(8, 25)), 30))  # still burning
    a.fires.sort()


# ----------------------------------------------------------------------------- facts
def make_engagements(rng: random.Random, accounts: list[Account]) -> list[list]:
    rows = []
    fire_no = 0
    for a in accounts:
        csm = CSMS[a.csm]
        monthly = 2.0 + 4.0 * a.size_rank
        reactive_share = csm[4]
        for offset in range(days(a.first_day, a.last_day) + 1):
            day = a.first_day + dt.timedelta(days=offset)
            weekend = day.weekday() >= 5
            p_pro = monthly * (1 - reactive_share) / 30.4 * (0.1 if weekend else 1.4)
            p_re = monthly * reactive_share / 30.4 * (0.2 if weekend else 1.3)
            if a.troubled and days(day, END) < 110:
                p_pro, p_re = (0.0 if days(day, END) < 75 else p_pro * 0.3), p_re * 2.2
            if a.churned_on and days(day, a.churned_on) < 120:
                p_pro, p_re = p_pro * 0.35, p_re * 1.8
            if rng.random() < p_pro:
                rows.append(engagement(rng, a, day, "proactive", None))
            if rng.random() < p_re:
                rows.append(engagement(rng, a, day, "reactive", None))
        if a.subscribed_on >= START:
            for delay, kind in ((3, "Meeting"), (10, "Meeting"), (24, "Call")):
                day = a.subscribed_on + dt.timedelta(days=delay)
                if day <= a.last_day:
                    rows.append(engagement(rng, a, day, "proactive", None, kind))
        for start, length in a.fires:
            fire_no += 1
            fire_id = f"FIRE-{fire_no:03d}"
            for _ in range(rng.randint(4, 12)):
                day = start + dt.timedelta(days=rng.randint(0, length - 1))
                if a.first_day <= day <= a.last_day:
                    rows.append(engagement(rng, a, day, "reactive", fire_id))
    # The data ends on END: one last touch on that day keeps the default "as of" date fixed.
    closing = next(a for a in accounts if not a.churned_on and not a.troubled)
    rows.append(engagement(rng, closing, END, "proactive", None, "Email"))
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    for number, row in enumerate(rows, start=1):
        row[6] = f"https://crm.example.com/activity/{100000 + number}"
    return rows


def engagement(rng, a: Account, day: dt.date, tag: str, fire_id: str | None, kind: str | None = None) -> list:
    csm = CSMS[a.csm][0]
    if rng.random() < 0.03:  # a colleague covering
        csm = CSMS[rng.randrange(len(CSMS))][0]
    proactive = tag == "proactive"
    kind = kind or weighted(rng, PROACTIVE_TYPES if proactive else REACTIVE_TYPES)
    minutes = rng.choice(DURATIONS[kind]) * (1.5 if fire_id else 1)
    if proactive:
        score = rng.choices((2, 3, 4, 5), weights=(1, 3, 5, 3))[0]
        outcome, notes = rng.choice(PROACTIVE_OUTCOMES), rng.choice(PROACTIVE_NOTES)
    else:
        score = rng.choices((1, 2, 3, 4, 5), weights=(2, 4, 4, 2, 1) if fire_id else (1, 2, 4, 3, 1))[0]
        outcome, notes = rng.choice(REACTIVE_OUTCOMES), rng.choice(REACTIVE_NOTES)
        if fire_id:
            notes = f"Escalation: {notes.lower()}"
    effectiveness = score if rng.random() < 0.9 else ""
    outcome = outcome if rng.random() < 0.6 else ""
    return [day, a.name, csm, tag, kind, int(minutes), "", outcome, effectiveness, fire_id or "", notes]


def make_tickets(rng: random.Random, accounts: list[Account]) -> list[list]:
    tickets = []
    for a in accounts:
        yearly = (1.5 + 6 * a.size_rank) * (0.6 + CSMS[a.csm][4])
        span = days(a.first_day, a.last_day)
        opened = [
            a.first_day + dt.timedelta(days=rng.randint(0, span))
            for _ in range(poisson(rng, yearly * span / 365))
        ]
        for day in opened:
            escalated = rng.random() < 0.04
            tickets.append(ticket(rng, a, day, escalated, rng.lognormvariate(math.log(20), 1.2)))
        for start, length in a.fires:
            if start <= a.last_day:
                tickets.append(ticket(rng, a, start, True, length * 24 - rng.uniform(0, 12), urgent=True))
        if a.troubled:
            tickets.append(
                ticket(rng, a, END - dt.timedelta(days=rng.randint(3, 30)), True, 10_000, urgent=True)
            )
    tickets.sort(key=lambda t: (t[1], t[0]))
    return [[f"T-{10001 + i}", *t] for i, t in enumerate(tickets)]


def ticket(rng, a: Account, day: dt.date, escalated: bool, hours: float, urgent: bool = False) -> list:
    opened = dt.datetime.combine(day, dt.time(rng.randint(7, 18), rng.randint(0, 59)))
    closed = opened + dt.timedelta(minutes=round(max(0.25, hours) * 60))
    end_of_data = dt.datetime.combine(END, dt.time(23, 59))
    stuck = not escalated and rng.random() < 0.01
    closed_at = "" if closed > end_of_data or stuck else closed
    if urgent:
        priority = rng.choice(("High", "Urgent"))
    else:
        priority = weighted(rng, (("Low", 25), ("Normal", 45), ("High", 22), ("Urgent", 8)))
    return [a.name, opened, closed_at, priority, "yes" if escalated else "no"]


def sentiment(rng, a: Account, day: dt.date) -> int:
    mood = rng.gauss(9.1 - 2.5 * CSMS[a.csm][4], 1.3)
    if a.troubled and days(day, END) < 400:
        mood = rng.gauss(3.2, 1.5)
    if a.churned_on and days(day, a.churned_on) < 200:
        mood = rng.gauss(4.0, 1.6)
    return max(0, min(10, round(mood)))


def make_surveys(rng: random.Random, accounts: list[Account]) -> list[list]:
    rows = []
    for a in accounts:
        dates = []
        for launch in SURVEY_CAMPAIGNS:
            if a.subscribed_on < launch <= a.last_day and rng.random() < (0.8 if a.troubled else 0.5):
                dates += [launch + dt.timedelta(days=rng.randint(0, 13)) for _ in range(rng.randint(1, 3))]
        if a.go_live_on and START <= a.go_live_on and rng.random() < 0.75:
            dates.append(a.go_live_on + dt.timedelta(days=rng.randint(5, 28)))
        for day in dates:
            if day > a.last_day:
                continue
            score = sentiment(rng, a, day)
            recommend = "yes" if score >= 7 else "no"
            if rng.random() < 0.05:
                recommend = "no" if recommend == "yes" else "yes"
            if rng.random() < 0.15:
                recommend = ""
            band = "low" if score <= 6 else "mid" if score <= 8 else "high"
            comment = rng.choice(SURVEY_COMMENTS[band]) if rng.random() < 0.35 else ""
            respondent = f"{rng.choice(FIRST_NAMES)}@{domain(a.name)}"
            rows.append([a.name, day, score, recommend, respondent, comment])
    rows.sort(key=lambda r: (r[1], r[0], r[4]))
    return rows


def make_usage(rng: random.Random, accounts: list[Account]) -> list[list]:
    rows = []
    for a in accounts:
        if a.go_live_on is None and a.subscribed_on > USAGE_FIRST_MONTH:
            continue
        live = a.go_live_on or a.subscribed_on
        others = rng.sample([f for f in FEATURES if f not in CORE_FEATURES], rng.randint(1, 4))
        adoption = {f: live for f in CORE_FEATURES}
        adoption.update({f: live + dt.timedelta(days=rng.randint(0, 540)) for f in others})
        shares = {
            f: rng.uniform(0.6, 0.95) if f in CORE_FEATURES else rng.uniform(0.15, 0.6) for f in adoption
        }
        month = USAGE_FIRST_MONTH
        while month <= USAGE_LAST_MONTH:
            month_end = add_months(month, 1) - dt.timedelta(days=1)
            if month_end >= live and month <= a.last_day:
                ramp = min(1.0, 0.35 + 0.22 * (days(live, month_end) / 30))
                decline = 1.0
                if a.troubled:
                    decline = 0.78 ** max(0, 4 - days(month, USAGE_LAST_MONTH) // 30)
                if a.churned_on:
                    decline = 0.75 ** max(0, 5 - days(month, a.churned_on) // 30)
                base = a.seats_active * ramp * decline / (0.6 if a.troubled else 1.0)
                for feature in (f for f in FEATURES if f in adoption):
                    if adoption[feature] > month_end:
                        continue
                    users = max(1, round(base * shares[feature] * rng.uniform(0.9, 1.1)))
                    users = min(users, a.seats_purchased)
                    rows.append([a.name, month, users, round(users * rng.uniform(8, 40)), feature])
            month = add_months(month, 1)
    rows.sort(key=lambda r: (r[1], r[0], r[4]))
    return rows


def make_plans(rng: random.Random, accounts: list[Account]) -> list[list]:
    rows = []
    for a in accounts:
        chance = 0.9 if a.size_rank > 0.75 else 0.6 if a.size_rank > 0.35 else 0.3
        if not (a.troubled or rng.random() < chance):
            continue
        created = max(a.subscribed_on, dt.date(2024, 1, 8)) + dt.timedelta(days=rng.randint(5, 60))
        if created > END - dt.timedelta(days=20):
            continue
        if a.troubled:
            reviewed = END - dt.timedelta(days=rng.randint(200, 420))
        else:
            age = weighted(rng, ((30, 40), (90, 30), (365, 24), (600, 6)))
            reviewed = END - dt.timedelta(days=rng.randint(max(1, age // 3), age))
        reviewed = max(reviewed, created)
        if a.churned_on:
            reviewed = min(reviewed, a.churned_on)
        owner_csm = CSMS[a.csm][0]
        customer = f"{rng.choice(FIRST_NAMES).title()} (customer)"
        dims = rng.sample(DIMENSIONS, rng.randint(1, 2))
        items = [(GOALS[d], "goal", d, rng.choice(("open", "open", "done"))) for d in dims]
        for step in rng.sample(STEPS, rng.randint(2, 5)):
            status = weighted(rng, (("open", 4), ("done", 5), ("at risk", 1)))
            items.append((step, "step", rng.choice(DIMENSIONS), status))
        for blocker in rng.sample(BLOCKERS, rng.randint(2, 3) if a.troubled else rng.choice((0, 0, 1, 1, 2))):
            status = "at risk" if a.troubled else rng.choice(("open", "at risk", "done"))
            items.append((blocker, "blocker", rng.choice(DIMENSIONS), status))
        for item, kind, dimension, status in items:
            owner = owner_csm if rng.random() < 0.7 else customer
            due = created + dt.timedelta(days=rng.randint(30, 300))
            rows.append([a.name, item, kind, dimension, status, owner, due, created, reviewed])
    return rows


# ----------------------------------------------------------------------------- output
HEADERS = {
    "engagements": (
        "date",
        "account",
        "csm",
        "tag",
        "type",
        "duration_min",
        "link",
        "outcome",
        "effectiveness",
        "fire_id",
        "notes",
    ),
    "accounts": (
        "account",
        "arr",
        "csm",
        "renewal_date",
        "segment",
        "seats_purchased",
        "seats_active",
        "subscribed_on",
        "provisioned_on",
        "go_live_on",
        "status",
        "churned_on",
        "cac",
    ),
    "team": ("csm", "hourly_rate", "team", "role"),
    "tickets": ("ticket_id", "account", "opened_at", "closed_at", "priority", "escalated"),
    "surveys": ("account", "date", "score", "recommend", "respondent", "comment"),
    "usage": ("account", "date", "active_users", "events", "feature"),
    "revenue": ("account", "date", "kind", "amount"),
    "plans": (
        "account",
        "item",
        "kind",
        "dimension",
        "status",
        "owner",
        "due_date",
        "created_on",
        "reviewed_on",
    ),
}


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.2f}"
    return str(value)


def account_rows(accounts: list[Account]) -> list[list]:
    rows = []
    for a in sorted(accounts, key=lambda x: x.name):
        status = "churned" if a.churned_on else "active"
        rows.append(
            [a.name, a.arr, CSMS[a.csm][0], a.renewal_date, a.segment, a.seats_purchased, a.seats_active,
             a.subscribed_on, a.provisioned_on, a.go_live_on, status, a.churned_on, a.cac]
        )  # fmt: skip
    return rows


def build(seed: int = SEED) -> dict[str, list[list]]:
    """Every table of the sample company as rows in HEADERS order."""
    rng = random.Random(seed)
    accounts = make_accounts(rng)
    assign_csms(rng, accounts)
    choose_fates(rng, accounts)
    for a in accounts:
        write_revenue_history(rng, a)
        fill_attributes(rng, a)
        plan_fires(rng, a)
    revenue = sorted(
        ([a.name, d, k, amt] for a in accounts for d, k, amt in a.revenue), key=lambda r: (r[1], r[0])
    )
    return {
        "engagements": make_engagements(rng, accounts),
        "accounts": account_rows(accounts),
        "team": [[name, rate, team, role] for name, rate, team, role, _ in CSMS if rate is not None],
        "tickets": make_tickets(rng, accounts),
        "surveys": make_surveys(rng, accounts),
        "usage": make_usage(rng, accounts),
        "revenue": revenue,
        "plans": make_plans(rng, accounts),
    }


def generate(out_dir: Path = OUT_DIR, seed: int = SEED) -> dict[str, int]:
    """Write one CSV per table into ``out_dir``; returns the row count per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, rows in build(seed).items():
        with open(out_dir / f"{table}.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(HEADERS[table])
            writer.writerows([cell(v) for v in row] for row in rows)
        counts[table] = len(rows)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder for the CSV files")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    for table, rows in generate(args.out, args.seed).items():
        print(f"{table:12} {rows:7,d} rows")


if __name__ == "__main__":
    main()
