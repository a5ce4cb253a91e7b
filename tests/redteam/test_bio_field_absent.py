"""X's profile.js always carries description.bio ("" when there is none), and a Mastodon actor its
summary: when the field is absent the bio was not read, which was taken for an empty bio — the
disclaimer check then failed a profile it never saw. It is now "not read" (None): not-checked on X."""

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

TOP = "twitter-2024-01-01-abc/"


def _read(tmp_path, files):  # type: ignore[no-untyped-def]
    [acct] = read_exports([b.write_tree(tmp_path / "a", files)], out_dir=tmp_path / "out")
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))
    return acct, by_check(ev, "bio_disclaimer_missing")


def test_x_profile_without_description_is_not_checked(tmp_path):
    files = b.x_files()
    files[f"{TOP}data/profile.js"] = b.ytd("profile", [{"profile": {"avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/av.jpg"}}])
    acct, [f] = _read(tmp_path, files)
    assert acct.profile.bio is None and f.status.value == "not-checked"


def test_x_empty_bio_is_still_read_as_no_statement(tmp_path):
    files = b.x_files()
    files[f"{TOP}data/profile.js"] = b.ytd("profile", [{"profile": {"description": {"bio": "", "website": "", "location": ""}}}])
    acct, [f] = _read(tmp_path, files)
    assert acct.profile.bio == "" and f.status.value == "fail"


def test_mastodon_actor_without_summary_has_no_bio_read(tmp_path):
    files = b.mastodon_files()
    actor = json.loads(files["actor.json"])
    del actor["summary"]
    files["actor.json"] = json.dumps(actor)
    acct, findings = _read(tmp_path, files)
    assert acct.profile.bio is None and "pass" not in {f.status.value for f in findings}
