"""Second red team, logged-in pages (real Chromium, local pages): the platform's "there are none"
is evidence only as the platform's own line, never inside the person's words.

"No posts available" inside a post whose markup selfaudit does not know used to prove the
posts list empty (a pass on every post check); "No comments yet" in an Instagram caption, with
the comments list renamed, proved the comments read and empty (others' abuse unread, a pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from selfaudit.adapters.browser import Allowlist
from selfaudit.adapters.live.adapter import _ARTICLE_JS, LiveAdapter
from selfaudit.adapters.live.page import LivePage, said_on_own_line
from selfaudit.adapters.live.spec import shipped_spec
from selfaudit.errors import PageChangedError


@pytest.fixture
def open_page(page_server, browser):  # type: ignore[no-untyped-def]
    base, pages = page_server
    contexts = []

    def open_(platform: str, path: str, body: str) -> LivePage:
        pages[path] = f"<!doctype html><html><body><main>{body}</main></body></html>"
        ctx = browser.new_context(Allowlist.for_base_url(base, []))
        contexts.append(ctx)
        lp = LivePage(ctx, shipped_spec(platform), base, pacing_s=0)
        lp.goto(base + path)
        return lp

    yield open_
    for c in contexts:
        c.close()


# posts in markup the locator data does not know (<section>), one quoting the empty wording
QUOTED_POSTS = ("<section><p>Asked the council for the minutes: No posts available from them since June, typical.</p></section>"
                "<section><p>Off to the pub after the CP review</p></section>")


@pytest.mark.parametrize(("body", "empty"), [
    (QUOTED_POSTS, False),
    ("<section><p>‘No posts available’ is all I get on their page</p></section>", False),
    ("<div>No posts available</div>", True),  # the platform's own line
])
def test_no_posts_wording_counts_only_on_its_own_line(open_page, browser, tmp_path: Path, body, empty):
    lp = open_page("facebook", f"/posts{hash(body) & 0xffff}", body)
    adapter = LiveAdapter(browser, lp.spec, lp.base_url, storage_state=None, out_dir=tmp_path)
    if empty:
        assert adapter._nonempty(lp, [], "posts", lp.spec.posts.empty, "a post") == []
        assert [e.fact for e in adapter.empty] == ["posts"]
    else:
        with pytest.raises(PageChangedError):
            adapter._nonempty(lp, [], "posts", lp.spec.posts.empty, "a post")
        assert adapter.empty == []


def _says_no_comments(lp: LivePage) -> str | None:
    ps = lp.spec.posts
    params = {"comments": [c.lower() for c in ps.comments_name], "dropLabel": ps.audience_attr_regex, "pageComments": True,
              "textSelector": None, "postElement": ps.element, "noComments": [w.lower() for w in ps.comments_empty], "idAttrs": []}
    return lp.page.locator("article").first.evaluate(_ARTICLE_JS, params)["saysNoComments"]


@pytest.mark.parametrize(("caption", "comments", "says"), [
    ("No comments yet? Come on people, it's my birthday!", "<ul aria-label='renamed'><li><b>troll</b> you are scum</li></ul>", None),
    ("Sunny day", "<div>No comments yet.</div>", "no comments yet"),  # the platform's own line
])
def test_no_comments_wording_in_a_caption_is_not_the_platforms(open_page, caption, comments, says):
    lp = open_page("instagram", f"/p/{abs(hash(caption)) & 0xffff}", f"<article><h1>jo</h1><p>{caption}</p>{comments}</article>")
    assert _says_no_comments(lp) == says


def test_own_line_rule():
    assert said_on_own_line("Jo hasn’t posted yet\nWhen they do…", "hasn’t posted yet")  # a name may lead it
    assert not said_on_own_line('lol she said "hasn’t posted yet" to me', "hasn’t posted yet")
    assert not said_on_own_line("No posts available from the council", "No posts available")


def test_no_posts_wording_as_a_posts_whole_text_is_not_evidence(open_page, browser, tmp_path: Path):
    """Red team 3: the posts' markup renamed (none counted) and one post's whole text, in the post-text
    element the locator data still knows (X's tweetText), is the platform's "Nothing to see here — yet":
    it proved the posts list empty, a pass on every post check. Now the posts are not read."""
    body = ('<section><div data-testid="tweetText"><span>Nothing to see here — yet</span></div></section>'
            '<section><div data-testid="tweetText"><span>Off to the pub after the CP review</span></div></section>')
    lp = open_page("x", "/xposts", body)
    adapter = LiveAdapter(browser, lp.spec, lp.base_url, storage_state=None, out_dir=tmp_path)
    with pytest.raises(PageChangedError):
        adapter._nonempty(lp, [], "posts", lp.spec.posts.empty, "a post")
    assert adapter.empty == []
    # the platform's own line outside any post is still evidence
    lp2 = open_page("x", "/xempty", "<p>Nothing to see here — yet.</p>")
    assert adapter._nonempty(lp2, [], "posts", lp2.spec.posts.empty, "a post") == [] and adapter.empty
