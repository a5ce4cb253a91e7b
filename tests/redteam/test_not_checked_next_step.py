"""Every not-checked row of the report says why and what to do next (not only why)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from selfaudit.evaluate import evaluate
from selfaudit.findings import Finding, Status
from selfaudit.policy import load_policy
from selfaudit.render.html import render_html
from selfaudit.render.next_steps import next_step
from selfaudit.snapshot import Account, AccountSnapshot, Missing, Profile, Provenance, Snapshot


def _nc(outcome: str | None, reason: str, platform: str = "x", source: str = "export") -> str:
    f = Finding(check="post_offensive_language", status=Status.NOT_CHECKED, title="t", item="posts", platform=platform, reason=reason, outcome=outcome)
    return next_step(f, source)


def test_each_kind_of_not_checked_gets_a_next_step():
    assert "selfaudit audit -p x" in _nc("nothing-to-examine", "nothing was found to examine")
    assert "selfaudit login x" in _nc("not-collected", "not in this export")
    assert "yourself" in _nc("analyser-unavailable", "this post is in Vietnamese, which selfaudit has no word lists for")
    assert "doctor" in _nc("unrecognised", "a page selfaudit did not recognise", source="live")
    assert "selfaudit login x" in _nc("not-collected", "no post read on the logged-out page", source="public")
    assert _nc(None, "something new")  # never blank


def test_a_reason_that_already_says_what_to_do_is_not_repeated():
    assert _nc("not-collected", "no workplace is registered (add them with: selfaudit places add NAME)") == "Follow the step given under Why."


def test_the_report_has_a_what_to_do_for_every_not_checked_row(tmp_path):
    acct = AccountSnapshot(account=Account(platform="x", handle="jo"), profile=Profile(bio="Views my own"), posts=[],
                           provenance=Provenance(source="export", missing=[Missing(fact="settings", reason="not in this export")]))
    ev = evaluate(Snapshot(accounts=[acct]), load_policy())
    soup = BeautifulSoup(render_html(ev), "html.parser")
    table = soup.select_one("table.notchecked")
    assert table is not None
    heads = [th.get_text(strip=True) for th in table.select("th")]
    assert "What to do" in heads
    rows = table.select("tr")[1:]
    assert rows and all(r.select_one('td[data-label="What to do"]').get_text(strip=True) for r in rows)


def test_a_reason_that_only_tells_what_happened_still_gets_a_next_step():
    # "asked a visitor to log in", "it does not log in", "download failed": what happened, not what to do
    for reason, source in [("https://www.facebook.com/jo showed a logged-out visitor a login wall (the platform asked a visitor "
                            "to log in, so what a stranger sees is unknown)", "public"),
                           ("a public audit reads no settings: it does not log in", "public"),
                           ("download failed: TimeoutError", "live"),
                           ("the file is truncated (incomplete download or damaged file)", "export")]:
        step = _nc("not-collected", reason, platform="facebook", source=source)
        assert step != "Follow the step given under Why.", reason
    assert _nc("not-collected", "only comments; download the export again with Posts selected") == "Follow the step given under Why."
    assert _nc("not-collected", "not under them: log in and run a full audit for what others wrote") == "Follow the step given under Why."


def test_a_damaged_export_file_is_not_called_absent_from_every_export():
    # the export holds the posts; one of its files could not be read: download it again
    step = _nc("not-collected", "only part of the posts could be read: posts_2.json: the file is damaged", platform="tiktok")
    assert "no tiktok export holds it" not in step and "Download the export again" in step
    assert "no tiktok export holds it" in _nc("not-collected", "the bio is not in a TikTok export", platform="tiktok")


def test_run_a_live_audit_is_no_step_for_a_platform_without_one():
    # the export readers' shared wording says "run a live audit"; TikTok, Threads, Mastodon and
    # Bluesky have none, so the row must not send the person to it
    for reason in ["not in this export — run a live audit", "no tiktok archive holds this setting; run a live audit",
                   "this export does not say who can view some videos (and the account is not private); run a live audit"]:
        step = _nc("not-collected", reason, platform="tiktok")
        assert step != "Follow the step given under Why." and "no tiktok export holds it" in step, reason
    assert _nc("not-collected", "not in this export — run a live audit", platform="x") == "Follow the step given under Why."
