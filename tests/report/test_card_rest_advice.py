"""A card whose first action fixes only part of it (a public post that is also about drink) shows the rest's own advice
after the action, or the other actions its problems belong to; a card the action wholly fixes shows the action alone
(stop 38: the demo's 'Still drunk' card said only "Close your account")."""

from __future__ import annotations

from datetime import UTC, datetime
from html import unescape
from pathlib import Path

from selfaudit.snapshot import Audience, Post, read_snapshot, write_snapshot
from tests.report.helpers import report, snapshot

DRINK_FIX = "Read the post as a stranger or your employer would. Delete it, or limit it to close friends, if it could look like an offence."


def _card_html(html: str, needle: str) -> str:
    at = html.index(needle)
    start = html.rindex("<article", 0, at)
    return html[start:html.index("</article>", at)]


def _report(tmp_path: Path, audience: Audience, label: str) -> tuple[dict, str]:
    snap_path = snapshot(tmp_path)
    snap = read_snapshot(snap_path)
    snap.accounts[0].posts.append(Post(id="5001", url="https://www.facebook.com/sam.okafor.demo/posts/5001",
                                       created_at=datetime(2026, 6, 21, tzinfo=UTC),
                                       text="Absolutely hammered at the bus stop, had to be carried home lol",
                                       audience=audience, audience_label=label))
    data = report(write_snapshot(snap, snap_path), tmp_path / "out")
    return data, unescape((tmp_path / "out" / "report.html").read_text())


def test_public_drink_post_card_shows_the_action_and_the_drink_advice(tmp_path: Path):
    data, html = _report(tmp_path, Audience.PUBLIC, "Public")
    mine = {f["check"]: f for f in data["findings"] if f["item"] == "post:5001"}
    assert mine["post_possible_offence"]["status"] == "review" and mine["post_audience_public"]["status"] == "fail", mine
    card = _card_html(html, "Absolutely hammered")
    assert "How to fix:" in card and "Do these first" in card
    assert "Also:" in card
    # Each fix text is shown once a page: in full here, or named if an earlier card gave it.
    assert DRINK_FIX in card or "Post with drunkenness or heavy drinking: as advised earlier in this report." in card


def test_friends_only_drink_post_card_shows_its_advice_without_also(tmp_path: Path):
    data, html = _report(tmp_path, Audience.FRIENDS, "Friends")
    mine = {f["check"] for f in data["findings"] if f["item"] == "post:5001"}
    assert "post_audience_public" not in mine and "post_possible_offence" in mine
    card = _card_html(html, "Absolutely hammered")
    assert "Also:" not in card


def test_audience_not_read_no_public_action_no_also(tmp_path: Path):
    """Could not tell who sees the post (its audience unread): no public-post action to point at, so the card shows the
    drink advice on its own, not an "Also" after an action that does not apply."""
    data, html = _report(tmp_path, Audience.UNKNOWN, "")
    mine = {f["check"]: f["status"] for f in data["findings"] if f["item"] == "post:5001"}
    assert mine.get("post_possible_offence") == "review" and mine.get("post_audience_public") != "fail", mine
    card = _card_html(html, "Absolutely hammered")
    assert "Also:" not in card
