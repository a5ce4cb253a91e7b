"""`--out` never silently overwrites; a source that fails mid-audit keeps what was read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app
from tests.export.builders import write_zip, x_files

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample-snapshot" / "snapshot.json"


@pytest.fixture
def x_zip(tmp_path: Path) -> Path:
    return write_zip(tmp_path / "x.zip", x_files())


def test_audit_refuses_a_non_empty_out_folder_unless_forced(tmp_path: Path, x_zip: Path):
    out = tmp_path / "D"
    out.mkdir()
    (out / "report.json").write_text("my old report")
    r = runner.invoke(app, ["audit", "--export", str(x_zip), "--out", str(out), "--no-open"])
    assert r.exit_code == 2 and "not empty" in r.output and "--force" in r.output
    assert (out / "report.json").read_text() == "my old report" and sorted(p.name for p in out.iterdir()) == ["report.json"]
    r = runner.invoke(app, ["audit", "--export", str(x_zip), "--out", str(out), "--no-open", "--force"])
    assert r.exit_code in (0, 1), r.output
    assert json.loads((out / "report.json").read_text())["accounts"]


def test_an_empty_or_new_out_folder_is_fine(tmp_path: Path, x_zip: Path):
    (tmp_path / "empty").mkdir()
    for out in (tmp_path / "empty", tmp_path / "new"):
        r = runner.invoke(app, ["audit", "--export", str(x_zip), "--out", str(out), "--no-open"])
        assert r.exit_code in (0, 1), r.output


def test_out_pointing_at_a_file_says_so(tmp_path: Path, x_zip: Path):
    f = tmp_path / "notes.txt"
    f.write_text("mine")
    r = runner.invoke(app, ["audit", "--export", str(x_zip), "--out", str(f), "--no-open"])
    assert r.exit_code == 2 and "is a file, not a folder" in r.output and "export" not in r.output.split("\n")[0]
    assert f.read_text() == "mine"


def test_report_refuses_a_non_empty_out_folder_unless_forced(tmp_path: Path):
    out = tmp_path / "D"
    assert runner.invoke(app, ["report", str(SAMPLE), "--out", str(out)]).exit_code in (0, 1)
    r = runner.invoke(app, ["report", str(SAMPLE), "--out", str(out)])
    assert r.exit_code == 2 and "not empty" in r.output
    assert runner.invoke(app, ["report", str(SAMPLE), "--out", str(out), "--force"]).exit_code in (0, 1)
    # Re-rendering in the snapshot's own folder (no --out) is what `report` is for.
    assert runner.invoke(app, ["report", str(out / "snapshot.json")]).exit_code in (0, 1)


def test_demo_refuses_a_non_empty_out_folder(tmp_path: Path):
    out = tmp_path / "D"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    r = runner.invoke(app, ["demo", "--out", str(out), "--no-open"])
    assert r.exit_code == 2 and "not empty" in r.output


@pytest.mark.browser
def test_a_platform_that_cannot_be_reached_mid_audit_keeps_what_was_read(tmp_path: Path, x_zip: Path):
    """The export is read, then the live platform cannot be reached: the audit carries on
    (issue 14), the export's findings are reported and the platform is named as not audited."""
    from selfaudit.adapters.sessions import SessionStore

    base = "http://127.0.0.1:9/facebook"  # nothing listens on port 9
    SessionStore().save("facebook", base, {"cookies": [], "origins": []})
    out = tmp_path / "D"
    r = runner.invoke(app, ["audit", "--export", str(x_zip), "--platform", "facebook", "--base-url", f"facebook={base}",
                            "--out", str(out), "--no-open"])
    assert r.exit_code in (0, 1), r.output  # by findings: something was audited
    snap = json.loads((out / "snapshot.json").read_text())
    assert [a["account"]["platform"] for a in snap["accounts"]] == ["x", "facebook"]
    assert "Could not open Facebook" in snap["accounts"][1]["provenance"]["not_audited"]
    report = json.loads((out / "report.json").read_text())
    assert [a["platform"] for a in report["accounts"]] == ["x", "facebook"]
    assert report["accounts"][1]["not_audited"]
    assert not [f for f in report["findings"] if f["platform"] == "facebook" and f["status"] == "pass"]
    assert [f for f in report["findings"] if f["platform"] == "x" and f["status"] == "fail"]
    html = (out / "report.html").read_text()
    assert "Not audited this time" in html and html.index("Not audited this time") < html.index("The DO / Don't table")


def test_a_partial_snapshot_rendered_elsewhere_stays_partial(tmp_path: Path):
    from selfaudit.pipeline import PARTIAL_FILE
    from selfaudit.privacy import write_private

    src = tmp_path / "S"
    assert runner.invoke(app, ["report", str(SAMPLE), "--out", str(src)]).exit_code in (0, 1)
    write_private(src / PARTIAL_FILE, json.dumps({"summary": "Stopped (Ctrl-C) while reading x.", "read": [], "not_read": ["x"]}))
    r = runner.invoke(app, ["report", str(src / "snapshot.json"), "--out", str(tmp_path / "T")])
    assert r.exit_code in (0, 1), r.output
    assert json.loads((tmp_path / "T" / "report.json").read_text())["partial"] is True
