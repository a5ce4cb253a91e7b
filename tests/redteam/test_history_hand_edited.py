"""A damaged or hand-edited history record (findings of the wrong shape, a date without a time
zone) crashed every later report, audit and `selfaudit history` with "This was unexpected";
such a record is now skipped like an unreadable one, and the rest of the history still counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.history import entries

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample-snapshot" / "snapshot.json"
WHEN = "2026-01-01T00:00:00+00:00"
BAD = [
    {"generated_at": WHEN, "findings": {"abc": ["fail"]}},
    {"generated_at": WHEN, "findings": ["x"]},
    {"generated_at": WHEN, "findings": {"abc": "fail"}, "counts": []},
    {"generated_at": WHEN, "findings": {}, "platforms": "facebook"},
]


@pytest.mark.parametrize("doc", BAD)
def test_a_damaged_history_record_is_skipped(doc: dict, selfaudit_home: Path, tmp_path: Path):  # type: ignore[type-arg]
    h = selfaudit_home / "history"
    h.mkdir(mode=0o700)
    (h / "20260101T000000000000Z.json").write_text(json.dumps(doc))
    for args in (["report", str(SAMPLE), "--out", str(tmp_path / "r")], ["history"]):
        r = runner.invoke(app, args)
        assert r.exit_code in (0, 1), (args, r.output)
        assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert len(entries()) == 1  # the new audit; the damaged record is not one


def test_a_record_dated_without_a_time_zone_is_read_as_utc(selfaudit_home: Path, tmp_path: Path):
    h = selfaudit_home / "history"
    h.mkdir(mode=0o700)
    (h / "20260101T000000000000Z.json").write_text(json.dumps({"generated_at": "2026-01-01T00:00:00", "findings": {}}))
    r = runner.invoke(app, ["report", str(SAMPLE), "--out", str(tmp_path / "r")])
    assert r.exit_code in (0, 1), r.output
    assert len(entries()) == 2
