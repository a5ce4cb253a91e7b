"""The personas' exported archives (`selfaudit demo --export`): read back by the export
readers, their settings judged as the live ones are."""

from __future__ import annotations

import stat

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.replicas import load_persona
from selfaudit.replicas.export_archive import write_archives
from tests.export.helpers import by_check, run, statuses


@pytest.mark.parametrize("name", ["high-risk", "compliant"])
def test_persona_archives_read_back_with_their_settings(tmp_path, name):
    persona = load_persona(name)
    paths = write_archives(persona, tmp_path / "exports")
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in paths)
    accts = {a.account.platform: a for a in read_exports(paths, out_dir=tmp_path / "out")}
    assert set(accts) == {"facebook", "instagram", "x", "linkedin"}
    fb = accts["facebook"]
    assert fb.profile.bio == persona.facebook.bio and len(fb.posts) == len(persona.facebook.posts)
    assert fb.setting("future_posts").option == persona.setting("facebook", "future_posts")
    assert fb.provenance.coverage.exported_at.year == 2026
    ev = run(fb)
    want = "fail" if name == "high-risk" else "pass"
    assert statuses(ev, "future_posts_audience") == [want]
    [ig_priv] = by_check(run(accts["instagram"]), "account_privacy_open")
    assert ig_priv.status.value == want
