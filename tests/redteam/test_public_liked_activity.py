"""Red team 9 (real Chromium, local page): the public audit (`audit --public URL`) had no author
check. A logged-out LinkedIn profile's Activity card shows posts the person only liked or commented
on, each with a line under its title ("Liked by Jo Bloggs"; the real public profile's markup:
li > .main-activity-card > h3.base-main-card__title, h4.base-main-card__subtitle, as public scrapers
read it). Their words were read as the person's own posts. Now an item whose line says the person
only reacted (locator data stranger.post_action / post_reacted) is its author's words (the person's
activity, not a post of theirs: test_public_liked_not_posts); the person's own ("Shared by …", no line)
stays theirs."""

from __future__ import annotations

import json

from selfaudit.adapters.live.public import collect_public

KIM = "Those people on the estate are scum and deserve a kicking"


def _card(title: str, line: str) -> str:
    sub = f'<h4 class="base-main-card__subtitle">{line}</h4>' if line else ""
    return (f'<li><div class="base-card main-activity-card"><a class="base-card__full-link" href="/posts/x-{len(title)}-{len(line)}">'
            f'<span class="sr-only">{title}</span></a><div class="base-main-card__info"><h3 class="base-main-card__title">{title}</h3>'
            f"{sub}</div></div></li>")


def _page(cards: str) -> str:
    ld = json.dumps({"@context": "http://schema.org", "@graph": [{"@type": "Person", "name": "Jo Bloggs", "jobTitle": "Social worker"}]})
    return ('<!doctype html><html><head><title>Jo Bloggs - Social worker | LinkedIn</title><meta property="og:site_name" content="LinkedIn">'
            f'<script type="application/ld+json">{ld}</script></head><body><main><h1 class="top-card-layout__title">Jo Bloggs</h1>'
            f'<section class="core-section-container activities" data-section="posts"><h2 class="section-title">Activity</h2><ul>{cards}</ul>'
            "</section></main></body></html>")


def test_a_liked_post_is_not_the_persons_own(page_server, browser, tmp_path):
    base, pages = page_server
    pages["/in/jo-bloggs/"] = _page(_card(KIM, "Liked by Jo Bloggs") + _card("Proud of my team today", "Shared by Jo Bloggs")
                                    + _card("Our charity walk raised £400", ""))
    acct = collect_public(base + "/in/jo-bloggs/", "linkedin", browser, tmp_path)
    got = {p.text: (p.kind, p.third_party) for p in acct.posts or ()}
    assert got[KIM] == ("reaction", True)  # its title alone, not the line under it (a like: activity, test_public_liked_not_posts)
    assert got["Proud of my team today"] == ("post", False) and got["Our charity walk raised £400"] == ("post", False)


def test_an_x_repost_on_the_logged_out_timeline_is_not_the_persons(page_server, browser, tmp_path):
    # the real saved X page (../shared/real-pages/x/xingest-jason.html) marks its pinned post with
    # data-testid=socialContext "Pinned"; a repost carries "<name> reposted" there
    from tests.redteam.test_x_repost_author import _tweet

    base, pages = page_server
    ld = json.dumps({"@context": "http://schema.org", "@type": "ProfilePage", "mainEntity": {"@type": "Person", "name": "Jo Bloggs"}})
    pages["/jo_bloggs"] = (f'<!doctype html><html><head><title>Jo Bloggs (@jo_bloggs) / X</title><script type="application/ld+json">{ld}'
                           '</script></head><body><main><div data-testid="primaryColumn"><div data-testid="UserName">Jo Bloggs @jo_bloggs</div>'
                           + _tweet("kimlee", KIM, "Jo Bloggs reposted") + _tweet("jo_bloggs", "Lovely day at the beach", "Pinned")
                           + "</div></main></body></html>")
    acct = collect_public(base + "/jo_bloggs", "x", browser, tmp_path)
    got = {p.text: (p.kind, p.third_party) for p in acct.posts or ()}
    assert got == {KIM: ("share", True), "Lovely day at the beach": ("post", False)}
