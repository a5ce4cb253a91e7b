"""`selfaudit audit --public URL --platform P`: the stranger view of the replicas, no login."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app

PLATFORMS = ("facebook", "instagram", "x", "linkedin")


def _audit(srv, out, platforms=PLATFORMS):
    args = ["audit", "--no-open", "--out", str(out)]
    for p in platforms:
        args += ["--public", srv.profile_url(p), "--platform", p]
    res = CliRunner().invoke(app, args)
    assert res.exception is None or isinstance(res.exception, SystemExit), res.output
    return res, json.loads((out / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def high_risk_public(replicas_mod, tmp_path_factory):
    with replicas_mod.ReplicaServer(persona="high-risk") as srv:
        return _audit(srv, tmp_path_factory.mktemp("pub-hr"))


def test_high_risk_public_fails_on_every_platform_with_the_inventory(high_risk_public):
    res, rep = high_risk_public
    assert res.exit_code == 1, res.output
    assert {a["platform"] for a in rep["accounts"]} == set(PLATFORMS)
    for a in rep["accounts"]:
        sv = a["stranger_view"]
        assert sv["status"] == "fail", (a["platform"], sv)
        assert sv["recognised_as"] == "profile"
        shown = {i["what"] for i in sv["items"] if i["state"] == "shown"}
        assert "posts" in shown and sv["posts_visible"], (a["platform"], shown)
        assert {"what", "state", "text"} <= set(sv["items"][0])
    # what the stranger sees is audited like any post: public posts fail the audience check
    aud = [c for c in rep["checks"] if c["id"] == "post_audience_public"]
    assert aud and all(c["status"] == "fail" for c in aud)


def test_public_audit_sends_nothing_but_gets(high_risk_public):
    _, rep = high_risk_public
    assert all(a["source"] == "live" for a in rep["accounts"])
    assert any(m["fact"] == "settings" for a in rep["accounts"] for m in a["not_collected"])


def test_compliant_public_never_fails(replicas_mod, tmp_path):
    with replicas_mod.ReplicaServer(persona="compliant") as srv:
        _res, rep = _audit(srv, tmp_path)
    for a in rep["accounts"]:
        # review: a closed profile whose header still shows a place ("London") for the person to judge
        assert a["stranger_view"]["status"] in ("pass", "review", "not-checked"), a
    assert not [f for f in rep["findings"] if f["check"] == "stranger_view_exposure" and f["status"] == "fail"]
    # a pass is only ever a recognised closed profile
    for a in rep["accounts"]:
        if a["stranger_view"]["status"] == "pass":
            assert a["stranger_view"]["recognised_as"] == "closed_profile"
    # The wall's words quoted in the report are the platform's own words, never a data flag
    # (Instagram's closed profile is recognised by its page data: the report quoted "true").
    quotes = re.findall(r"<blockquote>(.*?)</blockquote>", (tmp_path / "report.html").read_text(encoding="utf-8"), re.S)
    assert not [q for q in quotes if q.strip().lower() in ("true", "false", "1", "0")], quotes


def test_public_address_without_platform_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(app, ["audit", "--no-open", "--out", str(tmp_path), "--public", "http://127.0.0.1:9/someone"])
    assert res.exit_code == 2 and "--platform" in res.output and "Traceback" not in res.output


def test_platform_comes_from_the_host():
    from selfaudit.adapters.live.public import platform_for_url

    assert platform_for_url("https://m.facebook.com/some.one") == "facebook"
    assert platform_for_url("https://twitter.com/someone") == "x"
    assert platform_for_url("https://www.linkedin.com/in/someone/") == "linkedin"
    assert platform_for_url("https://www.instagram.com/someone/") == "instagram"
    assert platform_for_url("https://example.org/someone") is None


@pytest.mark.parametrize("platform", PLATFORMS)
def test_bad_days_are_recognised_and_never_pass(replicas_mod, browser, tmp_path, platform):
    from selfaudit.adapters.live.public import collect_public
    from selfaudit.replicas.wording import BAD_DAYS
    from tests.realpages.test_real_pages import stranger_verdict

    with replicas_mod.ReplicaServer(persona="high-risk") as srv:
        for kind in BAD_DAYS:
            srv.bad_day(platform, kind)
            acct = collect_public(srv.profile_url(platform), platform, browser, tmp_path)
            assert acct.stranger_view.recognised_as == kind, (kind, acct.stranger_view.recognised_by)
            assert stranger_verdict(acct) == "not-checked"
        srv.bad_day(platform, None)
        assert stranger_verdict(collect_public(srv.profile_url(platform), platform, browser, tmp_path)) == "fail"


def test_label_variant_b_is_read_like_a(replicas_mod, browser, tmp_path):
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.adapters.live.spec import load_spec
    from selfaudit.adapters.sessions import login_with_credentials

    with replicas_mod.ReplicaServer(persona="high-risk") as srv:
        state = login_with_credentials(browser, "x", srv.base_url("x"), *srv.credentials("x"))

        def settings():
            a = LiveAdapter(browser, load_spec("x"), srv.base_url("x"), storage_state=state, out_dir=tmp_path, max_posts=0, max_photos=0)
            return {s.key: s.audience for s in a._settings(a_page(a))}

        def a_page(a):
            from selfaudit.adapters.live.page import LivePage

            ctx = browser.new_context(a.allow, storage_state=state, read_only=True)
            return LivePage(ctx, a.spec, a.base)

        before = settings()
        srv.bad_day("x", "label_b")
        after = settings()
    assert before and before == after


def test_unreachable_address_is_not_checked_without_traceback(tmp_path):
    res = CliRunner().invoke(app, ["audit", "--no-open", "--out", str(tmp_path), "--public", "http://127.0.0.1:9/someone",
                                   "--platform", "x"])
    assert "Traceback" not in res.output and res.exit_code == 2, res.output  # nothing could be checked: said, not a pass
    rep = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    sv = rep["accounts"][0]["stranger_view"]
    assert sv["recognised_as"] == "unreachable" and sv["status"] == "not-checked"
    assert all(c["status"] != "pass" or c["id"] not in ("stranger_view_exposure", "post_audience_public") for c in rep["checks"])
