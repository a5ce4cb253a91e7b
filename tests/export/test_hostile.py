"""Hostile and malformed archives: each case gives a clear error or a skipped item with its
reason, the rest of the archive is still audited, and nothing is written outside out_dir."""

from __future__ import annotations

import json
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from selfaudit.adapters.export import Limits, read_exports
from selfaudit.errors import ExportFormatError, UnsafeArchiveError
from tests.export import builders as b
from tests.export.helpers import media_files

TOP = "twitter-2024-01-01-abc/"


def snapshot_tree(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


@pytest.fixture
def guard(tmp_path, out_dir):
    """Asserts after the test that every new file is inside out_dir, and no temp file is left."""
    sandbox = tmp_path / "sandbox"
    sandbox.mkdir()
    before = snapshot_tree(tmp_path)
    yield sandbox
    new = snapshot_tree(tmp_path) - before
    outside = [p for p in new if p != out_dir and out_dir not in p.parents and sandbox not in p.parents]
    assert outside == [], f"written outside out_dir: {outside}"
    assert not [p for p in media_files(out_dir) if p.name.startswith(".")], "temporary files left behind"
    for p in media_files(out_dir):
        stem, _, ext = p.name.partition(".")
        assert len(stem) == 64 and ext.isalnum(), p.name


def skipped_notes(acct) -> list[str]:  # type: ignore[no-untyped-def]
    return [n for n in acct.provenance.notes if n.startswith("skipped ")]


def write_raw_zip(path: Path, files: dict[str, bytes | str], extra: list[tuple[zipfile.ZipInfo, bytes]] = ()) -> Path:  # type: ignore[assignment]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        for info, data in extra:
            zf.writestr(info, data)
    return path


def test_zip_slip_and_absolute_paths_are_never_written(tmp_path, out_dir, guard):
    files = b.x_files(protected=["Protect"])
    evil = {"../../evil.txt": "pwned", "/tmp/abs-evil.txt": "pwned", "C:\\evil.txt": "pwned", f"{TOP}data/../../../up.txt": "pwned"}
    z = write_raw_zip(guard / "x.zip", {**files, **evil})
    [acct] = read_exports([z], out_dir=out_dir)
    assert len(acct.posts) == 3  # the rest is still audited
    notes = " ".join(skipped_notes(acct))
    assert notes.count("leaves the archive") == 4
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/abs-evil.txt").exists()


def test_references_that_escape_the_archive_are_refused(tmp_path, out_dir, guard):
    files = b.instagram_files()
    posts = json.loads(files["your_instagram_activity/content/posts_1.json"])
    posts[1]["media"][0]["uri"] = "../../../../etc/passwd"
    files["your_instagram_activity/content/posts_1.json"] = json.dumps(posts)
    [acct] = read_exports([b.write_zip(guard / "ig.zip", files)], out_dir=out_dir)
    m = acct.posts[1].media[0]
    assert m.path is None and "leaves the archive" in m.skipped
    assert acct.posts[0].media[0].path  # the others are read


def test_symlink_members_in_a_zip_are_skipped(tmp_path, out_dir, guard):
    files = b.x_files(protected=["Protect"])
    name = f"{TOP}data/tweets_media/1000-Pic0.jpg"
    del files[name]
    info = zipfile.ZipInfo(name)
    info.external_attr = (0o120777 << 16)
    z = write_raw_zip(guard / "x.zip", files, [(info, b"/etc/passwd")])
    [acct] = read_exports([z], out_dir=out_dir)
    m = acct.posts[0].media[0]
    assert m.path is None and "symbolic link" in m.skipped
    assert any("symbolic link" in n for n in skipped_notes(acct))
    assert acct.posts[2].media[0].path  # the other photo is read


def test_symlinks_in_an_unpacked_folder_are_not_followed(tmp_path, out_dir, guard):
    folder = b.write_tree(guard / "unpacked", b.mastodon_files())
    secret = guard / "secret.txt"
    secret.write_text("do not read")
    target = folder / "media_attachments/files/000/000/001/original/p1.jpg"
    target.unlink()
    os.symlink(secret, target)
    os.symlink(guard, folder / "linked_dir")
    [acct] = read_exports([folder], out_dir=out_dir)
    assert acct.posts[0].media[0].path is None
    notes = " ".join(skipped_notes(acct))
    assert "p1.jpg: a symbolic link" in notes and "linked_dir: a symbolic link" in notes
    assert not any(p.read_bytes() == b"do not read" for p in media_files(out_dir))


def test_zip_bomb_member_by_ratio_is_skipped(tmp_path, out_dir, guard):
    files = b.x_files(protected=["Protect"])
    files[f"{TOP}data/tweets_media/1000-Pic0.jpg"] = b"\0" * (6 * 2**20)  # ~1000:1
    [acct] = read_exports([b.write_zip(guard / "x.zip", files)], out_dir=out_dir)
    assert any("compression ratio" in n for n in skipped_notes(acct))
    assert len(acct.posts) == 3 and acct.posts[2].media[0].path


def test_zip_bomb_total_size_is_refused(tmp_path, out_dir, guard):
    z = b.write_zip(guard / "x.zip", {**b.x_files(), f"{TOP}data/big.bin": b"\0" * 300_000})
    with pytest.raises(UnsafeArchiveError, match=r"would unpack to .* more than the limit"):
        read_exports([z], out_dir=out_dir, limits=Limits(max_total_bytes=200_000))


def test_zip_bomb_file_count_is_refused(tmp_path, out_dir, guard):
    files = {**b.x_files(), **{f"{TOP}data/n/{i}.txt": "x" for i in range(50)}}
    with pytest.raises(UnsafeArchiveError, match="members, more than the limit"):
        read_exports([b.write_zip(guard / "x.zip", files)], out_dir=out_dir, limits=Limits(max_members=30))


def test_member_over_per_file_limit_is_skipped(tmp_path, out_dir, guard):
    files = b.x_files(protected=["Protect"])
    files[f"{TOP}data/tweets_media/1002-Pic2.jpg"] = os.urandom(200_000)
    [acct] = read_exports([b.write_zip(guard / "x.zip", files)], out_dir=out_dir, limits=Limits(max_member_bytes=100_000))
    assert any("over the per-file limit" in n for n in skipped_notes(acct))
    assert len(acct.posts) == 3


def test_media_copied_out_of_one_export_are_bounded(tmp_path, out_dir, guard):
    """Many small, highly compressed 'photos' cannot fill the disk: a total budget stops them."""
    files = b.x_files()
    [acct] = read_exports([b.write_zip(guard / "x.zip", files)], out_dir=out_dir, limits=Limits(max_media_total_bytes=1))
    skipped = [m.skipped for m in acct.all_media() if m.skipped]
    assert skipped and all("add up to more than" in r for r in skipped)
    assert not list((out_dir / "media").glob("*.jpg"))
    assert len(acct.posts) == 3  # the rest of the archive is still audited


def test_truncated_zip_is_a_clear_error(tmp_path, out_dir, guard):
    z = b.write_zip(guard / "x.zip", b.x_files())
    data = z.read_bytes()
    z.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnsafeArchiveError, match="truncated") as exc:
        read_exports([z], out_dir=out_dir)
    assert str(z) in exc.value.message and exc.value.exit_code == 2


def test_damaged_member_is_skipped_and_the_rest_read(tmp_path, out_dir, guard):
    files = b.x_files(protected=["Protect"])
    z = guard / "x.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_STORED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    raw = bytearray(z.read_bytes())
    with zipfile.ZipFile(z) as zf:
        info = zf.getinfo(f"{TOP}data/tweets_media/1000-Pic0.jpg")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + 100 : start + 140] = b"\xff" * 40  # CRC no longer matches
    z.write_bytes(bytes(raw))
    [acct] = read_exports([z], out_dir=out_dir)
    m = acct.posts[0].media[0]
    assert m.path is None and ("damaged" in m.skipped or "CRC" in m.skipped)
    assert acct.posts[2].media[0].path


def test_invalid_json_is_skipped_with_reason_and_posts_not_claimed_empty(tmp_path, out_dir, guard):
    files = b.instagram_files()
    files["your_instagram_activity/content/posts_1.json"] = '[{"media": [{"uri": "x.jpg", '
    [acct] = read_exports([b.write_zip(guard / "ig.zip", files)], out_dir=out_dir)
    assert acct.profile.bio == b.IG_BIO  # the rest is read
    assert acct.posts is None
    assert "invalid JSON" in acct.provenance.missing_reason("posts")
    assert any("posts_1.json: invalid JSON" in n for n in skipped_notes(acct))


@pytest.mark.parametrize("body", [
    "[" * 200_000 + "]" * 200_000,  # strict JSON: ijson's memory grows with depth squared
    "[{a: " * 5_000 + "1" + "}]" * 5_000,  # hand-edited JavaScript: the lenient parser
])
def test_absurdly_deep_nesting_is_skipped_not_a_crash(tmp_path, out_dir, guard, body):
    files = b.x_files()
    name = next(n for n in files if n.endswith("data/tweets.js"))
    files[name] = "window.YTD.tweets.part0 = " + body
    [acct] = read_exports([b.write_zip(guard / "x.zip", files)], out_dir=out_dir)
    assert acct.profile and acct.profile.bio  # the rest of the archive is still audited
    assert acct.posts is None and "nested more than" in acct.provenance.missing_reason("posts")


def test_wrong_encodings_are_decoded(tmp_path, out_dir, guard):
    files = b.linkedin_files(odd_quoting=False)
    files["Profile.csv"] = files["Profile.csv"].replace("Alice", "Zoé").encode("cp1252")
    x = b.x_files(protected=["Protect"])
    x[f"{TOP}data/tweets.js"] = b.ytd("tweets", [{"tweet": b.x_tweet(0, text="café à Paris")}]).replace("\\u00e9", "é").replace("\\u00e0", "à").encode("cp1252")
    fb = b.facebook_files()
    key = "facebook-alice-2024/personal_information/profile_information/profile_information.json"
    fb[key] = fb[key].encode("utf-16")
    accts = read_exports(
        [b.write_zip(guard / "li.zip", files), b.write_zip(guard / "x.zip", x), b.write_zip(guard / "fb.zip", fb)], out_dir=out_dir
    )
    assert accts[0].profile.name == "Zoé Smith"
    assert accts[1].posts[0].text == "café à Paris"
    assert accts[2].profile.name == b.FB_NAME


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def test_decompression_bomb_image_is_refused_without_decoding(tmp_path, out_dir, guard):
    files = b.mastodon_files()
    files["media_attachments/files/000/000/001/original/p1.jpg"] = _png_header_only(60_000, 60_000)
    [acct] = read_exports([b.write_zip(guard / "m.zip", files)], out_dir=out_dir)
    m = acct.posts[0].media[0]
    assert m.path is None and "decompression bomb" in m.skipped
    assert acct.profile.profile_photo.path  # the avatar is still read
    assert len(media_files(out_dir)) == 1


def test_unknown_archive_names_the_file(tmp_path, out_dir, guard):
    z = b.write_zip(guard / "holiday.zip", {"notes.txt": "hello", "pic.jpg": b.jpeg()})
    with pytest.raises(ExportFormatError) as exc:
        read_exports([z], out_dir=out_dir)
    assert "holiday.zip" in exc.value.message and exc.value.exit_code == 2


def test_missing_path_is_a_clear_error(tmp_path, out_dir, guard):
    with pytest.raises(ExportFormatError, match="no such file"):
        read_exports([guard / "nope.zip"], out_dir=out_dir)


def _tar(path: Path, files: dict[str, bytes | str], extra=()) -> Path:  # type: ignore[no-untyped-def]
    import io
    import tarfile

    with tarfile.open(path, "w:gz") as tf:
        for name, data in files.items():
            raw = data.encode() if isinstance(data, str) else data
            info = tarfile.TarInfo(name)
            info.size = len(raw)
            tf.addfile(info, io.BytesIO(raw))
        for info in extra:
            tf.addfile(info)
    return path


def test_mastodon_tar_gz_with_hostile_members(tmp_path, out_dir, guard):
    import tarfile

    link = tarfile.TarInfo("media_attachments/files/evil.jpg")
    link.type = tarfile.SYMTYPE
    link.linkname = "/etc/passwd"
    dev = tarfile.TarInfo("dev/null")
    dev.type = tarfile.CHRTYPE
    files = {**b.mastodon_files(locked=True), "../escape.txt": "x"}
    [acct] = read_exports([_tar(guard / "archive-20220101.tar.gz", files, [link, dev])], out_dir=out_dir)
    assert acct.account.platform == "mastodon" and len(acct.posts) == 4
    notes = " ".join(skipped_notes(acct))
    assert "leaves the archive" in notes and "a link" in notes and "not a regular file" in notes
    assert acct.posts[0].media[0].path


def test_truncated_tar_gz_audits_what_it_can(tmp_path, out_dir, guard):
    files = b.mastodon_files()
    ordered = {"actor.json": files.pop("actor.json"), "outbox.json": files.pop("outbox.json"), "pad.bin": os.urandom(200_000), **files}
    t = _tar(guard / "archive.tar.gz", ordered)
    data = t.read_bytes()
    t.write_bytes(data[: len(data) - 60_000])
    [acct] = read_exports([t], out_dir=out_dir)
    assert len(acct.posts) == 4
    assert any("truncated" in n for n in acct.provenance.notes)


def test_unreadable_tar_is_a_clear_error(tmp_path, out_dir, guard):
    t = guard / "archive.tar.gz"
    t.write_bytes(b"\x1f\x8b\x08\x00garbage")
    with pytest.raises(UnsafeArchiveError, match="tar"):
        read_exports([t], out_dir=out_dir)


def test_truncated_json_keeps_the_entries_before_the_damage(tmp_path, out_dir, guard):
    files = b.x_files(protected=["Protect"])
    js = files[f"{TOP}data/tweets.js"]
    cut = js.index('"id_str": "1002"')  # the third record is cut off
    files[f"{TOP}data/tweets.js"] = js[:cut]
    [acct] = read_exports([b.write_zip(guard / "x.zip", files)], out_dir=out_dir)
    assert [p.id for p in acct.posts] == ["1000", "1001"]
    assert any("Only part of the posts could be read" in n for n in acct.provenance.notes)
    assert any("tweets.js: invalid JSON" in n for n in skipped_notes(acct))


def test_lenient_reparse_is_refused_for_huge_invalid_files(tmp_path, out_dir, guard):
    files = b.x_files(protected=["Protect"])
    js = files[f"{TOP}data/tweets.js"]
    files[f"{TOP}data/tweets.js"] = js[: js.index('"id_str": "1002"')] + " " * 5000
    [acct] = read_exports([b.write_zip(guard / "x.zip", files)], out_dir=out_dir, limits=Limits(max_parse_bytes=2000))
    assert len(acct.posts) == 2
    assert any("too large" in n for n in skipped_notes(acct))


def test_unexpected_shape_in_one_file_is_read_around(tmp_path, out_dir, guard):
    files = b.x_files()
    name = next(n for n in files if n.endswith("data/profile.js"))
    files[name] = 'window.YTD.profile.part0 = [{"profile": {"description": "oops"}}]'
    tweets = next(n for n in files if n.endswith("data/tweets.js"))
    recs = [{"tweet": b.x_tweet(i)} for i in range(3)]
    recs[1]["tweet"]["extended_entities"] = ["not", "a", "dict"]
    files[tweets] = b.ytd("tweets", recs)
    [acct] = read_exports([b.write_zip(guard / "x.zip", files)], out_dir=out_dir)
    # the odd description is read around: its bio was not read (None), which is not an empty bio
    assert len(acct.posts) == 3 and acct.profile is not None and acct.profile.bio is None


def test_a_reader_crash_names_the_file_instead_of_a_traceback(tmp_path, out_dir, guard, monkeypatch):
    from selfaudit.adapters.export import x
    from selfaudit.errors import ExportFormatError

    def broken(ctx):  # type: ignore[no-untyped-def]
        raise KeyError("a shape no reader expected")

    monkeypatch.setattr(x, "read", broken)
    with pytest.raises(ExportFormatError) as exc:
        read_exports([b.write_zip(guard / "x.zip", b.x_files())], out_dir=out_dir)
    assert "x.zip" in exc.value.message and "unexpected content" in exc.value.message


def test_mastodon_actor_with_odd_value_types_is_read_around(tmp_path, out_dir, guard):
    """Found by tests/fuzz: a list as the actor's name rejected the whole archive."""
    files = b.mastodon_files()
    actor = json.loads(files["actor.json"])
    actor.update(name=[], manuallyApprovesFollowers="yes", followers=5)
    files["actor.json"] = json.dumps(actor)
    [acct] = read_exports([b.write_zip(guard / "m.zip", files)], out_dir=out_dir)
    assert acct.account.display_name is None and len(acct.posts) == 4
    assert "settings.account_privacy" in {m.fact for m in acct.provenance.missing}  # not a guessed "Off"
