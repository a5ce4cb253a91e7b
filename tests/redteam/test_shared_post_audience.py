"""Fifth red team, logged-in posts (real Chromium, local pages): a post's audience is its own marker.

A post that shares someone else's post carries two audience markers: its own and the shared
post's. Every aria-label in the post was searched and the first "Shared with …" taken, so a post
whose own audience icon has no label (or a wording not known) took the *shared* post's audience:
"Shared with Friends" inside the embedded original passed a post the person shared publicly.
A post element inside another is a share or a comment (the locator data's own rule): its
markers are not the post's. Two markers of the post itself that disagree leave it unknown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from selfaudit.adapters.browser import Allowlist
from selfaudit.adapters.live.adapter import LiveAdapter
from selfaudit.adapters.live.page import LivePage
from selfaudit.adapters.live.spec import shipped_spec
from selfaudit.snapshot import Audience


@pytest.fixture
def open_page(page_server, browser):  # type: ignore[no-untyped-def]
    base, pages = page_server
    contexts = []

    def open_(path: str, body: str) -> LivePage:
        pages[path] = f"<!doctype html><html><body><main>{body}</main></body></html>"
        ctx = browser.new_context(Allowlist.for_base_url(base, []))
        contexts.append(ctx)
        lp = LivePage(ctx, shipped_spec("facebook"), base, pacing_s=0)
        lp.goto(base + path)
        return lp

    yield open_
    for c in contexts:
        c.close()


def _audience(open_page, browser, tmp_path: Path, path: str, body: str):  # type: ignore[no-untyped-def]
    lp = open_page(path, body)
    adapter = LiveAdapter(browser, lp.spec, lp.base_url, storage_state=None, out_dir=tmp_path)
    [post] = [p for p in adapter._parse_article(lp, lp.page.locator("article").first, 0, page_comments=False)
              if p.kind == "post"]
    return post.audience, post.audience_label


SHARED = ('<div role="article"><h4>Kim Lee</h4><span aria-label="Shared with Friends">👥</span>'
          '<p>Our street party is on Saturday</p></div>')


def test_a_shared_posts_marker_is_not_the_posts_own(open_page, browser, tmp_path):
    # the person's own audience icon carries no label; the embedded original says Friends
    body = f'<article><h3>Jo Bloggs</h3><span class="audience-icon">🌐</span><p>Everyone come!</p>{SHARED}</article>'
    audience, _ = _audience(open_page, browser, tmp_path, "/shared-unlabelled", body)
    assert audience in (None, Audience.UNKNOWN)


def test_the_posts_own_marker_still_reads_beside_a_share(open_page, browser, tmp_path):
    body = (f'<article><h3>Jo Bloggs</h3><span aria-label="Shared with Public">🌐</span><p>Everyone come!</p>{SHARED}'
            '</article>')
    assert _audience(open_page, browser, tmp_path, "/shared-public", body) == (Audience.PUBLIC, "Public")


def test_two_markers_of_the_post_that_disagree_leave_it_unknown(open_page, browser, tmp_path):
    # an A/B layout showing the audience twice: which one is current cannot be told
    body = ('<article><h3>Jo Bloggs</h3><span aria-label="Shared with Friends">👥</span><p>Hello</p>'
            '<footer><span aria-label="Shared with Public">🌐</span></footer></article>')
    audience, _ = _audience(open_page, browser, tmp_path, "/twice", body)
    assert audience in (None, Audience.UNKNOWN)


def test_the_same_marker_twice_still_reads(open_page, browser, tmp_path):
    body = ('<article><h3>Jo Bloggs</h3><span aria-label="Shared with Friends">👥</span><p>Hello</p>'
            '<footer><span aria-label="Shared with Friends">👥</span></footer></article>')
    assert _audience(open_page, browser, tmp_path, "/same", body) == (Audience.FRIENDS, "Friends")
