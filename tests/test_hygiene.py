"""The house rules a machine can check: the core never loads streamlit, the code is lint-clean."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys

import pytest

import cs_dash
from tests.conftest import ROOT

CORE_MODULES = sorted(
    m.name for m in pkgutil.walk_packages(cs_dash.__path__, prefix="cs_dash.") if m.name != "cs_dash.__main__"
)


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_load_streamlit(module):
    code = f"import sys, {module}; sys.exit(1 if any(m == 'streamlit' or m.startswith('streamlit.') for m in sys.modules) else 0)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, f"{module} loads streamlit\n{done.stderr}"


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
