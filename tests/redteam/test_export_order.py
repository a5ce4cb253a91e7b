"""Second red team, exports: a privacy verdict must come from the account as it is now.

Each case once passed "account is private" from evidence that did not say so: an X
protect/unprotect history whose later entry could not be placed or read, and a zip holding
two downloads of the same account (the older one, private then, was read).
"""

from __future__ import annotations

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.errors import ExportFormatError
from selfaudit.snapshot import Audience
from tests.export import builders as b
from tests.export.helpers import run, statuses

TOP = "twitter-2024-01-01-abc/"


def _history(*events: dict[str, str]) -> str:
    return b.ytd("protected_history", [{"protectedHistory": e} for e in events])


@pytest.mark.parametrize(
    "later",
    [
        {"action": "Unprotect"},  # no date: it cannot be placed before or after the Protect
        {"protectedAt": "the day after", "action": "Unprotect"},  # a date selfaudit cannot read
        {"protectedAt": "2021-01-01T00:00:00.000Z", "action": "UNPROTECTED"},  # an action word it does not know
        {"protectedAt": "2020-01-01T00:00:00.000Z", "action": "Unprotect"},  # the same moment as the Protect: which was last?
    ],
)
def test_a_protect_history_that_cannot_be_ordered_or_read_is_not_a_pass(tmp_path, out_dir, later):
    files = b.x_files()
    files[TOP + "data/protected-history.js"] = _history({"protectedAt": "2020-01-01T00:00:00.000Z", "action": "Protect"}, later)
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", files)], out_dir=out_dir)
    assert acct.setting("account_privacy") is None
    assert "protected-history" in (acct.provenance.missing_reason("settings.account_privacy") or "")
    ev = run(acct)
    assert statuses(ev, "account_privacy_open") == ["not-checked"]
    assert "pass" not in statuses(ev, "post_audience_public")


def test_a_single_undated_protect_still_reads_as_protected(tmp_path, out_dir):
    # one event needs no ordering: the account was protected and never unprotected
    files = b.x_files()
    files[TOP + "data/protected-history.js"] = _history({"action": "Protect"})
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", files)], out_dir=out_dir)
    assert acct.setting("account_privacy").audience == Audience.FRIENDS


def _two(files_old: dict, files_new: dict, a: str, c: str) -> dict:
    return {**{a + k: v for k, v in files_old.items()}, **{c + k: v for k, v in files_new.items()}}


@pytest.mark.parametrize(
    "files",
    [
        _two(b.instagram_files(private=True), b.instagram_files(private=False), "instagram-alice-2023-01-01/", "instagram-alice-2024-06-01/"),
        _two(b.mastodon_files(locked=True), b.mastodon_files(locked=False), "archive-2023/", "archive-2024/"),
        _two(b.x_files(protected=["Protect"], top=""), b.x_files(protected=["Unprotect"], top=""), "twitter-2023-a/", "twitter-2024-b/"),
    ],
    ids=["instagram", "mastodon", "x"],
)
def test_two_downloads_of_one_account_in_one_zip_are_refused_not_half_read(tmp_path, out_dir, files):
    # The older download said private, the newer public: reading either one silently
    # could pass an account that is public today. Say which folders, read nothing.
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_zip(tmp_path / "downloads.zip", files)], out_dir=out_dir)
    msg = err.value.message
    assert "2023" in msg and "2024" in msg and "one" in msg


def test_one_instagram_export_with_several_top_folders_is_still_read(tmp_path, out_dir):
    # an export unzipped without its own folder has several top folders: one export, not two
    [acct] = read_exports([b.write_tree(tmp_path / "ig", b.instagram_files(private=True))], out_dir=out_dir)
    assert acct.setting("account_privacy").audience == Audience.FRIENDS


def _future(acct):  # type: ignore[no-untyped-def]
    return acct.setting("future_posts")


def test_a_settings_file_that_gives_one_setting_two_values_never_passes_on_the_narrower(tmp_path, out_dir):
    from tests.export import builders_settings as bs

    # "Friends" first, "Public" later in the same file: the first one found used to win (pass)
    files = bs.facebook_with_settings("Friends", extra=[{"label": "Who can see your future posts?", "value": "Public"}])
    [acct] = read_exports([b.write_zip(tmp_path / "fb.zip", files)], out_dir=out_dir)
    assert _future(acct).audience == Audience.PUBLIC
    assert "Friends" in (_future(acct).option or "")  # the other value is said, not dropped
    assert statuses(run(acct), "future_posts_audience") == ["fail"]


def test_a_settings_file_with_one_value_unknown_beside_a_narrow_one_is_not_read(tmp_path, out_dir):
    from tests.export import builders_settings as bs

    files = bs.facebook_with_settings("Friends", extra=[{"label": "Who can see your future posts?", "value": "Công khai"}])  # Vietnamese "Public": not in the label data
    [acct] = read_exports([b.write_zip(tmp_path / "fb.zip", files)], out_dir=out_dir)
    assert statuses(run(acct), "future_posts_audience") == ["not-checked"]


def test_the_same_value_twice_is_read_as_it_is(tmp_path, out_dir):
    from tests.export import builders_settings as bs

    files = bs.facebook_with_settings("Friends", extra=[{"label": "Who can see your future posts?", "value": "Friends"}])
    [acct] = read_exports([b.write_zip(tmp_path / "fb.zip", files)], out_dir=out_dir)
    assert _future(acct).audience == Audience.FRIENDS and _future(acct).option == "Friends"


def _posts_unread(acct) -> str:  # type: ignore[no-untyped-def]
    return acct.provenance.missing_reason("posts.text") or ""


@pytest.mark.parametrize("platform", ["instagram", "facebook", "x"])
def test_a_gap_in_the_numbered_posts_files_is_not_a_pass(tmp_path, out_dir, platform):
    # a large export comes as several zips; given only one, the posts files are numbered with a
    # gap (posts_3.json alone, tweets.js + tweets-part2.js): the missing ones may hold anything
    if platform == "instagram":
        files = b.instagram_files(private=True)
        files["your_instagram_activity/content/posts_3.json"] = files.pop("your_instagram_activity/content/posts_1.json")
    elif platform == "facebook":
        files = b.facebook_files()
        [k] = [k for k in files if "/posts/your_posts" in k and k.endswith("_1.json")]
        files[k.replace("_1.json", "_2.json")] = files.pop(k)
    else:
        files = b.x_files(variant="parts", protected=["Protect"])
        files[TOP + "data/tweets-part2.js"] = files.pop(TOP + "data/tweets-part1.js").replace("part1", "part2")
    [acct] = read_exports([b.write_zip(tmp_path / "e.zip", files)], out_dir=out_dir)
    assert acct.posts  # what is there is still read and judged
    assert "missing" in _posts_unread(acct)
    assert "pass" not in statuses(run(acct), "post_possible_offence")


def test_posts_files_numbered_without_a_gap_are_whole(tmp_path, out_dir):
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", b.x_files(variant="parts", protected=["Protect"]))], out_dir=out_dir)
    assert _posts_unread(acct) == ""


def test_a_member_twice_with_different_contents_is_used_by_neither_copy(tmp_path, out_dir):
    import zipfile

    # the first copy says protected; the copy appended later (what unzip tools show) unprotected
    z = b.write_zip(tmp_path / "x.zip", b.x_files(protected=["Protect"]))
    later = _history({"protectedAt": "2020-01-01T00:00:00.000Z", "action": "Protect"},
                     {"protectedAt": "2022-01-01T00:00:00.000Z", "action": "Unprotect"})
    with zipfile.ZipFile(z, "a") as zf, pytest.warns(UserWarning):
        zf.writestr(TOP + "data/protected-history.js", later)
    [acct] = read_exports([z], out_dir=out_dir)
    assert acct.setting("account_privacy") is None
    assert statuses(run(acct), "account_privacy_open") == ["not-checked"]
    assert any("twice" in n and "protected-history" in n for n in acct.provenance.notes)


def test_a_member_twice_with_the_same_contents_is_read(tmp_path, out_dir):
    import zipfile

    files = b.x_files(protected=["Protect"])
    z = b.write_zip(tmp_path / "x.zip", files)
    with zipfile.ZipFile(z, "a") as zf, pytest.warns(UserWarning):
        zf.writestr(TOP + "data/protected-history.js", files[TOP + "data/protected-history.js"])
    [acct] = read_exports([z], out_dir=out_dir)
    assert acct.setting("account_privacy").audience == Audience.FRIENDS


def _ig_history(*entries: tuple[str, int | None]) -> dict:
    import json

    files = b.instagram_files(variant="current")
    name = next(n for n in files if n.endswith("personal_information.json"))
    data = json.loads(files[name])
    smd = data["profile_user"][0]["string_map_data"]
    data["profile_user"][0]["string_map_data"] = {k: v for k, v in smd.items() if "rivate" not in k}  # no switch on the profile
    files[name] = json.dumps(data)
    recs = [{"title": t, "string_map_data": {"Time": {"href": "", "value": "", **({"timestamp": ts} if ts else {})}}} for t, ts in entries]
    files["security_and_login_information/login_and_profile_creation/profile_privacy_changes.json"] = json.dumps(
        {"account_history_account_privacy_history": recs})
    return files


@pytest.mark.parametrize("entries", [
    [("Account made private", 1700000000), ("Account made public", None)],  # the undated one may be the later
    [("Account made public", 1700000000), ("Account made private", 1700000000)],  # the same moment: which came last?
])
def test_an_instagram_privacy_history_that_cannot_be_ordered_is_not_read(tmp_path, out_dir, entries):
    [acct] = read_exports([b.write_zip(tmp_path / "ig.zip", _ig_history(*entries))], out_dir=out_dir)
    assert acct.setting("account_privacy") is None
    assert statuses(run(acct), "account_privacy_open") == ["not-checked"]


def test_an_instagram_privacy_history_in_order_is_read(tmp_path, out_dir):
    files = _ig_history(("Account made public", 1700000000), ("Account made private", 1780000000))
    [acct] = read_exports([b.write_zip(tmp_path / "ig.zip", files)], out_dir=out_dir)
    assert acct.setting("account_privacy").audience == Audience.FRIENDS


def test_a_protect_event_dated_in_the_future_is_not_trusted_to_be_the_last(tmp_path, out_dir):
    # a clock that was wrong: "Protect" dated 2099 would outrank the real, later Unprotect
    files = b.x_files()
    files[TOP + "data/protected-history.js"] = _history({"protectedAt": "2099-01-01T00:00:00.000Z", "action": "Protect"},
                                                        {"protectedAt": "2024-01-01T00:00:00.000Z", "action": "Unprotect"})
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", files)], out_dir=out_dir)
    assert acct.setting("account_privacy") is None
    assert "future" in (acct.provenance.missing_reason("settings.account_privacy") or "")


def test_an_instagram_privacy_change_dated_in_the_future_is_not_trusted(tmp_path, out_dir):
    files = _ig_history(("Account made public", 1700000000), ("Account made private", 4070908800))  # 2099
    [acct] = read_exports([b.write_zip(tmp_path / "ig.zip", files)], out_dir=out_dir)
    assert acct.setting("account_privacy") is None
