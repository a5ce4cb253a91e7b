"""Do these first, grouped cards, coverage, stranger view in words, phone/print safety of text."""

from __future__ import annotations

import re
from html import escape, unescape
from pathlib import Path

from tests.report.helpers import report, snapshot


def test_actions_cover_every_fail_ordered_by_tier(tmp_path: Path):
    data = report(snapshot(tmp_path), tmp_path / "out")
    acts = data["actions"]
    assert len(acts) >= 3
    tiers = [a["tier"] for a in acts]
    assert tiers == sorted(tiers) and tiers[0] == 1  # the abusive comment comes first
    for a in acts:
        assert {"id", "title", "tier", "platform", "link", "steps", "fixes"} <= a.keys()
        assert a["steps"] and a["fixes"]
    fails = {f["fingerprint"] for f in data["findings"] if f["status"] == "fail"}
    covered = [fp for a in acts for fp in a["fixes"]]
    assert fails <= set(covered) and len(covered) == len(set(covered))
    # One setting closes the public posts and the open settings on Facebook at once.
    close = next(a for a in acts if a["id"] == "close-account")
    assert close["tier"] == 3 and close["link"].startswith("https://www.facebook.com/settings")
    public = {f["fingerprint"] for f in data["findings"] if f["check"] == "post_audience_public" and f["status"] == "fail"}
    assert len(public) >= 6 and public <= set(close["fixes"])


def test_one_card_per_problem_group_no_fix_twice_ids_in_fold(tmp_path: Path):
    data = report(snapshot(tmp_path), tmp_path / "out")
    html = (tmp_path / "out" / "report.html").read_text()
    # Repeated public posts collapse into one card listing them.
    assert re.search(r"\d+ posts can be seen by more than your friends", html)
    assert html.count("Summer BBQ number 3") == 1
    # No fix text twice.
    for fix in {f["fix"] for f in data["findings"] if f.get("fix")}:
        assert html.count(escape(fix)) <= 1, fix
    # Internal ids only inside the details fold, with the accept command next to the fingerprint.
    main_text = re.sub(r"<details.*?</details>", "", html, flags=re.S)
    for f in data["findings"]:
        if f["status"] == "fail":
            assert f["fingerprint"] not in main_text
            assert f"selfaudit accept {f['fingerprint']} --reason" in unescape(html)
    assert "post:2001" not in main_text and "post_audience_public" not in main_text
    # Plain words for severity and status.
    assert "Serious" in html and "Goes against the policy" in html
    # The failures-only and per-platform pages exist and are linked.
    for page in ("report-failures.html", "report-facebook.html", "report-x.html"):
        assert (tmp_path / "out" / page).is_file() and f'href="{page}"' in html


def test_coverage_and_stranger_view_in_words(tmp_path: Path):
    data = report(snapshot(tmp_path), tmp_path / "out")
    fb = next(c for c in data["coverage"]["accounts"] if c["platform"] == "facebook")
    assert fb["posts_read"] >= 9 and fb["first_post"] and fb["bound_hit"] is True
    assert any(m["what"] == "posts.more" for m in fb["not_read"])
    sv = next(a["stranger_view"] for a in data["accounts"] if a["platform"] == "facebook")
    assert sv["in_words"].startswith("A stranger can see: your name, your photo, that you work at Hackney Council, where you live (London), 3 posts")
    html = unescape((tmp_path / "out" / "report.html").read_text())
    assert "A stranger can see: your name, your photo, that you work at Hackney Council" in html
    assert "Could not tell: your contact details" in html and "Hidden from strangers: your birthday" in html
    assert "Stopped at the limit" in html
    assert "What this report is based on:" in html and "stopped at the --max-posts or --max-photos limit" in html


def test_stranger_view_without_inventory_falls_back(tmp_path: Path):
    from selfaudit.render.coverage import stranger_words
    from tests.sample import build

    a = build(tmp_path / "s").accounts[0]
    a.stranger_view.items = []
    words = stranger_words(a)
    assert "did not list which profile details" in words["lead"] and not words["shown"]


def test_bidi_controls_are_neutralised(tmp_path: Path):
    report(snapshot(tmp_path, bidi=True), tmp_path / "out")
    for page in (tmp_path / "out").glob("*.html"):
        text = page.read_text()
        assert not re.search("[\u202a-\u202e\u2066-\u2069]", text), page.name


def test_demo_flag_marks_every_page(tmp_path: Path):
    from selfaudit.pipeline import evaluate_and_render
    from selfaudit.snapshot import read_snapshot

    snap = snapshot(tmp_path)
    out = tmp_path / "demo"
    _, _written = evaluate_and_render(read_snapshot(snap), out, snapshot_dir=snap.parent, demo=True)
    import json

    assert json.loads((out / "report.json").read_text())["demo"] is True
    for page in out.glob("*.html"):
        assert "Fictional demo" in page.read_text(), page.name
    from selfaudit.history import entries

    assert entries() == []  # a demo never enters the person's history


def test_stranger_view_claims_hidden_only_on_a_recognised_profile(tmp_path: Path):
    """An unrecognised page proves nothing hidden; a field the platform lacks is not "hidden"."""
    import json as _json

    snap = snapshot(tmp_path)
    raw = _json.loads(snap.read_text())
    fb = next(a for a in raw["accounts"] if a["account"]["platform"] == "facebook")
    sv = fb["stranger_view"]
    sv["items"] = [{"what": "name", "state": "shown", "text": "Sourdough"},
                   {"what": "employer", "state": "not-shown", "text": "profiles on this platform have no such field"},
                   {"what": "birthday", "state": "not-shown"}]
    sv["recognised_as"] = "unrecognised"
    snap.write_text(_json.dumps(raw))
    report(snap, tmp_path / "u")
    html = unescape((tmp_path / "u" / "report.html").read_text())
    assert "Hidden from strangers" not in html and "sees none of" not in html
    assert "could not tell what a stranger sees on Facebook" in html and "A stranger can see" not in html
    assert "which may not be about you" in html and 'aria-label="Seen by strangers"' not in html
    assert "Facebook profiles have no separate field for where you work; your bio or posts can still say" in html
    sv["recognised_as"] = "profile"
    snap.write_text(_json.dumps(raw))
    report(snap, tmp_path / "p")
    html = unescape((tmp_path / "p" / "report.html").read_text())
    assert "Hidden from strangers: your birthday." in html


def test_a_replica_audit_links_to_no_real_platform_page():
    from selfaudit.render.actions import _link

    assert _link("privacy", "facebook", "https://www.facebook.com") == "https://www.facebook.com/settings/?tab=privacy"
    assert _link("privacy", "facebook", None) == "https://www.facebook.com/settings/?tab=privacy"  # an export: the real page
    # the demo's replicas: the real settings page would open the trainer's own account
    assert _link("privacy", "facebook", "http://127.0.0.1:8765") is None
