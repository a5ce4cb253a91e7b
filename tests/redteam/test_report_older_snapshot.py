"""`selfaudit report` on an older snapshot, after a newer audit: it was recorded as the latest
audit and compared with the newer one, so a problem the newer audit found (and the older data
did not yet have) was counted 'fixed'; the next real audit then compared with the old data. And
the shareable summary dated it today. Now an older snapshot is compared with the audit before
it, is not recorded as the latest, and the summary gives the date the accounts were read."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.snapshot import Audience, read_snapshot, write_snapshot
from tests.report.helpers import snapshot

runner = CliRunner()


def _at(path: Path, when: datetime, public: bool) -> Path:
    snap = read_snapshot(path)
    snap.created_at = when
    for a in snap.accounts:
        a.provenance.collected_at = when
        for p in a.posts or ():
            if p.id == "2000":
                p.audience = Audience.PUBLIC if public else Audience.FRIENDS
    write_snapshot(snap, path)
    return path


def test_an_older_snapshot_re_rendered_fixes_nothing_and_is_not_the_latest(tmp_path: Path, selfaudit_home: Path):
    base = snapshot(tmp_path)
    old = tmp_path / "old" / "snapshot.json"
    old.parent.mkdir()
    old.write_text(base.read_text())
    _at(old, datetime(2026, 1, 10, tzinfo=UTC), public=False)  # January: post 2000 not public yet
    _at(base, datetime(2026, 3, 10, tzinfo=UTC), public=True)  # March: it is
    assert runner.invoke(app, ["report", str(base), "--out", str(tmp_path / "march")]).exit_code in (0, 1)
    r = runner.invoke(app, ["report", str(old), "--out", str(tmp_path / "jan")])
    assert r.exit_code in (0, 1), r.output
    data = json.loads((tmp_path / "jan" / "report.json").read_text())
    assert not (data.get("since_last") or {}).get("fixed"), data.get("since_last")
    rows = json.loads(runner.invoke(app, ["history", "--json"]).stdout)
    assert len(rows) == 1 and rows[0]["report"].endswith("march/report.json"), rows
    summary = runner.invoke(app, ["summary", str(tmp_path / "jan" / "report.json"), "--json"])
    assert '"date": "2026-01-10"' in summary.stdout, summary.stdout[:400]


def test_a_newer_snapshot_is_recorded_and_compared_as_before(tmp_path: Path, selfaudit_home: Path):
    base = snapshot(tmp_path)
    _at(base, datetime(2026, 1, 10, tzinfo=UTC), public=True)
    runner.invoke(app, ["report", str(base), "--out", str(tmp_path / "a")])
    _at(base, datetime(2026, 3, 10, tzinfo=UTC), public=False)  # fixed by March
    runner.invoke(app, ["report", str(base), "--out", str(tmp_path / "b")])
    data = json.loads((tmp_path / "b" / "report.json").read_text())
    assert data["since_last"]["fixed"] >= 1
    assert len(json.loads(runner.invoke(app, ["history", "--json"]).stdout)) == 2
