"""A new browser session's first chart: the app's Overview on the sample against a one-chart page.

Issue "fast at scale and on first open" measures what a new user waits for: from typing the address
to the first chart drawn, in a real browser, against a Streamlit page that holds only one chart and
one filter, served the same way in the same run. Starts two ``streamlit run`` servers (the app with
a fresh ``CS_DASH_HOME``, and the one-chart page of ``bench_app``), visits each once untimed (a
server has served a session before a new user comes), then opens each ``--runs`` times in turn,
every time in a new browser context (an empty cache, as a new user has), timing ``goto`` until the
run has finished and the first chart's SVG is there. Prints both medians, their ratio and the load,
and each server's CPU seconds per new session (read from ``/proc``), which a busy machine changes
far less than the wall time.

(``AppTest`` cannot measure this: its runs in one process share one browser session, so a "new"
``AppTest`` finds the workspace the last one opened.)

    python -m benchmarks.bench_first_chart [--runs 9]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.bench_app import ONE_CHART_PAGE
from benchmarks.bench_users import _new_page, _shown, load
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, start_server, stop_server

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


@dataclass
class Served:
    url: str
    pid: int
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


async def first_chart(browser, served: Served, timed: bool = True) -> None:
    """Open ``served`` in a new browser context until its first chart is drawn; note the time."""
    context, page = await _new_page(browser)
    try:
        cpu, start = cpu_seconds(served.pid), time.perf_counter()
        await page.goto(served.url)
        await _shown(page)
        if timed:
            served.seconds.append(time.perf_counter() - start)
            served.cpu.append(cpu_seconds(served.pid) - cpu)
    finally:
        await context.close()


async def run(app: Served, one_chart: Served, runs: int) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            await first_chart(browser, app, timed=False)  # the first session builds the sample
            await first_chart(browser, one_chart, timed=False)
            for _ in range(runs):  # in turn, so a busy moment hits both alike
                await first_chart(browser, one_chart)
                await first_chart(browser, app)
        finally:
            await browser.close()


def line(name: str, served: Served) -> None:
    times = served.seconds
    print(
        f"{name:<38} median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}), "
        f"server CPU {statistics.median(served.cpu):.2f} s per session"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    before = load()
    with tempfile.TemporaryDirectory(prefix="bench_first_") as folder:
        page = Path(folder) / "one_chart.py"
        page.write_text(ONE_CHART_PAGE)
        home = Path(folder) / "home"
        home.mkdir()
        app_server, app_url = start_server("streamlit-bench-first.log", home)
        try:
            chart_server, chart_url = start_server("streamlit-bench-one-chart.log", home, script=str(page))
            try:
                app, one_chart = Served(app_url, app_server.pid), Served(chart_url, chart_server.pid)
                asyncio.run(run(app, one_chart, args.runs))
            finally:
                stop_server(chart_server)
        finally:
            stop_server(app_server)
    line("new session, Overview on the sample", app)
    line("new session, one-chart page", one_chart)
    ratio = statistics.median(app.seconds) / statistics.median(one_chart.seconds)
    print(f"ratio {ratio:.2f}×  (n={args.runs} each)")
    print(f"load before: {before}\nload after:  {load()}")


if __name__ == "__main__":
    main()
