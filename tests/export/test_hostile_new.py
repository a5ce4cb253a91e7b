"""Hostile and malformed archives for the settings, TikTok and Threads readers: a clear reason
or a skipped item, the rest still read, nothing written outside out_dir, never a pass."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.snapshot import Audience
from tests.export import builders as b
from tests.export import builders_settings as bs
from tests.export.helpers import by_check, media_files, run


@pytest.fixture
def guard(tmp_path, out_dir):
    """After the test: every new file is inside out_dir (or the archive written by the test)."""
    before = set(tmp_path.rglob("*"))
    yield
    new = set(tmp_path.rglob("*")) - before
    outside = [p for p in new if p != out_dir and out_dir not in p.parents and p.suffix != ".zip"]
    assert outside == [], f"written outside out_dir: {outside}"


def _read(tmp_path: Path, out_dir: Path, files: dict, name: str = "x.zip"):
    return read_exports([b.write_zip(tmp_path / name, files)], out_dir=out_dir)


def _deep(n: int) -> str:
    return '{"a":' * n + "1" + "}" * n


@pytest.mark.parametrize("body", [_deep(5000), '{"Profile And Settings": {"Profile Info": ', "\x00\xff not json"])
def test_tiktok_unreadable_user_data_is_not_checked_with_its_reason(tmp_path, out_dir, guard, body):
    files = {"user_data_tiktok.json": '{"Profile And Settings": ' + json.dumps({"Profile Info": {"ProfileMap": {"userName": "x"}}})[:-1]}
    files["user_data_tiktok.json"] = '{"Profile And Settings": {"Profile Info": {"ProfileMap": {"userName": "x"}}}, "pad": ' + body + "}"
    [acct] = _read(tmp_path, out_dir, files)
    assert acct.account.platform == "tiktok" and acct.profile is None and acct.posts is None
    reason = acct.provenance.missing_reason("posts")
    assert "user_data_tiktok.json" in reason
    ev = run(acct)
    assert not [f for f in ev.findings if f.status.value == "pass"]
    [f] = by_check(ev, "account_privacy_open")
    assert f.status.value == "not-checked" and "user_data_tiktok.json" in f.reason


def test_tiktok_wrong_types_everywhere_are_read_around(tmp_path, out_dir, guard):
    data = {
        "Profile And Settings": {"Profile Info": {"ProfileMap": {"userName": {"nested": 1}, "bioDescription": ["a", "b"], "profilePhoto": "file:///etc/passwd"}},
                                 "Settings": {"SettingsMap": ["not", "a", "map"]}},
        "Post": {"Posts": {"VideoList": ["string", 42, None, {"Date": "not a date", "Link": {"x": 1}, "WhoCanView": ["Everyone"], "Title": 7}]}},
        "Comment": {"Comments": {"CommentsList": {"not": "a list"}}},
    }
    [acct] = _read(tmp_path, out_dir, {"user_data_tiktok.json": json.dumps(data)})
    assert acct.settings == [] and acct.provenance.missing_reason("settings.account_privacy")
    video = [p for p in acct.posts if p.kind == "post"]
    assert len(video) == 1 and video[0].created_at is None and video[0].audience in (None, Audience.UNKNOWN)
    assert media_files(out_dir) == []  # a file: URL is never fetched or copied
    assert not [f for f in run(acct).findings if f.status.value == "pass"]


def test_tiktok_txt_garbage_lines_and_huge_values(tmp_path, out_dir, guard):
    files = bs.tiktok_txt()
    files["TikTok_Data/App Settings/Settings.txt"] = "\x00\x01garbage\n" + "Private Account: " + "x" * 200_000 + "\n:::\n\n\n"
    [acct] = _read(tmp_path, out_dir, files)
    s = acct.setting("account_privacy")
    assert s is not None and s.audience == Audience.UNKNOWN  # shown, not guessed
    assert by_check(run(acct), "account_privacy_open")[0].status.value == "not-checked"


def test_threads_media_paths_that_escape_the_archive_are_refused(tmp_path, out_dir, guard):
    files = bs.threads_files(inside_instagram=False)
    name = next(n for n in files if n.endswith("threads_and_replies.json"))
    posts = json.loads(files[name])
    posts["text_post_app_text_posts"][0]["media"][0]["uri"] = "../../../../etc/passwd"
    posts["text_post_app_text_posts"][2]["media"][0]["uri"] = "/etc/hostname"
    files[name] = json.dumps(posts)
    [th] = _read(tmp_path, out_dir, files)
    assert len(th.posts) == 3
    assert "refused" in th.posts[0].media[0].skipped and th.posts[0].media[0].path is None
    assert th.posts[2].media[0].path is None
    assert len(media_files(out_dir)) == 2


def test_threads_files_of_the_wrong_shape(tmp_path, out_dir, guard):
    files = bs.threads_files(inside_instagram=False)
    for n in list(files):
        if n.endswith("personal_information.json"):
            files[n] = json.dumps({"text_post_app_text_post_app_profile": "nope"})
        elif n.endswith("threads_and_replies.json"):
            files[n] = json.dumps({"text_post_app_text_posts": [1, "two", {"media": "not a list", "title": 3}]})
        elif n.endswith("followers.json"):
            files[n] = "[[[[["
    [th] = _read(tmp_path, out_dir, files)
    assert th.profile is None and th.settings == []
    assert len(th.posts) == 1 and th.posts[0].audience is None
    ev = run(th)
    assert not [f for f in ev.findings if f.status.value == "pass"]


def test_privacy_settings_nested_and_huge_are_bounded(tmp_path, out_dir, guard):
    deep: dict = {"label": "Who can see your future posts?", "value": "Public"}
    for i in range(28):  # deeper than any real settings file, within the archive's own nesting limit
        deep = {"label": f"Level {i}", "dict": [deep]}
    many = [{"label": f"Unknown setting {i}", "value": "x"} for i in range(20_000)]
    files = b.facebook_files()
    files["facebook-alice-2024/preferences/preferences/privacy_settings.json"] = json.dumps({"label_values": [deep, *many]})
    t0 = time.perf_counter()
    [acct] = _read(tmp_path, out_dir, files)
    assert time.perf_counter() - t0 < 20
    assert acct.setting("future_posts") is None  # too deep to be a real setting: not read, not guessed
    cov = acct.provenance.coverage
    assert 0 < len(cov.archive_settings) <= 5000
    [f] = by_check(run(acct), "future_posts_audience")
    assert f.status.value == "not-checked" and "does not recognise" in f.reason


def test_privacy_settings_with_wrong_types(tmp_path, out_dir, guard):
    odd = [
        {"label": 42, "value": "Public"},
        {"label": "Who can see your future posts?", "value": None},
        {"label": "Who can see your friends list?", "value": ["Public"]},
        {"label": ["x"], "dict": "not a list"},
        {"label": "Who can send you friend requests?", "vec": "nope"},
        None, 7, "text",
    ]
    files = b.facebook_files()
    files["facebook-alice-2024/preferences/preferences/privacy_settings.json"] = json.dumps({"label_values": odd})
    [acct] = _read(tmp_path, out_dir, files)
    s = acct.setting("future_posts")
    assert s is not None and s.audience == Audience.UNKNOWN
    ev = run(acct)
    assert by_check(ev, "future_posts_audience")[0].status.value == "not-checked"
    assert not [f for f in ev.findings if f.status.value == "pass" and f.item.startswith("settings.")]


def test_instagram_settings_file_of_the_wrong_shape(tmp_path, out_dir, guard):
    files = bs.instagram_with_settings()
    name = next(n for n in files if n.endswith("comments_allowed_from.json"))
    files[name] = json.dumps({"settings_allow_comments_from": [{"string_map_data": {"Comments Allowed From": ["Everyone"]}}, "x", None]})
    [acct] = _read(tmp_path, out_dir, files)
    s = acct.setting("wall_posts")
    assert s is None or s.audience == Audience.UNKNOWN
    assert acct.profile.bio == b.IG_BIO


def test_a_damaged_threads_part_never_sinks_the_instagram_account(tmp_path, out_dir, guard, monkeypatch):
    from selfaudit.adapters.export import threads

    def boom(ctx):  # a shape the reader did not expect
        raise KeyError("text_post_app_text_posts")

    monkeypatch.setattr(threads, "read", boom)
    accts = _read(tmp_path, out_dir, bs.threads_files())
    assert [a.account.platform for a in accts] == ["instagram"]
    assert any("threads part of this export could not be read" in n for n in accts[0].provenance.notes)


@pytest.mark.parametrize("tail", ['"pad": ' + _deep(5000) + "}", '"Comment": {"Comments": {"CommentsList": [{"date": '])
def test_tiktok_big_file_streamed_stays_bounded(tmp_path, out_dir, guard, tail):
    from selfaudit.adapters.export import Limits

    head = bs.tiktok_json()[:-1].rstrip() + ", "  # the full current layout, then a hostile or truncated end
    [acct] = read_exports(
        [b.write_zip(tmp_path / "big.zip", {"user_data_tiktok.json": head + tail + " " * 60_000})], out_dir=out_dir, limits=Limits(max_parse_bytes=50_000)
    )
    ev = run(acct)
    if "pad" in tail:  # too deep: the whole file is refused with its reason, nothing guessed
        assert acct.profile is None and "nested more than" in acct.provenance.missing_reason("posts")
        assert not [f for f in ev.findings if f.status.value == "pass"]
    else:  # truncated: the sections before the damage are kept, and the damage is said
        assert acct.profile.bio == bs.TT_BIO and any("Only part of" in n for n in acct.provenance.notes)
