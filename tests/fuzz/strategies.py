"""Hypothesis strategies for export archives: random bytes, mutated real-shaped exports, and
structured members (JSON/JS/CSV/HTML, any Unicode encoding, hostile names) in zip, tar or folder."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from tests.export import builders as b
from tests.export import hostile_inputs as h

# -- seeds: small, valid exports of every platform ------------------------------------------


@cache
def seed_zips() -> dict[str, bytes]:
    out = {}
    for name, files in (
        ("x", b.x_files(protected=["Protect"])),
        ("mastodon", b.mastodon_files()),
        ("linkedin", b.linkedin_files()),
        ("instagram", b.instagram_files()),
        ("facebook", b.facebook_files()),
    ):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for n, v in files.items():
                zf.writestr(n, v)
        out[name] = buf.getvalue()
    return out


@cache
def seed_car() -> bytes:
    return b.bluesky_car(with_image=False)[0]


@cache
def seed_tar() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for n, v in b.mastodon_files().items():
            data = v.encode() if isinstance(v, str) else v
            info = tarfile.TarInfo(n)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


# -- mutations --------------------------------------------------------------------------------

_op = st.tuples(
    st.sampled_from(["flip", "set", "insert", "delete", "truncate", "duplicate"]),
    st.floats(0, 1, allow_nan=False),
    st.integers(0, 255),
    st.integers(1, 64),
)


def mutate(data: bytes, ops: list[tuple[str, float, int, int]]) -> bytes:
    buf = bytearray(data)
    for op, where, byte, n in ops:
        if not buf:
            break
        i = min(int(where * len(buf)), len(buf) - 1)
        if op == "flip":
            buf[i] ^= 1 << (byte % 8)
        elif op == "set":
            buf[i : i + n] = bytes([byte]) * min(n, len(buf) - i)
        elif op == "insert":
            buf[i:i] = bytes([byte]) * n
        elif op == "delete":
            del buf[i : i + n]
        elif op == "truncate":
            del buf[i:]
        elif op == "duplicate":
            buf[i:i] = buf[i : i + n * 16]
    return bytes(buf)


mutations = st.lists(_op, min_size=1, max_size=8)


# -- structured members -------------------------------------------------------------------------

_text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | _text,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "id_str", "tweet", "full_text", "text", "created_at", "media", "uri", "type", "object",
                         "orderedItems", "to", "cc", "attachment", "url", "content", "data", "title", "timestamp",
                         "string_map_data", "value", "label_values", "e", "l", "k", "v", "t", "p"]) | _text,
        kids,
        max_size=5,
    ),
    max_leaves=25,
)


@st.composite
def js_member(draw: Any) -> str:
    value = draw(json_values)
    ds = draw(st.sampled_from(["tweets", "tweet", "account", "profile", "follower", "protected_history", "note_tweet"]))
    body = json.dumps(value) if draw(st.booleans()) else draw(_text)
    return f"window.YTD.{ds}.part0 = {body}"


@st.composite
def csv_member(draw: Any) -> str:
    header = draw(st.sampled_from([
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility",
        "First Name,Last Name,Headline,Summary",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        "Date,Link,Message",
    ]))
    cell = st.one_of(_text, st.sampled_from(['"', '""', '"a\nb"', "\\", "\x00", "2024-01-02 10:00:00", "PUBLIC", "\r", ","]))
    rows = draw(st.lists(st.lists(cell, max_size=8), max_size=8))
    return header + "\n" + "\n".join(",".join(r) for r in rows)


@st.composite
def html_member(draw: Any) -> str:
    tag = st.sampled_from(["div", "table", "tr", "td", "img src='x.jpg'", "a href='../../etc/passwd'", "h1", "main role='main'", "br", "p"])
    parts = draw(st.lists(st.tuples(tag, _text, st.booleans()), max_size=12))
    html = "".join(f"<{t}>{txt}" + (f"</{t.split()[0]}>" if close else "") for t, txt, close in parts)
    return f"<html><body>{html}</body></html>"


MEMBER_NAMES = [
    "data/tweets.js", "data/account.js", "data/profile.js", "data/protected-history.js", "data/tweets_media/1-a.jpg",
    "actor.json", "outbox.json", "media_attachments/files/1.png",
    "Shares.csv", "Profile.csv", "Connections.csv", "Comments.csv", "Articles/Articles/a.html",
    "personal_information/personal_information/personal_information.json",
    "your_instagram_activity/content/posts_1.json", "your_facebook_activity/posts/your_posts_1.html",
    "profile_information/profile_information.json", "repo.car",
    "../escape.txt", "/abs.txt", "a\\..\\b.txt", "C:/drive.txt", "deep/" * 40 + "x.json",
]

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1"]


@st.composite
def member_content(draw: Any, name: str) -> bytes:
    if name.endswith(".car"):
        return draw(st.one_of(st.binary(max_size=256), mutations.map(lambda ops: mutate(seed_car(), ops))))
    if name.endswith((".jpg", ".png")):
        img = b.jpeg()
        return draw(st.one_of(st.just(img), mutations.map(lambda ops: mutate(img, ops)), st.binary(max_size=64)))
    if name.endswith(".js"):
        text = draw(js_member())
    elif name.endswith(".csv"):
        text = draw(csv_member())
    elif name.endswith(".html"):
        text = draw(html_member())
    else:
        text = json.dumps(draw(json_values))
    enc = draw(st.sampled_from(ENCODINGS))
    return text.encode(enc, errors="replace")


@st.composite
def member_sets(draw: Any) -> dict[str, bytes]:
    names = draw(st.lists(st.sampled_from(MEMBER_NAMES), min_size=1, max_size=6, unique=True))
    prefix = draw(st.sampled_from(["", "export/", "twitter-2024/"]))
    return {(n if n.startswith(("/", "..", "C:")) else prefix + n): draw(member_content(n)) for n in names}


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    return h.write(path, files)  # type: ignore[arg-type]


def write_tar(path: Path, files: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tf:
        for n, v in files.items():
            info = tarfile.TarInfo(n)
            info.size = len(v)
            tf.addfile(info, io.BytesIO(v))
    return path


def write_folder(root: Path, files: dict[str, bytes]) -> Path:
    """Unpacked-folder form; names that would escape are dropped (a folder cannot hold them)."""
    for n, v in files.items():
        if n.startswith(("/", "..", "C:")) or "\\" in n:
            continue
        p = root / n
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(v)
    return root


# -- CAR repositories with arbitrary block graphs --------------------------------------------------


@st.composite
def car_graphs(draw: Any) -> bytes:
    """A CAR whose tree nodes link to each other at random: cycles, shared children, dangling links."""
    import cbor2

    n = draw(st.integers(1, 12))
    cids = [bytes([1, 0x71, 0x12, 0x20]) + bytes([i]) * 32 for i in range(n)]
    link = lambda i: cbor2.CBORTag(42, b"\x00" + cids[i % n])  # noqa: E731
    blocks = []
    for i in range(n):
        kind = draw(st.sampled_from(["node", "record", "junk"]))
        if kind == "node":
            entries = [
                {"p": draw(st.integers(-2, 40)), "k": draw(st.binary(max_size=12)), "v": link(draw(st.integers(0, n))),
                 "t": draw(st.none() | st.integers(0, n).map(link))}
                for _ in range(draw(st.integers(0, 5)))
            ]
            obj: Any = {"l": draw(st.none() | st.integers(0, n).map(link)), "e": entries}
        elif kind == "record":
            obj = {"$type": draw(st.sampled_from(["app.bsky.feed.post", "app.bsky.actor.profile", "app.bsky.graph.follow"])),
                   "text": draw(_text), "createdAt": draw(_text), "embed": draw(json_values)}
        else:
            obj = draw(json_values)
        blocks.append((cids[i], cbor2.dumps(obj)))
    commit = cbor2.dumps({"did": "did:plc:fuzz", "version": 3, "data": link(draw(st.integers(0, n))), "rev": "1", "sig": b""})
    commit_cid = bytes([1, 0x71, 0x12, 0x20]) + b"\xff" * 32
    return h._car(commit_cid, [(commit_cid, commit), *blocks])


# -- one JSON member of a real-shaped export, with one subtree replaced ---------------------------


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


def _replace(value: Any, path: tuple, new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {k: (_replace(v, rest, new) if k == head else v) for k, v in value.items()}
    return [(_replace(v, rest, new) if i == head else v) for i, v in enumerate(value)]


def _seed_files(platform: str) -> dict[str, Any]:
    return {"x": b.x_files(protected=["Protect"]), "mastodon": b.mastodon_files()}[platform]


@st.composite
def reshaped_exports(draw: Any) -> tuple[str, dict[str, Any]]:
    """(platform, files) where one JSON/JS member has one value swapped for any other JSON value."""
    platform = draw(st.sampled_from(["x", "mastodon"]))
    files = dict(_seed_files(platform))
    names = sorted(n for n in files if n.endswith((".json", ".js")) and "manifest" not in n)
    name = draw(st.sampled_from(names))
    text = files[name] if isinstance(files[name], str) else files[name].decode()
    prefix, sep, body = text.partition("= ") if name.endswith(".js") else ("", "", text)
    value = json.loads(body)
    path = draw(st.sampled_from(_paths(value)))
    files[name] = prefix + sep + json.dumps(_replace(value, path, draw(json_values)))
    return platform, files
