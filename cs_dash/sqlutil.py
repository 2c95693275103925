"""The one identifier-quoting helper every SQL-building module shares.

Values are always bound as parameters; identifiers that come from uploads go through
``quote_ident`` and nothing else.
"""

from __future__ import annotations


def quote_ident(name: str) -> str:
    """Quote an identifier for DuckDB, doubling any embedded double quote."""
    return '"' + str(name).replace('"', '""') + '"'
