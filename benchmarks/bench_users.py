"""Many users on one server: how long a CSM-filter change takes to show its chart, 1 user against N.

Starts ``streamlit run app.py`` (headless, a free local port, a fresh ``CS_DASH_HOME``) unless
``--url`` points at a running app or a load balancer. First one user alone, then N users at once,
in the same run: each opens the sample (``?ws=sample``), waits for the page, then changes the CSM
filter ``--rounds`` times, timing each change. In each phase one more user uploads a file on the
Data page (alone after the single user's rounds; while the N users change filters in the second
phase) and the upload is timed until its report line is there.

Two clients (``--client``):

- ``browser``: one Chromium (Debian's), one context per user; a change is timed until the run has
  finished and the first chart is drawn. On one machine the browsers share the server's cores,
  which a real deployment never does, so under load this mixes the server's time with theirs.
- ``protocol``: no browser. Each user speaks Streamlit's own protocol over the websocket
  (``benchmarks/protocol_client.py``) and a change is timed until the server's script-finished
  message: what the server does, apart from any browser.
- ``both`` (the default): both phases with the protocol client, then one browser user alone. Its
  drawing time (the browser's time for one user alone minus the server's) added to the server's
  time under N users is what each of N users on their own machine would see.

Prints p50/p95 of the filter changes for 1 and N users, their ratio (which holds on a noisy
machine), both upload times, the server's CPU seconds in each phase when it started the server,
and ``uptime``'s load before and after. Run at ``nice -n 10`` on a shared machine. After the run it
prints the uploaded workspace's ``?ws=`` link; through a load balancer, ``--also`` opens it through
each upstream to check that the processes share workspaces.

In the same run, after the one process, with the protocol client:

- ``--processes N`` starts N app processes sharing one workspace folder behind nginx
  (``benchmarks/balancer.py``: ``deploy/nginx.conf`` with its addresses changed), times the same
  phases through it, says how many users each process served and opens the uploaded workspace
  through every process;
- ``--compare DIR`` serves another checkout of the app (``git worktree add DIR main``) in one
  process, for a before and after measured at the same load.

A table at the end puts every setup's p50 and p95 side by side.

    python -m benchmarks.bench_users [--users 10] [--rounds 4] [--client both|protocol|browser]
    python -m benchmarks.bench_users --client protocol --processes 2 --compare /tmp/before
    python -m benchmarks.bench_users --url http://127.0.0.1:8080 --also http://127.0.0.1:8501 http://127.0.0.1:8502
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import os
import re
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.balancer import Balanced, behind_nginx
from benchmarks.protocol_client import ProtocolError, Session, multiselect
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, start_server, stop_server
from ui.render import escape_md

ROOT = Path(__file__).resolve().parent.parent
TEAM = ROOT / "data" / "sample" / "team.csv"
DEFAULT_UPLOAD = ROOT / "tests" / "data" / "messy" / "hand_kept_tracker.csv"
WAIT_MS = 300_000
# The run is over (Streamlit's own flag on its root element) and the first chart has its SVG.
SHOWN = """() => {
    const app = document.querySelector('[data-testid=stApp]');
    return app && app.dataset.testScriptState === 'notRunning'
        && document.querySelector('[data-testid=stPlotlyChart] .main-svg') !== null;
}"""


def team_csms() -> list[str]:
    """The sample's CSMs whose names type as plain keys (the filter is chosen by typing)."""
    with TEAM.open(newline="", encoding="utf-8") as file:
        return [row["csm"] for row in csv.DictReader(file) if row["csm"].isascii()]


def load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU seconds the processes have used so far (0 without a process)."""
    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def _shown(page) -> None:
    await page.wait_for_function(SHOWN, polling=50)


async def _new_page(browser):
    context = await browser.new_context(viewport=VIEWPORT)
    page = await context.new_page()
    page.set_default_timeout(WAIT_MS)
    return context, page


async def user(
    browser, url: str, rounds: int, csms: list[str], first: int, ready: asyncio.Event | None
) -> list[float]:
    """One user: open the sample, then change the CSM filter ``rounds`` times; each change's seconds."""
    context, page = await _new_page(browser)
    try:
        await page.goto(f"{url}/?ws=sample")
        await _shown(page)
        if ready is not None:
            ready.set()
        took = []
        for round_ in range(rounds):
            name = csms[(first + round_) % len(csms)]
            await page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").first.click()
            if round_:
                await page.keyboard.press("Backspace")  # drops the CSM chosen before
            await page.keyboard.type(name)
            start = time.perf_counter()
            await page.keyboard.press("Enter")
            await page.keyboard.press("Escape")
            await page.get_by_text(f"CSM: {name}").first.wait_for()
            await _shown(page)
            took.append(time.perf_counter() - start)
        return took
    finally:
        await context.close()


def report_line(path: Path) -> str:
    """The start of the Data page's line for an imported file (an expander's label)."""
    return f"{escape_md(path.name)} —"


async def upload(browser, url: str, path: Path, after: list[asyncio.Event]) -> tuple[float, str]:
    """Upload ``path`` on the Data page once every event is set; its seconds and the page address."""
    context, page = await _new_page(browser)
    try:
        await page.goto(f"{url}/data?ws=sample")
        dropzone = page.get_by_test_id("stFileUploaderDropzoneInput")
        await dropzone.wait_for(state="attached")
        for event in after:
            await event.wait()
        start = time.perf_counter()
        await dropzone.set_input_files(str(path))
        await page.get_by_text(f"{path.name} —").first.wait_for()
        took = time.perf_counter() - start
        return took, page.url
    finally:
        await context.close()


async def opens_through(browser, addresses: list[str], workspace: str, path: Path) -> None:
    """Open the uploaded workspace's link through each address (each upstream) and find its file."""
    for address in addresses:
        context, page = await _new_page(browser)
        try:
            await page.goto(f"{address.rstrip('/')}/data?ws={workspace}")
            await page.get_by_text(f"{path.name} —").first.wait_for(timeout=120_000)
            print(f"?ws={workspace} opens through {address} with {path.name}")
        finally:
            await context.close()


async def protocol_user(
    _browser, url: str, rounds: int, csms: list[str], first: int, ready: asyncio.Event | None
) -> list[float]:
    """``user`` without a browser: each change timed until the server's run has finished."""
    async with Session(url, "ws=sample", timeout=WAIT_MS / 1000) as session:
        await session.run()
        if ready is not None:
            ready.set()
        took = []
        for round_ in range(rounds):
            name = csms[(first + round_) % len(csms)]
            took.append(await session.run([multiselect(session.widget("CSM"), [name])]))
            if not session.shows(f"CSM: {escape_md(name)}"):
                raise ProtocolError(f"the page does not show the filter on {name}")
        return took


async def protocol_upload(_browser, url: str, path: Path, after: list[asyncio.Event]) -> tuple[float, str]:
    """``upload`` without a browser: timed until the run that shows the file's report line ends."""
    async with Session(url, "ws=sample", page="data", timeout=WAIT_MS / 1000) as session:
        await session.run()
        for event in after:
            await event.wait()
        took = await session.upload("Upload CSV exports", path)
        if not session.shows(report_line(path)):
            raise ProtocolError(f"the Data page does not show {path.name} after its upload")
        return took, f"{url}/data?{session.query}"


async def protocol_opens_through(_browser, addresses: list[str], workspace: str, path: Path) -> None:
    for address in addresses:
        async with Session(address, f"ws={workspace}", page="data", timeout=120) as session:
            await session.run()
            if not session.shows(report_line(path)):
                raise ProtocolError(f"?ws={workspace} through {address} does not show {path.name}")
            print(f"?ws={workspace} opens through {address} with {path.name}")


@dataclass(frozen=True)
class Client:
    name: str
    user: Callable
    upload: Callable
    opens_through: Callable


BROWSER = Client("browser", user, upload, opens_through)
PROTOCOL = Client("protocol", protocol_user, protocol_upload, protocol_opens_through)


async def phase(
    client: Client, browser, url: str, users: int, rounds: int, path: Path, pids: list[int]
) -> dict:
    csms = team_csms()
    before, cpu = load(), cpu_seconds(pids)
    if users == 1:
        changes = await client.user(browser, url, rounds, csms, 0, None)
        upload_s, address = await client.upload(browser, url, path, [])
    else:
        ready = [asyncio.Event() for _ in range(users)]
        results = await asyncio.gather(
            client.upload(browser, url, path, ready),
            *(client.user(browser, url, rounds, csms, i, ready[i]) for i in range(users)),
        )
        (upload_s, address), changes = results[0], [s for one in results[1:] for s in one]
    return {
        "client": client.name,
        "users": users,
        "changes": changes,
        "upload": upload_s,
        "address": address,
        "cpu": cpu_seconds(pids) - cpu if pids else None,
        "before": before,
        "after": load(),
    }


async def run(
    mode: str,
    url: str,
    users: int,
    rounds: int,
    path: Path,
    also: list[str],
    pids: list[int],
    warm: list[str] | None = None,
) -> list[dict]:
    from playwright.async_api import async_playwright

    phases = []
    if mode in ("protocol", "both"):
        # Each process's first session imports the sample; one untimed visit each keeps that out.
        for address in warm or [url]:
            await protocol_user(None, address, 0, [], 0, None)
        phases += [
            await phase(PROTOCOL, None, url, 1, rounds, path, pids),
            await phase(PROTOCOL, None, url, users, rounds, path, pids),
        ]
        if mode == "protocol":
            await _check_shared(PROTOCOL, None, phases[-1], also, path)
            return phases
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            await user(browser, url, 0, [], 0, None)
            phases.append(await phase(BROWSER, browser, url, 1, rounds, path, pids))
            if mode == "browser":
                phases.append(await phase(BROWSER, browser, url, users, rounds, path, pids))
            await _check_shared(BROWSER, browser, phases[-1], also, path)
            return phases
        finally:
            await browser.close()


async def _check_shared(client: Client, browser, last: dict, also: list[str], path: Path) -> None:
    workspace = re.search(r"[?&]ws=([0-9a-f]+)", last["address"])
    if also and workspace:
        await client.opens_through(browser, also, workspace.group(1), path)


def _line(result: dict) -> None:
    changes = result["changes"]
    cpu = result["cpu"]
    # The phase's whole CPU: its sessions' first runs and the upload as well as the changes.
    per_change = f"; server CPU {cpu:.1f} s in the phase" if cpu is not None else ""
    print(
        f"{result['client']:>8}, {result['users']:>2} user(s): filter change p50 "
        f"{statistics.median(changes):.2f} s, p95 {percentile(changes, 0.95):.2f} s "
        f"({len(changes)} changes); upload {result['upload']:.2f} s{per_change}"
    )
    print(f"   load before: {result['before']}\n   load after:  {result['after']}")


def report(phases: list[dict]) -> None:
    for result in phases:
        _line(result)
    by = {(result["client"], result["users"]): result for result in phases}
    many = [result for result in phases if result["users"] > 1]
    for result in many:
        one = by[(result["client"], 1)]
        p50 = statistics.median(result["changes"]) / statistics.median(one["changes"])
        p95 = percentile(result["changes"], 0.95) / percentile(one["changes"], 0.95)
        print(
            f"{result['client']}: {result['users']} users / 1 user: p50 {p50:.1f}×, p95 {p95:.1f}×, "
            f"upload {result['upload'] / one['upload']:.1f}×"
        )
    if ("browser", 1) in by and ("protocol", 1) in by and many:
        seen, served = by[("browser", 1)]["changes"], by[("protocol", 1)]["changes"]
        drawing = statistics.median(seen) - statistics.median(served)
        under = many[0]["changes"]
        print(
            f"one browser's drawing (browser p50 − server p50, 1 user): {drawing:.2f} s; "
            f"each of {many[0]['users']} users on their own machine would see p50 "
            f"{statistics.median(under) + drawing:.2f} s, p95 {percentile(under, 0.95) + drawing:.2f} s"
        )
    workspace = re.search(r"[?&]ws=([0-9a-f]+)", phases[-1]["address"])
    if workspace:
        print(f"uploaded workspace: ?ws={workspace.group(1)}")


@dataclass
class Setup:
    """One way of serving the app, timed with the same phases."""

    label: str
    url: str
    pids: list[int]
    warm: list[str] = field(default_factory=list)  # each process's own address, visited untimed
    also: list[str] = field(default_factory=list)  # the uploaded workspace must open there too


@contextlib.contextmanager
def one_process(label: str, home: Path, root: Path = ROOT) -> Iterator[Setup]:
    home.mkdir()
    server, url = start_server(f"streamlit-bench-users-{label.replace(' ', '-')}.log", home, root=root)
    try:
        yield Setup(label, url, [server.pid])
    finally:
        stop_server(server)


def summary(results: list[tuple[Setup, list[dict]]]) -> None:
    """Each setup's filter changes for 1 and N users side by side (the protocol client's)."""
    print("\n| setup | 1 user p50 / p95 | N users p50 / p95 | upload alone / among N | server CPU, N users |")
    print("| --- | --- | --- | --- | --- |")
    for setup, phases in results:
        served = {r["users"]: r for r in phases if r["client"] == "protocol"}
        if len(served) < 2:
            continue
        (one, many) = (served[min(served)], served[max(served)])
        cpu = f"{many['cpu']:.1f} s" if many["cpu"] is not None else "–"
        print(
            f"| {setup.label} | {statistics.median(one['changes']):.2f} / "
            f"{percentile(one['changes'], 0.95):.2f} s | {statistics.median(many['changes']):.2f} / "
            f"{percentile(many['changes'], 0.95):.2f} s ({many['users']}) | {one['upload']:.2f} / "
            f"{many['upload']:.2f} s | {cpu} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=4, help="filter changes per user")
    parser.add_argument("--client", choices=("both", "protocol", "browser"), default="both")
    parser.add_argument("--url", help="a running app or load balancer (default: start one)")
    parser.add_argument(
        "--upload", type=Path, default=DEFAULT_UPLOAD, help="the file the uploading user adds"
    )
    parser.add_argument(
        "--also",
        nargs="*",
        default=[],
        help="addresses of each upstream: the uploaded workspace must open there",
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=1,
        help="also time N app processes behind nginx (deploy/nginx.conf), after the one process",
    )
    parser.add_argument("--compare", type=Path, help="another checkout of the app, also timed in one process")
    args = parser.parse_args()
    options = (args.users, args.rounds, args.upload)
    if args.url:
        report(asyncio.run(run(args.client, args.url.rstrip("/"), *options, args.also, [])))
        return
    # The other setups use the protocol client only: what the server does is what they change.
    others = "protocol" if args.client == "both" else args.client
    results = []
    with tempfile.TemporaryDirectory(prefix="bench_users_") as folder:
        homes = Path(folder)
        plans = [(args.client, lambda: one_process("one process", homes / "one"))]
        if args.compare:
            other = args.compare.resolve()
            plans.append((others, lambda: one_process(f"one process, {other.name}", homes / "other", other)))
        if args.processes > 1:
            plans.append((others, lambda: _balanced(args.processes, homes / "balanced")))
        for mode, serve in plans:
            with serve() as setup:
                print(f"\n== {setup.label} ({setup.url})")
                phases = asyncio.run(
                    run(mode, setup.url, *options, [*args.also, *setup.also], setup.pids, setup.warm)
                )
                report(phases)
                if isinstance(setup, BalancedSetup) and setup.balanced is not None:
                    print(f"users per process (route cookies seen): {setup.balanced.spread()}")
                results.append((setup, phases))
    summary(results)


@dataclass
class BalancedSetup(Setup):
    balanced: Balanced | None = None


@contextlib.contextmanager
def _balanced(processes: int, home: Path) -> Iterator[BalancedSetup]:
    home.mkdir()
    with behind_nginx(processes, home) as balanced:
        yield BalancedSetup(
            f"{processes} processes behind nginx",
            balanced.url,
            balanced.pids,
            warm=balanced.upstreams,
            also=balanced.upstreams,
            balanced=balanced,
        )


if __name__ == "__main__":
    main()
