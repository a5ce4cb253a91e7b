"""The snapshot: platform-neutral facts about a person's accounts, as collected.

Adapters (live browser or export archive) produce it; analysis and checks read it;
nothing in it is a judgement. ``None`` means "not collected" and an empty list means
"collected, and there were none" — checks rely on that difference, and every fact that
could not be collected is also named in ``provenance.missing`` with the reason.

Media files referenced by ``Media.path`` live next to the snapshot file (``media/…``),
so a saved snapshot can be re-evaluated and re-rendered without a browser.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import SnapshotError
from .privacy import write_private

SCHEMA_VERSION = 1

PLATFORMS = ("facebook", "instagram", "x", "linkedin", "mastodon", "bluesky", "tiktok", "threads")
# How each platform spells itself, for people (reports, summaries, progress lines); JSON keeps the ids.
PLATFORM_NAMES = {"facebook": "Facebook", "instagram": "Instagram", "x": "X", "linkedin": "LinkedIn",
                  "mastodon": "Mastodon", "bluesky": "Bluesky", "tiktok": "TikTok", "threads": "Threads"}


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Audience(str, Enum):
    """Who can see something, normalised across platforms (widest first).

    ``friends`` means approved 1st-degree contacts: Facebook friends, approved followers of
    a private/protected account, LinkedIn connections. ``friends_of_friends`` is the
    extended network: friends of friends, all followers of an unlocked account, 2nd degree.
    """

    PUBLIC = "public"
    LOGGED_IN = "logged_in"
    FRIENDS_OF_FRIENDS = "friends_of_friends"
    FRIENDS = "friends"
    ONLY_ME = "only_me"
    CUSTOM = "custom"
    UNKNOWN = "unknown"


# The platform-neutral setting keys adapters map their own settings onto.
SETTING_KEYS: dict[str, str] = {
    "account_privacy": "Whole-account privacy (private account, protected posts, locked profile, public profile)",
    "future_posts": "Who can see your future posts",
    "past_posts": "Who can see posts you have already shared",
    "friends_list": "Who can see your friends, followers or connections",
    "photos": "Who can see your photos and posts you are tagged in",
    "profile_photo": "Who can see your profile photo",
    "contact_details": "Who can see your email address, phone number and birthday",
    "search_engines": "Whether search engines outside the platform link to your profile",
    "tagging": "Who can tag or mention you",
    "friend_requests": "Who can send you friend or connection requests",
    "wall_posts": "Who can post on your profile",
}


class AudienceSetting(Model):
    key: str = Field(description="Platform-neutral key, one of SETTING_KEYS")
    label: str = Field(description="The platform's own question or label, e.g. 'Who can see your future posts?'")
    option: str | None = Field(None, description="The option chosen, in the platform's words, e.g. 'Friends'")
    audience: Audience = Audience.UNKNOWN
    url: str | None = Field(None, description="Where the person changes it")
    answered_at: datetime | None = Field(
        None, description="Set when the person told selfaudit what the page shows (a guided check), not read by selfaudit"
    )


class GeoPoint(Model):
    lat: float
    lon: float
    name: str | None = None


MediaKind = Literal["photo", "video", "audio", "other"]
# "reaction": someone else's post the person only liked or commented on, shown in their public activity
PostKind = Literal["post", "comment", "wall_post", "reply", "share", "check_in", "story", "reaction"]


class Media(Model):
    id: str = Field(description="The platform's id, or a stable id derived from the URL/archive path")
    kind: MediaKind = "photo"
    role: Literal["post", "profile_photo", "cover_photo", "album", "tagged"] = "post"
    url: str | None = None
    path: str | None = Field(None, description="Local file relative to the snapshot folder (media/…) or archive path")
    sha256: str | None = None
    caption: str | None = None
    alt: str | None = None
    audience: Audience | None = None
    audience_label: str | None = None
    tags: list[str] = Field(default_factory=list, description="People tagged in it")
    taken_at: datetime | None = None
    location: GeoPoint | None = Field(None, description="Location the platform itself attached (check-in, export metadata)")
    author: str | None = Field(None, description="Who posted it when that is someone else")
    third_party: bool = False
    skipped: str | None = Field(None, description="Why the file could not be fetched or read, if so")


class Post(Model):
    id: str
    kind: PostKind = "post"
    url: str | None = None
    created_at: datetime | None = None
    text: str = ""
    audience: Audience | None = None
    audience_label: str | None = None
    media: list[Media] = Field(default_factory=list)
    author: str | None = Field(None, description="Who wrote it, when that is not the account owner")
    third_party: bool = Field(False, description="Written by someone else on the person's profile (comment, wall post, tag)")
    parent_id: str | None = None
    pinned: bool = False
    location: GeoPoint | None = None


class Profile(Model):
    name: str | None = None
    handle: str | None = None
    bio: str | None = None
    about: str | None = None
    headline: str | None = None
    location: str | None = None
    links: list[str] = Field(default_factory=list)
    employer: str | None = None
    profile_photo: Media | None = None
    cover_photo: Media | None = None
    fields: dict[str, str] = Field(default_factory=dict, description="Other labelled profile fields")


class Connections(Model):
    count: int | None = None
    followers: int | None = None
    following: int | None = None


# What a stranger can learn from a profile: the inventory items, in the order a report lists them.
STRANGER_ITEMS: dict[str, str] = {
    "name": "your name",
    "photo": "your photo",
    "headline": "your headline or bio",
    "employer": "where you work",
    "education": "where you studied",
    "location": "where you live",
    "birthday": "your birthday",
    "contact": "your contact details",
    "links": "your links",
    "connections": "your friends or followers",
    "posts": "your posts",
    "photos": "your photos",
    "activity": "your activity (likes, comments, shares)",
}


class StrangerItem(Model):
    """One thing a logged-out visitor can or cannot learn, with what showed it."""

    what: str = Field(description="One of STRANGER_ITEMS")
    state: Literal["shown", "not-shown", "not-recognised"]
    text: str | None = Field(None, description="What the stranger sees (shown), or the page's own evidence it is hidden")
    count: int | None = Field(None, description="For posts, photos, activity, connections: how many are visible")
    source: str | None = Field(None, description="Where it was read: 'ld+json', 'embedded-json', 'api', 'aria', 'text'")


# What a logged-out page was recognised as, and the wall it showed: the stranger reader's verdicts
# (adapters/live/stranger.py) are these values.
Wall = Literal["none", "login_wall", "private", "protected", "locked", "not_found", "unknown"]
RecognisedAs = Literal[
    "profile", "closed_profile", "login_wall", "not_found", "bot_challenge", "cookie_wall",
    "rate_limit", "unrecognised", "unreachable", "not_profile",
]


class StrangerView(Model):
    """What a logged-out visitor sees of the profile.

    ``recognised_as`` says what kind of page it was: only a recognised closed profile can
    ever pass; a page selfaudit did not recognise is not-checked, never pass.
    """

    url: str
    reachable: bool = True
    wall: Wall = "unknown"
    recognised_as: RecognisedAs = "unrecognised"
    recognised_by: str | None = Field(None, description="The wording, data path or marker that recognised the page")
    items: list[StrangerItem] = Field(default_factory=list)
    wall_text: str | None = None
    text: str = ""
    images: list[str] = Field(default_factory=list)
    posts_visible: int | None = None
    screenshot: str | None = Field(None, description="PNG relative to the snapshot folder")


class Account(Model):
    platform: str
    handle: str
    url: str | None = None
    display_name: str | None = None


class Missing(Model):
    fact: str = Field(description="e.g. 'settings.future_posts', 'posts', 'stranger_view'")
    reason: str


class EmptyEvidence(Model):
    """Positive evidence that a collected list is really empty (not merely that nothing matched).

    Without one, an empty list is "nothing was found to examine" (not-checked), never a pass.
    """

    fact: str = Field(description="e.g. 'posts', 'photos'")
    evidence: str = Field(description="The platform's own wording or data, e.g. 'No posts yet' or 'timeline.instructions: []'")


class ArchiveSetting(Model):
    """One setting exactly as a data export holds it, whether or not selfaudit recognises it."""

    label: str = Field(description="The platform's own label, in the export's language")
    value: str | None = Field(None, description="The value as the export gives it")
    section: str | None = Field(None, description="The section or heading it sits under in the export, if any")
    file: str | None = Field(None, description="The archive member it was read from")
    key: str | None = Field(None, description="The SETTING_KEYS key it maps to; None when not judged or not recognised")
    audience: Audience | None = None
    recognised: bool = Field(True, description="False: a label selfaudit does not know; shown, never guessed")


class Coverage(Model):
    """Which settings an export held and which it cannot hold (for the report's coverage section)."""

    exported_at: datetime | None = Field(None, description="When the export was made: the settings are as of then")
    from_archive: list[str] = Field(default_factory=list, description="Setting keys read from this export")
    not_in_this_export: list[str] = Field(default_factory=list, description="Keys an export of this platform can hold but this one did not")
    no_archive_holds: list[str] = Field(default_factory=list, description="Keys no export of this platform holds: a live audit only")
    archive_settings: list[ArchiveSetting] = Field(default_factory=list, description="Every settings label the export held, as read")


class Provenance(Model):
    source: Literal["live", "export", "fixture"]
    collected_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    adapter: str = ""
    location: str | None = Field(None, description="Base URL or archive path")
    tool_version: str | None = None
    missing: list[Missing] = Field(default_factory=list)
    empty: list[EmptyEvidence] = Field(default_factory=list, description="Lists proven empty by the platform's own data or wording")
    not_audited: str | None = Field(
        None, description="Why this platform could not be audited at all (expired session, bot challenge, rate limit) and what to do"
    )
    notes: list[str] = Field(default_factory=list)
    coverage: Coverage | None = Field(None, description="Exports only: settings read from the archive and those no archive holds")
    blocked_requests: list[str] = Field(
        default_factory=list, description="Live audits: each request the browser guard refused, 'host/path — reason'")

    def empty_evidence(self, fact: str) -> str | None:
        """The platform's own evidence that ``fact`` (a list) is empty, if recorded."""
        for e in self.empty:
            if e.fact == fact:
                return e.evidence
        return None

    def missing_reason(self, fact: str) -> str | None:
        """The recorded reason a fact (or its parent, e.g. 'settings' for 'settings.x') is missing."""
        for m in self.missing:
            if m.fact == fact or fact.startswith(m.fact + "."):
                return m.reason
        return None


class AccountSnapshot(Model):
    account: Account
    profile: Profile | None = None
    settings: list[AudienceSetting] | None = None
    posts: list[Post] | None = None
    photos: list[Media] | None = None
    connections: Connections | None = None
    stranger_view: StrangerView | None = None
    provenance: Provenance

    def setting(self, key: str) -> AudienceSetting | None:
        for s in self.settings or ():
            if s.key == key:
                return s
        return None

    def all_media(self) -> list[Media]:
        """Every image-like item on the account, each once (by id)."""
        seen: dict[str, Media] = {}
        if self.profile:
            for m in (self.profile.profile_photo, self.profile.cover_photo):
                if m is not None:
                    seen.setdefault(m.id, m)
        for p in self.posts or ():
            for m in p.media:
                seen.setdefault(m.id, m)
        for m in self.photos or ():
            seen.setdefault(m.id, m)
        return list(seen.values())


class Snapshot(Model):
    schema_version: int = SCHEMA_VERSION
    tool: str = "selfaudit"
    tool_version: str | None = None
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    subject: str | None = Field(None, description="Whose accounts (a name or persona), for the report heading")
    # A demo's fictional persona: re-rendered with `selfaudit report`, it must stay a demo (never
    # the person's history, acceptances or answers, nor "your latest audit" for `summary`).
    demo: bool = False
    accounts: list[AccountSnapshot] = Field(default_factory=list)


def dump_snapshot(snapshot: Snapshot) -> str:
    return snapshot.model_dump_json(indent=2, exclude_none=False)


def write_snapshot(snapshot: Snapshot, path: str | Path) -> Path:
    # Serialise straight to bytes: a str copy of a 100,000-post snapshot costs ~100 MB more.
    return write_private(path, Snapshot.__pydantic_serializer__.to_json(snapshot, indent=2))


_SNAPSHOT_HINT = ("Give the snapshot.json an audit saved: its folder is printed at the end of the audit "
                  "(`selfaudit history` lists past audits).")


def read_snapshot(path: str | Path) -> Snapshot:
    """Read a snapshot file; refuse files from a newer schema with a clear message."""
    p = Path(path)
    try:
        raw: Any = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SnapshotError(f"{p}: no such snapshot file.", _SNAPSHOT_HINT) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SnapshotError(f"{p}: not a snapshot (invalid JSON: {exc}).", _SNAPSHOT_HINT) from None
    except RecursionError:  # a hand-made file nested deeper than the JSON reader goes
        raise SnapshotError(f"{p}: not a snapshot (nested too deeply to read).") from None
    if not isinstance(raw, dict) or "schema_version" not in raw:
        raise SnapshotError(f"{p}: not a selfaudit snapshot (no schema_version).", _SNAPSHOT_HINT)
    version = raw.get("schema_version")
    if not isinstance(version, int):
        raise SnapshotError(f"{p}: schema_version must be a whole number, got {version!r}.")
    if version > SCHEMA_VERSION:
        raise SnapshotError(
            f"{p}: snapshot schema version {version} is newer than this selfaudit understands "
            f"(up to {SCHEMA_VERSION}).",
            "Upgrade selfaudit (pip install -U selfaudit) to read it.",
        )
    try:
        return Snapshot.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise SnapshotError(f"{p}: invalid snapshot at {where}: {first['msg']}.") from None
