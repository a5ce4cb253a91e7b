"""Red team 14 (live audit, real Chromium against the Facebook replica): a timeline that stops loading.

The first page shows three posts and "See more"; pressing it brings no post (the platform's
server errs, a slow network, a rate limit), so the button stays and no new post comes. The
adapter stopped trying and, having read fewer posts than --max-posts, recorded nothing: the
text checks passed "3 examined, none flagged" on an account with more posts never read. A
"more" control still on the page is now posts.more with the reason; a timeline that ends (no
control left) still passes."""

from __future__ import annotations

import pytest

from selfaudit.replicas.sites import base

from .conftest import collect_live

pytestmark = pytest.mark.browser


_FRAGMENT = base.Site.fragment


def _fails(self, req, *a, **kw):  # type: ignore[no-untyped-def]
    """The platform answers "more" with no post, still offering the next page (a rate limit, a failing backend)."""
    resp = _FRAGMENT(self, req, *a, **kw)
    again = self.base + req.path + (f"?{req.raw_query}" if req.raw_query else "")
    resp.body, resp.headers = "", [("X-Next-Page", again)]
    return resp


def _run(browser, tmp_path, monkeypatch, *, more_fails: bool):  # type: ignore[no-untyped-def]
    from selfaudit.analysis import build_analysis
    from selfaudit.config import Config
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.replicas import ReplicaServer
    from selfaudit.snapshot import Snapshot

    if more_fails:
        monkeypatch.setattr(base.Site, "fragment", _fails)
    with ReplicaServer(persona="compliant") as srv:
        acct = collect_live(srv, browser, "facebook", tmp_path / "out", max_posts=10, max_photos=1)
    res = {r.check: r for r in evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config())).results}
    return acct, res


def test_show_more_that_loads_nothing_is_no_pass(browser, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    acct, res = _run(browser, tmp_path, monkeypatch, more_fails=True)
    own = [p for p in acct.posts or [] if p.kind == "post"]
    assert 0 < len(own) < 10
    why = acct.provenance.missing_reason("posts.more") or ""
    assert "See more" in why, acct.provenance.missing
    for check in ("post_offensive_language", "post_confidential_info", "post_audience_public"):
        assert res[check].status.value != "pass", (check, [f.title for f in res[check].findings])


def test_a_timeline_that_ends_still_passes(browser, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    acct, res = _run(browser, tmp_path, monkeypatch, more_fails=False)
    assert acct.provenance.missing_reason("posts.more") is None
    assert res["post_offensive_language"].status.value == "pass"
