"""Turn raw text columns into canonical values, in SQL so a million rows parse in DuckDB's time.

Python decides per column what the text looks like (the date format from the column's distinct
values, the decimal convention of amounts, the unit of durations); each builder then returns one
SQL expression over the raw column. Expressions yield NULL where a value cannot be read; the
pipeline turns those NULLs into rejected rows or dropped values with reasons.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from cs_dash.importing.month_names import (
    FILLER_WORDS,
    FULL_WIDTH_DIGITS,
    date_tokens,
    month_table,
    month_then_number,
    read_month_name_date,
)
from cs_dash.importing.vocabulary import fold
from cs_dash.schema import (
    BOOLEAN,
    DATE,
    DURATION,
    INTEGER,
    KEY_COLUMNS,
    NUMBER,
    SCORE,
    TAG,
    TEXT,
    TIMESTAMP,
    Column,
)

# The words for proactive and reactive in the languages exports come in (German, French, Spanish,
# Portuguese, Italian, Dutch, the Nordic languages, Polish, Finnish, Czech, Turkish, Hungarian,
# Romanian, Greek, Indonesian): as explicit as the English ones, unlike yes/no flags.
_PROACTIVE_WORDS = (
    "proactive", "pro-active", "pro active", "proaktiv", "proactif", "proactivo", "proactiva",
    "proativo", "proativa", "proattivo", "proattiva", "proactief",
    "proaktywny", "proaktywna", "proaktywne", "proaktiivinen",
    "proaktivní", "proaktivni", "proaktif", "proaktív", "proactiv", "proactivă", "proactiva", "προληπτική", "προληπτικη",
    # Japanese: the loanword and the native word for acting first ("能動的"), and the "pushing" touch
    "プロアクティブ", "能動", "能動的", "能動型", "攻め",
    # Chinese and Korean: acting first, taking the initiative ("主动", "선제적")
    "主动", "主動", "能动", "主动的", "主動的", "선제", "선제적", "능동", "능동적", "프로액티브",
)  # fmt: skip
_REACTIVE_WORDS = (
    "reactive", "re-active", "re active", "reaktiv", "réactif", "reactif", "réactive", "reactivo",
    "reactiva", "reativo", "reativa", "reattivo", "reattiva", "reactief",
    "reaktywny", "reaktywna", "reaktywne", "reaktiivinen",
    "reaktivní", "reaktivni", "reaktif", "reaktív", "reactiv", "reactivă", "αντιδραστική", "αντιδραστικη",
    # Japanese: the loanword and the native word for answering ("受動的"), and the "guarding" touch
    "リアクティブ", "受動", "受動的", "受動型", "守り",
    # Chinese and Korean: answering, after the fact ("被动", "사후")
    "被动", "被動", "被动的", "被動的", "사후", "사후적", "수동", "수동적", "리액티브",
)  # fmt: skip
# "Proactive?" answered yes or no, in the languages of the yes/no words below.
_YES_WORDS = ("ja", "oui", "si", "sí", "sì", "sim", "tak", "kyllä", "kylla", "ano", "evet", "igen", "da", "ya", "ναι",
              "はい")  # fmt: skip
_NO_WORDS = ("nein", "non", "não", "nao", "nee", "nej", "nei", "nie", "ei",
             "ne", "hayır", "hayir", "nem", "nu", "tidak", "όχι", "οχι", "いいえ")  # fmt: skip
# A Japanese sheet's flag says whether a thing is there: "有" / "無" ("あり" / "なし"), or a circle / a
# cross; "済" is done, "未" not yet.
JAPANESE_YES = ("有", "有り", "あり", "○", "〇", "◯", "済", "済み")
JAPANESE_NO = ("無", "無し", "なし", "×", "未")
# A sheet's ticked and crossed boxes are a yes and a no too ("✓", "☑", "✗", "☐"), and so are the
# boxes a plain-text checklist writes ("[x]", "[ ]").
TICKS = ("✓", "✔", "✔️", "☑", "☑️", "✅", "☒", "[x]", "[✓]", "[✔]")
CROSSES = ("✗", "✘", "✕", "✖", "✖️", "❌", "☐", "[ ]", "[]")
# A spreadsheet's TRUE and FALSE as Excel and Google Sheets write them in their UI languages.
SHEET_TRUE = ("waar", "vrai", "wahr", "verdadero", "verdadeiro", "vero", "sant", "sand", "sann",
              "prawda", "tosi", "pravda", "doğru", "dogru", "igaz", "adevărat", "adevarat", "benar")  # fmt: skip
SHEET_FALSE = ("onwaar", "faux", "falsch", "falso", "falskt", "falsk", "usann", "fałsz", "falsz",
               "epätosi", "epatosi", "nepravda", "yanlış", "yanlis", "hamis", "fals", "salah")  # fmt: skip
# (A database writes a boolean as "t" or "f": PostgreSQL's text output of an "is_proactive" flag.)
TAG_PROACTIVE = (*_PROACTIVE_WORDS, "p", "yes", "y", "true", "t", *_YES_WORDS, *SHEET_TRUE, *TICKS)
TAG_REACTIVE = (*_REACTIVE_WORDS, "r", "no", "n", "false", "f", *_NO_WORDS, *SHEET_FALSE, *CROSSES)
TAG_WORDS = frozenset(TAG_PROACTIVE + TAG_REACTIVE)
TAG_EXPLICIT = frozenset((*_PROACTIVE_WORDS, *_REACTIVE_WORDS, "p", "r"))


def _inside_pattern(words: tuple[str, ...]) -> str:
    """A regular expression finding one of the tag's own words as a word (``TAG_EXPLICIT`` words only).

    Yes/no words say nothing inside longer text: "false" in a churn flag is no reactive engagement.
    """
    spelled = sorted(
        {re.escape(w).replace(r"\-", "-").replace(r"\ ", " ").replace("-", " ") for w in words if len(w) > 1},
        key=len,
        reverse=True,
    )
    body = "|".join(w.replace(" ", "[-_ ]?") for w in spelled)
    return f"(^|[^a-z0-9àâäçéèêëîïôöûüñ])({body})($|[^a-z0-9àâäçéèêëîïôöûüñ])"


# A call's direction in the languages above: a CS leader reads an outbound call as proactive and
# an inbound one as reactive. That reading is an assumption, so it is applied only as a conversion
# the user sees and can switch off (``conversions.assumed_direction``), never by ``tag_of``.
DIRECTION_OUT = (
    "outbound", "out", "outgoing", "ausgehend", "abgehend", "sortant", "sortante", "saliente",
    "efectuada", "realizada", "de saida", "de saída", "saida", "saída", "efetuada",
    "in uscita", "uscita", "uscente", "uitgaand", "uitgaande",
)  # fmt: skip
DIRECTION_IN = (
    "inbound", "in", "incoming", "eingehend", "ankommend", "entrant", "entrante", "recibida",
    "de entrada", "entrada", "recebida", "in entrata", "entrata", "inkomend", "inkomende",
)  # fmt: skip
# Words a direction may carry around it ("Outbound call", "appel sortant"): they name the medium.
_CALL_WORDS = re.compile(r"\b(calls?|phone|anruf|appel|llamada|chamada|chiamata|gesprek|oproep|telefonat)\b")


def direction_of(value: str | None) -> str | None:
    """'proactive' for an outbound call, 'reactive' for an inbound one, None for anything else."""
    if value is None:
        return None
    words = " ".join(_CALL_WORDS.sub(" ", value.strip().lower().replace("_", " ").replace("-", " ")).split())
    if words in DIRECTION_OUT:
        return "proactive"
    if words in DIRECTION_IN:
        return "reactive"
    return None


# A CS platform's "Planned Touch" and "Unplanned" (ChurnZero, Totango): a touch the CSM planned is
# proactive, one that was not planned answers something that happened, so it is reactive. Read only
# inside a value, never as a yes/no: "non planifié" is the unplanned word, not the planned one.
_PLANNED_WORDS = (
    "planned", "pre-planned", "geplant", "planifié", "planifie", "planificado", "planificada",
    "planejado", "planejada", "pianificato", "pianificata", "gepland", "planerad", "planlagt",
)  # fmt: skip
_UNPLANNED_WORDS = (
    "unplanned", "not planned", "ungeplant", "nicht geplant", "non planifié", "non planifie",
    "imprévu", "imprevu", "no planificado", "no planificada", "imprevisto", "não planejado",
    "nao planejado", "não planejada", "nao planejada", "non pianificato", "non pianificata",
    "ongepland", "niet gepland", "oplanerad", "uplanlagt",
)  # fmt: skip
# "Proactive check-in", "Outbound - Proactive", "proactive_outreach": the word inside other words.
TAG_PROACTIVE_INSIDE = _inside_pattern(_PROACTIVE_WORDS + _PLANNED_WORDS)
TAG_REACTIVE_INSIDE = _inside_pattern(_REACTIVE_WORDS + _UNPLANNED_WORDS)
_UNPLANNED_INSIDE = _inside_pattern(_UNPLANNED_WORDS)
_PROACTIVE_ONLY_INSIDE = _inside_pattern(_PROACTIVE_WORDS)
BOOL_TRUE = ("yes", "y", "true", "t", "1", "x", "ja", "oui", "si", "sí", "sì", "escalated",
             "sim", "tak", "kyllä", "kylla", "ano", "evet", "igen", "da", "ya", "ναι", "はい",
             *JAPANESE_YES, *SHEET_TRUE, *TICKS)  # fmt: skip
BOOL_FALSE = ("no", "n", "false", "f", "0", "nein", "non",
              "não", "nao", "nee", "nej", "nei", "nie", "ei",
              "ne", "hayır", "hayir", "nem", "nu", "tidak", "όχι", "οχι", "いいえ",
              *JAPANESE_NO, *SHEET_FALSE, *CROSSES)  # fmt: skip


def yes_or_no(value: str) -> bool | None:
    """True for a yes (a word, TRUE in a sheet's language, a ticked box), False for a no, else None."""
    v = value.strip().lower()
    if v in BOOL_TRUE:
        return True
    if v in BOOL_FALSE:
        return False
    return None


# A chat or a help-desk rating is a yes or a no too: whether the customer was pleased.
RATING_GOOD = ("good", "rated good", "thumbs up", "positive", "satisfied", "helpful", "great")
RATING_BAD = (
    "bad",
    "rated bad",
    "thumbs down",
    "negative",
    "unsatisfied",
    "dissatisfied",
    "not helpful",
    "poor",
)

# ---------------------------------------------------------------------------------------- dates
_TIME_TAIL = re.compile(r"[ T]\d{1,2}:\d{2}.*$")
# A zone's abbreviation after a clock ("5:10 AM PST", "14:05 MEZ", "10:00 (CET)"), as minutes
# east of UTC. The time is converted to UTC, as an ISO offset is. Names that mean different zones
# in different countries ("IST": India, Ireland, Israel) and the generic "ET"/"PT", whose offset
# changes with the season, are not listed: such a time is rejected, not read in a guessed zone.
# "CST" is North American Central time, as in the US tools that write it.
CLOCK_ZONES = {
    "UTC": 0, "GMT": 0, "WET": 0, "WEZ": 0, "WEST": 60, "WESZ": 60, "BST": 60,
    "CET": 60, "MEZ": 60, "CEST": 120, "MESZ": 120, "EET": 120, "OEZ": 120, "EEST": 180,
    "OESZ": 180, "MSK": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "BRT": -180, "ART": -180,
    "JST": 540, "KST": 540, "SGT": 480, "HKT": 480, "AWST": 480, "ACST": 570, "AEST": 600,
    "AEDT": 660, "NZST": 720, "NZDT": 780,
}  # fmt: skip
_CLOCK = r"[0-9]:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:\s*[AaPp]\.?\s?[Mm]\.?)?"
_ZONE_NAMES = "|".join(sorted(CLOCK_ZONES, key=len, reverse=True))
# The zone after a clock, in both Python's re and DuckDB's regexp (group 1: the clock, 2: the zone).
CLOCK_ZONE_SQL = rf"({_CLOCK})\s*\(?((?i:{_ZONE_NAMES}))\)?$"
CLOCK_ZONE = re.compile(CLOCK_ZONE_SQL)

# Twelve-hour clocks as exports write them ("9:50 p.m.", "09:50 a. m.", "4 pm", "9:50PM"), and a
# comma between date and time ("Oct. 2, 2024, 9:50 p.m."), rewritten to "9:50 PM" / "4:00 PM"
# with a space before the time, so one set of formats reads them all. Each rule is a pattern
# both Python's re and DuckDB's regexp_replace read, and its replacement.
CLOCK_RULES = (
    # Central European dates: "5. 11. 2024" (Czech, Slovak) loses its spaces, "2024.09.27."
    # (Hungarian) its closing dot; a time written with dots ("8/9/2024 09.40.00": Indonesian,
    # Finnish, Danish) gets colons.
    (r"^([0-9]{1,2})\. ?([0-9]{1,2})\. ?([0-9]{4})", r"\1.\2.\3"),
    (r"^([0-9]{4})\.([0-9]{1,2})\.([0-9]{1,2})\.( |$)", r"\1.\2.\3\4"),
    # Korean dates ("2025. 3. 14.", "2025. 3. 14"): the year first, each part closed by a dot.
    (r"^([0-9]{4})\. ([0-9]{1,2})\. ([0-9]{1,2})\.?( |$)", r"\1.\2.\3\4"),
    # Korean, Chinese and Japanese put the half of the day before the clock ("오후 2:30", "下午2:30").
    (r"\s*(?:오전|上午|午前)\s*([0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)$", r" \1 AM"),
    (r"\s*(?:오후|下午|午後)\s*([0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)$", r" \1 PM"),
    (r"([0-9]) ([0-9]{1,2})\.([0-9]{2})\.([0-9]{2})$", r"\1 \2:\3:\4"),
    # Hours and minutes with a dot after a full date ("29/09/2024 10.43": Excel in the Italian
    # locale; "29.9.2024 klo 10.43" in Finnish, "kl. 10.43" in Swedish, Danish and Norwegian).
    # Only after a date, so that "1 12.50" is never taken for a clock.
    (
        r"^([0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}) (?:(?i:klo|kl)\.? )?([0-9]{1,2})\.([0-9]{2})$",
        r"\1 \2:\3",
    ),
    # A browser's Date.toString() (Linear): "Thu May 29 2025 00:00:00 GMT+0000 (Coordinated
    # Universal Time)": the UTC zone and its name go, then the weekday before the month or day.
    (r"\s+GMT[+-]?0000(\s*\([^()]*\))?$", ""),
    (r"^(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+([A-Za-z0-9])", r"\1"),
    # C's ctime() (Request Tracker, Unix tools): "Wed Sep 04 10:35:00 2024", the year after the
    # clock, once its weekday is gone: the year moves before the clock.
    (r"^([A-Za-z]{3,9}\.? [0-9]{1,2}) ([0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?) ([0-9]{4})$", r"\1 \3 \2"),
    # A zone after the clock goes; date_sql converts the time to UTC from it (CLOCK_ZONES).
    (CLOCK_ZONE_SQL, r"\1"),
    (r"([0-9])\s*[Aa]\.?\s?[Mm]\.?$", r"\1 AM"),
    (r"([0-9])\s*[Pp]\.?\s?[Mm]\.?$", r"\1 PM"),
    (r"(^|[^0-9:])([0-9]{1,2}) ([AP]M)$", r"\1\2:00 \3"),
    (r",\s*([0-9]{1,2}:[0-9]{2})", r" \1"),
    # A period written as its first and last day ("2025-01-06,2025-01-12", Matomo's weekly rows;
    # "06.01.2025 - 12.01.2025") is the period's first day, as a wide header's period is.
    (
        r"^([0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4})\s*(?:,|;|–|—|\s-\s|\s(?:to|bis|au|al|a|tot)\s)\s*"
        r"[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}$",
        r"\1",
    ),
)
TIME_TAIL_SQL = "[ T]([0-9]{1,2}:[0-9]{2}.*)$"
TIME_FORMATS = ("%I:%M %p", "%I:%M:%S %p", "%H:%M", "%H:%M:%S", "%H:%M:%S.%f")
_ISO = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$")
_DAY_MONTHNAME = re.compile(r"^(\d{1,2})([ /.\-])([A-Za-z]{3,9})\.?\2(\d{2}|\d{4})$")
_MONTHNAME_DAY = re.compile(r"^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$")
_EPOCH_S = re.compile(r"^\d{9,10}(\.\d+)?$")
_EPOCH_MS = re.compile(r"^\d{12,13}$")
_COMPACT = re.compile(r"^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")
_EXCEL_SERIAL = re.compile(r"^\d{5}(\.\d+)?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\.?$")  # "3/4", "4.3.": a date typed without its year
# Excel counts days from 1899-12-30; serials outside 1990-2100 are not taken for dates.
EXCEL_EPOCH = dt.date(1899, 12, 30)
EXCEL_FIRST = (dt.date(1990, 1, 1) - EXCEL_EPOCH).days  # 32874
EXCEL_LAST = (dt.date(2100, 1, 1) - EXCEL_EPOCH).days  # 73051, excluded
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january", "januar", "janvier"),
            ("feb", "february", "februar", "feb."),
            ("mar", "march", "märz", "mars"),
            ("apr", "april", "avril"),
            ("may", "mai"),
            ("jun", "june", "juni", "juin"),
            ("jul", "july", "juli"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october", "okt", "oktober"),
            ("nov", "november"),
            ("dec", "december", "dez", "dezember"),
        ]
    )
    for m in names
}
_ENGLISH_MONTHS = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
}  # fmt: skip
TIME_SUFFIXES = (
    "",
    " %H:%M",
    " %H:%M:%S",
    " %I:%M %p",
    " %I:%M:%S %p",
    " %I:%M%p",
    "T%H:%M",
    "T%H:%M:%S",
    " %H:%M:%S.%f",
    "T%H:%M:%S.%f",
)
_ISO_TIMES = ("T%H:%M:%S", "T%H:%M:%S.%f", "T%H:%M", " %H:%M:%S", " %H:%M:%S.%f", " %H:%M")
ISO_START = re.compile(r"\s*\d{4}-\d{2}-\d{2}")
# The offset may be hours alone: PostgreSQL and Redshift print timestamptz as "2025-01-06 10:15:00+00".
ISO_WITH_ZONE = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.]+\s*(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)$"
)
# Zone names that mean UTC as written ("2025-01-15 14:30:00 UTC": Baremetrics, Wootric, Rails).
_UTC_WORDS = ("Z", " UTC", " GMT", "UTC", "GMT")


def _strptime_reads_month(name: str, value: str) -> bool:
    """Whether DuckDB's %b/%B read this month name: English, written without a period after it.

    French and Spanish exports abbreviate with a period ('12 oct. 2024', '20 sept. 2024'),
    which strptime does not accept, so those are read in Python like other languages.
    """
    folded = name.lower()
    return folded in _ENGLISH_MONTHS and folded != "sept" and f"{name}." not in value


_CLOCK_RULES_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in CLOCK_RULES)


def clock_normalised(value: str) -> str:
    """``value`` with its time written the one way the formats read (see CLOCK_RULES).

    Kept per short text: the mapping's sampled values and a date plan's examples ask for the
    same texts again (once for each format tried); a long text is no date and is not kept.
    """
    return _clock_normalised_kept(value) if len(value) <= 80 else _clock_normalised(value)


@lru_cache(maxsize=1 << 16)
def _clock_normalised_kept(value: str) -> str:
    return _clock_normalised(value)


def _clock_normalised(value: str) -> str:
    value = value.strip()
    for pattern, replacement in _CLOCK_RULES_COMPILED:
        value = pattern.sub(replacement, value)
    return value


def clock_normalised_sql(expr: str) -> str:
    """The SQL twin of clock_normalised, over the (trimmed) VARCHAR expression ``expr``."""
    for pattern, replacement in CLOCK_RULES:
        expr = f"regexp_replace({expr}, {_lit(pattern)}, {_lit(replacement)})"
    return expr


def date_part(value: str) -> str:
    return _TIME_TAIL.sub("", clock_normalised(value))


def looks_like_date(value: str) -> bool:
    part = date_part(value)
    if _ISO.match(part) or _NUMERIC.match(part):
        return True
    m = _DAY_MONTHNAME.match(part) or _MONTHNAME_DAY.match(part)
    if m:
        name = m.group(3) if _DAY_MONTHNAME.match(part) else m.group(1)
        if name.lower().rstrip(".") in MONTHS:
            return True
    found = read_month_name_date(part) if any(c.isalpha() for c in part) else None
    return found is not None and not found[2]


def month_name_without_year(value: str) -> tuple[int, int, str] | None:
    """(month, day, language) for a month name alone or with a day and no year ("März", "Jan",
    "janvier", "12. März", "3 janv."), the day 1 when none is written; None for anything else."""
    tokens = date_tokens(value)
    if not 1 <= len(tokens) <= 3:
        return None
    months = month_table()
    named = [months[fold(t)] for t in tokens if fold(t) in months and not t.isdigit()]
    rest = [t for t in tokens if not (fold(t) in months and not t.isdigit()) and fold(t) not in FILLER_WORDS]
    if len(named) != 1 or len(rest) > 1:
        return None
    day = 1
    if rest:
        if not rest[0].isdigit() or not 1 <= int(rest[0]) <= 31:
            return None
        day = int(rest[0])
    month, languages = named[0]
    language = "en" if "en" in languages else min(languages)
    return month, day, language


@dataclass
class DatePlan:
    """How one column's dates are written: strptime formats, epoch or ISO-with-zone, and the order."""

    formats: list[str]
    order: str | None  # "DMY", "MDY", "YMD" or None (month names / epochs only)
    ambiguous: bool = False  # every day and month were <= 12: the order is a default
    epoch: str | None = None  # "s" or "ms"
    has_zone: bool = False
    conflicting: bool = False  # both orders appear: the minority values will not parse
    excel_serial: bool = False  # some values are Excel day serials (45662 = 2025-01-05)
    # Values read in Python (month names in other languages, month-year): the date part as
    # written -> (date, language or "" for digits, whether it was a month-year value).
    lookup: dict[str, tuple[dt.date, str, bool]] = field(default_factory=dict)
    excel_example: str | None = None
    yearless: list[str] = field(default_factory=list)  # day and month only, read with the file's year
    year: int | None = None  # that year
    year_from_dates: bool = False  # the year is the one all the column's other dates are in
    # No year named anywhere: each such date took the latest year that puts it on or before this day.
    assumed_up_to: dt.date | None = None
    clock_zones: bool = False  # some times end in a zone's abbreviation ("5:10 AM PST")

    @property
    def languages(self) -> list[str]:
        """Languages of month names read in Python, English left out (DuckDB reads English too)."""
        return sorted({lang for _, lang, month_year in self.lookup.values() if lang and not month_year})

    @property
    def month_year_values(self) -> list[str]:
        return [value for value, (_, _, month_year) in self.lookup.items() if month_year]

    def without(
        self, *, excel: bool = False, month_year: bool = False, languages=(), yearless: bool = False
    ) -> DatePlan:
        """This plan with some of its readings left undone (the user switched them off)."""
        kept = {
            value: found
            for value, found in self.lookup.items()
            if not (month_year and found[2])
            and not (found[1] in languages and not found[2])
            and not (yearless and value in self.yearless)
        }
        plan = DatePlan(**{**self.__dict__, "lookup": kept})
        if excel:
            plan.excel_serial = False
        return plan


def plan_dates(
    distinct_parts: list[str],
    has_zone: bool,
    forced_order: str | None,
    default_order: str,
    examples: list[str] | None = None,
    year: int | None = None,
    as_of: dt.date | None = None,
) -> DatePlan:
    """Decide the formats of one date column from all its distinct date parts (times removed).

    ``examples`` (a few whole values) put the formats they match first, so most rows parse on
    the first try. ``year`` is the one year the file names (its title, its name): a day and month
    typed without a year ("3/4") are read in it, in the column's day/month order. A month name and
    a day without a year ("12. Mai", "Mai 12") take that year, else the one year of the column's
    other dates, else (given ``as_of``, and a day is written) the latest year that puts them on or
    before ``as_of``.
    """
    file_year = year  # ``year`` names a strptime directive further down
    fmts: list[str] = []
    first_big = second_big = False
    numeric_seps: set[str] = set()
    numeric_year_digits: set[int] = set()
    epoch_s = epoch_ms = 0
    others = 0
    iso = False
    excel_example = None
    lookup: dict[str, tuple[dt.date, str, bool]] = {}
    yearless: list[tuple[str, int, int]] = []
    named_yearless: list[tuple[str, int, int, str]] = []  # "März", "3 janv.": value, month, day, language
    years_seen: set[str] = set()  # the years of the column's own full dates
    month_numbers: list[tuple[str, int, str, str]] = []  # "Mai 12": value, month, number, language

    def read_in_python(value: str) -> None:
        nonlocal others
        if (month_number := month_then_number(value)) is not None:
            month_numbers.append((value, *month_number))
            return
        found = read_month_name_date(value)
        if found is None and (day := month_name_without_year(value)) is not None:
            named_yearless.append((value, *day))
        elif found is None:
            others += 1
        else:
            lookup[value] = found

    def add(fmt: str) -> None:
        if fmt not in fmts:
            fmts.append(fmt)

    for raw in distinct_parts:
        v = raw.strip()
        if not v:
            continue
        if FULL_WIDTH_DIGITS.search(v):
            read_in_python(v)  # DuckDB's strptime reads ASCII digits only
        elif m := _ISO.match(v):
            iso = True
            years_seen.add(v[:4])
            add(f"%Y{m.group(2)}%m{m.group(2)}%d")
        elif m := _NUMERIC.match(v):
            a, b = int(m.group(1)), int(m.group(3))
            first_big |= a > 12
            second_big |= b > 12
            numeric_seps.add(m.group(2))
            numeric_year_digits.add(len(m.group(4)))
            years_seen.add(m.group(4) if len(m.group(4)) == 4 else f"20{m.group(4)}")
        elif (m := _DAY_MONTHNAME.match(v)) and not _strptime_reads_month(m.group(3), v):
            read_in_python(v)
        elif (m := _MONTHNAME_DAY.match(v)) and not _strptime_reads_month(m.group(1), v):
            read_in_python(v)
        elif m := _DAY_MONTHNAME.match(v):
            sep, year = m.group(2), "%Y" if len(m.group(4)) == 4 else "%y"
            name = m.group(3).rstrip(".").lower()
            month = "%b" if len(name) <= 3 or name == "sept" else "%B"
            add(f"%d{sep}{month}{sep}{year}")
        elif m := _MONTHNAME_DAY.match(v):
            name = m.group(1).lower()
            month = "%b" if len(name) <= 3 else "%B"
            add(f"{month} %d, %Y" if "," in v else f"{month} %d %Y")
        elif _EPOCH_MS.match(v):
            epoch_ms += 1
        elif _EPOCH_S.match(v):
            epoch_s += 1
        elif _COMPACT.match(v):
            add("%Y%m%d")
        elif _EXCEL_SERIAL.match(v) and EXCEL_FIRST <= float(v) < EXCEL_LAST:
            excel_example = excel_example or v
        elif year and (m := _DAY_MONTH.match(v)):
            yearless.append((v, int(m.group(1)), int(m.group(3))))
        else:
            read_in_python(v)

    ambiguous = conflicting = False
    order = None
    if numeric_seps:
        if forced_order in ("DMY", "MDY"):
            order = forced_order
        elif first_big and second_big:
            order, conflicting = default_order, True
        elif first_big:
            order = "DMY"
        elif second_big:
            order = "MDY"
        else:
            order = "DMY" if numeric_seps == {"."} else default_order
            ambiguous = True
        for sep in sorted(numeric_seps):
            for digits in sorted(numeric_year_digits, reverse=True):
                year = "%Y" if digits == 4 else "%y"
                add(f"%d{sep}%m{sep}{year}" if order == "DMY" else f"%m{sep}%d{sep}{year}")
    elif iso:
        order = "YMD"
    if yearless:
        if order not in ("DMY", "MDY"):
            big_first = any(a > 12 for _, a, _ in yearless)
            big_second = any(b > 12 for _, _, b in yearless)
            order = forced_order or (
                "DMY" if big_first and not big_second else "MDY" if big_second else default_order
            )
            ambiguous = not (big_first or big_second) and not forced_order
        for value, a, b in yearless:
            month, day = (a, b) if order == "MDY" else (b, a)
            try:
                lookup[value] = (dt.date(year, month, day), "", False)
            except ValueError:
                others += 1
    day_first = any(any(c.isdigit() for c in value) for value, *_ in named_yearless)
    if numbers_are_days([number for *_, number, _ in month_numbers], day_first):
        named_yearless.extend(
            (value, month, int(number), lang) for value, month, number, lang in month_numbers
        )
    else:
        for value, *_ in month_numbers:
            found = read_month_name_date(value)  # "Jan 25": January 2025
            if found is None:
                others += 1
            else:
                lookup[value] = found
    # A month name without a year ("März", "3 janv.") is read in the year the file names, else in
    # the one year all the column's other dates are in, else the latest year up to ``as_of``; the
    # conversion says which.
    named_year = file_year or (int(next(iter(years_seen))) if len(years_seen) == 1 else None)
    # A month alone ("März") is a period more than a day: no year is assumed for it.
    assumed = False
    for value, month, day, language in named_yearless:
        try:
            if named_year is not None:
                lookup[value] = (dt.date(named_year, month, day), language, False)
            elif as_of is not None and any(c.isdigit() for c in value):
                assumed = True
                lookup[value] = (latest_on_or_before(as_of, month, day), language, False)
            else:
                others += 1
        except ValueError:
            others += 1  # 29 February of a year that has none
    epoch = None
    if epoch_ms or epoch_s:
        epoch = "ms" if epoch_ms >= epoch_s else "s"
    full = [f + t for f in fmts for t in TIME_SUFFIXES]
    if examples:
        normalised = [clock_normalised(v) for v in examples]
        hits = {f: sum(_reads(v, f) for v in normalised) for f in full}
        full.sort(key=lambda f: -hits[f])  # stable: ties keep the day/month order chosen above
    return DatePlan(
        full,
        order,
        ambiguous,
        epoch,
        has_zone,
        conflicting,
        excel_serial=excel_example is not None,
        lookup=lookup,
        excel_example=excel_example,
        yearless=[v for v, *_ in (*yearless, *named_yearless) if v in lookup],
        year=file_year if yearless else named_year if named_yearless else None,
        year_from_dates=bool(named_yearless) and not yearless and file_year is None and not assumed,
        assumed_up_to=as_of if assumed and not yearless else None,
    )


def numbers_are_days(numbers: list[str], mixed_with_days: bool) -> bool:
    """Whether the numbers after a column's month names ("Mai 12", "Juni 3") are days, not years.

    A two-digit year is written with two digits and a monthly series spans one year or two in a
    row ("Dez 24", "Jan 25"); a day may have one digit, days vary more, and a column that also
    writes the day before the month ("3. Juni") writes days. A number above 31 is a year.
    """
    if not numbers or any(int(n) > 31 for n in numbers):
        return False
    if mixed_with_days or any(len(n) == 1 for n in numbers):
        return True
    years = sorted({int(n) for n in numbers})
    return not (len(years) == 1 or (len(years) == 2 and years[1] - years[0] == 1))


def latest_on_or_before(as_of: dt.date, month: int, day: int) -> dt.date:
    """The day ``month``/``day`` in the latest year that does not put it after ``as_of``."""
    for year in range(as_of.year, as_of.year - 8, -1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February: the latest leap year
        if date <= as_of:
            return date
    raise ValueError(f"no day {day} in month {month}")


def _reads(normalised: str, fmt: str) -> bool:
    """Whether ``fmt`` reads a value whose clock was normalised (``clock_normalised``)."""
    try:
        dt.datetime.strptime(normalised, fmt)
    except ValueError:
        return False
    return True


def _lit(text: str) -> str:
    """A SQL string literal of importer-chosen text (formats, words); never of user text."""
    return "'" + text.replace("'", "''") + "'"


def date_sql(raw: str, plan: DatePlan, kind: str) -> tuple[str, list]:
    """Expression (and its parameters) parsing ``raw`` (a VARCHAR column) into DATE or TIMESTAMP.

    The common case (the value as written matches the first format) is tried first; trimmed
    values, epochs, Excel serials and values read in Python are only evaluated for the rows that
    are still NULL.
    """
    v = clock_normalised_sql(f"trim({raw})")
    parts = []
    params: list = []
    if plan.has_zone:
        # ISO datetimes with a zone, tried first: "Z" is UTC as written; an offset is converted
        # through the epoch, which does not depend on the session's time zone.
        utc = ", ".join(_lit(f"%Y-%m-%d{t}{z}") for z in _UTC_WORDS for t in _ISO_TIMES)
        # An offset may follow the time after a space ("2025-03-14 09:30:00 +0000": Rails, Ruby).
        offset = ", ".join(_lit(f"%Y-%m-%d{t}{gap}%z") for gap in ("", " ") for t in _ISO_TIMES)
        parts += [
            f"try_strptime({raw}, [{utc}])",
            f"epoch_ms(epoch_ms(try_strptime({raw}, [{offset}])))",
        ]
    if plan.formats:
        formats = f"[{', '.join(_lit(f) for f in plan.formats)}]"
        parts += [f"try_strptime({raw}, {formats})", f"try_strptime({v}, {formats})"]
    if plan.has_zone:
        parts.append(f"try_strptime({v}, [{utc}])")
        parts.append(f"epoch_ms(epoch_ms(try_strptime({v}, [{offset}])))")
    if plan.epoch:
        # Ten digits are seconds, thirteen are milliseconds: decided per value.
        parts.append(
            f"CASE WHEN regexp_full_match({v}, '[0-9]{{12,13}}') THEN epoch_ms(TRY_CAST({v} AS BIGINT)) "
            f"WHEN regexp_full_match({v}, '[0-9]{{9,10}}(\\.[0-9]+)?') "
            f"THEN epoch_ms(CAST(TRY_CAST({v} AS DOUBLE) * 1000 AS BIGINT)) END"
        )
    if plan.excel_serial:
        serial = f"TRY_CAST({v} AS DOUBLE)"
        parts.append(
            f"CASE WHEN regexp_full_match({v}, '[0-9]{{5}}(\\.[0-9]+)?') "
            f"AND {serial} >= {EXCEL_FIRST} AND {serial} < {EXCEL_LAST} "
            f"THEN TIMESTAMP '{EXCEL_EPOCH.isoformat()}' "
            f"+ to_microseconds(CAST(round({serial} * 86400000000) AS BIGINT)) END"
        )
    if plan.lookup:
        key = f"regexp_replace({v}, {_lit(TIME_TAIL_SQL)}, '')"
        day = f"CAST(list_extract(?::DATE[], list_position(?::VARCHAR[], {key})) AS TIMESTAMP)"
        # The time after a date read in Python is kept; a time that does not read leaves the
        # value empty (rejected and counted) rather than cut to its day.
        tail = f"trim(regexp_extract({v}, {_lit(TIME_TAIL_SQL)}, 1))"
        clock = f"try_strptime({tail}, [{', '.join(_lit(f) for f in TIME_FORMATS)}])"
        parts.append(f"CASE WHEN {tail} = '' THEN {day} ELSE {day} + ({clock} - TIMESTAMP '1900-01-01') END")
        params += [[d for d, _, _ in plan.lookup.values()], list(plan.lookup)] * 2
    if not parts:
        parts.append(f"TRY_CAST({v} AS TIMESTAMP)")
    expr = parts[0] if len(parts) == 1 else f"coalesce({', '.join(parts)})"
    if plan.clock_zones:
        zone = f"upper(regexp_extract(trim({raw}), {_lit(CLOCK_ZONE_SQL)}, 2))"
        east = f"list_extract(?::BIGINT[], list_position(?::VARCHAR[], {zone}))"
        expr = f"({expr}) - to_minutes(coalesce({east}, 0))"
        params += [list(CLOCK_ZONES.values()), list(CLOCK_ZONES)]
    return (f"CAST({expr} AS DATE)" if kind == DATE else f"CAST({expr} AS TIMESTAMP)"), params


# ---------------------------------------------------------------------------------------- numbers
_EU_EVIDENCE = re.compile(r"(^|[^\d])\d{1,3}(\.\d{3})+,\d+|\d,\d{1,2}(\D|$)")
_US_EVIDENCE = re.compile(r"\d{1,3}(,\d{3})+\.\d+|\d\.\d{1,2}(\D|$)")


_DOT_THOUSANDS = re.compile(r"\d\.\d{3}(?!\d)")
_DOT_DECIMALS = re.compile(r"\d\.(\d{1,2}|\d{4,})(?!\d)")
_CURRENCY_TEXT = re.compile(r"[^\d\s.,+\-()]")


def decimal_comma(values: list[str], european_hint: bool) -> bool:
    """True when a column's amounts use the comma as decimal mark (``1.234,50``).

    Without a decimal comma or point to tell, money written with a currency ("Rp 435.000",
    "12.500 Ft") and a dot before exactly three digits in every value has dotted thousands:
    amounts are not written to three decimals.
    """
    eu = sum(bool(_EU_EVIDENCE.search(v)) for v in values if v)
    us = sum(bool(_US_EVIDENCE.search(v)) for v in values if v)
    if eu != us:
        return eu > us
    dotted = [v for v in values if v and "." in v]
    if (
        not eu
        and dotted
        and all(_DOT_THOUSANDS.search(v) and not _DOT_DECIMALS.search(v) and "," not in v for v in dotted)
        and any(_CURRENCY_TEXT.search(v) for v in dotted)
    ):
        return True
    return european_hint


# A whole number in groups of three after a dot ("1.234", "12.500.000"), as German, Dutch, Spanish,
# Italian and Portuguese sheets write counts; a lone zero before the dot ("0.250") is a decimal.
_DOTTED_GROUPS = re.compile(r"[+-]?(?!0\.)\d{1,3}(\.\d{3})+")


def dotted_thousands(values: list[str]) -> bool:
    """True when every value of a column with a dot is a whole number with a thousands dot.

    Only for a column that counts things (users, events, seats): a count has no fractions, so
    "1.234" beside "698" is one thousand two hundred and thirty-four. A single "1.5" or "0.250",
    or a comma anywhere, says the dot is something else.
    """
    dotted = [v.strip() for v in values if v and "." in v]
    return (
        bool(dotted)
        and all(_DOTTED_GROUPS.fullmatch(v) for v in dotted)
        and not any("," in v for v in values if v)
    )


def _finite_cast(text: str) -> str:
    """TRY_CAST to DOUBLE that also refuses 'inf', 'nan' and overflowing exponents.

    (DuckDB's nullif repeats its argument, so the checks are on the text: only text with an
    n or an e can become infinite or NaN.)
    """
    cast = f"TRY_CAST({text} AS DOUBLE)"
    return (
        f"CASE WHEN contains({text}, 'n') OR contains({text}, 'N') THEN NULL "
        f"WHEN contains({text}, 'e') OR contains({text}, 'E') THEN (CASE WHEN isfinite({cast}) THEN {cast} END) "
        f"ELSE {cast} END"
    )


_US_MONEY = re.compile(r"\$?[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?")
_US_MONEY_SQL = _US_MONEY.pattern


def money_first(values: list[str]) -> bool:
    """True when a column's sample is mostly ``$1,234.50``-style text rather than plain numbers."""
    plain = money = 0
    for v in values:
        try:
            float(v)
            plain += 1
        except ValueError:
            money += bool(_US_MONEY.fullmatch(v))
    return money > plain


# Amounts typed by hand in a sheet: "$1.2k", "€12k", "12 K", "$1.5M", "2,5 Mio. €" (after the
# digits, before an optional currency sign or a closing bracket).
_THOUSANDS_SUFFIX_SQL = "[0-9]\\s*[kK]\\s*[$€£¥]?\\s*\\)?$"
_MILLIONS_SUFFIX_SQL = "[0-9]\\s*(M|MM|Mio\\.?|mio\\.?)\\s*[$€£¥]?\\s*\\)?$"
_SCALE_WORD_SQL = "([0-9])\\s*(k|K|MM|M|Mio\\.?|mio\\.?)(\\s*[$€£¥]?\\s*\\)?)$"


# A score written over its scale ("9/10", "9 / 10", "9 out of 10", "9 von 10", "9 sur 10"), as review
# sites and survey tools show it: the number before the scale.
OUT_OF_TEN = re.compile(
    r"^\s*(\d{1,2}(?:[.,]\d+)?)\s*(?:/|out of|von|sur|de|su|van|av|af|z|ud af)\s*10\s*$", re.IGNORECASE
)
_OUT_OF_TEN_SQL = "^\\s*([0-9]{1,2}([.,][0-9]+)?)\\s*(/|out of|von|sur|de|su|van|av|af|z|ud af)\\s*10\\s*$"


def out_of_ten_sql(raw: str) -> str:
    """``raw`` with a score's "/10" or "out of 10" taken off, as ``OUT_OF_TEN`` reads it."""
    return f"regexp_replace({raw}, '{_OUT_OF_TEN_SQL}', '\\1', 'i')"


# A space, a no-break space or a narrow one between digits parts thousands ("12 500", "1 234 567,50"),
# as French, Nordic, Polish and Czech settings write them, only before a group of three digits:
# "12 34" is two numbers, or a typo, not 1,234.
_SPACE_NOT_THOUSANDS_SQL = "[0-9][\\s\\x{a0}\\x{202f}]+([0-9]{1,2}|[0-9]{4,})([^0-9]|$)"


def number_sql(raw: str, comma_decimal: bool, money: bool = False) -> str:
    """Expression reading ``$1,234.50``, ``1.234,50 €``, ``1.39E8``, ``(1,200)`` and ``-5`` as DOUBLE.

    Fast paths first (a plain number; ``$1,234.50`` in a dot-decimal column, tried first when
    ``money`` says the column is written that way), then the general reading: keep digits and
    separators, the last separator of two kinds is the decimal mark, a lone separator follows the
    column's convention unless it cannot be a thousands separator.
    """
    s = f"trim({raw})"
    unscaled = f"regexp_replace({s}, '{_SCALE_WORD_SQL}', '\\1\\3')"
    # (a full stop after the number closes an abbreviated currency, "695,50 kr.", not a decimal)
    digits = f"rtrim(regexp_replace({unscaled}, '[^0-9.,]', '', 'g'), '.,')"
    last_comma = f"(length({digits}) - strpos(reverse({digits}), ','))"
    last_dot = f"(length({digits}) - strpos(reverse({digits}), '.'))"
    eu_text = f"replace(replace({digits}, '.', ''), ',', '.')"
    us_text = f"replace({digits}, ',', '')"
    if comma_decimal:
        single = (
            f"CASE WHEN strpos({digits}, '.') > 0 AND NOT regexp_full_match({digits}, '[0-9]{{1,3}}(\\.[0-9]{{3}})+') "
            f"THEN {digits} ELSE {eu_text} END"
        )
    else:
        single = (
            f"CASE WHEN strpos({digits}, ',') > 0 AND NOT regexp_full_match({digits}, '[0-9]{{1,3}}(,[0-9]{{3}})+') "
            f"THEN replace({digits}, ',', '.') ELSE {us_text} END"
        )
    both = f"CASE WHEN {last_comma} > {last_dot} THEN {eu_text} ELSE {us_text} END"
    normal = (
        f"CASE WHEN strpos({digits}, ',') > 0 AND strpos({digits}, '.') > 0 THEN {both} ELSE {single} END"
    )
    negative = (
        f"(starts_with({s}, '(') AND ends_with({s}, ')') OR starts_with({s}, '-') OR ends_with({s}, '-'))"
    )
    scientific = _finite_cast(f"replace({s}, ',', '.')")
    suffix = (
        f"(CASE WHEN regexp_matches({s}, '{_THOUSANDS_SUFFIX_SQL}') THEN 1000 "
        f"WHEN regexp_matches({s}, '{_MILLIONS_SUFFIX_SQL}') THEN 1000000 ELSE 1 END)"
    )
    slow = (
        f"CASE WHEN regexp_full_match({s}, '[+-]?[0-9]*[.,]?[0-9]+[eE][+-]?[0-9]+') "
        f"THEN {scientific} "
        f"WHEN regexp_matches({s}, '[0-9]') AND NOT regexp_matches({s}, '[0-9][^0-9.,\\s\\x{{a0}}\\x{{202f}}\\x{{2019}}''][0-9]') "
        f"AND NOT regexp_matches({s}, '{_SPACE_NOT_THOUSANDS_SQL}') "
        f"THEN (CASE WHEN {negative} THEN -1 ELSE 1 END) * TRY_CAST(({normal}) AS DOUBLE) * {suffix} END"
    )
    if comma_decimal:
        fast = f"CASE WHEN strpos({raw}, '.') = 0 AND strpos({raw}, ',') = 0 THEN {_finite_cast(raw)} END"
    else:
        us_money = (
            f"CASE WHEN regexp_full_match({raw}, '{_US_MONEY_SQL}') "
            f"THEN TRY_CAST(replace(replace({raw}, '$', ''), ',', '') AS DOUBLE) END"
        )
        fast = f"{us_money}, {_finite_cast(raw)}" if money else f"{_finite_cast(raw)}, {us_money}"
    return f"coalesce({fast}, {slow})"


# ---------------------------------------------------------------------------------------- durations
_HOURS = r"h|hr|hrs|hour|hours|std|stunde|stunden"
# "1h30", "2u15", "1 h 30 min": the minutes after the hours, their unit often left out (French,
# Dutch and Spanish hand-kept logs write durations so).
_HOURS_THEN_MINUTES = (
    r"([0-9]+)\s*(?:h|hr|hrs|hour|hours|std|u|uur|heure|heures|hora|horas|ora|ore)\.?\s*"
    r"([0-9]{1,2})\s*(?:m|min|mins|minute|minutes|minuten|minutos|minuti)?\.?"
)
_MINUTES = r"m|min|mins|minute|minutes|minuten"
_SECONDS = r"s|sec|secs|second|seconds|sekunden"


# A call or meeting longer than four hours is implausible; a median above it is not in minutes.
MAX_PLAUSIBLE_MINUTES = 240
_SAYS_MINUTES = re.compile(r"\bmin(ute)?s?\b|minuten|minutos|minuti|\(m\)")
# Sessions that do run longer than four hours: a header naming one keeps its long minutes.
_LONG_SESSION = re.compile(
    r"\b(workshops?|on ?site|off ?site|trainings?|site visits?|bootcamps?|seminars?|schulung(en)?|"
    r"formation|formacion|formazione|atelier|taller|opleiding)\b"
)
MAX_LONG_SESSION_MINUTES = 3 * 24 * 60  # even an onsite of several days is not longer
# Minutes a person writes for a long session are round quarter hours and at most a long working
# day (300, 450, 480); seconds of calls rarely are all multiples of 15.
MAX_ROUND_SESSION_MINUTES = 600
ROUND_MINUTES = 15
MAX_QUARTER_HOURS = 12  # hours of one interaction written in quarters (0.25, 1.5): a long day at most


def duration_unit(header: str, values: list[str]) -> float:
    """Minutes per plain number in this column, from what its header says (and its size)."""
    return duration_unit_evidence(header, values)[0]


def duration_unit_evidence(header: str, values: list[str]) -> tuple[float, str]:
    """Minutes per plain number in this column, and what says so ("its header" or the values' size).

    A header silent about the unit leaves it to the values: a median that would be more than
    four hours as minutes but is a plausible length as seconds (or milliseconds) is in that unit —
    unless the header names long sessions (workshops, onsites) or the values are round quarter
    hours of at most a long working day, as a person writes the minutes of a workshop.
    """
    h = header.lower().replace("_", " ")
    if re.search(r"\bms\b|milli", h):
        return 1 / 60000, "its header"
    plain = sorted(float(v) for v in values if v and re.fullmatch(r"\d+(\.\d+)?", v.strip()))
    median = plain[len(plain) // 2] if plain else 0
    if re.search(r"seconds|\bsecs?\b|\(s\)|in seconds|sekunden", h) or "durationinseconds" in h.replace(
        " ", ""
    ):
        return 1 / 60, "its header"
    if re.search(r"\bhours?\b|\bhrs?\b|\(h\)|stunden", h):
        return 60, "its header"
    if "call duration" in h or "callduration" in h.replace(" ", ""):
        # Salesforce writes call durations in seconds, HubSpot in milliseconds.
        return (1 / 60000 if median >= 60000 else 1 / 60), "its header"
    if not _SAYS_MINUTES.search(h) and _quarter_hours(values):
        return 60, "its values: quarter hours (0.25, 0.5, 1.75), as hours are written"
    if median > MAX_PLAUSIBLE_MINUTES and not _SAYS_MINUTES.search(h):
        long_minutes = _long_but_real_minutes(h, plain, median)
        if long_minutes:
            return 1, long_minutes
        for unit in (1 / 60, 1 / 60000):
            if median * unit <= MAX_PLAUSIBLE_MINUTES:
                hours = median / 60
                why = f"its values: a median of {median:,.0f} would be {hours:,.0f} hours as minutes"
                return unit, why
    return 1, "its header"


def _quarter_hours(values: list[str]) -> bool:
    """Lengths written as hours: fractions, every one a quarter hour, none above a long day."""
    plain = [
        float(v.strip().replace(",", "."))
        for v in values
        if v and re.fullmatch(r"\d+(?:[.,]\d+)?", v.strip())
    ]
    return (
        len(plain) >= 2
        and len(plain) == len([v for v in values if v and v.strip()])
        and any(not v.is_integer() for v in plain)
        and all((v * 4).is_integer() and v <= MAX_QUARTER_HOURS for v in plain)
    )


def _long_but_real_minutes(header: str, plain: list[float], median: float) -> str | None:
    """Why a median above four hours is still minutes (a workshop, an onsite day), or None."""
    if _LONG_SESSION.search(header) and median <= MAX_LONG_SESSION_MINUTES:
        return "its header: it names sessions that run for hours"
    if median <= MAX_ROUND_SESSION_MINUTES and all(v % ROUND_MINUTES == 0 for v in plain):
        return "its values: round quarter hours up to a long working day, as long sessions are written"
    return None


def duration_sql(raw: str, unit: float, clock: str = "hm") -> str:
    """Expression reading ``45``, ``1:30``, ``01:30:00``, ``1h 30m``, ``1.5 h``, ``90 sec`` as minutes.

    ``clock`` says what ``a:bb`` is: "hm" hours:minutes, "ms" minutes:seconds (call lengths).
    """
    first, second = ("60", "1") if clock == "hm" else ("1", "(1.0 / 60)")
    v = f"lower(trim({raw}))"
    plain = _finite_cast(raw)
    comma = _finite_cast(f"replace({v}, ',', '.')")

    def part(units: str) -> str:
        return (
            f"coalesce(TRY_CAST(replace(regexp_extract({v}, '([0-9]+(?:[.,][0-9]+)?)\\s*(?:{units})\\b', 1), ',', '.') "
            "AS DOUBLE), 0)"
        )

    words = f"(\\s*[0-9]+([.,][0-9]+)?\\s*({_HOURS}|{_MINUTES}|{_SECONDS})\\.?\\s*)+"
    return (
        f"coalesce(CASE WHEN NOT starts_with({raw}, '-') THEN {plain} * {unit!r} END, "
        f"CASE WHEN starts_with({v}, '-') THEN NULL WHEN {comma} IS NOT NULL THEN {comma} * {unit!r} "
        f"WHEN regexp_full_match({v}, '[0-9]+:[0-9]{{1,2}}') "
        f"THEN split_part({v}, ':', 1)::DOUBLE * {first} + split_part({v}, ':', 2)::DOUBLE * {second} "
        f"WHEN regexp_full_match({v}, '[0-9]+:[0-9]{{1,2}}:[0-9]{{1,2}}(\\.[0-9]+)?') "
        f"THEN split_part({v}, ':', 1)::DOUBLE * 60 + split_part({v}, ':', 2)::DOUBLE "
        f"+ split_part({v}, ':', 3)::DOUBLE / 60 "
        f"WHEN regexp_full_match({v}, '{_HOURS_THEN_MINUTES}') "
        f"THEN regexp_extract({v}, '{_HOURS_THEN_MINUTES}', 1)::DOUBLE * 60 "
        f"+ regexp_extract({v}, '{_HOURS_THEN_MINUTES}', 2)::DOUBLE "
        f"WHEN regexp_full_match({v}, '{words}') "
        f"THEN {part(_HOURS)} * 60 + {part(_MINUTES)} + {part(_SECONDS)} / 60 "
        # "1h30", "2 h 05": hours and the minutes after them without a unit, as French writes them
        f"WHEN regexp_full_match({v}, '[0-9]+\\s*h\\s*[0-9]{{1,2}}') "
        f"THEN split_part({v}, 'h', 1)::DOUBLE * 60 + trim(split_part({v}, 'h', 2))::DOUBLE END)"
    )


# ---------------------------------------------------------------------------------------- the rest
def _in_list(words: tuple[str, ...]) -> str:
    return ", ".join(_lit(w) for w in words)


def tag_of(value: str | None) -> str | None:
    """'proactive', 'reactive' or None for one raw tag value (never a guess)."""
    if value is None:
        return None
    v = value.strip().lower()
    if v in TAG_PROACTIVE:
        return "proactive"
    if v in TAG_REACTIVE:
        return "reactive"
    if re.search(_UNPLANNED_INSIDE, v) and not re.search(_PROACTIVE_ONLY_INSIDE, v):
        return "reactive"  # "non planifié" holds the planned word too; the negation decides
    proactive = re.search(TAG_PROACTIVE_INSIDE, v) is not None
    reactive = re.search(TAG_REACTIVE_INSIDE, v) is not None
    if proactive != reactive:  # both words ("proactive or reactive?") decide nothing
        return "proactive" if proactive else "reactive"
    return None


# The marks a person ticks a box with in a sheet: a symbol, or an "x".
TICK_MARKS = (*TICKS, "x")


def _ticked_boxes_only(values: list[str]) -> bool:
    """True when a column's filled cells are all ticks: its empty cells are boxes left unticked."""
    filled = [v.strip().lower() for v in values if v.strip()]
    return bool(filled) and all(v in TICK_MARKS for v in filled)


def tag_sql(
    raw: str, distinct: list[str] | None = None, directions: bool = False, readings: dict | None = None
) -> tuple[str, list]:
    """Expression and parameters mapping tags; with the column's distinct values, a plain lookup.

    ``directions``: the column holds call directions, read as the tag (outbound is proactive).
    ``readings``: the tag of each value, read from who started the contact (``initiator``).
    """
    if readings:
        whens = " ".join("WHEN ? THEN ?" for _ in readings)
        return f"CASE {raw} {whens} END", [x for pair in readings.items() for x in pair]
    if directions:
        known = [(value, direction_of(value)) for value in distinct or () if direction_of(value)]
        if not known:
            return "CAST(NULL AS VARCHAR)", []
        whens = " ".join("WHEN ? THEN ?" for _ in known)
        return f"CASE {raw} {whens} END", [x for pair in known for x in pair]
    if distinct is not None and _ticked_boxes_only(distinct):
        # A "Proactive" column of ticked boxes: a box left empty is a reactive engagement.
        return (
            f"CASE WHEN lower(trim({raw})) IN ({_in_list(TICK_MARKS)}) THEN 'proactive' ELSE 'reactive' END",
            [],
        )
    if distinct is not None:
        known = [(value, tag_of(value)) for value in distinct if tag_of(value)]
        if not known:
            return "CAST(NULL AS VARCHAR)", []
        whens = " ".join("WHEN ? THEN ?" for _ in known)
        return f"CASE {raw} {whens} END", [x for pair in known for x in pair]
    v = f"lower(trim({raw}))"
    return (
        f"CASE WHEN {v} IN ({_in_list(TAG_PROACTIVE)}) THEN 'proactive' "
        f"WHEN {v} IN ({_in_list(TAG_REACTIVE)}) THEN 'reactive' "
        f"WHEN regexp_matches({v}, ?) AND NOT regexp_matches({v}, ?) THEN 'reactive' "
        f"WHEN regexp_matches({v}, ?) AND NOT regexp_matches({v}, ?) THEN 'proactive' "
        f"WHEN regexp_matches({v}, ?) AND NOT regexp_matches({v}, ?) THEN 'reactive' END",
        [
            *(_UNPLANNED_INSIDE, _PROACTIVE_ONLY_INSIDE),
            *(TAG_PROACTIVE_INSIDE, TAG_REACTIVE_INSIDE),
            *(TAG_REACTIVE_INSIDE, TAG_PROACTIVE_INSIDE),
        ],
    )


def boolean_sql(raw: str) -> str:
    v = f"lower(trim({raw}))"
    yes, no = _in_list(BOOL_TRUE + RATING_GOOD), _in_list(BOOL_FALSE + RATING_BAD)
    return f"CASE WHEN {v} IN ({yes}) THEN true WHEN {v} IN ({no}) THEN false END"


# The characters of the regular expressions' [\s\p{Z}]: tabs, line breaks and Unicode spaces
# (no-break, em, ideographic) as well as the plain space.
_EDGE_SPACE_CODES = ", ".join(
    str(c)
    for c in (9, 10, 12, 13, 32, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)
)


def text_sql(raw: str) -> str:
    """The text without surrounding spaces (a name of spaces only is missing); only values with them pay.

    Whether a value has them is told by its first and last characters' code points, which costs a
    third of a regular expression's search over the whole value.
    """
    edge = f"ord(({raw})[1]) IN ({_EDGE_SPACE_CODES}) OR ord(({raw})[-1]) IN ({_EDGE_SPACE_CODES})"
    return (
        f"CASE WHEN {edge} "
        f"THEN nullif(regexp_replace({raw}, '^[\\s\\p{{Z}}]+|[\\s\\p{{Z}}]+$', '', 'g'), '') ELSE {raw} END"
    )


def vocabulary_sql(raw: str, lookup: dict[str, str | None]) -> tuple[str, list]:
    """The text with each value of ``lookup`` replaced by its canonical word (None: no value)."""
    if not lookup:
        return text_sql(raw), []
    pairs = list(lookup.items())
    return (
        f"coalesce(list_extract(?::VARCHAR[], list_position(?::VARCHAR[], {raw})), "
        f"CASE WHEN list_position(?::VARCHAR[], {raw}) IS NULL THEN {text_sql(raw)} END)",
        [[m for _, m in pairs], [v for v, _ in pairs], [v for v, _ in pairs]],
    )


def value_sql(
    column: Column,
    raw: str,
    *,
    date_plan=None,
    comma_decimal=False,
    money=False,
    unit=1.0,
    clock="hm",
    tag_values=None,
    directions=False,
    readings=None,
    scale=1.0,
    vocabulary=None,
) -> tuple[str, list]:
    """The canonical value of ``column`` parsed from the raw VARCHAR column ``raw``, and its parameters.

    ``scale`` multiplies a number (× 12 for MRR, ÷ 100 for cents); ``vocabulary`` replaces a
    text's values by canonical words; ``clock`` is how a duration's ``a:bb`` is read.
    """
    kind = column.kind
    if kind == TEXT:
        if vocabulary:
            return vocabulary_sql(raw, vocabulary)
        # Names lose surrounding spaces (and a blank one is missing); free text stays verbatim.
        return (text_sql(raw) if column.required or column.name in KEY_COLUMNS else raw), []
    if kind in (DATE, TIMESTAMP):
        return date_sql(raw, date_plan, kind)
    if kind in (NUMBER, SCORE):
        number = number_sql(out_of_ten_sql(raw) if kind == SCORE else raw, comma_decimal, money)
        return (number if scale == 1 else f"({number}) * {float(scale)!r}"), []
    if kind == INTEGER:
        x = number_sql(raw, comma_decimal, money)
        return f"(CASE WHEN {x} = round({x}) AND abs({x}) < 9e18 THEN CAST({x} AS BIGINT) END)", []
    if kind == DURATION:
        return duration_sql(raw, unit, clock), []
    if kind == TAG:
        return tag_sql(raw, tag_values, directions, readings)
    if kind == BOOLEAN:
        return boolean_sql(raw), []
    raise ValueError(f"unknown kind {kind}")


def describe_kind(column: Column) -> str:
    """A few words saying what a value of this column should look like (for reject reasons)."""
    return {
        DATE: "a date",
        TIMESTAMP: "a date and time",
        NUMBER: "a number",
        SCORE: "a number",
        INTEGER: "a whole number",
        DURATION: "a duration (minutes, 1:30 or 1h 30m)",
        BOOLEAN: "yes or no",
        TAG: "Proactive or Reactive",
        TEXT: "text",
    }[column.kind]
