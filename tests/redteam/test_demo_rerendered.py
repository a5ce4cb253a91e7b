"""`selfaudit report` on a demo's snapshot.json: the fictional persona stays a demo.

Before, re-rendering the demo's snapshot dropped the "fictional" label, applied the person's own
acceptances and answers to it, and recorded it in their history — so `selfaudit summary` (which
takes "your latest audit" from the history) summarised the made-up person as theirs.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.history import entries
from selfaudit.pipeline import evaluate_and_render
from selfaudit.snapshot import read_snapshot

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample-snapshot" / "snapshot.json"


def test_a_demo_snapshot_re_rendered_stays_a_demo_and_out_of_history(tmp_path: Path):
    demo_dir = tmp_path / "demo"
    evaluate_and_render(read_snapshot(SAMPLE), demo_dir, demo=True)
    assert json.loads((demo_dir / "report.json").read_text()).get("demo") is True
    assert entries() == []
    r = runner.invoke(app, ["report", str(demo_dir / "snapshot.json"), "--out", str(tmp_path / "again")])
    assert r.exit_code in (0, 1), r.output
    assert json.loads((tmp_path / "again" / "report.json").read_text()).get("demo") is True
    assert entries() == [], "a fictional persona's report entered the person's history"
    r = runner.invoke(app, ["summary"])
    assert r.exit_code == 2 and "No audit of your own" in r.output, r.output


def test_the_persons_own_snapshot_re_rendered_is_still_theirs(tmp_path: Path):
    r = runner.invoke(app, ["report", str(SAMPLE), "--out", str(tmp_path / "mine")])
    assert r.exit_code in (0, 1), r.output
    assert not json.loads((tmp_path / "mine" / "report.json").read_text()).get("demo")
    assert len(entries()) == 1


def test_a_demo_snapshot_from_before_the_flag_is_recognised(tmp_path: Path):
    snap = json.loads(SAMPLE.read_text())
    snap.pop("demo", None)
    snap["subject"] = "Sam Okafor"  # the bundled high-risk persona, read from the local replicas
    for a in snap["accounts"]:
        a["account"]["url"] = f"http://127.0.0.1:33547/{a['account']['platform']}/{a['account']['handle']}"
    d = tmp_path / "old-demo"
    d.mkdir()
    (d / "snapshot.json").write_text(json.dumps(snap))
    r = runner.invoke(app, ["report", str(d / "snapshot.json")])
    assert r.exit_code in (0, 1), r.output
    assert json.loads((d / "report.json").read_text()).get("demo") is True and entries() == []


def test_a_demo_re_rendered_keeps_the_personas_findings(tmp_path: Path):
    """The persona's workplace is registered for the demo run only (never saved in the person's
    config), so a trainer re-rendering the demo's snapshot lost the "photo taken at work" fails."""
    from collections import Counter

    r = runner.invoke(app, ["demo", "--no-open", "--persona", "high-risk", "--export", "--out", str(tmp_path / "demo")])
    assert r.exit_code in (0, 1), r.output
    r = runner.invoke(app, ["report", str(tmp_path / "demo" / "snapshot.json"), "--out", str(tmp_path / "again")])
    assert r.exit_code in (0, 1), r.output

    def counts(d: str) -> Counter:
        return Counter((f["check"], f["status"]) for f in json.loads((tmp_path / d / "report.json").read_text())["findings"])

    first, again = counts("demo"), counts("again")
    assert first[("photo_location_at_workplace", "fail")] > 0
    assert again == first
