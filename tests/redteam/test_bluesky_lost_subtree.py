"""A Bluesky CAR whose Merkle Search Tree lost a branch (a cut download: the node's block is not in
the file) was walked without a word: the posts under it were never read, yet "1 examined, none
flagged" passed the post text checks — here the lost post is the abusive one. A branch not in
the file now marks the posts partly read (not-checked), as posts listed but absent already did."""

from __future__ import annotations

from selfaudit.adapters.export import read_exports
from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.snapshot import Snapshot
from tests.export import builders as b
from tests.export.helpers import by_check


def _car(lose_branch: bool, words_key: str = "text") -> bytes:
    """commit → root node (a profile, a harmless post) whose left branch holds an abusive post
    (its words under ``words_key``)."""
    c = b.CarBlocks()
    hidden = c.put({"$type": "app.bsky.feed.post", words_key: "I hate those idiots, f*** them all", "createdAt": "2024-01-01T10:00:00.000Z"})
    left = c.node([("app.bsky.feed.post/3a0aaaaaaa", hidden)])
    if lose_branch:
        c.blocks[:] = [bk for bk in c.blocks if bk[0] not in (left, hidden)]
    prof = c.put({"$type": "app.bsky.actor.profile", "displayName": "Alice", "description": "Youth worker. Views my own."})
    ok = c.put({"$type": "app.bsky.feed.post", "text": "Lovely walk today", "createdAt": "2024-02-01T10:00:00.000Z"})
    root = c.node([("app.bsky.feed.post/3k0aaaaaaa", ok), ("app.bsky.actor.profile/self", prof)], left)
    return c.car(c.commit("did:plc:alice123", root))


def _offensive(tmp_path, lose_branch: bool):  # type: ignore[no-untyped-def]
    (tmp_path / "bsky").mkdir()
    (tmp_path / "bsky" / "repo.car").write_bytes(_car(lose_branch))
    [acct] = read_exports([tmp_path / "bsky" / "repo.car"], out_dir=tmp_path / "out")
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))
    return acct, by_check(ev, "post_offensive_language")


def test_a_branch_not_in_the_file_is_no_pass(tmp_path):
    acct, [f] = _offensive(tmp_path, lose_branch=True)
    assert [p.text for p in acct.posts] == ["Lovely walk today"]
    assert f.status.value == "not-checked" and "tree" in (f.reason or "")


def test_the_whole_tree_is_read_and_judged(tmp_path):
    _, found = _offensive(tmp_path, lose_branch=False)
    assert "pass" not in {f.status.value for f in found} and "not-checked" not in {f.status.value for f in found}
