"""A TikTok user_data.json whose videos were not where selfaudit looks (the "Post" section left
out of the download, or its "Posts" wrapper renamed) was read as "the list of your videos is
empty" — the platform's proof of no videos — and the public-videos check passed over videos
nobody read. Only a video list that is there and empty is that proof; a list under another
wrapper is read; no list at all is not-checked."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.export import read_exports
from tests.export import builders as b
from tests.export import builders_settings as bs
from tests.export.helpers import run, statuses


def _read(tmp_path, data):
    [acct] = read_exports([b.write_zip(tmp_path / "tt.zip", {"user_data_tiktok.json": json.dumps(data)})], out_dir=tmp_path / "out")
    return acct


def _data():
    data = json.loads(bs.tiktok_json())
    data.pop("Comment")
    return data


def test_no_video_section_is_not_proof_of_no_videos(tmp_path):
    data = _data()
    data.pop("Post")
    acct = _read(tmp_path, data)
    assert not acct.provenance.empty_evidence("posts")
    assert "pass" not in statuses(run(acct), "post_audience_public")


def test_videos_under_a_renamed_wrapper_are_read(tmp_path):
    data = _data()
    data["Post"] = {"Your Posts": {"VideoList": bs._tt_videos()}}
    acct = _read(tmp_path, data)
    assert len(acct.posts) == 3 and not acct.provenance.empty_evidence("posts")
    assert statuses(run(acct), "post_audience_public")[0] == "fail"


@pytest.mark.parametrize("empty", [[], None])
def test_an_empty_video_list_where_tiktok_puts_it_is_still_proof(tmp_path, empty):
    data = _data()
    data["Post"]["Posts"]["VideoList"] = empty
    acct = _read(tmp_path, data)
    assert acct.posts == [] and acct.provenance.empty_evidence("posts")
    assert statuses(run(acct), "post_audience_public") == ["pass"]
