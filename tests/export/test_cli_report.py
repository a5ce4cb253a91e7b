"""End to end: an export becomes a snapshot, and `selfaudit report` evaluates it (exit 1: action needed)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.commands.export import collect_exports
from selfaudit.snapshot import Snapshot, write_snapshot
from tests.export import builders as b


def test_export_snapshot_through_selfaudit_report(tmp_path, out_dir):
    lines: list[str] = []
    accts = collect_exports(
        [b.write_zip(tmp_path / "x.zip", b.x_files(protected=["Protect", "Unprotect"])), b.write_zip(tmp_path / "m.zip", b.mastodon_files(locked=True))],
        out_dir,
        progress=lines.append,
    )
    assert any("reading the X export" in ln for ln in lines) and any("posts" in ln for ln in lines)
    snap_path = write_snapshot(Snapshot(accounts=accts), out_dir / "snapshot.json")
    result = CliRunner().invoke(app, ["report", str(snap_path)])
    assert result.exit_code == 1, result.output
    report = json.loads((out_dir / "report.json").read_text())
    fails = {(f["platform"], f["check"]) for f in report["findings"] if f["status"] == "fail"}
    assert ("x", "account_privacy_open") in fails
    # locked, but posting Public: a lock does not hide those (tests/redteam/test_mastodon_lock.py)
    assert ("mastodon", "account_privacy_open") in fails
    restrict = next(r for r in report["rows"] if r["id"] == "do-restrict-visibility")
    assert restrict["status"] == "fail"
    assert (out_dir / "report.html").is_file()
    assert oct((out_dir / "report.json").stat().st_mode & 0o777) == "0o600"


def test_unknown_export_via_collect_exports_exits_2_through_fail(tmp_path, out_dir):
    import pytest

    from selfaudit.errors import ExportFormatError

    with pytest.raises(ExportFormatError) as exc:
        collect_exports([b.write_zip(tmp_path / "random.zip", {"a.txt": "x"})], out_dir)
    assert exc.value.exit_code == 2 and "random.zip" in exc.value.message
