"""Probe 29 (real Chromium, local page modelled on two real logged-out LinkedIn profiles,
elalienx/scoutr's profile1/profile3): the Activity card lists posts the person only liked, each
with LinkedIn's own line "Liked by <name>". They were kept as shares of the person's and judged
for audience, so post_audience_public failed "your post is visible to anyone" on other people's
posts (16 of 17 and 8 of 8), and the stranger view counted each item twice: "your posts (8), your
activity (8)". A like is the person's public activity, not a post of theirs: it is counted as
activity only, never judged as their post's audience, and its words stay its author's."""

from __future__ import annotations

from selfaudit.adapters.live.public import collect_public
from tests.redteam.test_public_liked_activity import KIM, _card, _page


def _evaluate(acct):  # type: ignore[no-untyped-def]
    from selfaudit.analysis import build_analysis
    from selfaudit.config import Config
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Snapshot

    return evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()))


def _items(acct):  # type: ignore[no-untyped-def]
    return {i.what: (i.state, i.count) for i in acct.stranger_view.items if i.what in ("posts", "activity")}


def test_a_liked_post_is_activity_not_a_post_of_the_persons(page_server, browser, tmp_path):
    base, pages = page_server
    pages["/in/jo-liked/"] = _page(_card(KIM, "Liked by Jo Bloggs") + _card("Great news from our team", "Liked by Jo Bloggs")
                                   + _card("Proud of my team today", "Shared by Jo Bloggs"))
    acct = collect_public(base + "/in/jo-liked/", "linkedin", browser, tmp_path)
    assert _items(acct) == {"posts": ("shown", 1), "activity": ("shown", 3)}
    fails = [f for f in _evaluate(acct).findings if f.check == "post_audience_public" and f.status.value == "fail"]
    assert [f.evidence.text for f in fails] == ["Proud of my team today"]  # the person's own share only


def test_only_liked_posts_show_no_post_of_the_persons(page_server, browser, tmp_path):
    base, pages = page_server
    pages["/in/jo-only-liked/"] = _page(_card(KIM, "Liked by Jo Bloggs") + _card("Great news from our team", "Liked by Jo Bloggs"))
    acct = collect_public(base + "/in/jo-only-liked/", "linkedin", browser, tmp_path)
    sv = acct.stranger_view
    assert sv.recognised_as == "profile" and _items(acct) == {"posts": ("not-shown", 0), "activity": ("shown", 2)}
    ev = _evaluate(acct)
    assert not [f for f in ev.findings if f.check == "post_audience_public" and f.status.value in ("fail", "pass")]
    [exp] = [f for f in ev.findings if f.check == "stranger_view_exposure"]
    assert exp.status.value == "fail" and "your posts" not in exp.evidence.text and "activity" in exp.evidence.text
    # the liked words are still read, as someone else's
    assert {(p.text, p.third_party) for p in acct.posts or ()} == {(KIM, True), ("Great news from our team", True)}
