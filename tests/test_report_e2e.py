"""The report through the CLI, opened in a real Chromium: private files, zero network loads."""

from __future__ import annotations

import json
import stat
from html import unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.snapshot import write_snapshot
from tests.sample import build

runner = CliRunner()


@pytest.fixture()
def sample_snapshot(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    return write_snapshot(build(src), src / "snapshot.json")


def test_report_writes_private_files(sample_snapshot: Path, tmp_path: Path):
    out = tmp_path / "out"
    res = runner.invoke(app, ["report", str(sample_snapshot), "--out", str(out)])
    assert res.exit_code == 1, res.output  # the sample has findings that need action
    for name in ("report.html", "report.json", "snapshot.json"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    data = json.loads((out / "report.json").read_text())
    assert {"schema_version", "tool", "policy", "generated_at", "accounts", "rows", "findings"} <= data.keys()
    assert data["policy"]["id"] == "chscb-2017"
    assert len(data["rows"]) == 8 and all(r["status"] for r in data["rows"])
    f = next(f for f in data["findings"] if f["check"] == "post_audience_public" and f["status"] == "fail")
    assert {"check", "status", "severity", "confidence", "clauses", "platform", "item", "title", "fix", "fingerprint"} <= f.keys()
    assert f["item"] == "post:1001"
    nc = [f for f in data["findings"] if f["status"] == "not-checked"]
    assert nc and all(f.get("reason") for f in nc)
    c = next(c for c in data["checks"] if c["id"] == "post_audience_public" and c["platform"] == "facebook")
    assert (c["examined"], c["flagged"]) == (2, 1)


@pytest.mark.browser
def test_report_opens_with_zero_network_requests(sample_snapshot: Path, tmp_path: Path, browser):
    out = tmp_path / "out"
    runner.invoke(app, ["report", str(sample_snapshot), "--out", str(out)])
    html_file = out / "report.html"
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(html_file.as_uri())
    page.wait_for_load_state("networkidle")
    assert requests == [html_file.as_uri()], requests  # the document itself, nothing else
    # The DO/Don't table opens the report and every row shows a status.
    table = page.get_by_role("table").first
    assert "DO" in table.text_content() and "Don't" in table.text_content()
    assert page.locator("table.dodont .pill").count() == 8
    # The evidence photo is embedded, not linked.
    imgs = page.locator("img").evaluate_all("els => els.map(e => e.src.slice(0, 11))")
    assert imgs and all(src == "data:image/" for src in imgs)
    # Our own stylesheet applies (an escaped <style> would silently fall back to Times).
    assert "sans-serif" in page.evaluate("getComputedStyle(document.body).fontFamily")
    page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
    page.close()


def test_report_html_forbids_network_loads_and_escapes_content(tmp_path: Path):
    snap = build(tmp_path / "src")
    snap.accounts[0].posts[0].text = '<script>alert(1)</script><img src="https://evil.example/x.png">'
    p = write_snapshot(snap, tmp_path / "src" / "snapshot.json")
    runner.invoke(app, ["report", str(p), "--out", str(tmp_path / "out")])
    html = (tmp_path / "out" / "report.html").read_text()
    assert "default-src 'none'" in unescape(html)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'src="https://' not in html


def test_summary_is_content_free(sample_snapshot: Path, tmp_path: Path):
    out = tmp_path / "out"
    runner.invoke(app, ["report", str(sample_snapshot), "--out", str(out)])
    res = runner.invoke(app, ["summary", str(out / "report.json")])
    assert res.exit_code == 0, res.output
    for name in ("summary.json", "summary.html"):
        text = (out / name).read_text()
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600
        for secret in ("sam.okafor.demo", "samokafor_demo", "Team away day", "Sam Okafor", "media/"):
            assert secret not in text, (name, secret)
    data = json.loads((out / "summary.json").read_text())
    assert [r["id"] for r in data["rows"]][:2] == ["do-think-before-posting", "do-restrict-visibility"]
    assert data["platforms"] == ["facebook", "x"]


def test_report_on_missing_or_bad_snapshot_exits_2(tmp_path: Path):
    res = runner.invoke(app, ["report", str(tmp_path / "nope.json")])
    assert res.exit_code == 2 and "no such snapshot" in res.stderr
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": 99}))
    res = runner.invoke(app, ["report", str(bad)])
    assert res.exit_code == 2 and "newer" in res.stderr


def test_version_and_help():
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.startswith("selfaudit ")
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0 and "report" in res.stdout and "policy" in res.stdout


def test_accepted_exception_via_cli_survives_rerun(sample_snapshot: Path, tmp_path: Path):
    out = tmp_path / "out"
    runner.invoke(app, ["report", str(sample_snapshot), "--out", str(out)])
    data = json.loads((out / "report.json").read_text())
    f = next(f for f in data["findings"] if f["check"] == "post_audience_public" and f["status"] == "fail")
    assert runner.invoke(app, ["accept", f["fingerprint"]]).exit_code == 2  # a reason is required
    res = runner.invoke(app, ["accept", f["fingerprint"], "--reason", "charity event, agreed in supervision"])
    assert res.exit_code == 0, res.output
    assert runner.invoke(app, ["report", str(sample_snapshot), "--out", str(out)]).exit_code == 2  # not empty
    runner.invoke(app, ["report", str(sample_snapshot), "--out", str(out), "--force"])
    data = json.loads((out / "report.json").read_text())
    g = next(g for g in data["findings"] if g["fingerprint"] == f["fingerprint"])
    assert g["status"] == "accepted" and g["reason"] == "charity event, agreed in supervision"
    assert runner.invoke(app, ["accept", f["fingerprint"], "--remove"]).exit_code == 0


def test_forget_removes_local_state(selfaudit_home: Path):
    (selfaudit_home / "sessions").mkdir()
    (selfaudit_home / "sessions" / "x.json").write_text("{}")
    res = runner.invoke(app, ["forget", "--yes"])
    assert res.exit_code == 0 and not selfaudit_home.exists()


def test_headline_never_says_all_clear_when_parts_were_not_checked(tmp_path: Path):
    from selfaudit.snapshot import Account, AccountSnapshot, Provenance, Snapshot

    snap = Snapshot(accounts=[AccountSnapshot(account=Account(platform="x", handle="me"), provenance=Provenance(source="fixture"))])
    p = write_snapshot(snap, tmp_path / "s" / "snapshot.json")
    res = runner.invoke(app, ["report", str(p), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2 and "Nothing could be checked" in res.output  # nothing was checked: said, not 0
    html = (tmp_path / "o" / "report.html").read_text()  # the report is still written
    assert "Nothing needs action" not in html and "could not be checked" in html


def test_unwritable_out_folder_is_a_clear_exit_2_not_a_traceback(sample_snapshot: Path, tmp_path: Path):
    import subprocess
    import sys

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    r = subprocess.run(
        [sys.executable, "-c", "from selfaudit.cli import main; main()", "report", str(sample_snapshot), "--out", str(blocker / "sub")],
        capture_output=True, text=True, timeout=120,
    )
    assert r.returncode == 2
    assert "cannot use" in r.stderr and "Traceback" not in r.stderr
