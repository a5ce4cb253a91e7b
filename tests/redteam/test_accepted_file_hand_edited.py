"""A hand-edited accepted.yaml with an impossible --until date ("2020-13-01") crashed every
report and audit with "This was unexpected" (a ValueError at evaluation); now a clear error names
the file and the entry, exit 2, and nothing is written."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from selfaudit.cli import app

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample-snapshot" / "snapshot.json"


def test_an_impossible_until_date_is_a_clear_error(selfaudit_home: Path, tmp_path: Path):
    (selfaudit_home / "accepted.yaml").write_text("0123456789abcdef0123: {reason: agreed, until: 2020-13-01}\n")
    for args in (["report", str(SAMPLE), "--out", str(tmp_path / "r")], ["accept"]):
        r = runner.invoke(app, args)
        assert r.exit_code == 2, r.output
        assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
        assert "accepted.yaml" in r.output and ("2020-13-01" in r.output or "month must be" in r.output)
    assert not (tmp_path / "r" / "report.json").exists()


def test_a_real_date_written_by_hand_still_works(selfaudit_home: Path, tmp_path: Path):
    (selfaudit_home / "accepted.yaml").write_text("0123456789abcdef0123: {reason: agreed, until: 2099-01-31}\n")
    r = runner.invoke(app, ["accept"])
    assert r.exit_code == 0 and "until 2099-01-31" in r.output, r.output


def test_an_until_that_is_not_a_date_at_all_names_the_entry(selfaudit_home: Path):
    (selfaudit_home / "accepted.yaml").write_text("0123456789abcdef0123: {reason: agreed, until: 'next spring'}\n")
    r = runner.invoke(app, ["accept"])
    assert r.exit_code == 2 and "0123456789abcdef0123" in r.output and "next spring" in r.output, r.output


def test_an_impossible_date_in_config_yaml_is_a_clear_error(selfaudit_home: Path):
    (selfaudit_home / "config.yaml").write_text("images: {since: 2020-13-01}\n")
    r = runner.invoke(app, ["places", "list"])
    assert r.exit_code == 2 and "config.yaml" in r.output, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
