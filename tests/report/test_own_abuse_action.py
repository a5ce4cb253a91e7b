"""The owner's own abusive post gets the owner's own fix (delete or edit it), not "hide the
reply / mute and block", which is advice about someone else's comment (probe 29, F6)."""

from __future__ import annotations

from selfaudit.analysis import Analysis
from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.render.actions import build_actions
from selfaudit.snapshot import Account, AccountSnapshot, Post, Provenance, Snapshot

ABUSE = "@someone you are an idiot and a disgrace"


def _actions(posts: list[Post]) -> tuple[list[dict], list]:
    pol = load_policy()
    analysis = Analysis(None, Config())
    analysis.text = TextAnalyser(Config(), policy=pol)
    acct = AccountSnapshot(account=Account(platform="x", handle="me"), posts=posts, provenance=Provenance(source="fixture", adapter="test"))
    ev = evaluate(Snapshot(accounts=[acct]), pol, analysis)
    found = [f for f in ev.findings if f.check == "post_offensive_language" and f.status.value in ("fail", "review")]
    return build_actions(ev), found


def _action_of(actions: list[dict], fingerprint: str) -> dict:
    return next(a for a in actions if fingerprint in a["fixes"])


def test_own_reply_gets_delete_your_post_not_hide_reply():
    actions, [own] = _actions([Post(id="1", kind="reply", text=ABUSE)])
    assert own.status.value == "fail" and not own.third_party
    a = _action_of(actions, own.fingerprint)
    assert a["id"] != "remove-abuse" and a["tier"] == 1
    steps = " ".join(a["steps"])
    assert "Delete" in steps and "Hide reply" not in steps and "block" not in steps.lower()


def test_someone_elses_comment_still_gets_remove_the_abusive_comment():
    actions, [theirs] = _actions([Post(id="2", kind="comment", text=ABUSE, third_party=True, author="troll")])
    assert _action_of(actions, theirs.fingerprint)["id"] == "remove-abuse"


def test_both_at_once_go_to_their_own_actions_and_nothing_clean_gets_one():
    actions, found = _actions([Post(id="1", kind="reply", text=ABUSE), Post(id="2", kind="comment", text=ABUSE, third_party=True, author="troll"),
                               Post(id="3", text="Lovely walk along the canal today")])
    ids = {f.item: _action_of(actions, f.fingerprint)["id"] for f in found}
    assert ids["post:2"] == "remove-abuse" and ids["post:1"] != "remove-abuse" and "post:3" not in ids
