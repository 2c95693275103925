"""The one identifier-quoting helper every SQL-building module shares, and named parameters.

Values are always bound as parameters, by name (``$as_of``) so a query's text says which value
goes where; identifiers that come from uploads go through ``quote_ident`` and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# A named parameter in DuckDB SQL: $ then a name ($1-style positions do not match).
NAMED_PARAMETER = re.compile(r"\$([A-Za-z_]\w*)")


def quote_ident(name: str) -> str:
    """Quote an identifier for DuckDB, doubling any embedded double quote."""
    return '"' + str(name).replace('"', '""') + '"'


def named(sql: str, values: Mapping[str, object]) -> dict[str, object]:
    """The values ``sql`` names as ``$parameters``, and only those (DuckDB refuses unused ones).

    A name the SQL uses without a value is a mistake in this package: it raises KeyError.
    """
    wanted = set(NAMED_PARAMETER.findall(sql))
    missing = sorted(wanted - values.keys())
    if missing:
        raise KeyError(f"no value for SQL parameter(s): {', '.join(missing)}")
    return {name: values[name] for name in sorted(wanted)}  # sorted: the same SQL, the same repr
