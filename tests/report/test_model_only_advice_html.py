"""A review only the text model raised shows its re-read advice on the post's card, in the JSON finding the same text;
a rule's fail on the same page keeps "Delete the post" (review38b, stop 38)."""

from __future__ import annotations

from datetime import UTC, datetime
from html import unescape
from pathlib import Path

from selfaudit.checks.text import MODEL_ONLY_FIX
from selfaudit.snapshot import Audience, Post, read_snapshot, write_snapshot
from tests.report.helpers import report, snapshot


def test_model_only_review_card_shows_the_reread_advice(tmp_path: Path):
    snap_path = snapshot(tmp_path)
    snap = read_snapshot(snap_path)
    snap.accounts[0].posts.append(Post(id="4001", url="https://www.facebook.com/sam.okafor.demo/posts/4001",
                                       created_at=datetime(2026, 6, 21, tzinfo=UTC),
                                       text="Still drunk from last night 🍺🍺🍺 send help. Work in 6 hours 💀",
                                       audience=Audience.FRIENDS, audience_label="Friends"))
    data = report(write_snapshot(snap, snap_path), tmp_path / "out")
    html = (tmp_path / "out" / "report.html").read_text()
    [f] = [f for f in data["findings"] if f["item"].endswith("4001") and f["check"] == "post_offensive_language"]
    advice = MODEL_ONLY_FIX.format(reads_as="a threat")
    assert f["status"] == "review" and f["fix"] == advice, f
    assert set(f) <= {"check", "status", "severity", "confidence", "clauses", "platform", "account", "item", "title",
                      "evidence", "fix", "reason", "third_party", "outcome", "fingerprint"}
    assert unescape(html).count(advice) == 1
    # The abusive comment someone else left keeps its own advice; no rule's fail says "Only the text model".
    for g in data["findings"]:
        if g["status"] == "fail":
            assert not (g.get("fix") or "").startswith("Only the text model"), g


def test_model_only_review_beside_an_own_fail_keeps_its_advice_not_the_delete_action(tmp_path: Path):
    """An own abusive post that fails on the same platform makes the tier-1 "Delete your own posts ..." action; the
    review only the model raised does not join it (its card would point at that action and never show the re-read
    advice); the fail does; the third-party comment stays with its own action."""
    snap_path = snapshot(tmp_path)
    snap = read_snapshot(snap_path)
    fb = snap.accounts[0]
    fb.posts.append(Post(id="4001", url="https://www.facebook.com/sam.okafor.demo/posts/4001", created_at=datetime(2026, 6, 21, tzinfo=UTC),
                         text="Still drunk from last night 🍺🍺🍺 send help. Work in 6 hours 💀", audience=Audience.FRIENDS, audience_label="Friends"))
    fb.posts.append(Post(id="4002", url="https://www.facebook.com/sam.okafor.demo/posts/4002", created_at=datetime(2026, 6, 22, tzinfo=UTC),
                         text="Next time I see that ref I will kill him", audience=Audience.FRIENDS, audience_label="Friends"))
    data = report(write_snapshot(snap, snap_path), tmp_path / "out")
    html = unescape((tmp_path / "out" / "report.html").read_text())
    mine = {f["item"]: f for f in data["findings"] if f["check"] == "post_offensive_language" and f["item"].endswith(("4001", "4002"))}
    assert mine["post:4001"]["status"] == "review" and mine["post:4002"]["status"] == "fail"
    acts = {a["id"]: a["fixes"] for a in data["actions"]}
    assert mine["post:4002"]["fingerprint"] in acts["delete-own-abuse"]
    assert all(mine["post:4001"]["fingerprint"] not in fixes for fixes in acts.values())
    assert html.count(MODEL_ONLY_FIX.format(reads_as="a threat")) == 1
    assert "remove-abuse" in acts
