"""Browser tests: the real app under ``streamlit run``, driven by Playwright on Debian's Chromium.

Every test here is marked ``e2e`` and skipped when /usr/bin/chromium is missing. Screenshots go to
``test-artifacts/`` at the repository root so a person can look at them.
"""

from __future__ import annotations

import contextlib
import os
import socket
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"streamlit did not answer at {url} within {timeout} s")


def start_server(
    log_name: str, home: Path, extra: tuple[str, ...] = (), script: str = "app.py", root: Path = ROOT
) -> tuple[subprocess.Popen, str]:
    """Start ``streamlit run`` of ``script`` in ``root`` on a free local port, saving workspaces to ``home``."""
    port = _free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", script,
        "--server.headless=true", "--server.address=127.0.0.1", f"--server.port={port}",
        "--server.fileWatcherType=none", *extra,
    ]  # fmt: skip
    ARTIFACTS.mkdir(exist_ok=True)
    with open(ARTIFACTS / log_name, "wb") as log:
        env = {**os.environ, "CS_DASH_HOME": str(home)}
        server = subprocess.Popen(command, cwd=root, stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, server)
    except BaseException:
        stop_server(server)
        raise
    return server, url


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


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
