"""An Instagram export's reels.json was read only as {"ig_reels_media": [...]}: a bare list, or the
list under another key, gave no reels and no word, so the text checks passed on the photo posts
though a reel's caption — here abusive — was never read. The list is now found wherever it is."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.export import read_exports
from tests.export import builders as b

ABUSE = "I hate those idiots, f*** them all"
REEL = {"media": [{"uri": "media/reels/202401/r1.mp4", "creation_timestamp": 1704300000, "title": ABUSE}]}


@pytest.mark.parametrize("body", [{"ig_reels_media": [REEL]}, [REEL], {"ig_reels": [REEL]}], ids=["wrapped", "bare", "other-key"])
def test_reels_are_read_in_every_shape(tmp_path, body):
    files = b.instagram_files(private=True)
    files["your_instagram_activity/content/reels.json"] = json.dumps(body)
    [acct] = read_exports([b.write_tree(tmp_path / "ig", files)], out_dir=tmp_path / "out")
    assert ABUSE in [p.text for p in acct.posts]


def test_reels_in_no_list_are_said_to_be_unread(tmp_path):
    files = b.instagram_files(private=True)
    files["your_instagram_activity/content/reels.json"] = json.dumps({"ig_reels_media": {"odd": REEL}})
    [acct] = read_exports([b.write_tree(tmp_path / "ig", files)], out_dir=tmp_path / "out")
    assert acct.provenance.missing_reason("posts.text")


def test_a_post_record_with_none_of_a_posts_keys_is_said_to_be_unread(tmp_path):
    files = b.instagram_files(private=True)
    key = "your_instagram_activity/content/posts_1.json"
    files[key] = json.dumps([*json.loads(files[key]), {"caption": ABUSE, "images": [{"path": "x.jpg"}]}])
    [acct] = read_exports([b.write_tree(tmp_path / "ig", files)], out_dir=tmp_path / "out")
    assert len([p for p in acct.posts if p.kind == "post"]) == 2
    assert "not in a shape" in (acct.provenance.missing_reason("posts.text") or "")
