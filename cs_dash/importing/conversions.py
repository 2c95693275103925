"""The rules that change what a column's values mean: each one found here is shown and undoable.

An export may write monthly revenue where cs-dash wants annual (MRR), amounts in cents, signed
movements instead of a kind, its own words for revenue kinds and statuses, or ``3:25`` call
lengths in minutes and seconds. Each rule reads the raw header and the column's values (never a
mapping decision: whichever way a header was mapped, its own words decide the unit) and returns
what to do with a ``Conversion`` the user sees. A conversion whose key is in
``ImportOptions.conversions_off`` is left undone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cs_dash.importing.headers import has_cjk, words_of
from cs_dash.importing.parse import direction_of, looks_like_date, tag_of, yes_or_no
from cs_dash.importing.result import Conversion
from cs_dash.importing.scale_words import scale_in_header, scale_name
from cs_dash.importing.vocabulary import (
    ACCOUNT_OR_CONTRACT_STATUS_VOCABULARY,
    ENGAGEMENT_TYPE_VOCABULARY,
    PLAN_DIMENSION_VOCABULARY,
    PLAN_KIND_VOCABULARY,
    PLAN_STATUS_VOCABULARY,
    REVENUE_KIND_VOCABULARY,
    Vocabulary,
    fold,
    is_movement,
)

# ------------------------------------------------------------------------------ the words
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


# The sign for a change before a Latin abbreviation ("ΔMRR", "∆ ARR"); in a Greek word it is a letter.
_DELTA = re.compile(r"[Δ∆](?=\s*[A-Za-z])")


def header_words(header: str) -> str:
    """The header as folded words with single spaces around: 'monthlyAmount_cents' -> ' monthly amount cents '.

    A change of script parts words too: 'MRR増減額' -> ' mrr 増減額 '.
    """
    return f" {words_of(fold(_CAMEL.sub(' ', _DELTA.sub(' delta ', header))))} "


def _says(words: str, phrases: tuple[str, ...]) -> str | None:
    """The first of ``phrases`` the header says, as a whole word or phrase; a word of kana or kanji
    anywhere in a run of them ("月額" in "月額料金"), as Japanese writes compounds."""
    return next((p for p in phrases if f" {p} " in words or (has_cjk(p) and p in words)), None)


# Money per period: the phrases that name each period, in the languages the importer reads.
ANNUAL_WORDS = ("arr", "acv", "annual", "annually", "yearly", "per year", "per annum", "jahrlich",
                "jahresumsatz", "annuel", "annuelle", "anual", "annuale", "jaarlijks", "jaarlijkse",
                "rocni", "yillik", "eves", "anuala", "tahunan",
                # a year's amount in the other languages ("Avtalsvärde per år", "Montant par an")
                "par an", "por ano", "per anno", "annuo", "pro jahr", "jahrlicher", "jahrliche", "jahrliches", "per jaar", "per ar", "om aret",
                "i aret", "arlig", "arligt", "arliga", "arlige", "vuosittain", "rocznie", "roczny",
                # Japanese: a year's amount, yearly
                "年額", "年間", "年次")  # fmt: skip
PERIODS = (
    (12, "monthly", ("mrr", "cmrr", "monthly", "per month", "a month", "month", "mo", "pm", "p m",
                     "monatlich", "monatlicher", "monatliche", "pro monat", "mensuel", "mensuelle",
                     "par mois", "mensual", "por mes", "al mes", "mensal", "por mes", "mensile",
                     "al mese", "maandelijks", "maandelijkse", "per maand",
                     "mesicni", "aylik", "havi", "lunar", "lunara", "bulanan", "per bulan",
                     # Japanese: a month's amount, monthly
                     "月額", "月間", "月次", "毎月")),
    (4, "quarterly", ("qrr", "quarterly", "per quarter", "a quarter", "quarter", "vierteljahrlich",
                      "quartalsweise", "pro quartal", "trimestriel", "trimestrielle", "par trimestre",
                      "trimestral", "por trimestre", "trimestrale", "per kwartaal", "kwartaal")),
    (52, "weekly", ("weekly", "per week", "wochentlich", "hebdomadaire", "semanal", "settimanale",
                    "wekelijks")),
)  # fmt: skip

# Canonical columns holding money per year, and those holding money at all.
ANNUAL_COLUMNS = frozenset((("accounts", "arr"), ("engagements", "arr"), ("revenue", "amount")))
MONEY_COLUMNS = ANNUAL_COLUMNS | {("accounts", "cac"), ("team", "hourly_rate")}

# Canonical columns that count whole things, and the header words that make one an average instead.
COUNT_COLUMNS = frozenset((("usage", "active_users"), ("usage", "events"), ("accounts", "seats_purchased"),
                           ("accounts", "seats_active")))  # fmt: skip
AVERAGE_WORDS = ("avg", "average", "mean", "median", "durchschnitt", "durchschnittlich", "mittelwert",
                 "moyenne", "moyen", "promedio", "media", "medio", "gemiddeld", "gemiddelde", "ratio",
                 "rate", "share", "percent", "pct")  # fmt: skip


def counts_whole_things(table: str, column: str, header: str) -> bool:
    """True for a column of counts (users, events, seats) whose header does not make it an average."""
    return (table, column) in COUNT_COLUMNS and _says(header_words(header), AVERAGE_WORDS) is None


CENTS_WORDS = ("cents", "cent", "in cents", "centimes", "centavos", "centimos", "centesimi",
               "pence", "minor units", "minor unit", "smallest unit")  # fmt: skip
# Stripe writes amounts of these currencies in whole units, not hundredths.
ZERO_DECIMAL = frozenset("bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf".split())
_STRIPE_ID = re.compile(r"^(cus|sub|in|ch|pi|py|ii|si|il|prod|price|txn|re|dp|evt|po)_[A-Za-z0-9]{8,}$")
_ISO_LOWER = re.compile(r"^[a-z]{3}$")
# An API's object id, a type prefix and a key ("cus_jzeftq1o", "sub_00glM93z"): the file came from
# a billing API, and billing APIs write amounts in the currency's smallest unit.
# GoCardless writes its keys in capitals after a two-letter type ("SB000123ABCD", "PM00ZK4XGJ").
_API_ID = re.compile(
    r"^[a-z]{2,6}_(?=[A-Za-z0-9-]*\d)[A-Za-z0-9-]{8,}$|^[A-Z]{2}(?=[A-Z0-9]*\d)[A-Z0-9]{8,}$"
)
# Read as units, a median annual amount per row this large is rare in a book of customers, while
# the same figures in cents (5,000 a year) are typical: with API ids and whole numbers, cents.
LARGE_FOR_UNITS = 500_000
MIN_AMOUNTS_FOR_MAGNITUDE = 4  # distinct amounts: fewer say nothing about their size
_INTEGER = re.compile(r"^-?\d+$")


def _key(column: str, rule: str) -> str:
    return f"{column}:{rule}"


def _shown(header: str) -> str:
    return f"'{header}'"


@dataclass(frozen=True)
class Scale:
    """A factor applied to a money column, with the conversions it stands for."""

    factor: float
    conversions: tuple[Conversion, ...]


def annual_factor(table: str, column: str, header: str) -> tuple[float, Conversion | None]:
    """× 12 for a monthly amount (MRR), × 4 quarterly, × 52 weekly, when the column wants ARR."""
    if (table, column) not in ANNUAL_COLUMNS:
        return 1.0, None
    words = header_words(header)
    if _says(words, ANNUAL_WORDS):
        return 1.0, None
    for factor, period, phrases in PERIODS:
        said = _says(words, phrases)
        if said:
            label = "MRR" if said in ("mrr", "cmrr") else f"{period} amount"
            target = "ARR" if column == "arr" else "an annual amount"
            text = f"{label} × {factor} → {target} (column {_shown(header)} says '{said}')"
            return float(factor), Conversion(_key(column, period), column, text)
    return 1.0, None


def header_scale_factor(column: str, header: str) -> tuple[float, Conversion | None]:
    """× 1,000 or × 1,000,000 when the header says its amounts are in thousands or millions ("ARR (k€)")."""
    found = scale_in_header(header)
    if found is None:
        return 1.0, None
    unit = scale_name(found.factor)
    text = f"{unit} × {found.factor:,.0f} → units (column {_shown(header)} says '{found.said}')"
    return found.factor, Conversion(_key(column, unit.replace(" ", "_")), column, text)


def cents_factor(
    table: str, column: str, header: str, values: list[str], other_columns: dict[str, list[str]]
) -> tuple[float, Conversion | None]:
    """÷ 100 when the amounts are in cents: the header says so, or Stripe's API wrote them.

    Stripe's API (and exports made from it) writes whole numbers in the currency's smallest unit
    with a lower-case currency code beside them; its dashboard writes decimals. So the evidence
    for unmarked cents is all three together: integer amounts, a currency column of lower-case
    codes, and Stripe object ids in the file. Without lower-case codes, whole numbers beside a
    billing API's ids count as cents only when in units they would be implausibly large
    (``LARGE_FOR_UNITS``). Zero-decimal currencies (JPY…) are never divided.
    """
    if (table, column) not in MONEY_COLUMNS:
        return 1.0, None
    words = header_words(header)
    said = _says(words, CENTS_WORDS)
    if said:
        text = f"cents ÷ 100 → units (column {_shown(header)} says '{said}')"
        return 0.01, Conversion(_key(column, "cents"), column, text)
    amounts = [v.strip() for v in values if v and v.strip()]
    if not amounts or not all(_INTEGER.match(v) for v in amounts):
        return 1.0, None
    currencies = next(
        (
            {v.strip() for v in vals if v and v.strip()}
            for name, vals in other_columns.items()
            if "currency" in header_words(name) or "wahrung" in header_words(name)
        ),
        set(),
    )
    if {c.lower() for c in currencies} & ZERO_DECIMAL:
        return 1.0, None
    if not currencies or not all(_ISO_LOWER.match(c) for c in currencies):
        return _cents_by_magnitude(table, column, header, values, other_columns)
    stripe_ids = any(
        any(_STRIPE_ID.match(v.strip()) for v in vals[:50] if v) for vals in other_columns.values()
    )
    if not stripe_ids:
        return 1.0, None
    code = sorted(currencies)[0]
    text = (
        f"cents ÷ 100 → units (column {_shown(header)}: whole-number amounts beside a lower-case "
        f"currency code ('{code}') and Stripe ids, which is how Stripe's API writes amounts)"
    )
    return 0.01, Conversion(_key(column, "cents"), column, text)


def _cents_by_magnitude(
    table: str, column: str, header: str, values: list[str], other_columns: dict[str, list[str]]
) -> tuple[float, Conversion | None]:
    """÷ 100 for whole numbers from a billing API that would be implausibly large in units.

    An amount per billing interval ("amount" beside "interval_unit: monthly") is sized per year
    as the import will annualise it, row by row.
    """
    amounts = [v.strip() for v in values if v and v.strip()]
    if len(amounts) < MIN_AMOUNTS_FOR_MAGNITUDE:
        return 1.0, None
    api_ids = any(any(_API_ID.match(v.strip()) for v in vals[:50] if v) for vals in other_columns.values())
    if not api_ids:
        return 1.0, None
    header_factor = annual_factor(table, column, header)[0]
    interval = interval_column(table, column, header, other_columns)
    interval_header, intervals = (interval[0], other_columns[interval[0]]) if interval else ("", [])
    sizes = sorted(
        abs(int(v.strip()))
        * (
            (interval_per_year(interval_header, intervals[n] or "") or 1.0)
            if n < len(intervals)
            else header_factor
        )
        for n, v in enumerate(values)
        if v and v.strip()
    )
    median = sizes[len(sizes) // 2]
    if median < LARGE_FOR_UNITS:
        return 1.0, None
    text = (
        f"cents ÷ 100 → units (column {_shown(header)}: whole numbers beside a billing API's ids, "
        f"a typical {median:,.0f} a year per row read as units but {median / 100:,.0f} as cents)"
    )
    return 0.01, Conversion(_key(column, "cents"), column, text)


# A header naming the price of one billing period of a subscription ("unit_amount_in_cents",
# "Plan price"): the period lives on the plan, and subscription prices are quoted per month.
UNIT_PRICE_WORDS = ("unit amount", "unit price", "plan amount", "plan price", "subscription price",
                    "subscription amount", "recurring price", "recurring amount")  # fmt: skip
# A bare price is a plan's too when the file names the plan in a column of its own ("price_cents"
# beside "plan_identifier"), or when it is written in cents, as billing systems write their prices.
PRICE_WORDS = ("price", "preis", "prix", "precio", "preco", "prezzo", "prijs", "pris", "cena", "hinta")
PLAN_HEADER_WORDS = ("plan", "plano", "plan id", "plan name", "plan identifier", "tarif", "tariff",
                     "tarifa", "piano", "abo", "package", "paket", "forfait", "pakket")  # fmt: skip


def _unit_price_said(header: str, other_columns: dict[str, list[str]]) -> str | None:
    """The words by which ``header`` names a subscription's price for one billing period, if it does."""
    words = header_words(header)
    said = _says(words, UNIT_PRICE_WORDS)
    if said is not None:
        return said
    price = _says(words, PRICE_WORDS)
    if price is None:
        return None
    beside_a_plan = any(o != header and _says(header_words(o), PLAN_HEADER_WORDS) for o in other_columns)
    return price if beside_a_plan or _says(words, CENTS_WORDS) else None


def assumed_monthly(
    table: str, column: str, header: str, other_columns: dict[str, list[str]]
) -> tuple[float, Conversion | None]:
    """× 12, said as an assumption, for a subscription's unit price when nothing names its interval."""
    if (table, column) not in ANNUAL_COLUMNS:
        return 1.0, None
    words = header_words(header)
    said = _unit_price_said(header, other_columns)
    if said is None or _says(words, ANNUAL_WORDS) or annual_factor(table, column, header)[1] is not None:
        return 1.0, None
    for other, values in other_columns.items():
        filled = [v for v in values if v and v.strip()]
        if other != header and filled and all(interval_per_year(other, v) is not None for v in filled):
            return 1.0, None  # the interval is there, yearly or not: annualised row by row if need be
    text = (
        f"assumed monthly: column {_shown(header)} is a subscription's '{said}' and no column says "
        "its interval, so it is read as a price per month × 12 → ARR; switch this off if the "
        "prices are annual"
    )
    return 12.0, Conversion(_key(column, "assumed_monthly"), column, text)


DIRECTION_SHARE = 0.9  # the share of a tag column's values that must be call directions


def assumed_direction(column: str, header: str, values: list[str]) -> Conversion | None:
    """Outbound → Proactive and inbound → Reactive, said as an assumption, for a column of call directions.

    Only a column whose values are nearly all directions qualifies, and only when its values are
    not proactive/reactive words themselves (those need no assumption).
    """
    filled = [v for v in values if v and v.strip()]
    if not filled or any(tag_of(v) for v in filled):
        return None
    read = [direction_of(v) for v in filled]
    if sum(1 for d in read if d) < DIRECTION_SHARE * len(filled):
        return None
    out = next((v.strip() for v, d in zip(filled, read, strict=True) if d == "proactive"), "outbound")
    inbound = next((v.strip() for v, d in zip(filled, read, strict=True) if d == "reactive"), "inbound")
    text = (
        f"assumed from the call's direction: column {_shown(header)} says '{out}' or '{inbound}' and no "
        f"column says proactive or reactive, so '{out}' is read as Proactive and '{inbound}' as "
        "Reactive; switch this off if the file's calls are not tagged that way"
    )
    return Conversion(_key(column, "assumed_direction"), column, text)


def money_scale(
    table: str,
    column: str,
    header: str,
    values: list[str],
    other_columns: dict[str, list[str]],
    off: set[str],
) -> tuple[Scale, list[Conversion]]:
    """The factor for one number column (conversions switched off count as 1) and those left off.

    A unit of scale in the header applies to any number; the period and cents rules to money only.
    """
    factor, applied, skipped = 1.0, [], []
    for step, found in (
        header_scale_factor(column, header),
        annual_factor(table, column, header),
        assumed_monthly(table, column, header, other_columns),
        cents_factor(table, column, header, values, other_columns),
    ):
        if found is None:
            continue
        if found.key in off:
            skipped.append(found)
        else:
            factor *= step
            applied.append(found)
    return Scale(factor, tuple(applied)), skipped


# ------------------------------------------------------------------------------ vocabularies
VOCABULARIES: dict[tuple[str, str], tuple[Vocabulary, str]] = {
    ("revenue", "kind"): (REVENUE_KIND_VOCABULARY, "revenue kinds"),
    ("accounts", "status"): (ACCOUNT_OR_CONTRACT_STATUS_VOCABULARY, "account statuses"),
    ("plans", "status"): (PLAN_STATUS_VOCABULARY, "plan statuses"),
    ("plans", "kind"): (PLAN_KIND_VOCABULARY, "plan kinds"),
    ("plans", "dimension"): (PLAN_DIMENSION_VOCABULARY, "plan dimensions"),
    ("engagements", "type"): (ENGAGEMENT_TYPE_VOCABULARY, "interaction types"),
}
MAX_SHOWN = 6


def vocabulary_lookup(
    table: str, column: str, header: str, values: list[str]
) -> tuple[dict[str, str], Conversion | None]:
    """Raw value -> canonical word for a kind or status column, and the conversion saying so.

    A value already written as the canonical word is not listed; "reactivation" becomes "new"
    (a won-back customer counts as new business) and the sentence says so.
    """
    entry = VOCABULARIES.get((table, column))
    if entry is None:
        return {}, None
    vocabulary, what = entry
    lookup: dict[str, str] = {}
    for value in values:
        meaning = vocabulary.lookup(value)
        if meaning == "reactivation":
            meaning = "new"
        if meaning is not None:
            lookup[value] = meaning
    changed = {v: m for v, m in lookup.items() if fold(v) != fold(m)}  # not "Churn" -> churn
    if not changed:
        return lookup, None
    shown = [
        f"'{v}' → {m}" + (" (a reactivation counts as new)" if vocabulary.lookup(v) == "reactivation" else "")
        for v, m in list(changed.items())[:MAX_SHOWN]
    ]
    more = f" and {len(changed) - MAX_SHOWN} more" if len(changed) > MAX_SHOWN else ""
    text = f"{what.capitalize()} in cs-dash's words: {', '.join(shown)}{more} (column {_shown(header)})"
    return lookup, Conversion(_key(column, "vocabulary"), column, text)


CHURN_FLAG_WORDS = ("churn", "churned", "is churned", "churn flag", "cancelled", "canceled", "lost",
                    "gekundigt", "abgewandert", "baja", "resilie", "perdido", "cancelado", "perso",
                    "opgezegd",
                    # a customer who left: a bank's or a telco's churn flag
                    "exited", "has exited", "left")  # fmt: skip
BOOLEAN_WORDS = {"yes": True, "y": True, "true": True, "1": True, "x": True, "ja": True, "oui": True,
                 "si": True, "sim": True, "wahr": True, "no": False, "n": False, "false": False,
                 "0": False, "nein": False, "non": False, "nao": False, "falsch": False, "nee": False}  # fmt: skip


def _yes_no_status(
    header: str, values: list[str], header_words_for: tuple[str, ...], yes_no: tuple[str, str], flag: str
) -> tuple[dict[str, str], Conversion | None]:
    """A yes/no column whose header says ``header_words_for`` as a status: yes → ``yes_no[0]``, no → ``[1]``."""
    if not _says(header_words(header), header_words_for) or not values:
        return {}, None
    flags = {v: BOOLEAN_WORDS.get(fold(v), yes_or_no(v)) for v in values}
    if any(is_yes is None for is_yes in flags.values()):
        return {}, None
    lookup = {v: yes_no[0] if is_yes else yes_no[1] for v, is_yes in flags.items()}
    yes = sorted(v for v, is_yes in flags.items() if is_yes)[:2]
    text = (
        f"{_shown(header)} is a yes/no {flag} flag: {' / '.join(repr(v) for v in yes) or 'yes'} → status "
        f"{yes_no[0]}, the rest → {yes_no[1]}"
    )
    return lookup, Conversion(f"status:{flag}_flag", "status", text)


def says_churn(header: str) -> bool:
    """Whether a header speaks of churn as a yes/no flag would ("Churn", "Churned?", "Exited")."""
    return _says(header_words(header), CHURN_FLAG_WORDS)


def churn_flag(header: str, values: list[str]) -> tuple[dict[str, str], Conversion | None]:
    """A yes/no column whose header speaks of churn ("Churn", "Churned?") as the account status."""
    return _yes_no_status(header, values, CHURN_FLAG_WORDS, ("churned", "active"), "churn")


COMPLETION_FLAG_WORDS = ("completed", "complete", "is completed", "is complete", "done", "is done",
                         "finished", "erledigt", "abgeschlossen", "termine", "fait", "hecho",
                         "completado", "concluido", "feito", "completato", "fatto", "voltooid",
                         "afgerond", "klaar", "gedaan")  # fmt: skip


# A box flagged rather than ticked: a warning sign among a checklist's ticks marks a step at risk.
WARNING_MARKS = frozenset(("⚠", "❗", "❕", "!", "‼", "🚩", "🔴"))


def is_warning_mark(value: str) -> bool:
    """True for a warning sign alone in a cell ("⚠", "⚠️" with its emoji selector, "❗")."""
    return value.strip().replace("\ufe0f", "") in WARNING_MARKS


def completion_flag(header: str, values: list[str]) -> tuple[dict[str, str], Conversion | None]:
    """A yes/no column whose header says an item is done ("Completed", "Done?") as the plan status.

    Ticks and empty boxes may sit beside a warning sign ("✔", "☐", "⚠"): the box is still a done
    box, and a flagged one is a step at risk.
    """
    flagged = sorted(v for v in values if is_warning_mark(v))
    marks = [v for v in values if v not in flagged]
    lookup, conversion = _yes_no_status(header, marks, COMPLETION_FLAG_WORDS, ("done", "open"), "completion")
    if not flagged or conversion is None:
        return lookup, conversion
    lookup.update(dict.fromkeys(flagged, "at risk"))
    text = f"{conversion.text}; a warning sign {flagged[0]!r} → at risk"
    return lookup, Conversion(conversion.key, conversion.column, text)


# A milestone, in the six languages: a step toward a goal, or the goal of the tasks beside it.
MILESTONE_WORDS = frozenset(
    "milestone milestones meilenstein meilensteine jalon jalons hito hitos marco marcos traguardo "
    "traguardi mijlpaal mijlpalen".split()
)


def milestones_as_goals(values: list[str]) -> tuple[dict[str, str], Conversion | None]:
    """Milestones are a plan's goals when its kinds name no goal but list tasks beside them.

    An onboarding tool's "Milestone" rows ("Executive sponsor in place") are what its "Task" rows
    lead to; beside a "Goal" or an "Objective" a milestone is a step on the way, as the vocabulary
    reads it.
    """
    kinds = {v: PLAN_KIND_VOCABULARY.lookup(v) for v in values}
    milestones = sorted(v for v in values if fold(v) in MILESTONE_WORDS)
    tasks = [v for v, kind in kinds.items() if kind == "step" and v not in milestones]
    if not milestones or not tasks or "goal" in kinds.values():
        return {}, None
    shown = " / ".join(repr(v) for v in milestones[:MAX_SHOWN])
    return {v: "goal" for v in milestones}, Conversion(
        "kind:milestones_as_goals",
        "kind",
        f"No item is a goal and {tasks[0]!r} items sit beside {shown}: each milestone is read as a goal",
    )


# ------------------------------------------------------------------------------ checklists
def checklist_steps(status_header: str, status_values: list[str]) -> Conversion | None:
    """A plan file without a kind column whose status is a done box is a checklist of steps.

    Each row is something to do and tick off (an onboarding checklist): a goal is reached, not
    ticked, and a blocker is never "done".
    """
    flags, _ = completion_flag(status_header, status_values)
    if not flags and not done_or_not(status_values):
        return None
    return Conversion(
        "kind:checklist_steps", "kind", f"A checklist: every item ticked off in '{status_header}' is a step"
    )


def done_or_not(status_values: list[str]) -> bool:
    """Whether a status says only done or not done, in words: "Completed" / "Not Completed",
    "Done" / "Not done", "Erledigt" / "Nicht erledigt". Such a status is a tick box written out; a third
    state ("In progress", "At risk") tracks more than whether a step is ticked."""
    states = {PLAN_STATUS_VOCABULARY.lookup(v) for v in status_values if v.strip()}
    distinct = {fold(v) for v in status_values if v.strip()}
    negated = any(value in NEGATED_DONE or value in OPEN_ALONE for value in distinct)
    return states == {"done", "open"} and len(distinct) == 2 and negated


# "Open" alone beside "Done" ("Erledigt" / "Offen", "Fait" / "Ouvert") is a tick box too: an item is
# either ticked off or still open, with no third state (in progress, planned, at risk) to track.
OPEN_ALONE = frozenset(
    ("open", "offen", "ouvert", "abierto", "aberto", "aperto", "oppen", "aben", "apen", "avoin",
     "otwarte", "otevreno", "acik", "nyitott", "deschis", "terbuka", "pending", "ausstehend",
     "en attente", "pendiente", "pendente", "in sospeso", "openstaand", "todo", "to do", "a faire",
     "zu erledigen", "por hacer", "a fazer", "da fare", "te doen")
)  # fmt: skip
# A done word negated: the other half of a written-out tick box.
NEGATED_DONE = frozenset(
    ("incomplete", "not complete", "not completed", "not done", "unfinished", "uncompleted", "unvollstandig",
     "nicht erledigt", "nicht abgeschlossen", "incomplet", "non termine", "incompleto", "no completado",
     "nao concluido", "non completato", "onvolledig", "niet afgerond", "onvoltooid")
)  # fmt: skip


# Item headers that say the kind of every item: a step, a milestone, an objective. A "Task" or a
# "To-do" is anything to do (a goal's work or a blocker's fix), so it names no kind.
KIND_ITEM_HEADERS = frozenset(
    "step steps milestone milestones objective objectives goal goals schritt meilenstein ziel "
    "etape jalon objectif paso hito objetivo meta marco obiettivo passo traguardo stap mijlpaal doel".split()
    + ["play step", "next step", "next steps"]
    # an action plan's entries (a mutual action plan, a "Maßnahme" list) are its steps
    + "action actions massnahme massnahmen accion acao azione actie atgard toimenpide dzialanie".split()
    + ["action item", "action items"]
)


# Words a header names an item's text by, beside the kind it names ("Goal name", "Titre du jalon",
# "Ziel-Bezeichnung"), and the little words between: the kind is what is left.
ITEM_TEXT_WORDS = frozenset(
    "name title description text label summary titel bezeichnung beschreibung nom titre libelle "
    "description intitule nombre titulo descripcion nome titolo descrizione naam titel omschrijving "
    "namn beskrivning navn beskrivelse nazwa opis nimi kuvaus "
    "of the de du des d l la le del do da di van het der die des".split()
)


def _kind_words_of(item_header: str) -> str:
    """The header without the words for an item's text: 'Nom de l'objectif' -> 'objectif'."""
    return " ".join(w for w in header_words(item_header).split() if w not in ITEM_TEXT_WORDS)


def kind_named_by_item_header(item_header: str) -> tuple[str, Conversion] | None:
    """A plan file without a kind column whose items are headed by a kind ("Step", "Milestone",
    "Objective", "Risk", "Aufgabe") lists items of that kind: a playbook's steps, a list of goals.
    The kind may stand beside words for the item's text ("Goal name", "Titre du jalon")."""
    if fold(item_header) not in KIND_ITEM_HEADERS and _kind_words_of(item_header) not in KIND_ITEM_HEADERS:
        return None
    kind = PLAN_KIND_VOCABULARY.lookup(item_header) or PLAN_KIND_VOCABULARY.lookup(
        _kind_words_of(item_header)
    )
    if kind is None:
        return None
    return kind, Conversion(
        "kind:named_by_item_header",
        "kind",
        f"Every item under '{item_header}' is a {kind}, as its header says",
    )


@dataclass(frozen=True)
class EveryItem:
    """The kind every item of a plan file without a kind column is of."""

    kind: str  # a key of the plan kinds' vocabulary
    ticked_off: bool  # a checklist: an item whose box is left empty is still open


def kind_of_every_item(
    item_header: str,
    status_header: str | None,
    status_values: list[str],
    applied: Callable[[Conversion | None], bool],
) -> EveryItem | None:
    """What kind the items of a plan file without a kind column are, or None when nothing says.

    The evidence for a plan item's kind, strongest first:

    1. its own cell in a kind column, read by the vocabulary (not here: such a file has a kind),
       with a list of milestones beside tasks and no goal read as its goals (``milestones_as_goals``);
    2. the item column's header, when it names a kind ("Step", "Goal name", "Titre du jalon"):
       every item is of that kind, whatever its status says (``kind_named_by_item_header``);
    3. a status that says only done or not ("Done" / "Not done", a ticked box): a checklist, every
       item a step to tick off, and one left unticked still open (``checklist_steps``).

    ``applied`` records each conversion found and says whether the user left it on; one switched
    off gives way to the next.
    """
    named = kind_named_by_item_header(item_header)
    if named is not None and applied(named[1]):
        return EveryItem(named[0], ticked_off=False)
    if status_header is not None and applied(checklist_steps(status_header, status_values)):
        return EveryItem("step", ticked_off=True)
    return None


# Endings a plural or an inflection adds to a churn word in a file's name ("Kündigungen",
# "Opzeggingen", "Bajas", "Cancelaciones").
_INFLECTIONS = ("", "s", "es", "en", "e", "n", "er")


def churn_named_by_file(file_name: str, title: str) -> Conversion | None:
    """A revenue file without a kind column whose name or title names cancellations is a churn log.

    "Cancellations 2025.csv", "Opzeggingen", "Kündigungen Q1", "churn_events": every row is one
    account lost. A word counts whole, with a plural ending at most, so "personal" is not "perso".
    """
    phrases = [fold(p) for p in REVENUE_KIND_VOCABULARY.words["churn"]]
    for text in (re.sub(r"\.[A-Za-z0-9]{1,4}$", "", file_name), title):
        words = header_words(text)
        said = next(
            (p for p in phrases for end in _INFLECTIONS if f" {p}{end} " in words),
            None,
        )
        if said is not None:
            shown = " ".join(text.split())[:80]
            return Conversion(
                "kind:churn_log",
                "kind",
                f"Every row is a churn: no column names the kind of change, and '{shown}' names "
                f"cancellations ('{said}')",
            )
    return None


# Money paid back to a customer: not the ARR a change adds or takes away.
REFUND_WORDS = ("refund", "refunds", "refunded", "refund amount", "credit note", "erstattung",
                "ruckerstattung", "gutschrift", "remboursement", "avoir", "reembolso", "devolucion",
                "rimborso", "terugbetaling", "restitutie")  # fmt: skip


def names_a_refund(header: str) -> str | None:
    """The refund word an amount's header says ("refund_amount_usd"), or None."""
    return _says(header_words(header), tuple(fold(w) for w in REFUND_WORDS))


# ------------------------------------------------------------------------------ signed movements
def signed_movements(kind_values: list[str], has_negative: bool) -> Conversion | None:
    """Rows whose kind is blank or only says "movement" take it from the amount's sign.

    Only when the file shows it writes signed movements (a negative amount, or a kind such as
    "Movement"): positive → expansion, negative → contraction; an explicit kind is never overridden.
    """
    movement = [v for v in kind_values if is_movement(v)]
    if not has_negative and not movement:
        return None
    said = f" (kinds such as '{movement[0]}')" if movement else ""
    text = (
        f"Signed amounts: a row with no kind{said} is an expansion when its amount is positive and a "
        "contraction when negative"
    )
    return Conversion("kind:from_sign", "kind", text)


POSITIVE_AMOUNTS = Conversion(
    "amount:positive", "amount", "Negative amounts stored as positive numbers (the kind says the direction)"
)


# ------------------------------------------------------------------------------ durations
CALL_WORDS = ("call", "talk", "talk time", "ring", "hold", "handle time", "handling time", "wrap",
              "recording", "voice", "anruf", "gesprach", "appel", "llamada", "chiamata", "gesprek",
              "ligacao", "audio", "video length")  # fmt: skip
HOURS_WORDS = ("time spent", "hours", "hrs", "hr", "h mm", "hh mm", "effort", "worked", "logged",
               "stunden", "heures", "horas", "ore", "uren", "time tracked")  # fmt: skip
_CLOCK = re.compile(r"^\s*(\d+):(\d{1,2})\s*$")


def clock_reading(column: str, header: str, values: list[str]) -> tuple[str, Conversion | None, str | None]:
    """Whether ``a:bb`` durations are hours:minutes or minutes:seconds, from values and header.

    Returns ("hm" or "ms", the conversion when minutes:seconds, a warning when the choice could
    not be told apart). Values decide first: a first part above 23 cannot be hours of one
    interaction; then the header: a call or talk time is minutes:seconds, time spent hours:minutes.
    """
    pairs = [(int(m.group(1)), int(m.group(2))) for v in values if (m := _CLOCK.match(v or ""))]
    if not pairs:
        return "hm", None, None
    words = header_words(header)
    big_first = max(a for a, _ in pairs)
    if big_first > 23:
        example = next(f"{a}:{b:02d}" for a, b in pairs if a == big_first)
        why = f"'{example}' cannot be hours and minutes of one interaction"
        return "ms", Conversion(_key(column, "mm_ss"), column, _mmss_text(header, why)), None
    if said := _says(words, HOURS_WORDS):
        return "hm", None, None
    if said := _says(words, CALL_WORDS):
        why = f"a '{said}' length is written as minutes:seconds"
        return "ms", Conversion(_key(column, "mm_ss"), column, _mmss_text(header, why)), None
    warning = (
        f"{header}: durations such as '{pairs[0][0]}:{pairs[0][1]:02d}' were read as hours:minutes; "
        "if they are minutes:seconds, name the column 'call duration' or map a copy and re-import."
    )
    return "hm", None, warning


UNIT_NAMES = {1 / 60000: ("milliseconds", "÷ 60,000"), 1 / 60: ("seconds", "÷ 60"), 60: ("hours", "× 60")}


def duration_unit_conversion(
    column: str, header: str, unit: float, why: str = "its header"
) -> Conversion | None:
    """The conversion of plain numbers in seconds, milliseconds or hours into minutes.

    ``why`` says what told the unit: "its header", or the values' size when the header is silent.
    """
    if unit == 1:
        return None
    name, step = UNIT_NAMES.get(unit, (f"units of {unit:g} minutes", f"× {unit:g}"))
    said = f"its header and values say {name}" if why == "its header" else f"{why}, so they are {name}"
    text = f"{name} {step} → minutes (column {_shown(header)}: {said})"
    return Conversion(_key(column, "unit"), column, text)


def long_minutes_warning(header: str, why: str) -> str:
    """What was assumed when durations above four hours were kept as minutes."""
    return (
        f"{header}: read as minutes although most are longer than four hours ({why}); if they are "
        "seconds, name the column 'duration (seconds)' and re-import."
    )


def _mmss_text(header: str, why: str) -> str:
    return f"durations read as minutes:seconds, not hours:minutes (column {_shown(header)}: {why})"


# ------------------------------------------------------------------------------ tickets
RESOLVED_WORDS = ("resolved", "solved", "resolution date", "resolved at", "solved at", "resolved date",
                  "gelost", "resolu", "resuelto", "resolvido", "risolto", "opgelost")  # fmt: skip
CLOSED_WORDS = ("closed", "closed at", "closed date", "date closed", "geschlossen", "ferme", "cerrado",
                "fechado", "chiuso", "gesloten",
                # the request's last state after it was resolved (ServiceDesk Plus "Completed Time")
                "completed", "complete", "abgeschlossen", "termine", "completado", "concluido",
                "completato", "voltooid", "afgerond")  # fmt: skip


_NOT_A_TIME = ("status", "by", "hours", "hrs", "minutes", "mins", "seconds", "days", "duration", "sla",
               "count", "reason", "code", "note", "notes", "comment")  # fmt: skip


def resolution_headers(
    headers: list[str], closed_at_header: str | None, samples: dict[str, list[str]]
) -> tuple[str, str] | None:
    """(resolved header, closed header) when a ticket file has both and one fills ``closed_at``.

    A ticket's resolution is its resolved time when a later closed time exists: Zendesk writes
    "Solved at" and, days later, "Closed at"; Jira "Resolved" and "Closed". Both must hold dates
    (a "Resolution time (hours)" is a length, not a time).
    """
    if closed_at_header is None:
        return None

    def kind(header: str) -> str | None:
        words = header_words(header)
        values = [v for v in samples.get(header, []) if v and v.strip()][:50]
        if _says(words, _NOT_A_TIME) or not values:
            return None
        if sum(looks_like_date(v) for v in values) * 2 < len(values):
            return None
        if _says(words, RESOLVED_WORDS):
            return "resolved"
        return "closed" if _says(words, CLOSED_WORDS) else None

    resolved = next((h for h in headers if kind(h) == "resolved"), None)
    closed = next((h for h in headers if kind(h) == "closed"), None)
    if resolved is None or closed is None or closed_at_header not in (resolved, closed):
        return None
    return resolved, closed


def resolution_conversion(resolved: str, closed: str) -> Conversion:
    text = (
        f"closed_at is when the ticket was resolved ({_shown(resolved)}), not when it was closed "
        f"later ({_shown(closed)})"
    )
    return Conversion("closed_at:resolved", "closed_at", text)


# ------------------------------------------------------------------------------ per-row intervals
# A header naming how often an amount recurs ("plan_interval", "Billing period", "Frequency").
INTERVAL_HEADER_WORDS = ("interval", "billing period", "billing cycle", "frequency", "recurrence",
                         "billing frequency", "period unit", "interval unit", "cadence",
                         # a CRM opportunity's value "per" its basis (Capsule: Month, Year, Fixed)
                         "duration basis", "billing basis", "value basis", "price basis",
                         # the same in German, French, Spanish, Portuguese, Italian and Dutch
                         "intervall", "abrechnungsintervall", "zahlungsintervall", "zahlungsweise",
                         "abrechnungszeitraum", "intervalle", "periodicite", "frequence", "intervalo",
                         "periodicidad", "frecuencia", "periodicidade", "frequencia", "periodicita",
                         "frequenza", "intervallo", "frequentie", "factuurperiode", "facturatieperiode")  # fmt: skip
_PER_YEAR = {"day": 365, "daily": 365, "week": 52, "weekly": 52, "month": 12, "monthly": 12, "mo": 12,
             "quarter": 4, "quarterly": 4, "year": 1, "yearly": 1, "annual": 1, "annually": 1,
             "yr": 1, "semiannual": 2, "semi annual": 2, "biannual": 2}  # fmt: skip
_INTERVAL_VALUE = re.compile(r"^(?:every\s+)?(?:(\d{1,2})\s*)?([a-z ]+?)s?$")
# The intervals in German, French, Spanish, Portuguese, Italian and Dutch (folded), times a year.
_PER_YEAR_WORDS = {
    "monatlich": 12, "vierteljahrlich": 4, "quartalsweise": 4, "halbjahrlich": 2, "jahrlich": 1,
    "wochentlich": 52, "mensuel": 12, "mensuelle": 12, "trimestriel": 4, "trimestrielle": 4,
    "semestriel": 2, "semestrielle": 2, "annuel": 1, "annuelle": 1, "hebdomadaire": 52,
    "mensual": 12, "trimestral": 4, "semestral": 2, "anual": 1, "semanal": 52, "mensal": 12,
    "mensile": 12, "trimestrale": 4, "semestrale": 2, "annuale": 1, "settimanale": 52,
    "maandelijks": 12, "per maand": 12, "per kwartaal": 4, "halfjaarlijks": 2, "jaarlijks": 1,
    "per jaar": 1, "wekelijks": 52,
}  # fmt: skip


def per_year(value: str) -> float | None:
    """How many times a year an interval recurs: 'month' 12, 'annual' 1, 'every 3 months' 4."""
    text = " ".join(re.sub(r"[\W_]+", " ", value.casefold()).split())
    if fold(text) in _PER_YEAR_WORDS:
        return float(_PER_YEAR_WORDS[fold(text)])
    found = _INTERVAL_VALUE.match(text)
    if not found or found.group(2) not in _PER_YEAR:
        return None
    count = int(found.group(1) or 1)
    return _PER_YEAR[found.group(2)] / count if count else None


# The unit an interval header counts its values in ("Billing Period (Months)", "interval_weeks").
_INTERVAL_UNIT_WORDS = {"month": "month", "months": "month", "monate": "month", "mois": "month",
                        "meses": "month", "mesi": "month", "maanden": "month", "week": "week",
                        "weeks": "week", "wochen": "week", "semaines": "week", "semanas": "week",
                        "settimane": "week", "weken": "week", "quarter": "quarter", "quarters": "quarter",
                        "year": "year", "years": "year", "jahre": "year", "ans": "year", "anos": "year",
                        "anni": "year", "jaren": "year", "day": "day", "days": "day", "tage": "day",
                        "jours": "day", "dias": "day", "giorni": "day", "dagen": "day"}  # fmt: skip
_COUNT = re.compile(r"^\d{1,3}(?:\.0+)?$")


def interval_per_year(header: str, value: str) -> float | None:
    """How many times a year one row's interval recurs, the unit read from the header when the value is a count.

    'month' 12 under any interval header; '3' under 'Billing Period (Months)' 4, '12' there 1.
    """
    said = per_year(value)
    if said is not None:
        return said
    count = value.strip()
    if not _COUNT.match(count):
        return None
    units = {_INTERVAL_UNIT_WORDS[w] for w in header_words(header).split() if w in _INTERVAL_UNIT_WORDS}
    if len(units) != 1 or not float(count):
        return None
    return _PER_YEAR[units.pop()] / float(count)


def interval_column(
    table: str, column: str, header: str, other_columns: dict[str, list[str]]
) -> tuple[str, Conversion] | None:
    """The column saying each row's interval, for an ARR column whose header names no period."""
    if (table, column) not in ANNUAL_COLUMNS or annual_factor(table, column, header)[1] is not None:
        return None
    if _says(header_words(header), ANNUAL_WORDS):
        return None
    for other, values in other_columns.items():
        filled = [v for v in values if v and v.strip()]
        if other == header or not filled or not _says(header_words(other), INTERVAL_HEADER_WORDS):
            continue
        times = [interval_per_year(other, v) for v in filled]
        if all(t is not None for t in times) and any(t != 1 for t in times):
            target = "ARR" if column == "arr" else "an annual amount"
            text = (
                f"{_shown(header)} is an amount per {_shown(other)}: annualised row by row "
                f"(× 12 for a month, × 4 for a quarter, × 52 for a week, × 1 for a year) → {target}"
            )
            return other, Conversion(_key(column, "per_interval"), column, text)
    return None


# ------------------------------------------------------------------------------ people's names
# Payroll and HR reports sort staff by surname and write "Holloway, Megan"; the other files of
# the same team write "Megan Holloway", and people are matched by name.
PEOPLE_COLUMNS = frozenset((("team", "csm"), ("accounts", "csm"), ("engagements", "csm"), ("plans", "owner")))
_NAME_PART = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}"
_LAST_FIRST = re.compile(rf"^\s*({_NAME_PART})\s*,\s*({_NAME_PART})\s*$")
# What may follow a comma after a whole name: a generation, a degree, a company's legal form.
_AFTER_A_NAME = frozenset(
    "jr jr. sr sr. ii iii iv phd ph.d. md mba cpa esq esq. inc inc. llc ltd ltd. gmbh ag sa plc co co. corp".split()
)


def names_last_first(
    table: str, column: str, header: str, values: list[str]
) -> tuple[dict[str, str], Conversion | None]:
    """'Holloway, Megan' -> 'Megan Holloway' for a people column whose every name is written surname first."""
    if (table, column) not in PEOPLE_COLUMNS:
        return {}, None
    filled = [v for v in values if v and v.strip()]
    found = [_LAST_FIRST.match(v) for v in filled]
    if not filled or not all(found):
        return {}, None
    if any(m and m.group(2).strip().lower() in _AFTER_A_NAME for m in found):
        return {}, None
    lookup = {
        v: f"{m.group(2).strip()} {m.group(1).strip()}" for v, m in zip(filled, found, strict=True) if m
    }
    first = next(iter(lookup.items()))
    text = (
        f"names written surname first: column {_shown(header)} writes every name as 'Last, First' "
        f"('{first[0]}'), read as '{first[1]}' so it matches the other files; switch this off if "
        "they are not people's names"
    )
    return lookup, Conversion(_key(column, "last_first"), column, text)
