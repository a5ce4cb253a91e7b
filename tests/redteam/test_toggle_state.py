"""A switch whose on/off state cannot be read is unknown, not "off" (real Chromium): "off" is a
narrow audience for some settings (LinkedIn's connection visibility), so a guess could pass."""

from __future__ import annotations

import pytest

from selfaudit.adapters.browser import Allowlist
from selfaudit.adapters.live.page import _CONTROL_JS

PAGE = """<!doctype html><html><body>
<div role="switch" id="on" aria-checked="true">Connection visibility</div>
<div role="switch" id="off" aria-checked="false">Connection visibility</div>
<div role="switch" id="unread" class="is-checked">Connection visibility</div>
<input type="checkbox" id="box" checked>
</body></html>"""


@pytest.mark.parametrize(("el", "value"), [("on", "on"), ("off", "off"), ("unread", None), ("box", "on")])
def test_switch_state(el, value, page_server, browser):
    base, pages = page_server
    pages["/switches"] = PAGE
    ctx = browser.new_context(Allowlist.for_base_url(base, []))
    try:
        page = ctx.new_page()
        ctx.navigate(page, base + "/switches")
        got = page.locator(f"#{el}").evaluate(_CONTROL_JS)
    finally:
        ctx.close()
    assert got == {"kind": "toggle", "value": value}


def test_an_unread_switch_maps_to_an_unknown_audience():
    from selfaudit.adapters.live.adapter import toggle_option

    assert toggle_option("on") == "On" and toggle_option("off") == "Off" and toggle_option(None) is None
