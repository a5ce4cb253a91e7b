"""Red team 10 (real Chromium, local page): the public audit (`audit --public URL`) of a Facebook
profile read a friend's "Kim Lee ▶ Jo Bloggs" post as the person's own — only the logged-in reader
compared the heading's name with the person's (locator posts.author, `compare: name`, `to`). The
public reader now reads the same locator data and applies the same rule: a friend's wall post is a
third-party share (their words, still judged for audience: it is public on the person's page); a
name it cannot tell apart from the person's (a middle name, a Page) stays the person's, its name kept."""

from __future__ import annotations

from selfaudit.adapters.live.public import collect_public

KIM = "Those people on the estate are scum and deserve a kicking"


def _post(heading: str, text: str) -> str:
    # real m.facebook: article > header h3 > strong > a, the post's words in a div after the header
    return f'<article><header><h3>{heading}</h3></header><div data-ad-preview="message">{text}</div></article>'


def _page(posts: str) -> str:
    return ('<!doctype html><html><head><title>Jo Bloggs | Facebook</title><meta property="og:site_name" content="Facebook">'
            '<meta property="og:type" content="profile"><meta property="og:title" content="Jo Bloggs"></head>'
            f'<body><main><h1>Jo Bloggs</h1><section>{posts}</section></main></body></html>')


def test_a_friends_wall_post_on_the_public_page_is_not_the_persons(page_server, browser, tmp_path):
    from selfaudit.findings import Status
    from tests.test_evaluate import findings_of, run

    base, pages = page_server
    pages["/jo.bloggs.wall"] = _page(
        _post('<strong><a href="/kim">Kim Lee</a></strong> ▶ <strong><a href="/jo">Jo Bloggs</a></strong>', KIM)
        + _post('<strong><a href="/jo">Jo B. Bloggs</a></strong>', "Our charity walk raised £400")  # cannot tell: theirs
        + _post('<strong><a href="/jo">Jo Bloggs</a></strong>', "Lovely day at the beach"))
    acct = collect_public(base + "/jo.bloggs.wall", "facebook", browser, tmp_path)
    got = {next(t for t in (KIM, "Our charity walk raised £400", "Lovely day at the beach") if t in p.text): (p.kind, p.third_party, p.author)
           for p in acct.posts or ()}
    assert got == {KIM: ("share", True, "Kim Lee"),
                   "Our charity walk raised £400": ("post", False, "Jo B. Bloggs"),
                   "Lovely day at the beach": ("post", False, None)}
    # all three are public on the person's page: each is judged for audience, none skipped
    fs = findings_of(run(acct), "post_audience_public")
    assert sum(1 for f in fs if f.status == Status.FAIL and f.item.startswith("post:")) == 3, [(f.status, f.title) for f in fs]
