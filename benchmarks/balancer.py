"""Several ``streamlit run app.py`` processes behind nginx on localhost, as ``deploy/nginx.conf`` runs them.

``bench_users --processes N`` times many users through it beside one process in the same run. The
configuration is the deployed one with only its addresses changed: a free port to listen on and
one upstream line per process (the route cookie and the consistent hash are kept). nginx runs in
the foreground as this benchmark's own child, in a folder of its own, and is stopped with it. It
needs ``nginx`` on the PATH or in /usr/sbin, so this is a benchmark and never a test.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.conftest import start_server, stop_server

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "deploy" / "nginx.conf"
UPSTREAM_LINE = re.compile(r"^\s*server 127\.0\.0\.1:\d+;\n", re.MULTILINE)
LISTEN_LINE = re.compile(r"listen 127\.0\.0\.1:\d+;")


@dataclass
class Balanced:
    url: str  # nginx's address: what the users open
    upstreams: list[str]  # each process's own address
    pids: list[int]  # the app processes (their CPU is the server's)
    access_log: Path

    def spread(self) -> dict[str, int]:
        """How many browsers (route cookies) each upstream served, from nginx's access log."""
        routes: dict[str, set[str]] = {}
        for line in self.access_log.read_text(errors="replace").splitlines():
            parts = line.split(" ", 3)
            if len(parts) >= 3 and parts[1] not in ("", "-"):
                routes.setdefault(parts[2], set()).add(parts[1])
        return dict(Counter({upstream: len(cookies) for upstream, cookies in routes.items()}))


def nginx_binary() -> str | None:
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def configuration(listen: int, upstream_ports: list[int]) -> str:
    """``deploy/nginx.conf`` listening on ``listen`` with these upstreams, nginx in the foreground."""
    text = CONFIG.read_text()
    first = UPSTREAM_LINE.search(text)
    if first is None or not LISTEN_LINE.search(text):
        raise RuntimeError(f"{CONFIG} no longer has the upstream and listen lines this benchmark rewrites")
    servers = "".join(f"        server 127.0.0.1:{port};\n" for port in upstream_ports)
    text = text[: first.start()] + servers + UPSTREAM_LINE.sub("", text[first.start() :])
    text = LISTEN_LINE.sub(f"listen 127.0.0.1:{listen};", text)
    return text.replace("daemon on;", "daemon off;")


def _wait_answers(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"nginx did not answer at {url} within {timeout} s")


@contextlib.contextmanager
def behind_nginx(processes: int, home: Path, root: Path = ROOT) -> Iterator[Balanced]:
    """``processes`` app processes sharing the workspace folder ``home``, and nginx before them."""
    binary = nginx_binary()
    if binary is None:
        raise RuntimeError("nginx is not installed; --processes needs it")
    servers: list[subprocess.Popen] = []
    upstreams: list[str] = []
    nginx = None
    with tempfile.TemporaryDirectory(prefix="bench_nginx_") as folder:
        prefix = Path(folder)
        prefix.chmod(0o755)  # nginx's workers may run as another user
        try:
            for number in range(processes):
                server, url = start_server(f"streamlit-bench-users-{number + 1}.log", home, root=root)
                servers.append(server)
                upstreams.append(url)
            listen = free_port()
            ports = [int(url.rsplit(":", 1)[1]) for url in upstreams]
            conf = prefix / "nginx.conf"
            conf.write_text(configuration(listen, ports))
            nginx = subprocess.Popen(
                [binary, "-p", str(prefix), "-c", str(conf)],
                stdout=subprocess.DEVNULL,
                stderr=(prefix / "nginx-stderr.log").open("wb"),
            )
            url = f"http://127.0.0.1:{listen}"
            _wait_answers(url, nginx)
            yield Balanced(url, upstreams, [s.pid for s in servers], prefix / "nginx-access.log")
        finally:
            if nginx is not None and nginx.poll() is None:
                nginx.terminate()
                try:
                    nginx.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    nginx.kill()
                    nginx.wait()
            for server in servers:
                stop_server(server)
