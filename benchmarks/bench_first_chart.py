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

With ``--compare DIR`` a third server runs the app from another checkout (``git worktree add DIR
main``, say) in the same run, opened in turn with the other two, so a change is measured against
the code before it on the same load.

    python -m benchmarks.bench_first_chart [--runs 9] [--compare DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.bench_app import ONE_CHART_PAGE
from benchmarks.bench_users import _new_page, _shown, load
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, start_server, stop_server

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


async def run(app: Served, one_chart: Served, runs: int, other: Served | None = None) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            servers = [one_chart, app] + ([other] if other else [])
            for served in servers:  # the first session builds the sample
                await first_chart(browser, served, timed=False)
            for _ in range(runs):  # in turn, so a busy moment hits each alike
                for served in servers:
                    await first_chart(browser, served)
        finally:
            await browser.close()


def serve(
    servers: contextlib.ExitStack, home: Path, log: str, script: str = "app.py", root: Path | None = None
) -> Served:
    """Start ``streamlit run`` (of ``root``'s app, if given), stopped when ``servers`` closes."""
    home.mkdir(exist_ok=True)
    server, url = start_server(log, home, script=script, root=root or ROOT)
    servers.callback(stop_server, server)
    return Served(url, server.pid)


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
    parser.add_argument("--compare", type=Path, help="another checkout of the app, served in the same run")
    args = parser.parse_args()
    before = load()
    other: Served | None = None
    with tempfile.TemporaryDirectory(prefix="bench_first_") as folder, contextlib.ExitStack() as servers:
        page = Path(folder) / "one_chart.py"
        page.write_text(ONE_CHART_PAGE)
        app = serve(servers, Path(folder) / "home", "streamlit-bench-first.log")
        one_chart = serve(servers, Path(folder) / "home", "streamlit-bench-one-chart.log", script=str(page))
        if args.compare:
            other = serve(
                servers, Path(folder) / "other", "streamlit-bench-compare.log", root=args.compare.resolve()
            )
        asyncio.run(run(app, one_chart, args.runs, other))
    line("new session, Overview on the sample", app)
    line("new session, one-chart page", one_chart)
    ratio = statistics.median(app.seconds) / statistics.median(one_chart.seconds)
    print(f"ratio {ratio:.2f}×  (n={args.runs} each)")
    if other is not None:
        line(f"new session, Overview from {args.compare}", other)
        ratio = statistics.median(other.seconds) / statistics.median(one_chart.seconds)
        print(f"ratio {ratio:.2f}× for {args.compare}")
    print(f"load before: {before}\nload after:  {load()}")


if __name__ == "__main__":
    main()
