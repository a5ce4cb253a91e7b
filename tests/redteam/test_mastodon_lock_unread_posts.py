"""A locked Mastodon account passed account privacy ("all N posts in the archive are Followers-only")
while some of its posts were never read: given only by their address, skipped for an odd shape, or
cut off in a damaged outbox. Any of those may be Public, so the lock's reach is not shown: not-checked."""

from __future__ import annotations

import json

from selfaudit.adapters.export import read_exports
from tests.export import builders as b
from tests.export.helpers import by_check, run

FOLLOWERS = 2  # the builder's followers-only post
ACTOR = "https://social.example/users/alice"


def _locked(tmp_path, out_dir, extra: list | None = None, cut: bool = False):  # type: ignore[no-untyped-def]
    files = b.mastodon_files(locked=True)
    outbox = json.loads(files["outbox.json"])
    outbox["orderedItems"] = [outbox["orderedItems"][FOLLOWERS], *(extra or [])]
    outbox["totalItems"] = len(outbox["orderedItems"])  # an outbox counts what it lists
    text = json.dumps(outbox)
    files["outbox.json"] = text[: text.index(']}') - 40] if cut else text
    [acct] = read_exports([b.write_tree(tmp_path / "m", files)], out_dir=out_dir)
    return by_check(run(acct), "account_privacy_open")


def test_a_post_given_only_by_its_address_stops_the_pass(tmp_path, out_dir):
    by_address = {"id": f"{ACTOR}/statuses/9/activity", "type": "Create", "object": f"{ACTOR}/statuses/9"}
    [f] = _locked(tmp_path, out_dir, [by_address])
    assert f.status.value == "not-checked" and "address" in (f.reason or "")


def test_a_post_skipped_for_its_shape_stops_the_pass(tmp_path, out_dir):
    odd = json.loads(b.mastodon_files(locked=True)["outbox.json"])["orderedItems"][0]  # a public post
    odd["object"]["attachment"] = [{"type": "Document", "mediaType": "image/jpeg", "url": "x.jpg", "name": {"odd": 1}}]
    [f] = _locked(tmp_path, out_dir, [odd])
    assert f.status.value == "not-checked" and "could not be read" in (f.reason or "")


def test_only_followers_only_posts_all_read_still_passes(tmp_path, out_dir):
    [f] = _locked(tmp_path, out_dir, [])
    assert f.status.value == "pass"


def test_a_damaged_outbox_read_only_in_part_stops_the_pass(tmp_path, out_dir):
    later_public = json.loads(b.mastodon_files(locked=True)["outbox.json"])["orderedItems"][0]
    [f] = _locked(tmp_path, out_dir, [later_public], cut=True)  # the file ends inside the public post
    assert f.status.value == "not-checked"


def test_an_outbox_listing_fewer_activities_than_it_declares_stops_the_pass(tmp_path, out_dir):
    files = b.mastodon_files(locked=True)
    outbox = json.loads(files["outbox.json"])
    outbox["orderedItems"] = [outbox["orderedItems"][FOLLOWERS]]
    outbox["totalItems"] = 40  # 39 activities the file does not list
    files["outbox.json"] = json.dumps(outbox)
    [acct] = read_exports([b.write_tree(tmp_path / "m", files)], out_dir=out_dir)
    ev = run(acct)
    [f] = by_check(ev, "account_privacy_open")
    assert f.status.value == "not-checked" and "40" in (f.reason or "")
    assert all(g.status.value != "pass" for g in by_check(ev, "post_audience_public"))
