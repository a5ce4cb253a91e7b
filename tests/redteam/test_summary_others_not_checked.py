"""The summary never reads more reassuring than the report. A row whose own content passed but
where other people's content (comments left on the profile) could not be checked is not-checked
in the report; the summary said "No problem found" for it, so a line manager read a pass. It now
says the person's own content had no problem AND other people's content was not checked (not a
pass), and every summary row carries the report row's status (`report_status`, an added field)."""

from __future__ import annotations

from selfaudit.render.summary import SUMMARY_STATUS, render_summary_html, render_summary_text, summary_dict


def _report(own: dict[str, int], theirs: dict[str, int], status: str) -> dict:  # type: ignore[type-arg]
    own_status = next((s for s in ("fail", "review", "not-checked", "pass") if s in own), None)
    return {"policy": {"id": "p", "version": "1", "title": "Policy"}, "generated_at": "2026-11-29T00:00:00", "accounts": [], "findings": [],
            "rows": [{"id": "dont-offensive", "kind": "dont", "text": "Don't post offensive content", "status": status,
                      "own_status": own_status, "own_counts": own, "third_party_counts": theirs}]}


def test_own_pass_with_others_not_checked_is_not_a_pass_in_the_summary():
    s = summary_dict(_report({"pass": 3}, {"not-checked": 2}, "not-checked"))
    [row] = s["rows"]
    assert row["status"] != "pass" and row["report_status"] == "not-checked"
    word = SUMMARY_STATUS[row["status"]]
    assert "not checked" in word.lower() and word.lower() != "no problem found"
    text = render_summary_text(s)
    assert "[No problem found]" not in text and "not checked (not a pass)" in text.lower()
    assert "No problem found</span>" not in render_summary_html(s)


def test_own_pass_with_others_unreadable_error_is_not_a_pass_either():
    s = summary_dict(_report({"pass": 1}, {"error": 1}, "error"))
    assert s["rows"][0]["status"] != "pass"


def test_own_pass_with_others_passing_is_still_no_problem_found():
    s = summary_dict(_report({"pass": 3}, {"pass": 2}, "pass"))
    assert s["rows"][0]["status"] == "pass" and s["rows"][0]["report_status"] == "pass"


def test_own_fail_stays_needs_action_whatever_the_others():
    s = summary_dict(_report({"fail": 1}, {"not-checked": 2}, "fail"))
    assert s["rows"][0]["status"] == "fail"


def test_own_pass_with_others_flagged_says_only_others_were_flagged():
    s = summary_dict(_report({"pass": 3}, {"fail": 1}, "fail"))
    assert s["rows"][0]["status"] == "others-only" and s["rows"][0]["report_status"] == "fail"
