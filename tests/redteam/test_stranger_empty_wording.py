"""Red team 14, stranger view (real Chromium, local pages): the platform's "no posts" line is
evidence only as the platform's own line, led by nothing but the profile's name or handle.

The logged-in reader has kept that rule since red team 5; the stranger reader took the words
anywhere on the page. An open X profile whose posts are in markup selfaudit does not know, one
saying "My son hasn't posted his card", was listed as posts "not shown" — the report's stranger
section said "Hidden from strangers: your posts", and the public audit said "a logged-out
stranger sees no posts" — when the posts were there, unread."""

from __future__ import annotations

import pytest

from selfaudit.render.coverage import stranger_words

_HEAD = '<!doctype html><html><head><title>Jo Bloggs (@jo) / X</title><meta property="og:site_name" content="X"></head><body>'
_NAME = '<div data-testid="primaryColumn"><div data-testid="UserName">Jo Bloggs\n@jo</div>'

# posts in markup the locator data does not know (a renamed element), one with the words in it
IN_A_POST = _HEAD + _NAME + (
    '<div data-testid="cellInnerDiv"><div data-testid="post"><p>Reminder: my son hasn’t posted his card to Nan yet</p></div>'
    '<div data-testid="post"><p>Off to the pub after the Hackney CP review, what a day</p></div></div></div></body></html>'
)
# the words on a line of their own, led by someone else's name
OTHER_LEAD = _HEAD + _NAME + (
    '<div data-testid="cellInnerDiv"><div data-testid="post"><p>My manager hasn’t posted</p></div>'
    '<div data-testid="post"><p>Off to the pub after the Hackney CP review</p></div></div></div></body></html>'
)
# the platform's own empty timeline
EMPTY = _HEAD + _NAME + "<div><span>@jo hasn’t posted</span><p>When they do, their posts will show up here.</p></div></div></body></html>"


@pytest.mark.parametrize(("path", "html", "state"), [
    ("/in-a-post/jo", IN_A_POST, "not-recognised"),
    ("/other-lead/jo", OTHER_LEAD, "not-recognised"),
    ("/empty/jo", EMPTY, "not-shown"),
])
def test_no_posts_wording_is_the_platforms_own_line(page_server, browser, tmp_path, path, html, state):  # type: ignore[no-untyped-def]
    from selfaudit.adapters.live.public import collect_public

    base, pages = page_server
    pages[path] = html
    acct = collect_public(base + path, "x", browser, tmp_path)
    posts = next(i for i in acct.stranger_view.items if i.what == "posts")
    assert posts.state == state, posts
    words = stranger_words(acct)
    assert words is not None
    if state == "not-recognised":  # never said to be hidden, never "sees no posts"
        assert "your posts" not in words["hidden"] and "your posts" in words["unsure"]
        assert "sees no posts" not in (acct.provenance.missing_reason("posts") or "")
