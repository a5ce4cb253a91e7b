"""Second red team, live settings (real Chromium on 127.0.0.1): a changed settings page must not
turn into a pass.

- The same setting shown twice with different values (an A/B variant beside the old control,
  a stale copy in a dialog): the first one found used to decide; either may be the real one.
- Facebook's About fields, one marker in a wording selfaudit does not know beside one it
  knows ("Only me"): the unknown one may be the widest audience, so the widest of the known
  ones is no answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from selfaudit.adapters.browser import Allowlist
from selfaudit.adapters.live.adapter import LiveAdapter
from selfaudit.adapters.live.page import LivePage
from selfaudit.adapters.live.spec import shipped_spec
from selfaudit.errors import PageChangedError
from selfaudit.snapshot import Audience

FUTURE = "Who can see your future posts?"


def _select(value: str, label: str = FUTURE, sid: str = "s") -> str:
    opts = "".join(f"<option{' selected' if o == value else ''}>{o}</option>" for o in ("Public", "Friends", "Only me"))
    return f'<label for="{sid}">{label}</label><select id="{sid}">{opts}</select>'


def _page(body: str) -> str:
    return f"<!doctype html><html><body><main>{body}</main></body></html>"


@pytest.fixture
def live(page_server, browser):  # type: ignore[no-untyped-def]
    base, pages = page_server
    spec = shipped_spec("facebook")
    ctx = browser.new_context(Allowlist.for_base_url(base, []))
    lp = LivePage(ctx, spec, base, pacing_s=0)

    def open_(path: str, body: str) -> LivePage:
        pages[path] = _page(body)
        lp.goto(base + path)
        return lp

    yield open_
    ctx.close()


def test_one_setting_shown_twice_with_different_values_is_not_read(live):
    lp = live("/twice", _select("Friends", sid="a") + _select("Public", sid="b"))
    with pytest.raises(PageChangedError) as err:
        lp.read_control([FUTURE])
    assert "Friends" in err.value.message and "Public" in err.value.message


def test_one_setting_shown_twice_alike_is_read(live):
    lp = live("/alike", _select("Friends", sid="a") + _select("Friends", sid="b"))
    assert lp.read_control([FUTURE]) == (FUTURE, "select", "Friends")


def test_a_setting_shown_once_is_read(live):
    lp = live("/once", _select("Only me"))
    assert lp.read_control([FUTURE]) == (FUTURE, "select", "Only me")


def _contact(markers: list[str]) -> str:
    items = "".join(f'<div><span>Item {i}</span><span aria-label="Shared with {m}">*</span></div>' for i, m in enumerate(markers))
    return f'<section role="region" aria-label="Contact and basic info"><h2>Contact and basic info</h2>{items}</section>'


@pytest.mark.parametrize(
    ("markers", "expected"),
    [
        (["Only me", "Friends"], Audience.FRIENDS),  # all known: the widest
        (["Only me", "Public"], Audience.PUBLIC),
        (["Only me", "Öffentlich"], None),  # one unknown: it may be the widest — not read, never "only me"
    ],
)
def test_about_markers_unknown_wording_makes_the_setting_unread(live, browser, tmp_path: Path, markers, expected):
    lp = live("/about" + str(len(markers)) + markers[-1].encode().hex(), _contact(markers))
    spec = lp.spec
    adapter = LiveAdapter(browser, spec, lp.base_url, storage_state=None, out_dir=tmp_path)
    [s] = [s for s in spec.settings if s.key == "contact_details"]
    got = adapter._markers(lp, s)
    if expected is None:
        assert got is None
        [miss] = [m for m in adapter.missing if m.fact == "settings.contact_details"]
        assert "Öffentlich" in miss.reason
    else:
        assert got is not None and {x.audience for x in got} == {expected}


def test_the_old_and_the_new_label_of_one_setting_with_different_values_is_not_read(live):
    # the locator data lists both wordings of a label (an A/B test); both on the page, disagreeing
    new = "Who can see posts you share from now on?"
    lp = live("/ab", _select("Friends", sid="a") + _select("Public", label=new, sid="b"))
    with pytest.raises(PageChangedError):
        lp.read_control([FUTURE, new])
    lp = live("/ab-alike", _select("Friends", sid="a") + _select("Friends", label=new, sid="b"))
    assert lp.read_control([FUTURE, new]) == (FUTURE, "select", "Friends")
