"""Each hostile input of issue 11 with its expected outcome.

Inputs that risk memory or time are read in a child capped by RLIMIT_AS and a wall-time limit
(bounded.read_bounded); the others in this process (bounded.read_here). Expected outcomes:
devices, pipes and sockets refused before any read; CAR walks bounded with the reason noted; one broken CSV record skipped, not the archive; every platform in one zip
read; plain messages for --out naming a file, a password-protected zip, UTF-16/32 text.
"""

from __future__ import annotations

import os
import socket
import stat
import time
from pathlib import Path

import pytest

from tests.export import hostile_inputs as h
from tests.export.bounded import read_bounded, read_here

pytestmark = pytest.mark.timeout(120)


def test_dev_zero_is_refused_before_reading(tmp_path):
    r = read_bounded([Path("/dev/zero")], tmp_path / "out", timeout=20)
    assert r.error == "UnsafeArchiveError"
    assert "character device" in r.message and "refused without reading" in r.message
    assert r.seconds < 2


def test_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "export.zip"
    os.mkfifo(fifo)
    r = read_bounded([fifo], tmp_path / "out", timeout=20)
    assert r.error == "UnsafeArchiveError" and "named pipe" in r.message


def test_socket_is_refused(tmp_path):
    path = tmp_path / "s.zip"
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(path))
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
        r = read_bounded([path], tmp_path / "out", timeout=20)
    finally:
        s.close()
    assert r.error == "UnsafeArchiveError" and "socket" in r.message


def test_car_whose_nodes_share_children_60_levels_deep_is_bounded(tmp_path):
    data = h.car_shared_children(60)
    assert len(data) < 16_000  # the review's file was 12 KB
    car = tmp_path / "repo.car"
    car.write_bytes(data)
    r = read_bounded([car], tmp_path / "out", timeout=30)
    assert r.error is None, r.message
    [acct] = r.accounts
    assert acct["platform"] == "bluesky"
    assert 1 <= acct["posts"] <= 62  # each distinct entry once, never 2^60
    assert "reaches one node twice" in r.notes()
    assert r.seconds < 5


def test_car_node_pointing_at_itself_is_bounded(tmp_path):
    car = tmp_path / "repo.car"
    car.write_bytes(h.car_self_loop())
    r = read_bounded([car], tmp_path / "out", timeout=30)
    assert r.error is None, r.message
    [acct] = r.accounts
    assert acct["posts"] == 8
    assert "reaches one node twice" in r.notes()
    assert r.peak_kb < 600_000 and r.seconds < 5  # the child process itself (imports) is ~330 MB


@pytest.mark.parametrize(
    "edit, posts",
    [("huge-field", 3), ("unclosed-quote", 3), ("unclosed-quote-connections", 3)],
)
def test_one_broken_linkedin_record_does_not_reject_the_export(tmp_path, edit, posts):
    z = h.write(tmp_path / "li.zip", h.linkedin_with(edit))
    r = read_bounded([z], tmp_path / "out")
    assert r.error is None, r.message
    [acct] = r.accounts
    assert acct["posts"] == posts
    if edit == "huge-field":
        assert any(len(t) > 131_000 for t in acct["post_texts"])  # the long field is read, not cut
    if edit == "unclosed-quote":
        assert "re-read record by record" in r.notes()
        assert any("No visibility recorded" in t for t in acct["post_texts"])
    if edit == "unclosed-quote-connections":
        assert acct["connections"]["count"] == 2  # Bob and Dan; Carol's broken record named
        assert "skipped Connections.csv line" in r.notes() and "unclosed quote" in r.notes()


def test_csv_full_of_unclosed_quotes_is_linear(tmp_path):
    from selfaudit.adapters.export.textio import csv_records

    text = "a,b,c\n" + '1,"x\n' * 20_000  # every line opens a quote the next one closes
    skipped: list = []
    t0 = time.perf_counter()
    csv_records(text, "bad.csv", skipped)
    assert time.perf_counter() - t0 < 5
    assert skipped and "too many broken records" in skipped[-1].reason


def test_five_platforms_in_one_zip_are_all_read(tmp_path):
    z = h.write(tmp_path / "all.zip", h.five_platforms())
    r = read_here([z], tmp_path / "out")
    assert r.error is None, r.message
    assert sorted(a["platform"] for a in r.accounts) == ["bluesky", "instagram", "linkedin", "mastodon", "x"]
    assert all(a["posts"] for a in r.accounts)
    assert "holds exports of several platforms; each was read" in r.notes()


def test_out_naming_a_file_says_so(tmp_path):
    from tests.export import builders as b

    z = h.write(tmp_path / "x.zip", b.x_files(protected=["Protect"]))
    target = tmp_path / "report.txt"
    target.write_text("keep me")
    r = read_here([z], target)
    assert r.error == "ExportFormatError"
    assert "--out names a file, not a folder" in r.message and "unexpected content" not in r.message
    assert target.read_text() == "keep me"


def test_all_encrypted_zip_says_it_is_encrypted(tmp_path):
    from tests.export import builders as b

    z = h.encrypt_flags(h.write(tmp_path / "x.zip", b.x_files(protected=["Protect"])))
    r = read_here([z], tmp_path / "out")
    assert r.error == "ExportFormatError"
    assert "password-protected" in r.message and "not a recognised" not in r.message
    assert "without a password" in (r.hint or "")


def test_partly_encrypted_zip_reads_the_rest_and_names_the_encrypted(tmp_path):
    from selfaudit.adapters.export import read_exports
    from tests.export import builders as b

    files = {**b.x_files(protected=["Protect"]), "secret/notes.txt": "x"}
    z = h.encrypt_flags(h.write(tmp_path / "x.zip", files), only="secret/notes.txt")
    [acct] = read_exports([z], out_dir=tmp_path / "out")
    assert len(acct.posts) == 3
    assert any("secret/notes.txt" in n and "encrypted" in n for n in acct.provenance.notes)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16", "utf-32"])
def test_tweets_js_in_utf16_or_utf32_is_decoded(tmp_path, encoding):
    z = h.write(tmp_path / "x.zip", h.x_tweets_encoded(encoding))
    r = read_here([z], tmp_path / "out")
    assert r.error is None, r.message
    [acct] = r.accounts
    assert acct["posts"] == 3, acct["missing"].get("posts")
    assert "not UTF-8; decoded as such" in r.notes()


def test_unbalanced_quotes_in_hand_edited_js_cost_linear_time(tmp_path):
    """The lenient parser's depth guard once rescanned from every quote: 80 KB took 95 s."""
    from tests.export import builders as b

    files = b.x_files(protected=["Protect"])
    name = next(n for n in files if n.endswith("data/tweets.js"))
    files[name] = "window.YTD.tweets.part0 = [" + '"' + '\\"' * 500_000
    z = h.write(tmp_path / "x.zip", files)
    r = read_bounded([z], tmp_path / "out", timeout=30)
    assert r.error is None, r.message
    [acct] = r.accounts
    assert acct["posts"] is None and "invalid JSON" in acct["missing"]["posts"]  # not-checked, with the reason
    assert r.seconds < 10


def test_html_page_with_too_many_tags_is_skipped_not_parsed(tmp_path):
    from tests.export import builders as b

    files = b.linkedin_files()
    tags = "".join(f"<b id={i * 7919 % 1_000_003}>" for i in range(500_000))  # varied: not a zip bomb by ratio
    files["Articles/Articles/bomb.html"] = "<html><body>" + tags + "</body></html>"
    z = h.write(tmp_path / "li.zip", files)
    r = read_bounded([z], tmp_path / "out", timeout=30)
    assert r.error is None, r.message
    [acct] = r.accounts
    assert acct["posts"] == 3  # the shares are still read
    assert "HTML tags, more than the 400,000" in r.notes()
    assert r.peak_kb < 400_000, r.peak_kb


def test_car_with_one_damaged_block_reads_the_others(tmp_path):
    from selfaudit.adapters.export.bluesky import _varint
    from tests.export import builders as b

    car, _ = b.bluesky_car(with_image=False)
    hlen, i = _varint(car)
    _n, j = _varint(car, i + hlen)
    bad = bytearray(car)
    bad[j + 36 : j + 38] = b"\xff\xff"  # inside the first block's CBOR (the first post)
    path = tmp_path / "repo.car"
    path.write_bytes(bytes(bad))
    r = read_bounded([path], tmp_path / "out", timeout=30)
    assert r.error is None, r.message
    [acct] = r.accounts
    assert acct["posts"] == 2
    assert "1 damaged block(s) skipped" in r.notes()


def test_fifo_inside_an_unpacked_folder_is_skipped_and_the_rest_read(tmp_path):
    from tests.export import builders as b

    files = b.x_files(protected=["Protect"])
    folder = b.write_tree(tmp_path / "unpacked", files)
    follower = next(folder.rglob("follower.js"))
    follower.unlink()
    os.mkfifo(follower)  # a pipe where a data file should be: reading it would wait forever
    r = read_bounded([folder], tmp_path / "out", timeout=30)
    assert r.error is None, r.message
    [acct] = r.accounts
    assert acct["posts"] == 3
    assert "follower.js: not a regular file" in r.notes()
