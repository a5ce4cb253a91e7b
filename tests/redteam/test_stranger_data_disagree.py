"""Second red team, stranger view (real Chromium, local pages): the page's own data says the
profile is closed only when it says so about this profile and nothing on the page says otherwise.

A public Instagram profile whose page also carries another account's data ("suggested for
you": ``user.is_private: true``) beside its own ``is_private: false``, and whose posts grid
had not rendered when it was read, used to pass as "a closed profile".
"""

from __future__ import annotations

import json

import pytest

from tests.realpages.test_real_pages import stranger_verdict

_HEAD = (
    '<!doctype html><html><head><title>Jo Bloggs (@jo) • Instagram photos and videos</title>'
    '<meta property="og:site_name" content="Instagram"></head><body><main><header><section><h2>jo</h2></section></header>'
)


def _page(*blocks: dict) -> str:
    data = "".join(f'<script type="application/json">{json.dumps(b)}</script>' for b in blocks)
    return _HEAD + data + "<div>Posts are loading…</div></main></body></html>"


OWN_PUBLIC = {"user": {"username": "jo", "is_private": False}}
OTHER_PRIVATE = {"user": {"username": "someone_else", "is_private": True}}
OWN_PRIVATE = {"user": {"username": "jo", "is_private": True}}


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ((OWN_PUBLIC, OTHER_PRIVATE), "not-checked"),  # the page's data disagrees: no closed profile
        ((OTHER_PRIVATE, OWN_PUBLIC), "not-checked"),
        ((OWN_PRIVATE,), "pass"),  # the page's own data, alone and clear: closed
    ],
    ids=["own-public-first", "other-private-first", "own-private"],
)
def test_closed_profile_data_must_not_disagree(blocks, expected, page_server, browser, tmp_path):
    from selfaudit.adapters.live.public import collect_public

    base, pages = page_server
    # the profile's handle ("jo") last in the address: the data is bound to it (test_stranger_flag_owner)
    path = "/" + "-".join(str(b["user"]["is_private"]) + b["user"]["username"] for b in blocks) + "/jo"
    pages[path] = _page(*blocks)
    acct = collect_public(base + path, "instagram", browser, tmp_path)
    view = acct.stranger_view
    assert stranger_verdict(acct) == expected, (view.recognised_as, view.recognised_by)
