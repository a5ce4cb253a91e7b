"""Mastodon account archive: ``actor.json`` (ActivityPub Person), ``outbox.json``, media.

A post's visibility comes from its ``to``/``cc`` addressing: Public in ``to`` = public,
Public in ``cc`` = unlisted ("quiet public"), the followers collection only = followers-only,
otherwise direct (private mention). Followers-only is "approved people" only when the
account requires follow requests (``manuallyApprovesFollowers``).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import urlparse

from ...errors import ExportFormatError
from ...snapshot import AccountSnapshot, Audience, AudienceSetting, MediaKind, Post, Profile
from .base import MAX_INLINE_TAGS, Context, html_to_text, stable_id, to_datetime
from .parse import MemberError
from .safe import Archive

PLATFORM = "mastodon"
PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}

_LOCK_LABEL = "Require follow requests (lock account)"


def _lock_setting(option: str, audience: Audience, domain: str) -> AudienceSetting:
    return AudienceSetting(key="account_privacy", label=_LOCK_LABEL, option=option, audience=audience,
                           url=f"https://{domain}/settings/profile" if domain else None)


def _locked_reach(ctx: Context, settings: list[AudienceSetting], posts: list[Post] | None, domain: str,
                  not_read: int = 0) -> None:
    """A lock only makes follows need approval: the profile and every Public / Quiet-public post
    stay visible to anyone. How far the account reaches is how it posts — read from each post's
    visibility (the default posting visibility is not in the archive), never from the lock alone.
    ``not_read``: posts the outbox holds that were not read (given by address, odd shape); any of
    them, or a damaged outbox's unread rest, may be Public, so "all are Followers-only" is unproven."""
    own = [p for p in posts or () if not p.third_party]
    wide = [p for p in own if p.audience == Audience.PUBLIC]
    followers = [p for p in own if p.audience == Audience.FRIENDS]
    unread = [p for p in own if p.audience not in (Audience.PUBLIC, Audience.FRIENDS, Audience.CUSTOM)]
    cut = ctx.missing.get("posts.text") or (f"{not_read} post(s) could not be read" if not_read else None)
    if wide:
        settings.append(_lock_setting(f"On, but {len(wide)} of {len(own)} posts are Public or Quiet public (a lock does not hide them)",
                                      Audience.PUBLIC, domain))
    elif followers and not unread and not cut:
        settings.append(_lock_setting(f"On, and all {len(own)} posts in the archive are Followers-only or private mentions",
                                      Audience.FRIENDS, domain))
    else:
        why = (f"the visibility of {len(unread)} post(s) could not be read" if unread
               else f"not every post in the archive could be read ({cut})" if cut
               else "the archive holds no Followers-only or Public posts to show how you post")
        ctx.need("settings.account_privacy",
                 "the account is locked (follow requests need approval), but a lock alone does not make it friends-only: "
                 "Mastodon shows the profile and every Public or Quiet-public post to anyone; "
                 f"{why}, and the default posting visibility (Preferences › Other › Posting privacy) is not in the archive")

def _find(archive: Archive, base: str) -> str | None:
    hits = archive.find(rf"(^|/){base}\.json$")
    return min(hits, key=len) if hits else None


def _digest(archive: Archive, name: str) -> str | None:
    h = hashlib.sha256()
    try:
        with archive.open(name) as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    except MemberError:
        return None
    return h.hexdigest()


def _the_one(archive: Archive, base: str) -> str | None:
    """The archive's one ``actor.json`` / ``outbox.json``. A Mastodon archive has one of each, so a
    second one (``old/outbox.json`` beside the export) is another download, older or newer: reading
    the shortest path would judge the account by whichever happened to sit higher. One that differs
    is refused, naming both; a byte-identical copy is read once."""
    hits = archive.find(rf"(^|/){base}\.json$")
    chosen = min(hits, key=len) if hits else None
    if chosen is None or len(hits) == 1:
        return chosen
    ours = _digest(archive, chosen)
    differing = [n for n in hits if n != chosen and (ours is None or archive.members[n].size != archive.members[chosen].size or _digest(archive, n) != ours)]
    if differing:
        shown = ", ".join([chosen, *differing[:3]]) + (" …" if len(differing) > 3 else "")
        raise ExportFormatError(
            f"{archive.path}: holds {len(differing) + 1} different Mastodon {base}.json files ({shown}) — downloads made at different times? "
            "selfaudit reads one export per account, so an old copy cannot stand for today's account.",
            "Give the newest archive on its own (its folder or its zip).",
        )
    return chosen


_TOTAL = re.compile(r'"totalItems"\s*:\s*(\d{1,12})')


def _declared_total(archive: Archive, name: str) -> int | None:
    """The outbox's own count of its activities (``totalItems``, before ``orderedItems`` in a Mastodon archive)."""
    head = archive.head_text(name, 4096).split('"orderedItems"', 1)[0]
    m = _TOTAL.search(head)
    return int(m.group(1)) if m else None


def detect(archive: Archive) -> int:
    for base in ("actor", "outbox"):
        name = _find(archive, base)
        if name:
            head = archive.head_text(name, 4096)
            if "activitystreams" in head and ("Person" in head or "OrderedCollection" in head or "orderedItems" in head):
                return 90
    return 0


def _entries(v: Any) -> list[Any]:
    """A JSON array's elements, or none when the field holds something else (damaged or hand-edited)."""
    return v if isinstance(v, list) else []


def _addresses(v: Any) -> tuple[set[str], bool]:
    """The addresses in a ``to``/``cc`` field, and whether any entry had a shape not read.

    ActivityStreams allows a plain id or an object (Link/Collection) carrying ``id`` or ``href``;
    an entry of another shape might be the Public address, so it is not silently dropped."""
    items = v if isinstance(v, list) else [] if v is None else [v]
    out: set[str] = set()
    unread = False
    for x in items:
        if isinstance(x, dict):
            x = x.get("id") if isinstance(x.get("id"), str) else x.get("href")
        if isinstance(x, str):
            out.add(x)
        else:
            unread = True
    return out, unread


def visibility(obj: dict[str, Any], activity: dict[str, Any], followers_url: str | None) -> str:
    """public / unlisted / private / direct, or unknown when an address could not be read and
    none read says Public (never the narrowest guess: that would hide a public post)."""
    def field(key: str) -> tuple[set[str], bool]:
        own = _addresses(obj.get(key))
        return own if own[0] or own[1] else _addresses(activity.get(key))  # the Create's addressing when the Note has none

    (to, bad_to), (cc, bad_cc) = field("to"), field("cc")
    if to & PUBLIC:
        return "public"
    if bad_to:
        return "unknown"
    if cc & PUBLIC:
        return "unlisted"
    if bad_cc:
        return "unknown"
    if any(x == followers_url or x.endswith("/followers") for x in to | cc):
        return "private"
    # A direct message names the people it goes to; a post addressed to nobody the export shows
    # (no to/cc, another server's shape) is of an audience not known, never a private mention.
    return "direct" if to | cc else "unknown"


_LABELS = {"public": "Public", "unlisted": "Quiet public (unlisted)", "private": "Followers only", "direct": "Private mention (direct)",
           "unknown": "Not read (no addressing in the export selfaudit could read)"}


def read(ctx: Context) -> AccountSnapshot:
    a = ctx.archive
    actor_name = _the_one(a, "actor")
    outbox_name = _the_one(a, "outbox")
    actor = ctx.json(actor_name) if actor_name else None
    actor = actor if isinstance(actor, dict) else {}
    base = actor_name.rsplit("/", 1)[0] if actor_name and "/" in actor_name else ""

    actor_id = str(actor.get("id") or "")
    domain = urlparse(actor_id).hostname or ""
    user = str(actor.get("preferredUsername") or "")
    handle = f"@{user}@{domain}" if user and domain else (user or "unknown")
    locked = actor.get("manuallyApprovesFollowers") if isinstance(actor.get("manuallyApprovesFollowers"), bool) else None
    followers_url = actor.get("followers") if isinstance(actor.get("followers"), str) else (actor_id + "/followers" if actor_id else None)
    display_name = actor.get("name") if isinstance(actor.get("name"), str) else None

    profile: Profile | None = None
    settings: list[AudienceSetting] = []
    try:
        if actor:
            fields: dict[str, str] = {}
            links: list[str] = []
            for att in _entries(actor.get("attachment")):
                if isinstance(att, dict) and att.get("type") == "PropertyValue":
                    value_html = str(att.get("value") or "")
                    fields[str(att.get("name") or "field")] = html_to_text(value_html)
                    if value_html.count("<") <= MAX_INLINE_TAGS:  # a field is a line of HTML; a huge one is not parsed
                        from bs4 import BeautifulSoup

                        links += [str(x["href"]) for x in BeautifulSoup(value_html, "html.parser").find_all("a", href=True)]
            for key in ("discoverable", "indexable"):
                if key in actor:
                    fields[key] = "yes" if actor.get(key) else "no"
            profile = Profile(
                name=display_name or None,
                handle=handle,
                # an actor always carries its summary ("" when none): absent, the bio was not read — not "no bio"
                bio=html_to_text(actor["summary"]) if isinstance(actor.get("summary"), str) else None,
                links=links or ([actor["url"]] if isinstance(actor.get("url"), str) else []),
                fields=fields,
            )
            if profile.bio is None:  # the disclaimer must not be judged on the other fields alone
                ctx.need("profile.bio", f"{actor_name} has no summary (bio) field; the bio was not read")
            for attr, role in (("icon", "profile_photo"), ("image", "cover_photo")):
                img = actor.get(attr)
                if isinstance(img, dict) and img.get("url"):
                    m = ctx.media(str(img["url"]), base=base, role=role, id=role)
                    setattr(profile, role, m)
            if locked is False:
                settings.append(_lock_setting("Off", Audience.PUBLIC, domain))
    except (AttributeError, TypeError, ValueError) as exc:  # a damaged actor.json: no profile, said why
        profile, settings = None, []
        ctx.need("profile", f"{actor_name}: unexpected shape ({type(exc).__name__}: {str(exc)[:80]})")

    posts: list[Post] | None = None
    boosts = 0
    by_address = 0
    odd_posts = 0  # Create activities skipped for an unexpected shape
    no_text = 0  # posts without a content field: their words were not read
    if outbox_name:
        posts = []
        listed = 0
        for act in ctx.items(outbox_name, "orderedItems.item"):
            listed += 1
            if not isinstance(act, dict):
                continue
            kinds = set(act["type"]) if isinstance(act.get("type"), list) else {act.get("type")}  # a list is allowed
            if "Announce" in kinds:
                boosts += 1
                continue
            obj = act.get("object")
            if "Create" not in kinds:
                continue
            if not isinstance(obj, dict):  # the post given only by its address: not in the archive to read
                by_address += 1
                continue
            try:
                vis = visibility(obj, act, followers_url)
                audience = {
                    "public": Audience.PUBLIC,
                    "unlisted": Audience.PUBLIC,
                    "private": Audience.FRIENDS if locked else Audience.FRIENDS_OF_FRIENDS,
                    "direct": Audience.CUSTOM,
                    "unknown": Audience.UNKNOWN,
                }[vis]
                media = []
                for att in _entries(obj.get("attachment")):
                    if not isinstance(att, dict) or not att.get("url"):
                        continue
                    mtype = str(att.get("mediaType") or "")
                    kind: MediaKind = "video" if mtype.startswith("video") else "photo" if mtype.startswith("image") or not mtype else "other"
                    m = ctx.media(str(att["url"]), base=base, kind=kind, alt=att.get("name"))
                    if m:
                        media.append(m)
                no_text += not isinstance(obj.get("content"), str)  # a Note always has content (maybe ""): absent is unread
                text = html_to_text(obj.get("content") if isinstance(obj.get("content"), str) else None)
                # a poll (Question) keeps its options' words in oneOf/anyOf names, not in content: read them too
                options = [o["name"] for key in ("oneOf", "anyOf") for o in _entries(obj.get(key))
                           if isinstance(o, dict) and isinstance(o.get("name"), str) and o["name"].strip()]
                if options:
                    text = "\n".join([text, *options]) if text else "\n".join(options)
                if obj.get("summary"):
                    text = f"CW: {obj['summary']}\n{text}"
                pid = str(obj.get("id") or act.get("id") or stable_id(text, obj.get("published")))
                posts.append(
                    Post(
                        id=pid,
                        kind="reply" if obj.get("inReplyTo") else "post",
                        url=obj.get("url") if isinstance(obj.get("url"), str) else pid,
                        created_at=to_datetime(obj.get("published") or act.get("published")),
                        text=text,
                        audience=audience,
                        audience_label=_LABELS[vis],
                        media=media,
                        parent_id=obj.get("inReplyTo") if isinstance(obj.get("inReplyTo"), str) else None,
                    )
                )
            except (AttributeError, TypeError, ValueError) as exc:  # one odd post, not the archive
                odd_posts += 1
                a.skip(f"{outbox_name}: post {str(obj.get('id'))[:60]}", f"unexpected shape ({type(exc).__name__}: {str(exc)[:80]}); that post was skipped")
            ctx.tick("posts", len(posts))
        posts = ctx.collected(posts, [outbox_name])
        declared = _declared_total(a, outbox_name)
        if declared is not None and declared > listed and outbox_name not in ctx.failed:
            # the collection names more activities than it lists (a cut or edited outbox): the rest may be public posts
            # (Mastodon writes the account's post counter there, which can also be out of date: say so)
            ctx.need("posts.text", f"{outbox_name} counts {declared} posts (the account's post counter) but lists {listed}; "
                     "the rest were not read — check the profile live if the counter is merely out of date")
        if odd_posts:  # their words and audience were never examined: "none flagged" must not cover them
            ctx.need("posts.text", f"{odd_posts} post(s) in {outbox_name} have an unexpected shape and could not be read")
        if no_text:
            ctx.need("posts.text", f"{no_text} post(s) in {outbox_name} have no content field; their words were not read")
        if by_address:
            ctx.need("posts.text", f"{by_address} post(s) in {outbox_name} are given only by their address, not their words "
                     "or audience; they were not read")

    if locked and profile is not None:
        _locked_reach(ctx, settings, posts, domain, by_address + odd_posts)

    notes = []
    if boosts:
        notes.append(f"{boosts} boosts of other people's posts are not audited (the archive holds only their address)")
    if locked is False:
        notes.append("Followers-only posts of an unlocked account reach anyone who follows you (no approval).")
    return ctx.snapshot(
        PLATFORM,
        handle,
        url=actor.get("url") if isinstance(actor.get("url"), str) else actor_id or None,
        display_name=display_name,
        profile=profile,
        settings=settings,
        posts=posts,
        photos=[],
        notes=notes,
    )
