"""A damaged comments file (cut off mid-way, or not JSON/CSV at all) was only noted as skipped: the
comments after the damage were never read, yet nothing marked the posts partly read, so the text
checks could pass "none flagged" on the rest. Facebook and Instagram now say so (LinkedIn's
reader does too when Comments.csv cannot be read as text)."""

from __future__ import annotations

import json

from selfaudit.adapters.export import read_exports
from tests.export import builders as b

ABUSE = "I hate those idiots, f*** them all"


def _unread_reason(tmp_path, files) -> str | None:  # type: ignore[no-untyped-def]
    [acct] = read_exports([b.write_tree(tmp_path / "x", files)], out_dir=tmp_path / "out")
    return acct.provenance.missing_reason("posts.text")


def test_facebook_comments_cut_off_mid_way(tmp_path):
    files = b.facebook_files()
    [key] = [k for k in files if k.endswith("comments.json")]
    data = json.loads(files[key])
    data["comments_v2"].append({"timestamp": 1704200000, "data": [{"comment": {"timestamp": 1704200000, "comment": ABUSE}}]})
    text = json.dumps(data)
    files[key] = text[: text.index("I hate")]
    assert "comments.json" in (_unread_reason(tmp_path, files) or "")


def test_instagram_comments_not_json(tmp_path):
    files = b.instagram_files()
    files["your_instagram_activity/comments/post_comments_1.json"] = '[{"string_map_data": {"Comment": {"value": "' + ABUSE
    assert "post_comments_1.json" in (_unread_reason(tmp_path, files) or "")


def test_sound_comments_files_mark_nothing(tmp_path):
    assert _unread_reason(tmp_path, b.facebook_files()) is None
