"""A Threads threads_and_replies.json whose posts key was renamed, holding one empty list
(e.g. drafts), was read as "text_post_app_text_posts is empty" — the platform's proof of no
posts — though that key was not in the file. Only the posts' own key, empty, is that proof."""

from __future__ import annotations

import json

from selfaudit.adapters.export import read_exports
from tests.export import builders as b
from tests.export import builders_settings as bs
from tests.export.helpers import run, statuses


def _files(posts_json: str) -> dict[str, str]:
    files = bs.threads_files(inside_instagram=False)
    [name] = [n for n in files if n.endswith("threads_and_replies.json")]
    files[name] = posts_json
    return files


def test_a_renamed_empty_list_is_not_proof_of_no_posts(tmp_path):
    files = _files(json.dumps({"text_post_app_drafts": []}))
    [acct] = read_exports([b.write_zip(tmp_path / "t.zip", files)], out_dir=tmp_path / "out")
    assert not acct.provenance.empty_evidence("posts")
    assert "pass" not in statuses(run(acct), "post_audience_public")


def test_the_posts_own_key_empty_is_proof(tmp_path):
    files = _files(json.dumps({"text_post_app_text_posts": []}))
    [acct] = read_exports([b.write_zip(tmp_path / "t.zip", files)], out_dir=tmp_path / "out")
    assert acct.posts == [] and acct.provenance.empty_evidence("posts")
