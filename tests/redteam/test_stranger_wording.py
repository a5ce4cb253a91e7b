"""The stranger view passes only on the platform's own word that a profile is closed: the same
words inside someone's post or bio are theirs, not the platform's (real Chromium, local pages)."""

from __future__ import annotations

import pytest

from tests.realpages.test_real_pages import stranger_verdict

_HEAD = '<!doctype html><html><head><title>Jo Bloggs (@jo) / X</title><meta property="og:site_name" content="X"></head><body>'
_NAME = '<div data-testid="primaryColumn"><div data-testid="UserName">Jo Bloggs\n@jo</div>'

# posts in markup selfaudit does not know (a renamed element), one quoting the platform's words
QUOTED = _HEAD + _NAME + (
    '<div data-testid="cellInnerDiv"><div data-testid="post"><p>lol my friend said "These posts are protected" when '
    "I asked to see hers</p></div><div data-testid=\"post\"><p>Off to the pub after the Hackney CP review, what a day</p>"
    "</div></div></div></body></html>"
)
# a post that ends by quoting the platform's words: a line of its own, but a quotation
ENDQUOTE = _HEAD + _NAME + (
    '<div data-testid="cellInnerDiv"><div data-testid="post"><p>My old account said "These posts are protected."</p></div>'
    '<div data-testid="post"><p>Off to the pub after the Hackney CP review, what a day</p></div></div></div></body></html>'
)
# the platform's own notice, on its own line
CLOSED = _HEAD + _NAME + (
    "<div><span>These posts are protected</span><p>Only approved followers can see @jo’s posts. "
    "To request access, click Follow.</p></div></div></body></html>"
)


@pytest.mark.parametrize(("page", "expected"), [("/quoted", {"not-checked"}), ("/endquote", {"not-checked"}), ("/closed", {"pass"})])
def test_closed_profile_wording_counts_only_as_the_platforms_own_line(page, expected, page_server, browser, tmp_path):
    from selfaudit.adapters.live.public import collect_public

    base, pages = page_server
    pages.update({"/quoted": QUOTED, "/endquote": ENDQUOTE, "/closed": CLOSED})
    acct = collect_public(base + page, "x", browser, tmp_path)
    view = acct.stranger_view
    assert {stranger_verdict(acct)} == expected, (view.recognised_as, view.recognised_by)
    if page != "/closed":
        assert view.recognised_as != "closed_profile"


# Red team 3: the posts' markup renamed (so none is counted) and one post's own text, on a line of its
# own, is the platform's words. It passed as a closed profile; the post-text locator (tweetText)
# still marks them as the person's words.
IN_POST = _HEAD + _NAME + (
    '<div data-testid="cellInnerDiv"><section data-testid="post"><div data-testid="tweetText"><span>These posts are protected'
    '</span></div></section><section data-testid="post"><div data-testid="tweetText"><span>Off to the pub after the Hackney CP '
    "review, what a day</span></div></section></div></div></body></html>"
)




# ... and a bio whose own line is the notice, on a profile with no posts: the bio is the person's
IN_BIO = _HEAD + _NAME + (
    '<div data-testid="UserDescription"><span>These posts are protected</span></div>'
    "<div><span>@jo hasn\u2019t posted</span></div></div></body></html>"
)


@pytest.mark.parametrize(("page", "verdicts"), [(IN_POST, {"not-checked"}), (IN_BIO, {"not-checked", "fail", "review"})], ids=["in-a-post", "in-the-bio"])
def test_closed_profile_wording_in_the_persons_own_words(page_server, browser, tmp_path, page, verdicts):
    from selfaudit.adapters.live.public import collect_public

    base, pages = page_server
    pages["/own"] = page
    acct = collect_public(base + "/own", "x", browser, tmp_path)
    assert acct.stranger_view.recognised_as != "closed_profile", acct.stranger_view.recognised_by
    assert stranger_verdict(acct) in verdicts
