"""Threads: an empty Bio ("") was turned into "not read", so the disclaimer check said
not-checked for a bio that was read and says nothing. An empty bio is now read as empty (fail);
a profile without a Bio field says the bio was not read (not-checked)."""

from __future__ import annotations

import json

import pytest

from tests.export import builders as b
from tests.export import builders_settings as bs
from tests.export.helpers import read_and_evaluate, statuses

BASE = "threads-sam-2026-09-02/your_threads_activity/threads/personal_information.json"


@pytest.mark.parametrize("bio,expected", [("", "fail"), (None, "not-checked"), ("Youth worker. Personal account, views my own", "pass")])
def test_the_bio_as_read(tmp_path, bio, expected):
    files = bs.threads_files(inside_instagram=False)
    data = json.loads(files[BASE])
    smd = data["text_post_app_text_post_app_profile"][0]["string_map_data"]
    smd.pop("Bio")
    if bio is not None:
        smd["Bio"] = {"href": "", "value": bio, "timestamp": 1}
    files[BASE] = json.dumps(data)
    acct, ev = read_and_evaluate(b.write_tree(tmp_path / "t", files), tmp_path)
    assert acct.profile.bio == bio
    assert statuses(ev, "bio_disclaimer_missing") == [expected]
