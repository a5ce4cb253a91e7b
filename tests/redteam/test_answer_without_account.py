"""A setting answer saved before answers named their account (no "account" field) was filled in
for every account of that platform: "Lock your profile: On", told once, showed as the answer for
a second Facebook account nobody looked at. Now such an answer applies only while the person has
one account on that platform; with more it stays not-checked, saying the answer needs confirming.
Answers for two accounts are kept side by side (one used to overwrite the other)."""

from __future__ import annotations

import json
from pathlib import Path

from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.findings import Status
from selfaudit.guided import AnswerStore, answers_file, apply_setting_answers
from selfaudit.policy import load_policy
from selfaudit.privacy import write_private
from selfaudit.snapshot import Audience, Snapshot
from tests.redteam.test_answer_other_account import _facebook


def _old_answer() -> AnswerStore:
    """answers.json as written before answers were per account."""
    write_private(answers_file(), json.dumps({"clauses": {}, "settings": {"facebook": {"account_privacy": {
        "label": "Lock your profile", "option": "On", "audience": "friends", "url": "", "answered_at": "2026-01-05T10:00:00+00:00"}}}}))
    return AnswerStore.load()


def test_an_old_answer_applies_when_the_person_has_one_account_there():
    acct = _facebook("sam.okafor.demo")
    apply_setting_answers([acct], _old_answer())
    s = acct.setting("account_privacy")
    assert s is not None and s.answered_at is not None and s.audience == Audience.FRIENDS


def test_an_old_answer_passes_no_account_when_there_are_two():
    a, b = _facebook("sam.okafor.demo"), _facebook("sam.work.page")
    apply_setting_answers([a, b], _old_answer())
    assert a.setting("account_privacy") is None and b.setting("account_privacy") is None
    ev = evaluate(Snapshot(accounts=[a, b]), load_policy(), build_analysis(None, Config()))
    lock = [f for f in ev.findings if f.item == "settings.account_privacy"]
    assert lock and all(f.status == Status.NOT_CHECKED for f in lock), [(f.account, f.status) for f in lock]
    assert all("does not say which of your 2 facebook accounts" in (f.reason or "") for f in lock), [f.reason for f in lock]


def test_answers_for_two_accounts_are_both_kept_and_replace_the_old_one():
    store = _old_answer()
    store.answer_setting("facebook", "account_privacy", label="Lock your profile", option="On", audience=Audience.FRIENDS, url=None, account="sam.okafor.demo")
    store.answer_setting("facebook", "account_privacy", label="Lock your profile", option="Off", audience=Audience.PUBLIC, url=None, account="sam.work.page")
    store.save()
    a, b = _facebook("sam.okafor.demo"), _facebook("sam.work.page")
    apply_setting_answers([a, b], AnswerStore.load())
    assert a.setting("account_privacy").audience == Audience.FRIENDS
    assert b.setting("account_privacy").audience == Audience.PUBLIC
    assert not any(m.fact == "settings.account_privacy" for m in [*a.provenance.missing, *b.provenance.missing])


def test_an_old_answer_passes_no_account_when_another_was_audited_before(selfaudit_home: Path):
    """One Facebook account in this audit, but history holds an audit of another one: the old
    answer may have been for that one, so it is not taken for this one."""
    from selfaudit import history
    from selfaudit.snapshot import Snapshot as Snap

    other = _facebook("sam.work.page")
    history.record(evaluate(Snap(accounts=[other]), load_policy(), build_analysis(None, Config())), selfaudit_home)
    acct = _facebook("sam.okafor.demo")
    apply_setting_answers([acct], _old_answer())
    assert acct.setting("account_privacy") is None
    assert "does not say which of your 2 facebook accounts" in (acct.provenance.missing_reason("settings.account_privacy") or "")
    again = _facebook("sam.work.page")  # the one account history knows of: the answer still applies
    apply_setting_answers([again], _old_answer())
    assert again.setting("account_privacy") is not None
