"""Browser discovery, allowlist, session store and CLI errors that need no replica."""

from __future__ import annotations

import os
import stat

import pytest
from typer.testing import CliRunner

from selfaudit.adapters.browser import Allowlist, find_browser, launch_args
from selfaudit.adapters.live.page import text_regex
from selfaudit.adapters.sessions import SessionStore
from selfaudit.cli import app
from selfaudit.errors import BrowserNotFoundError


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("SELFAUDIT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SELFAUDIT_BROWSER", raising=False)
    return tmp_path / "home"


def test_explicit_missing_browser_is_a_clear_error():
    with pytest.raises(BrowserNotFoundError) as e:
        find_browser("/nonexistent/chrome")
    assert "/nonexistent/chrome" in e.value.message and "Install" in (e.value.hint or "")


def test_env_browser_is_used(monkeypatch):
    monkeypatch.setenv("SELFAUDIT_BROWSER", "/usr/bin/chromium")
    assert str(find_browser()) == "/usr/bin/chromium"
    monkeypatch.setenv("SELFAUDIT_BROWSER", "/nonexistent/edge")
    with pytest.raises(BrowserNotFoundError):
        find_browser()


def test_no_browser_anywhere(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr("selfaudit.adapters.browser._system_candidates", lambda: [])
    with pytest.raises(BrowserNotFoundError) as e:
        find_browser()
    assert "chromium" in (e.value.hint or "").lower()


def test_launch_args_are_private():
    args = launch_args()
    for flag in ("--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"):
        assert flag in args
    assert ("--no-sandbox" in args) == (os.geteuid() == 0)


def test_allowlist_replica_origin_only():
    a = Allowlist.for_base_url("http://127.0.0.1:5000/facebook", ["facebook.com"])
    assert a.allows("http://127.0.0.1:5000/facebook/me")
    assert not a.allows("http://127.0.0.1:5001/facebook/me")
    assert not a.allows("https://www.facebook.com/")
    b = Allowlist.for_base_url("https://www.facebook.com", ["facebook.com", "fbcdn.net"])
    assert b.allows("https://scontent.xx.fbcdn.net/a.jpg") and b.allows("https://www.facebook.com/x")
    assert not b.allows("https://evilfacebook.com/") and not b.allows("http://www.facebook.com/") and not b.allows("https://google.com/")


def test_text_regex_forgives_quotes_and_case():
    rx = text_regex("Who can see posts that you're tagged in on your profile?", exact=True)
    assert rx.search("who can see posts that you’re tagged in on your profile?")
    assert not rx.search("Who can see posts that you're tagged in on your profile? (old)")
    assert text_regex("Friends except...", exact=True).search("Friends except…")


def test_session_store_is_owner_only_and_keyed(home):
    st = SessionStore()
    p = st.save("facebook", "http://127.0.0.1:5000/facebook/", {"cookies": [], "origins": []})
    assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert stat.S_IMODE(p.parent.stat().st_mode) == 0o700
    assert st.find("facebook", "http://127.0.0.1:5000/facebook").storage_state == {"cookies": [], "origins": []}
    assert st.find("facebook", "http://127.0.0.1:5001/facebook") is None
    assert st.find("facebook").base_url == "http://127.0.0.1:5000/facebook"  # the only one saved
    assert st.find("x") is None
    assert [s.platform for s in st.delete("facebook")] == ["facebook"] and st.find("facebook") is None


def test_cli_missing_browser_exits_2(home):
    SessionStore().save("facebook", "http://127.0.0.1:5000/facebook", {"cookies": [], "origins": []})
    r = CliRunner().invoke(app, ["audit", "--platform", "facebook", "--browser", "/nonexistent/chrome", "--no-open"])
    assert r.exit_code == 2, r.output
    assert "/nonexistent/chrome" in r.output and "install" in r.output.lower()


def test_cli_missing_browser_env_exits_2(home, monkeypatch):
    monkeypatch.setenv("SELFAUDIT_BROWSER", "/nonexistent/chromium")
    r = CliRunner().invoke(app, ["demo", "--no-open", "--out", str(home / "d")])
    assert r.exit_code == 2, r.output
    assert "SELFAUDIT_BROWSER" in r.output


def test_cli_not_logged_in_exits_2(home):
    r = CliRunner().invoke(app, ["audit", "--platform", "instagram", "--no-open"])
    assert r.exit_code == 2, r.output
    assert "selfaudit login instagram" in r.output


def test_cli_logout(home):
    SessionStore().save("x", "http://127.0.0.1:5000/x", {"cookies": [], "origins": []})
    r = CliRunner().invoke(app, ["logout", "x"])
    assert r.exit_code == 0 and "Logged out of x" in r.output
    assert SessionStore().all() == []
    r = CliRunner().invoke(app, ["logout"])
    assert r.exit_code == 2


def test_cli_login_without_a_display_is_a_clear_error(home, monkeypatch, browser):
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        pytest.skip("a display is available here")
    r = CliRunner().invoke(app, ["login", "facebook", "--base-url", "http://127.0.0.1:9/facebook", "--wait", "5"])
    assert r.exit_code == 2, r.output
    assert "visible browser window" in r.output and "display" in r.output.lower()
    assert SessionStore().all() == []


def test_cli_unknown_platform(home):
    r = CliRunner().invoke(app, ["audit", "--platform", "myspace", "--no-open"])
    assert r.exit_code == 2 and "facebook" in r.output


def test_cli_export_without_export_support_is_clear(home, tmp_path):
    try:
        from selfaudit.commands.export import collect_exports  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("this version reads exports; the export tests cover --export")
    f = tmp_path / "facebook-export.zip"
    f.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    r = CliRunner().invoke(app, ["audit", "--export", str(f), "--no-open", "--out", str(tmp_path / "o")])
    assert r.exit_code == 2 and "not supported" in r.output


def test_demo_serve_prints_urls_and_stops_on_ctrl_c(home):
    """`demo --serve` serves the replicas on 127.0.0.1 for a trainer, with the demo logins."""
    import signal
    import subprocess
    import sys
    import time
    import urllib.request

    pytest.importorskip("selfaudit.replicas")
    proc = subprocess.Popen(
        [sys.executable, "-c", "from selfaudit.cli import main; main()", "demo", "--serve", "--persona", "compliant"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "SELFAUDIT_HOME": str(home)},
    )
    try:
        lines = []
        deadline = time.monotonic() + 60
        while len([x for x in lines if "http://127.0.0.1:" in x]) < 4 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
        urls = [w for x in lines for w in x.split() if w.startswith("http://127.0.0.1:")]
        assert len(urls) == 4, lines
        assert all("password" in x for x in lines if "http://127.0.0.1:" in x)
        with urllib.request.urlopen(urls[0] + "/login/", timeout=10) as resp:
            assert resp.status == 200 and b"Log in" in resp.read()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
    assert proc.returncode == 0


def test_cli_unreachable_platform_exits_2(home, browser):
    """A saved session for an address where nothing answers: a clear message, not a traceback."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    base = f"http://127.0.0.1:{port}/facebook"
    SessionStore().save("facebook", base, {"cookies": [], "origins": []})
    r = CliRunner().invoke(app, ["audit", "--platform", "facebook", "--no-open", "--out", str(home / "o")])
    assert r.exit_code == 2, r.output
    assert "Could not open Facebook" in r.output


def test_cli_demo_unknown_persona_exits_2(home):
    pytest.importorskip("selfaudit.replicas")
    r = CliRunner().invoke(app, ["demo", "--persona", "nosuch", "--no-open", "--out", str(home / "d")])
    assert r.exit_code == 2 and "high-risk" in r.output
