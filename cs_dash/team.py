"""Team mode: who may log in, and who may see or change each saved workspace.

With a login configured, being logged in is not being let in: an e-mail must be on the allow-list
(an address, or a domain that all its addresses share). Each workspace keeps its members and
their roles in ``members.toml`` in its own folder: an owner manages members, an editor uploads
and changes settings, a viewer only looks. Everything here is pure file and string logic, so the
rules are tested without a browser.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path

import tomli_w

from cs_dash import store

OWNER, EDITOR, VIEWER = "owner", "editor", "viewer"
ROLES = (OWNER, EDITOR, VIEWER)
MEMBERS_FILE = "members.toml"


def normalise_email(email: object) -> str:
    return str(email or "").strip().lower()


def parse_allow_list(entries: object) -> tuple[str, ...]:
    """The allow-list as kept: addresses and domains, lower case; one sentence when it is wrong."""
    if isinstance(entries, str):
        entries = [entries]
    if not isinstance(entries, Iterable):
        raise store.WorkspaceError("The allow-list must be a list of e-mail addresses or domains.")
    kept = []
    for entry in entries:
        text = normalise_email(entry).removeprefix("@")
        if not text or " " in text or "." not in text.rsplit("@", 1)[-1]:
            raise store.WorkspaceError(
                f"{entry!r} in the allow-list is neither an e-mail address nor a domain."
            )
        kept.append(text)
    return tuple(kept)


def is_allowed(email: object, allow: Iterable[str]) -> bool:
    """Whether a logged-in address may use the app: listed itself, or its domain is listed."""
    address = normalise_email(email)
    if "@" not in address:
        return False
    domain = address.rsplit("@", 1)[1]
    return any(entry == address or ("@" not in entry and entry == domain) for entry in allow)


def is_team_mode(secrets_files: Iterable[Path]) -> bool:
    """Whether any of Streamlit's secrets files has an ``[auth]`` section (then a login is required)."""
    for path in secrets_files:
        try:
            if "auth" in tomllib.loads(Path(path).read_text("utf-8")):
                return True
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
            continue
    return False


def can_edit(role: str | None) -> bool:
    return role in (OWNER, EDITOR)


def can_manage(role: str | None) -> bool:
    return role == OWNER


def read_members(folder: Path) -> dict[str, str]:
    """A workspace's members by e-mail; a missing or unreadable file means no members."""
    try:
        data = tomllib.loads((folder / MEMBERS_FILE).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}
    members = data.get("members", {})
    if not isinstance(members, Mapping):
        return {}
    return {normalise_email(e): r for e, r in members.items() if r in ROLES}


def write_members(folder: Path, members: Mapping[str, str]) -> None:
    data = {"members": {normalise_email(e): r for e, r in sorted(members.items())}}
    store.atomic_write(folder / MEMBERS_FILE, tomli_w.dumps(data).encode("utf-8"))


def role_of(folder: Path, email: object) -> str | None:
    return read_members(folder).get(normalise_email(email))


def set_member(folder: Path, by: object, email: object, role: str) -> dict[str, str]:
    """Add a member or change their role; only an owner may, and the last owner stays an owner."""
    address = normalise_email(email)
    if "@" not in address or " " in address:
        raise store.WorkspaceError(f"{str(email)!r} is not an e-mail address.")
    if role not in ROLES:
        raise store.WorkspaceError(f"A member is an {', '.join(ROLES[:-1])} or {ROLES[-1]}.")
    with store.writer_lock(folder):
        members = _members_for_owner(folder, by)
        members[address] = role
        _keep_an_owner(members)
        write_members(folder, members)
    return members


def remove_member(folder: Path, by: object, email: object) -> dict[str, str]:
    with store.writer_lock(folder):
        members = _members_for_owner(folder, by)
        members.pop(normalise_email(email), None)
        _keep_an_owner(members)
        write_members(folder, members)
    return members


def _members_for_owner(folder: Path, by: object) -> dict[str, str]:
    members = read_members(folder)
    if not can_manage(members.get(normalise_email(by))):
        raise store.WorkspaceError("Only an owner of this workspace can change its members.")
    return members


def _keep_an_owner(members: Mapping[str, str]) -> None:
    if OWNER not in members.values():
        raise store.WorkspaceError("A workspace needs at least one owner.")


def create_workspace(workspaces: store.Store, name: str, owner: object) -> store.WorkspaceInfo:
    """A new workspace whose only member is its creator, as owner."""
    info = workspaces.create(name)
    write_members(info.folder, {normalise_email(owner): OWNER})
    return info


def visible_to(workspaces: store.Store, email: object) -> list[store.WorkspaceInfo]:
    """The saved workspaces this address is a member of, and no other."""
    return [info for info in workspaces.list() if role_of(info.folder, email)]
