"""Where saved workspaces live on disk, and the file-level rules that keep them safe.

A workspace is a folder under the cs-dash home (``CS_DASH_HOME``, else the user's data directory),
named by an opaque random id, never by anything a user typed or a URL carried. Everything is
created owner-only, every file is replaced atomically, and one lock file per workspace lets only
one writer in at a time, across threads and processes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import re
import secrets
import shutil
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import tomli_w

HOME_ENV = "CS_DASH_HOME"
SAMPLE_ID = "sample"  # the bundled sample company: read-only, never on disk
NAME_MAX = 80
LOCK_WAIT_SECONDS = 20.0

_ID = re.compile(r"[0-9a-f]{16}")
_INFO_FILE = "workspace.toml"
_LOCK_FILE = ".lock"
_LAST_FILE = "last-workspace"


class WorkspaceBusy(RuntimeError):
    """Another session is writing to this workspace and did not finish in time."""


class WorkspaceError(ValueError):
    """A workspace request that cannot be done, with one sentence saying why."""


def home() -> Path:
    """The folder that holds every saved workspace, created owner-only."""
    configured = os.environ.get(HOME_ENV)
    folder = (
        Path(configured).expanduser() if configured else Path(platformdirs.user_data_dir("cs-dash", False))
    )
    make_private_dir(folder)
    return folder


def make_private_dir(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)


def is_workspace_id(value: object) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a reader sees the old or the new file, never a torn one."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def copy_private(source: Path, dest: Path) -> None:
    """Copy a file to ``dest`` owner-only and durably (it is written under a temporary name first)."""
    tmp = dest.with_name(f".{dest.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, dest)


@contextlib.contextmanager
def writer_lock(folder: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the workspace's write lock; wait up to ``wait`` seconds (``LOCK_WAIT_SECONDS`` unless
    given), then raise WorkspaceBusy.

    ``flock`` locks belong to an open file, so two sessions of one server exclude each other as
    well as two servers do; the kernel drops the lock when a killed process's files close.
    """
    fd = os.open(folder / _LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + (LOCK_WAIT_SECONDS if wait is None else wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WorkspaceBusy(
                        "Someone else is importing into this workspace right now. Try again in a moment."
                    ) from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class WorkspaceInfo:
    id: str
    name: str
    created: str  # ISO timestamp, UTC
    folder: Path


def clean_name(name: str) -> str:
    """A workspace name as kept: trimmed, one line, at most NAME_MAX characters."""
    text = " ".join(str(name).split())
    if not text:
        raise WorkspaceError("Give the workspace a name.")
    if len(text) > NAME_MAX:
        raise WorkspaceError(f"A workspace name can have at most {NAME_MAX} characters.")
    return text


class Store:
    """The saved workspaces under one home folder."""

    def __init__(self, root: Path | None = None):
        self.root = root or home()
        make_private_dir(self.root)
        self.workspaces_dir = self.root / "workspaces"
        make_private_dir(self.workspaces_dir)

    def folder(self, workspace_id: str) -> Path:
        if not is_workspace_id(workspace_id):
            raise WorkspaceError("That workspace does not exist.")
        return self.workspaces_dir / workspace_id

    def list(self) -> list[WorkspaceInfo]:
        found = [self.get(p.name) for p in self.workspaces_dir.iterdir() if is_workspace_id(p.name)]
        return sorted((i for i in found if i), key=lambda i: (i.name.lower(), i.created))

    def get(self, workspace_id: str) -> WorkspaceInfo | None:
        if not is_workspace_id(workspace_id):
            return None
        folder = self.workspaces_dir / workspace_id
        try:
            info = tomllib.loads((folder / _INFO_FILE).read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
            return None
        return WorkspaceInfo(workspace_id, str(info.get("name", "")), str(info.get("created", "")), folder)

    def create(self, name: str) -> WorkspaceInfo:
        name = clean_name(name)
        while True:
            workspace_id = secrets.token_hex(8)
            folder = self.workspaces_dir / workspace_id
            try:
                folder.mkdir(mode=0o700)
                break
            except FileExistsError:
                continue
        make_private_dir(folder / "uploads")
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self._write_info(folder, name, created)
        return WorkspaceInfo(workspace_id, name, created, folder)

    def rename(self, workspace_id: str, name: str) -> WorkspaceInfo:
        info = self._existing(workspace_id)
        name = clean_name(name)
        with writer_lock(info.folder):
            self._write_info(info.folder, name, info.created)
        return WorkspaceInfo(info.id, name, info.created, info.folder)

    def delete(self, workspace_id: str) -> None:
        info = self._existing(workspace_id)
        with writer_lock(info.folder):
            # Renamed away first, so no reader ever finds half a folder.
            doomed = self.workspaces_dir / f".deleted-{workspace_id}-{secrets.token_hex(4)}"
            os.replace(info.folder, doomed)
        shutil.rmtree(doomed, ignore_errors=True)
        if self.last_id() == workspace_id:
            (self.root / _LAST_FILE).unlink(missing_ok=True)

    def last_id(self) -> str | None:
        """The workspace opened most recently on this machine, if it still exists."""
        try:
            value = (self.root / _LAST_FILE).read_text("utf-8").strip()
        except OSError:
            return None
        return value if value == SAMPLE_ID or self.get(value) else None

    def remember(self, workspace_id: str) -> None:
        if workspace_id != self.last_id():
            atomic_write(self.root / _LAST_FILE, workspace_id.encode("utf-8"))

    def _existing(self, workspace_id: str) -> WorkspaceInfo:
        info = self.get(workspace_id)
        if info is None:
            raise WorkspaceError("That workspace does not exist (it may have been deleted).")
        return info

    @staticmethod
    def _write_info(folder: Path, name: str, created: str) -> None:
        atomic_write(folder / _INFO_FILE, tomli_w.dumps({"name": name, "created": created}).encode("utf-8"))
