"""Second red team, live audit bounds (real Chromium against the X replica): `--max-posts`
(default 20) reads the newest posts only. When the page had more, nothing was recorded, so the
report said nothing of a bound (coverage `bound_hit` empty) and the next audit counted an older
failing post that fell out of the window as "fixed"."""

from __future__ import annotations

from selfaudit.render.coverage import account_coverage
from tests.redteam.conftest import collect_live


def test_more_posts_than_the_bound_is_recorded(high_risk_replica, browser, tmp_path):
    acct = collect_live(high_risk_replica, browser, "x", tmp_path, max_posts=2, max_photos=0)
    assert len([p for p in acct.posts or [] if p.kind == "post"]) == 2
    assert "--max-posts 2" in (acct.provenance.missing_reason("posts.bound") or "")
    assert account_coverage(acct)["bound_hit"] is True


def test_all_posts_within_the_bound_records_none(high_risk_replica, browser, tmp_path):
    acct = collect_live(high_risk_replica, browser, "x", tmp_path, max_posts=200, max_photos=0)
    assert acct.provenance.missing_reason("posts.bound") is None


def test_a_post_finding_absent_after_a_bounded_read_is_not_fixed():
    from types import SimpleNamespace

    from selfaudit.findings import Status
    from selfaudit.history import since_last
    from selfaudit.snapshot import Account, AccountSnapshot, Missing, Provenance

    acct = AccountSnapshot(account=Account(platform="x", handle="jo"), posts=[],
                           provenance=Provenance(source="live", missing=[Missing(fact="posts.bound", reason="--max-posts 20")]))
    result = SimpleNamespace(check="post_offensive_language", platform="x", status=Status.PASS)
    ev = SimpleNamespace(findings=[], results=[result], snapshot=SimpleNamespace(accounts=[acct]))
    prev = {"generated_at": "2026-01-01T00:00:00+00:00", "findings": {"abc": ["fail", "post_offensive_language", "x"]}}
    got = since_last(ev, prev)
    assert got is not None and got["fixed"] == 0 and got["unknown"] == 1


def _evaluate_posts(missing: list, texts: list[str]):  # type: ignore[no-untyped-def]
    from selfaudit.analysis import Analysis
    from selfaudit.analysis.text import TextAnalyser
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Account, AccountSnapshot, Post, Provenance, Snapshot

    posts = [Post(id=str(i), text=t) for i, t in enumerate(texts)]
    acct = AccountSnapshot(account=Account(platform="x", handle="jo"), posts=posts,
                           provenance=Provenance(source="live", missing=missing))
    analysis = Analysis()
    analysis.text = TextAnalyser(None, policy=load_policy())
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), analysis)
    return {r.check: r.status.value for r in ev.results if r.check.startswith("post_")}


def test_nothing_found_in_the_newest_posts_is_no_pass_for_the_older_ones():
    """Twenty clean recent posts say nothing about the older ones never read: not-checked, and
    the reason names the command that reads more."""
    from selfaudit.snapshot import Missing

    bound = Missing(fact="posts.bound", reason="X: --max-posts 20: the 20 most recent posts were read, older ones were "
                    "not (to read them: selfaudit audit -p x --max-posts 500)")
    got = _evaluate_posts([bound], ["Lovely walk by the canal this morning", "Cake for the team quiz night"])
    assert got["post_offensive_language"] == "not-checked" and got["post_confidential_info"] == "not-checked"
    unbounded = _evaluate_posts([], ["Lovely walk by the canal this morning", "Cake for the team quiz night"])
    assert unbounded["post_confidential_info"] == "pass" and unbounded["post_possible_offence"] == "pass"
    # a problem in what was read still counts
    flagged = _evaluate_posts([bound], ["You stupid bitch, I know where you live"])
    assert flagged["post_offensive_language"] == "fail"
