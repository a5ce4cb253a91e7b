"""History, accepted exceptions with an end date, and the content-free supervision summary."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from selfaudit.cli import app
from selfaudit.snapshot import Audience, read_snapshot, write_snapshot
from tests.report.helpers import SECRET_TEXTS, report, runner, snapshot


def _fail(data: dict, check: str = "post_audience_public") -> dict:
    return next(f for f in data["findings"] if f["check"] == check and f["status"] == "fail")


def test_accept_rerun_still_accepted_and_until_in_the_past_expires(tmp_path: Path, selfaudit_home: Path):
    snap = snapshot(tmp_path)
    data = report(snap, tmp_path / "a")
    f = _fail(data)
    res = runner.invoke(app, ["accept", f["fingerprint"], "--reason", "charity event, agreed in supervision", "--until", "2099-01-31"])
    assert res.exit_code == 0 and "2099-01-31" in res.output
    assert stat.S_IMODE((selfaudit_home / "accepted.yaml").stat().st_mode) == 0o600
    again = report(snap, tmp_path / "b")
    g = next(g for g in again["findings"] if g["fingerprint"] == f["fingerprint"])
    assert g["status"] == "accepted" and g["accepted_until"] == "2099-01-31"
    assert "until 2099-01-31" in (tmp_path / "b" / "report.html").read_text()
    # An acceptance that ended counts again, and the report says so (the date passes after it
    # was recorded: accepting with a past date is refused, see the test below).
    import yaml

    acc_file = selfaudit_home / "accepted.yaml"
    acc = yaml.safe_load(acc_file.read_text())
    acc[f["fingerprint"]]["until"] = "2020-01-01"
    acc_file.write_text(yaml.safe_dump(acc))
    listing = runner.invoke(app, ["accept"])
    assert "ended 2020-01-01" in listing.output
    third = report(snap, tmp_path / "c")
    h = next(h for h in third["findings"] if h["fingerprint"] == f["fingerprint"])
    assert h["status"] == "fail" and h["acceptance_expired"] == "2020-01-01"
    assert "that date has passed, so it counts again" in (tmp_path / "c" / "report.html").read_text()
    assert runner.invoke(app, ["accept", f["fingerprint"], "--reason", "x", "--until", "soon"]).exit_code == 2


def test_accept_until_a_date_that_has_passed_is_refused_and_records_nothing(tmp_path: Path, selfaudit_home: Path):
    # ux review 31b: it was recorded, then counted again at once ("That date has already passed").
    from datetime import date, timedelta

    f = _fail(report(snapshot(tmp_path), tmp_path / "a"))
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    res = runner.invoke(app, ["accept", f["fingerprint"], "--reason", "agreed in supervision", "--until", yesterday])
    assert res.exit_code == 2, res.output
    text = " ".join(res.output.split())
    assert "that date has passed; give a future date or leave --until out" in text, res.output
    assert not (selfaudit_home / "accepted.yaml").exists()
    assert "You have not accepted any findings." in runner.invoke(app, ["accept"]).output
    # today is still a date the acceptance holds on
    res = runner.invoke(app, ["accept", f["fingerprint"], "--reason", "agreed", "--until", date.today().isoformat()])
    assert res.exit_code == 0, res.output


def test_accepting_again_says_it_replaces_the_earlier_reason(tmp_path: Path, selfaudit_home: Path):
    # ux review 31b: a second accept silently replaced the first reason.
    f = _fail(report(snapshot(tmp_path), tmp_path / "a"))
    first = runner.invoke(app, ["accept", f["fingerprint"], "--reason", "charity event, agreed in supervision"])
    assert first.exit_code == 0 and "replaces" not in first.output, first.output
    again = runner.invoke(app, ["accept", f["fingerprint"], "--reason", "my manager agreed"])
    assert again.exit_code == 0, again.output
    text = " ".join(again.output.split())
    assert "replaces your earlier reason: charity event, agreed in supervision" in text, again.output
    listing = runner.invoke(app, ["accept"]).output
    assert "my manager agreed" in listing and "charity event" not in listing  # the new one is kept


def test_fix_then_rerun_shows_fixed_and_history_lists_audits(tmp_path: Path, selfaudit_home: Path):
    snap_path = snapshot(tmp_path)
    first = report(snap_path, tmp_path / "a")
    assert "since_last" not in first
    snap = read_snapshot(snap_path)
    fb = snap.accounts[0]
    for p in fb.posts:
        if p.id == "2000":
            p.audience = Audience.FRIENDS  # the person fixed one post
    write_snapshot(snap, snap_path)
    second = report(snap_path, tmp_path / "b")
    assert second["since_last"]["fixed"] == 1 and second["since_last"]["new"] == 0
    html_b = (tmp_path / "b" / "report.html").read_text()
    assert "Since your last audit" in html_b and "Posts visible beyond friends — fixed" in html_b
    fixed_fp = second["since_last"]["fixed_fingerprints"][0]
    assert fixed_fp == next(f["fingerprint"] for f in first["findings"] if f["item"] == "post:2000" and f["status"] == "fail")
    hist = runner.invoke(app, ["history", "--json"])
    rows = json.loads(hist.stdout)
    assert len(rows) == 2 and rows[0]["date"] > rows[1]["date"] and rows[0]["gone"] == 1
    assert stat.S_IMODE((selfaudit_home / "history").stat().st_mode) == 0o700
    assert runner.invoke(app, ["history"]).exit_code == 0


def test_summary_holds_no_content_and_counts_other_people_apart(tmp_path: Path):
    snap_path = snapshot(tmp_path)
    data = report(snap_path, tmp_path / "out")
    snap = read_snapshot(snap_path)
    res = runner.invoke(app, ["summary", str(tmp_path / "out" / "report.json"), "--out", str(tmp_path / "s")])
    assert res.exit_code == 0, res.output
    secrets = [*list(SECRET_TEXTS), "http://", "https://", "www.", "Dean Harper", "Hackney"]
    for a in snap.accounts:
        secrets += [a.account.handle, a.account.handle.lstrip("@")]
        secrets += [x for x in (a.account.display_name, a.profile and a.profile.name) if x]
        secrets += [p.text[:20] for p in a.posts or () if p.text]
    for name in ("summary.json", "summary.html", "summary.txt"):
        text = (tmp_path / "s" / name).read_text()
        assert stat.S_IMODE((tmp_path / "s" / name).stat().st_mode) == 0o600
        for secret in secrets:
            assert secret not in text, (name, secret)
    s = json.loads((tmp_path / "s" / "summary.json").read_text())
    assert s["others_findings"] == 1  # the abusive comment Dean left, counted apart
    offensive = next(r for r in s["rows"] if r["id"] == "dont-offensive")
    assert offensive["others_counts"].get("fail") == 1 and offensive["counts"].get("fail", 0) == 0
    assert offensive["status"] != "fail"
    html = (tmp_path / "s" / "summary.html").read_text()
    assert "A possible issue for the person to judge" in html and "counted apart" in html
    hidden = runner.invoke(app, ["summary", str(tmp_path / "out" / "report.json"), "--out", str(tmp_path / "h"), "--hide-platforms"])
    assert hidden.exit_code == 0
    h = json.loads((tmp_path / "h" / "summary.json").read_text())
    assert h["platforms"] == [] and "facebook" not in (tmp_path / "h" / "summary.html").read_text().lower()
    assert data["rows"]  # the report itself is untouched


def test_summary_never_takes_a_demo_as_your_latest_audit(tmp_path: Path):
    from selfaudit.pipeline import evaluate_and_render

    snap = snapshot(tmp_path)
    evaluate_and_render(read_snapshot(snap), tmp_path / "demo", snapshot_dir=snap.parent, demo=True)
    res = runner.invoke(app, ["summary"])
    assert res.exit_code == 2 and "No audit of your own" in res.stderr
    report(snap, tmp_path / "real")
    res = runner.invoke(app, ["summary"])
    assert res.exit_code == 0 and str(tmp_path / "real") in res.output


def test_accept_refuses_a_made_up_fingerprint(tmp_path: Path, selfaudit_home: Path):
    res = runner.invoke(app, ["accept", "0123456789abcdef0123", "--reason", "x"])
    assert res.exit_code == 2 and "no audit yet" in res.output.lower()
    report(snapshot(tmp_path), tmp_path / "a")
    res = runner.invoke(app, ["accept", "0123456789abcdef0123", "--reason", "x"])
    assert res.exit_code == 2 and "not a finding of your last audit" in res.output
