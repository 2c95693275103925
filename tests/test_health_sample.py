"""On the bundled sample company the scorecard finds the accounts the generator made troubled."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from cs_dash.filters import Filters
from cs_dash.metrics import backtest, health
from cs_dash.scope import build_scope
from cs_dash.workspace import Workspace
from tests.conftest import ROOT


def _troubled_accounts() -> tuple[str, ...]:
    spec = importlib.util.spec_from_file_location("generate_sample", ROOT / "data" / "generate_sample.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("generate_sample", module)  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return tuple(module.TROUBLED_ACCOUNTS)


@pytest.fixture(scope="module")
def sample():
    ws = Workspace()
    ws.load_sample()
    yield ws
    ws.close()


def test_the_early_warning_list_names_the_troubled_sample_accounts(sample):
    troubled = _troubled_accounts()
    listed = set(health.early_warning(sample, build_scope(sample, Filters()))["account"])
    named = [name for name in troubled if name in listed]
    assert len(named) >= 0.8 * len(troubled), f"named only {named}"
    assert len(listed) <= 3 * len(troubled)  # a list a leader can act on, not the whole book


def test_twelve_months_of_health_for_the_whole_sample_give_thirteen_month_ends(sample):
    hist = health.history(sample, build_scope(sample, Filters()), months=12)
    assert hist["as_of"].nunique() == 13


def test_on_the_sample_the_scorecard_separates_churned_from_renewed_accounts(sample):
    result = backtest.run(sample, build_scope(sample, Filters()))
    assert result.churned > 10 and result.renewed > 10
    assert result.auc > 0.7
    rates = result.by_band.set_index("band")["churn_rate"]
    assert rates["At risk"] > rates["Healthy"]
