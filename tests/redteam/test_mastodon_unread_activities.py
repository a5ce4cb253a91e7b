"""A Mastodon outbox whose Create activities give the post only by its address (ActivityStreams
allows ``"object": "<id>"``) were skipped without a word: the text and audience checks passed on
the posts that were read as if they were all of them. A ``type`` given as a list (also allowed)
skipped a post that could be read."""

from __future__ import annotations

import json

from selfaudit.adapters.export import read_exports
from tests.export import builders as b
from tests.export.helpers import run, statuses


def _read(tmp_path, edit):  # type: ignore[no-untyped-def]
    files = b.mastodon_files(locked=True)
    outbox = json.loads(files["outbox.json"])
    outbox["orderedItems"] = edit(outbox["orderedItems"])
    outbox["totalItems"] = len(outbox["orderedItems"])  # an outbox counts what it lists
    files["outbox.json"] = json.dumps(outbox)
    [acct] = read_exports([b.write_zip(tmp_path / "m.zip", files)], out_dir=tmp_path / "out")
    return acct


def test_posts_given_only_by_address_are_said_to_be_unread(tmp_path):
    def edit(items):  # type: ignore[no-untyped-def]
        keep = items[2]  # followers-only of a locked account: approved followers
        return [keep, {"id": "y/activity", "type": "Create", "actor": keep["actor"], "object": "https://social.example/users/alice/statuses/9"}]

    acct = _read(tmp_path, edit)
    assert len(acct.posts) == 1 and "1 post(s)" in (acct.provenance.missing_reason("posts.text") or "")
    assert statuses(run(acct), "post_audience_public") == ["not-checked"]


def test_a_type_given_as_a_list_is_read(tmp_path):
    acct = _read(tmp_path, lambda items: [{**items[0], "type": ["Create"]}])
    assert len(acct.posts) == 1 and acct.provenance.missing_reason("posts.text") is None
    assert statuses(run(acct), "post_audience_public") == ["fail"]
