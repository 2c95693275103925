"""What a column's values say it is, for headers that are silent or ambiguous.

A sample of each column is profiled once (``profile``): how many values are e-mail addresses,
dates, money, small whole numbers, yes/no, Proactive/Reactive (alone or inside longer text),
status, plan or revenue words, ids, titles of several words, round amounts in the thousands.
``fit`` then says how well that profile suits a canonical column (-1: it cannot be that column;
0: nothing to say; up to 1: it looks exactly like it), and ``content_only`` names the columns the
values alone are enough to map.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from cs_dash.importing import conversions, initiator, month_names, outreach, parse, periods
from cs_dash.importing import vocabulary as kinds
from cs_dash.schema import BOOLEAN, DATE, DURATION, INTEGER, NUMBER, SCORE, TAG, TIMESTAMP, Column

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_HANDLE = re.compile(r"[a-z][a-z0-9._-]*")
# The signs of currencies written in letters beside the amount, as Polish, Nordic, Czech, Hungarian,
# Romanian and Brazilian settings write them ("378,40 zł", "1 200 kr", "R$ 90,00").
CURRENCY_SIGNS = r"(?:zł|zl|kr\.?|Kč|Ft|lei|R\$|[₹₺₩₪₽₴₫₱])"
# (Thousands are parted by a space, a no-break space or a narrow one in French, Nordic, Polish,
# Czech and Russian settings: "12 500", "12\u00a0500", "12\u202f500".)
_NUMBER = re.compile(
    rf"^[-+(]?\s*(?:[A-Z]{{3}}\s?|[A-Z]{{1,2}}(?=\$)|{CURRENCY_SIGNS}\s?)?[$€£¥]?\s*[-+]?\d[\d,.'’ \u00a0\u202f]*"
    rf"(?:[eE][-+]?\d+)?\s*(?:[kK]|M|Mio\.?)?\s*(?:[$€£¥%]|{CURRENCY_SIGNS})?\s*(?:[A-Z]{{3}})?\)?$"
)
# A currency, thousands separators, or an amount written to the cent ("4800.00", "-750,50"): counts,
# scores and lengths are not written with two decimals on every row.
_MONEY = re.compile(
    r"[$€£¥]|\b(?:USD|EUR|GBP|CHF)\b|\d{1,3}(?:[,.'’ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?$|^[-+(]?\d{2,}[.,]\d{2}\)?$"
    rf"|\d\s?{CURRENCY_SIGNS}\)?$|^[-+(]?{CURRENCY_SIGNS}\s?\d"
)
_DURATION = re.compile(
    r"^\d{1,3}:\d{2}(:\d{2})?$|^\d+(\.\d+)?\s*(h|hr|hrs|hours?|m|min|mins|minutes?|s|sec)\b"
    r"|^\d+\s*(h|u|hr|hrs)\s*\d{1,2}\s*(m|min|mins)?$",
    re.I,
)
_ID = re.compile(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9_\-#:./]{1,40}$")
# A record's short code: a prefix and digits ("TKT-1003", "INC0012345", "#4521"), as a tool shows it.
_RECORD_CODE = re.compile(r"(?:[A-Za-z]{1,8}[-_#]?|#)[0-9]{1,12}")
# A board label's colour or a count after a word in brackets: "Goal (green)", "Blocker (3)".
_LABEL_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
_TAG_INSIDE = re.compile(f"{parse.TAG_PROACTIVE_INSIDE}|{parse.TAG_REACTIVE_INSIDE}", re.I)

STATUS_WORDS = frozenset(
    """open opened new pending on hold hold solved resolved closed done completed complete in progress
    active churned cancelled canceled lost won at risk risk inactive trial paying customer former
    expired suspended blocked not started started ongoing overdue late paused archived renewed
    offen geschlossen erledigt aktiv gekundigt ouvert ferme termine actif resilie abierto cerrado
    activo baja aberto fechado ativo cancelado aperto chiuso attivo open gesloten actief opgezegd""".split()
    + ["on hold", "in progress", "at risk", "not started", "closed won", "closed lost", "closed success"]
    + ["doing", "backlog", "to do", "todo", "in review"]  # a board's lists
)
PLAN_KINDS = frozenset(
    "goal goals objective objectives step steps milestone task action blocker blockers risk obstacle "
    "ziel schritt hindernis objectif etape obstacle objetivo paso bloqueo meta etapa obiettivo doel stap".split()
    + ["next step", "next steps", "objectives", "milestones", "risks", "action item", "action items"]
)
DIMENSIONS = frozenset(
    "people product services service quality network transformation process technology adoption "
    "value relationship executive support training integration security financial commercial".split()
)
REVENUE_KINDS = frozenset(
    """new new business new biz new_biz newbiz expansion upsell upgrade contraction downgrade churn
    churned cancellation cancelled canceled renewal renew reactivation reactivated cross sell
    cross-sell downsell""".split()
    + ["new business", "new biz", "cross sell"]
)
PRIORITY_WORDS = frozenset(
    "low normal medium high urgent critical p1 p2 p3 p4 sev1 sev2 sev3 blocker major minor".split()
    # German, French, Spanish and Portuguese, Italian, Dutch, the Nordic languages, Polish
    + "niedrig mittel hoch dringend kritisch basse moyenne normale haute urgente critique".split()
    + "baja media alta urgente critica baixa bassa hoog laag normaal kritiek dringend".split()
    + "lav middels hog kritisk lag medel brad niski sredni wysoki pilny krytyczny".split()
)
# "High priority", "Priorität hoch", "Prioridade alta": a priority word beside the word priority.
PRIORITY_NOUNS = frozenset("priority prio priorität prioritat priorite prioridad prioridade priorita".split())
# The customer segments CS teams sort accounts into, by size or by how they are served.
SEGMENT_WORDS = frozenset(
    """enterprise enterprises mid market midmarket mid size midsize smb sme smes small business
    small medium large strategic key account key accounts commercial corporate startup startups
    scale up scaleup growth mass market long tail self serve self service high touch low touch
    tech touch mittelstand grosskunden grosskunde kmu grandes comptes grand compte pme eti
    grande empresa grandes empresas pyme pymes mediana empresa pequena empresa grande impresa
    grandi aziende pmi mkb grootzakelijk zakelijk""".split()
    + ["mid market", "mid size", "small business", "key account", "key accounts", "scale up",
       "self serve", "self service", "high touch", "low touch", "tech touch", "mass market",
       "long tail", "grandes comptes", "grand compte", "grande empresa", "grandes empresas",
       "mediana empresa", "pequena empresa", "grande impresa", "grandi aziende"]
)  # fmt: skip
MISSING = frozenset(("n/a", "na", "-", "--", "null", "none", "#n/a", "nan", "(blank)", "?", "not set"))
BOOL_WORDS = frozenset(parse.BOOL_TRUE + parse.BOOL_FALSE)
RATING_WORDS = frozenset(parse.RATING_GOOD + parse.RATING_BAD)

# Words that make a name a company's: legal forms (folded, so "S.p.A." is "s p a") and the
# nouns companies are often named with. A person's name has none of them.
LEGAL_FORMS = frozenset(
    """inc llc llp ltd limited corp corporation co company gmbh ag kg ohg sa sas sarl srl spa bv nv oy
    ou ab as aps plc kk pty pte bhd sl sro kft zrt tbk sdn ug se eg""".split()
    + ["s p a", "s a", "s r l", "sp z o o", "s r o", "a s", "k k", "b v", "n v", "a s", "z o o"]
)
COMPANY_WORDS = frozenset(
    """group holding holdings partners associates industries international global enterprises ventures
    systems solutions software technologies technology tech labs lab analytics data digital networks
    cloud services consulting bank capital credit finance financial insurance health healthcare
    medical clinic clinics dental pharma biotech hospital university school schools college academy
    district union logistics freight shipping maritime airlines motors energy power
    mining foods food bakery restaurant hospitality hotels media studio studios design marketing
    realty properties construction manufacturing industrie works factory robotics
    trading retail store stores supply security learning farms sons brothers""".split()
)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?$")


def _company_name(value: str) -> bool:
    folded = f" {kinds.fold(value)} "
    words = folded.split()
    return any(w in COMPANY_WORDS or w in LEGAL_FORMS for w in words[1:] or words) or any(
        f" {form} " in folded for form in LEGAL_FORMS if " " in form
    )


# The words a department or a team is called by ("Customer Success", "Account Management", "Service
# Client", "Inside Sales"): a group of people, never one person's name.
DEPARTMENT_WORDS = frozenset(
    """customer customers success sales support marketing finance operations engineering product
    management team department services service account accounts onboarding renewals partnerships
    legal administration development kundenservice kundendienst kundenerfolg vertrieb verkauf
    klantenservice verkoop ondersteuning klant klanten succes client clients ventes ventas vendas
    vendite soporte suporte assistenza cliente clientes kund kunde""".split()
)


def _department(value: str) -> bool:
    """Whether ``value`` is named with a department's words: 'Customer Success', 'Sales Team'."""
    return any(word in DEPARTMENT_WORDS for word in kinds.fold(value).split())


def _person_name(value: str) -> bool:
    """Two to four capitalised words without digits or a company's words: "Priya Raman".

    A billing system's event in title case ("Subscription Cancelled") names a revenue change, and a
    department ("Customer Success") a group of people, not a person.
    """
    words = value.split()
    return (
        2 <= len(words) <= 4
        and all(_NAME_WORD.match(w) and w[0].isupper() for w in words)
        and not (_company_name(value))
        and not _department(value)
        and not kinds.names_a_revenue_kind(value)
    )


# Columns holding a person's name, where plain numbers or dates are out of place.
PERSON_OR_NAME = {"account", "csm", "respondent", "owner"}
EXCEL_SERIALS = (25_000, 73_000)  # 1968 to 2099 as Excel day numbers
MIN_ROWS_FOR_REPEATS = 8  # fewer rows say nothing about whether names repeat
MONEY_COLUMNS = {"arr", "amount", "cac", "hourly_rate"}
COMPANY_NAMES = 0.5  # this share of distinct names with a company's words is a column of companies
PEOPLE_NAMES = 0.8  # and this share written as people's names a column of people
VOCABULARY_SHARE = 0.7  # the share of values the value vocabulary must know to speak for a column
OPAQUE_IDS = 0.8  # this share of values with digits and no spaces is a column of ids, not names
DIRECTIONS = 0.9  # this share of call directions (outbound/inbound) is a column of directions


@dataclass(frozen=True)
class Profile:
    """Shares (0-1) of a column's non-empty sample values that look like each kind of value."""

    count: int = 0
    email: float = 0.0
    url: float = 0.0
    date: float = 0.0
    epoch: float = 0.0  # plain numbers that read as dates only as epoch seconds or milliseconds
    number: float = 0.0
    money: float = 0.0
    whole: float = 0.0  # whole numbers
    zero_to_ten: float = 0.0
    one_to_five: float = 0.0
    boolean: float = 0.0
    tag: float = 0.0  # exactly Proactive / Reactive / P / R
    tag_inside: float = 0.0  # the words inside longer text ("Proactive check-in")
    direction: float = 0.0  # a call's direction (outbound/inbound), read as the tag by assumption
    initiator: float = 0.0  # who started a contact: our side, the customer's, or the team's people
    outreach: float = 0.0  # whose initiative: active / receptive outreach, 'iniciativa do cliente'
    duration: float = 0.0
    idlike: float = 0.0
    unique: float = 0.0  # distinct values / values
    interval: float = 0.0  # "month", "annual", "every 3 months": how often an amount recurs
    status: float = 0.0
    plan_kind: float = 0.0
    dimension: float = 0.0
    revenue_kind: float = 0.0
    revenue_kind_inside: float = 0.0  # a kind named inside longer text ("New annual subscription")
    revenue_kinds_inside: int = 0  # how many different kinds that text names
    priority: float = 0.0
    plan_status: float = 0.0  # a plan item's status in any language the value vocabulary knows
    segment: float = 0.0  # "Enterprise", "Mid-Market", "SMB": the segments accounts are sorted into
    long_text: float = 0.0  # more than four words
    phrase: float = 0.0  # two words or more with letters: "Reduce onboarding time", a title
    median: float = 0.0  # the middle of the numeric values
    round_thousands: float = (
        0.0  # whole hundreds of 1,000 or more, signed ("10800", "-3600"): contract values
    )
    handle: float = 0.0  # one lower-case word such as "hlund": a login, not a person's name
    company: float = 0.0  # distinct values with a legal form or a company's word ("GmbH", "Logistics")
    person: float = 0.0  # distinct values written as a person's name ("Priya Raman")
    rating: float = 0.0  # "rated good" / "rated bad", "thumbs up": a customer pleased or not
    period: float = 0.0  # a month, quarter, week or year, not a day ("Jan 2024", "2025-01", "Q1 2025")
    code: float = 0.0  # a record's short code: a prefix and digits ("TKT-1003", "#4521")
    account_status: float = 0.0  # an account's status in any language ("Kunde", "Perdu", "Former Customer")
    ticket_status: float = 0.0  # a help desk's ticket states, with one only a ticket is in ("Solved")


def _initiator_share(seen: Counter[str]) -> float:
    """The share of values saying who started a contact: a side, or a person beside a side word.

    A column of people's names alone is a list of people; one beside "Client" names the team.
    """
    if not any(initiator.side_of(v) for v in seen):
        return 0.0
    return _share(seen, lambda v: initiator.side_of(v) or _person_name(v) or initiator.initials(v))


def _share(counts: Counter[str], test) -> float:
    """The share of the values that pass ``test``, each distinct value tested once."""
    return sum(n for v, n in counts.items() if test(v)) / counts.total()


_EPOCH = re.compile(r"\d{9,10}|\d{12,13}")


def _names_an_account_status(value: str) -> bool:
    """A picklist value that is an account's status, alone or before a qualifier: "Former Customer",
    "Customer - Direct". A title that merely contains such a word ("Drive growth") is none."""
    folded = kinds.fold(value)
    index = kinds.ACCOUNT_STATUS_VOCABULARY.index
    if folded in index:
        return True
    head, _, rest = value.partition(" - ")
    return bool(rest) and len(folded.split()) <= 3 and kinds.fold(head) in index


def _looks_like_date(value: str) -> bool:
    if re.fullmatch(r"\d{5}(\.\d+)?", value):
        return EXCEL_SERIALS[0] <= float(value) <= EXCEL_SERIALS[1]  # an Excel serial date
    if _EPOCH.fullmatch(value):
        return True  # epoch seconds or milliseconds
    if re.fullmatch(r"[-+]?\d{1,8}([.,]\d+)?", value):
        return False
    # A month and a year ("Aug-25", "2025-01") is a date too: the first of that month.
    return parse.looks_like_date(value) or month_names.read_month_name_date(value) is not None


_SERIAL = re.compile(r"\d{5}(\.\d+)?")
ROUND_SERIALS = 0.5  # days end in any digit: a tenth of them in 0; amounts mostly do
MIN_RUN = 5  # this many consecutive whole numbers, in order, are a counter rather than days


def _written_date(value: str) -> bool:
    """A date other than an Excel day number."""
    return not _SERIAL.fullmatch(value) and _looks_like_date(value)


def _serials_may_be_dates(seen: Counter[str]) -> bool:
    """Whether a column's five-digit numbers may be Excel day numbers rather than amounts or ids.

    Days end in any digit, so round numbers ("39600", "12000") are amounts; whole numbers counting
    up by one row after row ("40100", "40101", "40102") are a record's sequence number.
    """
    serials = [float(v) for v in seen if _SERIAL.fullmatch(v)]
    if not serials:
        return True
    if sum(s % 10 == 0 for s in serials) >= ROUND_SERIALS * len(serials) and len(serials) >= 2:
        return False
    in_order = [float(v) for v in seen if _SERIAL.fullmatch(v)]  # in the order the rows have them
    steps = [b - a for a, b in zip(in_order, in_order[1:], strict=False)]
    return not (len(in_order) >= MIN_RUN and all(step == 1 for step in steps))


def _as_number(text: str) -> float | None:
    cleaned = re.sub(rf"[A-Z]{{1,2}}(?=\$)|{CURRENCY_SIGNS}|[$€£¥%\s()'’]|[A-Z]{{3}}", "", text).replace(
        ",", ""
    )
    scale = 1.0
    suffix = re.search(r"(?<=\d)(k|K|M|Mio\.?)$", cleaned)
    if suffix:  # "$1.2k", "1.5M": an amount typed by hand
        scale = 1e3 if suffix.group(1) in "kK" else 1e6
        cleaned = cleaned[: suffix.start()]
    try:
        number = float(cleaned) * scale
    except ValueError:
        return None
    # A hex id such as "86e4021" reads as 86 x 10^4021: infinite, as is "1e400": neither says
    # anything about the column.
    return number if math.isfinite(number) else None


_DECIMAL_COMMA = re.compile(r"^[^,]*\d,\d{1,2}\D*$")  # "92,00", "1.200,50": the comma's digits are cents


def _amount(value: str) -> float:
    """The number a value writes, reading a comma before one or two last digits as decimal ("€ 92,00")."""
    if _DECIMAL_COMMA.match(value):
        value = value.replace(".", "").replace(",", ".")
    number = _as_number(value)
    return number if number is not None else 0.0


def _median(numbers: list[float]) -> float:
    return sorted(numbers)[len(numbers) // 2] if numbers else 0.0


def _plan_kind_share(lowered: Counter[str], filled: Counter[str]) -> float:
    """Share of plan-kind words: the common ones, or the value vocabulary's when they are most values.

    The value vocabulary knows more words in more languages ("Cél", "Hambatan"), some of them
    common elsewhere ("problem" is a ticket type), so it speaks only for a column it fills.
    """
    common = _share(lowered, lambda v: _LABEL_QUALIFIER.sub("", v).replace("-", " ") in PLAN_KINDS)
    known = _share(
        filled, lambda v: kinds.fold(_LABEL_QUALIFIER.sub("", v)) in kinds.PLAN_KIND_VOCABULARY.index
    )
    return max(common, known) if known >= VOCABULARY_SHARE else common


def _plan_status_share(seen: Counter[str]) -> float:
    """Share of a plan item's status words in any language the value vocabulary knows ("Completato").

    Only a column the vocabulary mostly fills counts: a title that merely says "done" is no status.
    """
    known = _share(
        seen, lambda v: kinds.fold(_LABEL_QUALIFIER.sub("", v)) in kinds.PLAN_STATUS_VOCABULARY.index
    )
    return known if known >= VOCABULARY_SHARE else 0.0


def _ticket_status_share(seen: Counter[str]) -> float:
    """Share of a help desk's ticket states, when one of them is a state only a ticket is in.

    "Open", "Pending" and "Closed" are a plan item's states too; beside "Solved", "Stalled" or
    "Waiting on customer" they are a ticket's.
    """
    folded = {v: kinds.fold(v) for v in seen}
    if not any(f in kinds.HELP_DESK_STATES for f in folded.values()):
        return 0.0
    return _share(seen, lambda v: folded[v] in kinds.TICKET_STATUS_VOCABULARY.index)


def _names_a_priority(value: str) -> bool:
    """A priority alone ("Haute") or beside the word priority ("High priority", "Prio: hoch")."""
    words = [w for w in kinds.fold(value).split() if w not in PRIORITY_NOUNS]
    return len(words) == 1 and words[0] in PRIORITY_WORDS


OUT_OF_TEN_SHARE = 0.9  # the share of values written over ten ("9/10") that makes them scores


def profile(values: list[str], limit: int = 300) -> Profile:
    """The profile of the first ``limit`` non-empty values."""
    filled = [v.strip() for v in values if v and v.strip() and v.strip().lower() not in MISSING][:limit]
    if not filled:
        return Profile()
    count = len(filled)
    # A sample repeats its values: each distinct value is tested once and weighs as often as it occurs.
    lowered = Counter(v.lower() for v in filled)
    distinct = Counter(dict.fromkeys(filled, 1))
    seen = Counter(filled)
    number_of = {v: _as_number(v) if _NUMBER.match(v) else None for v in seen}
    if _share(seen, parse.OUT_OF_TEN.match) >= OUT_OF_TEN_SHARE:
        # Every value over a scale of ten ("9/10") is a score, not a day and month without a year.
        for v in seen:
            if found := parse.OUT_OF_TEN.match(v):
                number_of[v] = float(found.group(1).replace(",", "."))
    numeric = [(number, n) for v, n in seen.items() if (number := number_of[v]) is not None]
    whole = [(number, n) for number, n in numeric if number == int(number)]

    account_status = _share(seen, _names_an_account_status)

    def words(vocabulary: frozenset[str]):
        return _share(
            lowered, lambda v: v.replace("_", " ").replace("-", " ") in vocabulary or v in vocabulary
        )

    return Profile(
        count=count,
        email=_share(seen, _EMAIL.match),
        url=_share(seen, _URL.match),
        date=_share(seen, _looks_like_date if _serials_may_be_dates(seen) else _written_date),
        epoch=_share(seen, _EPOCH.fullmatch),
        number=sum(n for _, n in numeric) / count,
        money=_share(seen, lambda v: bool(_NUMBER.match(v) and _MONEY.search(v))),
        whole=sum(n for _, n in whole) / count,
        zero_to_ten=sum(n for w, n in whole if 0 <= w <= 10) / count,
        one_to_five=sum(n for w, n in whole if 1 <= w <= 5) / count,
        boolean=_share(lowered, lambda v: v in BOOL_WORDS),
        tag=_share(lowered, lambda v: v in parse.TAG_EXPLICIT),
        tag_inside=_share(seen, _TAG_INSIDE.search),
        direction=_share(seen, parse.direction_of),
        initiator=_initiator_share(seen),
        outreach=outreach.share_read(list(seen.elements())),
        duration=_share(seen, _DURATION.match),
        idlike=_share(seen, lambda v: bool(_ID.match(v)) and " " not in v),
        unique=len(lowered) / count,
        interval=_share(seen, lambda v: conversions.per_year(v) is not None),
        status=max(words(STATUS_WORDS), account_status),
        account_status=account_status,
        plan_status=_plan_status_share(seen),
        plan_kind=_plan_kind_share(lowered, seen),
        dimension=words(DIMENSIONS),
        revenue_kind=max(
            words(REVENUE_KINDS),
            # a movement word ("Amendment", "Change") is a kind whose amount's sign tells which
            _share(seen, lambda v: kinds.names_a_revenue_kind(v) or kinds.is_movement(v)),
        ),
        revenue_kind_inside=_share(seen, lambda v: kinds.REVENUE_KIND_VOCABULARY.lookup(v) is not None),
        revenue_kinds_inside=len({kinds.REVENUE_KIND_VOCABULARY.lookup(v) for v in seen} - {None}),
        priority=_share(seen, _names_a_priority),
        segment=_share(seen, lambda v: kinds.fold(v) in SEGMENT_WORDS),
        long_text=_share(seen, lambda v: len(v.split()) > 4),
        phrase=_share(seen, lambda v: len(v.split()) >= 2 and sum(c.isalpha() for c in v) > len(v) / 2),
        round_thousands=sum(n for w, n in whole if abs(w) >= 1000 and w % 100 == 0) / count,
        median=_median([_amount(v) for v, n in seen.items() if number_of[v] is not None for _ in range(n)]),
        handle=_share(seen, _HANDLE.fullmatch),
        company=_share(distinct, _company_name),
        person=_share(distinct, _person_name),
        rating=_share(lowered, lambda v: v in RATING_WORDS),
        period=_share(seen, _names_a_period),
        code=_share(seen, _RECORD_CODE.fullmatch),
        ticket_status=_ticket_status_share(seen),
    )


def _names_a_period(value: str) -> bool:
    """Whether ``value`` names a period longer than a day: a label for the rows of that period."""
    try:
        found = periods.parse_period(value)
    except (OverflowError, ValueError):  # a long number taken for a year ("sub_3112776062")
        return False
    return found is not None and found.grain != periods.DAY


def _distinct(p: Profile) -> int:
    """How many different values the profiled sample holds."""
    return round(p.unique * p.count)


distinct_values = _distinct


# Tables whose rows are events a customer has again and again: a help desk hears from the same
# customers many times, so a column naming a different customer on every row is a list of them.
REPEATING_CUSTOMERS = ("tickets",)
ONE_PER_ROW = 0.95


def _one_customer_per_row(table: str, name: str, p: Profile) -> bool:
    return (
        table in REPEATING_CUSTOMERS
        and name == "account"
        and p.count >= MIN_ROWS_FOR_REPEATS
        and p.unique >= ONE_PER_ROW
    )


def fit(column: Column, p: Profile, table: str = "") -> tuple[float, str]:
    """How well values with profile ``p`` suit ``column``: -1 (they cannot) to 1, and why."""
    if p.count < 2:
        return 0.0, ""
    if (
        table == "accounts"
        and column.name == "account"
        and p.count >= MIN_ROWS_FOR_REPEATS
        and p.unique < 0.7
    ):
        return -0.6, "the names repeat, as in one row per event rather than one per customer"
    if _one_customer_per_row(table, column.name, p):
        return -0.4, "every row names another customer, as a list of customers does"
    kind, name = column.kind, column.name
    if kind in (DATE, TIMESTAMP):
        if p.date >= 0.8:
            return 0.6, "the values are dates"
        return (-1.0, "the values are not dates") if p.date < 0.5 else (0.0, "")
    if kind == TAG:
        if p.tag >= 0.8:
            return 1.0, "the values are Proactive/Reactive"
        if p.tag_inside >= 0.5:
            return 0.7, "the values say Proactive/Reactive"
        if p.outreach >= outreach.MOST:
            return 0.6, "the values say whose initiative each contact was (active or receptive outreach)"
        if p.direction >= DIRECTIONS:
            return 0.3, "the values are call directions, read as Proactive (outbound) or Reactive (inbound)"
        if p.boolean >= 0.9:
            return 0.0, ""
        return -1.0, "the values are not Proactive/Reactive"
    if kind == BOOLEAN:
        if name == "recommend" and p.rating >= 0.8:
            return 0.6, "the values are good/bad ratings"
        return (0.6, "the values are yes/no") if p.boolean >= 0.8 else (-1.0, "the values are not yes/no")
    if kind == SCORE:
        if p.number < 0.8:
            return -1.0, "the values are not numbers"
        top = p.one_to_five if name == "effectiveness" else p.zero_to_ten
        if top >= 0.9:
            return 0.7, "the values are whole numbers 0–10" if name == "score" else "the values are 1–5"
        return -1.0, "the values are out of a score's range"
    if kind in (NUMBER, INTEGER):
        if p.number < 0.8 or p.date > 0.5:
            return -1.0, "the values are not numbers"
        if name in MONEY_COLUMNS and p.money >= 0.5:
            return 0.6, "the values are money"
        if kind == INTEGER and p.whole < 0.9:
            return -0.5, "the values are not whole numbers"
        if p.zero_to_ten >= 0.95 and name in MONEY_COLUMNS:
            return -0.3, "the values are small whole numbers"
        return 0.3, "the values are numbers"
    if kind == DURATION:
        if p.number >= 0.8 or p.duration >= 0.8:
            return 0.4, "the values are durations"
        return -1.0, "the values are not durations"
    return _text_fit(name, p, table)


def _text_fit(name: str, p: Profile, table: str = "") -> tuple[float, str]:
    if name == "segment" and p.number >= 0.9 and p.zero_to_ten < 0.5:
        return -1.0, "the values are amounts, not segments"
    if name in PERSON_OR_NAME:
        if p.date >= 0.8:
            return -1.0, "the values are dates"
        if p.boolean >= 0.8 or p.tag >= 0.8:
            return -1.0, "the values are yes/no"
        if p.number >= 0.9 and name != "account":
            return -1.0, "the values are numbers"
        if p.email >= 0.8:
            return (0.6, "the values are e-mail addresses") if name != "account" else (-0.3, "")
        if name == "account" and p.idlike >= OPAQUE_IDS:
            # "cus_glM93zfW" beside "Acme Corp": both can be the account, the names are what a
            # person reads; the ids still map when nothing else names the account.
            return -0.3, "the values are ids, not names"
        if p.number >= 0.9:
            return -0.4, "the values are numbers"
        if p.handle >= 0.8 and name != "account":
            # Tempo's "Username" next to "Full name": the pages show and match people by name.
            return 0.0, "the values look like user names, not people's names"
        if p.company >= COMPANY_NAMES and name == "account":
            # A little more than any name: every table has an account, so this tells no table apart.
            return 0.2, "the values are company names"
        if p.company >= COMPANY_NAMES and p.person < 0.2:
            return -1.0, "the values are company names, not people's"
        if p.person >= PEOPLE_NAMES and p.company < 0.2 and name != "account":
            return 0.3, "the values are people's names"
        return 0.1, ""
    if name == "ticket_id":
        if p.idlike >= 0.8 and p.unique >= 0.9:
            return 0.6, "the values are unique ids"
        return (-0.6, "the values are not ids") if p.unique < 0.5 else (0.0, "")
    if name == "status" and _ticket_states_only(p, table):
        return -0.5, "the values are a help desk's ticket states"
    if name == "status":
        if p.number >= 0.9 and p.boolean < 0.9:
            # "50%", "0.8": how far along an item is, or a score, never the word for its state;
            # a 1/0 flag ("Is Completed", "Churn") is a yes/no state and stays a candidate.
            return -1.0, "the values are numbers (a progress or a share), not status words"
        status = max(p.status, p.plan_status) if table == "plans" else p.status
        return (0.6, "the values are status words") if status >= 0.7 else (0.0, "")
    if name == "priority":
        return (0.6, "the values are priorities") if p.priority >= 0.7 else (0.0, "")
    if name == "kind":
        if p.plan_kind >= 0.7 and p.count >= MIN_ROWS_FOR_REPEATS and _distinct(p) == 1:
            # Jira's "Issue Type" is "Task" on every row: it tells no row's kind from another's.
            return -0.5, "every row has the same kind"
        # A plan's kind is a goal, step or blocker, a revenue change's is new, renewal, expansion...:
        # the other table's words are no kind of this one ("New Business" is not a plan item's kind).
        if p.plan_kind >= 0.7 and table != "revenue":
            return 0.7, "the values are goal/step/blocker"
        if p.revenue_kind >= 0.7 and table != "plans":
            return 0.7, "the values are revenue kinds"
        if p.plan_kind >= 0.7:
            return -0.5, "the values are goal/step/blocker, not revenue kinds"
        if p.revenue_kind >= 0.7:
            return -0.5, "the values are revenue kinds, not goal/step/blocker"
        if max(p.plan_kind, p.revenue_kind) < 0.3:
            return -1.0, "the values are not goal/step/blocker or revenue kinds"
        return -0.5, "the values are not goal/step/blocker or revenue kinds"
    if name == "segment" and p.segment >= 0.8:
        return 0.5, "the values are customer segments"
    if name == "segment" and max(p.revenue_kind, p.status, p.tag, p.plan_kind) >= 0.7:
        return -0.5, "the values are kinds or statuses, not segments"
    if name == "segment" and p.interval >= 0.9:
        return -1.0, "the values are billing intervals, not segments"
    if name == "feature" and p.revenue_kind >= 0.7:
        return -0.5, "the values are revenue kinds, not features"
    if name == "dimension":
        return (0.5, "the values are plan dimensions") if p.dimension >= 0.6 else (0.0, "")
    if name in ("link",):
        return (0.6, "the values are links") if p.url >= 0.8 else (-0.5, "the values are not links")
    if name in ("notes", "comment"):
        return (0.3, "the values are free text") if p.long_text >= 0.3 else (0.0, "")
    if name == "item":
        return (-0.5, "the values are not text") if p.number >= 0.9 or p.date >= 0.9 else (0.1, "")
    if p.date >= 0.9 or p.number >= 0.95:
        return -0.3, "the values are not text"
    if p.boolean >= 0.9:
        return -0.5, "the values are yes/no"
    return 0.0, ""


def _ticket_states_only(p: Profile, table: str) -> bool:
    """Whether a status column holds a ticket's states rather than a plan item's or an account's."""
    if p.ticket_status < VOCABULARY_SHARE:
        return False
    if table == "plans":
        return p.plan_status < VOCABULARY_SHARE
    return table == "accounts" and p.account_status < VOCABULARY_SHARE


ROUND_AMOUNTS = 0.8  # this share of whole hundreds over a thousand is a column of contract values
HOURLY_RATES = (5, 1000)  # what an hour of someone's work costs, in any currency people write rates in
# A lone count in a usage file is its events; of two, the one that is never the larger is the users.
USAGE_COUNTS = {"events": 0.35, "active_users": 0.34}
TITLES = 0.8  # this share of values of several words is a column of titles (a plan's items)
TITLES_UNIQUE = 0.25  # and titles differ (the same steps recur across accounts, a project name does not)
MIN_TITLES = 3
HALF = 0.5  # titles of a few capitalised words read as names now and then, people's names mostly
OTHER_TEXT = 0.3  # titles are not companies, people, statuses, kinds, dates or numbers


def _titles(p: Profile) -> bool:
    """Several words of free text, varied: what a goal, a step or a task is called."""
    others = (p.company, p.status, p.plan_kind, p.revenue_kind, p.date, p.number, p.email, p.url)
    varied = p.unique >= TITLES_UNIQUE and _distinct(p) >= MIN_TITLES
    # "Quarterly Business Review" in title case reads as a name; a column of people mostly does.
    return p.phrase >= TITLES and varied and max(others) < OTHER_TEXT and p.person < HALF


def _contract_values(p: Profile) -> bool:
    """Whole hundreds in the thousands on nearly every row: what customers pay (or a change of it)."""
    return p.number >= 0.95 and p.round_thousands >= ROUND_AMOUNTS and p.epoch < 0.2 and p.date < 0.2


def _counts(p: Profile) -> bool:
    """Whole numbers, not dates nor yes/no, varied: how many users or events an account had."""
    return (
        p.whole >= 0.95
        and p.date < 0.2
        and p.boolean < 0.5
        and p.epoch < 0.2
        and p.unique >= 0.3
        and p.median >= 1
        and p.money < 0.5
    )


def content_only(table: str, column: Column, p: Profile) -> tuple[float, str]:
    """A score (0-1) for mapping a header that names nothing onto ``column`` from its values alone."""
    if p.count < 2:
        return 0.0, ""
    name = column.name
    if column.kind == TAG and p.tag >= 0.8:
        return 0.85, "content: the values are Proactive/Reactive"
    if column.kind == TAG and p.tag_inside >= 0.5:
        return 0.6, "content: the values say Proactive or Reactive"
    if column.kind == TAG and p.outreach >= outreach.MOST:
        return (
            0.55,
            "content: the values say whose initiative each contact was (active or receptive outreach)",
        )
    if column.kind == TAG and p.direction >= DIRECTIONS and _distinct(p) >= 2:
        return 0.45, "content: call directions, read as Proactive (outbound) or Reactive (inbound)"
    if column.kind in (DATE, TIMESTAMP) and column.required and p.date >= 0.9:
        if p.epoch >= 0.5:
            # Nine or ten digits are epoch seconds or just as likely an id ("Call ID" 166175279):
            # a column of written dates says it more plainly.
            return 0.4, "content: the values read as epoch seconds"
        return 0.5, "content: the values are dates"
    if name in ("csm", "respondent") and p.email >= 0.8:
        return 0.45, "content: the values are e-mail addresses of people"
    if name == "account" and p.company >= COMPANY_NAMES and p.idlike < OPAQUE_IDS:
        if _one_customer_per_row(table, name, p):
            return 0.3, "content: company names, a different one on every row"
        return (
            0.5,
            "content: the values are company names (legal forms such as GmbH, words such as Logistics)",
        )
    if name in ("csm", "owner") and p.person >= PEOPLE_NAMES and p.company < 0.2 and p.unique < 0.7:
        # A handful of people over many rows: the team, not each row's contact.
        return 0.4, "content: a few people's names, repeated"
    if name == "csm" and table == "team" and p.person >= PEOPLE_NAMES and p.company < 0.2:
        return 0.45, "content: the values are people's names"
    if (
        name == "score"
        and table == "surveys"
        and p.whole >= 0.95
        and p.zero_to_ten >= 0.95
        and p.unique < 0.5
    ):
        return 0.5, "content: whole numbers from 0 to 10"
    if name in ("recommend", "escalated") and p.boolean >= 0.95:
        return 0.45, "content: the values are yes/no"
    if name == "recommend" and table == "surveys" and p.rating >= 0.9:
        return 0.6, "content: the values are good/bad ratings"
    if name == "kind" and table == "plans" and p.plan_kind >= 0.8 and _distinct(p) >= 2:
        return 0.7, "content: the values are goal, step or blocker, row by row"
    if name == "kind" and table == "plans" and p.plan_kind >= 0.8:
        return 0.6, "content: the values are goal/step/blocker"
    if name == "kind" and table == "revenue" and p.revenue_kind >= 0.8:
        return 0.6, "content: the values are revenue kinds"
    if name == "kind" and table == "revenue" and p.revenue_kind_inside >= 0.8 and p.revenue_kinds_inside >= 2:
        # One kind named on every row ("Q2 2025 renewals" as a section) tells no row from another.
        return 0.5, "content: the values name revenue kinds in longer text"
    if name == "dimension" and p.dimension >= 0.7:
        return 0.45, "content: the values are plan dimensions"
    if name == "item" and table == "plans" and _titles(p):
        return 0.45, "content: titles of several words, mostly different"
    if name in USAGE_COUNTS and table == "usage" and _counts(p):
        return USAGE_COUNTS[name], "content: whole numbers that repeat little, as counts do"
    if name == "status" and max(p.status, p.plan_status if table == "plans" else 0.0) >= 0.8:
        return 0.4, "content: the values are status words"
    if name == "priority" and p.priority >= 0.8:
        return 0.4, "content: the values are priorities"
    if name == "segment" and p.segment >= 0.8 and _distinct(p) >= 2:
        return 0.4, "content: the values are customer segments (Enterprise, Mid-Market, SMB)"
    if name == "ticket_id" and p.idlike >= 0.9 and p.unique >= 0.95:
        return 0.35, "content: unique ids"
    if (
        name == "hourly_rate"
        and table == "team"
        and p.money >= 0.8
        and HOURLY_RATES[0] <= p.median <= HOURLY_RATES[1]
    ):
        return 0.45, "content: amounts of money the size of an hourly rate"
    if name == "arr" and table == "accounts" and _contract_values(p):
        return 0.4, "content: round amounts in the thousands, as yearly contract values are"
    if name == "amount" and table == "revenue" and _contract_values(p):
        return 0.4, "content: round amounts in the thousands, as changes of contract value are"
    if name in ("arr", "amount") and p.money >= 0.8:
        return 0.4, "content: the values are money"
    if name == "link" and p.url >= 0.9:
        return 0.45, "content: the values are links"
    return 0.0, ""
