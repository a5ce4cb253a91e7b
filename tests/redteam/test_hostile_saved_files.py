"""A hand-made or damaged snapshot.json / report.json gets a clear error naming the file, never
"This was unexpected" (a deeply nested file overflows Python's JSON reader with RecursionError)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from selfaudit.cli import app

runner = CliRunner()
DEEP = '{"schema_version": 1, "accounts": ' + "[" * 100_000 + "]" * 100_000 + "}"


def test_report_on_a_deeply_nested_snapshot_is_a_clear_error(tmp_path: Path):
    snap = tmp_path / "snapshot.json"
    snap.write_text(DEEP)
    r = runner.invoke(app, ["report", str(snap)])
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "snapshot.json" in r.output and "nested" in r.output
    assert not (tmp_path / "report.json").exists()


def test_summary_of_a_deeply_nested_report_is_a_clear_error(tmp_path: Path):
    rep = tmp_path / "report.json"
    rep.write_text(DEEP)
    r = runner.invoke(app, ["summary", str(rep), "--out", str(tmp_path / "s")])
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "report.json" in r.output and "nested" in r.output
    assert not (tmp_path / "s").exists()
