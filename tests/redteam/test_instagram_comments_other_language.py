"""Instagram comments whose words sit under a label the tables do not know (a Polish export's
"Komentarz") were dropped without a word: the text checks passed on the posts alone though the
person's own comments — here abusive — were never read. Now they mark the posts partly read."""

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

COMMENTS = "your_instagram_activity/comments/post_comments_1.json"


def _offensive(tmp_path, label: str):  # type: ignore[no-untyped-def]
    files = b.instagram_files(private=True)
    files[COMMENTS] = json.dumps([{"media_list_data": [], "string_map_data": {
        label: {"value": "I hate those idiots, f*** them all"}, "Media Owner": {"value": "bob"}, "Time": {"timestamp": 1704100000}}}])
    [acct] = read_exports([b.write_tree(tmp_path / "ig", files)], out_dir=tmp_path / "out")
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))
    return by_check(ev, "post_offensive_language")


def test_comments_under_a_label_not_known_are_no_pass(tmp_path):
    found = _offensive(tmp_path, "Komentarz")
    assert {f.status.value for f in found} == {"not-checked"}
    assert "comment" in (found[0].reason or "")


def test_comments_under_a_known_label_are_read_and_judged(tmp_path):
    found = _offensive(tmp_path, "Comment")
    assert "pass" not in {f.status.value for f in found} and "not-checked" not in {f.status.value for f in found}
