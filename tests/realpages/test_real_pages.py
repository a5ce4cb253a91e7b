"""Every real saved page gets the stranger-view verdict its expected.json gives; none that
shows content passes; a page of a kind never seen is not-checked, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import real_pages

_, PAGES = real_pages()


def stranger_verdict(acct) -> str:
    """The stranger_view_exposure verdict, through the same runner the audit uses."""
    from selfaudit import evaluate as ev
    from selfaudit.analysis import Analysis
    from selfaudit.policy import load_policy

    run_check = getattr(ev, "run_check", None) or ev._run_check  # named run_check on main
    pol = load_policy(None)
    meta = pol.catalogue.by_id["stranger_view_exposure"]
    return run_check(meta, pol.served_by(meta.id), acct, Analysis()).status.value


def _verdict(acct, tmp_path: Path) -> str:
    return stranger_verdict(acct)


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_real_page_gets_its_expected_stranger_verdict(page, real_server, browser, tmp_path):
    from selfaudit.adapters.live.public import collect_public

    acct = collect_public(f"{real_server}/{page['file']}", page["platform"], browser, tmp_path)
    verdict = _verdict(acct, tmp_path)
    view = acct.stranger_view
    shown = [i.what for i in view.items if i.state == "shown"]
    assert verdict == page["stranger_view"], (view.recognised_as, view.recognised_by, shown)
    if page["shows"]:  # a page that shows content never passes
        assert verdict != "pass"
        assert view.recognised_as == "profile"
        assert set(shown) & (set(page["shows"]) - {"name", "photo"}), shown


def test_m_facebook_name_is_not_the_word_facebook(real_server, browser, tmp_path):
    from selfaudit.adapters.live.public import collect_public

    fb = [p for p in PAGES if p["file"].startswith("facebook/")]
    if not fb:
        pytest.skip("no Facebook real page in the shared set")
    acct = collect_public(f"{real_server}/{fb[0]['file']}", "facebook", browser, tmp_path)
    name = next(i for i in acct.stranger_view.items if i.what == "name")
    assert name.state == "shown" and name.text and name.text.strip().lower() != "facebook"


@pytest.mark.parametrize("path", ["/odd/empty", "/odd/other-site", "/no-such-page"])
@pytest.mark.parametrize("platform", ["facebook", "instagram", "x", "linkedin"])
def test_page_never_seen_is_not_checked(path, platform, real_server, browser, tmp_path):
    from selfaudit.adapters.live.public import collect_public

    acct = collect_public(real_server + path, platform, browser, tmp_path)
    assert _verdict(acct, tmp_path) == "not-checked", acct.stranger_view.recognised_as
