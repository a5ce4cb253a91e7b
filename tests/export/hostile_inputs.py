"""Hostile inputs found by the adversarial review (issue 11), rebuilt small and deterministic."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from typing import Any

from tests.export import builders as b


def _cbor():  # type: ignore[no-untyped-def]
    import cbor2

    return cbor2


_cid = b.CarBlocks.cid
_link = b.CarBlocks.link
_car = b.car_file


def car_shared_children(levels: int = 60) -> bytes:
    """Every tree node points twice (left and right) to the same child: 2^levels paths, valid hashes."""
    cbor2 = _cbor()
    blocks: list[tuple[bytes, bytes]] = []

    def put(obj: Any) -> bytes:
        data = cbor2.dumps(obj, canonical=True)
        cid = _cid(data)
        blocks.append((cid, data))
        return cid

    rec = put({"$type": "app.bsky.feed.post", "text": "only post", "createdAt": "2024-01-01T00:00:00Z"})
    child = put({"l": None, "e": [{"p": 0, "k": b"app.bsky.feed.post/leaf", "v": _link(rec), "t": None}]})
    for i in range(levels):
        child = put({"l": _link(child), "e": [{"p": 0, "k": f"app.bsky.feed.post/n{i:03d}".encode(), "v": _link(rec), "t": _link(child)}]})
    commit = put({"did": "did:plc:dag", "version": 3, "data": _link(child), "rev": "1", "prev": None, "sig": b"\x00" * 64})
    return _car(commit, blocks)


def car_self_loop(fanout: int = 8) -> bytes:
    """A tree node listing itself as its left child and as every entry's subtree (its CID is made up)."""
    cbor2 = _cbor()
    rec_data = cbor2.dumps({"$type": "app.bsky.feed.post", "text": "looped post", "createdAt": "2024-01-01T00:00:00Z"}, canonical=True)
    rec = _cid(rec_data)
    node_cid = _cid(b"the node itself")
    node = {"l": _link(node_cid), "e": [{"p": 0, "k": f"app.bsky.feed.post/k{i}".encode(), "v": _link(rec), "t": _link(node_cid)} for i in range(fanout)]}
    node_data = cbor2.dumps(node, canonical=True)
    commit_data = cbor2.dumps({"did": "did:plc:loop", "version": 3, "data": _link(node_cid), "rev": "1", "prev": None, "sig": b"\x00" * 64}, canonical=True)
    commit = _cid(commit_data)
    return _car(commit, [(commit, commit_data), (node_cid, node_data), (rec, rec_data)])


def encrypt_flags(path: Path, only: str | None = None) -> Path:
    """Mark members of a zip (all, or the one named ``only``) as encrypted, as a password zip does."""
    data = bytearray(path.read_bytes())
    # signature, offset of the flags, of the name length, of the name
    for sig, flag_off, len_off, name_off in ((b"PK\x03\x04", 6, 26, 30), (b"PK\x01\x02", 8, 28, 46)):
        i = data.find(sig)
        while i >= 0:
            (n,) = struct.unpack_from("<H", data, i + len_off)
            if only is None or bytes(data[i + name_off : i + name_off + n]) == only.encode():
                (flags,) = struct.unpack_from("<H", data, i + flag_off)
                struct.pack_into("<H", data, i + flag_off, flags | 1)
            i = data.find(sig, i + 4)
    path.write_bytes(bytes(data))
    return path


def x_tweets_encoded(encoding: str) -> dict[str, bytes | str]:
    """An X archive whose tweets.js is written in ``encoding`` (e.g. utf-16-le: no byte-order mark)."""
    files = b.x_files(protected=["Protect"])
    name = next(n for n in files if n.endswith("data/tweets.js"))
    text = files[name]
    files[name] = (text if isinstance(text, str) else text.decode()).encode(encoding)
    return files


def five_platforms() -> dict[str, bytes | str]:
    car, _ = b.bluesky_car(with_image=False)
    out: dict[str, bytes | str] = {}
    for prefix, files in (
        ("x/", b.x_files(protected=["Protect"])),
        ("ig/", b.instagram_files()),
        ("li/", b.linkedin_files()),
        ("mastodon/", b.mastodon_files()),
        ("bsky/", {"repo.car": car}),
    ):
        out.update({prefix + n: v for n, v in files.items()})
    return out


def linkedin_with(shares_edit: str) -> dict[str, bytes | str]:
    files = b.linkedin_files(odd_quoting=False)
    if shares_edit == "huge-field":
        files["Shares.csv"] = files["Shares.csv"].replace("Conference, day one", "Conference " + "x" * 131_000)
    elif shares_edit == "unclosed-quote":
        files["Shares.csv"] = files["Shares.csv"].replace('"Conference, day one"', '"Conference, day one')
    elif shares_edit == "unclosed-quote-connections":
        files["Connections.csv"] += 'Carol,"C,https://x,,Acme,Boss,01 Jan 2021\nDan,D,https://www.linkedin.com/in/dan,,Acme,Manager,01 Jan 2020\n'
    return files


def write(path: Path, files: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path
