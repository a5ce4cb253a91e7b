"""A Facebook comments.json whose list key was renamed (neither "comments_v2" nor "comments")
read as no comments, without a word: the text checks passed over the person's own comments,
which nobody read. Now they are said to be unread; the known keys still read."""

from __future__ import annotations

import json

from selfaudit.adapters.export import read_exports
from tests.export import builders as b


def _read(tmp_path, key: str):  # type: ignore[no-untyped-def]
    files = b.facebook_files(variant="current")
    [name] = [n for n in files if n.endswith("comments.json")]
    recs = json.loads(files[name])["comments_v2"]
    files[name] = json.dumps({key: recs})
    [acct] = read_exports([b.write_zip(tmp_path / f"{key}.zip", files)], out_dir=tmp_path / key)
    return acct


def test_comments_under_a_renamed_key_are_said_to_be_unread(tmp_path):
    acct = _read(tmp_path, "comments_v3")
    assert not [p for p in acct.posts if p.kind == "comment"]
    assert "comments" in (acct.provenance.missing_reason("posts.text") or "")


def test_comments_under_the_known_key_are_read(tmp_path):
    acct = _read(tmp_path, "comments_v2")
    assert [p.text for p in acct.posts if p.kind == "comment"] == ["Great news!"]
    assert acct.provenance.missing_reason("posts.text") is None
