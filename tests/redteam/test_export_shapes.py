"""Second red team, export shapes: a posts file that is there but whose contents selfaudit does
not recognise is unread, not empty. A Facebook your_posts file wrapped in a key selfaudit did
not know gave 0 posts with no word said, and the comments alone passed every post check."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.export import read_exports
from tests.export import builders as b
from tests.export.helpers import run, statuses

CHECKS = ("post_offensive_language", "post_possible_offence", "post_confidential_info")


def _fb(posts_file: str) -> dict:
    files = b.facebook_files()
    [k] = [k for k in files if "/posts/your_posts" in k]
    files[k] = posts_file
    return files


@pytest.mark.parametrize("content", [
    json.dumps({"some_new_key": [{"data": [{"post": "You are a fucking idiot"}], "timestamp": 1}]}),  # a new wrapper
    json.dumps([["You are a fucking idiot", 1]]),  # records that are not objects
])
def test_a_posts_file_of_an_unknown_shape_is_unread_not_empty(tmp_path, out_dir, content):
    [acct] = read_exports([b.write_zip(tmp_path / "fb.zip", _fb(content))], out_dir=out_dir)
    assert "your_posts" in (acct.provenance.missing_reason("posts.text") or "")
    ev = run(acct)
    for check in CHECKS:
        assert "pass" not in statuses(ev, check), check


def test_an_empty_posts_list_is_still_read_as_empty(tmp_path, out_dir):
    [acct] = read_exports([b.write_zip(tmp_path / "fb.zip", _fb("[]"))], out_dir=out_dir)
    assert acct.provenance.missing_reason("posts.text") is None


def test_x_records_without_an_id_are_said_not_dropped(tmp_path, out_dir):
    top = "twitter-2024-01-01-abc/"
    files = b.x_files(protected=["Protect"])
    tweets = [{"tweet": b.x_tweet(i)} for i in range(3)] + [{"tweet": {"tweet_id": "77", "full_text": "You are a fucking idiot"}}]
    files[top + "data/tweets.js"] = b.ytd("tweets", tweets)
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", files)], out_dir=out_dir)
    assert len(acct.posts) == 3
    assert "1 record" in (acct.provenance.missing_reason("posts.text") or "")
    ev = run(acct)
    for check in CHECKS:
        assert "pass" not in statuses(ev, check), check


COMMENTS = json.dumps([{"string_map_data": {"Comment": {"value": "Great news"}, "Time": {"timestamp": 1700000000}}}])


@pytest.mark.parametrize("content", [
    json.dumps({"ig_posts_v9": {"items": [{"title": "You are a fucking idiot"}]}}),  # no list where one was expected
    json.dumps([["You are a fucking idiot", 1]]),
])
def test_an_instagram_posts_file_of_an_unknown_shape_beside_comments_is_not_a_pass(tmp_path, out_dir, content):
    files = b.instagram_files(private=True)
    files["your_instagram_activity/content/posts_1.json"] = content
    files["your_instagram_activity/comments/post_comments_1.json"] = COMMENTS
    [acct] = read_exports([b.write_zip(tmp_path / "ig.zip", files)], out_dir=out_dir)
    assert any(p.kind == "comment" for p in acct.posts or [])
    assert "posts_1.json" in (acct.provenance.missing_reason("posts.text") or "")
    ev = run(acct)
    for check in CHECKS:
        assert "pass" not in statuses(ev, check), check


def test_threads_posts_beside_another_empty_list_are_not_proven_empty(tmp_path, out_dir):
    from tests.export import builders_settings as bs

    files = bs.threads_files(inside_instagram=False)
    [k] = [k for k in files if k.endswith("threads_and_replies.json")]
    posts = json.loads(files[k])["text_post_app_text_posts"]
    posts[0]["media"][0]["title"] = "You are a fucking idiot"
    files[k] = json.dumps({"drafts": [], "text_post_app_text_posts": posts})  # an empty list first
    [acct] = read_exports([b.write_zip(tmp_path / "th.zip", files)], out_dir=out_dir)
    assert acct.account.platform == "threads" and len(acct.posts or []) == 3
    assert not acct.provenance.empty_evidence("posts")


def test_tiktok_video_records_that_are_not_objects_are_said(tmp_path, out_dir):
    from tests.export import builders_settings as bs

    data = json.loads(bs.tiktok_json())
    data["Post"]["Posts"]["VideoList"].append(["2024-01-01", "You are a fucking idiot"])
    files = bs.tiktok_files()
    [k] = [k for k in files if k.endswith(".json")]
    files[k] = json.dumps(data)
    [acct] = read_exports([b.write_zip(tmp_path / "tt.zip", files)], out_dir=out_dir)
    assert "1 " in (acct.provenance.missing_reason("posts.text") or "")
