"""Browser tests: the real app under ``streamlit run``, driven by Playwright on Debian's Chromium.

Every test here is marked ``e2e`` and skipped when /usr/bin/chromium is missing. Screenshots go to
``test-artifacts/`` at the repository root so a person can look at them.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1440, "height": 900}


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.e2e)
            if not CHROMIUM.exists():
                item.add_marker(pytest.mark.skip(reason="browser tests need /usr/bin/chromium"))


# Streamlit prints this once it listens: on port 0 it takes a free port of its own, so no other
# process can take the port between a look for a free one and the server's bind, and no other
# server can answer in its place.
ADDRESS_LINE = re.compile(rb"URL: (http://127\.0\.0\.1:\d+)")
START_TIMEOUT_S = 180.0  # a cold server on a busy machine; a healthy start takes seconds
STOP_TIMEOUT_S = 10.0
LOG_TAIL_CHARS = 2000


def log_tail(log: Path) -> str:
    """The end of a server's log, to quote in a failure."""
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return text[-LOG_TAIL_CHARS:].strip() or "(empty)"


def _wait_for_address(log: Path, server: subprocess.Popen, deadline: float) -> str:
    """The address the server prints once it listens."""
    while time.monotonic() < deadline:
        found = ADDRESS_LINE.search(log.read_bytes())
        if found:
            return found.group(1).decode()
        if server.poll() is not None:
            raise RuntimeError(
                f"streamlit exited with status {server.returncode} before printing its address; "
                f"{log.name} ends:\n{log_tail(log)}"
            )
        time.sleep(0.2)
    raise RuntimeError(
        f"streamlit printed no address within {START_TIMEOUT_S:.0f} s; {log.name} ends:\n{log_tail(log)}"
    )


def _wait_healthy(url: str, server: subprocess.Popen, log: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(
                f"streamlit exited with status {server.returncode} after printing {url}; "
                f"{log.name} ends:\n{log_tail(log)}"
            )
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(
        f"streamlit printed {url} but its health check did not answer within {START_TIMEOUT_S:.0f} s "
        f"of the start; {log.name} ends:\n{log_tail(log)}"
    )


def start_server(
    log_name: str, home: Path, extra: tuple[str, ...] = (), script: str = "app.py", root: Path = ROOT
) -> tuple[subprocess.Popen, str]:
    """Start ``streamlit run`` of ``script`` in ``root`` on a free local port, saving workspaces to ``home``."""
    command = [
        sys.executable, "-m", "streamlit", "run", script,
        "--server.headless=true", "--server.address=127.0.0.1", "--server.port=0",
        "--server.fileWatcherType=none", *extra,
    ]  # fmt: skip
    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS / log_name
    with open(log, "wb") as out:
        env = {**os.environ, "CS_DASH_HOME": str(home)}
        server = subprocess.Popen(command, cwd=root, stdout=out, stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        url = _wait_for_address(log, server, deadline)
        _wait_healthy(url, server, log, deadline)
    except BaseException:
        stop_server(server)
        raise
    return server, url


def stop_server(server: subprocess.Popen) -> None:
    """End the server: asked to stop, then killed if it has not within ``STOP_TIMEOUT_S``."""
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=STOP_TIMEOUT_S)
        return
    except subprocess.TimeoutExpired:
        server.kill()
    try:
        server.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise RuntimeError(
            f"streamlit (pid {server.pid}) did not end within {STOP_TIMEOUT_S:.0f} s of being killed"
        ) from None


@contextlib.contextmanager
def waits_explained(context, what: str, log_name: str, shot_name: str):
    """Turn a Playwright wait that runs out into a failure saying what the test waited for.

    Playwright's own words name the element or page it waited on; ``what`` says which step that
    was. A screenshot of every open page (``shot_name-N.png``) and the end of the server's log
    (``log_name``) go with it.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    try:
        yield
    except PlaywrightTimeoutError as timeout:
        for number, page in enumerate(context.pages):
            with contextlib.suppress(Exception):  # a page that cannot draw cannot be shown either
                page.screenshot(path=str(ARTIFACTS / f"{shot_name}-{number}.png"), timeout=10_000)
        pytest.fail(
            f"Waited in vain for {what}.\n{timeout.message}\n"
            f"Screenshots: test-artifacts/{shot_name}-*.png. {log_name} ends:\n{log_tail(ARTIFACTS / log_name)}",
            pytrace=False,
        )


@contextlib.contextmanager
def serve_app(
    log_name: str = "streamlit-e2e.log",
    home: Path | None = None,
    extra: tuple[str, ...] = (),
    script: str = "app.py",
):
    """Start the app (or another Streamlit ``script``); yield its base URL; stop it.

    Its saved workspaces go to ``home``, or to a new temporary folder removed afterwards, so no
    server sees another's uploads or the real home folder.
    """
    if home is None:
        with tempfile.TemporaryDirectory(prefix="cs_dash_home_") as fresh:
            with serve_app(log_name, Path(fresh), extra, script) as url:
                yield url
        return
    server, url = start_server(log_name, home, extra, script)
    try:
        yield url
    finally:
        stop_server(server)


@pytest.fixture(scope="session")
def app_url():
    """The app served by ``streamlit run`` on a free local port, for the whole test session."""
    with serve_app() as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser context (a new user) with a 1440×900 window."""
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=VIEWPORT)
    tab = context.new_page()
    tab.set_default_timeout(60_000)
    yield tab
    context.close()
