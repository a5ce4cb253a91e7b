"""TikTok "Download your data": the JSON file (``user_data*.json``) or the TXT folders.

JSON, two layouts, found by *structure* (the maps and lists by name, wherever they sit):

- current: ``Profile And Settings › Profile Info › ProfileMap`` (userName, displayName,
  bioDescription, followerCount, …Link), ``Profile And Settings › Settings › SettingsMap``,
  ``Post › Posts › VideoList`` (Date, Link, Likes, WhoCanView, AllowComments, Title),
  ``Comment › Comments › CommentsList`` (date, comment);
- older: ``Profile › Profile Information › ProfileMap``, ``App Settings › Settings ›
  SettingsMap``, ``Video › Videos › VideoList``.

TXT: ``Profile/Profile Info.txt``, ``App Settings/Settings.txt``, ``Post/Posts.txt`` (or
``Video/Videos.txt``), ``Comment/Comments.txt`` — "Key: value" lines, a blank line between
records. Settings labels map through ``labels/tiktok.yaml``; an unknown one is shown.
A video without "who can view" takes the account's audience only when the account is
private (then every video is for approved followers); otherwise it stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ...errors import ExportFormatError
from ...snapshot import AccountSnapshot, Audience, AudienceSetting, Connections, Post, Profile
from .base import Context, account_privacy_settings, export_date, stable_id, to_datetime
from .meta_labels import LabelValue, label_map, norm, read_settings
from .safe import Archive

PLATFORM = "tiktok"
_SETTINGS_URL = "https://www.tiktok.com/setting?lang=en#privacy"
_JSON = r"(^|/)user_data[^/]*\.json$"
_TXT_PROFILE = r"(^|/)Profile Info(rmation)?\.txt$"
_TXT_SETTINGS = r"(^|/)Settings\.txt$"
_TXT_POSTS = r"(^|/)(Posts?|Videos?)\.txt$"
_TXT_COMMENTS = r"(^|/)Comments?\.txt$"
_MAX_DEPTH = 6

# Who can view one video, in TikTok's words.
_VIEW = {
    "everyone": Audience.PUBLIC, "public": Audience.PUBLIC,
    "friends": Audience.FRIENDS, "mutual friends": Audience.FRIENDS,
    "followers": Audience.FRIENDS_OF_FRIENDS,
    "only me": Audience.ONLY_ME, "only you": Audience.ONLY_ME, "private": Audience.ONLY_ME,
}


# TikTok's top-level sections (lower case) and the maps and lists it nests in them.
_SECTION_KEYS = frozenset({
    "activity", "your activity", "ads and data", "app settings", "comment", "direct message", "direct messages",
    "income plus wallet transactions", "likes and favorites", "location review", "post", "video", "profile",
    "profile and settings", "tiktok live", "tiktok shop",
})
_NESTED_KEYS = frozenset({"ProfileMap", "SettingsMap", "VideoList", "CommentsList", "Off TikTok Activity"})
_DETECT_BYTES = 16 * 2**20  # how far the structural scan reads at most (bounded work on any file)


def detect(archive: Archive) -> int:
    for name in archive.find(_JSON):
        head = archive.head(name, 8192)
        markers = (b"ProfileMap", b"Profile And Settings", b'"Activity"', b'"Your Activity"', b"VideoList", b'"App Settings"', b'"Profile"')
        if any(m in head for m in markers) or _tiktok_keys(archive, name):
            return 85
    if archive.find(_TXT_PROFILE) and (archive.find(_TXT_SETTINGS) or archive.find(_TXT_POSTS)):
        return 75
    return 0


class _Upto:
    """At most ``left`` bytes of ``fh``, then end of file."""

    def __init__(self, fh: Any, left: int):
        self.fh, self.left = fh, left

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        data = self.fh.read(n) if n > 0 else b""
        self.left -= len(data)
        return bytes(data)


def _tiktok_keys(archive: Archive, name: str) -> bool:
    """Whether the file's keys are TikTok's, by structure, not by where they sit. TikTok writes
    its sections in alphabetical order, so an active account's file opens with "Ads and data"
    (hundreds of KB of off-TikTok activity) and a known key may come far past any fixed head.
    One streamed pass over bare ijson events (linear memory, no value is built) stops at the
    first top-level section or nested map TikTok uses, and reads at most _DETECT_BYTES."""
    import ijson

    from .textio import utf8_stream

    depth = 0
    try:
        with archive.open(name) as fh:
            for event, value in ijson.basic_parse(_Upto(utf8_stream(fh), _DETECT_BYTES)):
                if event in ("start_map", "start_array"):
                    depth += 1
                elif event in ("end_map", "end_array"):
                    depth -= 1
                elif event == "map_key" and ((depth == 1 and str(value).strip().lower() in _SECTION_KEYS)
                                             or (depth <= _MAX_DEPTH + 1 and value in _NESTED_KEYS)):
                    return True
    except Exception:  # unreadable, invalid or past the bound: not recognised by structure
        return False
    return False


def _find(v: Any, key: str, parents: tuple[str, ...] = (), depth: int = 0, parent: str = "") -> Any:
    """The first value under ``key`` (whose parent key is one of ``parents``, if given)."""
    if depth > _MAX_DEPTH or not isinstance(v, dict):
        return None
    if key in v and (not parents or parent in parents):
        return v[key]
    for k, x in v.items():
        found = _find(x, key, parents, depth + 1, k)
        if found is not None:
            return found
    return None


def _has(v: Any, key: str, parents: tuple[str, ...], depth: int = 0, parent: str = "") -> bool:
    """Whether ``key`` is there under one of ``parents`` (even holding null: TikTok's "none")."""
    if depth > _MAX_DEPTH or not isinstance(v, dict):
        return False
    if key in v and parent in parents:
        return True
    return any(_has(x, key, parents, depth + 1, k) for k, x in v.items())


def _txt_records(text: str | None) -> list[dict[str, str]]:
    """'Key: value' blocks separated by blank lines (keys normalised: 'Who can view' → 'whocanview')."""
    out: list[dict[str, str]] = []
    for block in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n")):
        rec: dict[str, str] = {}
        for line in block.split("\n"):
            m = re.match(r"^\s*([^:]{1,80}?)\s*::?\s?(.*)$", line)
            if m:
                rec[m.group(1).strip()] = m.group(2).strip()
        if rec:
            out.append(rec)
    return out


def _k(rec: dict[str, Any], *names: str) -> Any:
    """A field by any of its spellings (userName, Username, user_name…)."""
    want = {re.sub(r"[\s_]", "", n).lower() for n in names}
    for k, v in rec.items():
        if re.sub(r"[\s_]", "", str(k)).lower() in want and isinstance(v, (str, int, float)) and v not in ("", "N/A", "None"):
            return v
    return None


_BIO_KEYS = {"biodescription", "bio", "description"}


def _bio(profile_map: dict[str, Any]) -> str | None:
    """The bio ("" when TikTok gives it empty), or None when no bio field is there."""
    for k, v in profile_map.items():
        if re.sub(r"[\s_]", "", str(k)).lower() in _BIO_KEYS and (v is None or isinstance(v, str)):
            return "" if v in (None, "N/A", "None") else v
    return None


def _one_download(a: Archive) -> str | None:
    """The one user_data JSON file, or None for a TXT download. Two downloads side by side (an
    older ``user_data.json`` beside ``user_data_tiktok.json``, or a JSON beside a TXT one) are
    refused, naming them: reading whichever sorts first could judge today's account by an old
    copy. A byte-identical copy ("user_data (1).json") is read once."""
    jsons = a.find(_JSON)
    if len(jsons) > 1:
        sizes = {a.members[n].size for n in jsons}
        heads = {a.head(n, 1 << 16) for n in jsons}
        if len(sizes) > 1 or len(heads) > 1:
            raise _two_downloads(a, jsons)
    txt = a.find(_TXT_PROFILE)
    if jsons and txt:
        raise _two_downloads(a, [jsons[0], txt[0]])
    return jsons[0] if jsons else None


def _two_downloads(a: Archive, names: list[str]) -> ExportFormatError:
    return ExportFormatError(
        f"{a.path}: holds {len(names)} TikTok data files ({', '.join(names[:4])}) — downloads made at different times? "
        "selfaudit reads one export per account, so an old copy cannot stand for today's settings.",
        "Give the newest download on its own (its folder or its zip).",
    )


def read(ctx: Context) -> AccountSnapshot:
    a = ctx.archive
    data: Any = None
    files: list[str] = []
    videos_found = True
    json_name = _one_download(a)
    if json_name:
        files = [json_name]
        big = a.members[json_name].size > a.limits.max_parse_bytes
        data = _stream_sections(ctx, json_name) if big else ctx.json(json_name)
    if json_name and not isinstance(data, dict):
        why = ctx.failed.get(json_name) or f"{json_name} is not a TikTok user_data object"
        for fact in ("profile", "posts", "settings"):
            ctx.need(fact, why)
    if isinstance(data, dict):
        profile_map = _find(data, "ProfileMap") or {}
        settings_map = _find(data, "SettingsMap", ("Settings",)) or {}
        settings_pairs = list(settings_map.items()) if isinstance(settings_map, dict) else []
        videos = _find(data, "VideoList", ("Posts", "Videos"))
        # Only the list where TikTok puts it proves there are no videos; a list under a renamed
        # wrapper is read; no list at all leaves the videos unread (not "empty").
        videos_found = _has(data, "VideoList", ("Posts", "Videos"))
        if videos is None:
            videos = _find(data, "VideoList")
            videos_found = videos_found and not videos
        if videos is None and not videos_found:
            ctx.need("posts", f"{json_name} has no list of your videos (VideoList); download your data again with Posts selected")
        videos = videos or []
        comments = _find(data, "CommentsList", ("Comments",))
        if comments is None and not _has(data, "CommentsList", ("Comments",)):
            comments = _find(data, "CommentsList")  # under a renamed wrapper: read
            section = data.get("Comment") if isinstance(data, dict) else None
            if comments is None and section:  # the section is there, its list is not: unread, never "none"
                ctx.need("posts.text", f"{json_name}: its Comment section holds no list of your comments selfaudit recognises "
                         "(no CommentsList); your comments were not read")
        if comments is not None and not isinstance(comments, list):
            ctx.need("posts.text", f"{json_name}: your comments (CommentsList) are not a list selfaudit can read; they were not read")
        comments = comments if isinstance(comments, list) else []
        source = json_name
    else:
        profile_recs = _txt_records(ctx.text(a.first(_TXT_PROFILE)))
        profile_map = profile_recs[0] if profile_recs else {}
        # every record's pairs: a setting given in two records is decided by read_settings, not by the last
        settings_pairs = [(k, v) for r in _txt_records(ctx.text(a.first(_TXT_SETTINGS))) for k, v in r.items()]
        post_files = a.find(_TXT_POSTS)
        files = post_files
        videos = [r for n in post_files for r in _txt_records(ctx.text(n))]
        comments = [r for n in a.find(_TXT_COMMENTS) for r in _txt_records(ctx.text(n))]
        source = a.first(_TXT_SETTINGS) or a.first(_TXT_PROFILE)
    if not isinstance(profile_map, dict):
        profile_map = {}

    settings, private = _settings(ctx, settings_pairs, source)

    username = str(_k(profile_map, "userName", "username", "user name") or "")
    profile = None
    if profile_map:
        links = [str(v) for k, v in profile_map.items() if str(k).lower().endswith("link") and isinstance(v, str) and v.startswith("http")]
        profile = Profile(
            name=_k(profile_map, "displayName", "nickname", "name"),
            handle=username or None,
            bio=_bio(profile_map),
            links=links,
        )
        if profile.bio is None:  # no bio field at all: not read — an empty one is "" (read, says nothing)
            ctx.need("profile.bio", f"{source}: your profile has no bio field selfaudit recognises; the bio was not read")
        photo = _k(profile_map, "profilePhoto", "profile photo")
        if isinstance(photo, str) and photo.startswith("http"):
            profile.profile_photo = ctx.media(None, url=photo, role="profile_photo", id="profile_photo")

    posts: list[Post] | None = None
    if isinstance(videos, list) and (files or videos):
        read = list(_videos(videos, private))
        posts = [p for p in read if p is not None]
        if len(posts) < len(read):  # records not in a shape known: unread, not dropped in silence
            ctx.need("posts.text", f"{len(read) - len(posts)} video record(s) not in a shape selfaudit recognises; not read")
        if not videos and files and videos_found:
            ctx.empty.setdefault("posts", f"{files[0]}: the list of your videos is empty")
        if any(p.audience is None for p in posts):
            ctx.need("posts.audience", "this export does not say who can view some videos (and the account is not private); run a live audit")
        posts += [c for c in _comments(comments)]
        wordless = sum(1 for c in comments if not isinstance(c, dict) or not any(str(k).strip().lower() == "comment" for k in c))
        if wordless:  # a record without the key of its words: a comment whose words were not read
            ctx.need("posts.text", f"{wordless} of your comments are in a shape selfaudit does not recognise (no “comment” field); "
                     "their words were not read")
        posts = ctx.collected(posts, files, "posts")

    followers = _k(profile_map, "followerCount")
    following = _k(profile_map, "followingCount")
    conns = None
    if followers is not None or following is not None:
        conns = Connections(followers=_int(followers), following=_int(following))
    notes = ["A TikTok export gives links to your videos, not the video files; they are not examined as images."]
    return ctx.snapshot(PLATFORM, username, profile=profile, settings=settings, posts=posts, photos=[], connections=conns, notes=notes)


# The sections read from a user_data.json too big to parse whole (watch history grows it):
# ijson paths of both layouts.
_SECTIONS = (
    ("Profile And Settings", "Profile Info", "ProfileMap"),
    ("Profile", "Profile Information", "ProfileMap"),
    ("Profile", "Profile Info", "ProfileMap"),
    ("Profile And Settings", "Settings", "SettingsMap"),
    ("App Settings", "Settings", "SettingsMap"),
    ("Post", "Posts", "VideoList"),
    ("Video", "Videos", "VideoList"),
    ("Comment", "Comments", "CommentsList"),
)


def _stream_sections(ctx: Context, name: str) -> dict[str, Any] | None:
    """One streamed pass keeping only the sections selfaudit reads, nested as in the file."""
    import ijson

    from .parse import MemberError, _check_nesting

    wanted = {".".join(path): path for path in _SECTIONS}
    out: dict[str, Any] = {}
    try:
        with ctx.archive.open(name) as fh:  # linear-memory depth check first, as safe.iter_items does
            try:
                _check_nesting(ijson.basic_parse(fh, use_float=True), name)
            except MemberError:
                raise
            except Exception:  # damaged JSON: the pass below keeps what comes before the damage
                pass
        with ctx.archive.open(name) as fh:
            builder: Any = None
            path: tuple[str, ...] = ()
            depth = 0
            for prefix, event, value in ijson.parse(fh, use_float=True):
                if builder is None:
                    if prefix in wanted and event in ("start_map", "start_array"):
                        builder, path, depth = ijson.ObjectBuilder(), wanted[prefix], 0
                    else:
                        continue
                builder.event(event, value)
                depth += event in ("start_map", "start_array")
                depth -= event in ("end_map", "end_array")
                if depth == 0:
                    node = out
                    for part in path[:-1]:
                        node = node.setdefault(part, {})
                    node.setdefault(path[-1], builder.value)
                    builder = None
    except MemberError as exc:
        ctx.archive.skip(name, exc.message)
        ctx.failed[name] = exc.message
        return None
    except Exception as exc:  # damaged JSON: keep the sections completed before the damage
        why = f"{name}: invalid JSON ({type(exc).__name__}: {str(exc)[:120]})"
        ctx.archive.skip(name, why)
        if not out:
            ctx.failed[name] = why
            return None
        ctx.notes.append(f"Only part of {name} could be read: {why}")
    ctx.notes.append(f"{name} is large; only your profile, settings, videos and comments were read from it.")
    return out


def _int(v: Any) -> int | None:
    try:
        return int(str(v).replace(",", ""))
    except (TypeError, ValueError):
        return None


def _settings(ctx: Context, pairs: list[tuple[Any, Any]], source: str | None) -> tuple[list[AudienceSetting], bool | None]:
    lmap = label_map(PLATFORM, "tiktok.yaml")
    records = [LabelValue(str(k), str(v), (), None, None, source) for k, v in pairs if isinstance(v, (str, int)) and not isinstance(v, bool)]
    settings, shown = read_settings(records, lmap)
    ctx.archive_settings += shown
    if records:
        ctx.exported_at = export_date(ctx.archive.path.name)
    private: bool | None = None
    acct = next((s for s in settings if s.key == "account_privacy"), None)
    if acct is not None and acct.audience in (Audience.FRIENDS, Audience.PUBLIC):
        private = acct.audience == Audience.FRIENDS
        derived = account_privacy_settings(acct.label, private, _SETTINGS_URL)
        have = {s.key for s in settings}
        settings += [d for d in derived if d.key not in have]
    return settings, private


def _videos(videos: list[Any], private: bool | None) -> Iterator[Post | None]:
    for v in videos:
        if not isinstance(v, dict):
            yield None
            continue
        link = _k(v, "Link", "VideoLink", "url")
        text = str(_k(v, "Title", "Desc", "Description", "Caption") or "")
        created = to_datetime(_k(v, "Date", "CreateTime"))
        view = _k(v, "WhoCanView", "who can view")
        audience: Audience | None = _VIEW.get(norm(str(view))) if view else None
        label = f"Who can view: {view}" if view else None
        if view and audience is None:
            audience = Audience.UNKNOWN
        if audience is None and private:
            audience, label = Audience.FRIENDS, "Private account: approved followers"
        yield Post(
            id=stable_id("tt", link or created, text[:100]),
            url=str(link) if link else None,
            created_at=created,
            text=text,
            audience=audience,
            audience_label=label,
        )


def _comments(comments: list[Any]) -> Iterator[Post]:
    for c in comments:
        if not isinstance(c, dict):
            continue
        text = str(_k(c, "comment", "Comment") or "")
        if not text:
            continue
        when = to_datetime(str(_k(c, "date", "Date") or "").replace(" UTC", "") or None)
        yield Post(id=stable_id("ttc", when, text[:100]), kind="comment", created_at=when, text=text, url=_k(c, "url", "originalPostUrl") or None)


def is_part(archive: Archive) -> bool:
    return False
