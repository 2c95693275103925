"""The house rules a machine can check: the core never loads streamlit, pages hold no SQL, the code
is lint-clean and type-checks, and the import layers hold."""

from __future__ import annotations

import importlib.util
import pkgutil
import re
import shutil
import subprocess
import sys

import pytest

import cs_dash
from tests.conftest import ROOT

CORE_MODULES = sorted(
    m.name for m in pkgutil.walk_packages(cs_dash.__path__, prefix="cs_dash.") if m.name != "cs_dash.__main__"
)


# Imports each named module in turn in a fresh interpreter and prints the first one after whose
# import streamlit is loaded (itself or through what it imports), or nothing.
STREAMLIT_PROBE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
    if any(m == "streamlit" or m.startswith("streamlit.") for m in sys.modules):
        print(name)
        break
"""


def _first_module_loading_streamlit(modules: list[str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", STREAMLIT_PROBE, *modules], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_no_core_module_loads_streamlit():
    """One interpreter for all of them: a module that loads streamlit is named, whatever its order."""
    assert len(CORE_MODULES) > 20
    assert _first_module_loading_streamlit(CORE_MODULES) == ""


def test_the_streamlit_probe_names_the_module_that_loads_it():
    assert _first_module_loading_streamlit(["cs_dash.schema", "ui.render", "cs_dash.sqlutil"]) == "ui.render"


def test_import_contract_holds():
    lint_imports = shutil.which("lint-imports")
    if lint_imports is None:
        pytest.skip("import-linter is not installed")
    done = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_is_clean():
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_is_clean():
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_is_clean_on_the_core():
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed")
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


# What SQL looks like in a page file: a query keyword at the start of a string, or a call that runs one.
SQL_IN_PAGE = re.compile(
    r"""(["'](\s*)(SELECT|WITH|INSERT|UPDATE|DELETE|CREATE)\s)|\bws\.(query|scalar|con)\b|\.execute\("""
)


@pytest.mark.parametrize("page", sorted(p.name for p in (ROOT / "pages").glob("*.py")))
def test_pages_hold_no_sql(page):
    text = (ROOT / "pages" / page).read_text(encoding="utf-8")
    found = [m.group(0) for m in SQL_IN_PAGE.finditer(text)]
    assert not found, f"pages/{page} runs SQL itself ({found[0]!r}); move the query into cs_dash/"


def test_the_sql_rule_catches_a_query():
    assert SQL_IN_PAGE.search('n = ws.scalar("SELECT count(*) FROM accounts")')
    assert SQL_IN_PAGE.search("rows = ws.con.execute(sql)")
    assert not SQL_IN_PAGE.search('st.selectbox("Select a tier", tiers)')
