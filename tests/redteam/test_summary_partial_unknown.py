"""The shareable summary of an audit that did not finish (report.json "partial": true) said
nothing about it: rows read as a whole audit. And 'since the previous audit' listed fixed, new
and still open but left out the findings not looked at again, so '3 fixed' read as all of it.
Now both are said, in the text and the HTML."""

from __future__ import annotations

from selfaudit.render.summary import render_summary_html, render_summary_text, summary_dict

REPORT = {
    "policy": {"id": "chscb-2017", "version": "1", "title": "CHSCB"},
    "generated_at": "2026-11-29T10:00:00+00:00",
    "accounts": [{"platform": "facebook"}],
    "rows": [{"id": "do-restrict-visibility", "kind": "do", "text": "Restrict", "status": "pass", "counts": {"pass": 2}}],
    "findings": [],
}


def test_a_partial_audits_summary_says_it_is_incomplete():
    s = summary_dict({**REPORT, "partial": True})
    assert "did not finish" in render_summary_text(s) and "did not finish" in render_summary_html(s)
    assert "did not finish" not in render_summary_text(summary_dict(REPORT))


def test_findings_not_looked_at_again_are_counted_in_since_last():
    since = {"previous": "2026-11-01T00:00:00+00:00", "fixed": 3, "new": 0, "still_open": 0, "unknown": 5}
    s = summary_dict({**REPORT, "since_last": since})
    assert "5 not looked at again" in render_summary_text(s) and "5 not looked at again" in render_summary_html(s)
