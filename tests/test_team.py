"""Team-mode rules: the allow-list, members and roles, and who sees which workspace."""

from __future__ import annotations

import pytest

from cs_dash import store, team
from cs_dash.saved import SavedWorkspace


def test_an_address_is_let_in_when_it_or_its_domain_is_listed():
    allow = team.parse_allow_list(["Dana@Acme.com", "@beta.io", "gamma.org"])
    assert allow == ("dana@acme.com", "beta.io", "gamma.org")
    assert team.is_allowed(" DANA@acme.COM ", allow)
    assert team.is_allowed("lee@beta.io", allow)
    assert team.is_allowed("sam@gamma.org", allow)
    assert not team.is_allowed("kim@acme.com", allow)  # only Dana at acme.com
    assert not team.is_allowed("eve@notbeta.io", allow)  # a domain is matched whole
    assert not team.is_allowed("eve@beta.io.evil.com", allow)
    assert not team.is_allowed("beta.io", allow)  # not an address
    assert not team.is_allowed(None, allow)


@pytest.mark.parametrize("bad", [["not an address"], [""], ["localhost"], 42])
def test_a_wrong_allow_list_gets_a_sentence(bad):
    with pytest.raises(store.WorkspaceError, match="allow-list"):
        team.parse_allow_list(bad)


def test_the_creator_owns_a_new_workspace_and_members_see_only_their_own():
    workspaces = store.Store()
    acme = team.create_workspace(workspaces, "Acme", "Dana@acme.com")
    beta = team.create_workspace(workspaces, "Beta", "lee@beta.io")
    assert team.read_members(acme.folder) == {"dana@acme.com": "owner"}
    assert (acme.folder / team.MEMBERS_FILE).stat().st_mode & 0o077 == 0
    assert [i.name for i in team.visible_to(workspaces, "dana@acme.com")] == ["Acme"]
    assert [i.name for i in team.visible_to(workspaces, "lee@beta.io")] == ["Beta"]
    assert team.visible_to(workspaces, "eve@acme.com") == []
    assert beta.id != acme.id and "@" not in acme.folder.name


def test_only_an_owner_changes_members_and_the_last_owner_stays():
    acme = team.create_workspace(store.Store(), "Acme", "dana@acme.com")
    team.set_member(acme.folder, "dana@acme.com", "Kim@Acme.com", team.VIEWER)
    assert team.role_of(acme.folder, "kim@acme.com") == "viewer"
    with pytest.raises(store.WorkspaceError, match="Only an owner"):
        team.set_member(acme.folder, "kim@acme.com", "kim@acme.com", team.OWNER)
    with pytest.raises(store.WorkspaceError, match="at least one owner"):
        team.set_member(acme.folder, "dana@acme.com", "dana@acme.com", team.EDITOR)
    with pytest.raises(store.WorkspaceError, match="not an e-mail"):
        team.set_member(acme.folder, "dana@acme.com", "kim", team.EDITOR)
    with pytest.raises(store.WorkspaceError, match="viewer"):
        team.set_member(acme.folder, "dana@acme.com", "kim@acme.com", "admin")
    team.set_member(acme.folder, "dana@acme.com", "kim@acme.com", team.EDITOR)
    assert team.can_edit(team.role_of(acme.folder, "kim@acme.com"))
    team.remove_member(acme.folder, "dana@acme.com", "kim@acme.com")
    assert team.role_of(acme.folder, "kim@acme.com") is None
    assert team.read_members(acme.folder) == {"dana@acme.com": "owner"}


def test_roles_say_who_edits_and_who_manages():
    assert [team.can_edit(r) for r in (*team.ROLES, None)] == [True, True, False, False]
    assert [team.can_manage(r) for r in (*team.ROLES, None)] == [True, False, False, False]


def test_a_read_only_workspace_refuses_every_change_and_keeps_its_data():
    acme = team.create_workspace(store.Store(), "Acme", "dana@acme.com")
    editor = SavedWorkspace(acme, memory_limit="256MB")
    editor.add_file("e.csv", b"date,account,csm,tag\n2025-01-02,A,Lee,Proactive\n")
    editor.close()
    viewer = SavedWorkspace(acme, memory_limit="256MB", read_only=True)
    try:
        with pytest.raises(store.WorkspaceError, match="viewer"):
            viewer.add_file("more.csv", b"date,account,csm,tag\n2025-01-03,B,Lee,Reactive\n")
        with pytest.raises(store.WorkspaceError, match="viewer"):
            viewer.set_settings(viewer.settings)
        with pytest.raises(store.WorkspaceError, match="viewer"):
            viewer.remove_file(0)
        assert viewer.row_counts()["engagements"] == 1
    finally:
        viewer.close()


def test_cs_dash_run_listens_on_localhost_unless_a_login_is_configured(tmp_path, monkeypatch):
    from cs_dash.cli import streamlit_command

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    app = tmp_path / "app.py"
    assert streamlit_command(app, [])[-1] == "--server.address=localhost"
    assert "--server.address=localhost" not in streamlit_command(app, ["--server.address=0.0.0.0"])
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('[team]\nallow = ["acme.com"]\n')
    assert streamlit_command(app, [])[-1] == "--server.address=localhost"  # no [auth]: single-user
    (tmp_path / ".streamlit" / "secrets.toml").write_text('[auth]\nclient_id = "x"\n')
    assert "--server.address=localhost" not in streamlit_command(app, [])


def test_rebuilding_reads_the_raw_uploads_again_with_the_mapping_saved_since():
    from dataclasses import replace

    from cs_dash.importing.profiles import fingerprint
    from cs_dash.settings import MappingProfile

    info = store.Store().create("Acme")
    ws = SavedWorkspace(info, memory_limit="256MB")
    try:
        # 03/04 and 05/06: every day <= 12, so the order is a guess until a mapping says DMY.
        ws.add_file("e.csv", b"date,account,csm,tag\n03/04/2025,A,Lee,Proactive\n05/06/2025,A,Lee,Reactive\n")
        before = sorted(str(d)[:10] for d in ws.query("SELECT date FROM engagements")["date"])
        profile = MappingProfile(
            "engagements", {"date": "date", "account": "account", "csm": "csm", "tag": "tag"}, {"date": "DMY"}
        )
        headers = ["date", "account", "csm", "tag"]
        ws.set_settings(replace(ws.settings, mappings={fingerprint(headers): profile}))
        assert ws.rebuild_from_uploads() == 1
        after = sorted(str(d)[:10] for d in ws.query("SELECT date FROM engagements")["date"])
    finally:
        ws.close()
    assert after == ["2025-04-03", "2025-06-05"]
    assert before != after
    reopened = SavedWorkspace(store.Store().get(info.id), memory_limit="256MB")
    try:  # the rebuilt tables were saved
        assert sorted(str(d)[:10] for d in reopened.query("SELECT date FROM engagements")["date"]) == after
    finally:
        reopened.close()
    viewer = SavedWorkspace(store.Store().get(info.id), memory_limit="256MB", read_only=True)
    try:
        with pytest.raises(store.WorkspaceError, match="viewer"):
            viewer.rebuild_from_uploads()
    finally:
        viewer.close()
