"""Second red team, live audit bounds (real Chromium against the X replica): `--max-posts`
(default 20) reads the newest posts only. When the page had more, nothing was recorded, so the
report said nothing of a bound (coverage `bound_hit` empty) and the next audit counted an older
failing post that fell out of the window as "fixed"."""

from __future__ import annotations

import pytest

from selfaudit.render.coverage import account_coverage


@pytest.fixture(scope="module")
def x_replica():  # type: ignore[no-untyped-def]
    from selfaudit.replicas import ReplicaServer

    with ReplicaServer(persona="high-risk") as srv:
        yield srv


def _collect(srv, browser, tmp_path, max_posts: int):  # type: ignore[no-untyped-def]
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.adapters.live.spec import load_spec
    from selfaudit.adapters.sessions import login_with_credentials

    state = login_with_credentials(browser, "x", srv.base_url("x"), *srv.credentials("x"))
    return LiveAdapter(browser, load_spec("x"), srv.base_url("x"), storage_state=state, out_dir=tmp_path,
                       max_posts=max_posts, max_photos=0).collect()


def test_more_posts_than_the_bound_is_recorded(x_replica, browser, tmp_path):
    acct = _collect(x_replica, browser, tmp_path, 2)
    assert len([p for p in acct.posts or [] if p.kind == "post"]) == 2
    assert "--max-posts 2" in (acct.provenance.missing_reason("posts.bound") or "")
    assert account_coverage(acct)["bound_hit"] is True


def test_all_posts_within_the_bound_records_none(x_replica, browser, tmp_path):
    acct = _collect(x_replica, browser, tmp_path, 200)
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
