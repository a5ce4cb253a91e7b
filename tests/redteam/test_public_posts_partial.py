"""Second red team, `audit --public` (real Chromium, a local page): the posts a logged-out page
shows first are not all a stranger can scroll to. Reading the first few and finding nothing
used to pass "could be portrayed as an offence", "confidential" and "names your organisation"
for the whole account; what was read is still judged, and a finding in it still counts."""

from __future__ import annotations

import pytest

_HEAD = '<!doctype html><html><head><title>Jo Bloggs (@jo) / X</title><meta property="og:site_name" content="X"></head><body>'


def _page(texts: list[str]) -> str:
    posts = "".join(f'<article data-testid="tweet"><div data-testid="tweetText">{t}</div></article>' for t in texts)
    return _HEAD + '<div data-testid="primaryColumn"><div data-testid="UserName">Jo Bloggs\n@jo</div>' + posts + "</div></body></html>"


def _results(page_server, browser, tmp_path, path: str, texts: list[str]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from selfaudit.adapters.live.public import collect_public
    from selfaudit.analysis import build_analysis
    from selfaudit.config import Config
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Snapshot

    base, pages = page_server
    pages[path] = _page(texts)
    acct = collect_public(base + path, "x", browser, tmp_path)
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()))
    return {r.check: r.status.value for r in ev.results}


@pytest.mark.parametrize("check", ["post_possible_offence", "post_confidential_info", "post_names_organisation"])
def test_clean_first_page_of_posts_is_not_a_pass_for_the_account(page_server, browser, tmp_path, check):
    res = _results(page_server, browser, tmp_path, "/clean", ["Lovely walk by the canal", "Bake sale on Saturday", "Rain again"])
    assert res[check] == "not-checked"
    assert res["stranger_view_exposure"] == "fail"  # the posts are visible: that verdict stands


def test_a_finding_in_the_posts_read_still_counts(page_server, browser, tmp_path):
    res = _results(page_server, browser, tmp_path, "/weed", ["Bought some weed off a kid on the estate lol", "Rain again"])
    assert res["post_possible_offence"] in ("review", "fail")
