"""An old Facebook export whose profile has no bio at all (a real 2018 export in the stop-29 probe)
was not-checked "the fields.Hometown is in an unidentified language": the real reason is that the
export holds no bio, where the statement would be. The reason now says so first. A bio that is read
still decides (positive and negative cases below)."""

from __future__ import annotations

import json

from selfaudit.adapters.export import read_exports
from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.snapshot import Snapshot
from tests.export import builders as b
from tests.export.helpers import by_check

PROFILE = "facebook-alice-2024/profile_information/profile_information.json"


def _bio_check(tmp_path, profile):  # type: ignore[no-untyped-def]
    files = b.facebook_files(variant="old")
    files[PROFILE] = json.dumps({"profile": profile})
    [acct] = read_exports([b.write_tree(tmp_path / "a", files)], out_dir=tmp_path / "out")
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))
    [f] = by_check(ev, "bio_disclaimer_missing")
    return f


def test_no_bio_in_the_export_is_the_reason_not_the_hometowns_language(tmp_path):
    f = _bio_check(tmp_path, {"name": {"full_name": "Alice Smith"}, "hometown": {"name": "Ciudad Bolívar"}})
    assert f.status.value == "not-checked"
    assert "no bio" in (f.reason or "") and "check your bio yourself" in (f.reason or ""), f.reason


def test_a_bio_with_the_statement_passes_and_one_without_fails(tmp_path):
    f = _bio_check(tmp_path, {"name": {"full_name": "Alice Smith"}, "intro_bio": "Mum of two. Views my own, personal account."})
    assert f.status.value in ("pass", "review")
    f = _bio_check(tmp_path / "2", {"name": {"full_name": "Alice Smith"}, "intro_bio": "Mum of two, Hackney born and bred"})
    assert f.status.value == "fail"
