"""Red team 9 (real Chromium, local pages): a photo inside a shared original (a nested
div[role=article] with an <img>) was read as the person's own post photo (post.media): someone
else's photo judged as the person's (faces, logos, where it was taken). Now it is kept with the
shared original (kind share, its author, third party), judged for the post's audience; the
person's own photo beside it stays theirs; a lazy one revealed later is placed the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.redteam.conftest import parse_first
from tests.redteam.test_lazy_post_photos import PLACEHOLDER, _jpeg

SHARED = ('<div role="article"><h3><a href="/kim">Kim Lee</a></h3><div data-ad-preview="message">Our march</div>'
          '{img}</div>')


@pytest.fixture(scope="module")
def site(page_server):  # type: ignore[no-untyped-def]
    base, pages = page_server
    for path in ("/mine.jpg", "/kims.jpg"):
        pages[path] = ("image/jpeg", _jpeg())
    return base, pages


def _parse(site, browser, tmp_path: Path, path: str, own: str, theirs: str):  # type: ignore[no-untyped-def]
    html = ("<!doctype html><html><body><main><article><h3>Jo Bloggs</h3><span aria-label='Shared with Public'>🌐</span>"
            f"<div data-ad-preview='message'>Look at this</div>{own}{SHARED.format(img=theirs)}</article></main></body></html>")
    return parse_first(site, browser, tmp_path, "facebook", path, html, name="Jo Bloggs", handle="jo")


def test_a_shared_originals_photo_is_its_authors(site, browser, tmp_path):
    out = _parse(site, browser, tmp_path, "/share-photo", '<img src="/mine.jpg" alt="mine">', '<img src="/kims.jpg" alt="kims">')
    post, share = next(p for p in out if p.kind == "post"), next(p for p in out if p.kind == "share")
    assert [m.alt for m in post.media] == ["mine"] and not post.media[0].third_party
    assert [(m.alt, m.third_party, m.author) for m in share.media] == [("kims", True, "Kim Lee")]
    assert share.parent_id == post.id and share.audience == post.audience


def test_a_shared_original_with_only_a_photo_is_kept(site, browser, tmp_path):
    out = _parse(site, browser, tmp_path, "/share-only-photo", "", '<img src="/kims.jpg" alt="kims">')
    post = next(p for p in out if p.kind == "post")
    assert post.media == []
    assert [m.alt for p in out if p.kind == "share" for m in p.media] == ["kims"]


def test_a_lazy_photo_is_placed_where_it_is(site, browser, tmp_path):
    # one unloaded image makes the reader reveal all of them: the places must hold then too
    lazy = f'<img src="{PLACEHOLDER}" data-src="/kims.jpg" alt="kims">'
    out = _parse(site, browser, tmp_path, "/share-lazy", '<img src="/mine.jpg" alt="mine">', lazy)
    post = next(p for p in out if p.kind == "post")
    assert [m.alt for m in post.media] == ["mine"]
    assert [(m.alt, m.third_party) for p in out if p.kind == "share" for m in p.media] == [("kims", True)]  # read or said unread
