"""Tiny export archives built from the platforms' documented layouts (nothing binary committed)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from PIL import Image

Files = dict[str, "bytes | str"]


def jpeg(color: tuple[int, int, int] = (200, 30, 30), size: tuple[int, int] = (16, 16), exif_gps: tuple[float, float] | None = None) -> bytes:
    im = Image.new("RGB", size, color)
    buf = io.BytesIO()
    kwargs: dict[str, Any] = {"quality": 80}
    if exif_gps:
        exif = Image.Exif()
        lat, lon = exif_gps

        def dms(v: float) -> tuple[float, float, float]:
            v = abs(v)
            d = int(v)
            m = int((v - d) * 60)
            s = round(((v - d) * 60 - m) * 60, 2)
            return (d, m, s)

        exif[0x8825] = {1: "N" if lat >= 0 else "S", 2: dms(lat), 3: "E" if lon >= 0 else "W", 4: dms(lon)}
        kwargs["exif"] = exif
    im.save(buf, "JPEG", **kwargs)
    return buf.getvalue()


def write_zip(path: Path, files: Files) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def write_tree(root: Path, files: Files) -> Path:
    for name, data in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return root


def ytd(name: str, records: list[Any], part: int = 0) -> str:
    return f"window.YTD.{name}.part{part} = " + json.dumps(records, indent=2)


# -- X ---------------------------------------------------------------------------------------

X_BIO = "Social worker in Hackney. Dog person."


def x_tweet(i: int, *, media: bool = False, text: str | None = None) -> dict[str, Any]:
    t: dict[str, Any] = {
        "id_str": str(1000 + i),
        "id": str(1000 + i),
        "full_text": text or f"Tweet number {i}",
        "created_at": "Wed Oct 10 20:19:24 +0000 2018",
        "entities": {"hashtags": [], "urls": []},
        "lang": "en",
    }
    if media:
        m = {"id_str": str(9000 + i), "media_url_https": f"https://pbs.twimg.com/media/Pic{i}.jpg", "type": "photo"}
        t["entities"]["media"] = [m]
        t["extended_entities"] = {"media": [m]}
    return t


def x_files(*, variant: str = "tweets", protected: list[str] | None = None, top: str = "twitter-2024-01-01-abc/") -> Files:
    """variant: tweets (wrapped, current) | tweet (old, bare) | parts (tweets.js + tweets-part1.js) | handjs"""
    tweets = [x_tweet(0, media=True), x_tweet(1), x_tweet(2, media=True, text="RT @someone: hello")]
    files: Files = {
        f"{top}Your archive.html": "<html><body>archive</body></html>",
        f"{top}data/manifest.js": 'window.__THAR_CONFIG = {"userInfo": {"userName": "alice"}}',
        f"{top}data/account.js": ytd("account", [{"account": {"username": "alice_sw", "accountId": "42", "accountDisplayName": "Alice", "createdAt": "2012-01-01T00:00:00.000Z"}}]),
        f"{top}data/profile.js": ytd(
            "profile",
            [{"profile": {"description": {"bio": X_BIO, "website": "https://t.co/abc", "location": "London"}, "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/av.jpg"}}],
        ),
        f"{top}data/profile_media/42-av.jpg": jpeg((10, 10, 200)),
        f"{top}data/tweets_media/1000-Pic0.jpg": jpeg((200, 0, 0)),
        f"{top}data/tweets_media/1002-Pic2.jpg": jpeg((0, 200, 0)),
        f"{top}data/follower.js": ytd("follower", [{"follower": {"accountId": str(i)}} for i in range(5)]),
    }
    if protected is not None:
        events = [{"protectedHistory": {"protectedAt": f"202{i}-01-01T00:00:00.000Z", "action": a}} for i, a in enumerate(protected)]
        files[f"{top}data/protected-history.js"] = ytd("protected_history", events)
    if variant == "tweets":
        files[f"{top}data/tweets.js"] = ytd("tweets", [{"tweet": t} for t in tweets])
    elif variant == "tweet":
        files[f"{top}data/tweet.js"] = ytd("tweet", tweets)
    elif variant == "parts":
        files[f"{top}data/tweets.js"] = ytd("tweets", [{"tweet": t} for t in tweets[:2]])
        files[f"{top}data/tweets-part1.js"] = ytd("tweets", [{"tweet": t} for t in tweets[2:]], part=1)
    elif variant == "handjs":
        body = ",\n".join(
            f"  {{tweet: {{id_str: '{t['id_str']}', full_text: {json.dumps(t['full_text'])}, created_at: '{t['created_at']}', "
            f"extended_entities: {{media: {json.dumps(t.get('extended_entities', {}).get('media', []))},}},}},}}"
            for t in tweets
        )
        files[f"{top}data/tweets.js"] = "window.YTD.tweets.part0 = [\n" + body + ",\n]"
    return files


# -- Mastodon --------------------------------------------------------------------------------

AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


def mastodon_files(*, locked: bool = False) -> Files:
    actor_id = "https://social.example/users/alice"
    followers = actor_id + "/followers"
    actor = {
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
        "id": actor_id,
        "type": "Person",
        "followers": followers,
        "preferredUsername": "alice",
        "name": "Alice",
        "summary": "<p>Nurse. <strong>Views my own.</strong></p>",
        "url": "https://social.example/@alice",
        "manuallyApprovesFollowers": locked,
        "discoverable": True,
        "indexable": False,
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
        "attachment": [{"type": "PropertyValue", "name": "Blog", "value": '<a href="https://blog.example">blog.example</a>'}],
    }

    def note(i: int, to: list[str], cc: list[str], attach: bool = False) -> dict[str, Any]:
        obj: dict[str, Any] = {
            "id": f"{actor_id}/statuses/{i}",
            "type": "Note",
            "url": f"https://social.example/@alice/{i}",
            "published": f"2024-01-0{i + 1}T10:00:00Z",
            "to": to,
            "cc": cc,
            "content": f"<p>Post {i}</p>",
            "attachment": [],
        }
        if attach:
            obj["attachment"] = [{"type": "Document", "mediaType": "image/jpeg", "url": f"/media_attachments/files/000/000/00{i}/original/p{i}.jpg", "name": "a dog"}]
        return {"id": f"{obj['id']}/activity", "type": "Create", "actor": actor_id, "published": obj["published"], "to": to, "cc": cc, "object": obj}

    items = [
        note(1, [AS_PUBLIC], [followers], attach=True),  # public
        note(2, [followers], [AS_PUBLIC]),  # unlisted
        note(3, [followers], []),  # followers-only
        note(4, ["https://other.example/users/bob"], []),  # direct
        {"id": "x/activity", "type": "Announce", "actor": actor_id, "to": [AS_PUBLIC], "object": "https://other.example/notes/1"},
    ]
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection", "totalItems": len(items), "orderedItems": items}
    return {
        "actor.json": json.dumps(actor),
        "outbox.json": json.dumps(outbox),
        "likes.json": json.dumps({"type": "OrderedCollection", "orderedItems": []}),
        "avatar.jpg": jpeg((1, 2, 3)),
        "media_attachments/files/000/000/001/original/p1.jpg": jpeg((90, 90, 0)),
    }


# -- LinkedIn --------------------------------------------------------------------------------

LI_HEADLINE = "Safeguarding lead at a London borough"


def linkedin_files(*, odd_quoting: bool = True) -> Files:
    profile = (
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        f'Alice,Smith,,,,{LI_HEADLINE},"Working with families.\nViews are my own.",Social Services,,"London, England",,[PERSONAL:https://alice.example],\n'
    )
    if odd_quoting:
        shares = (
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
            '2024-01-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,"Proud of our team, said "well done" to all\n'
            'second line",,,CONNECTIONS_ONLY\n'
            '2024-01-03 11:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,"Conference, day one",https://conf.example,https://media.licdn.com/x.jpg,PUBLIC\n'
            '2024-01-04 12:00:00,https://www.linkedin.com/feed/update/urn:li:share:3,"No visibility recorded",,,\n'
        )
    else:
        shares = (
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
            '2024-01-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,"Proud of our team, said ""well done"" to all\nsecond line",,,CONNECTIONS_ONLY\n'
            '2024-01-03 11:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,"Conference, day one",https://conf.example,https://media.licdn.com/x.jpg,PUBLIC\n'
            '2024-01-04 12:00:00,https://www.linkedin.com/feed/update/urn:li:share:3,"No visibility recorded",,,\n'
        )
    return {
        "Profile.csv": profile,
        "Shares.csv": shares,
        "Rich_Media.csv": "Date/Time,Media Description,Media Link\n\"You uploaded a photo on January 3, 2024\",Team photo,https://www.linkedin.com/dms/prv/image/abc\n",
        "Connections.csv": "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nBob,B,https://www.linkedin.com/in/bob,,Acme,Manager,01 Jan 2020\n",
    }


# -- Instagram -------------------------------------------------------------------------------

IG_BIO = "Teacher. Coffee. Views my own."


def _ig_profile_user(labels: dict[str, str], photo: str | None) -> dict[str, Any]:
    smd = {k: {"href": "", "value": v, "timestamp": 0} for k, v in labels.items()}
    mmd = {"Profile Photo": {"uri": photo, "creation_timestamp": 1700000000, "title": ""}} if photo else {}
    return {"profile_user": [{"title": "", "media_map_data": mmd, "string_map_data": smd}]}


def instagram_files(*, variant: str = "current", private: bool = False) -> Files:
    """variant: current | older (account_information/, content/) | oldest (profile.json, media.json) | html | turkish"""
    flag = "True" if private else "False"
    post_media = "media/posts/202401/pic1.jpg"
    posts = [
        {"media": [{"uri": post_media, "creation_timestamp": 1704100000, "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 51.545, "longitude": -0.055}]}}, "title": ""}], "title": "Sunny day at the park \u00f0\u009f\u0098\u0080", "creation_timestamp": 1704100000},
        {"media": [{"uri": "media/posts/202401/pic2.jpg", "creation_timestamp": 1704200000, "title": "Second post"}]},
    ]
    imgs = {post_media: jpeg((250, 200, 0)), "media/posts/202401/pic2.jpg": jpeg((0, 100, 250)), "media/profile/202401/me.jpg": jpeg((9, 9, 9))}
    if variant == "current":
        pi = _ig_profile_user({"Email": "a@example.org", "Username": "alice.teach", "Name": "Alice", "Bio": IG_BIO, "Private Account": flag}, "media/profile/202401/me.jpg")
        return {
            "personal_information/personal_information/personal_information.json": json.dumps(pi),
            "your_instagram_activity/content/posts_1.json": json.dumps(posts),
            "connections/followers_and_following/followers_1.json": json.dumps([{"string_list_data": [{"value": "bob"}]}, {"string_list_data": [{"value": "carol"}]}]),
            **imgs,
        }
    if variant == "turkish":
        pi = _ig_profile_user({"E-posta": "a@example.org", "Kullanıcı adı": "alice.teach", "İsim": "Alice", "Biyografi": IG_BIO, "Gizli Hesap": flag}, "media/profile/202401/me.jpg")
        return {
            "personal_information/personal_information/personal_information.json": json.dumps(pi),
            "your_instagram_activity/content/posts_1.json": json.dumps(posts),
            **imgs,
        }
    if variant == "older":
        pi = _ig_profile_user({"Username": "alice.teach", "Name": "Alice", "Bio": IG_BIO, "Private Account": flag}, "media/profile/202401/me.jpg")
        return {
            "account_information/personal_information.json": json.dumps(pi),
            "content/posts_1.json": json.dumps(posts),
            "settings/settings.json": json.dumps({"allow_comments_from": "Everyone"}),
            **imgs,
        }
    if variant == "oldest":
        return {
            "profile.json": json.dumps({"biography": IG_BIO, "date_joined": "2015-01-01T00:00:00", "private_account": private, "username": "alice.teach", "name": "Alice"}),
            "media.json": json.dumps(
                {"photos": [{"caption": "Sunny day", "taken_at": "2019-05-01T10:00:00", "path": "photos/201905/a.jpg"}, {"caption": "Cake", "taken_at": "2019-05-02T10:00:00", "path": "photos/201905/b.jpg"}], "videos": []}
            ),
            "settings.json": json.dumps({"allow_comments_from": "Everyone"}),
            "photos/201905/a.jpg": jpeg((1, 200, 1)),
            "photos/201905/b.jpg": jpeg((1, 1, 200)),
        }
    if variant == "html":
        pi_html = (
            "<html><body><main role='main'><table>"
            "<tr><td class='_2pin _a6_q'>Username<div><div>alice.teach</div></div></td></tr>"
            "<tr><td class='_2pin _a6_q'>Name<div><div>Alice</div></div></td></tr>"
            f"<tr><td class='_2pin _a6_q'>Bio<div><div>{IG_BIO}</div></div></td></tr>"
            f"<tr><td class='_2pin _a6_q'>Private Account<div><div>{flag}</div></div></td></tr>"
            "</table></main></body></html>"
        )
        posts_html = (
            "<html><head><title>Posts</title></head><body><div class='_a705'><div class='_a706' role='main'>"
            "<div class='pam _3-95 _2ph- _a6-g uiBoxWhite noborder'><h2 class='_3-95 _2pim _a6-h _a6-i'>Sunny day at the park</h2>"
            f"<div class='_3-95 _a6-p'><div><div><a href='{post_media}'><img src='{post_media}' class='_a6_o _3-96'/></a></div></div></div>"
            "<div class='_3-94 _a6-o'>Jan 01, 2024 10:00 am</div></div>"
            "<div class='pam _3-95 _2ph- _a6-g uiBoxWhite noborder'><h2 class='_3-95 _2pim _a6-h _a6-i'>Second post</h2>"
            "<div class='_3-95 _a6-p'><div><div><a href='media/posts/202401/pic2.jpg'><img src='media/posts/202401/pic2.jpg'/></a></div></div></div>"
            "<div class='_3-94 _a6-o'>Jan 02, 2024 11:00 am</div></div>"
            "</div></div></body></html>"
        )
        return {
            "personal_information/personal_information/personal_information.html": pi_html,
            "your_instagram_activity/content/posts_1.html": posts_html,
            **imgs,
        }
    raise ValueError(variant)


# -- Facebook --------------------------------------------------------------------------------

def mojibake(s: str) -> str:
    """How Meta writes UTF-8 text: each byte escaped as \\u00XX."""
    return s.encode("utf-8").decode("latin-1")


FB_NAME = "Alice Smith"


def facebook_files(*, variant: str = "current") -> Files:
    """variant: current (your_facebook_activity/, profile_v2) | v2 (2021–23) | old (profile, comments) | html"""
    post_photo = "photo_1.jpg"
    if variant == "current":
        media_root = "your_facebook_activity/posts/media/Timeline_photos/"
        posts_path = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
        comments_path = "your_facebook_activity/comments_and_reactions/comments.json"
        profile_path = "personal_information/profile_information/profile_information.json"
        album_path = "your_facebook_activity/posts/album/0.json"
    elif variant == "v2":
        media_root = "posts/media/Timeline_photos/"
        posts_path = "posts/your_posts_1.json"
        comments_path = "comments_and_reactions/comments.json"
        profile_path = "profile_information/profile_information.json"
        album_path = "posts/album/0.json"
    else:
        media_root = "photos_and_videos/TimelinePhotos_abc/"
        posts_path = "posts/your_posts_1.json"
        comments_path = "comments/comments.json"
        profile_path = "profile_information/profile_information.json"
        album_path = "photos_and_videos/album/0.json"
    profile_key = "profile" if variant == "old" else "profile_v2"
    comments_key = "comments" if variant == "old" else "comments_v2"
    top = "facebook-alice-2024/"
    posts = [
        {"timestamp": 1704100000, "data": [{"post": mojibake("Caf\u00e9 with the team \U0001F600")}], "title": mojibake(f"{FB_NAME} updated her status.")},
        {
            "timestamp": 1704200000,
            "attachments": [{"data": [{"media": {"uri": media_root + post_photo, "creation_timestamp": 1704200000, "title": "Timeline photos", "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 51.5, "longitude": -0.1}]}}}}]}],
            "data": [{"post": "Look at this"}],
        },
        {
            "timestamp": 1704300000,
            "attachments": [{"data": [{"place": {"name": "Hackney Town Hall", "coordinate": {"latitude": 51.545, "longitude": -0.0553}, "address": "Mare St"}}]}],
            "title": f"{FB_NAME} was at Hackney Town Hall.",
        },
    ]
    files: Files = {
        top + profile_path: json.dumps({profile_key: {"name": {"full_name": FB_NAME}, "current_city": {"name": "London"}, "work_experiences": [{"employer": "Hackney Council", "title": "Social worker"}], "intro_bio": "Mum of two. Views my own.", **({"profile_uri": "https://www.facebook.com/alice.smith.77"} if variant == "current" else {})}}),
        top + posts_path: json.dumps(posts),
        top + comments_path: json.dumps({comments_key: [{"timestamp": 1704400000, "data": [{"comment": {"timestamp": 1704400000, "comment": "Great news!", "author": FB_NAME}}], "title": f"{FB_NAME} commented on Bob's post."}]}),
        top + album_path: json.dumps({"name": "Summer", "photos": [{"uri": media_root + "album_1.jpg", "creation_timestamp": 1704500000, "title": "Summer"}]}),
        top + media_root + post_photo: jpeg((120, 10, 10)),
        top + media_root + "album_1.jpg": jpeg((10, 120, 10)),
    }
    if variant == "html":
        files = {
            top + "profile_information/profile_information.html": "<html><body><main><table><tr><td>Name</td><td>Alice Smith</td></tr><tr><td>Current City</td><td>London</td></tr></table></main></body></html>",
            top + "posts/your_posts_1.html": (
                "<html><body><div role='main'><h1>Your Posts</h1><div>"
                "<div class='_a6-g'><div class='_2pin'>Caf&eacute; with the team</div><div class='_a72d'>Jan 01, 2024 10:00:00 am</div></div>"
                f"<div class='_a6-g'><div class='_2pin'>Look at this</div><div><img src='{media_root}{post_photo}'/></div><div class='_a72d'>Jan 02, 2024 10:00:00 am</div></div>"
                "</div></div></body></html>"
            ),
            # The current HTML layout: a title block, then one box per post with an h2 and a date line.
            top + "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html": (
                "<html><head><title>Your posts</title></head><body><div class='_a705'><div class='_a706' role='main'>"
                "<div class='_3b0a'><h1>Your posts, check-ins, photos and videos</h1></div>"
                "<div class='pam _3-95 _2ph- _a6-g uiBoxWhite noborder'><h2 class='_3-95 _2pim _a6-h _a6-i'>Alice Smith updated her status.</h2>"
                "<div class='_3-95 _a6-p'><div><div><div><div>Third post, current layout</div></div></div></div></div>"
                "<div class='_3-94 _a6-o'><a href='#'><div class='_a72d'>Jan 03, 2024 9:15:00 am</div></a></div></div>"
                "</div></div></body></html>"
            ),
            top + media_root + post_photo: jpeg((120, 10, 10)),
        }
    return files


# -- Bluesky ---------------------------------------------------------------------------------

def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        x = n & 0x7F
        n >>= 7
        if n:
            out.append(x | 0x80)
        else:
            out.append(x)
            return bytes(out)


class CarBlocks:
    """Blocks of an atproto repository CAR as a test builds them: ``put`` a record or node (its
    CID), ``link`` to a CID, ``node`` a Merkle Search Tree node over (key, CID) records, and
    ``car`` the file with a commit as its root."""

    def __init__(self) -> None:
        self.blocks: list[tuple[bytes, bytes]] = []

    @staticmethod
    def cid(data: bytes) -> bytes:
        return bytes([1, 0x71, 0x12, 0x20]) + hashlib.sha256(data).digest()

    @staticmethod
    def link(cid: bytes) -> Any:
        import cbor2

        return cbor2.CBORTag(42, b"\x00" + cid)

    def put(self, obj: Any) -> bytes:
        import cbor2

        data = cbor2.dumps(obj, canonical=True)
        cid = self.cid(data)
        self.blocks.append((cid, data))
        return cid

    def node(self, records: list[tuple[str, bytes]], left: bytes | None = None) -> bytes:
        entries, prev = [], b""
        for key, cid in sorted(records):
            k = key.encode()
            p = 0
            while p < min(len(prev), len(k)) and prev[p] == k[p]:
                p += 1
            entries.append({"p": p, "k": k[p:], "v": self.link(cid), "t": None})
            prev = k
        return self.put({"l": self.link(left) if left else None, "e": entries})

    def commit(self, did: str, root: bytes) -> bytes:
        return self.put({"did": did, "version": 3, "data": self.link(root), "rev": "3kabc", "prev": None, "sig": b"\x00" * 64})

    def car(self, commit: bytes) -> bytes:
        return car_file(commit, self.blocks)


def car_file(root: bytes, blocks: list[tuple[bytes, bytes]]) -> bytes:
    """A CAR file: its header naming ``root``, then every (CID, data) block."""
    import cbor2

    header = cbor2.dumps({"version": 1, "roots": [CarBlocks.link(root)]}, canonical=True)
    out = bytearray(_varint(len(header)) + header)
    for cid, data in blocks:
        out += _varint(len(cid) + len(data)) + cid + data
    return bytes(out)


def bluesky_car(*, no_unauth: bool = False, posts: int = 3, with_image: bool = True, missing_posts: int = 0) -> tuple[bytes, dict[str, bytes]]:
    """A minimal atproto repository CAR (commit → one MST node → records) and its blob files.
    ``missing_posts``: that many of the last posts are in the tree but their blocks are absent."""
    import libipld

    c = CarBlocks()
    img_bytes = jpeg((5, 150, 250))
    img_cid = bytes([1, 0x55, 0x12, 0x20]) + hashlib.sha256(img_bytes).digest()
    blob = {"$type": "blob", "ref": c.link(img_cid), "mimeType": "image/jpeg", "size": len(img_bytes)}
    profile: dict[str, Any] = {"$type": "app.bsky.actor.profile", "displayName": "Alice", "description": "Youth worker. Posts are my own views.", "avatar": blob}
    if no_unauth:
        profile["labels"] = {"$type": "com.atproto.label.defs#selfLabels", "values": [{"val": "!no-unauthenticated"}]}
    records: list[tuple[str, bytes]] = []
    for i in range(posts):
        rec: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": f"Bluesky post {i}", "createdAt": f"2024-02-0{i + 1}T10:00:00.000Z", "langs": ["en"]}
        if with_image and i == 0:
            rec["embed"] = {"$type": "app.bsky.embed.images", "images": [{"alt": "sky", "image": blob}]}
        cid = c.put(rec)
        if i >= posts - missing_posts:
            c.blocks.pop()  # listed in the tree, block not in the file (a cut download)
        records.append((f"app.bsky.feed.post/3k{i}aaaaaaa", cid))
    records.append(("app.bsky.actor.profile/self", c.put(profile)))
    records.append(("app.bsky.graph.follow/3kf1aaaaaaa", c.put({"$type": "app.bsky.graph.follow", "subject": "did:plc:bob", "createdAt": "2024-01-01T00:00:00Z"})))
    out = c.car(c.commit("did:plc:alice123", c.node(records)))
    libipld.decode_car(out)  # the builder's own sanity check
    return out, {libipld.encode_cid(img_cid): img_bytes}


def x_grailbird_files() -> Files:
    """The 2012–2018 archive: data/js/tweets/YYYY_MM.js assigning Grailbird.data.tweets_YYYY_MM."""
    top = "tweets/"
    t1 = {"id_str": "11", "text": "Old tweet one", "created_at": "2012-01-31 22:49:42 +0000", "entities": {"media": []}, "user": {"screen_name": "alice_sw", "protected": False}}
    t2 = {"id_str": "12", "text": "Old tweet two", "created_at": "2012-02-01 10:00:00 +0000", "entities": {"media": []}}
    return {
        f"{top}index.html": "<html></html>",
        f"{top}data/js/user_details.js": 'var user_details =  {\n  "screen_name" : "alice_sw",\n  "location" : "London",\n  "full_name" : "Alice",\n  "bio" : "' + X_BIO + '",\n  "id" : "42"\n}',
        f"{top}data/js/tweets/2012_01.js": "Grailbird.data.tweets_2012_01 = \n " + json.dumps([t1], indent=2),
        f"{top}data/js/tweets/2012_02.js": "Grailbird.data.tweets_2012_02 = \n " + json.dumps([t2], indent=2),
        f"{top}tweets.csv": '"tweet_id","text"\n"11","Old tweet one"\n',
    }
