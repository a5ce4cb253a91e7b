"""A Mastodon Note without ``content`` (its words only in ``contentMap``) and a Bluesky post record
without ``text`` were read as posts with no words: the text checks passed "1 examined, none flagged"
though the missing words — here abusive ones — were never read. Now they mark the posts partly read."""

from __future__ import annotations

import json

from selfaudit.adapters.export import read_exports
from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.snapshot import Snapshot
from tests.export import builders as b
from tests.export.helpers import by_check
from tests.redteam.test_bluesky_lost_subtree import _car

ABUSE = "I hate those idiots, f*** them all"


def _offensive(tmp_path, path):  # type: ignore[no-untyped-def]
    [acct] = read_exports([path], out_dir=tmp_path / "out")
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))
    return by_check(ev, "post_offensive_language")


def test_a_mastodon_note_without_content_is_no_pass(tmp_path):
    files = b.mastodon_files()
    outbox = json.loads(files["outbox.json"])
    harmless, wordless = outbox["orderedItems"][0], outbox["orderedItems"][1]
    del wordless["object"]["content"]
    wordless["object"]["contentMap"] = {"en": f"<p>{ABUSE}</p>"}
    outbox["orderedItems"] = [harmless, wordless]
    outbox["totalItems"] = 2
    files["outbox.json"] = json.dumps(outbox)
    [f] = _offensive(tmp_path, b.write_tree(tmp_path / "m", files))
    assert f.status.value == "not-checked" and "content" in (f.reason or "")


def test_a_bluesky_post_without_text_is_no_pass(tmp_path):
    (tmp_path / "bsky").mkdir()
    (tmp_path / "bsky" / "repo.car").write_bytes(_car(lose_branch=False, words_key="body"))  # "text" renamed
    [f] = _offensive(tmp_path, tmp_path / "bsky" / "repo.car")
    assert f.status.value == "not-checked" and "no text field" in (f.reason or "")
