"""Small helpers every SQL-running module shares: identifier quoting and query execution.

Values are always bound as parameters; identifiers that come from uploads go through
``quote_ident`` and nothing else.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

SQL_DIR = Path(__file__).parent / "sql"


def quote_ident(name: str) -> str:
    """Quote an identifier for DuckDB, doubling any embedded double quote."""
    return '"' + str(name).replace('"', '""') + '"'


@cache
def load_sql(name: str) -> str:
    """The text of ``cs_dash/sql/<name>.sql``."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def fetch_df(con: duckdb.DuckDBPyConnection, sql: str, params=None) -> pd.DataFrame:
    """Run a query with bound parameters and return a pandas frame."""
    return con.execute(sql, params or []).df()


def fetch_one(con: duckdb.DuckDBPyConnection, sql: str, params=None):
    """Run a query and return its first row as a tuple (or None)."""
    return con.execute(sql, params or []).fetchone()
