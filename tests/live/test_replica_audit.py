"""The live audit against the local replicas, through a real Chromium: the issue's must-shows.

Two demos run in-process through the CLI (high-risk, compliant); other tests share one
browser and one high-risk replica server.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app

pytestmark = pytest.mark.browser
PLATFORMS = ("facebook", "instagram", "x", "linkedin")


def _capture(monkeypatch, replicas_mod):
    """Record every ReplicaServer and Browser the demo creates, for their logs."""
    import selfaudit.adapters.browser as bmod

    seen: dict[str, list] = {"servers": [], "browsers": []}
    real_server = replicas_mod.ReplicaServer

    class Server(real_server):  # type: ignore[misc,valid-type]
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            seen["servers"].append(self)

    real_ctx = bmod.Browser.new_context

    def new_context(self, *a, **kw):
        g = real_ctx(self, *a, **kw)
        seen["browsers"].append(g)
        return g

    monkeypatch.setattr(replicas_mod, "ReplicaServer", Server)
    monkeypatch.setattr(bmod.Browser, "new_context", new_context)
    return seen


def _run_demo(tmp_path_factory, monkeypatch_mod, replicas_mod, persona):
    home = tmp_path_factory.mktemp("home")
    out = tmp_path_factory.mktemp(persona)
    monkeypatch_mod.setenv("SELFAUDIT_HOME", str(home))
    seen = _capture(monkeypatch_mod, replicas_mod)
    r = CliRunner().invoke(app, ["demo", "--persona", persona, "--no-open", "--out", str(out), "--max-posts", "10", "--max-photos", "6"])
    report = json.loads((out / "report.json").read_text()) if (out / "report.json").exists() else None
    snapshot = json.loads((out / "snapshot.json").read_text()) if (out / "snapshot.json").exists() else None
    return {"result": r, "out": out, "home": home, "report": report, "snapshot": snapshot, **seen}


@pytest.fixture(scope="module")
def high_risk(tmp_path_factory, replicas_mod):
    mp = pytest.MonkeyPatch()
    try:
        yield _run_demo(tmp_path_factory, mp, replicas_mod, "high-risk")
    finally:
        mp.undo()


@pytest.fixture(scope="module")
def compliant(tmp_path_factory, replicas_mod):
    mp = pytest.MonkeyPatch()
    try:
        yield _run_demo(tmp_path_factory, mp, replicas_mod, "compliant")
    finally:
        mp.undo()


def _restrict(report):
    return [f for f in report["findings"] if "do-restrict-visibility" in f["clauses"]]


def test_high_risk_demo_fails_visibility_on_every_platform(high_risk):
    r = high_risk["result"]
    assert r.exit_code == 0, r.output
    report = high_risk["report"]
    assert report["subject"]
    for p in PLATFORMS:
        fails = [f for f in _restrict(report) if f["platform"] == p and f["status"] == "fail"]
        assert fails, f"{p}: no failing finding serving do-restrict-visibility"
    assert {a["platform"] for a in report["accounts"]} == set(PLATFORMS)
    assert all(row["status"] for row in report["rows"])
    assert {row["id"] for row in report["rows"]} >= {"do-restrict-visibility", "do-think-before-posting", "dont-logo"}
    assert next(row for row in report["rows"] if row["id"] == "do-restrict-visibility")["status"] == "fail"


def test_high_risk_demo_finds_photos_taken_at_the_personas_workplace(high_risk):
    """The demo registers the persona's workplace for the run only: the 3.6.c check really runs."""
    at_work = [f for f in high_risk["report"]["findings"] if f["check"] == "photo_location_at_workplace"]
    assert any(f["status"] == "fail" and "3.6.c" in f["clauses"] for f in at_work)
    # never "no places registered"; a platform whose photos carry no location says that instead
    assert not any("registered" in (f.get("reason") or "") for f in at_work)
    assert all("location" in f["reason"] for f in at_work if f["status"] == "not-checked")
    assert not (high_risk["home"] / "config.yaml").exists()  # the persona's place never lands in the person's config


def test_high_risk_stranger_view_in_report(high_risk):
    out: Path = high_risk["out"]
    for acct in high_risk["snapshot"]["accounts"]:
        sv = acct["stranger_view"]
        assert sv is not None, acct["account"]["platform"]
        assert sv["screenshot"] and (out / sv["screenshot"]).is_file()
        assert sv["wall"] != "unknown"
    sv_findings = [f for f in high_risk["report"]["findings"] if f["check"] == "stranger_view_exposure"]
    assert {f["platform"] for f in sv_findings} == set(PLATFORMS)
    assert all(f["status"] == "fail" and f["evidence"]["image"] for f in sv_findings)
    html = (out / "report.html").read_text()
    assert "What a stranger sees" in html
    names = {"facebook": "Facebook", "instagram": "Instagram", "x": "X", "linkedin": "LinkedIn"}
    for p in PLATFORMS:  # each platform's logged-out screenshot is embedded in the report
        assert f'alt="Screenshot: what a stranger sees of your {names[p]} profile" src="data:image/' in html


def test_high_risk_collects_posts_comments_and_media(high_risk):
    out: Path = high_risk["out"]
    for acct in high_risk["snapshot"]["accounts"]:
        p = acct["account"]["platform"]
        posts = acct["posts"]
        assert posts, p
        own = [x for x in posts if not x["third_party"]]
        assert own and all(x["audience"] for x in own), p
        media = [m for x in own for m in x["media"]]
        assert all((out / m["path"]).is_file() for m in media if m["path"])
        assert acct["profile"]["name"], p
        assert acct["settings"], p
        assert acct["provenance"]["source"] == "live"
    fb = next(a for a in high_risk["snapshot"]["accounts"] if a["account"]["platform"] == "facebook")
    comments = [x for x in fb["posts"] if x["kind"] == "comment"]
    assert comments and all(c["third_party"] and c["author"] for c in comments)
    assert any("stupid" in c["text"] for c in comments)


def test_demo_sends_nothing_beyond_127_0_0_1_and_no_post_after_login(high_risk):
    logs = [rec for g in high_risk["browsers"] for rec in g.log]
    assert logs
    for rec in logs:
        host = urlsplit(rec.url).hostname
        if urlsplit(rec.url).scheme in ("http", "https"):
            assert host == "127.0.0.1", rec
        assert rec.blocked is None, rec  # nothing even tried to leave, and no POST was attempted in an audit
    audit_ctx = [g for g in high_risk["browsers"] if g.read_only]
    assert audit_ctx and all(r.method in ("GET", "HEAD") for g in audit_ctx for r in g.log)
    (srv,) = high_risk["servers"]
    posts = [r for r in srv.request_log if _get(r, "method") == "POST"]
    assert len(posts) == len(PLATFORMS)  # one login per platform, nothing else
    last_login = max(_get(r, "time") for r in posts)
    assert not [r for r in srv.request_log if _get(r, "time") > last_login and _get(r, "method") != "GET"]


def _get(rec, key):
    return rec[key] if isinstance(rec, dict) else getattr(rec, key)


def test_compliant_demo_has_no_visibility_failure(compliant):
    r = compliant["result"]
    assert r.exit_code == 0, r.output
    report = compliant["report"]
    bad = [f for f in _restrict(report) if f["status"] == "fail"]
    assert not bad, [(f["platform"], f["check"], f["title"]) for f in bad]
    assert [f for f in _restrict(report) if f["status"] == "pass"]  # it did check, not just skip
    assert all(row["status"] for row in report["rows"])
    for acct in compliant["snapshot"]["accounts"]:
        assert acct["stranger_view"]["wall"] in ("private", "protected", "locked", "login_wall", "not_found"), acct["account"]["platform"]


# --- one server, one browser: sessions, expiry, fault injection ---------------------

@pytest.fixture(scope="module")
def srv(replicas_mod):
    with replicas_mod.ReplicaServer(persona="high-risk", host="127.0.0.1", port=0) as s:
        yield s


def test_fault_injection_lost_profile_link_is_not_checked_never_pass(srv, logged_in, tmp_path):
    """The link to the person's own profile is renamed: everything found through it is not-checked."""
    logged_in("x")
    srv.override_text("x", 'aria-label="Profile"', 'aria-label="Your space"')
    try:
        r = CliRunner().invoke(app, ["audit", "--platform", "x", "--base-url", f"x={srv.base_url('x')}",
                                     "--no-open", "--out", str(tmp_path / "o")])
    finally:
        srv.clear_overrides("x")
    assert r.exit_code in (0, 1), r.output
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    for check in ("post_audience_public", "stranger_view_exposure"):
        got = [f for f in report["findings"] if f["check"] == check]
        assert got and all(f["status"] == "not-checked" for f in got), got
        assert all("profile" in f["reason"] for f in got)
    # the settings do not depend on the profile page and are still judged
    assert [f for f in report["findings"] if f["check"] == "account_privacy_open" and f["status"] == "fail"]


def test_fault_injection_renamed_label_is_not_checked_never_pass(srv, logged_in, tmp_path):
    logged_in("facebook")
    srv.override_text("facebook", "Who can see your friends list?", "Who may view the list of your pals?")
    try:
        r = CliRunner().invoke(app, ["audit", "--platform", "facebook", "--base-url", f"facebook={srv.base_url('facebook')}",
                                     "--no-open", "--json", "--out", str(tmp_path / "o"), "--max-posts", "3", "--max-photos", "2"])
    finally:
        srv.clear_overrides("facebook")
    assert r.exit_code in (0, 1), r.output
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    fl = [f for f in report["findings"] if f["check"] == "friends_list_audience"]
    assert fl and all(f["status"] == "not-checked" for f in fl), fl
    assert "Who can see your friends list?" in fl[0]["reason"]
    # the other settings on the same page were still read
    assert [f for f in report["findings"] if f["check"] == "future_posts_audience" and f["status"] == "fail"]


@pytest.mark.parametrize("platform", ["facebook", "linkedin"])
def test_expired_session_says_log_in_again_exit_2(srv, logged_in, tmp_path, platform):
    logged_in(platform)
    srv.expire_sessions(platform)
    r = CliRunner().invoke(app, ["audit", "--platform", platform, "--base-url", f"{platform}={srv.base_url(platform)}",
                                 "--no-open", "--out", str(tmp_path / "o")])
    assert r.exit_code == 2, r.output
    assert "log in again" in r.output.lower() and f"selfaudit login {platform}" in r.output
    assert not (tmp_path / "o" / "report.json").exists()  # never findings


def test_login_waits_for_the_person_then_saves_session_owner_only(srv, browser, tmp_path, monkeypatch):
    """`selfaudit login`'s library path: the person (played here by the test) types into the page."""
    import stat

    from selfaudit.adapters.sessions import SessionStore, interactive_login

    monkeypatch.setenv("SELFAUDIT_HOME", str(tmp_path / "home"))
    user, password = srv.credentials("instagram")

    def person(page):
        consent = page.get_by_role("button", name="Decline optional cookies")
        if consent.count():
            consent.click()
        page.get_by_label("Phone number, username or email address").fill(user)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Log in").click()

    saved = interactive_login("instagram", srv.base_url("instagram"), headless=True, on_open=person, timeout_s=30)
    assert stat.S_IMODE(saved.path.stat().st_mode) == 0o600
    assert password not in saved.path.read_text()  # the session, never the password
    assert SessionStore().find("instagram").base_url == srv.base_url("instagram")
    r = CliRunner().invoke(app, ["audit", "--platform", "instagram", "--no-open", "--json", "--max-posts", "2",
                                 "--out", str(tmp_path / "o")])
    assert r.exit_code in (0, 1), r.output
    assert json.loads((tmp_path / "o" / "report.json").read_text())["accounts"][0]["platform"] == "instagram"
    r = CliRunner().invoke(app, ["logout", "--all"])
    assert r.exit_code == 0 and SessionStore().all() == []


def test_login_gives_up_cleanly_when_nobody_logs_in(srv, tmp_path, monkeypatch):
    from selfaudit.adapters.sessions import SessionStore, interactive_login
    from selfaudit.errors import SessionExpiredError

    monkeypatch.setenv("SELFAUDIT_HOME", str(tmp_path / "home"))
    with pytest.raises(SessionExpiredError) as e:
        interactive_login("x", srv.base_url("x"), headless=True, on_open=lambda page: None, timeout_s=1)
    assert "nothing was saved" in e.value.message
    assert SessionStore().all() == []


def test_audit_combines_live_platform_and_export(srv, logged_in, tmp_path):
    """`audit --platform facebook --export x.zip`: one snapshot, one report, both sources."""
    b = pytest.importorskip("tests.export.builders")
    pytest.importorskip("selfaudit.commands.export")
    logged_in("facebook")
    export = b.write_zip(tmp_path / "x.zip", b.x_files(protected=["Protect", "Unprotect"]))
    r = CliRunner().invoke(app, ["audit", "--platform", "facebook", "--base-url", f"facebook={srv.base_url('facebook')}",
                                 "--export", str(export), "--no-open", "--max-posts", "2", "--max-photos", "1",
                                 "--out", str(tmp_path / "o")])
    assert r.exit_code == 1, r.output
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    assert {(a["platform"], a["source"]) for a in report["accounts"]} == {("facebook", "live"), ("x", "export")}


def test_expired_session_on_one_platform_the_others_are_still_audited(srv, logged_in, tmp_path):
    """Issue 14: an expired session on the second of four platforms names it; the other three are reported."""
    order = ["facebook", "instagram", "x", "linkedin"]
    for p in order:
        logged_in(p)
    srv.expire_sessions("instagram")
    args = ["audit", "--no-open", "--out", str(tmp_path / "o"), "--max-posts", "2", "--max-photos", "1"]
    for p in order:
        args += ["--platform", p, "--base-url", f"{p}={srv.base_url(p)}"]
    r = CliRunner().invoke(app, args)
    assert r.exit_code in (0, 1), r.output  # by findings, not 2
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    snap = json.loads((tmp_path / "o" / "snapshot.json").read_text())
    by_platform = {a["account"]["platform"]: a for a in snap["accounts"]}
    assert set(by_platform) == set(order)
    assert "selfaudit login instagram" in (by_platform["instagram"]["provenance"]["not_audited"] or "")
    for p in ("facebook", "x", "linkedin"):
        assert by_platform[p]["provenance"]["not_audited"] is None
        assert [f for f in report["findings"] if f["platform"] == p and f["status"] == "fail"], p
    assert not [f for f in report["findings"] if f["platform"] == "instagram" and f["status"] == "pass"]
