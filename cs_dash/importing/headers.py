"""Header normalisation by rules: the words a header says, whatever system wrote it.

Exports spell one concept many ways: ``NAME``, ``account_name``, ``AccountName``, ``Account.Name``,
``_parentaccountid_value@OData.Community.Display.V1.FormattedValue``, ``CSM_Name__c``,
``properties.hs_call_duration``, ``Custom field (Organizations)``, ``Duration (mins)``. Each rule
here removes one kind of spelling so the vocabulary only has to list the words. A unit found in
the header is kept apart (``Header.unit``) so the value parser can still convert it.

Japanese, Chinese and Korean run their words together ("アクティブユーザー数", "ARR増減額(円)"): a
header's full-width letters and brackets are made plain, and a change of script (Latin to kana or
kanji) parts words, so "ARR増減額" says "arr" and "増減額"; which known words a run of kanji and kana
holds is for the matching to find (``cs_dash.importing.mapping``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from cs_dash.importing.scale_words import scale_in_header

# Segments of a dotted API path that only say where a field lives ("properties.hs_call_duration").
_CONTAINERS = {
    "properties", "property", "fields", "field", "attributes", "custom attributes", "custom fields",
    "customfields", "custom_fields", "custom_attributes", "traits", "data", "metadata", "record",
    "values", "value", "user properties", "event properties", "answers", "cf", "custom",
    # a survey tool's response object ("response.button_text", "answer.value")
    "response", "responses", "answer",
    # a user object's personal details ("profile.full_name", "profile.email")
    "profile", "user profile",
}  # fmt: skip
# Prefixes systems put before their own field names.
_PREFIXES = re.compile(r"^(?:hs|cf|hubspot|sf|zd|fd|mp|amp|x|ga|gs|pendo|custom|c)_(?=[a-z])|^\$")
# Wrappers around the real name: "Custom field (Organizations)", "Question: How likely…"; the
# name may carry brackets of its own ("Custom field (Duration (in seconds))"), one level deep.
_WRAPPER = re.compile(
    r"^(?:custom\s*fields?|custom|fields?|propert(?:y|ies)|attributes?|question|q\d+|frage|champ|campo|veld)"
    r"\s*(?:\(((?:[^()]|\([^()]*\))+)\)|\[((?:[^\[\]]|\[[^\[\]]*\])+)\]|[:\-–]\s*(.+))(.*)$",
    re.IGNORECASE,
)
# A form's section before the field: "pre-chat: Company", "Post-chat survey: Rating".
_SECTION = re.compile(
    r"^\s*((?:pre|post)[\s-]?chat(?:\s+(?:survey|form))?|(?:registration|sign[\s-]?up|intake|contact|order)"
    r"\s+form|form|survey)\s*:\s*(\S.*)$",
    re.IGNORECASE,
)
# Form-style API names (Chargebee, Rails, PHP): "subscription[current_term_end]", "customer[company]".
_INDEXED = re.compile(r"([A-Za-z_][\w]*)((?:\[[\w.]+\])+)")
# A whole header in brackets: "[Account]", "[Duration (in seconds)]".
_ENCLOSED = re.compile(r"^\[((?:[^\[\]]|\[[^\[\]]*\])+)\]$")
# "Nº incidencia", "N° ticket", "Nr. Vorgang", "No. caso": the abbreviation before a noun is the
# word "number" of that noun, as Spanish, Portuguese, Italian, French and German write an id's
# column ("número de incidencia"); "Nº de usuarios", "No. of seats" count things and stay as they are.
_NUMBER_SIGN = re.compile(
    r"^\s*(?:n\s*[º°]|n\.\s*[º°]|no\.|nr\.|nr\s|num\.)\s*"
    r"(?!(?:of|de|des|du|d|di|do|da|del|della|van|der|des)\b)(?=[^\W\d_])",
    re.IGNORECASE,
)
# "N° d'incident", "Nº do chamado", "Nr. der Meldung": the sign, "of" and one thing is that thing's
# number, an id; "Nº de usuarios", "No. of seats", "N. di utenti", "Nº des tickets" count things, as
# a plural noun or article says.
_NUMBER_SIGN_OF_ONE = re.compile(
    r"^\s*(?:n\s*[º°]|n\.\s*[º°]|no\.|nr\.|nr\s|num\.)\s*"
    r"(?P<of>of|de|du|d|di|do|da|del|della|van|der)(?:\s+|\s*['’]\s*)"
    r"(?P<noun>[^\W\d_][\w-]*)\s*$",
    re.IGNORECASE,
)
_ITALIAN_OF = ("di", "del", "della")


def _number_of_one_thing(text: str) -> str:
    """ "numero d incident" for "N° d'incident"; a count's header as it was."""
    match = _NUMBER_SIGN_OF_ONE.match(text)
    if not match:
        return text
    noun, of = match.group("noun"), match.group("of").lower()
    if noun.lower().endswith(("s", "x")) or (of in _ITALIAN_OF and noun.lower().endswith("i")):
        return text
    return f"numero {of} {noun}"


# A header that is the abbreviation alone ("N°", "Nº", "No.", "Nr.") or the number sign alone
# ("#", "№") is the row's number.
_NUMBER_SIGN_ALONE = re.compile(r"^\s*(?:n\s*[º°]|n\.\s*[º°]|no\.|nr\.?|#|№)\s*$", re.IGNORECASE)
_ODATA = re.compile(r"@odata\..*$|@.*formattedvalue$", re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_BRACKETS = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
# (Spanish opens a question or an exclamation with "¿" and "¡"; Request Tracker names a custom
# field "CF.{Customer}"; Japanese parts words with "・" and "、".)
_SEPARATORS = re.compile(r"[\s_\-./:|,;#*?!¿¡'\"`´’{}・、。]+")
# The letters of scripts written without spaces between words: kana, kanji and hangul.
CJK = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{CJK}]")
_SCRIPT_CHANGE = re.compile(f"(?<=[a-z0-9])(?=[{CJK}])|(?<=[{CJK}])(?=[a-z0-9])")
# Full-width and half-width forms ("ＡＲＲ（円）", "ｱｸﾃｨﾌﾞ"): the same letters as their plain forms.
_WIDE_FORMS = re.compile("[\uff01-\uffef\u3000]+")


def plain_width(text: str) -> str:
    """Full-width letters, digits and brackets as ASCII, half-width kana as kana: 'ＡＲＲ（円）' -> 'ARR(円)'."""
    return _WIDE_FORMS.sub(lambda found: unicodedata.normalize("NFKC", found.group()), text)


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds kana, kanji or hangul, whose words are not parted by spaces."""
    return _CJK_CHAR.search(text) is not None


# A pivot table names its value columns by the aggregate ("Sum of ARR", "Summe von Aktive Nutzer");
# per row label the sum, mean, minimum or maximum is still the column's own value. A count is not.
_AGGREGATE = re.compile(
    r"^(?:sum|average|mean|max|min|summe|mittelwert|maximum|minimum|somme|moyenne|suma|promedio|soma"
    r"|media|somma|som|gemiddelde|summa|medel|gennemsnit|suma|srednia|keskiarvo)"
    r"\s+(?:of|von|de|du|des|di|del|van|av|af|z)\s+(?=\S)"
)
# A query result names a column by the SQL that computed it (Superset, Redash, ClickHouse):
# "COUNT_DISTINCT(user_id)", "uniqExact(user_id)", "COUNT(DISTINCT user_id)" count distinct
# values, "COUNT(*)" and "count()" count rows, "SUM(events)" is still the events. Written as
# SQL, with no space before the bracket, so "Count (users)" or "Sum (USD)" stay as they are.
_SQL_CALL = re.compile(r"^\s*([A-Za-z_]\w*)\((\s*distinct\s+)?([\w.*]*)\s*\)\s*$", re.IGNORECASE)
_SQL_DISTINCT = frozenset(
    "count_distinct countdistinct distinct_count distinctcount uniq uniqexact uniqcombined uniqcombined64"
    " uniqhll12 uniqtheta approx_count_distinct approx_distinct approxcountdistinct ndv dcount hll_count"
    " exact_count_distinct".split()
)
_SQL_VALUE = frozenset("sum avg mean min max median any anylast".split())


def _sql_call(text: str) -> str:
    """A SQL aggregate header in words: what it counts, or the column it sums."""
    call = _SQL_CALL.match(text)
    if not call:
        return text
    function, distinct, argument = call.group(1).lower(), call.group(2), call.group(3)
    if (function in _SQL_DISTINCT or (function == "count" and distinct)) and argument not in ("", "*"):
        return f"distinct count of {words_of(argument)}"
    if function == "count" and argument in ("", "*", "1"):
        return "count"
    if function in _SQL_VALUE and argument and argument != "*":
        return argument
    return text


_SILENT = re.compile(
    r"(?:column|col|field|unnamed|untitled|q|question|var|item|value|data|spalte|feld|colonne|champ"
    r"|columna|campo|coluna|colonna|kolom|veld)?\s*\d*\s*[a-z]?\d*|[a-z]{1,2}\s*[a-z]?"
)
UNITS = {
    "ms": ("ms", "msec", "msecs", "millis", "milliseconds", "millisecond", "millisekunden", "millisecondes"),
    "seconds": ("s", "sec", "secs", "second", "seconds", "sekunden", "secondes", "segundos", "secondi", "seconden"),
    "minutes": ("m", "min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "minuut",
                "minuter", "minutter", "minuty", "minuutit"),
    "hours": ("h", "hr", "hrs", "hour", "hours", "std", "stunden", "heures", "horas", "ore", "uren", "uur",
              "timmar", "timer", "godz", "godziny", "tuntia", "tunnit"),
    "cents": ("cents", "cent", "in cents", "centavos", "centimes"),
    "currency": ("usd", "eur", "gbp", "chf", "cad", "aud", "jpy", "sek", "nok", "dkk", "brl", "$", "€", "£",
                 "pln", "zl", "kr"),
    "percent": ("%", "percent", "pct", "prozent"),
}  # fmt: skip
# The units as Japanese, Chinese and Korean headers write them in brackets ("所要時間(分)", "金額(円)").
CJK_UNITS = {
    "minutes": ("分", "분"),
    "seconds": ("秒", "초"),
    "hours": ("時間", "시간"),
    "currency": ("円", "元", "원"),
}
UNITS = {unit: words + CJK_UNITS.get(unit, ()) for unit, words in UNITS.items()}
_UNIT_OF = {word: unit for unit, words in UNITS.items() for word in words}
TIME_UNITS = ("ms", "seconds", "minutes", "hours")
# A money sign or code per hour ("€/hora", "$/hr", "CHF pro Std.", "EUR per uur") is an hourly rate.
_PER_HOUR = re.compile(
    r"^\s*(?:[€$£¥]|r\$|eur|usd|gbp|chf|sek|nok|dkk|brl|pln|czk)\s*(?:/|per|pro|por|par|a|à)\s*"
    r"(?:h|hr|hrs|hour|hours|hora|horas|heure|heures|std|stunde|stunden|uur|ora|ore|timme|time|tunti|godz)\.?\s*$",
    re.IGNORECASE,
)
# A delta sign standing alone ("ARR Δ", "Δ MRR") is the mathematician's "change in"; inside a Greek
# word ("Διάρκεια") it is a letter.
_DELTA = re.compile(r"(?<![^\W\d_])[Δ∆](?![\u0370-\u03ff\u1f00-\u1fff])")
# A trailing "in hrs", "(in seconds)", "en minutes", "in Minuten" names the unit too; "per hour"
# and "pro Stunde" name what a rate is counted by, so they stay words ("Cost per hour").
_UNIT_TAIL = re.compile(r"\s(?:in|en|em)\s+(\S+)$|\s(?<!per )(?<!pro )(\S+)$")


# A column a system writes only to recognise its own rows on re-import (Dynamics 365's
# "(Do Not Modify) Modified On", a "[do not edit] Row ID" of a sheet add-on): the words say the
# user is not meant to touch it, so it holds the system's bookkeeping, never a customer's data.
_BOOKKEEPING = re.compile(
    r"^\W*(?:do\s*not|don'?t|never)\s+(?:modify|edit|change|touch|delete|remove)\b"
    r"|^\W*(?:nicht\s+(?:ändern|bearbeiten|verändern)|ne\s+pas\s+(?:modifier|toucher)"
    r"|no\s+(?:modificar|editar|cambiar)|não\s+(?:modificar|alterar|editar)|non\s+modificare"
    r"|niet\s+(?:wijzigen|bewerken|aanpassen))\b",
    re.IGNORECASE,
)


def is_bookkeeping(header: str) -> bool:
    """True when a header marks its column as the system's own, not to be modified by the user."""
    return bool(_BOOKKEEPING.match(header.replace("\ufeff", "").strip()))


def fold(text: str) -> str:
    """Lower case without accents: ``Fecha de creación`` -> ``fecha de creacion``."""
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ł", "l")
    text = text.replace("ı", "i")  # Turkish dotless i has no accent to drop
    decomposed = unicodedata.normalize("NFKD", text)
    # Hangul decomposes into its letters (jamo); composed again, "고객사" stays the syllables it was.
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ).lower()


def words_of(text: str) -> str:
    """Camel case split, separators made single spaces, accents folded, lower case."""
    words = _SEPARATORS.sub(" ", fold(_CAMEL.sub(" ", text))).strip()
    return _SCRIPT_CHANGE.sub(" ", words) if has_cjk(words) else words


@dataclass(frozen=True)
class Header:
    """What one header says: its words, the same words without spaces, and a unit if it names one."""

    raw: str
    words: str
    unit: str | None = None
    qualifier: str = ""  # words in brackets that were not a unit ("(0-10)", "(Parent)")

    @property
    def compact(self) -> str:
        return self.words.replace(" ", "")

    @property
    def silent(self) -> bool:
        """True when the header names nothing: blank, "Column 4", "Field_7", "Unnamed: 3", "Q2"."""
        return not self.words or bool(_SILENT.fullmatch(self.words))

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.words.split())


def _api_name(text: str) -> str:
    """Dotted, suffixed and prefixed API names down to their field words."""
    annotated = bool(_ODATA.search(text))
    text = _ODATA.sub("", text)
    if annotated or re.fullmatch(r"_\w+_value", text):
        # Dataverse lookups: "_ownerid_value" is the owner (the annotation is its display name).
        text = re.sub(r"^_|_value$", "", text)
        text = re.sub(r"id$", "", text) if annotated else text
    parts = [p for p in text.split(".") if p]
    cleaned = []
    for part in parts:
        part = re.sub(r"__(c|r|pc|x)$", "", part, flags=re.IGNORECASE)
        part = _PREFIXES.sub("", part)
        if words_of(part) in _CONTAINERS and len(parts) > 1:
            continue
        cleaned.append(part)
    if len(cleaned) > 1 and words_of(cleaned[-1]) in _MONEY_LEAVES and _names_money(cleaned[-2]):
        cleaned.pop()  # "billing_rate.amount" is the billing rate itself, in the object's currency
    return " ".join(cleaned) if cleaned else text


# The field holding a money object's number ("billing_rate.amount", "unit_price.value").
_MONEY_LEAVES = frozenset(("amount", "value", "decimal", "units"))
# A money object named by what it prices, not by what it is attached to ("plan.amount" stays).
_MONEY_NOUNS = frozenset("rate price cost fee salary wage charge revenue mrr arr acv".split())


def _names_money(part: str) -> bool:
    words = words_of(part).split()
    return bool(words) and words[-1] in _MONEY_NOUNS


# Whether an amount includes sales tax, said after it ("Abonnement annuel HT", "Umsatz netto",
# "ARR excl. VAT"): a qualifier of the amount, not part of its name.
_TAX_BASIS = re.compile(
    r"\s(ht|ttc|hors taxes?|toutes taxes comprises|excl vat|excl tax|ex vat|excluding vat|zzgl mw st|ohne mw st|inkl mw st|"
    r"excluding tax|incl vat|including vat|net of vat|pre tax|before tax|zzgl mwst|ohne mwst|"
    r"inkl mwst|netto|brutto|sin iva|con iva|iva incluido|iva excluido|sem iva|senza iva|iva esclusa|"
    r"iva inclusa|excl btw|ex btw|incl btw)$"
)


def _without_tax_basis(words: str) -> tuple[str, str]:
    """``abonnement annuel ht`` -> (``abonnement annuel``, ``ht``); the words unchanged when no tax basis ends them."""
    found = _TAX_BASIS.search(words)
    if not found or not words[: found.start()].strip():
        return words, ""
    return words[: found.start()].strip(), found.group(1)


def _split_unit(words: str) -> tuple[str, str | None]:
    """``call duration in seconds`` -> (``call duration``, ``seconds``); only a trailing unit counts."""
    match = _UNIT_TAIL.search(words)
    if not match:
        return words, None
    word = match.group(1) or match.group(2)
    unit = _UNIT_OF.get(word)
    # A lone "s"/"m"/"h" only names a unit after "in"; "Time m" is not minutes, "Tier s" is not seconds.
    if unit is None or (match.group(2) and len(word) == 1):
        return words, None
    rest = words[: match.start()].strip()
    return (rest, unit) if rest else (words, None)


@functools.lru_cache(maxsize=20_000)
def normalize_header(header: str) -> Header:
    """Every rule in turn; see the module's docstring."""
    raw = header
    text = plain_width(header.replace("\ufeff", "")).strip().strip("\"'").strip()
    text = _DELTA.sub(" change ", text).strip()
    scale = scale_in_header(text)
    if scale:
        text = scale.rest  # "ARR (k€)" names ARR; the factor is a conversion of its own
    text = _NUMBER_SIGN.sub("numero ", _number_of_one_thing(text))
    if _NUMBER_SIGN_ALONE.match(text):
        text = "numero"
    if _PER_HOUR.match(text):
        text = "hourly rate"
    enclosed = _ENCLOSED.match(text)
    if enclosed:
        text = enclosed.group(1).strip()
    text = _sql_call(text)
    wrapped = _WRAPPER.match(text)
    if wrapped:
        text = next(g for g in wrapped.groups()[:3] if g) + (wrapped.group(4) or "")
    unit, qualifiers = None, []
    section = _SECTION.match(text)
    if section:
        text = section.group(2)
        qualifiers.append(words_of(section.group(1)))
    indexed = _INDEXED.fullmatch(text)
    field = re.findall(r"\[([\w.]+)\]", indexed.group(2))[-1] if indexed else ""
    if indexed and words_of(field) not in _UNIT_OF:
        # The last index is the field; the object it belongs to only qualifies it.
        text = field
        qualifiers.append(words_of(indexed.group(1)))
    text = _api_name(text)
    for match in _BRACKETS.finditer(text):
        inner = words_of(match.group(1) or match.group(2) or "")
        found = _UNIT_OF.get(inner) or _UNIT_OF.get(re.sub(r"^(in|en|em)\s+", "", inner))
        if found:
            unit = unit or found
        elif inner:
            qualifiers.append(inner)
    main = words_of(_BRACKETS.sub(" ", text))
    main = _AGGREGATE.sub("", main)
    if not main and qualifiers:
        main, qualifiers = qualifiers[0], qualifiers[1:]
    main, tail_unit = _split_unit(main)
    main, tax = _without_tax_basis(main)
    if tax:
        qualifiers.append(tax)
    if not unit and not tail_unit and len(main) >= 3 and _UNIT_OF.get(main) in TIME_UNITS:
        # A header that is only a unit of time ("Mins", "Hrs", "Minuten") is a duration in that unit.
        main, tail_unit = "duration", _UNIT_OF[main]
    return Header(raw, main, unit or tail_unit, " ".join(qualifiers))


def unit_text(header: str) -> str:
    """The header with its unit spelled out, for the value parser's unit rules (``ms``, ``seconds``…)."""
    found = normalize_header(header)
    spoken = {"ms": "ms", "seconds": "in seconds", "hours": "hours", "minutes": "minutes"}.get(
        found.unit or ""
    )
    return f"{header} {spoken}" if spoken else header
