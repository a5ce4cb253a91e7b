"""Fifth red team, stranger view (real Chromium, local pages): a closed profile whose bio gives a
stranger a phone number or an email passes only if selfaudit cannot see it — so every common way
people write them must be seen. The contact probes knew a UK mobile written with spaces only
('07700 900461') and a plain address: '07700-900-461', '+44 (0)7700 900461', '(07700) 900461',
a work landline '020 8356 3000' and 'jo [at] example [dot] org' passed a closed X profile as
"A logged-out stranger sees only a closed profile"."""

from __future__ import annotations

import pytest

from tests.realpages.test_real_pages import stranger_verdict

_HEAD = '<!doctype html><html><head><title>Jo Bloggs (@jo) / X</title><meta property="og:site_name" content="X"></head><body>'


def _closed(bio: str) -> str:
    return _HEAD + (
        '<div data-testid="primaryColumn"><div data-testid="UserName">Jo Bloggs\n@jo</div>'
        f'<div data-testid="UserDescription"><span>{bio}</span></div>'
        "<div><span>These posts are protected</span><p>Only approved followers can see @jo’s posts. "
        "To request access, click Follow.</p></div></div></body></html>"
    )


@pytest.mark.parametrize("bio", [
    "Social worker. Out of hours: 07700-900-461",
    "Call +44 (0)7700 900461 for the team",
    "Mobile (07700) 900461",
    "Duty desk 020 8356 3000",
    "Mobile: 07700.900.461",
    "jo [at] example [dot] org",
    "jo(at)example.org",
    "Contact: +447700900461",
])
def test_contact_in_a_closed_profiles_bio_fails(bio, page_server, browser, tmp_path):
    from selfaudit.adapters.live.public import collect_public

    base, pages = page_server
    path = f"/c{abs(hash(bio)) & 0xffffff}"
    pages[path] = _closed(bio)
    acct = collect_public(base + path, "x", browser, tmp_path)
    view = acct.stranger_view
    assert view.recognised_as == "closed_profile", view.recognised_by
    assert stranger_verdict(acct) == "fail", [i for i in view.items if i.what == "contact"]


@pytest.mark.parametrize("bio", [
    "Dad of 2. 1,200 runs since 2019",  # numbers that are not a phone
    "Views my own. Reading 2024-2025: 52 books",
    "Tweets at 07:30 daily",
    "Reading amazon.com/gp/product/0262035618/ref=x",  # an ISBN in a link (the real m.facebook page has one)
])
def test_numbers_that_are_not_contact_details_still_pass(bio, page_server, browser, tmp_path):
    from selfaudit.adapters.live.public import collect_public

    base, pages = page_server
    path = f"/n{abs(hash(bio)) & 0xffffff}"
    pages[path] = _closed(bio)
    acct = collect_public(base + path, "x", browser, tmp_path)
    assert stranger_verdict(acct) == "pass", [i for i in acct.stranger_view.items if i.what == "contact"]
