"""A hand-made snapshot for the report tests: the sample plus repeated public posts, an
abusive comment someone else left, long words, bidi controls and a stranger-view inventory."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.snapshot import Audience, Missing, Post, StrangerItem, write_snapshot
from tests.sample import build

runner = CliRunner()
SECRET_TEXTS = ["Summer BBQ number", "Shut up you stupid", "Team away day"]


def snapshot(tmp: Path, public_posts: int = 6, bidi: bool = False) -> Path:
    src = tmp / "src"
    snap = build(src)
    fb = snap.accounts[0]
    for i in range(public_posts):
        fb.posts.append(Post(id=f"20{i:02d}", url=f"https://www.facebook.com/sam.okafor.demo/posts/20{i:02d}",
                             created_at=datetime(2026, 6, 1 + i, tzinfo=UTC),
                             text=f"Summer BBQ number {i} " + ("x" * 120 if i == 0 else ""),
                             audience=Audience.PUBLIC, audience_label="Public"))
    fb.posts.append(Post(id="3001-c1", kind="comment", parent_id="1001", author="Dean Harper", third_party=True,
                         text="Shut up you stupid bitch, nobody gives a fuck about your boring posts",
                         created_at=datetime(2026, 6, 20, tzinfo=UTC), audience=Audience.PUBLIC))
    if bidi:
        fb.posts[0].text = "Look \u202eevil\u202c text " + fb.posts[0].text
    fb.stranger_view.recognised_as = "profile"
    fb.stranger_view.items = [
        StrangerItem(what="name", state="shown", text="Sam Okafor"),
        StrangerItem(what="photo", state="shown"),
        StrangerItem(what="employer", state="shown", text="Hackney Council"),
        StrangerItem(what="location", state="shown", text="London"),
        StrangerItem(what="posts", state="shown", count=3),
        StrangerItem(what="birthday", state="not-shown"),
        StrangerItem(what="contact", state="not-recognised"),
    ]
    fb.provenance.missing.append(Missing(fact="posts.more", reason="stopped at --max-posts 20: 14 more posts not read"))
    return write_snapshot(snap, src / "snapshot.json")


def report(snap: Path, out: Path) -> dict:
    res = runner.invoke(app, ["report", str(snap), "--out", str(out)])
    assert res.exit_code in (0, 1), res.output
    return json.loads((out / "report.json").read_text())
