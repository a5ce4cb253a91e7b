"""LinkedIn's Shares.csv ``Visibility`` value ``MEMBER_NETWORK`` was read as "connections only",
so such posts were never counted as public. Real evidence says otherwise: a real export
(jmandel/blog, ``scripts/linkedin_shares.py`` reads ``Shares.csv``'s Visibility into each post's
front matter) gives MEMBER_NETWORK on all 165 of one public author's posts, including the posts
that announced his public LinkedIn articles; LinkedIn's own composer calls its connections-only
choice ``CONNECTIONS_ONLY``. Nothing settles what MEMBER_NETWORK means, so its audience is not
read (not-checked, saying why) — never a pass on a guess."""

from __future__ import annotations

from selfaudit.adapters.export import read_exports
from selfaudit.snapshot import Audience
from tests.export import builders as b
from tests.export.helpers import run, statuses


def _only_member_network() -> dict[str, str]:
    files = b.linkedin_files(odd_quoting=False)
    files["Shares.csv"] = (
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        '2026-02-19 16:17:27,https://www.linkedin.com/feed/update/urn:li:share:7430284391249063937,"New article on our work with families",,,MEMBER_NETWORK\n'
    )
    return files


def test_member_network_is_not_read_as_connections_only(tmp_path, out_dir):
    [acct] = read_exports([b.write_zip(tmp_path / "li.zip", _only_member_network())], out_dir=out_dir)
    [post] = acct.posts
    assert post.audience == Audience.UNKNOWN and post.audience_label == "MEMBER_NETWORK"
    assert "MEMBER_NETWORK" in acct.provenance.missing_reason("posts.audience")
    assert statuses(run(acct), "post_audience_public") == ["not-checked"]


def test_connections_only_and_public_are_still_read(tmp_path, out_dir):
    files = _only_member_network()
    files["Shares.csv"] = files["Shares.csv"].replace("MEMBER_NETWORK", "CONNECTIONS_ONLY") + (
        '2026-02-20 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,"Hello all",,,PUBLIC\n')
    [acct] = read_exports([b.write_zip(tmp_path / "li.zip", files)], out_dir=out_dir)
    assert [p.audience for p in acct.posts] == [Audience.FRIENDS, Audience.PUBLIC]
    assert statuses(run(acct), "post_audience_public") == ["fail"]
