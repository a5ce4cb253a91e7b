"""A Bluesky repository CAR whose tree lists posts whose blocks are not in the file (a cut
download) skipped those posts without a word: the text checks passed on the posts read as if
they were all. Now the posts the tree lists but the file lacks are said to be unread."""

from __future__ import annotations

from selfaudit.adapters.export import read_exports
from tests.export import builders as b


def test_posts_listed_but_absent_are_said_to_be_unread(tmp_path):
    car, _ = b.bluesky_car(posts=3, missing_posts=2, with_image=False)
    path = tmp_path / "repo.car"
    path.write_bytes(car)
    [acct] = read_exports([path], out_dir=tmp_path / "out")
    assert len(acct.posts) == 1
    assert "2 post(s)" in (acct.provenance.missing_reason("posts.text") or "")


def test_a_whole_repository_records_nothing_unread(tmp_path):
    car, _ = b.bluesky_car(posts=3, with_image=False)
    path = tmp_path / "repo.car"
    path.write_bytes(car)
    [acct] = read_exports([path], out_dir=tmp_path / "out")
    assert len(acct.posts) == 3 and acct.provenance.missing_reason("posts.text") is None
