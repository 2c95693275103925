"""Many users on one server: how long a CSM-filter change takes to show its chart, 1 user against N.

Starts ``streamlit run app.py`` (headless, a free local port, a fresh ``CS_DASH_HOME``) unless
``--url`` points at a running app or a load balancer. One Chromium (Debian's), one context per
user. First one user alone, then N users at once, in the same run: each opens the sample
(``?ws=sample``), waits for the page's first chart, then changes the CSM filter ``--rounds`` times,
each time timing "filter change → the run finished and the chart is drawn". In each phase one more
user uploads a file on the Data page (alone after the single user's rounds; while the N users
change filters in the second phase) and the upload is timed until its report line shows.

Prints p50/p95 of the filter changes for 1 and N users, their ratio (which holds on a noisy
machine), both upload times and ``uptime``'s load before and after. Run at ``nice -n 10`` on a
shared machine. After the run it prints the uploaded workspace's ``?ws=`` link; through a load
balancer, ``--also`` opens it through each upstream to check that the processes share workspaces.

    python -m benchmarks.bench_users [--users 10] [--rounds 4]
    python -m benchmarks.bench_users --url http://127.0.0.1:8080 --also http://127.0.0.1:8501 http://127.0.0.1:8502
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import re
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, serve_app

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


async def phase(browser, url: str, users: int, rounds: int, path: Path) -> dict:
    csms = team_csms()
    before = load()
    if users == 1:
        changes = await user(browser, url, rounds, csms, 0, None)
        upload_s, address = await upload(browser, url, path, [])
    else:
        ready = [asyncio.Event() for _ in range(users)]
        results = await asyncio.gather(
            upload(browser, url, path, ready),
            *(user(browser, url, rounds, csms, i, ready[i]) for i in range(users)),
        )
        (upload_s, address), changes = results[0], [s for one in results[1:] for s in one]
    return {
        "users": users,
        "changes": changes,
        "upload": upload_s,
        "address": address,
        "before": before,
        "after": load(),
    }


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


async def run(url: str, users: int, rounds: int, path: Path, also: list[str]) -> list[dict]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            # The server's first session imports the sample; one untimed visit keeps that out.
            await user(browser, url, 0, [], 0, None)
            phases = [
                await phase(browser, url, 1, rounds, path),
                await phase(browser, url, users, rounds, path),
            ]
            workspace = re.search(r"[?&]ws=([0-9a-f]+)", phases[-1]["address"])
            if also and workspace:
                await opens_through(browser, also, workspace.group(1), path)
            return phases
        finally:
            await browser.close()


def report(phases: list[dict]) -> None:
    for result in phases:
        changes = result["changes"]
        print(
            f"{result['users']:>2} user(s): filter change → chart shown p50 {statistics.median(changes):.2f} s, "
            f"p95 {percentile(changes, 0.95):.2f} s ({len(changes)} changes); upload {result['upload']:.2f} s"
        )
        print(f"   load before: {result['before']}\n   load after:  {result['after']}")
    one, many = phases
    p50 = statistics.median(many["changes"]) / statistics.median(one["changes"])
    p95 = percentile(many["changes"], 0.95) / percentile(one["changes"], 0.95)
    print(
        f"{many['users']} users / 1 user: p50 {p50:.1f}×, p95 {p95:.1f}×, upload {many['upload'] / one['upload']:.1f}×"
    )
    workspace = re.search(r"[?&]ws=([0-9a-f]+)", many["address"])
    if workspace:
        print(f"uploaded workspace: ?ws={workspace.group(1)}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=4, help="filter changes per user")
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
    args = parser.parse_args()
    if args.url:
        report(asyncio.run(run(args.url.rstrip("/"), args.users, args.rounds, args.upload, args.also)))
        return
    with tempfile.TemporaryDirectory(prefix="bench_users_") as home:
        with serve_app("streamlit-bench-users.log", Path(home)) as url:
            report(asyncio.run(run(url, args.users, args.rounds, args.upload, args.also)))


if __name__ == "__main__":
    main()
