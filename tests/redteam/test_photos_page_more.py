"""Red team 14 (live audit, real Chromium against the X replica): the media tab shows its first
photos and a "Show more" control, like the timeline. The photos reader never pressed it and,
with fewer photos than --max-photos on the first screen, recorded nothing: "No faces found",
"No GPS location" passed on the first photo of three (the compliant persona, a photo on each X post). The control is now pressed (as for
posts); one that loads nothing and stays is photos.more, and the photo checks do not pass."""

from __future__ import annotations

import pytest

from selfaudit.replicas.sites import base, x

from .conftest import collect_live

pytestmark = pytest.mark.browser
PHOTO_CHECKS = ("photo_location_metadata", "photo_shows_people")
_FRAGMENT = base.Site.fragment


def _nothing_more(self, req, *a, **kw):  # type: ignore[no-untyped-def]
    resp = _FRAGMENT(self, req, *a, **kw)
    again = self.base + req.path + (f"?{req.raw_query}" if req.raw_query else "")
    resp.body, resp.headers = "", [("X-Next-Page", again)]
    return resp


def _persona():  # type: ignore[no-untyped-def]
    """The compliant persona, its three X posts each with a photo (harmless: no faces, GPS or logo)."""
    from selfaudit.replicas.persona import load_persona

    p = load_persona("compliant")
    for post, img in zip(p.account("x").posts, ("books", "garden", "walk"), strict=True):
        post.images = [img]
    return p


def _run(browser, tmp_path, *, judge: bool = True):  # type: ignore[no-untyped-def]
    from selfaudit.analysis import build_analysis
    from selfaudit.config import Config
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.replicas import ReplicaServer
    from selfaudit.snapshot import Snapshot

    with ReplicaServer(persona=_persona()) as srv:
        acct = collect_live(srv, browser, "x", tmp_path / "out", max_posts=10, max_photos=20)
    if not judge:
        return acct, {}
    # the photos are saved in the audit's folder: the analysis reads them there
    res = {r.check: r for r in evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config())).results}
    return acct, res


def test_media_tab_more_is_pressed(browser, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(x.XSite, "page_size", 1)  # one photo post per screen
    acct, _ = _run(browser, tmp_path, judge=False)
    assert len(acct.photos or []) == 3, [m.url for m in acct.photos or []]
    assert acct.provenance.missing_reason("photos.more") is None


def test_media_tab_more_that_loads_nothing_is_no_pass(browser, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(x.XSite, "page_size", 1)
    monkeypatch.setattr(base.Site, "fragment", _nothing_more)
    acct, res = _run(browser, tmp_path)
    assert len(acct.photos or []) == 1
    assert "Show more" in (acct.provenance.missing_reason("photos.more") or "")
    for c in PHOTO_CHECKS:
        assert res[c].status.value != "pass", (c, [f.title for f in res[c].findings])
