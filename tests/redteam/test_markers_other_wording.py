"""Facebook's About page: each contact detail has an audience icon, and the widest decides. An icon
in a wording the locator data does not know ("Public" alone, "Visible to Public") beside known
ones ("Shared with Only me") was skipped, and the known ones passed as "Only me" (real Chromium)."""

from __future__ import annotations

from pathlib import Path

from selfaudit.snapshot import Audience

_PAGE = (
    '<!doctype html><html><head><title>Jo Bloggs | Facebook</title></head><body>'
    '<section role="region" aria-label="Contact and basic info"><h2>Contact and basic info</h2>'
    '<div>Email jo@example.com <span role="img" aria-label="Shared with Only me">*</span></div>'
    '<div>Mobile 07700 900461 <span role="img" aria-label="{second}">*</span></div>'
    "</section></body></html>"
)


def _read(browser, base: str, out: Path):
    from selfaudit.adapters.browser import Allowlist
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.adapters.live.page import LivePage
    from selfaudit.adapters.live.spec import load_spec

    spec = load_spec("facebook")
    setting = next(s for s in spec.settings if s.kind == "markers")
    a = LiveAdapter(browser, spec, base, storage_state=None, out_dir=out, max_posts=0, max_photos=0)
    ctx = browser.new_context(Allowlist.for_base_url(base, spec.hosts), storage_state=None, read_only=True)
    try:
        lp = LivePage(ctx, spec, base)
        lp.goto(base + "/about")
        return a, a._markers(lp, setting)
    finally:
        ctx.close()


def test_an_audience_icon_in_another_wording_is_not_passed_over(page_server, browser, tmp_path):
    base, pages = page_server
    pages["/about"] = _PAGE.format(second="Public")
    a, got = _read(browser, base, tmp_path)
    assert got is None  # not read: the unknown one may be the widest
    assert any(m.fact == "settings.contact_details" and "Public" in m.reason for m in a.missing)


def test_known_wordings_still_give_the_widest(page_server, browser, tmp_path):
    base, pages = page_server
    pages["/about"] = _PAGE.format(second="Shared with Friends")
    _, got = _read(browser, base, tmp_path)
    assert got is not None and got[0].audience == Audience.FRIENDS
