"""Probe 29 (real Chromium, local pages): a real logged-out LinkedIn article marks its lazy images
with ``<img src="//:0">`` (postlight/parser's fixture www.linkedin.com.html). ``new URL("//:0",
location.href)`` throws, and the in-page scripts that resolve image addresses let it escape: the
public audit stopped with exit 2 and no report ("Failed to construct 'URL': Invalid URL"), on every
platform. An address the page gives that cannot be parsed is now skipped (no image), never a crash;
so is a link whose address Chromium leaves unparsed (``href="http://[oops"``), and a resource
hint to such an address is listed as removed without a crash."""

from __future__ import annotations

import pytest

from selfaudit.adapters.live.public import collect_public
from tests.redteam.conftest import opened_page

BAD = ('<img src="//:0" alt=""><img data-src="//:0" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">'
       '<img data-delayed-url="x" src="http://[oops/a.jpg" alt=""><a href="http://[oops">a link</a>'
       '<link rel="preconnect" href="http://[oops">')


def _page(title: str) -> str:
    return (f"<!doctype html><html><head><meta charset=utf-8><title>{title}</title></head><body><main><h1>Jo Bloggs</h1>"
            f"<p>Social worker in Leeds</p>{BAD}<article><p>Lovely day at the beach</p>{BAD}</article></main></body></html>")


@pytest.mark.parametrize("platform", ["facebook", "instagram", "x", "linkedin"])
def test_an_unparsable_image_address_does_not_stop_the_public_audit(page_server, browser, tmp_path, platform):
    base, pages = page_server
    pages[f"/{platform}/jo.bloggs"] = _page("Jo Bloggs | LinkedIn" if platform == "linkedin" else "Jo Bloggs")
    acct = collect_public(f"{base}/{platform}/jo.bloggs", platform, browser, tmp_path)  # raised before
    assert acct.stranger_view is not None and acct.stranger_view.reachable
    assert not any("//:0" in u or "[oops" in u for u in acct.stranger_view.images)


def test_the_logged_in_readers_skip_an_unparsable_image_address(page_server, browser, tmp_path):
    with opened_page(page_server, browser, tmp_path, "facebook", "/bad-images", _page("Jo Bloggs")) as (lp, adapter):
        shown = lp.reveal_images(limit=10)
        assert all(not i["src"] and not i["pending"] for i in shown[:3]), shown
        assert not [u for u in lp.listed_images() if "//:0" in u]
        assert lp.links_matching(r".") is not None  # a link Chromium cannot parse is not a crash either
        list(adapter._parse_article(lp, lp.page.locator("article").first, 0, page_comments=False))
        lp.ctx.blocked()  # the removed hint's raw address is named in the report without a crash
