"""`logout` removes every saved login it is asked to, including ones it cannot read.

`logout --all` deleted only the session files it could parse: a damaged one (a truncated
write, an edited file) and a temp file a crash left mid-save — both holding cookies — stayed on
disk, and with nothing else saved it even said "There was no saved login to remove."
"""

from __future__ import annotations

from typer.testing import CliRunner

from selfaudit import paths
from selfaudit.adapters.sessions import SessionStore
from selfaudit.cli import app

runner = CliRunner()
COOKIES = '{"platform": "facebook", "base_url": "https://www.facebook.com", "storage_state": {"cookies": [{"name": "c_user", "value": "1000'


def test_logout_all_removes_damaged_sessions_and_crash_leftovers():
    SessionStore().save("x", "http://127.0.0.1:5000/x", {"cookies": [], "origins": []})
    d = paths.sessions_dir()
    (d / "0123abcd.json").write_text(COOKIES)  # cut off mid-write
    (d / ".0123abcd.json.0123456789abcdef.tmp").write_text(COOKIES)
    r = runner.invoke(app, ["logout", "--all"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in d.iterdir()) == []
    assert "could not be read" in r.output


def test_logout_all_with_only_a_damaged_session_does_not_say_there_was_none():
    d = paths.sessions_dir()
    d.mkdir(parents=True)
    (d / "0123abcd.json").write_text(COOKIES)
    r = runner.invoke(app, ["logout", "--all"])
    assert r.exit_code == 0, r.output
    assert not (d / "0123abcd.json").exists() and "no saved login" not in r.output


def test_logout_of_one_platform_leaves_the_others():
    SessionStore().save("x", "http://127.0.0.1:5000/x", {"cookies": [], "origins": []})
    SessionStore().save("facebook", "http://127.0.0.1:5000/facebook", {"cookies": [], "origins": []})
    r = runner.invoke(app, ["logout", "x"])
    assert r.exit_code == 0, r.output
    assert [s.platform for s in SessionStore().all()] == ["facebook"]
