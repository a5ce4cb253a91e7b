"""Bluesky repository export (Settings › "Export my data": a CAR file), read with libipld.

The CAR holds the signed commit, the Merkle Search Tree and every record: the profile
(``app.bsky.actor.profile/self``), posts (``app.bsky.feed.post/<rkey>``), follows. Images
(blobs) are not in the CAR; when blob files named by their CID sit next to it (a folder or
zip) they are used. Everything in a Bluesky repository is public by design: anyone can
download it. The "logged-out visibility" switch is only a self-label
(``!no-unauthenticated``) that other apps may ignore.
"""

from __future__ import annotations

from typing import Any, cast

from ...errors import ExportFormatError
from ...snapshot import AccountSnapshot, Audience, AudienceSetting, Connections, Media, Post, Profile
from .base import Context, to_datetime
from .parse import MemberError
from .safe import Archive

PLATFORM = "bluesky"
PUBLIC_NOTE = (
    "Everything in a Bluesky account is public by design: posts, likes, follows and the profile can be read "
    "by anyone, logged in or not. The 'logged-out visibility' setting is only a request that other apps may ignore."
)
NO_UNAUTH = "!no-unauthenticated"


def _varint(b: bytes, i: int = 0) -> tuple[int, int]:
    n = shift = 0
    while i < len(b):
        x = b[i]
        n |= (x & 0x7F) << shift
        i += 1
        if not x & 0x80:
            return n, i
        shift += 7
        if shift > 63:
            break
    raise ValueError("bad varint")


def _is_car(head: bytes) -> bool:
    try:
        n, i = _varint(head)
    except ValueError:
        return False
    if not 0 < n < 4096 or len(head) < i + n:
        return False
    import libipld

    try:
        hdr = libipld.decode_dag_cbor(head[i : i + n])
    except Exception:
        return False
    return isinstance(hdr, dict) and "roots" in hdr and hdr.get("version") == 1


def _car_members(archive: Archive) -> list[str]:
    named = archive.find(r"\.car$")
    if named:
        return named
    return [n for n in list(archive.members)[:20] if _is_car(archive.head(n, 4096))]


def detect(archive: Archive) -> int:
    for name in _car_members(archive):
        if _is_car(archive.head(name, 4096)):
            return 90
    return 0


MAX_MST_DEPTH = 64  # a real repository's tree is a handful of levels deep
MAX_KEY_BYTES = 1024  # atproto record keys are far shorter


class _Walk:
    """One walk of a repository's tree: every node at most once, at most ``budget`` entries.

    A hostile CAR can point twice (or back) to the same node; without the visited set a 12 KB
    file whose nodes share children 60 levels deep is 2^60 steps.
    """

    def __init__(self, blocks: dict[bytes | str, Any]):
        self.blocks = blocks
        self.visited: set[bytes | str] = set()
        self.budget = sum(len(b.get("e") or ()) + 1 if isinstance(b, dict) and isinstance(b.get("e"), list) else 1 for b in blocks.values())
        self.problems: list[str] = []
        self.lossy = False  # a problem that left records unread (not merely a node reached twice)

    def problem(self, text: str, *, lossy: bool = True) -> None:
        self.lossy = self.lossy or lossy
        if text not in self.problems:
            self.problems.append(text)

    def node(self, cid: Any, out: list[tuple[str, Any]], depth: int = 0) -> None:
        """In-order walk of an atproto Merkle Search Tree node: (collection/rkey, record CID)."""
        if cid is None:
            return
        if depth > MAX_MST_DEPTH:
            self.problem(f"the tree is deeper than {MAX_MST_DEPTH} levels; the deeper part was not read")
            return
        if not isinstance(cid, (bytes, str)):
            return
        if cid in self.visited:
            self.problem("the tree reaches one node twice (damaged or crafted); each node was read once", lossy=False)
            return
        self.visited.add(cid)
        node = self.blocks.get(cid)
        if not isinstance(node, dict):  # a branch of the tree not in the file (a cut download): its records are unread
            self.problem("part of the tree is not in the file (it may be cut short); the records under it were not read")
            return
        entries = node.get("e")
        entries = entries if isinstance(entries, list) else []
        self.node(node.get("l"), out, depth + 1)
        prev = b""
        for e in entries:
            self.budget -= 1
            if self.budget < 0:
                self.problem("the tree has more entries than the file holds; the walk stopped")
                return
            if not isinstance(e, dict):
                continue
            p_raw, k_raw = e.get("p"), e.get("k")
            p = p_raw if isinstance(p_raw, int) else 0
            k = k_raw if isinstance(k_raw, (bytes, bytearray)) else b""
            key = prev[: max(p, 0)] + bytes(k)
            if len(key) > MAX_KEY_BYTES:
                self.problem("a record key is longer than any real one; that entry was skipped")
                continue
            prev = key
            if e.get("v") is not None:
                out.append((key.decode("utf-8", "replace"), e["v"]))
            self.node(e.get("t"), out, depth + 1)


def _walk_mst(blocks: dict[bytes | str, Any], cid: Any, out: list[tuple[str, Any]]) -> tuple[list[str], bool]:
    """Fill ``out`` with the tree's entries; returns what was wrong with the tree (empty when
    sound) and whether any of it left records unread."""
    walk = _Walk(blocks)
    walk.node(cid, out)
    return walk.problems, walk.lossy


def _cid_length(block: bytes) -> int:
    """Length of the CID that opens a CAR block (CIDv0: a bare sha2-256 multihash; CIDv1: versioned)."""
    if block[:2] == b"\x12\x20":
        return 34
    i = 0
    for _ in range(3):  # version, codec, multihash code
        _, i = _varint(block, i)
    size, i = _varint(block, i)
    if size > 128:
        raise ValueError("implausible hash length")
    return i + size


def decode_car(data: bytes, name: str, notes: list[str]) -> tuple[Any, dict[bytes | str, Any]]:
    """(header, blocks by CID). A damaged block is left out with a note, not the whole repository.

    libipld reads the whole file in one go and fails on the first bad block; only then is the
    file re-read block by block. Both passes are linear in its size.
    """
    import libipld

    try:
        # libipld keys blocks by CID bytes; the repair below may key by str: one mapping type for both
        return cast("tuple[Any, dict[bytes | str, Any]]", libipld.decode_car(data))
    except Exception as exc:
        first_error = f"{type(exc).__name__}: {str(exc)[:120]}"
    hlen, i = _varint(data)
    header = libipld.decode_dag_cbor(data[i : i + hlen])  # no header: not a CAR at all (the caller says so)
    i += hlen
    blocks: dict[bytes | str, Any] = {}
    bad = 0
    while i < len(data):
        try:
            n, j = _varint(data, i)
        except ValueError:
            notes.append(f"{name}: damaged after {len(blocks):,} blocks; the rest was not read")
            break
        block, i = data[j : j + n], j + n
        if len(block) < n:
            notes.append(f"{name}: truncated after {len(blocks):,} blocks; those were read")
            break
        try:
            k = _cid_length(block)
            blocks[bytes(block[:k])] = libipld.decode_dag_cbor(block[k:])
        except Exception:
            bad += 1
    if bad:
        notes.append(f"{name}: {bad:,} damaged block(s) skipped ({first_error}); the other {len(blocks):,} were read")
    return header, blocks


def _blob_cid(blob: Any) -> str | None:
    import libipld

    if not isinstance(blob, dict):
        return None
    ref = blob.get("ref")
    if isinstance(ref, dict):  # legacy JSON-style {"$link": "..."}
        return ref.get("$link")
    if isinstance(ref, (bytes, bytearray)):
        try:
            return libipld.encode_cid(bytes(ref))
        except Exception:
            return None
    return blob.get("cid") if isinstance(blob.get("cid"), str) else None


def read(ctx: Context) -> AccountSnapshot:
    a = ctx.archive
    cars = _car_members(a)
    car = cars[0]
    if len(cars) > 1 and (len({a.members[c].size for c in cars}) > 1 or len({a.head(c, 1 << 16) for c in cars}) > 1):
        # two repositories (two downloads, or two accounts): whichever sorts first must not stand for today's
        raise ExportFormatError(
            f"{a.path}: holds {len(cars)} different Bluesky repository files ({', '.join(cars[:4])}) — downloads made at "
            "different times, or of two accounts? selfaudit reads one repository per account.",
            "Give each account's newest .car file on its own (selfaudit audit --export FILE.car).",
        )
    damage = 0
    try:
        data = a.read_bytes(car)
        damage = len(a.notes)
        header, blocks = decode_car(data, car, a.notes)
        damage = len(a.notes) - damage  # notes of blocks damaged or cut off
    except MemberError as exc:
        a.skip(car, exc.message)
        header, blocks = {}, {}
    except Exception as exc:
        a.skip(car, f"not a readable CAR repository ({type(exc).__name__}: {exc})")
        header, blocks = {}, {}
    finally:
        data = b""

    did = ""
    records: list[tuple[str, Any]] = []
    roots = header.get("roots") or [] if isinstance(header, dict) else []
    commit = blocks.get(roots[0]) if roots else None
    if isinstance(commit, dict) and commit.get("data") is not None:
        did = str(commit.get("did") or "")
        entries: list[tuple[str, Any]] = []
        problems, lossy = _walk_mst(blocks, commit["data"], entries)
        for problem in problems:
            a.notes.append(f"{car}: {problem}")
        if lossy:  # posts under the unread part were never examined: "none flagged" must not cover them
            ctx.need("posts.text", f"{car}: " + "; ".join(problems) + " — download the repository again")
        records = [(k, blocks.get(v) if isinstance(v, (bytes, str)) else None) for k, v in entries]
    if not records:  # no readable tree: every block that looks like a record
        records = [(f"{b.get('$type')}/{i}", b) for i, b in enumerate(blocks.values()) if isinstance(b, dict) and "$type" in b]
        if blocks and damage:  # without the tree, nothing says which records the damaged part held
            ctx.need("posts.text", f"{car} is damaged and its tree could not be read, so posts in the damaged part were not read — "
                     "download the repository again")
    blob_files = {n.rsplit("/", 1)[-1].split(".", 1)[0]: n for n in a.members if n != car}

    def blob_media(blob: Any, **kw: Any) -> Media | None:
        cid = _blob_cid(blob)
        member = blob_files.get(cid or "")
        if member:
            return ctx.media(member, id=cid, **kw)
        m = ctx.media(None, url=f"https://bsky.social/xrpc/com.atproto.sync.getBlob?did={did}&cid={cid}" if cid else None, id=cid or "blob", **kw)
        if m is not None:
            m.skipped = "images are not inside the CAR export; download the blobs next to it to check them"
        return m

    profile: Profile | None = None
    no_unauth = False
    posts: list[Post] = []
    follows = 0
    absent = 0  # posts the tree lists whose blocks are not in the file (a cut download)
    no_text = odd_posts = 0  # posts read without their words, or skipped for an odd shape
    for key, rec in records:
        try:
            if not isinstance(rec, dict):
                absent += key.startswith("app.bsky.feed.post/")
                continue
            collection, _, rkey = key.partition("/")
            typ = rec.get("$type") or collection
            if typ == "app.bsky.actor.profile":
                labels = [v.get("val") for v in ((rec.get("labels") or {}).get("values") or []) if isinstance(v, dict)]
                no_unauth = NO_UNAUTH in labels
                profile = Profile(name=rec.get("displayName") or None, handle=did or None, bio=rec.get("description") or "")
                if rec.get("avatar"):
                    profile.profile_photo = blob_media(rec["avatar"], role="profile_photo")
                if rec.get("banner"):
                    profile.cover_photo = blob_media(rec["banner"], role="cover_photo")
            elif typ == "app.bsky.feed.post":
                embed = rec.get("embed") or {}
                images = (embed.get("images") or (embed.get("media") or {}).get("images") or []) if isinstance(embed, dict) else []
                media = [m for m in (blob_media(img.get("image"), alt=img.get("alt")) for img in images if isinstance(img, dict)) if m]
                reply = rec.get("reply")
                no_text += not isinstance(rec.get("text"), str)  # required by the lexicon: absent is a shape not known
                posts.append(
                    Post(
                        id=f"at://{did}/{key}",
                        kind="reply" if reply else "post",
                        url=f"https://bsky.app/profile/{did}/post/{rkey}" if did else None,
                        created_at=to_datetime(rec.get("createdAt")),
                        text=str(rec.get("text") or ""),
                        audience=Audience.PUBLIC,
                        audience_label="Public (Bluesky has no private posts)",
                        media=media,
                        parent_id=((reply.get("parent") or {}).get("uri") if isinstance(reply, dict) else None),
                    )
                )
                ctx.tick("posts", len(posts))
            elif typ == "app.bsky.graph.follow":
                follows += 1
        except (AttributeError, TypeError, ValueError) as exc:  # one odd record, not the repository
            odd_posts += key.startswith("app.bsky.feed.post/")
            a.skip(f"{car}: {key[:80]}", f"unexpected shape ({type(exc).__name__}: {str(exc)[:80]}); that record was skipped")

    if absent:
        ctx.need("posts.text", f"{absent} post(s) listed in {car} are not in the file (it may be cut short); they were not read — "
                 "download the repository again")
    if no_text or odd_posts:  # "none flagged" must not cover posts whose words were never read
        ctx.need("posts.text", "; ".join(w for w in (
            f"{no_text} post(s) have no text field" if no_text else "",
            f"{odd_posts} post(s) have an unexpected shape and were skipped" if odd_posts else "") if w) + "; their words were not read")
    url = "https://bsky.app/settings/privacy-and-security"
    label, option, audience = (
        ("Logged-out visibility: discourage apps from showing my account to logged-out users",
         "On (advisory only; the account stays public)", Audience.LOGGED_IN)
        if no_unauth
        else ("Bluesky has no private accounts", "Public (everything on Bluesky is public by design)", Audience.PUBLIC)
    )
    acc = AudienceSetting(key="account_privacy", label=label, option=option, audience=audience, url=url)
    settings = [
        acc,
        AudienceSetting(key="photos", label="Bluesky posts and images are public", option="Public", audience=Audience.PUBLIC, url=url),
        AudienceSetting(key="friends_list", label="Bluesky follows are public records", option="Public", audience=Audience.PUBLIC, url=url),
    ]
    return ctx.snapshot(
        PLATFORM,
        did or "bluesky-account",
        url=f"https://bsky.app/profile/{did}" if did else None,
        display_name=profile.name if profile else None,
        profile=profile,
        settings=settings,
        posts=posts if blocks else None,
        photos=[],
        connections=Connections(following=follows) if blocks else None,
        notes=[PUBLIC_NOTE],
    )
