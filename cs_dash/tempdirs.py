"""Private folders for uploaded files, and removal of the ones a crashed process left behind.

A workspace removes its folder when it closes, but a process that is killed or crashes cannot:
its customers' files would stay in the temporary folder indefinitely. Each folder therefore
names the process that owns it, and the first workspace of a process removes the folders whose
owner is gone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

PREFIX = "cs_dash_"
OWNER_FILE = "owner.pid"
UNOWNED_MAX_AGE_S = 24 * 3600  # folders from before owners were recorded: removed after a day

_swept = False


def make_private_dir() -> Path:
    """A new private folder, owned by this process."""
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    (folder / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    return folder


def sweep_leftovers(root: Path | None = None, now: float | None = None) -> list[Path]:
    """Remove the private folders under ``root`` whose owning process no longer runs."""
    root = Path(root or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed = []
    for folder in root.glob(f"{PREFIX}*"):
        try:
            if not folder.is_dir() or folder.is_symlink() or folder.stat().st_uid != os.getuid():
                continue
            if _is_orphan(folder, now):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
        except OSError:
            continue  # another process removed it first, or it is not ours to look at
    return removed


def sweep_once() -> None:
    """Sweep the temporary folder the first time a process asks, and never again."""
    global _swept
    if not _swept:
        _swept = True
        sweep_leftovers()


def _is_orphan(folder: Path, now: float) -> bool:
    owner = folder / OWNER_FILE
    try:
        pid = int(owner.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        return now - folder.stat().st_mtime > UNOWNED_MAX_AGE_S
    except ValueError:
        return False
    return pid != os.getpid() and not _running(pid)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return True
