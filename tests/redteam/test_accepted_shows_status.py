"""Red team 14 (report): an accepted finding must show what was accepted. report.json and the
HTML said only "accepted" and the reason: whether the person accepted a fail (goes against the
policy) or a review (a possible issue) was nowhere, though accepted.yaml records it and a later
fail of the same item is not covered by a review's acceptance."""

from __future__ import annotations

from selfaudit.render.html import render_html
from selfaudit.render.json import report_dict

from .conftest import bio_finding


def test_accepted_finding_says_which_status_was_accepted():
    _, f = bio_finding("Gardener and reader.")
    assert f.status.value in ("fail", "review")
    entry = {"reason": "my manager agreed", "status": f.status.value, "kind": "k", "content": "c"}
    ev, acc = bio_finding("Gardener and reader.", accepted={f.fingerprint: entry["reason"]})
    assert acc.status.value == "accepted"
    extra = {"acceptances": {f.fingerprint: entry}}
    [d] = [x for x in report_dict(ev, extra)["findings"] if x["fingerprint"] == f.fingerprint]
    assert d["status"] == "accepted" and d["accepted_status"] == f.status.value
    html = render_html(ev, None, extra)
    word = {"fail": "goes against the policy", "review": "a possible issue"}[f.status.value]
    assert f"You accepted this ({word})" in html
