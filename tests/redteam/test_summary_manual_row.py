"""The summary never says more than the report: a policy row with a question only the person can
answer stays "only the person can answer" there too.

The report rolls a manual row whose automated part passed (3.6.h: friend requests limited to
friends of friends) up to `manual`: the question is still open. The summary took its row status
from the person's own findings alone, so the same row read "No problem found" for the manager.
"""

from __future__ import annotations

import json

from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.render.json import render_json
from selfaudit.render.summary import summary_dict
from selfaudit.snapshot import Account, AccountSnapshot, Audience, AudienceSetting, Provenance, Snapshot


def _summary(audience: Audience) -> tuple[dict, dict]:  # type: ignore[type-arg]
    acct = AccountSnapshot(account=Account(platform="facebook", handle="jo"), provenance=Provenance(source="fixture"),
                           settings=[AudienceSetting(key="friend_requests", label="Who can send you friend requests?",
                                                     option="Friends of friends", audience=audience)])
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()))
    report = json.loads(render_json(ev))
    row = next(r for r in report["rows"] if r["id"] == "do-select-friends")
    return row, next(r for r in summary_dict(report)["rows"] if r["id"] == "do-select-friends")


def test_a_manual_row_whose_check_passed_is_still_the_persons_question_in_the_summary():
    row, srow = _summary(Audience.FRIENDS_OF_FRIENDS)
    assert row["status"] == "manual"
    assert srow["status"] == "manual"


def test_a_manual_row_with_a_problem_still_shows_it():
    row, srow = _summary(Audience.PUBLIC)
    assert row["status"] == srow["status"] == "review"


def test_a_row_with_only_other_peoples_unchecked_content_is_not_checked_in_the_summary():
    report = {"policy": {"id": "p"}, "generated_at": "2026-11-29T00:00:00", "accounts": [], "findings": [],
              "rows": [{"id": "dont-offensive", "kind": "dont", "text": "t", "status": "not-checked", "own_status": None,
                        "own_counts": {}, "third_party_counts": {"not-checked": 2}},
                       {"id": "do-x", "kind": "do", "text": "t", "status": "fail", "own_status": None,
                        "own_counts": {}, "third_party_counts": {"fail": 1}}]}
    rows = {r["id"]: r["status"] for r in summary_dict(report)["rows"]}
    assert rows == {"dont-offensive": "not-checked", "do-x": "others-only"}
