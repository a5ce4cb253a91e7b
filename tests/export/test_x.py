from __future__ import annotations

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.snapshot import Audience
from tests.export import builders as b
from tests.export.helpers import NOT_IN_EXPORT, by_check, media_files, row, run, statuses


@pytest.mark.parametrize("variant", ["tweets", "tweet", "parts", "handjs"])
def test_x_variants_collect_the_same_facts(tmp_path, out_dir, variant):
    z = b.write_zip(tmp_path / "x.zip", b.x_files(variant=variant, protected=["Protect", "Unprotect"]))
    [acct] = read_exports([z], out_dir=out_dir)
    assert acct.account.platform == "x"
    assert acct.account.handle == "alice_sw"
    assert acct.profile.bio == b.X_BIO
    assert acct.profile.location == "London"
    assert len(acct.posts) == 3
    assert [p.kind for p in acct.posts].count("share") == 1
    post_media = [m for p in acct.posts for m in p.media]
    assert len(post_media) == 2 and all(m.path and (out_dir / m.path).is_file() for m in post_media)
    assert acct.profile.profile_photo.path
    assert len(media_files(out_dir)) == 3
    assert acct.connections.followers == 5
    assert acct.provenance.source == "export" and acct.provenance.location == str(z)


def test_x_unpacked_folder_reads_like_the_zip(tmp_path, out_dir):
    folder = b.write_tree(tmp_path / "unpacked", b.x_files(protected=["Protect"]))
    [acct] = read_exports([folder], out_dir=out_dir)
    assert len(acct.posts) == 3
    assert acct.setting("account_privacy").audience == Audience.FRIENDS


@pytest.mark.parametrize(
    "history,expected",
    [(["Protect", "Unprotect"], Audience.PUBLIC), (["Unprotect", "Protect"], Audience.FRIENDS), ([], Audience.PUBLIC)],
)
def test_last_protect_event_decides(tmp_path, out_dir, history, expected):
    z = b.write_zip(tmp_path / "x.zip", b.x_files(protected=history))
    [acct] = read_exports([z], out_dir=out_dir)
    assert acct.setting("account_privacy").audience == expected
    assert {p.audience for p in acct.posts} == {expected}


def test_events_are_ordered_by_date_not_file_order(tmp_path, out_dir):
    files = b.x_files()
    events = [
        {"protectedHistory": {"protectedAt": "2023-05-01T00:00:00.000Z", "action": "Protect"}},
        {"protectedHistory": {"protectedAt": "2019-01-01T00:00:00.000Z", "action": "Unprotect"}},
    ]
    files["twitter-2024-01-01-abc/data/protected-history.js"] = b.ytd("protected_history", events)
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", files)], out_dir=out_dir)
    assert acct.setting("account_privacy").audience == Audience.FRIENDS


def test_unprotected_account_fails_restrict_visibility(tmp_path, out_dir):
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", b.x_files(protected=["Protect", "Unprotect"]))], out_dir=out_dir)
    ev = run(acct)
    assert statuses(ev, "account_privacy_open") == ["fail"]
    assert statuses(ev, "post_audience_public") == ["fail"] * 3
    assert row(ev).status.value == "fail"
    [sv] = by_check(ev, "stranger_view_exposure")
    assert sv.status.value == "not-checked" and sv.reason == NOT_IN_EXPORT


def test_protected_account_passes_account_privacy(tmp_path, out_dir):
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", b.x_files(protected=["Protect"]))], out_dir=out_dir)
    ev = run(acct)
    assert statuses(ev, "account_privacy_open") == ["pass"]
    assert statuses(ev, "post_audience_public") == ["pass"]
    assert row(ev).status.value != "fail"


def test_no_protected_history_means_not_checked(tmp_path, out_dir):
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", b.x_files(protected=None))], out_dir=out_dir)
    assert all(p.audience is None for p in acct.posts)
    ev = run(acct)
    [f] = by_check(ev, "account_privacy_open")
    assert f.status.value == "not-checked" and "protected-history" in f.reason
    assert statuses(ev, "post_audience_public") == ["not-checked"]


def test_grailbird_archive_2012_2018(tmp_path, out_dir):
    [acct] = read_exports([b.write_zip(tmp_path / "tweets.zip", b.x_grailbird_files())], out_dir=out_dir)
    assert acct.account.platform == "x" and acct.account.handle == "alice_sw"
    assert acct.profile.bio == b.X_BIO
    assert sorted(p.text for p in acct.posts) == ["Old tweet one", "Old tweet two"]
    assert acct.posts[0].created_at.year == 2012
    ev = run(acct)
    [f] = by_check(ev, "account_privacy_open")
    assert f.status.value == "not-checked" and NOT_IN_EXPORT in f.reason


def test_grailbird_months_without_tweets_are_not_missing_parts(tmp_path, out_dir):
    """Grailbird writes one file per month that has tweets (2012_01, 2012_03): a month with none
    has no file. That is not a missing part of a split export."""
    files = b.x_grailbird_files()
    files["tweets/data/js/tweets/2012_04.js"] = files.pop("tweets/data/js/tweets/2012_02.js").replace("2012_02", "2012_04")
    [acct] = read_exports([b.write_zip(tmp_path / "tweets.zip", files)], out_dir=out_dir)
    assert sorted(p.text for p in acct.posts) == ["Old tweet one", "Old tweet two"]
    assert "posts.text" not in {m.fact for m in acct.provenance.missing}


def test_numbering_gaps_are_for_numbered_parts_not_dates():
    from selfaudit.adapters.export.base import numbering_gaps

    assert numbering_gaps(["data/js/tweets/2012_03.js", "data/js/tweets/2012_05.js", "data/js/tweets/2013_1.js"]) == []
    assert numbering_gaps(["posts_2019_03.json", "posts_2019_07.json"]) == []
    assert numbering_gaps(["data/tweets.js", "data/tweets-part2.js"]) == ["tweets-part1.js"]
    assert numbering_gaps(["your_posts_1.json", "your_posts_3.json"]) == ["your_posts_2.json"]
    assert numbering_gaps(["posts_2012.json", "posts_2014.json"]) == []  # a year alone is a date too


def test_long_posts_take_their_full_text_from_note_tweet(tmp_path, out_dir):
    files = b.x_files(protected=["Protect"])
    long_text = "A long post " + "word " * 100
    files["twitter-2024-01-01-abc/data/note-tweet.js"] = b.ytd(
        "note_tweet", [{"noteTweet": {"noteTweetId": "5", "createdAt": "2018-10-10T20:19:24.000Z", "core": {"text": long_text}}}]
    )
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", files)], out_dir=out_dir)
    assert all(p.text == long_text for p in acct.posts if p.kind == "post")
