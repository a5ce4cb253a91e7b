"""A setting the person answered for one account is theirs for that account only.

Saved setting answers were keyed by platform alone, so "Lock your profile: On", told for one
Facebook account, was filled in for any other Facebook account audited later (a second profile,
a work page) — shown as answered instead of not-checked, though nobody looked at that page.
"""

from __future__ import annotations

from pathlib import Path

from selfaudit.guided import AnswerStore, apply_setting_answers
from selfaudit.snapshot import Audience, read_snapshot

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample-snapshot" / "snapshot.json"


def _facebook(handle: str):  # type: ignore[no-untyped-def]
    acct = next(a for a in read_snapshot(SAMPLE).accounts if a.account.platform == "facebook")
    acct.account.handle = handle
    acct.settings = [s for s in acct.settings or [] if s.key != "account_privacy"]
    return acct


def _answered(handle: str) -> AnswerStore:
    store = AnswerStore({}, {})
    store.answer_setting("facebook", "account_privacy", label="Lock your profile", option="On",
                         audience=Audience.FRIENDS, url=None, account=handle)
    return store


def test_an_answer_fills_in_the_account_it_was_given_for():
    acct = _facebook("sam.okafor.demo")
    apply_setting_answers([acct], _answered("sam.okafor.demo"))
    s = acct.setting("account_privacy")
    assert s is not None and s.answered_at is not None and s.audience == Audience.FRIENDS


def test_an_answer_does_not_fill_in_another_account_on_the_same_platform():
    acct = _facebook("sam.work.page")
    apply_setting_answers([acct], _answered("sam.okafor.demo"))
    assert acct.setting("account_privacy") is None  # stays not-checked: nobody looked at that page


def test_a_saved_answer_survives_a_round_trip_with_its_account():
    _answered("sam.okafor.demo").save()
    acct = _facebook("someone.else")
    apply_setting_answers([acct], AnswerStore.load())
    assert acct.setting("account_privacy") is None
