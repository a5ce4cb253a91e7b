"""`audit --guided` and `selfaudit answer`: what automation could not read, the person answers.

Answers are piped on stdin (as a person would type them); they are recorded as the person's,
shown as "answered by you" — never as a pass — and reused by the next audit.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def srv(replicas_mod):
    with replicas_mod.ReplicaServer(persona="compliant", host="127.0.0.1", port=0) as s:
        yield s


def test_guided_run_records_answers_and_the_report_shows_them_as_the_persons(srv, browser, tmp_path, monkeypatch):
    from selfaudit.adapters.live.spec import load_spec
    from selfaudit.adapters.sessions import SessionStore, login_with_credentials
    from selfaudit.guided import AnswerStore

    monkeypatch.setenv("SELFAUDIT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SELFAUDIT_HEADLESS", "1")
    state = login_with_credentials(browser, "facebook", srv.base_url("facebook"), *srv.credentials("facebook"))
    SessionStore().save("facebook", srv.base_url("facebook"), state)
    options = list(next(s for s in load_spec("facebook").settings if s.key == "friends_list").options)
    pick = options.index("Friends") + 1
    srv.override_text("facebook", "Who can see your friends list?", "Who may view the list of your pals?")
    # the unread setting first, then the manual questions: 3.6.h 'No' (2), the rest skipped (end of input)
    manual = [e.id for e in __import__("selfaudit.policy", fromlist=["x"]).load_policy().pack.clauses if e.manual]
    lines = [str(pick)] + ["" if c != "3.6.h" else "2" for c in [*(e.id for e in __import__("selfaudit.policy", fromlist=["x"]).load_policy().pack.rows if e.manual), *manual]]
    try:
        r = CliRunner().invoke(app, ["audit", "--guided", "--platform", "facebook", "--base-url", f"facebook={srv.base_url('facebook')}",
                                     "--no-open", "--out", str(tmp_path / "o"), "--max-posts", "2", "--max-photos", "1"],
                               input="\n".join(lines) + "\n")
    finally:
        srv.clear_overrides("facebook")
    assert r.exit_code in (0, 1), r.output
    assert "Who can see your friends list?" in r.output and "What does it show?" in r.output.replace("what does it show?", "What does it show?")
    store = AnswerStore.load()
    # kept per account ("key|handle"): a second Facebook account's answer sits beside it
    [friends_list] = [a for k, a in store.settings["facebook"].items() if k.split("|")[0] == "friends_list"]
    assert friends_list["option"] == "Friends" and friends_list["account"]
    assert store.clauses["3.6.h"]["answer"] == "no"
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    [fl] = [f for f in report["findings"] if f["check"] == "friends_list_audience"]
    assert fl["status"] == "answered" and "answered by you" in fl["evidence"]["text"]
    [ans] = [f for f in report["findings"] if f["check"] == "manual_answer" and f["item"] == "question:3.6.h"]
    assert ans["status"] == "answered" and "You answered “no”" in ans["evidence"]["text"]
    assert not any(f["status"] == "pass" for f in report["findings"] if f["check"] in ("friends_list_audience", "manual_answer"))
    assert "Answered by you" in (tmp_path / "o" / "report.html").read_text()
    from selfaudit.render.summary import render_summary_text, summary_dict

    summary = summary_dict(report)
    assert summary["answers"] == {"questions": 1, "of_concern": 0, "settings": 1}
    assert "answered 1 of the policy's questions" in render_summary_text(summary)

    # reused by the next (not guided) audit, while the page still cannot be read
    srv.override_text("facebook", "Who can see your friends list?", "Who may view the list of your pals?")
    try:
        r = CliRunner().invoke(app, ["audit", "--platform", "facebook", "--base-url", f"facebook={srv.base_url('facebook')}",
                                     "--no-open", "--out", str(tmp_path / "o2"), "--max-posts", "1", "--max-photos", "0"])
    finally:
        srv.clear_overrides("facebook")
    report = json.loads((tmp_path / "o2" / "report.json").read_text())
    [fl] = [f for f in report["findings"] if f["check"] == "friends_list_audience"]
    assert fl["status"] == "answered"


def test_answer_command_rejects_an_unknown_clause(tmp_path, monkeypatch):
    monkeypatch.setenv("SELFAUDIT_HOME", str(tmp_path / "home"))
    r = CliRunner().invoke(app, ["answer", "9.9.z"])
    assert r.exit_code == 2 and "3.6.h" in r.output


def test_a_concerning_answer_is_review_not_answered(tmp_path, monkeypatch):
    monkeypatch.setenv("SELFAUDIT_HOME", str(tmp_path / "home"))
    r = CliRunner().invoke(app, ["answer", "3.6.h"], input="1\n")
    assert r.exit_code == 0, r.output
    from selfaudit.evaluate import evaluate
    from selfaudit.guided import AnswerStore
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Snapshot

    ev = evaluate(Snapshot(), load_policy(), answers=AnswerStore.load().clauses)
    [c] = [c for c in ev.clauses if c.id == "3.6.h"]
    assert c.status.value == "review"


def test_settings_no_page_shows_are_guided_questions(tmp_path, monkeypatch):
    """LinkedIn's invitations and post audience, Instagram's contact details: asked, not skipped."""
    from selfaudit.adapters.live.spec import load_spec
    from selfaudit.guided import AnswerStore, ask_settings
    from selfaudit.snapshot import Account, AccountSnapshot, Provenance

    monkeypatch.setenv("SELFAUDIT_HOME", str(tmp_path / "home"))
    asked: list[str] = []
    for platform, labels in (("linkedin", ["Invitations to connect", "Who can see your posts"]),
                             ("instagram", ["Who can see your birthday on Instagram"])):
        acct = AccountSnapshot(account=Account(platform=platform, handle="me"), settings=[], provenance=Provenance(source="live"))
        said: list[str] = []
        ask_settings(acct, load_spec(platform), "http://127.0.0.1:1", AnswerStore({}, {}), lambda _p: "", said.append)
        for label in labels:
            assert any(label in line for line in said), (platform, label)
        asked += said
    assert asked
