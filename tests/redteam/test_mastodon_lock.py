"""A locked Mastodon account ("Require follow requests") passed account privacy, though locking only
means follows need approval: the profile and every Public / Quiet-public post stay visible to
anyone. The account's reach is decided by how it posts (per-post visibility; the default posting
visibility is not in the archive), never by the lock alone."""

from __future__ import annotations

import json

from selfaudit.adapters.export import read_exports
from selfaudit.snapshot import Audience
from tests.export import builders as b
from tests.export.helpers import by_check, run

PUBLIC, UNLISTED, FOLLOWERS, DIRECT = 0, 1, 2, 3  # the builder's posts, in order


def _locked(tmp_path, out_dir, keep: list[int] | None):
    files = b.mastodon_files(locked=True)
    if keep is not None:
        outbox = json.loads(files["outbox.json"])
        outbox["orderedItems"] = [outbox["orderedItems"][i] for i in keep]
        outbox["totalItems"] = len(outbox["orderedItems"])  # an outbox counts what it lists
        files["outbox.json"] = json.dumps(outbox)
    [acct] = read_exports([b.write_tree(tmp_path / "m", files)], out_dir=out_dir)
    return acct, by_check(run(acct), "account_privacy_open")


def test_locked_but_posting_publicly_fails(tmp_path, out_dir):
    acct, [f] = _locked(tmp_path, out_dir, None)  # a public and an unlisted post beside the lock
    assert acct.setting("account_privacy").audience == Audience.PUBLIC
    assert f.status.value == "fail" and "2 of 4" in (f.evidence.text or "")


def test_locked_with_only_followers_only_posts_passes(tmp_path, out_dir):
    acct, [f] = _locked(tmp_path, out_dir, [FOLLOWERS, DIRECT])
    assert acct.setting("account_privacy").audience == Audience.FRIENDS
    assert f.status.value == "pass" and "Followers" in f.title


def test_locked_with_no_posts_to_show_how_it_posts_is_not_checked(tmp_path, out_dir):
    acct, [f] = _locked(tmp_path, out_dir, [])
    assert acct.setting("account_privacy") is None
    assert f.status.value == "not-checked" and "lock" in f.reason.lower() and "Posting privacy" in f.reason
    # only private mentions: nothing shows the account's own posting visibility either
    acct, [g] = _locked(tmp_path / "d", out_dir, [DIRECT])
    assert g.status.value == "not-checked"


def test_an_unlocked_account_still_fails(tmp_path, out_dir):
    [acct] = read_exports([b.write_tree(tmp_path / "m", b.mastodon_files(locked=False))], out_dir=out_dir)
    [f] = by_check(run(acct), "account_privacy_open")
    assert f.status.value == "fail"
