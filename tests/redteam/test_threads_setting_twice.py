"""Threads: a profile file giving "Private Account" (or the bio) twice with different values —
two profile records, a hand-edited or merged file — was read by its first value, so "True"
before "False" passed a profile that may be public. A value given twice differently is not read."""

from __future__ import annotations

import json

from selfaudit.adapters.export import read_exports
from tests.export import builders as b
from tests.export import builders_settings as bs

BASE = "threads-sam-2026-09-02/your_threads_activity/threads/personal_information.json"


def _read(tmp_path, out_dir, second: dict[str, str]):  # type: ignore[no-untyped-def]
    files = bs.threads_files(private=True, inside_instagram=False)
    data = json.loads(files[BASE])
    [rec] = data["text_post_app_text_post_app_profile"]
    other = json.loads(json.dumps(rec))
    other["string_map_data"].update({k: {"href": "", "value": v, "timestamp": 1} for k, v in second.items()})
    data["text_post_app_text_post_app_profile"].append(other)
    files[BASE] = json.dumps(data)
    [acct] = read_exports([b.write_tree(tmp_path / "t", files)], out_dir=out_dir)
    return acct


def test_private_given_twice_differently_is_not_read(tmp_path, out_dir):
    acct = _read(tmp_path, out_dir, {"Private Account": "False"})
    assert acct.setting("account_privacy") is None
    assert "Private" in (acct.provenance.missing_reason("settings.account_privacy") or "")


def test_bio_given_twice_differently_is_not_read(tmp_path, out_dir):
    acct = _read(tmp_path, out_dir, {"Bio": "Something else entirely"})
    assert acct.profile.bio is None and acct.provenance.missing_reason("profile.bio")


def test_the_same_values_twice_are_read(tmp_path, out_dir):
    acct = _read(tmp_path, out_dir, {})
    assert acct.setting("account_privacy") is not None and acct.profile.bio
