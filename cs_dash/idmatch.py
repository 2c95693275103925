"""Accounts named by an id in one file and by a name in another, matched through the accounts list.

An accounts export that carries both an id (a Salesforce Id, a HubSpot company id, AccountId,
account_id) and a name says which name each id stands for. Rows of any table that name an
account by one of those ids then count for that name, whichever file was uploaded first, because
the match runs each time the canonical tables are rebuilt. Salesforce writes one record as a
15-character case-sensitive id or an 18-character case-safe one: both match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import duckdb

from cs_dash.schema import TABLES
from cs_dash.sqlutil import insert_rows, quote_ident

# Words of a header that name another object's id, not the account's own.
OTHER_OBJECTS = {
    "owner", "user", "parent", "contact", "deal", "opportunity", "ticket", "subscription", "plan",
    "csm", "manager", "rep", "created", "modified", "invoice", "order", "product", "case", "lead",
    "person", "employee", "record type", "type", "industry", "tax", "vat", "phone", "zip", "postal",
    "duns", "partner", "campaign", "event", "session", "usage", "survey", "response", "price",
}  # fmt: skip
ID_PREFIXES = ("account", "company", "customer", "client", "organization", "organisation", "org", "record")
_SF_SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
# The type a system writes before its own keys, with a separator: "acct-", "org_", "cus:".
_TYPE_PREFIX = re.compile(r"^([A-Za-z]{2,10}[-_:])[A-Za-z0-9]")


def _words(header: str) -> list[str]:
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header.replace("\ufeff", ""))
    return re.sub(r"[\W_]+", " ", text.lower()).split()


def is_id_header(header: str) -> bool:
    """``Id``, ``AccountId``, ``account_id``, ``HubSpot Company ID``, ``Record ID``, ``ACCOUNTID``."""
    words = _words(header)
    if not words or any(w in OTHER_OBJECTS for w in words):
        return False
    last = words[-1]
    return last in ("id", "guid", "uuid") or any(last == p + "id" for p in ID_PREFIXES)


def looks_like_ids(values: list[str]) -> bool:
    """Values that can be ids: present, unique, without spaces, most with a digit."""
    filled = [v.strip() for v in values if v and v.strip()]
    if len(filled) < 2 or len(set(filled)) != len(filled):
        return False
    if any(" " in v for v in filled):
        return False
    typed = [_TYPE_PREFIX.match(v) for v in filled]
    if all(typed) and len({m.group(1).lower() for m in typed if m}) == 1:
        return True  # keys of one type: "acct-bluewater", "org_pinecrest" (slugs need no digit)
    return sum(any(c.isdigit() for c in v) for v in filled) * 2 >= len(filled)


def _salesforce_suffix(id15: str) -> str:
    out = ""
    for start in range(0, 15, 5):
        bits = sum(1 << i for i, c in enumerate(id15[start : start + 5]) if "A" <= c <= "Z")
        out += _SF_SUFFIX[bits]
    return out


def id_key(value: str) -> str | None:
    """The matching key of an id: a Salesforce 18-character id is its 15-character form."""
    text = value.strip()
    if not text:
        return None
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]  # a numeric id that passed through a spreadsheet: 12345.0
    if text.isascii() and text.isalnum():
        if len(text) == 18 and _salesforce_suffix(text[:15]) == text[15:].upper():
            return text[:15]
        if len(text) == 15 and any(c.isdigit() for c in text):
            return text  # Salesforce's short ids are case-sensitive
    return text.lower()


@dataclass(frozen=True)
class IdMatch:
    """Rows of one table that named their account by id, now counted for the account's name."""

    table: str
    rows: int
    ids: int
    example: str
    values: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # the ids matched


def merge(earlier: list[IdMatch], later: list[IdMatch]) -> list[IdMatch]:
    """One table's matches of two runs over different rows as one, in the tables' order."""
    by_table = {m.table: m for m in earlier}
    for m in later:
        before = by_table.get(m.table)
        if before is None:
            by_table[m.table] = m
        else:
            values = before.values | m.values
            by_table[m.table] = IdMatch(m.table, before.rows + m.rows, len(values), before.example, values)
    return [by_table[t] for t in TABLES if t in by_table]


MATCH_TABLE = "account_id_match"


def match_account_ids(con: duckdb.DuckDBPyConnection) -> list[IdMatch]:
    """Rewrite account (and account_key) of rows that name an account by its id; say what changed."""
    known = con.execute(
        "SELECT external_id, arg_max(account, source_row), arg_max(account_key, source_row) "
        "FROM accounts WHERE external_id IS NOT NULL AND account_key IS NOT NULL GROUP BY external_id"
    ).fetchall()
    lookup: dict[str | None, tuple[str, str]] = {}
    for external, name, key in known:
        if id_key(external):
            lookup.setdefault(id_key(external), (name, key))
    if not lookup:
        return []
    named = {key for _, _, key in known}
    matches = []
    for table in TABLES.values():
        if "account" not in table.column_names:
            continue
        own = " AND external_id IS NULL" if table.name == "accounts" else ""
        values = con.execute(
            f"SELECT DISTINCT account, account_key FROM {quote_ident(table.name)} "
            f"WHERE account IS NOT NULL{own}"
        ).fetchall()
        pairs = [
            (value, *lookup[id_key(value)])
            for value, key in values
            if key not in named and id_key(value) in lookup
        ]
        if not pairs:
            continue
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {MATCH_TABLE} (value VARCHAR, account VARCHAR, account_key VARCHAR)"
        )
        insert_rows(con, MATCH_TABLE, pairs)
        keep_id = ", external_id = coalesce(t.external_id, m.value)" if table.name == "accounts" else ""
        updated = con.execute(
            f"UPDATE {quote_ident(table.name)} t SET account = m.account, account_key = m.account_key{keep_id} "
            f"FROM {MATCH_TABLE} m WHERE t.account = m.value{own.replace('external_id', 't.external_id')}"
        ).fetchone()
        rows = updated[0] if updated else 0
        matched = frozenset(value for value, _, _ in pairs)
        matches.append(IdMatch(table.name, int(rows), len(matched), pairs[0][0], matched))
    con.execute(f"DROP TABLE IF EXISTS {MATCH_TABLE}")
    return matches


def id_shaped(con: duckdb.DuckDBPyConnection, names: list[str]) -> list[bool]:
    """Which of these unmatched names look like the accounts list's ids (to list them as ids)."""
    lengths = {
        r[0]
        for r in con.execute(
            "SELECT DISTINCT length(trim(external_id)) FROM accounts WHERE external_id IS NOT NULL"
        ).fetchall()
    }
    if not lengths:
        return [False] * len(names)
    if 15 in lengths or 18 in lengths:
        lengths |= {15, 18}
    return [
        " " not in str(n).strip() and any(c.isdigit() for c in str(n)) and len(str(n).strip()) in lengths
        for n in names
    ]
