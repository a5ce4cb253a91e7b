"""The logged-in post reader on a real saved page: each post's comment count comes from the page's own
data (m.facebook's MLiveData comment_count, keyed by the article's data-ft top_level_post_id), since
Facebook shows no count under a post with none. 0 there is evidence; a count above 0 with no comments
read is never taken as read."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import real_pages

_, PAGES = real_pages()
M_GROUP = "facebook/fbscraper-m-group-2021.html"


def read_posts(browser, base: str, url: str, platform: str, out: Path):
    """Run the logged-in adapter's post reader on one served page (a saved page's login form is not an expired session)."""
    from selfaudit.adapters.browser import Allowlist
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.adapters.live.page import LivePage
    from selfaudit.adapters.live.spec import load_spec

    class SavedPage(LiveAdapter):
        def open(self, lp, u):
            lp.goto(u)

    spec = load_spec(platform)
    a = SavedPage(browser, spec, base, storage_state=None, out_dir=out, max_posts=40, max_photos=0)
    ctx = browser.new_context(Allowlist.for_base_url(base, spec.hosts), storage_state=None, read_only=True,
                              deny_paths=spec.deny_get_paths)
    try:
        a.profile_url = url
        posts = a._posts(LivePage(ctx, spec, base))
    finally:
        ctx.close()
    return a, posts


def test_m_facebook_comment_counts_come_from_the_pages_own_data(real_server, browser, tmp_path):
    if not any(p["file"] == M_GROUP for p in PAGES):
        pytest.skip(f"{M_GROUP} is not in the shared set")
    a, posts = read_posts(browser, real_server, f"{real_server}/{M_GROUP}", "facebook", tmp_path)
    own = [p for p in posts if p.kind == "post"]
    assert len(own) == 21 and len({p.id for p in own}) == 21  # each post its own id (shares link to /story.php)
    counts = sorted(n for n, _ in a._data_count.values())
    assert counts == [0] * 19 + [1, 8]  # what the page's MLiveData says, post by post
    said = next(e.evidence for e in a.empty if e.fact == "posts.comments")
    assert "19 of 21" in said and "MLiveData comment_count = 0" in said
    # the two posts with comments have them on their own pages: not read, and never counted as read
    why = next(m.reason for m in a.missing if m.fact == "posts.comments")
    assert "2 of 21" in why and "count comments above 0" in why


def test_m_facebook_post_words_are_read(real_server, browser, tmp_path):
    """m.facebook puts a post's words in <div data-ft='{"tn":"*s"}'> (no data-ad-preview): read, not missing."""
    if not any(p["file"] == M_GROUP for p in PAGES):
        pytest.skip(f"{M_GROUP} is not in the shared set")
    a, posts = read_posts(browser, real_server, f"{real_server}/{M_GROUP}", "facebook", tmp_path)
    own = [p for p in posts if p.kind == "post"]
    with_text = [p for p in own if p.text]
    assert len(with_text) >= 15, [p.text for p in own]
    assert any("South American students" in (p.text or "") for p in own)
    assert not any(m.fact == "posts.text" for m in a.missing)
