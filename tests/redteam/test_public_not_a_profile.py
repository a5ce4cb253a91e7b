"""Probe 29 (real Chromium, local pages modelled on real logged-out LinkedIn pages: a company page,
metascraper's linkedin-company; articles, trafilatura's linkedin.com.hoeltmann and metascraper's
linkedin-pulse): a page that is not a person's profile was audited as one, "recognised as profile
by visible posts". The company's industry failed the bio disclaimer, its employees' posts failed
"your post is visible to anyone", an article failed "a stranger sees your posts". The page's own
data says what kind of page it is (LinkedIn's pageKey, og:url): such a page is now not-checked,
"not a profile page", as the guest home page served where a profile was expected already is."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.live.public import collect_public
from tests.realpages.test_real_pages import stranger_verdict


def _company() -> str:
    ld = json.dumps({"@context": "http://schema.org", "@type": "Organization", "name": "Acme Care", "description": "Care services"})
    return ('<!doctype html><html><head><meta charset=utf-8><title>Acme Care | LinkedIn</title>'
            '<meta name="pageKey" content="d_org_guest_company_overview"><meta property="og:type" content="article">'
            '<meta property="og:url" content="https://uk.linkedin.com/company/acme-care">'
            f'<script type="application/ld+json">{ld}</script></head><body><main>'
            '<h1 class="top-card-layout__title">Acme Care</h1><h4 class="top-card-layout__headline">Hospitals and Health Care</h4>'
            '<section class="core-section-container" data-section="posts"><ul>'
            '<li><article><p>Acme Care reposted this</p><p>Our charity walk raised £400</p></article></li>'
            '<li><article><p>We are hiring support workers</p></article></li></ul></section></main></body></html>')


def _article() -> str:
    return ('<!doctype html><html><head><meta charset=utf-8><title>What I learnt this year</title>'
            '<meta name="pageKey" content="d_flagship2_pulse_read"><meta property="og:type" content="website">'
            '<meta property="og:url" content="https://de.linkedin.com/pulse/what-i-learnt-this-year-jo-bloggs">'
            '</head><body><main><article><h1>What I learnt this year</h1><p>Jo Bloggs, Social worker</p>'
            '<p>A long article about the year.</p></article></main></body></html>')


# postlight/parser's saved LinkedIn article writes its meta values as value= (<meta name="pageKey" value="…">)
_VALUE_ATTR = _article().replace('<meta name="pageKey" content=', '<meta name="pageKey" value=').replace(
    '<meta property="og:url" content="https://de.linkedin.com/pulse/what-i-learnt-this-year-jo-bloggs">', '')


@pytest.mark.parametrize("path, html", [("/company/acme-care/", _company()), ("/pulse/what-i-learnt", _article()),
                                        ("/pulse/value-attributes", _VALUE_ATTR)])
def test_a_page_that_is_not_a_profile_is_not_checked(page_server, browser, tmp_path, path, html):
    from selfaudit.analysis import build_analysis
    from selfaudit.config import Config
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Snapshot

    base, pages = page_server
    pages[path] = html
    acct = collect_public(base + path, "linkedin", browser, tmp_path)
    assert acct.stranger_view.recognised_as == "not_profile", acct.stranger_view.recognised_by
    assert stranger_verdict(acct) == "not-checked"
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()))
    assert not [f for f in ev.findings if f.status.value in ("pass", "fail", "review")], [
        (f.check, f.status.value) for f in ev.findings if f.status.value != "not-checked"]
    [sv] = [f for f in ev.findings if f.check == "stranger_view_exposure"]
    assert "not a profile page" in (sv.reason or ""), sv.reason
