"""TikTok ("Download your data", JSON both layouts and TXT) and Threads (inside Instagram's
export and its own): profile, posts, settings read, and the visibility findings."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.adapters.export.meta_labels import label_map
from selfaudit.snapshot import Audience
from tests.export import builders as b
from tests.export import builders_settings as bs
from tests.export.helpers import by_check, media_files, row, run, statuses


def _tiktok(tmp_path, out_dir, files):
    [acct] = read_exports([b.write_zip(tmp_path / "tiktok.zip", files)], out_dir=out_dir)
    return acct


@pytest.mark.parametrize("layout", ["current", "older", "txt"])
def test_tiktok_public_account(tmp_path, out_dir, layout):
    acct = _tiktok(tmp_path, out_dir, bs.tiktok_files(layout=layout))
    assert acct.account.platform == "tiktok" and acct.account.handle == "bakes.ta"
    assert acct.account.url == "https://www.tiktok.com/@bakes.ta"
    assert acct.profile.bio == bs.TT_BIO
    videos = [p for p in acct.posts if p.kind == "post"]
    assert len(videos) == 3 and len([p for p in acct.posts if p.kind == "comment"]) == 1
    assert videos[0].text == "Sourdough day #baking" and videos[0].url.startswith("https://www.tiktokv.com/")
    assert [v.audience for v in videos] == [Audience.PUBLIC, Audience.FRIENDS, None]
    got = {s.key: (s.label, s.option, s.audience) for s in acct.settings}
    assert got["account_privacy"] == ("Private Account", "Off", Audience.PUBLIC)
    assert got["wall_posts"] == ("Who Can Post Comments", "Everyone", Audience.PUBLIC)
    cov = acct.provenance.coverage
    assert set(cov.from_archive) == {"account_privacy", "photos", "friends_list", "wall_posts"}
    shown = {r.label: r for r in cov.archive_settings}
    assert shown["Suggest your account to contacts"].value == "enabled" and shown["Suggest your account to contacts"].recognised
    assert shown["Who Can Duet With Me"].key is None
    ev = run(acct)
    assert statuses(ev, "account_privacy_open") == ["fail"]
    # the public video fails; the one whose audience the export does not give is not-checked
    assert statuses(ev, "post_audience_public") == ["fail", "not-checked"]
    assert statuses(ev, "wall_posts_open") == ["review"]  # anyone can comment on the videos
    assert row(ev).status.value == "fail"
    if layout == "current":
        assert acct.profile.links == ["https://youtube.com/@jobakes"]
        assert acct.connections.followers == 321 and acct.profile.name == "Jo Baker"


def test_tiktok_private_account_covers_videos_without_their_own_audience(tmp_path, out_dir):
    acct = _tiktok(tmp_path, out_dir, bs.tiktok_files(private="On", comments="Friends"))
    assert acct.setting("account_privacy").audience == Audience.FRIENDS
    assert acct.setting("wall_posts").audience == Audience.FRIENDS
    videos = [p for p in acct.posts if p.kind == "post"]
    assert videos[2].audience == Audience.FRIENDS and videos[2].audience_label == "Private account: approved followers"
    ev = run(acct)
    assert statuses(ev, "account_privacy_open") == ["pass"]
    # the one video set to Everyone still fails; the comment on someone else's video has no audience here
    assert statuses(ev, "post_audience_public") == ["fail", "not-checked"]


def test_tiktok_unknown_setting_label_and_value_are_shown_not_guessed(tmp_path, out_dir):
    data = json.loads(bs.tiktok_json())
    smap = data["Profile And Settings"]["Settings"]["SettingsMap"]
    smap["Wer darf kommentieren"] = "Alle"
    smap["Private Account"] = "Sometimes"
    acct = _tiktok(tmp_path, out_dir, {"user_data_tiktok.json": json.dumps(data)})
    assert acct.setting("account_privacy").audience == Audience.UNKNOWN
    [unknown] = [r for r in acct.provenance.coverage.archive_settings if not r.recognised]
    assert (unknown.label, unknown.value) == ("Wer darf kommentieren", "Alle")
    ev = run(acct)
    [f] = by_check(ev, "account_privacy_open")
    assert f.status.value == "not-checked" and "Sometimes" in f.reason
    # an unknown privacy switch never lends its audience to videos that lack their own
    assert [v.audience for v in acct.posts if v.kind == "post"][2] is None


def test_tiktok_empty_video_list_is_proven_empty(tmp_path, out_dir):
    data = json.loads(bs.tiktok_json())
    data["Post"]["Posts"]["VideoList"] = []
    data["Comment"]["Comments"]["CommentsList"] = []
    acct = _tiktok(tmp_path, out_dir, {"user_data_tiktok.json": json.dumps(data)})
    assert acct.posts == [] and "list of your videos is empty" in acct.provenance.empty_evidence("posts")


def test_tiktok_label_data_loads():
    lm = label_map("tiktok", "tiktok.yaml")
    assert lm.entry("Who can see your following list::").key == "friends_list"


# -- Threads -----------------------------------------------------------------------------------


def test_threads_inside_instagram_is_a_second_account(tmp_path, out_dir):
    accts = read_exports([b.write_zip(tmp_path / "ig.zip", bs.threads_files(private=False))], out_dir=out_dir)
    assert [a.account.platform for a in accts] == ["instagram", "threads"]
    th = accts[1]
    assert th.account.handle == "sam.youthwork" and th.account.url == "https://www.threads.net/@sam.youthwork"
    assert th.profile.bio == bs.THREADS_BIO and th.profile.name == "Sam Ridley"  # mojibake repaired
    assert th.profile.links == ["https://example.org/sam"]
    assert len(th.posts) == 3 and th.posts[1].text == "Café stop \u2615"
    assert th.posts[1].media[0].path and (out_dir / th.posts[1].media[0].path).is_file()
    assert th.connections.followers == 4
    assert th.setting("account_privacy").audience == Audience.PUBLIC
    ev = run(th)
    assert statuses(ev, "account_privacy_open") == ["fail"]
    assert statuses(ev, "post_audience_public") == ["fail", "fail", "fail"]
    assert th.provenance.coverage.from_archive == ["account_privacy", "friends_list", "photos"]


@pytest.mark.parametrize("own_layout", ["threads", "instagram-like"])
def test_threads_own_export_private(tmp_path, out_dir, own_layout):
    files = bs.threads_files(private=True, inside_instagram=False, own_layout=own_layout)
    [th] = read_exports([b.write_zip(tmp_path / "threads.zip", files)], out_dir=out_dir)  # no empty Instagram account beside it
    assert th.account.platform == "threads" and th.profile.bio == bs.THREADS_BIO
    assert len(th.posts) == 3 and all(p.audience == Audience.FRIENDS for p in th.posts)
    ev = run(th)
    assert statuses(ev, "account_privacy_open") == ["pass"]
    assert not [f for f in by_check(ev, "post_audience_public") if f.status.value == "fail"]
    assert len(media_files(out_dir)) == 2  # profile photo and the one post photo


def test_threads_unreadable_privacy_value_is_not_checked(tmp_path, out_dir):
    files = bs.threads_files(inside_instagram=False)
    name = next(n for n in files if n.endswith("threads/personal_information.json"))
    files[name] = files[name].replace('"value": "False"', '"value": "Maybe"')
    [th] = read_exports([b.write_zip(tmp_path / "threads.zip", files)], out_dir=out_dir)
    assert th.setting("account_privacy") is None
    ev = run(th)
    [f] = by_check(ev, "account_privacy_open")
    assert f.status.value == "not-checked" and "Maybe" in f.reason
    assert statuses(ev, "post_audience_public") == ["not-checked"]


def test_threads_empty_posts_file_is_proven_empty(tmp_path, out_dir):
    files = bs.threads_files(inside_instagram=False)
    name = next(n for n in files if n.endswith("threads_and_replies.json"))
    files[name] = json.dumps({"text_post_app_text_posts": []})
    [th] = read_exports([b.write_zip(tmp_path / "threads.zip", files)], out_dir=out_dir)
    assert th.posts == [] and "text_post_app_text_posts is empty" in th.provenance.empty_evidence("posts")


def test_tiktok_user_data_too_big_to_parse_whole_is_streamed(tmp_path, out_dir):
    from selfaudit.adapters.export import Limits

    data = json.loads(bs.tiktok_json())
    data["Your Activity"]["Watch History"] = {"VideoList": [{"Date": "2026-01-01 00:00:00", "Link": f"https://x/{i}"} for i in range(3000)]}
    files = {"user_data_tiktok.json": json.dumps(data)}
    [acct] = read_exports([b.write_zip(tmp_path / "tiktok.zip", files)], out_dir=out_dir, limits=Limits(max_parse_bytes=50_000))
    assert acct.profile.bio == bs.TT_BIO and len([p for p in acct.posts if p.kind == "post"]) == 3  # not the watch history
    assert acct.setting("account_privacy").audience == Audience.PUBLIC
    assert any("is large" in n for n in acct.provenance.notes)


def _ads_first(rows: int) -> str:
    """TikTok's real layout for an active account: sections in alphabetical order, so the file
    opens with "Ads and data" (thousands of off-TikTok activity rows) before any profile key."""
    data = json.loads(bs.tiktok_json())
    ads = {"Ads and data": {"Off TikTok Activity": {"OffTikTokActivityDataList": [
        {"TimeStamp": f"2025-01-01 00:00:{i % 60:02d}", "Source": f"shop{i}.example", "Event": "Viewed content"} for i in range(rows)]}}}
    return json.dumps({**ads, **data}, indent=2)


def test_tiktok_export_opening_with_ads_and_data_is_recognised(tmp_path, out_dir):
    text = _ads_first(3000)
    assert text.find("ProfileMap") > 64 * 1024  # no known key anywhere near the file's head
    acct = _tiktok(tmp_path, out_dir, {"user_data_tiktok.json": text})
    assert acct.account.handle == "bakes.ta" and len([p for p in acct.posts if p.kind == "post"]) == 3


def test_tiktok_detection_is_bounded(tmp_path, monkeypatch):
    """A JSON file named like TikTok's whose sections are all unknown is read only up to the
    bound, then not taken for a TikTok export (never parsed whole to decide)."""
    from selfaudit.adapters.export import tiktok
    from selfaudit.adapters.export.safe import Archive

    monkeypatch.setattr(tiktok, "_DETECT_BYTES", 4096)
    unknown = json.dumps({"Something else": ["x" * 100] * 200, "Profile And Settings": {}})
    known = json.dumps({"Tiktok Live": {}, "Something else": ["x" * 100] * 200})
    with Archive(b.write_zip(tmp_path / "u.zip", {"user_data_tiktok.json": unknown})) as a:
        assert tiktok.detect(a) == 0
    with Archive(b.write_zip(tmp_path / "k.zip", {"user_data_tiktok.json": known})) as a:
        assert tiktok.detect(a) == 85
    deep = "[" * 100_000  # hostile nesting: stopped by the bound, no error
    with Archive(b.write_zip(tmp_path / "d.zip", {"user_data_tiktok.json": '{"x": ' + deep})) as a:
        assert tiktok.detect(a) == 0
