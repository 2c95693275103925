"""Which canonical table a file is, and which of its headers feeds which canonical column.

For every table, each (header, column) pair gets one score from two kinds of evidence: what the
header says (after ``headers.normalize_header``, against ``cs_dash.vocabulary`` and the schema's
synonyms) and what the column's values look like (``evidence``). The best one-to-one assignment of
headers to columns is then found as a whole (an optimal assignment, not first come first served).

Tables are compared by what the file can fill: a table whose required columns are all there beats
one that lacks any; among those, the required columns' evidence, the share of the file's columns
the table explains and how well the values fit decide — not raw points, which would favour tables
with many columns. The choice carries a confidence, the runner-up and a sentence saying why; the
user's own choices (``ImportOptions`` or a saved profile) always win.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from cs_dash import vocabulary
from cs_dash.importing import conversions, evidence, initiator
from cs_dash.importing.headers import Header, has_cjk, is_bookkeeping, normalize_header, words_of
from cs_dash.importing.movement_headers import kind_named_by_amount_header, with_article
from cs_dash.schema import BOOLEAN, DATE, TABLES, TAG, TIMESTAMP, Table

FUZZY_THRESHOLD = 88
# Words too general to tell a column by when a longer header merely ends in them ("feature name").
GENERIC_WORDS = frozenset(
    "name count total value number type kind date time id key no ref text active change user rep who day".split()
)
# A header that is only "Name": the name of whatever the row is about (the other party of a call
# log, the company of a list), which only its values tell.
BARE_NAMES = frozenset("name names nom nombre nome naam namn navn nazwa nimi".split())
# Tables whose required columns alone say nothing: at least one of these must be mapped too.
AT_LEAST_ONE = {"surveys": ("score", "recommend"), "usage": ("active_users", "events", "feature")}
UNRELATED_HEADER_FACTOR = 0.5  # content evidence under a header that names something else
SPOKEN_HEADER_FACTOR = 0.8  # the same for a date column: a date is a date whatever its header
# The same for a header that names no column of any table (a language the vocabulary lacks,
# "Zákazník"): it says nothing against the values.
UNKNOWN_HEADER_FACTOR = 0.8
GENERIC_ENDING = 0.5  # what a header ending in one of the GENERIC_WORDS says at most ("external_name")
# Columns whose values come from a closed list of words (Goal/Step, Upsell/Renewal): values that
# are those words speak for themselves under any header ("Memo/Description", "Reference").
CLOSED_VOCABULARY = ("kind",)
MIN_PAIR = 0.3  # a pair scoring less is left unmapped
# In the table score, a pair known by its values alone counts this much more than its pair score
# (content evidence of 0.5 counts as a header word with other meanings, 0.75).
CONTENT_WEIGHT = 1.5
UNTELLING_CONTENT = ("account", "ticket_id", "score")
NAMED_PEOPLE = ("csm", "owner")  # shown and matched by name: a name column beats an e-mail column
NAME_OVER_EMAIL_MARGIN = 0.05  # how much less its header may say for the name to be preferred
# Words by which a header speaks of customer success itself, not of any owner or assignee.
SUCCESS_WORDS = frozenset(("success", "csm", "csms", "cs", "cse", "sucesso", "exito", "succes", "successo"))
SUCCESS_HEADER_MIN = 0.5  # how much a header speaking of customer success must say for the CSM
REQUIRED_WEIGHT = 1.3  # in the assignment, filling a required column counts this much more
# Of two headers whose values fit alike, the one naming the column more plainly wins ("Events"
# over "Sessions", "Account" over "Workspace"), even when both reach the top score.
PLAINER_HEADER = 1e-3
POSITIVE_FIT = 0.25  # how much values that look right add to what the header says
NEGATIVE_FIT = 0.15  # and how much values that look wrong take off
INITIATOR_FIT = 0.3  # values saying who started a contact fit the tag by a CS leader's reading
VETO_PENALTY = 0.5  # taken off a header's score when its values cannot be that column
EXACT = 0.95  # a header naming a column by its name or a synonym, with nothing else in it
# The revenue change's amount, and what a customer pays now: a header naming money moved by a
# change ("Lost ARR", "Upsell MRR") is the one and never the other.
MOVED_MONEY = frozenset(("amount", "arr"))
# The table score: required columns' evidence, the share of the file explained, the values' fit.
WEIGHTS = {"required": 0.25, "coverage": 0.6, "fit": 0.15}
FILENAME_BONUS = 0.05
DECISIVE_GAP = 0.2  # a lead this large (a share of the best score) over the runner-up leaves no doubt
SOLID_SCORE = 0.6  # a table scoring this much explains the file well enough to need no doubt
INCOMPLETE_LEAD = 1.1  # an incomplete table must explain this much more to be what the file is
INCOMPLETE_DISCOUNT = 0.1  # per required column a rival lacks: that much less of a doubt
# A list of customers, one row each by an id a header names, with a yes/no churn column: what
# else it says describes the customer (plan, contract, demographics), and the table is accounts
# however many such columns there are (IBM's Telco churn, a bank's "Exited" list).
CUSTOMER_LIST_SCORE = 0.5
REVENUE_COLUMNS = ("arr", "amount")
OWN_MONEY_WORDS = frozenset(("salary", "salaries", "income", "wage", "wages", "balance", "savings",
                             "gehalt", "einkommen", "salaire", "salario", "sueldo", "stipendio",
                             "reddito", "salaris", "inkomen", "saldo", "solde"))  # fmt: skip
CUSTOMER_LIST_UNIQUE = 0.99
CHOSEN = "your choice"  # the reason given for a table or a column the user chose
ASK_BELOW = 0.45  # below this confidence the user chooses the table
WARN_BELOW = 0.7  # below this the command line warns about its choice


_GRAIN_AT_END = re.compile(r" (month|week|quarter|period|monat|woche|mois|semaine|mes|semana|mese|maand)$")


def normalize(header: str) -> str:
    """The words of a header: ``Account_Name``, ``accountName``, ``Account.Name`` -> ``account name``."""
    return normalize_header(header).words or words_of(header)


@dataclass(frozen=True)
class Vocab:
    """The phrases naming one column, as words and without spaces, for quick lookups."""

    phrases: frozenset[str]
    compact: frozenset[str]
    ordered: tuple[str, ...] = ()  # the phrases in a fixed order, for fuzzy search
    by_first_word: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Words of kana and kanji, found inside a header's run of them rather than between spaces.
    cjk_words: tuple[str, ...] = ()

    @classmethod
    def of(cls, phrases) -> Vocab:
        words = frozenset(w for w in (words_of(p) for p in phrases) if w)
        index: dict[str, list[str]] = {}
        for phrase in sorted(words):
            if len(phrase) >= 3:
                index.setdefault(phrase.split(" ", 1)[0], []).append(phrase)
        return cls(
            words,
            frozenset(w.replace(" ", "") for w in words),
            tuple(sorted(words)),
            {first: tuple(found) for first, found in index.items()},
            # (a Korean phrase's words joined, as a header may write them: "활성 사용자" in "활성사용자수")
            tuple(sorted({w.replace(" ", "") for w in words if all(has_cjk(t) for t in w.split())})),
        )


@dataclass
class TableMapping:
    """One candidate table for a file, how its headers map onto it, and how well."""

    table: Table
    mapping: dict[str, str] = field(default_factory=dict)  # header -> column
    reasons: dict[str, str] = field(default_factory=dict)
    strengths: dict[str, float] = field(default_factory=dict)  # header -> pair score (0-1)
    fits: dict[str, float] = field(default_factory=dict)  # header -> content fit (-1..1)
    score: float = 0.0
    confidence: float = 0.0
    runner_up: str | None = None
    why: str = ""
    headers_with_values: int = 0
    # Known by its values alone and too weakly to load: the user is asked rather than refused.
    too_weak: bool = False
    rival: float = 0.0  # the best other table's score, less its missing columns' discount
    # The amount's header when it names the kind of every row ("Lost ARR": each row a churn).
    kind_named_by: str | None = None

    @property
    def points(self) -> float:  # kept for callers that compared raw points
        return self.score

    @property
    def missing_required(self) -> list[str]:
        mapped = set(self.mapping.values()) | ({"kind"} if self.kind_named_by else set())
        missing = [c for c in self.table.required if c not in mapped]
        wanted = AT_LEAST_ONE.get(self.table.name, ())
        if wanted and not mapped & set(wanted):
            missing.append(" or ".join(wanted))
        return missing

    @property
    def complete(self) -> bool:
        return not self.missing_required

    @property
    def needs_choice(self) -> bool:
        return self.confidence < ASK_BELOW or self.too_weak


# ------------------------------------------------------------------------------ header evidence
@functools.cache
def _vocabularies(table_name: str, column_name: str) -> tuple[Vocab, Vocab, str]:
    column = TABLES[table_name].column(column_name)
    weak_words = set(vocabulary.WEAK.get(column_name, ())) | set(
        vocabulary.TABLE_WEAK.get((table_name, column_name), ())
    )
    excluded = {words_of(p) for p in vocabulary.TABLE_EXCLUDE.get((table_name, column_name), ())}
    table_strong = set(vocabulary.TABLE_STRONG.get((table_name, column_name), ()))
    weak_words -= table_strong
    weak = Vocab.of(w for w in weak_words if words_of(w) not in excluded)
    strong_all = set(column.synonyms) | set(vocabulary.STRONG.get(column_name, ())) | table_strong
    weak_set = {words_of(w) for w in weak_words}
    strong = Vocab.of(s for s in strong_all if words_of(s) not in weak_set | excluded)
    return strong, weak, words_of(column_name)


def _contained(words: str, vocab: Vocab, generic: bool = True) -> tuple[str, str] | None:
    """The longest phrase found as whole words in ``words``, and where: 'end', 'start' or 'inside'.

    ``generic=False`` leaves out phrases too general to tell a column by ("name", "date").
    """
    padded = f" {words} "
    found = set()
    for token in dict.fromkeys(words.split()):
        for phrase in vocab.by_first_word.get(token, ()):
            if phrase == words or f" {phrase} " not in padded:
                continue
            if not generic and phrase in GENERIC_WORDS:
                continue
            found.add(phrase)
    if not found:
        # (A header's Latin words, "ARR" in "ARR増減額", are matched first, as in any header.)
        return _inside_cjk(words, vocab, generic) if vocab.cjk_words and has_cjk(words) else None
    # The longest phrase; of two as long, the one nearer the end, where a header puts its noun
    # ("next renewal date" is a date) - never the order a set happens to list them in.
    best = max(found, key=lambda phrase: (len(phrase), padded.rindex(f" {phrase} "), phrase))
    if padded.endswith(f" {best} "):
        return best, "end"
    return best, "start" if padded.startswith(f" {best} ") else "inside"


# Words of kana and kanji too general to tell a column by inside a longer header: "日付" (date) ends
# "更新日付", a renewal; "番号" (number) ends an id of anything. Alone, they still name their column.
CJK_GENERIC_WORDS = frozenset(
    words_of(w) for w in ("日付", "日時", "番号", "名前", "種別", "種類", "区分", "金額", "合計")
)
# A word of one kanji ("日" day, "月" month, "数" count) names the head of a longer header only at its
# end, where Japanese puts the noun a compound is about ("対象月" is a month, "月額" is an amount).
CJK_HEAD_ONLY = 1


def _inside_cjk(words: str, vocab: Vocab, generic: bool) -> tuple[str, str] | None:
    """The longest word of ``vocab``'s kana and kanji inside a header's runs of them, and where.

    Japanese writes a compound as one run ("アクティブユーザー数", "契約更新予定日"); a known word inside
    it names the column as a phrase between spaces does in other languages.
    """
    found = []
    runs = [token for token in words.split() if has_cjk(token)]
    # Korean spaces its words as the writer likes ("활성 사용자 수", "활성사용자 수"): the run joined too.
    joined = "".join(runs)
    for token in (*runs, joined) if len(runs) > 1 else runs:
        for phrase in vocab.cjk_words:
            if phrase == words or phrase not in token:
                continue
            if not generic and phrase in CJK_GENERIC_WORDS:
                continue
            if len(phrase) <= CJK_HEAD_ONLY and not token.endswith(phrase):
                continue
            found.append((token, phrase))
    if not found:
        return None
    compact = words.replace(" ", "")
    token, best = max(found, key=lambda pair: (len(pair[1]), compact.rindex(pair[1]), pair[1]))
    at_end = compact.endswith(best)
    if len(best) <= CJK_HEAD_ONLY and not at_end:
        return None
    if at_end:
        return best, "end"
    return best, "start" if compact.startswith(best) else "inside"


def _glued(word: str, compact: frozenset[str]) -> tuple[float, str] | None:
    """A compound written as one word ("parentcustomer", "kundenbetreuer") ending in a known name."""
    endings = [p for p in compact if len(p) >= 5 and p not in GENERIC_WORDS and word.endswith(p)]
    if not endings:
        return None
    return 0.7, f"name ending in '{max(endings, key=len)}'"


# German, Dutch and Nordic join a noun to their word for date ("Fälligkeitsdatum", "Leverdatum",
# "Forfaldsdato"), with a linking letter or two between ("-s-", "-e-", "-en-").
DATE_HEADS = ("datum", "dato")
LINKING_LETTERS = ("", "s", "e", "n", "es", "en")
MIN_COMPOUND_STEM = 4
DATE_COMPOUND = 0.9


def date_compound_stem(words: str, phrases: frozenset[str]) -> str | None:
    """The known phrase a one-word header joins to a word for date, or None.

    'falligkeitsdatum' with 'falligkeit' known -> 'falligkeit'; 'datum' alone or an unknown stem -> None.
    """
    if " " in words:
        return None
    for head in DATE_HEADS:
        stem = words.removesuffix(head)
        if stem == words:
            continue
        for link in LINKING_LETTERS:
            base = stem.removesuffix(link) if link else stem
            if (link and base == stem) or len(base) < MIN_COMPOUND_STEM:
                continue
            if base in phrases and base not in GENERIC_WORDS:
                return base
    return None


# The words an amount of money is named by; a compound ending in one ("Avtalsvärde", "Jahresbetrag")
# names an amount too.
AMOUNT_WORDS = (
    "amount", "value", "betrag", "wert", "montant", "valeur", "importe", "monto", "valor", "importo",
    "valore", "bedrag", "waarde", "belopp", "varde", "belob", "belop", "vaerdi", "verdi", "kwota",
    "wartosc", "arvo", "summa",
)  # fmt: skip
MIN_AMOUNT_WORD = 4  # "wert", "arvo": shorter endings say nothing
YEARLY_AMOUNT = 0.8
YEARLY_AMOUNT_COLUMNS = frozenset((("accounts", "arr"), ("engagements", "arr")))


def names_an_amount_per_year(words: str) -> bool:
    """Whether a header names an amount and a year ("Montant annuel du contrat", "Avtalsvärde per år").

    An amount per year on a customer's row is what the customer pays a year, whatever else it says.
    """
    padded = f" {words} "
    if not any(f" {phrase} " in padded for phrase in conversions.ANNUAL_WORDS):
        return False
    return any(
        token.endswith(amount) and (token == amount or len(amount) >= MIN_AMOUNT_WORD)
        for token in words.split()
        for amount in AMOUNT_WORDS
    )


def match_header(header: Header, strong: Vocab, weak: Vocab, name: str) -> tuple[float, str]:
    """How well a normalised header names a column (0-1) and why."""
    words, compact = header.words, header.compact
    if not words:
        return 0.0, ""
    with_qualifier = f"{words} {header.qualifier}".strip()
    if words == name or compact == name.replace(" ", ""):
        return 1.0, "name (the same as the column's)"
    for text in (words, with_qualifier):
        if text in strong.phrases:
            return 0.97, f"synonym '{text}'"
    if compact in strong.compact:
        return 0.95, f"synonym '{words}'"
    if words in weak.phrases or compact in weak.compact:
        return 0.75, f"synonym '{words}' (a word with other meanings)"
    dated = _GRAIN_AT_END.sub(" date", words)
    if dated != words and dated in strong.phrases:
        # "Renewal Month", "Go-live week": the date written at the grain of a month or a week.
        return 0.85, f"synonym '{dated}' written as a {words.rsplit(' ', 1)[1]}"
    close = None
    if len(words) >= 5:
        close = process.extractOne(words, strong.ordered, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
    if close:
        phrase, ratio, _ = close
        return min(0.94, round(ratio / 100, 3)), f"fuzzy match with '{phrase}' ({int(ratio)}% similar)"
    if " " not in words and len(words) >= 8:
        glued = _glued(words, strong.compact)
        if glued:
            return glued
    found = _contained(words, strong, generic=False)
    if found:
        phrase, where = found
        base = {"end": 0.72, "start": 0.62, "inside": 0.58}[where]
        return min(0.85, base + 0.03 * phrase.count(" ")), f"name containing '{phrase}'"
    found = _contained(words, strong)
    if found and found[1] == "end":
        return 0.45, f"name ending in '{found[0]}'"
    found = _contained(words, weak, generic=False)
    if found and found[1] == "end":
        return 0.5, f"name ending in '{found[0]}'"
    tokens = words.split()
    if len(tokens) > 1 and all(token in weak.phrases for token in tokens):
        # "Total Count", "Count Total": each word alone is too general, together they say one thing.
        return 0.5, f"words '{words}', each a word for it (with other meanings)"
    return 0.0, ""


def header_score(header: str, column_synonyms: tuple[str, ...], column_name: str) -> tuple[int, str]:
    """How well one header names a column given its synonyms (0-100) and why."""
    score, why = match_header(
        normalize_header(header), Vocab.of(column_synonyms), Vocab.of(()), words_of(column_name)
    )
    return int(round(score * 100)), why


# ------------------------------------------------------------------------------ one table
@functools.lru_cache(maxsize=50_000)
def _said(header: Header, table_name: str, column_name: str) -> tuple[float, str]:
    strong, weak, name = _vocabularies(table_name, column_name)
    said = match_header(header, strong, weak, name)
    if said[0] < DATE_COMPOUND and TABLES[table_name].column(column_name).kind == DATE:
        stem = date_compound_stem(header.words, strong.phrases)
        if stem:
            return DATE_COMPOUND, f"'{stem}' joined to a word for date"
    if (
        said[0] < YEARLY_AMOUNT
        and (table_name, column_name) in YEARLY_AMOUNT_COLUMNS
        and names_an_amount_per_year(header.words)
    ):
        return YEARLY_AMOUNT, "an amount per year"
    if column_name == "tag" and said[0] < INITIATOR_HEADER:
        asked = initiator.asks_who_started(header.words)
        if asked:
            return INITIATOR_HEADER, f"a header asking who started the contact ('{asked}')"
    if column_name in MOVED_MONEY and said[0] < EXACT:
        kind = kind_named_by_amount_header(header.raw)
        if kind is not None:
            # Money a change moved ("Lost ARR"): the change's amount, never what a customer pays now.
            if table_name == "revenue":
                return EXACT, f"money moved by {with_article(kind)}, as its header says"
            return 0.0, ""
    if table_name == "surveys" and column_name in ("score", "recommend") and said[0] < RECOMMEND_QUESTION:
        verb = _recommend_verb(header)
        if verb:
            return RECOMMEND_QUESTION, f"a question asking whether they would recommend ('{verb}')"
    return said


# The verb of the recommend question, however a language words the rest of it ("Recommanderiez-
# vous …", "… que vous nous recommandiez à un collègue ?", "Würden Sie uns weiterempfehlen?"):
# the stems of recommend in the languages the vocabulary knows.
RECOMMEND_STEMS = (
    "recommend", "recommand", "recomend", "raccomand", "empfehl", "weiterempfehl", "aanbevel", "aanbeveel",
    "consigli", "rekommend", "anbefal", "polecil", "polecasz", "suosittel", "doporuc", "tavsiye",
)  # fmt: skip
RECOMMEND_QUESTION = 0.9
INITIATOR_HEADER = 0.8  # "Initiated by": the tag only with values saying who started the contact
MIN_QUESTION_WORDS = 3  # a question, not a one-word header ("Recommender", a person's role)


def _asks(header: Header) -> bool:
    """True when the header is a question: a few words, or a question mark ("Nous recommanderait ?")."""
    raw = header.raw.strip()
    return len(header.tokens) >= MIN_QUESTION_WORDS or raw.endswith("?") or raw.startswith("¿")


def _recommend_verb(header: Header) -> str | None:
    """The word of a question that asks about recommending, or None."""
    tokens = header.tokens
    if not _asks(header):
        return None
    return next((t for t in tokens if t.startswith(RECOMMEND_STEMS)), None)


# Words for a record's id, and the qualifiers a tool puts before them for the id it shows people
# ("Display ID", "Public number", "Human-readable key") beside an internal one it keeps.
ID_WORDS = frozenset("id number no nr key ref reference".split())
ID_QUALIFIERS = frozenset("display displayed public external human readable short friendly visible".split())
RECORD_CODES = 0.9  # the share of values that must be unique short codes for a qualified id


def _qualified_id(
    header: Header, table_name: str, column_name: str, prof: evidence.Profile
) -> tuple[float, str]:
    """What a qualified id header says of a column when its values are each record's own code.

    "Display ID" over "TKT-1003", "TKT-1006": a person reads it as the record's id, as a bare
    "ID" would be; the qualifier only says which of a tool's ids people see. Over other values
    (names, dates) the header says nothing.
    """
    tokens = header.tokens
    if len(tokens) < 2 or tokens[-1] not in ID_WORDS or not set(tokens[:-1]) <= ID_QUALIFIERS:
        return 0.0, ""
    if prof.code < RECORD_CODES or prof.unique < RECORD_CODES:
        return 0.0, ""
    said, why = _said(normalize_header(tokens[-1]), table_name, column_name)
    qualifier = " ".join(tokens[:-1])
    return (said, f"{why} under the qualifier '{qualifier}', over each row's own code") if said else (0.0, "")


def _pair(table: Table, column, header: Header, prof: evidence.Profile) -> tuple[float, float, str]:
    """(pair score, content fit, why) for mapping one header onto one column."""
    said, why = _said(header, table.name, column.name)
    if not said:
        said, why = _qualified_id(header, table.name, column.name, prof)
    fit, fit_why = evidence.fit(column, prof, table.name)
    if column.kind == TAG and fit <= 0 and prof.initiator >= initiator.MOST:
        if initiator.asks_who_started(header.words):
            fit, fit_why = INITIATOR_FIT, "the values say who started each contact: the team or the customer"
    if said > 0:
        if fit <= -1.0:
            # Only a header that names the column outright survives values that cannot be it.
            kept = said - VETO_PENALTY if said >= EXACT else 0.0
            return max(0.0, kept), fit, f"{why}, although {fit_why}"
        total = min(1.0, said + (POSITIVE_FIT if fit > 0 else NEGATIVE_FIT) * fit)
        if fit >= 0.5 and fit_why:
            why = f"{why}; {fit_why}"
        return total, fit, why
    alone, alone_why = evidence.content_only(table.name, column, prof)
    if column.name in REVENUE_COLUMNS and _speaks_of_own_money(header):
        return 0.0, fit, ""
    closed = (
        column.name in CLOSED_VOCABULARY
        or (column.name == "recommend" and prof.rating >= 0.9)
        or _account_statuses(table, column, prof)
    )
    if alone and not header.silent and column.kind != TAG and not closed:
        # The header says something this column's words do not: the values alone count for less
        # ("is_trial" holds yes/no, yet it is not whether the customer would recommend).
        if column.kind in (DATE, TIMESTAMP):
            alone *= SPOKEN_HEADER_FACTOR
        elif column.kind != BOOLEAN and (
            _names_nothing(header) or _names_only_a_generic_word(header) or header.words in BARE_NAMES
        ):
            # (Yes/no values answer any question: "Canceled" or "is_trial" is not "would recommend".)
            alone *= UNKNOWN_HEADER_FACTOR
        else:
            alone *= UNRELATED_HEADER_FACTOR
    return alone, fit, alone_why


ACCOUNT_STATUS_VALUES = 0.8  # the share of values that must be an account's status words


def _account_statuses(table: Table, column, prof: evidence.Profile) -> bool:
    """Whether the values are an account's statuses, which speak for themselves under any header.

    Axonaut's "Catégorie" holding Client / Perdu is the customer's status (Perdu: churned): a
    person reads it at once whatever the header says. At least two different statuses, so that a
    column saying "Customer" on every row is no status column.
    """
    return (
        table.name == "accounts"
        and column.name == "status"
        and prof.account_status >= ACCOUNT_STATUS_VALUES
        and evidence.distinct_values(prof) >= 2
    )


def _speaks_of_own_money(header: Header) -> bool:
    """A customer's own money (a salary, a bank balance) is money, yet none of it is paid to the vendor."""
    return bool(OWN_MONEY_WORDS & set(header.words.split()))


@functools.lru_cache(maxsize=50_000)
def _names_only_a_generic_word(header: Header) -> bool:
    """True when a header names a column only by its last, generic word: "Bucket Name", "Lane Value".

    Without that word it names nothing, so it says no more against the values than a header in
    a language the vocabulary lacks.
    """
    words = header.words.split()
    kept = list(words)
    while kept and kept[-1] in GENERIC_WORDS:
        kept.pop()
    if not kept or len(kept) == len(words):
        return False
    return _names_nothing(normalize_header(" ".join(kept)))


@functools.lru_cache(maxsize=50_000)
def _names_nothing(header: Header) -> bool:
    """True when no column of any table is named by the header, but by a general word at its end.

    "external_name" or "Display value" end in a word every table has a column for ("name",
    "value"); that says nothing about which column, so it says nothing against the values either.
    """
    return all(
        _said(header, table, column.name)[0] < GENERIC_ENDING
        for table, spec in TABLES.items()
        for column in spec.columns
    )


def names_no_column(header: str) -> bool:
    """True when a header names no column of any table: "col7", "Zákazník", "Dauer (Std.)"."""
    parsed = normalize_header(header)
    return parsed.silent or _names_nothing(parsed)


def _assign(
    table: Table,
    headers: list[str],
    profiles: dict[str, evidence.Profile],
    forced: dict[str, str],
    filename: str,
    asked: dict[str, str] | None = None,
) -> TableMapping:
    asked = asked or {}
    result = TableMapping(table)
    taken: set[str] = set()
    forced = {h: c for h, c in forced.items() if c in table.column_names}  # the rest stay free here
    for header, column in forced.items():
        if column not in taken:
            result.mapping[header] = column
            result.reasons[header] = CHOSEN
            result.strengths[header] = 1.0
            result.fits[header] = 1.0
            taken.add(column)
    # The system's own bookkeeping columns map to nothing and say nothing about the table.
    headers = [h for h in headers if h in forced or not is_bookkeeping(h)]
    free = [h for h in headers if h not in forced]
    columns = [c for c in table.columns if c.name not in taken]
    parsed = {h: normalize_header(asked.get(h, h)) for h in free}
    scores = np.zeros((len(free), len(columns)))
    details: dict[tuple[int, int], tuple[float, float, str]] = {}
    for i, header in enumerate(free):
        for j, column in enumerate(columns):
            pair = _pair(table, column, parsed[header], profiles.get(header, evidence.Profile()))
            details[i, j] = pair
            if pair[0] >= MIN_PAIR:
                # Earlier headers win exact ties, as a person reading left to right would.
                said = _said(parsed[header], table.name, column.name)[0]
                weight = REQUIRED_WEIGHT if column.required else 1.0
                scores[i, j] = pair[0] * weight + said * PLAINER_HEADER - i * 1e-6
    if free and columns:
        # Imported here: scipy is a fifth of a fresh import, and a session's first page maps no file.
        from scipy.optimize import linear_sum_assignment

        rows, cols = linear_sum_assignment(scores, maximize=True)
        for i, j in zip(rows, cols, strict=True):
            if scores[i, j] <= 0:
                continue
            total, fit, why = details[i, j]
            _put(result, free[i], columns[j].name, total, fit, why)
    _fill_required_from_optional(result, free, columns, details)
    _names_before_emails(result, free, columns, details, parsed, profiles)
    _success_people_before_owners(result, free, columns, details, parsed)
    _span_ends_stay_with_their_start(result, parsed)
    _paid_revenue_before_company_revenue(result, free, columns, details, parsed)
    _days_before_periods(result, free, columns, details, parsed, profiles)
    if table.name == "plans":
        _status_beside_its_item(result, free, columns, details, parsed)
    if table.name == "usage":
        _usage_counts_from_values(result, profiles)
    if table.name == "revenue":
        result.kind_named_by = _kind_named_by_the_amount(result, headers)
    for header in result.mapping.keys() & asked.keys():
        result.reasons[header] = f"the answers to '{asked[header]}': {result.reasons[header]}"
    _score(result, headers, profiles, filename)
    return result


def _kind_named_by_the_amount(result: TableMapping, headers: list[str]) -> str | None:
    """The amount's header, when it names the one kind of change every row is ("Lost ARR").

    Only in a file without a kind column, and with no other header naming money moved another
    way: beside "Expansion ARR" a "Churned ARR" is one movement among several, not the file's.
    """
    by_column = {c: h for h, c in result.mapping.items()}
    amount = by_column.get("amount")
    if "kind" in by_column or amount is None:
        return None
    kind = kind_named_by_amount_header(amount)
    if kind is None:
        return None
    others = {kind_named_by_amount_header(h) for h in headers if h != amount} - {None}
    return amount if others <= {kind} else None


def _put(result: TableMapping, header: str, column: str, total: float, fit: float, why: str) -> None:
    result.mapping[header] = column
    result.reasons[header] = why
    result.strengths[header] = total
    result.fits[header] = fit


def _fill_required_from_optional(result, free, columns, details) -> None:
    """A required column left empty takes a header from an optional one when its values qualify.

    "Type" holding "Proactive check-in" is matched as the type by name, yet it is the only column
    that can be the tag; without it the table could not load at all.
    """
    for j, column in enumerate(columns):
        if not column.required or column.name in result.mapping.values():
            continue
        best = None
        for i, header in enumerate(free):
            total, fit, why = details[i, j]
            current = result.mapping.get(header)
            if current is not None and result.table.column(current).required:
                continue
            if total >= MIN_PAIR and fit > 0 and (best is None or total > best[1]):
                best = (header, total, fit, why)
        if best:
            header, total, fit, why = best
            _put(
                result,
                header,
                column.name,
                total,
                fit,
                why if why.startswith("content") else f"content and {why}",
            )


def _names_before_emails(result, free, columns, details, parsed, profiles) -> None:
    """A person's name beats their e-mail address when the file has both ("Author Name", "Author Email").

    The e-mail addresses look more like a person than names do, yet the pages show and match people
    by name (a team file's rates, the CSM filter), so the e-mail is only the fallback. The name
    column must be named at least as well as the e-mail column: "CSM Email" stays the CSM when the
    only names are under "Account Owner".
    """
    for j, column in enumerate(columns):
        if column.name not in NAMED_PEOPLE:
            continue
        current = next((h for h, c in result.mapping.items() if c == column.name), None)
        if current is None or current not in free or profiles.get(current, evidence.Profile()).email < 0.8:
            continue
        said_current = _said(parsed[current], result.table.name, column.name)[0]
        best = None
        for i, header in enumerate(free):
            if header in result.mapping:
                continue
            prof = profiles.get(header, evidence.Profile())
            total, fit, why = details[i, j]
            said = _said(parsed[header], result.table.name, column.name)[0]
            if prof.count < 2 or prof.email > 0.2 or fit < 0 or total < MIN_PAIR:
                continue
            if said >= said_current - NAME_OVER_EMAIL_MARGIN and (best is None or said > best[1]):
                best = (header, said, total, fit, why)
        if best:
            header, _, total, fit, why = best
            _unmap(result, current)
            _put(
                result,
                header,
                column.name,
                total,
                fit,
                f"{why}; a name, preferred to the e-mail in {current}",
            )


def _speaks_of_success(header: Header) -> bool:
    return bool(SUCCESS_WORDS & set((header.words or "").split()))


def _success_people_before_owners(result, free, columns, details, parsed) -> None:
    """A customer-success person column beats a generic owner ("Assigned To", "Owner") as the CSM.

    CRMs export the sales owner beside the customer success rep; both name a person and both
    headers are words for the CSM, but only one of them speaks of customer success.
    """
    _prefer_another_header(
        result, free, columns, details, parsed, "csm",
        is_right=lambda h: _speaks_of_success(parsed[h]),
        min_said=SUCCESS_HEADER_MIN,
        because="it speaks of customer success, {current} does not",
    )  # fmt: skip


def speaks_of_company_revenue(header: str) -> bool:
    """Whether a header names a company's own revenue, its size ("Annual Revenue", "Umsatz")."""
    return normalize_header(header).words in _COMPANY_REVENUE


_COMPANY_REVENUE = frozenset(words_of(w) for w in vocabulary.COMPANY_REVENUE)


def _paid_revenue_before_company_revenue(result, free, columns, details, parsed) -> None:
    """'Contract ARR' beside 'Annual Revenue' is the ARR: the other is the company's size.

    A CRM's company record carries the firmographic annual revenue (millions) beside what the
    customer pays; both are money and both headers are words for revenue, but only one is paid.
    """
    _prefer_another_header(
        result, free, columns, details, parsed, "arr",
        is_right=lambda h: parsed[h].words not in _COMPANY_REVENUE,
        min_said=MIN_PAIR,
        because="{current} is the company's own revenue, not paid",
    )  # fmt: skip


def _prefer_another_header(
    result, free, columns, details, parsed, column_name, is_right, min_said, because
) -> None:
    """Move ``column_name`` from a header that ``is_right`` rejects to the best free one it accepts.

    The other header must say the column (at least ``min_said``) and fit its values; the reason
    shown to the user ends with ``because`` (``{current}`` is the header given up).
    """
    j = next((j for j, column in enumerate(columns) if column.name == column_name), None)
    current = next((h for h, c in result.mapping.items() if c == column_name), None)
    if j is None or current is None or current not in free or is_right(current):
        return
    best = None
    for i, header in enumerate(free):
        if header in result.mapping or not is_right(header):
            continue
        total, fit, why = details[i, j]
        said = _said(parsed[header], result.table.name, column_name)[0]
        if said >= min_said and fit >= 0 and total >= MIN_PAIR and (best is None or total > best[1]):
            best = (header, total, fit, why)
    if best:
        header, total, fit, why = best
        _unmap(result, current)
        _put(result, header, column_name, total, fit, f"{why}; {because.format(current=current)}")


# Tables whose rows are events on a day. A usage row is its period, and an account's renewal
# or a plan item's due date may be planned to the month: there a month stays the date.
EVENT_ROWS = frozenset({"engagements", "tickets", "surveys", "revenue"})
PERIOD_LABELS = 0.8  # the share of a column's values naming a month, quarter, week or year
FULL_DATES = 0.8  # the share of the other column's values that are dates, of which few are periods


def _days_before_periods(result, free, columns, details, parsed, profiles) -> None:
    """A full date beats a month as the day a row's event happened ("Effective date" beside "Month").

    A sheet that groups its rows by month or quarter writes the period beside the day each change
    was booked, posted or took effect; the period is a label for the group, the day is the date.
    Only for tables whose rows are events (EVENT_ROWS).
    """
    if result.table.name not in EVENT_ROWS:
        return
    nothing = evidence.Profile()

    def days(header: str) -> bool:
        found = profiles.get(header, nothing)
        return found.period < 1 - PERIOD_LABELS and found.date >= FULL_DATES

    for column in columns:
        current = next((h for h, c in result.mapping.items() if c == column.name), None)
        if column.kind not in (DATE, TIMESTAMP) or current is None:
            continue
        if profiles.get(current, nothing).period < PERIOD_LABELS:
            continue
        table, name = result.table.name, column.name
        _prefer_another_header(
            result, free, columns, details, parsed, name,
            # The day's header says the column, or names nothing the vocabulary knows ("Date d'effet").
            is_right=lambda h, table=table, name=name: days(h)
            and (_said(parsed[h], table, name)[0] >= MIN_PAIR or _names_nothing(parsed[h])),
            min_said=0.0,
            because="a full date, where {current} names only the period",
        )  # fmt: skip


def _unmap(result, header: str) -> None:
    """Forget what the mapping said about ``header``."""
    for key in (result.mapping, result.reasons, result.strengths, result.fits):
        key.pop(header, None)


def _status_beside_its_item(result, free, columns, details, parsed) -> None:
    """'Task Status' beside 'Task Name' is the item's status, not 'Run Status' (the whole run's).

    A workflow or project export names each level's status after its level: the status whose
    header shares a word with the item's header is the item's own.
    """
    j = next((j for j, column in enumerate(columns) if column.name == "status"), None)
    item = next((h for h, c in result.mapping.items() if c == "item"), None)
    current = next((h for h, c in result.mapping.items() if c == "status"), None)
    if j is None or item is None or current is None or current not in free or item not in parsed:
        return
    item_words = set(parsed[item].tokens) - GENERIC_WORDS - {"status"}
    if item_words & set(parsed[current].tokens):
        return
    for i, header in enumerate(free):
        if header in result.mapping or not item_words & set(parsed[header].tokens):
            continue
        total, fit, why = details[i, j]
        if total >= MIN_PAIR and fit >= 0 and _said(parsed[header], "plans", "status")[0] >= MIN_PAIR:
            _unmap(result, current)
            _put(result, header, "status", total, fit, f"{why}; it is the status of {item}, {current} is not")
            return


# The first and last word of a span's two columns ("Start Date" / "End Date", "Beginn" / "Ende").
SPAN_STARTS = frozenset(
    "start starts started begin begins beginn beginning debut inicio inizio aanvang".split()
)
SPAN_ENDS = frozenset("end ends ended ende fin fine einde fim termino".split())
# Columns that are the end of a span whose start is the row's own start date: a contract.
SPAN_END_COLUMNS = {"renewal_date": "subscribed_on"}


def _span_rest(header: Header | None, words: frozenset[str]) -> str | None:
    """The header's other words when one of its words is one of ``words`` ("fecha de fin" -> "fecha de")."""
    tokens = (header.words or "").split() if header is not None else []
    found = [t for t in tokens if t in words]
    if len(found) != 1:
        return None
    return " ".join(t for t in tokens if t not in words)


def _span_ends_stay_with_their_start(result: TableMapping, parsed: dict[str, Header]) -> None:
    """'End Date' beside 'Start Date' ends what the start begins, not another table's date.

    A meeting's end in a calendar export is no account's renewal date: the end of a span is a
    renewal date only when its start is the subscription's start.
    """
    starts = {}
    for header, parts in parsed.items():
        rest = _span_rest(parts, SPAN_STARTS)
        if rest is not None:
            starts.setdefault(rest, header)
    for header, column in list(result.mapping.items()):
        rest = _span_rest(parsed.get(header), SPAN_ENDS)
        if column not in SPAN_END_COLUMNS or rest is None or rest not in starts:
            continue
        if result.mapping.get(starts[rest]) != SPAN_END_COLUMNS[column]:
            _unmap(result, header)


CALENDAR_REPEATS = 0.5  # a usage file's dates repeat: every account on each week or month


def _usage_counts_from_values(result: TableMapping, profiles: dict[str, evidence.Profile]) -> None:
    """Counts known only by their values are a usage file's when its dates form a calendar.

    Whole numbers fill a column of many tables (minutes, seats); in usage every account has a row
    for each week or month, so the same few dates repeat. Of two such counts, active users are
    never more than events: the smaller is the users.
    """
    by_column = {c: h for h, c in result.mapping.items()}
    counts = [
        c
        for c in ("active_users", "events")
        if result.reasons.get(by_column.get(c, ""), "").startswith("content:")
    ]
    if not counts:
        return
    dates = profiles.get(by_column.get("date", ""), evidence.Profile())
    if dates.count < evidence.MIN_ROWS_FOR_REPEATS or dates.unique >= CALENDAR_REPEATS:
        for column in counts:
            _unmap(result, by_column[column])
        return
    if len(counts) == 2:
        users, events = by_column["active_users"], by_column["events"]
        if profiles[users].median > profiles[events].median:
            result.mapping[users], result.mapping[events] = "events", "active_users"


_ANSWER = re.compile(
    r"^(?:response|answer|antwort|reponse|respuesta|resposta|risposta|antwoord)\s*#?\s*(\d+)$"
)
_QUESTION = re.compile(r"^(?:question|frage|pregunta|pergunta|domanda|vraag)\s*#?\s*(\d+)$")


def answers_named_by_their_question(headers: list[str], samples: dict[str, list[str]]) -> dict[str, str]:
    """'Response 1' -> 'Company name' when 'Question 1' asks the same question on every row.

    Scheduling and form tools (Calendly, Typeform webhooks) export custom questions as numbered
    question and answer columns; the answer is what the question names.
    """
    questions = {}
    for header in headers:
        found = _QUESTION.match(normalize(header))
        asked = {v.strip() for v in samples.get(header, []) if v and v.strip()}
        if found and len(asked) == 1:
            questions[found.group(1)] = asked.pop()
    named = {}
    for header in headers:
        found = _ANSWER.match(normalize(header))
        if found and found.group(1) in questions:
            named[header] = questions[found.group(1)]
    named.update(_values_named_by_their_pair(headers, samples))
    return named


# An API's list of custom fields flattened to CSV: "custom_fields.0.name" says, on every row, what
# "custom_fields.0.value" holds ("Segment"); so do "fields[2][label]" and "fields[2][value]".
_PAIR_NAME = re.compile(r"^(.*\d+\W*)(name|label|key|title|field)(\W*)$", re.IGNORECASE)


def _values_named_by_their_pair(headers: list[str], samples: dict[str, list[str]]) -> dict[str, str]:
    """'custom_fields.0.value' -> 'Segment' when 'custom_fields.0.name' is 'Segment' on every row."""
    present = {h.lower(): h for h in headers}
    named = {}
    for header in headers:
        found = _PAIR_NAME.match(header.strip())
        if not found:
            continue
        value_header = present.get(f"{found.group(1)}value{found.group(3)}".lower())
        said = {v.strip() for v in samples.get(header, []) if v and v.strip()}
        if value_header and len(said) == 1:
            named[value_header] = said.pop()
    return named


def _table_strengths(result: TableMapping) -> dict[str, float]:
    """Each mapped header's pair score as evidence for the table, telling content on the header's scale.

    Values alone score lower than a header naming the column, so that a named column wins the
    assignment; yet e-mail addresses of people, money, revenue or plan kinds and status words
    explain their column about as well as a header word with other meanings does, and the table
    choice counts them so. Company names, dates, yes/no, unique ids and small whole numbers (a
    score, or a priority, or a count) fit a column of many tables, so they count as they are.
    """
    table = result.table
    return {
        header: min(1.0, strength * CONTENT_WEIGHT)
        if result.reasons.get(header, "").startswith("content:")
        and _telling(table.column(result.mapping[header]))
        else strength
        for header, strength in result.strengths.items()
    }


def _telling(column) -> bool:
    """Whether values that fit ``column`` point to its table rather than to any table."""
    return column.name not in UNTELLING_CONTENT and column.kind not in (DATE, TIMESTAMP, BOOLEAN)


def _score(result: TableMapping, headers: list[str], profiles, filename: str) -> None:
    table = result.table
    by_column = {c: h for h, c in result.mapping.items()}
    strengths = _table_strengths(result)
    if result.kind_named_by:
        by_column.setdefault("kind", result.kind_named_by)  # the one header says both
    slots = [strengths.get(by_column.get(c, ""), 0.0) for c in table.required]
    wanted = AT_LEAST_ONE.get(table.name, ())
    if wanted:
        slots.append(max(strengths.get(by_column.get(c, ""), 0.0) for c in wanted))
    # One required column (an account name) proves less about a table than four do.
    required = sum(slots) / (len(slots) + 1) if slots else 0.5
    # Columns known to be empty say nothing about the table; a file of headers only counts them all.
    empty = {h for h in headers if h in profiles and not profiles[h].count and h not in result.mapping}
    any_values = any(p.count for p in profiles.values()) or not profiles
    with_values = [h for h in headers if h not in empty] if any_values else headers
    result.headers_with_values = len(with_values)
    room = max(1, len(with_values))
    # Squared, so that weak words ("Type", "Owner") explain less of a file than exact names.
    explained = sum(s * s for s in strengths.values()) + _attributes_named(result, with_values, profiles)
    coverage = min(1.0, explained / room)
    fit = sum((f + 1) / 2 for f in result.fits.values()) / len(result.fits) if result.fits else 0.0
    score = WEIGHTS["required"] * required + WEIGHTS["coverage"] * coverage + WEIGHTS["fit"] * fit
    stem = filename.lower()
    if any(hint in stem for hint in table.filename_hints):
        score += FILENAME_BONUS
    if _customer_list_with_churn(result, by_column, profiles):
        score = max(score, CUSTOMER_LIST_SCORE)
    result.score = round(min(1.0, score), 3)


# Headers naming what only one table's records have, though it keeps no column for it.
RECORD_ATTRIBUTES = {"tickets": frozenset(words_of(w) for w in vocabulary.TICKET_ATTRIBUTES)}
# What any record has, that is the table's record's when the file names that record's own id plainly.
NUMBERED_RECORD_ATTRIBUTES = {
    "tickets": ("ticket_id", frozenset(words_of(w) for w in vocabulary.TICKET_SUBJECT_AND_STATE))
}
ATTRIBUTE_STRENGTH = 0.8  # how much such a header explains of the file, as a synonym would


def _attributes_named(result: TableMapping, headers: list[str], profiles) -> float:
    """What the unmapped headers that name an attribute of the table's records explain (squared).

    A help desk's "Queue" and "Requestor" are no column cs-dash keeps, yet a person reads them
    as a ticket list's, and they count for tickets as a column explained; so does a column of a
    help desk's ticket states ("New", "Open", "Stalled", "Solved") under any header.
    """
    words = RECORD_ATTRIBUTES.get(result.table.name)
    if not words:
        return 0.0
    words |= _numbered_record_attributes(result)
    nothing = evidence.Profile()
    named = [
        h
        for h in headers
        if h not in result.mapping
        and (
            normalize_header(h).words in words
            or profiles.get(h, nothing).ticket_status >= evidence.VOCABULARY_SHARE
        )
    ]
    return len(named) * ATTRIBUTE_STRENGTH**2


def _numbered_record_attributes(result: TableMapping) -> frozenset[str]:
    """A subject and a status are a ticket's in a file whose header names the ticket number plainly."""
    numbered = NUMBERED_RECORD_ATTRIBUTES.get(result.table.name)
    if numbered is None:
        return frozenset()
    id_column, words = numbered
    header = next((h for h, c in result.mapping.items() if c == id_column), None)
    if header is None or _said(normalize_header(header), result.table.name, id_column)[0] < EXACT:
        return frozenset()
    return words


def _customer_list_with_churn(result: TableMapping, by_column: dict[str, str], profiles) -> bool:
    """Whether the file is one row per customer, named by its header, saying yes/no whether each churned."""
    if result.table.name != "accounts":
        return False
    account, status = by_column.get("account"), by_column.get("status")
    if account is None or status is None or account not in profiles or status not in profiles:
        return False
    if result.reasons.get(account, "").startswith("content:"):
        return False
    ids, flags = profiles[account], profiles[status]
    return (
        ids.count >= 2
        and ids.unique >= CUSTOMER_LIST_UNIQUE
        and flags.boolean >= 1.0
        and conversions.says_churn(status)
    )


# ------------------------------------------------------------------------------ the choice
def resolve_overrides(headers: list[str], raw_headers: list[str], columns: dict[str, str]) -> dict[str, str]:
    """The user's header -> column choices that apply to this file (headers it lacks are ignored)."""
    by_key: dict[str, str] = {}
    for display, raw in zip(headers, raw_headers + [""] * len(headers), strict=False):
        by_key.setdefault(display.lower(), display)
        if raw:
            by_key.setdefault(raw.lower(), display)
        by_key.setdefault(normalize(display), display)
    forced = {}
    for source, target in columns.items():
        header = by_key.get(source.strip().lower()) or by_key.get(normalize(source))
        if header is not None:
            forced[header] = target.strip()
    return forced


def _rank_key(candidate: TableMapping) -> tuple[bool, float]:
    return candidate.complete, candidate.score


def _explain(best: TableMapping, runner: TableMapping | None) -> str:
    filled = len(best.mapping)
    text = f"{best.table.name} explains {filled} of the file's {best.headers_with_values} columns"
    if best.missing_required:
        text += f" but lacks {', '.join(best.missing_required)}"
    if runner is None:
        return text
    if runner.complete and best.complete:
        return f"{text}; {runner.table.name} would explain {len(runner.mapping)}"
    if not runner.complete:
        return f"{text}; {runner.table.name} lacks {', '.join(runner.missing_required)}"
    return text


def _confidence(best: TableMapping, others: list[TableMapping]) -> float:
    """High when the best explains the file well and clearly better than any other table."""
    best.rival = max((c.score - INCOMPLETE_DISCOUNT * len(c.missing_required) for c in others), default=0.0)
    if not best.complete:
        return 0.0
    return confidence_over(best.score, best.rival)


def confidence_over(score: float, rival: float) -> float:
    """How sure a table scoring ``score`` is against the best rival's ``rival``."""
    gap = (score - rival) / score if score else 0.0
    return round(min(1.0, max(0.0, gap) / DECISIVE_GAP) * min(1.0, score / SOLID_SCORE), 3)


def _fills_its_own_record(complete: TableMapping, incomplete: TableMapping) -> bool:
    """Whether a complete table fills, under a header naming it plainly, a required column the other lacks.

    "Ticket ID" beside an account and an opening time is what makes a list of tickets; a table
    without such a column (plans keep no ticket number) cannot be what the file is merely because
    it would explain more of the rest. An account name or a date every table has, and a bare "ID"
    is any record's.
    """
    own = [c for c in complete.table.required if c not in incomplete.table.column_names]
    by_column = {column: header for header, column in complete.mapping.items()}
    return any(
        column in by_column
        and _said(normalize_header(by_column[column]), complete.table.name, column)[0] >= EXACT
        for column in own
    )


def _directions_only_without_tags(profiles: dict[str, evidence.Profile]) -> dict[str, evidence.Profile]:
    """Call directions stand for the tag only in a file where no column says proactive or reactive.

    Reading an outbound call as proactive is an assumption; a column of the tag's own words
    ("Proactive", "Outbound - Proactive") is what the file says, and it always wins.
    """
    if not any(p.tag >= 0.8 or p.tag_inside >= 0.5 for p in profiles.values()):
        return profiles
    return {h: dataclasses.replace(p, direction=0.0) for h, p in profiles.items()}


MIN_ASKED = 2  # columns the values must fill for a file of silent headers to be asked about


def _asked_from_values(best: TableMapping, headers: list[str]) -> bool:
    """Whether a weak table is still worth asking about: every header is silent, the values fill it.

    Values alone score lower than headers, so a file whose headers name nothing ("col1", a language
    the vocabulary lacks) rarely reaches the score that loads a file; when the values still fill
    every required column the user chooses, rather than being told the file is no table at all.
    """
    return best.complete and len(best.mapping) >= MIN_ASKED and all(names_no_column(h) for h in headers)


def choose_table(
    headers: list[str],
    raw_headers: list[str],
    samples: dict[str, list[str]],
    filename: str,
    table: str | None = None,
    columns: dict[str, str] | None = None,
) -> tuple[TableMapping | None, dict[str, float]]:
    """The best table for these headers (or the one the user named) and every table's score."""
    forced = resolve_overrides(headers, raw_headers, columns or {})
    ignored = {h for h, c in forced.items() if not c}
    forced = {h: c for h, c in forced.items() if c}
    usable = [h for h in headers if h not in ignored]
    profiles = _directions_only_without_tags(
        {h: evidence.profile(samples[h]) for h in usable if h in samples}
    )
    asked = answers_named_by_their_question(usable, samples)
    candidates = {
        name: _assign(spec, usable, profiles, forced, filename, asked)
        for name, spec in TABLES.items()
        if table is None or name == table
    }
    scores = {name: cand.score for name, cand in candidates.items()}
    if not candidates:
        return None, scores
    ranked = sorted(candidates.values(), key=_rank_key, reverse=True)
    best = ranked[0]
    if table is not None:
        best.confidence, best.why = 1.0, CHOSEN
        return best, scores
    closest = max(ranked[1:], key=lambda c: c.score, default=None)
    if (
        closest is not None
        and len(closest.missing_required) == 1
        and closest.score > best.score * INCOMPLETE_LEAD
        and closest.score >= MIN_PAIR
        and not _fills_its_own_record(best, closest)
    ):
        # The file explains an incomplete table better: say what it lacks rather than load it
        # into a table that fits less of it (or call it no table at all when the complete one is
        # too weak to be what the file is).
        best, closest = closest, best
    if not best.mapping or best.score < MIN_PAIR:
        if not _asked_from_values(best, usable):
            return None, scores
        best.too_weak = True
    runner = max((c for c in ranked if c is not best and c.complete), key=lambda c: c.score, default=closest)
    best.runner_up = runner.table.name if runner else None
    best.confidence = _confidence(best, [c for c in ranked if c is not best])
    best.why = _explain(best, runner)
    return best, scores
