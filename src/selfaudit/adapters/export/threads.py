"""Threads: inside Instagram's "Download your information" since 2023, or its own export.

``…/threads/personal_information.json`` (``text_post_app_text_post_app_profile[0]``:
string_map_data Username, Name, Bio, Links, Private Account; media_map_data Profile Photo),
``…/threads/threads_and_replies.json`` (``text_post_app_text_posts``: each with ``media``
items holding ``title`` = the text, ``creation_timestamp``, ``uri`` for a photo, and
``text_app_post.reply_control``), ``…/threads/followers.json``.

Inside an Instagram export, Threads is read as a second account from the same archive
(``inside``). Posts take the account's audience (a private profile: approved followers).
"""

from __future__ import annotations

from typing import Any

from ...snapshot import AccountSnapshot, Audience, AudienceSetting, Connections, Media, Post, Profile
from .base import Context, account_privacy_settings, export_date, fix_text, stable_id, to_datetime
from .instagram import _bool
from .meta_labels import iter_string_maps, norm
from .safe import Archive

PLATFORM = "threads"
_SETTINGS_URL = "https://www.threads.net/settings/privacy"
_DIR = r"(^|/)threads/"
_PROFILE = _DIR + r"personal_information\.json$"
_POSTS = _DIR + r"threads_and_replies(_\d+)?\.json$"
_FOLLOWERS = _DIR + r"followers(_\d+)?\.json$"
_LABELS = {  # Threads profile labels (string_map_data), several languages
    "username": {"username", "kullanıcı adı", "benutzername", "nom d'utilisateur", "nombre de usuario"},
    "name": {"name", "ad", "isim", "nom", "nombre"},
    "bio": {"bio", "biography", "biyografi", "biografie", "biographie", "biografía"},
    "links": {"links", "link", "website", "bağlantılar", "liens", "enlaces"},
    "private": {"private account", "private profile", "gizli hesap", "privates konto", "compte privé", "cuenta privada"},
}


def inside(archive: Archive) -> bool:
    """Threads files inside another export (Instagram's)."""
    return bool(archive.find(_PROFILE) or archive.find(_POSTS))


def detect(archive: Archive) -> int:
    """Threads' own export — which also files Threads under ``your_instagram_activity/threads/``."""
    if not inside(archive):
        return 0
    instagram_own = archive.find(r"(^|/)your_instagram_activity/(?!threads/)") or archive.find(
        r"(^|/)personal_information/personal_information/personal_information\.json$"
    )
    if instagram_own:
        return 0  # Instagram's export: read by instagram, Threads as its companion
    return 96  # above instagram's 95 for the your_instagram_activity/ folder


def _key(label: str) -> str | None:
    low = norm(label)
    for k, names in _LABELS.items():
        if low in {norm(n) for n in names}:
            return k
    return None


def read(ctx: Context) -> AccountSnapshot:
    a = ctx.archive
    values: dict[str, str] = {}
    photo_uri = None
    pname = a.first(_PROFILE)
    if pname:
        data = ctx.json(pname)
        twice: dict[str, set[str]] = {}  # a field given twice with different values: which is current is not known
        for lv in iter_string_maps(data, file=pname):
            k = _key(lv.label)
            if k and lv.value is not None:
                if k in values and values[k] != lv.value:
                    twice.setdefault(k, {values[k]}).add(lv.value)
                values.setdefault(k, lv.value)
        for k, given in twice.items():
            del values[k]
            fact = "settings.account_privacy" if k == "private" else f"profile.{k}"
            ctx.need(fact, f"{pname} gives its {'Private account' if k == 'private' else k} field different values "
                     f"({'; '.join(repr(v[:60]) for v in sorted(given))}); which is current is not known — run a live audit")
        users = next((v for v in data.values() if isinstance(v, list)), []) if isinstance(data, dict) else []
        if users and isinstance(users[0], dict):
            for v in (users[0].get("media_map_data") or {}).values():
                if isinstance(v, dict) and v.get("uri"):
                    photo_uri = str(v["uri"])
                    break
    username = values.get("username", "")
    profile = None
    if values:
        profile = Profile(
            name=values.get("name") or None,
            handle=username or None,
            bio=values.get("bio"),  # "" is an empty bio, read; absent, it was not read
            links=[w.strip() for w in (values.get("links") or "").split(",") if w.strip()],
        )
        if profile.bio is None:
            ctx.need("profile.bio", f"{pname} has no Bio field selfaudit recognises; the bio was not read")
        if photo_uri:
            profile.profile_photo = ctx.media(photo_uri, role="profile_photo", id="threads_profile_photo")

    settings: list[AudienceSetting] = []
    private = _bool(values["private"]) if "private" in values else None
    if private is not None:
        settings = account_privacy_settings("Private profile", private, _SETTINGS_URL)
        ctx.exported_at = export_date(a.path.name)
    elif "private" in values:
        ctx.need("settings.account_privacy", f"the Threads profile's privacy field says {values['private']!r}, which selfaudit could not read; run a live audit")
    audience = (Audience.FRIENDS if private else Audience.PUBLIC) if private is not None else None

    posts: list[Post] | None = None
    post_files = a.find(_POSTS)
    if post_files:
        posts = []
        for name in post_files:
            data = ctx.json(name)
            lists = [v for v in data.values() if isinstance(v, list)] if isinstance(data, dict) else []
            # the posts' own key first: another list beside it (empty drafts) is not the posts
            recs = data.get("text_post_app_text_posts") if isinstance(data, dict) else data
            if not isinstance(recs, list):
                recs = lists[0] if len(lists) == 1 else None
            if recs is None and name not in ctx.failed:
                ctx.need("posts.text", f"{name}: no list of posts selfaudit recognises; not read")
            own_key = isinstance(data, dict) and isinstance(data.get("text_post_app_text_posts"), list)
            if recs == [] and not posts and own_key:  # another list, empty, is not proof of no posts
                ctx.empty.setdefault("posts", f"{name}: text_post_app_text_posts is empty")
            odd = 0
            for rec in recs if isinstance(recs, list) else []:
                if isinstance(rec, dict):
                    posts.append(_post(ctx, rec, audience, private))
                else:
                    odd += 1
            if odd:
                ctx.need("posts.text", f"{name}: {odd} record(s) not in a shape selfaudit recognises; not read")
        posts = ctx.collected(posts, post_files, "posts")
        if audience is None and posts:
            ctx.need("posts.audience", "the Threads profile's privacy is not in this export; run a live audit")

    followers = None
    for name in a.find(_FOLLOWERS):
        data = ctx.json(name)
        lst = next((v for v in data.values() if isinstance(v, list)), []) if isinstance(data, dict) else data if isinstance(data, list) else []
        followers = (followers or 0) + len(lst)
    conns = Connections(followers=followers) if followers is not None else None
    notes = ["Read from the Threads files of this export."]
    return ctx.snapshot(PLATFORM, username, profile=profile, settings=settings, posts=posts, photos=[], connections=conns, notes=notes)


def _post(ctx: Context, rec: dict[str, Any], audience: Audience | None, private: bool | None) -> Post:
    items = [m for m in rec.get("media") or [] if isinstance(m, dict)]
    text = fix_text(rec.get("title") or next((m.get("title") for m in items if m.get("title")), "") or "")
    created = to_datetime(rec.get("creation_timestamp") or next((m.get("creation_timestamp") for m in items), None))
    media: list[Media] = []
    for m in items:
        uri = str(m.get("uri") or "")
        if uri:
            got = ctx.media(uri, caption=text or None, taken_at=to_datetime(m.get("creation_timestamp")))
            if got:
                media.append(got)
    label = None if private is None else ("Private profile: approved followers" if private else "Public profile: anyone")
    return Post(id=stable_id("th", created, text[:100], media[0].id if media else ""), created_at=created, text=text, media=media, audience=audience, audience_label=label)


def is_part(archive: Archive) -> bool:
    return False
