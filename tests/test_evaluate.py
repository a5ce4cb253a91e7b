"""The evaluator and the visibility checks: each check fails on a bad fact and passes on a good one."""

from __future__ import annotations

import pytest

from selfaudit.analysis import Analysis
from selfaudit.checks.registry import REGISTRY, register
from selfaudit.evaluate import evaluate
from selfaudit.findings import Status
from selfaudit.policy import load_policy
from selfaudit.snapshot import (
    Account,
    AccountSnapshot,
    AudienceSetting,
    Missing,
    Post,
    Provenance,
    Snapshot,
    StrangerItem,
    StrangerView,
)


def account(platform: str = "facebook", **kw) -> AccountSnapshot:
    kw.setdefault("provenance", Provenance(source="fixture"))
    return AccountSnapshot(account=Account(platform=platform, handle="me"), **kw)


def run(acct: AccountSnapshot, analysis: Analysis | None = None):
    return evaluate(Snapshot(accounts=[acct]), load_policy(), analysis or Analysis())


def findings_of(ev, check: str):
    return [f for f in ev.findings if f.check == check]


def setting(key: str, audience: str, option: str = "x") -> AudienceSetting:
    return AudienceSetting(key=key, label=f"label of {key}", option=option, audience=audience)


@pytest.mark.parametrize("check,key,bad,good", [
    ("account_privacy_open", "account_privacy", "public", "friends"),
    ("future_posts_audience", "future_posts", "friends_of_friends", "friends"),
    ("friends_list_audience", "friends_list", "logged_in", "only_me"),
    ("photos_audience", "photos", "public", "friends"),
    ("contact_details_audience", "contact_details", "public", "only_me"),
    ("search_engine_indexing", "search_engines", "public", "only_me"),
])
def test_setting_checks_fail_on_wide_audience_and_pass_on_friends(check, key, bad, good):
    [f] = findings_of(run(account(settings=[setting(key, bad, "Public")])), check)
    assert f.status == Status.FAIL and "do-restrict-visibility" in f.clauses and f.fix
    assert f.evidence and "label of" in f.evidence.text
    [g] = findings_of(run(account(settings=[setting(key, good)])), check)
    assert g.status == Status.PASS


@pytest.mark.parametrize("check,key,open_,closed", [
    ("friend_requests_open", "friend_requests", "public", "friends_of_friends"),
    ("tagging_open", "tagging", "public", "friends"),
    ("wall_posts_open", "wall_posts", "friends_of_friends", "only_me"),
])
def test_softer_setting_checks_ask_for_review(check, key, open_, closed):
    [f] = findings_of(run(account(settings=[setting(key, open_)])), check)
    assert f.status == Status.REVIEW
    [g] = findings_of(run(account(settings=[setting(key, closed)])), check)
    assert g.status == Status.PASS


def test_setting_pass_says_what_is_fine_and_a_custom_list_is_review():
    [g] = findings_of(run(account(settings=[setting("search_engines", "only_me", "Off")])), "search_engine_indexing")
    assert g.status == Status.PASS and g.title.startswith("Search engines outside the platform do not link")
    assert "“label of search_engines” is set to “Off”" in g.title
    # "Specific friends" / "Friends except…": who is on the list is not on the page
    [c] = findings_of(run(account(settings=[setting("contact_details", "custom", "Specific friends")])), "contact_details_audience")
    assert c.status == Status.REVIEW


def test_missing_setting_is_not_checked_with_the_recorded_reason():
    acct = account(settings=[], provenance=Provenance(source="live", missing=[
        Missing(fact="settings.future_posts", reason="could not find 'Who can see your future posts?'")]))
    [f] = findings_of(run(acct), "future_posts_audience")
    assert f.status == Status.NOT_CHECKED and "future posts" in f.reason


def test_settings_not_collected_at_all_is_not_checked_never_pass():
    ev = run(account())
    for check in ("account_privacy_open", "future_posts_audience", "post_audience_public", "stranger_view_exposure"):
        [f] = findings_of(ev, check)
        assert f.status == Status.NOT_CHECKED and f.reason


def test_unknown_audience_is_not_checked():
    [f] = findings_of(run(account(settings=[setting("future_posts", "unknown", "Close friends (new)")])), "future_posts_audience")
    assert f.status == Status.NOT_CHECKED and "Close friends (new)" in f.reason


def test_platform_limited_check_does_not_run_elsewhere():
    ev = run(account("instagram", settings=[setting("future_posts", "public")]))
    assert findings_of(ev, "future_posts_audience") == []


def test_public_posts_fail_friends_posts_pass_third_party_ignored():
    posts = [
        Post(id="1", text="public", audience="public"),
        Post(id="2", text="friends", audience="friends"),
        Post(id="3", text="someone else's", audience="public", third_party=True, author="B"),
    ]
    ev = run(account(posts=posts))
    fs = findings_of(ev, "post_audience_public")
    assert [(f.item, f.status) for f in fs] == [("post:1", Status.FAIL)]
    res = next(r for r in ev.results if r.check == "post_audience_public")
    assert (res.examined, res.flagged) == (2, 1)
    ev2 = run(account(posts=[Post(id="2", audience="friends")]))
    [p] = findings_of(ev2, "post_audience_public")
    assert p.status == Status.PASS and "1 examined" in p.title


def test_posts_with_partly_unknown_audience_are_not_a_clean_pass():
    ev = run(account(posts=[Post(id="1", audience="friends"), Post(id="2"), Post(id="3")]))
    fs = findings_of(ev, "post_audience_public")
    assert [f.status for f in fs] == [Status.NOT_CHECKED] and "2 of 3" in fs[0].reason


def test_posts_without_audience_are_not_checked():
    ev = run(account("x", posts=[Post(id="9", text="hello")]))
    [f] = findings_of(ev, "post_audience_public")
    assert f.status == Status.NOT_CHECKED


@pytest.mark.parametrize("view,status", [
    # snapshots saved before the inventory: visible posts are still evidence of exposure
    (StrangerView(url="u", wall="none", posts_visible=5), Status.FAIL),
    (StrangerView(url="u", wall="login_wall", posts_visible=2), Status.FAIL),
    (StrangerView(url="u", wall="locked", posts_visible=4), Status.FAIL),
    # ...but a wall with no posts counted proves nothing: only a recognised closed profile passes
    (StrangerView(url="u", wall="private", posts_visible=0), Status.NOT_CHECKED),
    (StrangerView(url="u", wall="login_wall", posts_visible=0), Status.NOT_CHECKED),
    (StrangerView(url="u", wall="private", recognised_as="closed_profile", recognised_by="This account is private"), Status.PASS),
    # a closed profile's bio is its header (the disclaimer belongs there): still a pass...
    (StrangerView(url="u", wall="private", recognised_as="closed_profile", recognised_by="This account is private",
                  items=[StrangerItem(what="headline", state="shown", text="Views my own")]), Status.PASS),
    # ...where you live needs the person's judgement, never a pass...
    (StrangerView(url="u", wall="private", recognised_as="closed_profile", recognised_by="This account is private",
                  items=[StrangerItem(what="location", state="shown", text="Hackney, London")]), Status.REVIEW),
    # ...and contact details shown to a stranger fail even on a closed profile
    (StrangerView(url="u", wall="private", recognised_as="closed_profile", recognised_by="This account is private",
                  items=[StrangerItem(what="contact", state="shown", text="07700 900123")]), Status.FAIL),
    (StrangerView(url="u", wall="login_wall", recognised_as="login_wall"), Status.NOT_CHECKED),
    (StrangerView(url="u", wall="unknown"), Status.NOT_CHECKED),
    # a page that did not load proves nothing
    (StrangerView(url="u", reachable=False, wall="unknown", wall_text="timed out"), Status.NOT_CHECKED),
    (StrangerView(url="u", reachable=False, wall="private"), Status.NOT_CHECKED),
    (StrangerView(url="u", wall="not_found"), Status.NOT_CHECKED),
])
def test_stranger_view(view, status):
    [f] = findings_of(run(account(stranger_view=view)), "stranger_view_exposure")
    assert f.status == status


def test_closed_profile_with_unread_personal_details_is_no_confident_pass():
    view = StrangerView(url="u", wall="private", recognised_as="closed_profile", recognised_by="This account is private",
                        items=[StrangerItem(what="contact", state="not-recognised")])
    [f] = findings_of(run(account(stranger_view=view)), "stranger_view_exposure")
    assert f.status == Status.PASS and f.confidence.value == "medium"
    assert "could not tell whether it shows your contact details" in f.title


def test_checks_needing_an_absent_analyser_are_not_checked():
    ev = run(account(posts=[Post(id="1", text="hi")]))  # run() gives a bare Analysis(): no analysers
    [f] = findings_of(ev, "post_offensive_language")
    assert f.status == Status.NOT_CHECKED and "text analysis" in f.reason


def test_a_crashing_check_is_an_error_and_the_run_goes_on(monkeypatch):
    from selfaudit.checks import registry

    def boom(acct, ctx):
        raise RuntimeError("kaboom")

    monkeypatch.setitem(registry.REGISTRY, "setting_audience", registry.Implementation("setting_audience", boom))
    ev = run(account(settings=[setting("account_privacy", "public")], posts=[Post(id="1", audience="public")]))
    [f] = findings_of(ev, "account_privacy_open")
    assert f.status == Status.ERROR and "kaboom" in f.reason
    [p] = findings_of(ev, "post_audience_public")
    assert p.status == Status.FAIL


def test_accepted_exception_survives_by_fingerprint():
    acct = account(posts=[Post(id="1", audience="public")])
    [f] = findings_of(run(acct), "post_audience_public")
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), Analysis(), accepted={f.fingerprint: "public charity post, agreed with manager"})
    [g] = findings_of(ev, "post_audience_public")
    assert g.status == Status.ACCEPTED and "charity" in g.reason and g.fingerprint == f.fingerprint
    res = next(r for r in ev.results if r.check == "post_audience_public")
    assert res.status == Status.ACCEPTED and res.flagged == 0  # the summary table agrees with the finding


def test_row_status_rolls_up_worst_and_manual_rows_stay_open():
    ev = run(account(settings=[setting("account_privacy", "public"), setting("friend_requests", "friends_of_friends")]))
    rows = {r.id: r for r in ev.rows}
    assert rows["do-restrict-visibility"].status == Status.FAIL
    assert rows["do-restrict-visibility"].counts["fail"] == 1
    # friend_requests passes, but only the person can say who their friends are
    assert rows["do-select-friends"].status == Status.MANUAL
    ev2 = run(account(settings=[setting("account_privacy", "friends")]))
    assert {r.id: r for r in ev2.rows}["do-restrict-visibility"].status == Status.NOT_CHECKED


def test_register_refuses_a_second_function_under_one_name():
    @register("unit_test_only_impl")
    def a(acct, ctx):
        pass

    with pytest.raises(RuntimeError):
        @register("unit_test_only_impl")
        def b(acct, ctx):
            pass
    del REGISTRY["unit_test_only_impl"]
