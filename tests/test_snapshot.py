from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from selfaudit.errors import SnapshotError
from selfaudit.findings import Finding, Status, fingerprint
from selfaudit.snapshot import SCHEMA_VERSION, read_snapshot, write_snapshot
from tests.sample import build


def test_snapshot_round_trips_losslessly(tmp_path: Path):
    snap = build(tmp_path)
    p = write_snapshot(snap, tmp_path / "snapshot.json")
    assert stat.S_IMODE(p.stat().st_mode) == 0o600
    back = read_snapshot(p)
    assert back == snap
    assert back.model_dump_json() == snap.model_dump_json()


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path):
    snap = build(tmp_path)
    data = json.loads(snap.model_dump_json())
    data["schema_version"] = SCHEMA_VERSION + 1
    p = tmp_path / "new.json"
    p.write_text(json.dumps(data))
    with pytest.raises(SnapshotError) as exc:
        read_snapshot(p)
    assert "newer" in exc.value.message and exc.value.hint and "Upgrade" in exc.value.hint


@pytest.mark.parametrize("content,words", [
    ("{not json", "invalid JSON"),
    ("[1, 2]", "no schema_version"),
    ('{"schema_version": 1, "accounts": [{"account": {}}]}', "invalid snapshot at accounts.0"),
])
def test_malformed_snapshots_are_clear_errors(tmp_path: Path, content: str, words: str):
    p = tmp_path / "bad.json"
    p.write_text(content)
    with pytest.raises(SnapshotError) as exc:
        read_snapshot(p)
    assert words in exc.value.message


def test_fingerprint_depends_on_identity_not_position_or_text():
    a = Finding(check="c", status=Status.FAIL, platform="x", account="a", item="post:1", title="one")
    b = Finding(check="c", status=Status.REVIEW, platform="x", account="a", item="post:1", title="other words")
    c = Finding(check="c", status=Status.FAIL, platform="x", account="a", item="post:2", title="one")
    assert a.fingerprint == b.fingerprint == fingerprint("c", "x", "a", "post:1")
    assert a.fingerprint != c.fingerprint


def test_not_checked_requires_a_reason():
    with pytest.raises(ValueError):
        Finding(check="c", status=Status.NOT_CHECKED, item="x", title="t")


def test_private_dir_creates_0700_but_never_changes_an_existing_folder(tmp_path: Path):
    import os

    from selfaudit.privacy import private_dir, write_private

    existing = tmp_path / "documents"
    existing.mkdir()
    os.chmod(existing, 0o755)
    f = write_private(existing / "new" / "report.json", "{}")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o755  # the person's own folder is left alone
    assert stat.S_IMODE((existing / "new").stat().st_mode) == 0o700
    assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert private_dir(existing) == existing and stat.S_IMODE(existing.stat().st_mode) == 0o755
