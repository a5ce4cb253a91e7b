"""Fifth red team, stranger view (real Chromium, local pages): Facebook's closed-profile notice is
"<name> locked their profile". Any words of up to 50 characters could lead it on its line, so a
post in markup selfaudit does not know saying "My sister locked their profile" passed an open
profile as "A logged-out stranger sees only a closed profile". What leads the notice must be the
profile's own name (or nothing)."""

from __future__ import annotations

import pytest

from tests.realpages.test_real_pages import stranger_verdict
from tests.redteam.conftest import opened_page

_HEAD = ('<!doctype html><html><head><title>Jo Bloggs | Facebook</title><meta property="og:site_name" content="Facebook">'
         '<meta property="og:title" content="Jo Bloggs"></head><body><h1>Jo Bloggs</h1>')

# posts in markup the locator data does not know (a renamed element), one with the notice's words
POSTS = _HEAD + ("<div><section><p>Wow, my sister locked their profile</p></section>"
                 "<section><p>Off to the pub after the Hackney CP review, what a day</p></section></div></body></html>")
# the platform's own notice, led by the profile's name
CLOSED = _HEAD + ("<div><span>Jo Bloggs locked their profile</span><p>Only their friends can see what they share on "
                  "their profile.</p></div></body></html>")
BARE = _HEAD + "<div><span>locked their profile</span></div></body></html>"


@pytest.mark.parametrize(("page", "expected"), [("/posts", "not-checked"), ("/closed", "pass"), ("/bare", "pass")])
def test_the_notice_is_led_by_the_profiles_name_only(page, expected, page_server, browser, tmp_path):
    from selfaudit.adapters.live.public import collect_public

    base, pages = page_server
    pages.update({"/posts": POSTS, "/closed": CLOSED, "/bare": BARE})
    acct = collect_public(base + page, "facebook", browser, tmp_path)
    view = acct.stranger_view
    assert stranger_verdict(acct) == expected, (view.recognised_as, view.recognised_by)


# The same rule for the logged-in audit's "there are none" line: "My manager hasn’t posted" in a post
# whose markup (and text element) selfaudit does not know proved the posts list empty.
@pytest.mark.parametrize(("line", "empty"), [("My manager hasn’t posted", False), ("@jo hasn’t posted", True),
                                             ("Jo hasn’t posted", True)])
def test_an_empty_line_is_led_by_the_accounts_own_name_only(line, empty, page_server, browser, tmp_path):
    from selfaudit.errors import PageChangedError

    path = f"/e{abs(hash(line)) & 0xffff}"
    html = (f"<!doctype html><html><body><main><section><p>{line}</p></section>"
            "<section><p>Off to the pub after the Hackney CP review</p></section></main></body></html>")
    with opened_page(page_server, browser, tmp_path, "x", path, html) as (lp, adapter):
        adapter.owner_name, adapter.handle = "Jo Bloggs", "jo"
        if empty:
            assert adapter._nonempty(lp, [], "posts", lp.spec.posts.empty, "a post") == []
        else:
            with pytest.raises(PageChangedError):
                adapter._nonempty(lp, [], "posts", lp.spec.posts.empty, "a post")
