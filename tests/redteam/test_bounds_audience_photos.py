"""Bounded reads passed what they never read. `--max-posts` (default 20) was no pass for the
text checks (second red team) but "Posts visible beyond friends: 20 examined, none flagged"
still passed over the older posts — often the public ones, from before the person restricted
their audience. `--max-photos` (default 20) recorded nothing at all: "No faces found (20
examined)" passed with more photos on the page (real Chromium against the replica)."""

from __future__ import annotations

import pytest

from selfaudit.snapshot import Account, AccountSnapshot, Audience, Missing, Post, Provenance
from tests.export.helpers import run, statuses
from tests.redteam.conftest import collect_live


@pytest.mark.parametrize("fact", ["posts.bound", "posts.more", "posts.text"])
def test_friends_only_newest_posts_are_no_pass_for_the_unread_ones(fact):
    posts = [Post(id=str(i), text="Lovely day", audience=Audience.FRIENDS) for i in range(3)]
    acct = AccountSnapshot(account=Account(platform="facebook", handle="jo"), posts=posts,
                           provenance=Provenance(source="live", missing=[Missing(fact=fact, reason="older ones were not read")]))
    assert statuses(run(acct), "post_audience_public") == ["not-checked"]
    unbounded = AccountSnapshot(account=Account(platform="facebook", handle="jo"), posts=posts, provenance=Provenance(source="live"))
    assert statuses(run(unbounded), "post_audience_public") == ["pass"]
    public = AccountSnapshot(account=Account(platform="facebook", handle="jo"), posts=[Post(id="p", text="hi", audience=Audience.PUBLIC)],
                             provenance=Provenance(source="live", missing=[Missing(fact=fact, reason="older ones were not read")]))
    assert "fail" in statuses(run(public), "post_audience_public")  # what was read still counts


def test_more_photos_than_the_bound_is_recorded_and_no_photo_check_passes(high_risk_replica, browser, tmp_path):
    from selfaudit.analysis import build_analysis
    from selfaudit.config import Config
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Snapshot

    acct = collect_live(high_risk_replica, browser, "facebook", tmp_path / "a", max_posts=2, max_photos=2)
    assert "--max-photos 2" in (acct.provenance.missing_reason("photos.bound") or "")
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()))
    photo = {r.check: r.status.value for r in ev.results if r.check.startswith("photo_")}
    assert "pass" not in photo.values(), photo
    assert collect_live(high_risk_replica, browser, "facebook", tmp_path / "b", max_posts=2, max_photos=200).provenance.missing_reason("photos.bound") is None


def test_without_a_photos_page_the_posts_bound_is_the_photos_bound(high_risk_replica, browser, tmp_path):
    """Instagram's photos come with the posts: older posts unread leave their photos unread; all
    posts read is no gap (the note that there is no photos page must not block a pass)."""
    def collect(n: int):  # type: ignore[no-untyped-def]
        return collect_live(high_risk_replica, browser, "instagram", tmp_path / str(n), max_posts=n, max_photos=20)

    assert collect(1).provenance.missing_reason("photos.bound")
    acct = collect(200)
    assert acct.provenance.missing_reason("photos.bound") is None and acct.provenance.missing_reason("photos.page")
