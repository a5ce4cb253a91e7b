"""LinkedIn's Comments.csv with its words under a column other than "Message" (a renamed column)
was read as comments with no words and dropped: the text checks passed on the shares alone though
the person's comments — here abusive — were never read. Now the posts are marked partly read."""

from __future__ import annotations

from selfaudit.adapters.export import read_exports
from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.snapshot import Snapshot
from tests.export import builders as b
from tests.export.helpers import by_check


def _offensive(tmp_path, column: str):  # type: ignore[no-untyped-def]
    files = b.linkedin_files(odd_quoting=False)
    files["Comments.csv"] = (f"Date,Link,{column}\n"
                             '2024-01-05 09:00:00,https://www.linkedin.com/feed/update/urn:li:share:9,"I hate those idiots, f*** them all"\n')
    [acct] = read_exports([b.write_tree(tmp_path / "li", files)], out_dir=tmp_path / "out")
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))
    return {f.status.value for f in by_check(ev, "post_offensive_language")}


def test_comments_under_a_renamed_column_are_no_pass(tmp_path):
    assert _offensive(tmp_path, "Comment Text") == {"not-checked"}


def test_comments_under_message_are_read_and_judged(tmp_path):
    assert not {"pass", "not-checked"} & _offensive(tmp_path, "Message")
