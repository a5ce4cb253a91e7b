"""Fifth red team, logged-in posts (real Chromium, local pages): a long post shows only its first
lines and a "See more" control (Facebook, LinkedIn) or a "Show more" link (X). The audit read the
first lines as the whole post and said nothing, so words after the fold ("… don't tell work")
were never checked and the text checks passed. Now a "See more" button inside a post is pressed
(it only reveals text on the page) and the post read again; a control still there (a link to
the post's own page) leaves that post's text recorded as partly read, never a pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from selfaudit.adapters.browser import Allowlist
from selfaudit.adapters.live.adapter import LiveAdapter
from selfaudit.adapters.live.page import LivePage
from selfaudit.adapters.live.spec import shipped_spec

EXPAND = """<script>
document.querySelector('.more').addEventListener('click', e => {
  document.querySelector('.msg').textContent = "Bought a bit of weed off a kid on the estate, don't tell work";
  e.target.remove();
});
</script>"""


@pytest.fixture
def read_post(page_server, browser, tmp_path: Path):  # type: ignore[no-untyped-def]
    base, pages = page_server
    contexts = []

    def read(platform: str, path: str, body: str):  # type: ignore[no-untyped-def]
        pages[path] = f"<!doctype html><html><body><main>{body}</main></body></html>"
        ctx = browser.new_context(Allowlist.for_base_url(base, []))
        contexts.append(ctx)
        lp = LivePage(ctx, shipped_spec(platform), base, pacing_s=0)
        lp.goto(base + path)
        adapter = LiveAdapter(browser, lp.spec, lp.base_url, storage_state=None, out_dir=tmp_path)
        got = adapter._parse_article(lp, lp.page.locator(lp.spec.posts.element).first, 0, page_comments=False)
        adapter._text_unread(got)
        return got[0], adapter

    yield read
    for c in contexts:
        c.close()


def test_a_see_more_button_is_pressed_and_the_whole_text_read(read_post):
    body = ("<div role='article'><h3>Jo Bloggs</h3><span aria-label='Shared with Public'>🌐</span>"
            "<div data-ad-preview='message'><span class='msg'>Bought a bit of weed…</span>"
            "<div role='button' class='more' tabindex='0'>See more</div></div></div>" + EXPAND)
    post, adapter = read_post("facebook", "/fb-more", body)
    assert "don't tell work" in post.text
    assert not [m for m in adapter.missing if m.fact == "posts.text"]


def test_a_show_more_link_leaves_the_text_partly_read(read_post):
    body = ("<article data-testid='tweet'><div data-testid='tweetText'><span>Long day. Bought a bit of weed…</span>"
            "<a href='/jo/status/1' data-testid='tweet-text-show-more-link'>Show more</a></div></article>")
    post, adapter = read_post("x", "/x-more", body)
    assert "don't tell work" not in post.text
    reasons = [m.reason for m in adapter.missing if m.fact == "posts.text"]
    assert reasons and "Show more" in reasons[0], adapter.missing


def test_a_whole_post_has_no_note(read_post):
    body = ("<div role='article'><h3>Jo Bloggs</h3><span aria-label='Shared with Public'>🌐</span>"
            "<div data-ad-preview='message'><span>Lovely day at the park</span></div></div>")
    post, adapter = read_post("facebook", "/fb-whole", body)
    assert post.text == "Lovely day at the park"
    assert not [m for m in adapter.missing if m.fact == "posts.text"]
