"""The views and checks of the consistency tests: every surface shows the same number for the same view.

About twenty seeded random views of the sample data (CSMs, tiers, segments, renewal windows, date
ranges, present and past as-of dates) are set in the app's sidebar, one session per page kept
open across the views, and every headline tile of every page is compared with the CLI's JSON for
the same options and with the executive summary file's tiles. The identities between pages hold for
each view, and the number of customers agrees with a count made here from the accounts CSV with
pandas, outside the SQL.

The views are shared out between two test files (even and odd numbers), so the two halves can run
side by side; each file opens its own page sessions and works out each of its views once.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
from dataclasses import dataclass

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from cs_dash.cli import build_parser
from cs_dash.exec_summary import exec_summary_html
from cs_dash.filters import RENEWAL_WINDOWS, Filters
from cs_dash.formatting import compact_count, money, plural
from cs_dash.metrics import cost, plans
from cs_dash.scope import Scope, default_as_of
from cs_dash.scope_args import scope_from_args
from cs_dash.summary import build_summary
from cs_dash.workspace import SAMPLE_DIR, Workspace
from tests.apptest import APP
from tests.conftest import ROOT
from tests.images import fake_png
from ui import formats

VIEWS = 20
SEED = 8
ALWAYS_TILED = ("overview", "proactive_reactive", "cost", "renewals")
PAGES = ("overview", "proactive_reactive", "cost", "renewals", "health", "onboarding", "outcomes", "plans")


@dataclass(frozen=True)
class View:
    filters: Filters  # as_of None = the data's latest date, as an unedited sidebar has it

    def cli_args(self) -> list[str]:
        f = self.filters
        args = [a for c in f.csms for a in ("--csm", c)]
        args += [a for t in f.tiers for a in ("--tier", t)]
        args += [a for s in f.segments for a in ("--segment", s)]
        args += ["--renewal-window", f.renewal_window]
        if f.date_preset == "custom" and f.date_from and f.date_to:
            args += ["--from", f.date_from.isoformat(), "--to", f.date_to.isoformat()]
        elif f.date_preset not in ("all", "custom"):
            args += ["--dates", f.date_preset]
        if f.as_of:
            args += ["--as-of", f.as_of.isoformat()]
        return args


def random_views(ws: Workspace) -> list[View]:
    rng = random.Random(SEED)
    csms = ws.query("SELECT csm FROM csm_dim WHERE csm IS NOT NULL ORDER BY csm")["csm"].tolist()
    tiers = ws.query("SELECT DISTINCT tier FROM account_dim ORDER BY tier")["tier"].tolist()
    segments = ws.query("SELECT DISTINCT segment FROM account_dim WHERE segment IS NOT NULL ORDER BY 1")[
        "segment"
    ].tolist()
    latest = default_as_of(ws)
    views = [View(Filters(date_preset="all"))]
    while len(views) < VIEWS:
        as_of = None if rng.random() < 0.4 else latest - dt.timedelta(days=rng.randint(20, 420))
        preset = rng.choice(["all", "all", "30d", "90d", "qtd", "12m", "custom"])
        date_from = date_to = None
        if preset == "custom":
            date_from = (as_of or latest) - dt.timedelta(days=rng.randint(60, 500))
            date_to = date_from + dt.timedelta(days=rng.randint(20, 400))
        views.append(
            View(
                Filters(
                    csms=tuple(rng.sample(csms, rng.choice([0, 0, 1, 2, 4]))),
                    tiers=tuple(rng.sample(tiers, rng.choice([0, 0, 1, 2]))),
                    segments=tuple(rng.sample(segments, rng.choice([0, 0, 1]))),
                    renewal_window=rng.choice(["any", "any", "any", *RENEWAL_WINDOWS[1:]]),
                    date_from=date_from,
                    date_to=date_to,
                    as_of=as_of,
                    date_preset=preset,
                )
            )
        )
    return views


@pytest.fixture(scope="module")
def sample():
    ws = Workspace()
    ws.load_sample(SAMPLE_DIR)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def pages():
    """One browser session per page, each opened once and then moved from view to view.

    The app's entry file opens the first page; under AppTest a page file opened on its own draws
    the sidebar itself, as a bookmark of that page does. Every view is then set through the
    sidebar's widgets, as a leader changing the filters would.
    """
    AppTest.from_string("import streamlit as st\nst.cache_resource.clear()").run()
    opened = {}
    for page in PAGES:
        at = AppTest.from_file(
            APP if page == "overview" else str(ROOT / "pages" / f"{page}.py"), default_timeout=180
        )
        at.run()
        assert not at.exception, f"{page}: {at.exception}"
        opened[page] = at
    yield opened
    AppTest.from_string("import streamlit as st\nst.cache_resource.clear()").run()


def set_sidebar(at: AppTest, view: View, latest: dt.date) -> None:
    """Set the sidebar's widgets to a view, as a leader would (an unedited "as of" is the latest day)."""
    f = view.filters
    at.multiselect(key="f_csm").set_value(list(f.csms))
    at.multiselect(key="f_tier").set_value(list(f.tiers))
    at.multiselect(key="f_segment").set_value(list(f.segments))
    at.selectbox(key="f_renewal").set_value(f.renewal_window)
    at.selectbox(key="f_dates").set_value(f.date_preset)
    at.date_input(key="f_as_of").set_value(f.as_of or latest)
    if f.date_preset == "custom":
        for key, day in (("f_from", f.date_from), ("f_to", f.date_to)):
            shown = [d for d in at.date_input if d.key == key]
            if shown:
                shown[0].set_value(day)
            else:  # drawn only once "Custom dates" is chosen: set before the run that draws it
                at.session_state[key] = day


def page_tiles(pages: dict[str, AppTest], view: View, scope: Scope, latest: dt.date):
    """Per page: every metric tile's label -> (value, delta), after the sidebar is set to the view."""
    tiles = {}
    for page, at in pages.items():
        for box in at.selectbox:  # the page's own choices start again from their defaults
            if not str(box.key).startswith("f_"):
                box.set_value(None)
        set_sidebar(at, view, latest)
        at.run()
        if at.session_state["_f_scope"] != scope:
            # Several widgets changed in one run (a browser sends one change at a time) can leave
            # one behind; setting them again is the leader's second click.
            set_sidebar(at, view, latest)
            at.run()
        assert not at.exception, f"{page}: {at.exception}"
        assert at.session_state["_f_scope"] == scope, f"{page}: the sidebar did not take the view"
        tiles[page] = {m.label: (m.value, m.delta) for m in at.metric}
    return tiles


def file_tiles(html: str) -> dict[str, str]:
    found = re.findall(r"<div class='label'>(.*?)</div><div class='value'>(.*?)</div>", html)
    return {label: value for label, value in found}


def customers_by_pandas(view_scope: Scope, ws: Workspace) -> int:
    """The customers in the view counted from accounts.csv with pandas: an independent count."""
    accounts = pd.read_csv(SAMPLE_DIR / "accounts.csv")
    day = pd.Timestamp(view_scope.day)
    for column in ("subscribed_on", "churned_on", "renewal_date"):
        accounts[column] = pd.to_datetime(accounts[column])
    subscribed = accounts["subscribed_on"].isna() | (accounts["subscribed_on"] <= day)
    not_churned = (accounts["churned_on"].isna() & (accounts["status"].str.lower() == "active")) | (
        accounts["churned_on"] > day
    )
    keep = subscribed & not_churned
    if view_scope.csms:
        wanted = {" ".join(c.split()).casefold() for c in view_scope.csms}
        keep &= accounts["csm"].map(lambda c: " ".join(str(c).split()).casefold()).isin(wanted)
    if view_scope.segments:
        keep &= accounts["segment"].isin(view_scope.segments)
    if view_scope.tiers:  # tiers are the app's own grouping: take each account's tier from it
        tiered = ws.query("SELECT account, tier FROM account_dim")
        keep &= (
            accounts["account"]
            .map(dict(zip(tiered["account"], tiered["tier"], strict=True)))
            .isin(view_scope.tiers)
        )
    window = view_scope.renewal_window
    if window == "overdue":
        keep &= accounts["renewal_date"] < day
    elif window != "any":
        keep &= accounts["renewal_date"].between(day, day + pd.Timedelta(days=int(window)))
    return int(keep.sum())


def expected_tiles(summary: dict, currency: str) -> dict[str, dict[str, str]]:
    """What each page's tiles must say, formatted from the CLI's JSON."""
    o, h, c = summary["overview"], summary["hurtlocker"], summary["cost"]
    ratio = "–" if o["ratio"] is None else f"{o['ratio']:.2f}"
    out: dict[str, dict[str, str]] = {
        "overview": {
            "Proactive share": formats.pct(o["proactive_share"]),
            "CS cost": money(o["cost"], currency, compact=True),
            "Firefighting share": formats.pct(o["firefighting_share"]),
            "Active ARR": money(o["active_arr"], currency, compact=True),
            "Renewing in 90 days": money(o["renewing_arr"], currency, compact=True),
        },
        "proactive_reactive": {
            "Proactive share": formats.pct(h["proactive_share"]),
            "Proactive · reactive": f"{compact_count(h['proactive'])} · {compact_count(h['reactive'])}",
            "Untagged": f"{h['untagged']:,}",
        },
        "cost": {
            "CS cost": money(c["total"], currency),
            "Firefighting": money(c["firefighting"], currency),
            "Proactive work": money(c["proactive"], currency),
            "Hours logged": f"{c['hours']:,.0f}",
            "Not costed": f"{c['engagements_without_duration']:,}",
        },
        "renewals": {t["tier"]: plural(t["accounts"], "account") for t in summary["tiers"]},
        "health": {
            b["band"]: f"{b['accounts']:,}" for b in summary["health"]["bands"] if b["band"] != "No data"
        },
    }
    if o["ratio"] is not None:
        out["overview"]["Hurtlocker ratio"] = ratio
        out["proactive_reactive"]["Hurtlocker ratio"] = ratio
    scored = sum(1 for a in summary["health"]["accounts"] if a["score"] is not None)
    out["health"]["Customers scored"] = f"{scored:,}"
    d = summary["drivers"]
    out["onboarding"] = {
        "Time to provision (median)": formats.days(d["onboarding"].get("median_days_to_provision")),
        "Time to value (median)": formats.days(d["onboarding"].get("median_days_to_value")),
        "Initial adoption (median)": formats.pct(d["onboarding"].get("median_initial_adoption")),
        "Open on the as-of date": formats.number(d["escalations"].get("open_now")),
        "Median days to resolution": formats.number(d["escalations"].get("median_days_to_resolution"), 1),
        "Answers": formats.number(d["feedback"].get("answers")),
        "NPS": formats.number(d["feedback"].get("nps")),
        "Would recommend": formats.pct(d["feedback"].get("pct_recommend")),
    }
    year = summary["outcomes"]["trailing_12_months"]
    out["outcomes"] = {
        "GRR, last 12 months": formats.pct(year.get("grr"), 1),
        "NRR, last 12 months": formats.pct(year.get("nrr"), 1),
        "Logo churn, last 12 months": formats.pct(year.get("logo_churn"), 1),
        "ARR at the start": money(year.get("start_arr"), currency),
    }
    p = summary["plans"]
    fresh = p["freshness"]
    out["plans"] = {
        "Plans reviewed in the last 90 days": str(fresh["30_days"] + fresh["90_days"]),
        "Stale plans": str(fresh["stale"] + fresh["undated"]),
    }
    if p["coverage"]["accounts"]:
        out["plans"]["Customers with a plan"] = f"{p['coverage']['share']:.0%}"
    return out


def check_identities(summary: dict, ws: Workspace, view_scope: Scope) -> None:
    o = summary["overview"]
    tiers_arr = sum(t["arr"] for t in summary["tiers"])
    health_arr = sum(b["arr"] for b in summary["health"]["bands"])
    assert o["active_arr"] == pytest.approx(tiers_arr) == pytest.approx(health_arr)
    assert o["active_arr"] == pytest.approx(summary["accounts"]["total_arr"] or 0.0)
    customers = o["active_accounts"]
    assert customers == sum(t["accounts"] for t in summary["tiers"])
    assert customers == sum(b["accounts"] for b in summary["health"]["bands"])
    assert customers == summary["plans"]["coverage"]["accounts"] == summary["accounts"]["count"]
    assert customers == customers_by_pandas(view_scope, ws)

    c = summary["cost"]
    cents = 0.01 * (len(c["by_csm"]) + 1)  # each figure is rounded to the cent on its own
    assert c["total"] == pytest.approx(sum(row["cost"] for row in c["by_csm"]), abs=cents)
    by_type = cost.breakdown(ws, view_scope, "type")
    assert c["total"] == pytest.approx(float(by_type["cost"].sum()), abs=cents)
    assert c["total"] == pytest.approx(c["firefighting"] + c["proactive"], abs=cents)

    windows = {w["window"]: w for w in summary["renewals"]}
    nested = [windows[w] for w in ("30", "60", "90", "180", "365")]
    for shorter, longer in zip(nested, nested[1:], strict=False):
        assert shorter["accounts"] <= longer["accounts"] and shorter["arr"] <= longer["arr"] + 1e-6
    assert (windows["90"]["accounts"], windows["90"]["arr"]) == (o["renewing_accounts"], o["renewing_arr"])
    by_tier = plans.coverage_by_tier(ws, view_scope)
    assert int(by_tier[by_tier["tier"] != "All tiers"]["accounts"].sum()) == customers


@pytest.fixture(scope="module")
def views(sample):
    return random_views(sample)


@pytest.fixture(scope="module")
def view_results(sample, views):
    """Per view number, worked out once per module: the Scope the CLI's options give, the CLI's JSON,
    and the executive summary file's tiles (its charts drawn by a stand-in: only its words are compared).
    """
    parser = build_parser()

    @functools.cache
    def result(number: int) -> tuple[Scope, dict, dict[str, str]]:
        scope = scope_from_args(parser.parse_args(["summary", "x.csv", *views[number].cli_args()]), sample)
        in_file = file_tiles(exec_summary_html(sample, scope, render=fake_png))
        return scope, build_summary(sample, scope), in_file

    return result


def check_numbers(number: int, sample: Workspace, view_results) -> None:
    """The CLI's numbers for one view agree with each other, with pandas, and with the file's tiles."""
    scope, summary, in_file = view_results(number)
    check_identities(summary, sample, scope)
    overview = expected_tiles(summary, sample.settings.currency)["overview"]
    assert {k: v for k, v in in_file.items() if k in overview} == overview


def check_pages(number: int, sample: Workspace, views: list[View], view_results, pages) -> None:
    """Every page set to one view shows the CLI's numbers, and the Overview the file's tiles."""
    view = views[number]
    scope, summary, in_file = view_results(number)
    where = f"view {number}: {' '.join(view.cli_args())}"
    currency = sample.settings.currency
    tiles = page_tiles(pages, view, scope, default_as_of(sample))
    for page, wanted in expected_tiles(summary, currency).items():
        shown = {label: value for label, (value, _) in tiles[page].items()}
        if not shown and page not in ALWAYS_TILED:  # the page says why it has nothing to show
            continue
        for label, value in wanted.items():
            # A number the data cannot give may be a dash, or a sentence instead of the tile.
            allowed = (value, None) if value == "–" else (value,)
            assert shown.get(label) in allowed, (
                f"{where}: {page} tile {label!r}: {shown.get(label)} != {value}"
            )
    renewal_arr = {t["tier"]: f"{money(t['arr'], currency)} ARR" for t in summary["tiers"]}
    assert {k: d for k, (_, d) in tiles["renewals"].items()} == renewal_arr, where

    on_page = {label: value for label, (value, _) in tiles["overview"].items()}
    assert in_file == on_page, where
