"""Shared fixtures: a fresh workspace per test and tiny hand-made data sets loaded into it."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import duckdb
import pytest

from cs_dash import sample_copy
from cs_dash.importing import ImportOptions
from cs_dash.schema import install_macros
from cs_dash.settings import Settings
from cs_dash.store import HOME_ENV
from cs_dash.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
TEST_DATA = Path(__file__).resolve().parent / "data"
REFERENCE_DATA = ROOT.parent / "shared" / "reference-data"


@pytest.fixture(scope="session", autouse=True)
def private_home(tmp_path_factory):
    """Saved workspaces of the whole run (servers started by browser tests too) go to a temp folder."""
    home = tmp_path_factory.mktemp("cs_dash_home")
    old = os.environ.get(HOME_ENV)
    os.environ[HOME_ENV] = str(home)
    yield home
    if old is None:
        os.environ.pop(HOME_ENV, None)
    else:
        os.environ[HOME_ENV] = old


@pytest.fixture(scope="module", autouse=True)
def module_home(tmp_path_factory):
    """A module's own fixtures (an app page opened once per module) see no other module's workspaces."""
    with pytest.MonkeyPatch.context() as patch:
        home = tmp_path_factory.mktemp("cs_dash_module_home")
        patch.setenv(HOME_ENV, str(home))
        yield home


@pytest.fixture(autouse=True)
def fresh_home(tmp_path, monkeypatch):
    """Each test starts with no saved workspace, in its own temp folder, never the real home."""
    home = tmp_path / "cs_dash_home"
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.fixture(scope="module")
def macro_con():
    """A bare DuckDB connection with the package's SQL macros (name_key, tag_code, tag_label)."""
    connection = duckdb.connect()
    install_macros(connection)
    yield connection
    connection.close()


@pytest.fixture
def load(tmp_path):
    """A ``Loader`` on its own connection: ``load(name, data=...)`` imports one file as a user would."""
    from tests.import_helpers import Loader  # it reads TEST_DATA from this module

    loader = Loader(tmp_path)
    yield loader
    loader.con.close()


@pytest.fixture
def ws():
    workspace = Workspace(memory_limit="512MB")
    yield workspace
    workspace.close()


def load_tables(workspace: Workspace, **tables: str) -> Workspace:
    """Load tiny CSV texts (dedented) into their named canonical tables, e.g. engagements=\"\"\"...\"\"\"."""
    for name, text in tables.items():
        data = textwrap.dedent(text).strip().encode("utf-8") + b"\n"
        result = workspace.add_file(f"{name}.csv", data, ImportOptions(table=name))
        assert result.ok, result.error
    return workspace


@pytest.fixture
def make_ws():
    """Build a workspace from CSV texts per table: make_ws(engagements=..., accounts=...)."""
    made = []

    def make(settings: Settings | None = None, **tables: str) -> Workspace:
        workspace = Workspace(settings=settings, memory_limit="512MB")
        made.append(workspace)
        return load_tables(workspace, **tables)

    yield make
    for workspace in made:
        workspace.close()


@pytest.fixture(autouse=True)
def no_kept_sample_results():
    """Results kept for unchanged copies of the sample live as long as the process: a test that
    patches a metric must compute it, not read what an earlier test kept."""
    sample_copy.forget_kept()


@pytest.fixture(autouse=True)
def fresh_app_session(request):
    """Start every app test from a new workspace.

    Every AppTest runs under the same session id, so the session-scoped workspace would carry one
    test's data into the next.
    """
    is_app_test = request.module.__name__.split(".")[-1].startswith("test_app")
    if is_app_test:
        _clear_session_cache()
    yield
    if is_app_test:
        _clear_session_cache()


@pytest.fixture(scope="module", autouse=True)
def fresh_app_session_per_module():
    """Clear the shared AppTest session before and after every module.

    A module-scoped page fixture opens before ``fresh_app_session`` runs, and modules not named
    ``test_app*`` (chart definitions, consistency) open pages too: without this, a page opened
    once per module could find the workspace the previous module's last test left behind.
    """
    _clear_session_cache()
    yield
    _clear_session_cache()


def _clear_session_cache() -> None:
    from streamlit.testing.v1 import AppTest

    AppTest.from_string("import streamlit as st\nst.cache_resource.clear()").run()
