"""The canonical tables every upload is mapped onto.

One place that names each table, its columns, their types and the header synonyms the importer
uses to recognise them, so the importer, the templates, the workspace and the metrics agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Value kinds a column can hold. The importer parses raw text into these; the workspace maps
# them onto DuckDB types.
TEXT = "text"
DATE = "date"
TIMESTAMP = "timestamp"
NUMBER = "number"  # amounts, rates, counts that may be fractional
INTEGER = "integer"
DURATION = "duration"  # stored as minutes (DOUBLE)
TAG = "tag"  # 'proactive' / 'reactive'
BOOLEAN = "boolean"
SCORE = "score"  # effectiveness 1-5 or NPS 0-10, stored as DOUBLE

DUCKDB_TYPES = {
    TEXT: "VARCHAR",
    DATE: "DATE",
    TIMESTAMP: "TIMESTAMP",
    NUMBER: "DOUBLE",
    INTEGER: "BIGINT",
    DURATION: "DOUBLE",
    TAG: "VARCHAR",
    BOOLEAN: "BOOLEAN",
    SCORE: "DOUBLE",
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    required: bool = False
    synonyms: tuple[str, ...] = ()
    description: str = ""
    example: str = ""

    @property
    def duckdb_type(self) -> str:
        return DUCKDB_TYPES[self.kind]


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    # Words in a file name that hint at this table ("tickets.csv", "nps_export.csv").
    filename_hints: tuple[str, ...] = field(default=())

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _c(name, kind, required=False, synonyms=(), description="", example=""):
    return Column(name, kind, required, tuple(synonyms), description, example)


ACCOUNT_SYNONYMS = (
    "account",
    "account name",
    "company",
    "company name",
    "customer",
    "customer name",
    "client",
    "client name",
    "organization",
    "organisation",
    "related to",
    "account_name",
    "company_name",
    "associated company",
    "parent account",
    "kunde",
    "cliente",
    "compte",
    "firma",
    "unternehmen",
)
CSM_SYNONYMS = (
    "csm",
    "assigned",
    "assigned to",
    "owner",
    "account owner",
    "author",
    "activity assigned to",
    "csm name",
    "customer success manager",
    "activity owner",
    "user",
    "rep",
    "created by",
    "contact owner",
    "activity owner name",
    "hubspot owner",
    "owner name",
    "assigned to user",
    "activity owner full name",
    "mitarbeiter",
    "who",
    "verantwortlich",
    "betreuer",
    "responsable",
)

ENGAGEMENTS = Table(
    "engagements",
    "Engagements (CSM tracker)",
    "One row per CSM interaction with a customer, tagged Proactive or Reactive.",
    (
        _c(
            "date",
            DATE,
            True,
            (
                "date",
                "activity date",
                "engagement date",
                "interaction date",
                "created date",
                "due date",
                "timestamp",
                "activity_date",
                "call date",
                "meeting date",
                "datum",
                "activity timestamp",
                "when",
                "date of activity",
                "call date time",
                "fecha",
                "start time",
            ),
            "When the interaction happened.",
            "2025-03-14",
        ),
        _c("account", TEXT, True, ACCOUNT_SYNONYMS, "The customer.", "Acme Corp"),
        _c("csm", TEXT, True, CSM_SYNONYMS, "Who did the work.", "Dana Lee"),
        _c(
            "tag",
            TAG,
            True,
            (
                "tag",
                "proactive/reactive",
                "proactive or reactive",
                "p/r",
                "category",
                "proactive?",
                "is proactive",
                "proaktiv",
                "proaktiv/reaktiv",
                "kategorie",
                "pro/re",
                "p or r",
                "nature",
                "initiated by",
                "engagement tag",
                "proactive",
                "classification",
            ),
            "Proactive or Reactive (P/R, Pro-active, Yes/No for 'proactive?' are understood).",
            "Proactive",
        ),
        _c(
            "type",
            TEXT,
            False,
            (
                "type",
                "activity type",
                "engagement type",
                "interaction type",
                "channel",
                "task type",
                "subject type",
                "call type",
                "meeting type",
                "kind",
            ),
            "Call, email, meeting, site visit, QBR, …",
            "Call",
        ),
        _c(
            "duration_min",
            DURATION,
            False,
            (
                "duration",
                "duration (min)",
                "duration minutes",
                "minutes",
                "time spent",
                "call duration",
                "calldurationinseconds",
                "length",
                "duration_min",
                "time",
                "hours",
                "call duration (ms)",
                "dauer",
                "hs call duration",
                "call duration in seconds",
                "duration (hours)",
            ),
            "Minutes spent (1:30, 01:30:00, 1h 30m, 1.5 h are understood).",
            "45",
        ),
        _c(
            "link",
            TEXT,
            False,
            ("link", "url", "write-up", "notes link", "record link"),
            "Link to the write-up.",
            "https://crm.example.com/a/123",
        ),
        _c(
            "outcome",
            TEXT,
            False,
            ("outcome", "result", "call result", "disposition"),
            "Free-text outcome.",
            "Resolved",
        ),
        _c(
            "effectiveness",
            SCORE,
            False,
            ("effectiveness", "rating", "score", "effectiveness (1-5)", "quality"),
            "How effective the interaction was, 1–5.",
            "4",
        ),
        _c(
            "fire_id",
            TEXT,
            False,
            (
                "fire id",
                "fire",
                "escalation id",
                "incident",
                "incident id",
                "case",
                "case number",
                "escalation",
            ),
            "Ties reactive work to one escalation.",
            "FIRE-12",
        ),
        _c(
            "notes",
            TEXT,
            False,
            (
                "notes",
                "comments",
                "description",
                "subject",
                "summary",
                "body",
                "details",
                "comment",
                "call notes",
                "notizen",
                "bemerkung",
                "activity notes",
                "what happened",
            ),
            "Free text.",
            "Walked through the new admin console",
        ),
        # Account attributes an engagements export may carry on every row; when present they
        # derive the accounts table if no accounts file is uploaded.
        _c(
            "arr",
            NUMBER,
            False,
            ("arr", "annual revenue", "account arr", "contract value"),
            "Account ARR carried on the row.",
            "120000",
        ),
        _c(
            "renewal_date",
            DATE,
            False,
            ("renewal date", "renewal", "contract end", "contract end date"),
            "Account renewal date carried on the row.",
            "2026-06-30",
        ),
        _c(
            "segment",
            TEXT,
            False,
            ("segment", "account segment", "industry"),
            "Account segment carried on the row.",
            "Mid-Market",
        ),
    ),
    ("engagement", "tracker", "activit", "interaction", "touch", "call", "task"),
)

ACCOUNTS = Table(
    "accounts",
    "Accounts",
    "One row per customer, with revenue and renewal date.",
    (
        _c("account", TEXT, True, ACCOUNT_SYNONYMS, "The customer.", "Acme Corp"),
        _c(
            "arr",
            NUMBER,
            False,
            (
                "arr",
                "annual revenue",
                "annual recurring revenue",
                "arr (usd)",
                "contract value",
                "acv",
                "revenue",
                "arr_amount",
                "umsatz",
            ),
            "Annual recurring revenue.",
            "120000",
        ),
        _c("csm", TEXT, False, CSM_SYNONYMS, "Owner CSM.", "Dana Lee"),
        _c(
            "renewal_date",
            DATE,
            False,
            (
                "renewal date",
                "renewal",
                "contract end",
                "contract end date",
                "next renewal",
                "renewal_date",
                "end date",
            ),
            "Next renewal.",
            "2026-06-30",
        ),
        _c(
            "segment",
            TEXT,
            False,
            ("segment", "industry", "vertical", "market segment", "region", "plan", "plan tier"),
            "Segment.",
            "Mid-Market",
        ),
        _c(
            "seats_purchased",
            INTEGER,
            False,
            (
                "seats purchased",
                "seats",
                "licenses",
                "licences",
                "licensed seats",
                "purchased seats",
                "seats_purchased",
            ),
            "Seats in the contract.",
            "50",
        ),
        _c(
            "seats_active",
            INTEGER,
            False,
            ("seats active", "active seats", "active users", "seats used", "used licenses", "seats_active"),
            "Seats in use.",
            "42",
        ),
        _c(
            "subscribed_on",
            DATE,
            False,
            (
                "subscribed on",
                "signup date",
                "subscription date",
                "contract start",
                "start date",
                "close date",
                "customer since",
                "signed on",
            ),
            "Subscription start.",
            "2024-01-15",
        ),
        _c(
            "provisioned_on",
            DATE,
            False,
            ("provisioned on", "provisioned", "provisioning date", "environment ready"),
            "Access provisioned.",
            "2024-01-22",
        ),
        _c(
            "go_live_on",
            DATE,
            False,
            ("go live", "go-live", "go live date", "go_live_on", "launch date", "first value"),
            "Go-live / first value.",
            "2024-03-01",
        ),
        _c(
            "status",
            TEXT,
            False,
            ("status", "account status", "customer status", "stage", "lifecycle stage"),
            "active or churned.",
            "active",
        ),
        _c(
            "churned_on",
            DATE,
            False,
            ("churned on", "churn date", "churned", "cancellation date", "cancelled on"),
            "When the customer left.",
            "",
        ),
        _c(
            "cac",
            NUMBER,
            False,
            ("cac", "acquisition cost", "customer acquisition cost"),
            "What Sales spent to win the customer.",
            "30000",
        ),
        _c(
            "external_id",
            TEXT,
            False,
            (),
            "The account's id in a CRM or billing system: files that name the account by this id are "
            "matched to its name.",
            "0015g00000XyZAbAAN",
        ),
    ),
    ("account", "customer", "compan", "client"),
)

TEAM = Table(
    "team",
    "Team (CSMs and rates)",
    "One row per CSM with the billing rate from Accounting.",
    (
        _c("csm", TEXT, True, CSM_SYNONYMS + ("name", "employee", "full name"), "The CSM.", "Dana Lee"),
        _c(
            "hourly_rate",
            NUMBER,
            True,
            (
                "hourly rate",
                "rate",
                "billing rate",
                "cost per hour",
                "rate per hour",
                "hourly cost",
                "stundensatz",
            ),
            "Cost of one hour.",
            "85",
        ),
        _c("team", TEXT, False, ("team", "pod", "group", "department"), "Team.", "Enterprise"),
        _c("role", TEXT, False, ("role", "title", "job title", "position"), "Role.", "Senior CSM"),
    ),
    ("team", "csm", "rate", "staff", "people"),
)

TICKETS = Table(
    "tickets",
    "Tickets and escalations",
    "Support cases; escalated ones count as escalations.",
    (
        _c(
            "ticket_id",
            TEXT,
            True,
            (
                "ticket id",
                "ticket",
                "case number",
                "case id",
                "id",
                "ticket number",
                "issue key",
                "cta id",
                "ticket_id",
                "case",
            ),
            "Ticket number.",
            "T-1001",
        ),
        _c(
            "account",
            TEXT,
            True,
            ACCOUNT_SYNONYMS + ("organization name", "requester organization"),
            "The customer.",
            "Acme Corp",
        ),
        _c(
            "opened_at",
            TIMESTAMP,
            True,
            (
                "opened at",
                "opened",
                "created",
                "created date",
                "date opened",
                "submitted at",
                "created at",
                "opened_at",
                "date/time opened",
            ),
            "When it was opened.",
            "2025-03-14 09:30",
        ),
        _c(
            "closed_at",
            TIMESTAMP,
            False,
            (
                "closed at",
                "closed",
                "closed date",
                "date closed",
                "resolved at",
                "solved at",
                "resolved",
                "closed_at",
                "date/time closed",
            ),
            "When it was closed (empty = open).",
            "2025-03-15 17:00",
        ),
        _c("priority", TEXT, False, ("priority", "severity", "urgency"), "Priority.", "High"),
        _c(
            "escalated",
            BOOLEAN,
            False,
            ("escalated", "is escalated", "escalation", "escalation flag", "escalation_flag"),
            "yes / no.",
            "no",
        ),
    ),
    ("ticket", "case", "support", "incident", "escalation"),
)

SURVEYS = Table(
    "surveys",
    "Survey answers (NPS / would you recommend)",
    "One row per answer.",
    (
        _c("account", TEXT, True, ACCOUNT_SYNONYMS, "The customer.", "Acme Corp"),
        _c(
            "date",
            DATE,
            True,
            (
                "date",
                "response date",
                "submitted",
                "submitted at",
                "completed",
                "end date",
                "survey date",
                "responded at",
            ),
            "When answered.",
            "2025-03-14",
        ),
        _c(
            "score",
            SCORE,
            False,
            (
                "score",
                "nps",
                "nps score",
                "likelihood to recommend",
                "how likely are you to recommend",
                "how likely is it that you would recommend",
                "likelihood to recommend (0-10)",
                "nps rating",
                "rating",
                "recommend score",
            ),
            "0–10.",
            "9",
        ),
        _c(
            "recommend",
            BOOLEAN,
            False,
            ("recommend", "would recommend", "would you recommend", "recommend?"),
            "yes / no.",
            "yes",
        ),
        _c(
            "respondent",
            TEXT,
            False,
            ("respondent", "email", "contact", "name", "respondent email"),
            "Who answered.",
            "pat@acme.com",
        ),
        _c(
            "comment",
            TEXT,
            False,
            ("comment", "comments", "feedback", "why", "reason", "verbatim"),
            "Free text.",
            "Great onboarding",
        ),
    ),
    ("survey", "nps", "feedback", "csat", "response"),
)

USAGE = Table(
    "usage",
    "Product usage",
    "Usage per account and period, optionally one row per feature.",
    (
        _c("account", TEXT, True, ACCOUNT_SYNONYMS, "The customer.", "Acme Corp"),
        _c(
            "date",
            DATE,
            True,
            ("date", "period", "month", "week", "usage date", "day"),
            "Period start.",
            "2025-03-01",
        ),
        _c(
            "active_users",
            NUMBER,
            False,
            ("active users", "users", "mau", "wau", "dau", "monthly active users", "active_users"),
            "Active users in the period.",
            "42",
        ),
        _c(
            "events",
            NUMBER,
            False,
            ("events", "transactions", "usage count", "actions", "sessions", "count"),
            "Transactions in the period.",
            "1200",
        ),
        _c(
            "feature",
            TEXT,
            False,
            ("feature", "feature name", "module", "product area"),
            "Feature used.",
            "Reports",
        ),
    ),
    ("usage", "adoption", "activity", "telemetry", "product"),
)

REVENUE = Table(
    "revenue",
    "Revenue changes",
    "Contract changes: new, renewal, expansion, contraction, churn.",
    (
        _c("account", TEXT, True, ACCOUNT_SYNONYMS, "The customer.", "Acme Corp"),
        _c(
            "date",
            DATE,
            True,
            ("date", "close date", "effective date", "booking date", "change date"),
            "When the change took effect.",
            "2025-03-14",
        ),
        _c(
            "kind",
            TEXT,
            True,
            ("kind", "type", "change type", "movement", "category", "opportunity type", "revenue type"),
            "new, renewal, expansion, contraction or churn.",
            "expansion",
        ),
        _c(
            "amount",
            NUMBER,
            True,
            ("amount", "arr change", "delta", "arr delta", "value", "mrr change", "amount (usd)", "change"),
            "ARR change, a positive number.",
            "15000",
        ),
    ),
    (
        "revenue",
        "arr",
        "booking",
        "renewal",
        "churn",
        "expansion",
        "bookings",
        "opportunit",
        "opps",
        "deal",
        "mrr",
        # a cancellations log ("Cancellations", "Kündigungen", "Opzeggingen", "Bajas", "Disdette")
        "cancel",
        "kündigung",
        "kundigung",
        "opzegging",
        "résiliation",
        "resiliation",
        "disdett",
        "cancelamento",
    ),
)

PLANS = Table(
    "plans",
    "Account plans",
    "Goals, steps and blockers of each account plan.",
    (
        _c("account", TEXT, True, ACCOUNT_SYNONYMS, "The customer.", "Acme Corp"),
        _c(
            "item",
            TEXT,
            True,
            ("item", "title", "description", "goal", "objective", "task", "name", "step"),
            "What the goal, step or blocker is.",
            "Roll out to EMEA",
        ),
        _c("kind", TEXT, True, ("kind", "type", "item type", "category"), "goal, step or blocker.", "goal"),
        _c(
            "dimension",
            TEXT,
            False,
            ("dimension", "area", "pillar", "theme"),
            "People, Product, Services, Quality, Network, Transformation, or your own.",
            "People",
        ),
        _c("status", TEXT, False, ("status", "state", "progress"), "open, done or at risk.", "open"),
        _c("owner", TEXT, False, ("owner", "assigned to", "responsible"), "Who owns it.", "Dana Lee"),
        _c("due_date", DATE, False, ("due date", "due", "deadline", "target date"), "Due.", "2025-06-30"),
        _c("created_on", DATE, False, ("created on", "created", "created date"), "Created.", "2025-01-10"),
        _c(
            "reviewed_on",
            DATE,
            False,
            ("reviewed on", "last reviewed", "last updated", "updated", "review date"),
            "Last review.",
            "2025-03-01",
        ),
    ),
    ("plan", "success plan", "goal", "blocker"),
)

TABLES: dict[str, Table] = {
    t.name: t for t in (ENGAGEMENTS, ACCOUNTS, TEAM, TICKETS, SURVEYS, USAGE, REVENUE, PLANS)
}

# Columns every loaded canonical table carries beside its own: where each row came from, and
# the normalised keys used to match accounts and CSMs across files.
LINEAGE_COLUMNS = (("source_file", "VARCHAR"), ("source_row", "BIGINT"))
KEY_COLUMNS = {"account": "account_key", "csm": "csm_key"}

_SPACES = re.compile(r"\s+")


def _whitespace_class() -> str:
    """Every character Python counts as white space (``str.isspace``), as one RE2 class."""
    codes = [c for c in range(0x110000) if chr(c).isspace()]
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    parts = [f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in runs]
    return "[" + "".join(parts) + "]"


def name_key(name: str | None) -> str | None:
    """The matching key of an account or CSM name: case- and whitespace-insensitive.

    Runs of white space (tabs, line breaks, non-breaking and other Unicode spaces) count as one
    space, the ends are trimmed and letters lower-cased; accents are kept ("Müller" is not
    "Muller"). The SQL macro ``name_key`` (``NAME_KEY_MACRO``) is the same rule; the two must agree.
    The Turkish dotted capital İ is a plain "i", as DuckDB's ``lower`` makes it ("İstanbul" is
    "istanbul"); Python's own ``lower`` would add a combining dot.
    """
    if name is None:
        return None
    key = _SPACES.sub(" ", name).strip().replace("\u0130", "i").lower()
    return key or None


# The SQL twin of name_key(), created on every connection (``install_macros``) so every query
# matches names by calling name_key(column).
NAME_KEY_MACRO = (
    "CREATE OR REPLACE MACRO name_key(x) AS "
    f"nullif(lower(trim(regexp_replace(x, '{_whitespace_class()}+', ' ', 'g'))), '')"
)


# An engagement's tag as a small integer, for the compact copy of the engagements
# (``cs_dash.metrics.facts``): the one place the codes are defined. SQL reads them through the
# macros tag_code('reactive') and tag_label(code); anything else, or no tag, is UNTAGGED.
TAG_CODES = {"proactive": 1, "reactive": 2}
UNTAGGED_CODE, UNTAGGED_LABEL = 0, "untagged"
TAG_MACROS = (
    "CREATE OR REPLACE MACRO tag_code(tag) AS CASE tag "
    + " ".join(f"WHEN '{name}' THEN {code}" for name, code in TAG_CODES.items())
    + f" ELSE {UNTAGGED_CODE} END",
    "CREATE OR REPLACE MACRO tag_label(code) AS CASE code "
    + " ".join(f"WHEN {code} THEN '{name}'" for name, code in TAG_CODES.items())
    + f" ELSE '{UNTAGGED_LABEL}' END",
)


def install_macros(con) -> None:
    """Create the package's SQL macros (``name_key``, ``tag_code``, ``tag_label``) on a connection."""
    for sql in (NAME_KEY_MACRO, *TAG_MACROS):
        con.execute(sql)


def create_table_sql(table: Table) -> str:
    """DDL of one canonical table with its key and lineage columns."""
    cols = [f'"{c.name}" {c.duckdb_type}' for c in table.columns]
    for source, key in KEY_COLUMNS.items():
        if source in table.column_names:
            cols.append(f'"{key}" VARCHAR')
    cols += [f'"{n}" {t}' for n, t in LINEAGE_COLUMNS]
    return f'CREATE OR REPLACE TABLE "{table.name}" ({", ".join(cols)})'
