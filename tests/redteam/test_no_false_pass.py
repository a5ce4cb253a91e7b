"""Adversarial inputs found by a user's-eye probe: each once produced a pass where part of
the material was never looked at. Pass needs evidence; anything unread is not-checked."""

from __future__ import annotations

from selfaudit.adapters.export import read_exports
from selfaudit.analysis import build_analysis
from selfaudit.analysis.text_results import MAX_CHARS
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.findings import Status
from selfaudit.policy import load_policy
from selfaudit.snapshot import Account, AccountSnapshot, Post, Profile, Provenance, Snapshot
from tests.export import builders as b

POST_CHECKS = ("post_offensive_language", "post_possible_offence", "post_confidential_info")


def _results(posts: list[Post]) -> dict[str, object]:
    acct = AccountSnapshot(account=Account(platform="x", handle="jo"), profile=Profile(bio="Views my own"), posts=posts,
                           provenance=Provenance(source="fixture"))
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()))
    return {r.check: r for r in ev.results}


def test_a_post_longer_than_what_is_analysed_is_never_a_pass():
    # the threat sits after the analysed part: "nothing found" in the first part is not a pass
    long_post = "Lovely day at the park with the kids. " * (MAX_CHARS // 30) + " I will fucking kill you"
    res = _results([Post(id="long", text=long_post), Post(id="short", text="Bake sale on Saturday")])
    for check in POST_CHECKS:
        r = res[check]
        assert r.status != Status.PASS, check
        [f] = [f for f in r.findings if f.item == "post:long"]
        assert f.status == Status.NOT_CHECKED and f"{MAX_CHARS:,}" in (f.reason or "")


def test_a_long_post_with_a_finding_in_its_read_part_still_fails():
    long_post = "You are a fucking idiot. " + "Lovely day at the park. " * (MAX_CHARS // 20)
    res = _results([Post(id="long", text=long_post)])
    off = res["post_offensive_language"]
    assert off.status in (Status.FAIL, Status.REVIEW)
    assert [f.status for f in off.findings] == [off.status]  # flagged, not also "not read to the end"


def test_a_short_clean_post_still_passes():
    res = _results([Post(id="s", text="Bake sale on Saturday")])
    assert res["post_offensive_language"].status == Status.PASS


def _statuses(acct: AccountSnapshot) -> dict[str, str]:
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(None, Config()))
    return {c: next(r.status.value for r in ev.results if r.check == c) for c in POST_CHECKS}


def test_facebook_export_without_its_posts_file_does_not_pass_on_comments_alone(tmp_path, out_dir):
    files = {k: v for k, v in b.facebook_files().items() if "your_posts" not in k}
    [acct] = read_exports([b.write_zip(tmp_path / "fb.zip", files)], out_dir=out_dir)
    assert any(p.kind == "comment" for p in acct.posts or [])  # the comments are still read …
    assert acct.provenance.missing_reason("posts.text")  # … and the missing posts file is said
    assert set(_statuses(acct).values()) == {"not-checked"}


def test_facebook_export_with_its_posts_file_still_passes(tmp_path, out_dir):
    [acct] = read_exports([b.write_zip(tmp_path / "fb.zip", b.facebook_files())], out_dir=out_dir)
    assert acct.provenance.missing_reason("posts.text") is None
    assert _statuses(acct)["post_possible_offence"] == "pass"


def test_linkedin_export_without_shares_but_with_comments_is_not_a_pass(tmp_path, out_dir):
    files = {k: v for k, v in b.linkedin_files().items() if k != "Shares.csv"}
    files["Comments.csv"] = "Date,Link,Message\n2024-01-02 10:00:00,https://www.linkedin.com/feed/update/1,Great news\n"
    [acct] = read_exports([b.write_zip(tmp_path / "li.zip", files)], out_dir=out_dir)
    assert acct.provenance.missing_reason("posts.text")
    assert set(_statuses(acct).values()) == {"not-checked"}


def test_linkedin_damaged_shares_with_comments_is_not_a_pass(tmp_path, out_dir):
    # Shares.csv is there but cannot be read: the comments alone are not the person's posts
    import io
    import zipfile

    files = dict(b.linkedin_files(odd_quoting=False))
    files["Comments.csv"] = "Date,Link,Message\n2024-01-02 10:00:00,https://www.linkedin.com/feed/update/1,Great news\n"
    files["Shares.csv"] += "".join(f'2024-01-02 10:00:00,https://x.test/{i},"Lovely day number {i}",,,PUBLIC\n' for i in range(200))
    path = b.write_zip(tmp_path / "li.zip", files)
    raw = bytearray(path.read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("Shares.csv")
    at = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    raw[at : at + 20] = b"\0" * 20  # damage its compressed bytes (a bad download)
    path.write_bytes(bytes(raw))
    [acct] = read_exports([path], out_dir=out_dir)
    assert [p.kind for p in acct.posts or []] == ["comment"]
    reason = acct.provenance.missing_reason("posts.text") or ""
    assert "Shares.csv" in reason, reason
    assert set(_statuses(acct).values()) == {"not-checked"}


def test_linkedin_shares_with_renamed_columns_is_not_a_pass(tmp_path, out_dir):
    # a newer export that renamed ShareCommentary: the post is there, its words were not read
    files = dict(b.linkedin_files())
    files["Shares.csv"] = "Date,Link,Commentary,Url,Media,Visibility\n2024-01-02 10:00:00,https://x.test/1,\"You are a fucking idiot\",,,PUBLIC\n"
    [acct] = read_exports([b.write_zip(tmp_path / "li.zip", files)], out_dir=out_dir)
    reason = acct.provenance.missing_reason("posts.text")
    assert reason and "ShareCommentary" in reason
    assert "pass" not in _statuses(acct).values()


def test_linkedin_shares_as_exported_still_pass(tmp_path, out_dir):
    [acct] = read_exports([b.write_zip(tmp_path / "li.zip", b.linkedin_files(odd_quoting=False))], out_dir=out_dir)
    assert acct.provenance.missing_reason("posts.text") is None
    assert _statuses(acct)["post_possible_offence"] == "pass"


def test_x_export_with_one_of_its_tweet_files_unreadable_is_not_a_pass(tmp_path, out_dir):
    files = dict(b.x_files(variant="parts"))
    top = "twitter-2024-01-01-abc/"
    files[top + "data/tweets.js"] = "window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": \"1\", \"full_text\": \"You are a f"  # cut short
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", files)], out_dir=out_dir)
    assert acct.posts  # the readable part is still read …
    reason = acct.provenance.missing_reason("posts.text")
    assert reason and "tweets.js" in reason  # … and the unreadable one is named
    assert "pass" not in _statuses(acct).values()



def test_photo_captions_alone_do_not_pass_the_post_checks_when_no_post_was_found(tmp_path, out_dir):
    # Shares.csv empty (not even its header): a photo's description was read, no post was
    files = dict(b.linkedin_files())
    files["Shares.csv"] = ""
    [acct] = read_exports([b.write_zip(tmp_path / "li.zip", files)], out_dir=out_dir)
    assert not acct.posts and acct.photos
    assert "pass" not in _statuses(acct).values()


def test_no_posts_with_the_platforms_word_that_there_are_none_still_passes():
    from selfaudit.snapshot import EmptyEvidence, Media

    acct = AccountSnapshot(account=Account(platform="x", handle="jo"), profile=Profile(bio="Views my own"), posts=[],
                           photos=[Media(id="m1", caption="Lovely walk by the canal")],
                           provenance=Provenance(source="fixture", empty=[EmptyEvidence(fact="posts", evidence="jo hasn't posted")]))
    assert _statuses(acct)["post_possible_offence"] == "pass"


def test_a_damaged_posts_file_is_named_not_called_absent(tmp_path, out_dir):
    import io
    import zipfile

    top = "twitter-2024-01-01-abc/"
    path = b.write_zip(tmp_path / "x.zip", b.x_files())
    raw = bytearray(path.read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo(top + "data/tweets.js")
    at = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    raw[at : at + 20] = b"\0" * 20  # damage its compressed bytes (a bad download)
    path.write_bytes(bytes(raw))
    [acct] = read_exports([path], out_dir=out_dir)
    reason = acct.provenance.missing_reason("posts") or ""
    assert "tweets.js" in reason, reason
    assert "pass" not in _statuses(acct).values()
