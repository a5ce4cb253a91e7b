"""A post that shares another post: the shared post's words are not the person's own.

The post's text was the first match of the text locator anywhere in the post, the embedded
original's included: when the person's own caption markup was unknown (or the share had no
caption), the original author's words became the person's post — failed on someone else's
words without saying so, and the person's own words never read. m.facebook (real saved page,
../shared/real-pages/facebook/fbscraper-m-group-2021.html) shows a share as the sharer's caption
('*s', often empty) then the original inside the attachment (data-ft tn "H") with its own header
and '*s' text. Now the post's text is its own, and each shared original is kept as a share by
its author (real Chromium, local pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from selfaudit.adapters.browser import Allowlist
from selfaudit.adapters.live.adapter import LiveAdapter
from selfaudit.adapters.live.page import LivePage
from selfaudit.adapters.live.spec import shipped_spec

KIM = "Those people on the estate are scum and deserve a kicking"


@pytest.fixture
def parse(page_server, browser, tmp_path: Path):  # type: ignore[no-untyped-def]
    base, pages = page_server
    contexts = []

    def parse_(path: str, body: str, owner: str = "Jo Bloggs"):  # type: ignore[no-untyped-def]
        pages[path] = f"<!doctype html><html><body><main>{body}</main></body></html>"
        ctx = browser.new_context(Allowlist.for_base_url(base, []))
        contexts.append(ctx)
        lp = LivePage(ctx, shipped_spec("facebook"), base, pacing_s=0)
        lp.goto(base + path)
        adapter = LiveAdapter(browser, lp.spec, lp.base_url, storage_state=None, out_dir=tmp_path)
        adapter.owner_name = owner
        got = adapter._parse_article(lp, lp.page.locator("article").first, 0, page_comments=False)
        return adapter, [p for p in got if p.kind == "post"], [p for p in got if p.kind == "share"]

    yield parse_
    for c in contexts:
        c.close()


SHARED = (f'<div role="article"><h4><a href="/kim">Kim Lee</a></h4><span aria-label="Shared with Public">🌐</span>'
          f'<div data-ad-preview="message">{KIM}</div></div>')


def test_own_caption_in_unknown_markup_is_not_replaced_by_the_shared_words(parse):
    body = (f'<article><h3>Jo Bloggs</h3><span aria-label="Shared with Friends">👥</span>'
            f'<div class="userContent">Worth a read</div>{SHARED}</article>')
    adapter, [post], [share] = parse("/unknown-caption", body)
    assert KIM not in post.text and "Worth a read" in post.text
    assert share.text == KIM and share.author == "Kim Lee" and share.third_party and share.parent_id == post.id
    assert not adapter._text_found.get(post.id, True)  # the own caption's markup was not recognised: said so


def test_a_share_without_a_caption_is_not_the_persons_words(parse):
    body = f'<article><h3>Jo Bloggs</h3><span aria-label="Shared with Friends">👥</span><div data-ad-preview="message"></div>{SHARED}</article>'
    _, [post], [share] = parse("/no-caption", body)
    assert KIM not in post.text and share.text == KIM and share.third_party


def test_m_facebook_attached_original_is_a_share(parse):
    # the real page's shape: the sharer's '*s' (empty), then the original in the attachment (tn H)
    body = ("<article data-ft='{\"top_level_post_id\":\"111\",\"tn\":\"-R\"}'><div class=\"story_body_container\">"
            "<header><a href=\"/jo\">Jo Bloggs</a> shared a post.</header>"
            "<div data-ft='{\"tn\":\"*s\"}'></div>"
            "<div data-ft='{\"tn\":\"H\"}'><div class=\"story_body_container\"><header><a href=\"/kim\">Kim Lee</a> 24 May</header>"
            f"<div data-ft='{{\"tn\":\"*s\"}}'><p>{KIM}</p></div></div></div></div></article>")
    _, [post], [share] = parse("/m-share", body)
    assert KIM not in post.text
    assert share.text == KIM and share.author == "Kim Lee" and share.third_party


def test_sharing_your_own_post_is_yours(parse):
    mine = ('<div role="article"><h4><a href="/jo">Jo Bloggs</a></h4>'
            '<div data-ad-preview="message">Throwback to the fun run</div></div>')
    body = f'<article><h3>Jo Bloggs</h3><div data-ad-preview="message">Again!</div>{mine}</article>'
    _, [post], [share] = parse("/own-share", body)
    assert post.text == "Again!" and share.text == "Throwback to the fun run" and not share.third_party


def test_a_plain_post_is_unchanged(parse):
    body = '<article><h3>Jo Bloggs</h3><div data-ad-preview="message">Lovely day at the beach</div></article>'
    adapter, [post], shares = parse("/plain", body)
    assert post.text == "Lovely day at the beach" and shares == [] and adapter._text_found[post.id]


def test_public_audit_keeps_a_shared_original_apart(page_server, browser, tmp_path):
    """The stranger view's posts (selfaudit audit --public): the same rule on the logged-out page."""
    from selfaudit.adapters.live.public import collect_public

    base, pages = page_server
    pages["/jo.bloggs"] = (
        '<!doctype html><html><head><title>Jo Bloggs | Facebook</title><meta property="og:site_name" content="Facebook">'
        '</head><body><main><h1>Jo Bloggs</h1>'
        f'<article><h3>Jo Bloggs</h3><div class="userContent">Worth a read</div>{SHARED}</article>'
        '<article><h3>Jo Bloggs</h3><div data-ad-preview="message">Lovely day at the beach</div></article>'
        "</main></body></html>")
    acct = collect_public(base + "/jo.bloggs", "facebook", browser, tmp_path)
    own = [p for p in acct.posts if p.kind == "post"]
    shares = [p for p in acct.posts if p.kind == "share"]
    assert len(own) == 2 and "Worth a read" in own[0].text and all(KIM not in p.text for p in own)
    assert [(KIM in s.text, s.author, s.third_party) for s in shares] == [(True, "Kim Lee", True)]
