"""Facebook "Download your information": the older layout and the current one, JSON or HTML.

- Current (2024–): ``your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_N.json``,
  ``…/posts/album/N.json``, ``…/comments_and_reactions/comments.json``,
  ``personal_information/profile_information/profile_information.json`` (``profile_v2``).
- 2021–23: ``posts/your_posts_N.json``, ``comments_and_reactions/comments.json`` (``comments_v2``),
  ``profile_information/profile_information.json`` (``profile_v2``).
- Older: ``posts/your_posts_N.json`` or ``your_posts.json`` (``status_updates``),
  ``photos_and_videos/album/N.json``, ``comments/comments.json`` (``comments``),
  ``profile_information/profile_information.json`` (``profile``).

Files are recognised by name pattern *and* JSON shape. Check-ins keep their coordinates;
Meta's mojibake (UTF-8 bytes escaped as ``\\u00XX``) is repaired with ftfy.

Privacy settings (2024–26): ``preferences/preferences/privacy_settings.json`` (also found under
``personal_information/profile_information/``), Meta's ``label_values`` records read by
:mod:`.meta_labels` and mapped through ``labels/meta.yaml``: future posts, friends list,
friend requests, search engines, profile and tagging. They are dated at the export's date.
The export does not say who can see each post today, nor the profile lock or each About
field's audience: those are listed as missing, so their checks say not-checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from ...snapshot import AccountSnapshot, AudienceSetting, Connections, Media, Post, PostKind, Profile
from .base import NOT_IN_EXPORT, Context, date_range_caveat, export_date, fix_text, geo, stable_id, to_datetime
from .meta_html import html_blocks, html_field_rows, html_fields, refuse_html_beside_json
from .meta_labels import LabelValue, iter_label_values, label_map, read_settings
from .safe import Archive

# The privacy settings file of current exports, and settings files that hold a few more.
_PRIVACY_FILES = r"(^|/)(preferences/)?privacy_settings\.json$|(^|/)your_privacy_settings\.json$"
_OTHER_SETTINGS = r"(^|/)preferences/[^/]*settings[^/]*\.json$|(^|/)your_post_composer_settings\.json$|(^|/)your_mentions_settings\.json$"

PLATFORM = "facebook"


def detect(archive: Archive) -> int:
    if archive.find(r"(^|/)your_facebook_activity/"):
        return 95
    if archive.find(r"(^|/)profile_information/profile_information\.(json|html)$"):
        return 90
    if archive.find(r"(^|/)posts/your_posts(_\d+)?\.(json|html)$"):
        return 80
    if archive.find(r"(^|/)photos_and_videos/album/\d+\.json$"):
        return 70
    return 0


def _media(ctx: Context, m: dict[str, Any], role: str = "post") -> Media | None:
    uri = str(m.get("uri") or "")
    if not uri:
        return None
    meta = (m.get("media_metadata") or {}).get("photo_metadata") or (m.get("media_metadata") or {}).get("video_metadata") or {}
    loc = taken = None
    for ex in meta.get("exif_data") or [] if isinstance(meta, dict) else []:
        if isinstance(ex, dict):
            loc = loc or geo(ex.get("latitude"), ex.get("longitude"))
            taken = taken or to_datetime(ex.get("taken_timestamp") or ex.get("date_time_original"))
    caption = fix_text(m.get("description") or m.get("title") or "")
    return ctx.media(uri, role=role, caption=caption, location=loc, taken_at=taken or to_datetime(m.get("creation_timestamp")))


def _post_from_record(ctx: Context, rec: dict[str, Any], *, third_party: bool = False) -> Post:
    texts: list[str] = []
    for d in rec.get("data") or []:
        if isinstance(d, dict) and d.get("post"):
            texts.append(fix_text(d["post"]))
    media: list[Media] = []
    location = None
    links: list[str] = []
    for att in rec.get("attachments") or []:
        for d in (att.get("data") or []) if isinstance(att, dict) else []:
            if not isinstance(d, dict):
                continue
            if isinstance(d.get("media"), dict):
                m = _media(ctx, d["media"])
                if m:
                    media.append(m)
            place = d.get("place")
            if isinstance(place, dict):
                c = place.get("coordinate") or {}
                location = geo(c.get("latitude"), c.get("longitude"), fix_text(place.get("name")) or None) or location
            ext = d.get("external_context")
            if isinstance(ext, dict) and ext.get("url"):
                links.append(str(ext["url"]))
    title = fix_text(rec.get("title") or "")
    text = "\n".join(texts) or ("" if media else title)
    if links:
        text = (text + "\n" + "\n".join(links)).strip()
    created = to_datetime(rec.get("timestamp"))
    kind: PostKind = "check_in" if location is not None else ("wall_post" if third_party else "post")
    author = None
    if third_party and title:
        author = title.split(" wrote on ", 1)[0].split(" posted ", 1)[0] or None
    return Post(
        id=stable_id("fb", rec.get("timestamp"), text[:200], media[0].id if media else ""),
        kind=kind,
        created_at=created,
        text=text,
        media=media,
        location=location,
        third_party=third_party,
        author=author,
    )


def _list_in(data: Any, *keys: str) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for k in keys:
            v = data.get(k)
            if isinstance(v, list):
                return v
            if isinstance(v, dict):  # {"wall_posts_sent_to_you": {"activity_log_data": [...]}}
                for vv in v.values():
                    if isinstance(vv, list):
                        return vv
    return []


def read(ctx: Context) -> AccountSnapshot:
    a = ctx.archive
    notes: list[str] = []

    # Profile: profile_v2 (2021–) or profile (older), JSON or HTML.
    profile: Profile | None = None
    joined: datetime | None = None
    name = None
    profile_jsons = a.find(r"(^|/)profile_information/profile_information\.json$")
    profile_htmls = a.find(r"(^|/)profile_information/profile_information\.html$")
    post_json = a.find(r"(^|/)posts/your_posts[^/]*\.json$")
    post_html = a.find(r"(^|/)posts/your_posts[^/]*\.html$")
    refuse_html_beside_json(a.path, "Facebook", (profile_htmls, profile_jsons), (post_html, post_json))
    for pname in a.find(r"(^|/)profile_information/profile_information\.(json|html)$"):
        if pname.endswith(".json"):
            data = ctx.json(pname)
            p = (data.get("profile_v2") or data.get("profile")) if isinstance(data, dict) else None
            if isinstance(p, dict):
                profile = _profile(p)
                joined = to_datetime(p.get("registration_timestamp"))
                if len(profile_jsons) > 1:
                    _disagreeing_profiles(ctx, profile, profile_jsons)
                break
        else:
            html = ctx.text(pname)
            if html:
                f = {fix_text(k): fix_text(v) for k, v in html_fields(html).items()}
                profile = Profile(
                    name=f.get("Name") or f.get("Full name"),
                    bio=f.get("Bio") or f.get("About") or f.get("Intro") or None,
                    location=f.get("Current City") or f.get("Current city"),
                    fields=f,
                )
                break
    if profile:
        name = profile.name

    # Posts: JSON preferred; HTML when that is all the export has.
    posts: list[Post] | None = None
    if post_json:
        posts = []
        for pj in post_json:
            prefix = "item"
            head = a.head(pj, 64).lstrip()
            recs: Iterable[Any]
            unknown_keys: list[str] = []
            if head.startswith(b"{"):  # older: {"status_updates": [...]}
                data = ctx.json(pj)
                recs = _list_in(data, "status_updates", "your_posts", "posts")
                if not recs and isinstance(data, dict):
                    unknown_keys = [str(k)[:40] for k in data if k not in ("status_updates", "your_posts", "posts")]
            else:
                recs = ctx.items(pj, prefix)
            n_recs = n_read = 0
            for rec in recs:
                n_recs += 1
                # a record with none of a post's keys (renamed ones) is unread, not a post with no words
                if isinstance(rec, dict) and {"timestamp", "data", "attachments", "title"} & rec.keys():
                    n_read += 1
                    posts.append(_post_from_record(ctx, rec))
                    ctx.tick("posts", len(posts))
            # there, but not in a shape selfaudit knows: unread, never "no posts"
            if unknown_keys or n_recs > n_read:
                shape = f"its keys are {', '.join(unknown_keys[:3])}" if unknown_keys else f"{n_recs - n_read} of {n_recs} records are not posts"
                ctx.need("posts.text", f"{pj}: not in a shape selfaudit recognises ({shape}); those posts were not read")
    elif post_html:
        posts = []
        for ph in post_html:
            html = ctx.text(ph)
            for b in html_blocks(html or ""):
                media = [m for m in (ctx.media(ref) for ref in b.media) if m]
                text = fix_text(b.text or b.title or "")
                posts.append(Post(id=stable_id("fb", b.date, text[:200], b.media[:1]), created_at=b.date, text=text, media=media))
        notes.append("Read from the HTML export; choose JSON when downloading for the most complete audit.")
    if posts is not None:
        posts = ctx.collected(posts, post_json or post_html)

    # Others' posts on the person's timeline (third party).
    for wp in a.find(r"(^|/)posts/other_people'?s_posts[^/]*\.json$"):
        data = ctx.json(wp)
        recs = _list_in(data, "wall_posts_sent_to_you", "other_people_posts_to_your_timeline")
        if posts is None:
            posts = []
        for rec in recs:
            if isinstance(rec, dict):
                posts.append(_post_from_record(ctx, rec, third_party=True))
        if wp in ctx.failed:  # others' posts on your timeline, unread: never "none flagged"
            ctx.need("posts.text", f"{wp} could not be read ({ctx.failed[wp][:120]}); others' posts on your timeline were not read")

    # Comments the person wrote.
    for cj in a.find(r"(^|/)comments(_and_reactions)?/comments\.json$"):
        head = a.head(cj, 256).lstrip()
        key = "comments_v2" if b'"comments_v2"' in head else "comments"
        if head.startswith(b"{") and f'"{key}"'.encode() not in head and not re.match(rb"\{\s*\}", head):
            # an object without a list key known: the comments are there, unread (never "none")
            ctx.need("posts.text", f"{cj}: no list of comments selfaudit recognises (no \"comments_v2\" or \"comments\"); "
                     "your comments were not read")
            continue
        recs = ctx.items(cj, f"{key}.item") if head.startswith(b"{") else ctx.items(cj)
        if posts is None:
            posts = []
        for rec in recs:
            if not isinstance(rec, dict):
                continue
            for d in rec.get("data") or []:
                c = d.get("comment") if isinstance(d, dict) else None
                if isinstance(c, dict) and c.get("comment"):
                    text = fix_text(c["comment"])
                    posts.append(
                        Post(
                            id=stable_id("fbc", c.get("timestamp") or rec.get("timestamp"), text[:200]),
                            kind="comment",
                            created_at=to_datetime(c.get("timestamp") or rec.get("timestamp")),
                            text=text,
                        )
                    )
        if cj in ctx.failed:  # damaged: the comments after the damage were never read
            ctx.need("posts.text", f"{cj} could not be read in full ({ctx.failed[cj][:120]}); your comments were not all read")

    # Photos in albums.
    photos: list[Media] = []
    for aj in a.find(r"(^|/)(photos_and_videos|posts)/album/\d+\.json$"):
        data = ctx.json(aj)
        if not isinstance(data, dict):
            continue
        album = fix_text(data.get("name") or "")
        for ph in data.get("photos") or []:
            if isinstance(ph, dict):
                m = _media(ctx, ph, role="profile_photo" if album.lower() == "profile pictures" else "album")
                if m:
                    photos.append(m)
    for uj in a.find(r"(^|/)your_uncategori[sz]ed_photos\.json$"):
        for ph in _list_in(ctx.json(uj), "other_photos_v2", "other_photos"):
            if isinstance(ph, dict):
                m = _media(ctx, ph, role="album")
                if m:
                    photos.append(m)
    if profile is not None and profile.profile_photo is None:
        pp = [m for m in photos if m.role == "profile_photo"]
        if pp:
            profile.profile_photo = pp[-1]

    friends = None
    dated: list[datetime | None] = [p.created_at for p in posts or ()]
    for fj in a.find(r"(^|/)(friends|your_friends)\.json$"):
        fl = _list_in(ctx.json(fj), "friends_v2", "friends")
        friends = (friends or 0) + len(fl)
        dated += [to_datetime(f.get("timestamp")) for f in fl if isinstance(f, dict)]
    date_range_caveat(ctx, joined, dated)

    settings = _settings(ctx)
    if posts is not None and not (post_json or post_html):
        # comments or others' timeline posts alone are not the person's posts: without them
        # "none flagged" would be a pass on what was never read
        ctx.need("posts.text", "no file of your own posts (posts/your_posts…) was found in this export, only comments "
                               "or others' posts; download the export again with Posts selected")
    if posts:
        ctx.need("posts.audience", "who can see each post today is " + NOT_IN_EXPORT)
    handle = profile.handle if profile and profile.handle else None
    notes += (
        ["Privacy settings were read from the export's privacy_settings.json."]
        if settings
        else ["This Facebook export holds no privacy settings file (preferences/privacy_settings.json); run a live audit for them."]
    ) + ["A Facebook export does not hold each post's current audience, your profile lock or your About fields' audiences; run a live audit for those."]
    url = f"https://www.facebook.com/{handle}" if handle else None
    conns = Connections(count=friends) if friends is not None else None
    return ctx.snapshot(PLATFORM, handle or name or "", url=url, profile=profile, settings=settings, posts=posts, photos=photos, connections=conns, notes=notes)


def _settings(ctx: Context) -> list[AudienceSetting]:
    """Privacy settings from privacy_settings.json (every label kept; unknown ones shown) and recognised ones elsewhere."""
    lmap = label_map("facebook")
    a = ctx.archive
    records = []
    for name in a.find(_PRIVACY_FILES):
        records += list(iter_label_values(ctx.json(name), file=name))
    for name in a.find(r"(^|/)privacy_settings\.html$"):  # the HTML download: label → value rows
        rows = html_field_rows(ctx.text(name) or "")  # a label twice is two records (read_settings decides)
        records += [LabelValue(fix_text(k), fix_text(v), (), None, None, name) for k, v in rows if k]
    # Recognised settings in the other settings files are read together with the privacy file's:
    # one setting given in both with different values is decided as any setting given twice
    # (read_settings: the newer by date, else the widest), never by which file was read first.
    extra: list[LabelValue] = []
    for name in a.find(_OTHER_SETTINGS):
        if name in a.find(_PRIVACY_FILES):
            continue
        extra += [lv for lv in iter_label_values(ctx.json(name), file=name) if lmap.entry(lv.label) is not None]
    settings, shown = read_settings(records + extra, lmap)
    ctx.archive_settings += shown
    if records or shown:
        ctx.exported_at = export_date(a.path.name, [lv.timestamp for lv in records])
    return settings


def _disagreeing_profiles(ctx: Context, profile: Profile, names: list[str]) -> None:
    """Two profile files (a current and an older layout, two downloads unpacked together): the first
    found is not known to be today's, so a field they disagree on is not read, never one file's word."""
    others = []
    for n in names:
        data = ctx.json(n)
        p = (data.get("profile_v2") or data.get("profile")) if isinstance(data, dict) else None
        if isinstance(p, dict):
            others.append(_profile(p))
    for field in ("bio", "location"):
        given = {getattr(o, field) or "" for o in others}
        if len(given) > 1:
            setattr(profile, field, None)
            ctx.need(f"profile.{field}", f"{' and '.join(names)} give different {field}s "
                     f"({'; '.join(repr(v[:60]) for v in sorted(given))}); which is current is not known — give one export")


def _profile(p: dict[str, Any]) -> Profile:
    nm = p.get("name")
    name = fix_text(nm.get("full_name") if isinstance(nm, dict) else nm) or None
    bio = None
    for key in ("intro_bio", "about_me", "bio", "blurb"):
        v = p.get(key)
        if isinstance(v, dict):
            v = v.get("value") or v.get("text") or v.get("bio")
        if v:
            bio = fix_text(v)
            break
    city = p.get("current_city")
    city_name = fix_text(city.get("name") if isinstance(city, dict) else city) or None
    employer = None
    fields: dict[str, str] = {}
    for w in p.get("work_experiences") or p.get("work") or []:
        if isinstance(w, dict) and w.get("employer"):
            employer = employer or fix_text(w["employer"])
            fields.setdefault("Work", fix_text(f"{w.get('title') or ''} {w['employer']}".strip()))
    for e in p.get("education_experiences") or p.get("education") or []:
        if isinstance(e, dict) and e.get("name"):
            fields.setdefault("Education", fix_text(e["name"]))
    home = p.get("hometown")
    if isinstance(home, dict) and home.get("name"):
        fields["Hometown"] = fix_text(home["name"])
    links = [str(w) for w in p.get("websites") or [] if isinstance(w, str)] + [
        str(w.get("address")) for w in p.get("websites") or [] if isinstance(w, dict) and w.get("address")
    ]
    uri = p.get("profile_uri")
    handle = str(uri).rstrip("/").rsplit("/", 1)[-1] if isinstance(uri, str) and uri.startswith("http") else None
    return Profile(name=name, handle=handle, bio=bio, location=city_name, employer=employer, links=links, fields=fields)


def is_part(archive: Archive) -> bool:
    """A part of a split download: no profile and no posts file of its own."""
    return not archive.find(r"(^|/)profile_information/profile_information\.(json|html)$|(^|/)posts/your_posts[^/]*\.(json|html)$")
