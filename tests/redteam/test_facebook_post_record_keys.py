"""A Facebook posts record with none of a post's keys (timestamp, data, attachments, title) was
read as a post with no words: its text — here abusive — was never read, yet it counted as examined
and the text checks could pass. It is now counted unread (posts partly read)."""

from __future__ import annotations

import json

from selfaudit.adapters.export import read_exports
from tests.export import builders as b


def test_a_record_with_none_of_a_posts_keys_is_said_to_be_unread(tmp_path):
    files = b.facebook_files()
    [key] = [k for k in files if "/posts/your_posts" in k and k.endswith(".json")]
    recs = json.loads(files[key])
    files[key] = json.dumps([*recs, {"created": 1704100000, "message": "I hate those idiots, f*** them all"}])
    [acct] = read_exports([b.write_tree(tmp_path / "fb", files)], out_dir=tmp_path / "out")
    assert len([p for p in acct.posts if p.kind in ("post", "check_in")]) == len(recs)
    assert "not in a shape" in (acct.provenance.missing_reason("posts.text") or "")
