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


# -- pages we write: which post a comment or a count belongs to must never be mixed -------------------------
def _fb_post(n: int, *, ft: str | None = None, comment: str | None = None) -> str:
    """One m.facebook post as the group page writes it (data-ft on the article, when given)."""
    attr = f" data-ft='{{\"top_level_post_id\":\"{ft}\"}}'" if ft else ""
    said = f'<ul aria-label="Comments"><li><strong>Ann</strong> {comment}</li></ul>' if comment else ""
    return (f"<article{attr}><header><strong>Jane</strong></header><div data-ft='{{\"tn\":\"*s\"}}'>Post {n} words "
            f'about the weekend</div><a href="/story.php?story_fbid={n}&id=9">Full Story</a>{said}</article>')


def _fb_page(body: str, *live: str) -> str:
    """An m.facebook page with its MLiveData entries (each ``"<id>",{…}``)."""
    data = ",".join(f'["MLiveData","set",[],[{e}]]' for e in live)
    return (f'<!doctype html><html><head><title>Group</title></head><body><div id="root" role="main">{body}'
            f"<script>(function(){{var x=[{data}];}})();</script></div></body></html>")


def _li_page(body: str, *counts: object) -> str:
    """A LinkedIn page whose embedded API JSON holds these numComments for urn:li:activity:5."""
    import html
    import json

    inc = [{"entityUrn": "urn:li:fsd_socialActivityCounts:urn:li:activity:5", "numComments": n} for n in counts]
    return (f'<!doctype html><html><head><title>Jane | LinkedIn</title></head><body><main>{body}'
            f'<code style="display: none" id="bpr-guid-1">{html.escape(json.dumps({"included": inc}))}</code>'
            "</main></body></html>")


_LI_POST = ('<div role="article" data-urn="urn:li:activity:5"><span dir="ltr">A post about the weekend</span>'
            '<a href="/feed/update/urn:li:activity:5/">link</a></div>')

MADE = {
    # a wrapper's data-ft is not the id of every post in it: the second post (story 2) must not borrow 1
    "facebook/wrapper.html": _fb_page(f"<section data-ft='{{\"top_level_post_id\":\"1\"}}'>{_fb_post(1, ft='1', comment='lovely')}"
                                      f"{_fb_post(2)}</section>", '"1",{ft_ent_identifier:1,comment_count:1,share_count:0}'),
    # no data-ft: both posts link to /story.php, told apart only by ?story_fbid=…
    "facebook/story-php.html": _fb_page(f"<section>{_fb_post(1, comment='lovely')}{_fb_post(2)}</section>",
                                        '"1",{ft_ent_identifier:1,comment_count:1,share_count:0}'),
    # two posts whose markup gives the same id: which comments are whose cannot be told
    "facebook/same-id.html": _fb_page(f"{_fb_post(1, ft='1', comment='lovely')}{_fb_post(1, ft='1')}",
                                      '"1",{ft_ent_identifier:1,comment_count:1,share_count:0}'),
    # a wrapper that holds one post alone: its id is that post's, and its data's 0 is evidence
    "facebook/one-wrapped.html": _fb_page(f"<div data-ft='{{\"top_level_post_id\":\"3\"}}'>{_fb_post(3)}</div>",
                                          '"3",{ft_ent_identifier:3,comment_count:0,share_count:0}'),
    # a stale 0, and an entry for the same post whose count the probe cannot read (a nested {…} before it)
    "facebook/stale-0.html": _fb_page(_fb_post(4, ft="4"), '"4",{ft_ent_identifier:4,comment_count:0,share_count:0}',
                                      '"4",{ft_ent_identifier:4,like_counts:[null,{__html:"1 Like"}],comment_count:3}'),
    "linkedin/stale-0": _li_page(_LI_POST, 0, "1.2K"),
    "linkedin/zero": _li_page(_LI_POST, 0, 0),
}


@pytest.fixture(scope="module")
def made_server(tmp_path_factory):
    """Serves the pages above (ours, written here) on 127.0.0.1."""
    import functools
    import http.server
    import threading

    from selfaudit.adapters.live.spec import load_spec

    from .conftest import _Quiet

    root = tmp_path_factory.mktemp("made")
    for name, body in MADE.items():  # where the platform's posts page is, for a profile at /<name>
        path = root / (load_spec(name.split("/")[0]).posts.page.replace("{profile}", name).lstrip("/"))
        path = path if path.suffix else path / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def _read_made(browser, base, name, tmp_path):
    a, posts = read_posts(browser, base, f"{base}/{name}", name.split("/")[0], tmp_path)
    why = " | ".join(m.reason for m in a.missing if m.fact == "posts.comments")
    return a, [p for p in posts if p.kind == "post"], why


def test_a_wrappers_id_is_not_every_post_in_it(made_server, browser, tmp_path):
    _, own, why = _read_made(browser, made_server, "facebook/wrapper.html", tmp_path)
    assert len(own) == 2 and own[0].id == "1" and own[1].id != "1"
    assert "1 of 2" in why and "not recognised as 0" in why  # the post without comments read is unread


def test_posts_linking_to_the_same_page_keep_their_own_ids(made_server, browser, tmp_path):
    _, own, why = _read_made(browser, made_server, "facebook/story-php.html", tmp_path)
    assert [p.id for p in own] == ["story.php?story_fbid=1&id=9", "story.php?story_fbid=2&id=9"]
    assert "1 of 2" in why and "not recognised as 0" in why


def test_posts_giving_the_same_id_are_not_read(made_server, browser, tmp_path):
    """Could not tell: one post's comments never make another sharing its id count as read."""
    a, own, why = _read_made(browser, made_server, "facebook/same-id.html", tmp_path)
    assert len(own) == 2 and len({p.id for p in own}) == 2  # kept apart, each with its own comments
    assert "2 of 2 post(s) gave the same id" in why
    assert not any(e.fact == "posts.comments" for e in a.empty)


def test_a_post_alone_in_its_wrapper_is_read_from_the_wrappers_id(made_server, browser, tmp_path):
    a, own, why = _read_made(browser, made_server, "facebook/one-wrapped.html", tmp_path)
    assert [p.id for p in own] == ["3"] and not why
    said = next(e.evidence for e in a.empty if e.fact == "posts.comments")
    assert "1 of 1" in said and "MLiveData comment_count = 0" in said


@pytest.mark.parametrize("name", ["facebook/stale-0.html", "linkedin/stale-0"])
def test_a_stale_0_never_beats_an_entry_that_could_not_be_read(made_server, browser, tmp_path, name):
    a, own, why = _read_made(browser, made_server, name, tmp_path)
    assert len(own) == 1 and a._data_count == {}
    assert "1 of 1" in why and "not recognised as 0" in why
    assert not any(e.fact == "posts.comments" for e in a.empty)


def test_linkedin_entries_that_all_say_0_are_read(made_server, browser, tmp_path):
    a, own, why = _read_made(browser, made_server, "linkedin/zero", tmp_path)
    assert [p.id for p in own] == ["urn:li:activity:5"] and not why
    said = next(e.evidence for e in a.empty if e.fact == "posts.comments")
    assert "1 of 1" in said and "numComments = 0" in said
