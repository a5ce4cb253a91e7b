"""X (Twitter) archive: ``data/*.js`` files assigning to ``window.YTD.<name>.partN``.

Variants handled: ``tweet.js`` (old), ``tweets.js``, ``tweets-partN.js``; records bare or
wrapped as ``{"tweet": {...}}``; hand-reformatted JavaScript (unquoted keys, trailing
commas) read as object literals; files recognised by the ``window.YTD.<name>`` they assign
to, not by their file name. ``protected-history.js``: the last Protect/Unprotect decides
whether the posts are protected now.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Any

from ...snapshot import AccountSnapshot, Audience, AudienceSetting, Connections, MediaKind, Post, PostKind, Profile
from .base import NOT_IN_EXPORT, Context, latest_change, to_datetime
from .parse import js_assignment_name
from .safe import Archive

PLATFORM = "x"
_TWEET_SETS = ("tweets", "tweet")
_SETTINGS_URL = "https://x.com/settings/audience_and_tagging"


def _ytd_files(archive: Archive) -> dict[str, list[str]]:
    """YTD dataset name → member names, from each .js file's own assignment."""
    out: dict[str, list[str]] = {}
    for name in archive.find(r"\.js$"):
        if "/" in name and not re.search(r"(^|/)data/[^/]+\.js$", name):
            continue
        ds = js_assignment_name(archive.head_text(name, 512))
        if ds:
            out.setdefault(ds, []).append(name)
    for v in out.values():
        v.sort(key=lambda n: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", n)])
    return out


_GRAILBIRD = r"(^|/)data/js/tweets/\d{4}_\d{2}\.js$"


def detect(archive: Archive) -> int:
    if archive.find(_GRAILBIRD):  # the 2012–2018 "Grailbird" archive
        return 100
    js = archive.find(r"(^|/)data/[^/]+\.js$")
    if not js:
        return 0
    for name in js[:40]:
        if js_assignment_name(archive.head_text(name, 512)):
            return 100
    return 0


def _dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


def _unwrap(rec: Any, key: str) -> dict[str, Any]:
    if isinstance(rec, dict):
        inner = rec.get(key)
        return inner if isinstance(inner, dict) else rec
    return {}


def read(ctx: Context) -> AccountSnapshot:
    a = ctx.archive
    sets = _ytd_files(a)

    account: dict[str, Any] = {}
    for name in sets.get("account", []):
        data = ctx.json_js(name)
        if isinstance(data, list) and data:
            account = _unwrap(data[0], "account")
    # Scalars only: a hand-edited or damaged account.js must not turn into a crash later.
    account = {k: str(v) for k, v in account.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)}
    username = str(account.get("username") or "")
    account_id = str(account.get("accountId") or "")

    # The media folders: data/tweets_media (current) or data/tweet_media (old), profile_media.
    media_by_file: dict[str, str] = {}
    for name in a.find(r"(^|/)data/[a-z_]*_media/[^/]+$") + [s.item for s in a.skipped]:
        if re.search(r"(^|/)data/[a-z_]*_media/[^/]+$", name):  # skipped ones too: their Media says why
            media_by_file.setdefault(PurePosixPath(name).name, name)

    profile: Profile | None = None
    descs: dict[str, dict[str, str]] = {}  # profile file -> its description: two copies may disagree
    for name in sets.get("profile", []):
        data = ctx.json_js(name)
        if isinstance(data, list) and data:
            p = _unwrap(data[0], "profile")
            desc = {k: v for k, v in _dict(p.get("description")).items() if isinstance(v, str)}
            descs[name] = desc
            website = desc.get("website") or ""
            profile = Profile(
                name=account.get("accountDisplayName") or None,
                handle=username or None,
                # profile.js always carries description.bio ("" when none): absent, it was not read — not "no bio"
                bio=desc.get("bio"),
                location=desc.get("location") or None,
                links=[website] if website else [],
            )
            if profile.bio is None:  # the disclaimer must not be judged on the location alone
                ctx.need("profile.bio", f"{name} has no description.bio; the bio was not read")
            avatar = p.get("avatarMediaUrl")
            if isinstance(avatar, str) and avatar:
                base = avatar.rsplit("/", 1)[-1]
                member = media_by_file.get(f"{account_id}-{base}") or next(
                    (m for f, m in media_by_file.items() if "profile_media" in m and f.endswith(base)), None
                )
                profile.profile_photo = ctx.media(member, role="profile_photo", id="profile_photo", url=avatar)
            header = p.get("headerMediaUrl")
            if isinstance(header, str) and header:
                member = next((m for f, m in media_by_file.items() if "profile_media" in m and f.endswith(header.rsplit("/", 1)[-1])), None)
                profile.cover_photo = ctx.media(member, role="cover_photo", id="cover_photo", url=header)
    if profile is not None and len(descs) > 1:
        # two profile files (a second download unpacked beside the first: "profile (1).js"): the last
        # read is not known to be today's; a field they disagree on is not read, never one copy's word
        for field in ("bio", "location"):
            given = {d.get(field) or "" for d in descs.values()}
            if len(given) > 1:
                setattr(profile, field, None)
                ctx.need(f"profile.{field}", f"{' and '.join(descs)} give different {field}s "
                         f"({'; '.join(repr(v[:60]) for v in sorted(given))}); which is current is not known — give one export")
    if profile is None and account:
        profile = Profile(name=account.get("accountDisplayName") or None, handle=username or None)

    # Protected now? The last Protect/Unprotect in protected-history decides.
    protected: bool | None = None
    history_files = sets.get("protected_history", [])
    unreadable: str | None = None
    if history_files:
        protected, unreadable = _protected_now(ctx, history_files)

    settings: list[AudienceSetting] = []
    if unreadable:
        ctx.need("settings.account_privacy", f"protected-history.js {unreadable}, so whether posts are protected now is unknown; run a live audit")
    if protected is None:
        ctx.need("settings.account_privacy", "this export has no protected-history.js; " + NOT_IN_EXPORT)
        post_audience = None
        post_label = None
    else:
        audience = Audience.FRIENDS if protected else Audience.PUBLIC
        option = "On" if protected else "Off"
        post_audience = audience
        post_label = "Protected posts (approved followers only)" if protected else "Public (posts are not protected)"
        for key, label in (
            ("account_privacy", "Protect your posts"),
            ("photos", "Protect your posts (also covers your photos and media)"),
            ("friends_list", "Protect your posts (also hides your followers and following lists)"),
        ):
            settings.append(AudienceSetting(key=key, label=label, option=option, audience=audience, url=_SETTINGS_URL))

    # Posts: tweets.js / tweets-partN.js / tweet.js, bare or wrapped records, streamed.
    posts: list[Post] | None = None
    tweet_files = [n for ds in _TWEET_SETS for n in sets.get(ds, [])]
    if tweet_files:
        posts = []
        seen: set[str] = set()
        no_id = no_text = odd = 0
        for name in tweet_files:
            for rec in ctx.items(name, js_assignment=True):
                t = _unwrap(rec, "tweet")
                tid = str(t.get("id_str") or t.get("id") or "")
                no_id += not tid
                if not tid or tid in seen:
                    continue
                seen.add(tid)
                # no text field at all (a renamed key): its words were never read — not an empty post
                no_text += not isinstance(t.get("full_text"), str) and not isinstance(t.get("text"), str)
                try:
                    posts.append(_post(ctx, t, tid, username, media_by_file, post_audience, post_label))
                except (AttributeError, TypeError, ValueError) as exc:  # one odd record, not the archive
                    odd += 1
                    a.skip(f"{name}: post {tid[:40]}", f"unexpected shape ({type(exc).__name__}: {str(exc)[:80]}); that post was skipped")
                ctx.tick("posts", len(posts))
        if no_id:  # a record in a shape not known (a renamed id): unread, not silently dropped
            ctx.need("posts.text", f"{no_id} record(s) in the posts file have no post id selfaudit recognises; they were not read")
        if no_text or odd:  # "none flagged" must not cover posts whose words were never read
            ctx.need("posts.text", "; ".join(w for w in (
                f"{no_text} post(s) have no text field selfaudit recognises (full_text or text)" if no_text else "",
                f"{odd} post(s) have an unexpected shape and were skipped" if odd else "") if w) + "; their words were not read")
        posts = ctx.collected(posts, tweet_files)
        if posts:
            _apply_note_tweets(ctx, posts, sets.get("note_tweet", []))

    grailbird = a.find(_GRAILBIRD)
    if grailbird and not tweet_files:
        posts, profile, username = _grailbird(ctx, grailbird, profile, username)
        ctx.need("settings.account_privacy", "this older archive does not record whether posts are protected; " + NOT_IN_EXPORT)

    followers = _count(ctx, sets.get("follower", []))
    following = _count(ctx, sets.get("following", []))
    connections = Connections(followers=followers, following=following) if followers is not None or following is not None else None

    url = f"https://x.com/{username}" if username else None
    return ctx.snapshot(
        PLATFORM,
        username or account_id,
        url=url,
        display_name=account.get("accountDisplayName"),
        profile=profile,
        settings=settings,
        posts=posts,
        photos=[],
        connections=connections,
        notes=["Posts' audience follows the account's current 'Protect your posts' state (last entry in protected-history.js)."]
        if protected is not None
        else [],
    )


def _protected_now(ctx: Context, files: list[str]) -> tuple[bool | None, str | None]:
    """(protected now?, why it cannot be told) from the Protect/Unprotect history.

    The last event decides, so every event must be placed in time and understood: one with
    no readable date (among several) or an action word not known could be the later
    Unprotect — a guess there would pass a public account as protected.
    """
    events: list[tuple[float | None, str]] = []
    for name in files:
        data = ctx.json_js(name)
        if name in ctx.failed:  # damaged: an empty history would wrongly read as "never protected"
            return None, f"could not be read ({ctx.failed[name][:120]})"
        for rec in data if isinstance(data, list) else []:
            ev = _unwrap(rec, "protectedHistory")
            when = to_datetime(ev.get("protectedAt"))
            action = str(ev.get("action") or "").strip().lower()
            if action not in ("protect", "unprotect"):
                return None, f"holds an entry selfaudit cannot read (action {str(ev.get('action'))[:40]!r})"
            events.append((when.timestamp() if when else None, action))
    if not events:
        return False, None
    last, why = latest_change(events)
    if why:
        return None, "has " + why
    return last == "protect", None


def _post(ctx: Context, t: dict[str, Any], tid: str, username: str, media_by_file: dict[str, str], audience: Audience | None,
          label: str | None) -> Post:
    text = str(t.get("full_text") or t.get("text") or "")
    kind: PostKind = "post"
    if t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id"):
        kind = "reply"
    elif text.startswith("RT @"):
        kind = "share"
    media = []
    ents = _dict(t.get("extended_entities")).get("media") or _dict(t.get("entities")).get("media") or []
    for m in ents if isinstance(ents, list) else []:
        if not isinstance(m, dict):
            continue
        src = str(m.get("media_url_https") or m.get("media_url") or "")
        base = src.rsplit("/", 1)[-1]
        mkind: MediaKind = "video" if m.get("type") in ("video", "animated_gif") else "photo"
        member = media_by_file.get(f"{tid}-{base}") if base else None
        if member is None and mkind == "video":
            member = next((f for k, f in media_by_file.items() if k.startswith(f"{tid}-") and k.endswith(".mp4")), None)
        media.append(
            ctx.media(member, id=str(m.get("id_str") or m.get("id") or f"{tid}-{base}"), kind=mkind, alt=m.get("ext_alt_text"), url=src or None)
        )
    return Post(
        id=tid,
        kind=kind,
        url=f"https://x.com/{username or 'i'}/status/{tid}",
        created_at=to_datetime(t.get("created_at")),
        text=text,
        audience=audience,
        audience_label=label,
        media=[m for m in media if m is not None],
        parent_id=str(t.get("in_reply_to_status_id_str") or "") or None,
    )


def _apply_note_tweets(ctx: Context, posts: list[Post], files: list[str]) -> None:
    """Long posts: tweets.js holds a shortened text; note-tweet.js the whole, matched by creation time."""
    notes: dict[Any, str] = {}
    for name in files:
        for rec in ctx.items(name, js_assignment=True):
            n = _unwrap(rec, "noteTweet")
            text = _dict(n.get("core")).get("text")
            when = to_datetime(n.get("createdAt"))
            if text and when:
                notes[when.replace(microsecond=0)] = str(text)
    if not notes:
        return
    for p in posts:
        full = notes.get(p.created_at.replace(microsecond=0)) if p.created_at else None
        if full and len(full) > len(p.text):
            p.text = full


def _count(ctx: Context, names: list[str]) -> int | None:
    if not names:
        return None
    n = 0
    for name in names:
        for _ in ctx.items(name, js_assignment=True):
            n += 1
    return n


def _grailbird(ctx: Context, files: list[str], profile: Profile | None, username: str) -> tuple[list[Post], Profile | None, str]:
    """2012–2018 archives: data/js/tweets/YYYY_MM.js (Grailbird.data…) and user_details.js."""
    details_file = ctx.archive.first(r"(^|/)data/js/user_details\.js$")
    details = ctx.json_js(details_file) if details_file else None
    if isinstance(details, dict):
        username = username or str(details.get("screen_name") or "")
        profile = profile or Profile(
            name=details.get("full_name") or None, handle=username or None, bio=details.get("bio") or "", location=details.get("location") or None
        )
    posts: list[Post] = []
    seen: set[str] = set()
    for name in sorted(files, reverse=True):
        data = ctx.json_js(name)
        for t in data if isinstance(data, list) else []:
            if not isinstance(t, dict):
                continue
            tid = str(t.get("id_str") or t.get("id") or "")
            if tid and tid not in seen:
                seen.add(tid)
                try:
                    posts.append(_post(ctx, t, tid, username, {}, None, None))
                except (AttributeError, TypeError, ValueError) as exc:
                    ctx.archive.skip(f"{name}: post {tid[:40]}", f"unexpected shape ({type(exc).__name__}); that post was skipped")
                    ctx.need("posts.text", "post(s) with an unexpected shape were skipped; their words were not read")
    return ctx.collected(posts, files) or [], profile, username


def is_part(archive: Archive) -> bool:
    """A part of a split archive: no account or tweets file of its own (media only)."""
    if archive.find(_GRAILBIRD):
        return False
    sets = _ytd_files(archive)
    return not any(k in sets for k in ("account", "profile", "tweets", "tweet"))
