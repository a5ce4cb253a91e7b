"""Fifth red team, logged-in Instagram (real Chromium, local pages): the profile grid links photo
posts as /p/<code>/ and reels as /reel/<code>/. Only /p/ links were followed, so a reel's caption
was never read and nothing said so: the text checks passed on the photo posts alone. Reels are
now read like posts (their page is a post page)."""

from __future__ import annotations

from selfaudit.adapters.browser import Allowlist
from selfaudit.adapters.live.adapter import LiveAdapter
from selfaudit.adapters.live.page import LivePage
from selfaudit.adapters.live.spec import shipped_spec


def _post_page(caption: str) -> str:
    return (f"<!doctype html><html><body><main><div role='article' aria-label='Post by jo'><h1>{caption}</h1>"
            "<div>No comments yet</div></div></main></body></html>")


def test_reels_in_the_grid_are_read(page_server, browser, tmp_path):
    base, pages = page_server
    pages["/jo"] = ("<!doctype html><html><body><main><a href='/p/AAA/'><img alt='a'></a>"
                    "<a href='/reel/BBB/'><img alt='b'></a></main></body></html>")
    pages["/p/AAA/"] = _post_page("Sunny day")
    pages["/reel/BBB/"] = _post_page("Bought a bit of weed off a kid on the estate, don't tell work")
    ctx = browser.new_context(Allowlist.for_base_url(base, []))
    try:
        lp = LivePage(ctx, shipped_spec("instagram"), base, pacing_s=0)
        adapter = LiveAdapter(browser, lp.spec, base, storage_state=None, out_dir=tmp_path, max_posts=20)
        adapter.profile_url, adapter.handle = base + "/jo", "jo"
        posts = adapter._posts(lp)
    finally:
        ctx.close()
    texts = [p.text for p in posts if p.kind == "post"]
    assert any("don't tell work" in t for t in texts), texts
    assert len(texts) == 2
