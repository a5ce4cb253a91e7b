"""The page's own data says a profile is closed only when it says it about THIS profile. X's
``legacy.protected: true`` from a UserByScreenName response for another account (a quoted post's
author, a hover card, "who to follow") or Instagram's ``user.is_private: true`` in an embedded
blob for someone else, with the audited profile's own data not (yet) on the page, passed the
stranger view as "a closed profile" (real Chromium, local pages)."""

from __future__ import annotations

import json

import pytest

from tests.realpages.test_real_pages import stranger_verdict

_X = (
    '<!doctype html><html><head><title>Jo Bloggs (@jo_bloggs) / X</title></head><body>'
    '<div data-testid="primaryColumn"><div data-testid="UserName">Jo Bloggs\n@jo_bloggs</div>'
    "<div>Loading…</div></div>"
    "<script>fetch('/i/api/graphql/q1/UserByScreenName').then(r => r.json()).then(() => {});</script>"
    "</body></html>"
)


def _x_user(screen_name: str, protected: bool) -> bytes:
    return json.dumps({"data": {"user": {"result": {"__typename": "User", "rest_id": "42",
                       "legacy": {"screen_name": screen_name, "name": screen_name, "protected": protected}}}}}).encode()


@pytest.mark.parametrize(("owner", "expected"), [("someone_else", "not-checked"), ("jo_bloggs", "pass"), ("JO_BLOGGS", "pass")])
def test_x_protected_flag_counts_only_for_the_audited_handle(owner, expected, page_server, browser, tmp_path):
    from selfaudit.adapters.live.public import collect_public

    base, pages = page_server
    pages["/jo_bloggs"] = _X
    pages["/i/api/graphql/q1/UserByScreenName"] = ("application/json", _x_user(owner, True))
    acct = collect_public(base + "/jo_bloggs", "x", browser, tmp_path)
    view = acct.stranger_view
    assert stranger_verdict(acct) == expected, (view.recognised_as, view.recognised_by)


_IG = (
    '<!doctype html><html><head><title>Jo Bloggs (@jo) • Instagram photos and videos</title>'
    '<meta property="og:site_name" content="Instagram"></head><body><main><header><section><h2>jo</h2></section></header>'
    '<script type="application/json">{blob}</script><div>Posts are loading…</div></main></body></html>'
)


@pytest.mark.parametrize(("blob", "expected"), [
    ({"user": {"username": "someone_else", "is_private": True}}, "not-checked"),  # only another account's flag
    ({"user": {"is_private": True}}, "not-checked"),  # whose flag: not said
    ({"user": {"username": "jo", "is_private": True}}, "pass"),
])
def test_instagram_private_flag_counts_only_for_the_audited_handle(blob, expected, page_server, browser, tmp_path):
    from selfaudit.adapters.live.public import collect_public

    base, pages = page_server
    path = "/jo"
    pages[path] = _IG.format(blob=json.dumps(blob))
    acct = collect_public(base + path, "instagram", browser, tmp_path)
    view = acct.stranger_view
    assert stranger_verdict(acct) == expected, (view.recognised_as, view.recognised_by)
