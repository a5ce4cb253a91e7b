"""`audit --public URL`: the stranger-view audit of a profile address, with no login at all.

A fresh browser context with no session opens the address; the allowlist is that address's
origin (plus the platform's own hosts for a real platform address). The snapshot's profile
and posts are what the stranger sees — or missing, with the reason — and its stranger view
is the inventory. Settings are never read (there is no login).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ... import __version__
from ...errors import SelfauditError
from ...snapshot import (
    Account,
    AccountSnapshot,
    Audience,
    EmptyEvidence,
    Missing,
    Post,
    Profile,
    Provenance,
    StrangerView,
)
from ..browser import Allowlist, Browser, is_loopback, origin
from .adapter import read_stranger_page, view_missing
from .authors import other_author
from .page import fold
from .spec import LIVE_PLATFORMS, load_spec

_LABEL = "visible to a logged-out stranger"


def platform_for_url(url: str) -> str | None:
    """The platform whose own hosts serve ``url`` (facebook.com, m.facebook.com, x.com, …), if any."""
    host = (urlsplit(url).hostname or "").lower()
    for p in LIVE_PLATFORMS:
        for h in load_spec(p).hosts:
            if host == h or host.endswith("." + h):
                return p
    return None


def check_public_url(url: str) -> str:
    s = urlsplit(url.strip())
    if s.scheme not in ("http", "https") or not s.hostname:
        raise SelfauditError(f"--public {url!r}: not a web address.", "Give the profile's full address, e.g. https://x.com/yourname")
    if s.scheme == "http" and not is_loopback(url):
        raise SelfauditError(f"--public {url!r}: only https addresses are opened (http only on this computer).")
    return url.strip()


def _handle(url: str) -> str:
    parts = [p for p in urlsplit(url).path.split("/") if p and p not in ("in", "pub")]
    return parts[-1] if parts else (urlsplit(url).hostname or "unknown")


def collect_public(url: str, platform: str, browser: Browser, out_dir: Path, *, max_posts: int = 20) -> AccountSnapshot:
    """One account snapshot of what a logged-out visitor of ``url`` sees."""
    spec = load_spec(platform)
    # loopback: that origin only; a real platform address: the platform's own hosts (its CDN too)
    allow = Allowlist.for_base_url(origin(url), spec.hosts)
    # the handle in the address: what binds the page's data (a "protected" flag) to this profile
    view, visible = read_stranger_page(browser, spec, url, allow, Path(out_dir), handle=_handle(url), max_posts=max_posts)
    return snapshot_from_view(url, platform, view, visible)


def snapshot_from_view(url: str, platform: str, view: StrangerView, visible: list[dict[str, Any]]) -> AccountSnapshot:
    """The account snapshot of a public audit, from the stranger view and the visible posts read."""
    spec = load_spec(platform)
    missing = [Missing(fact=f"stranger_view.{w}", reason=r) for w, r in view_missing(view)]
    missing.append(Missing(fact="settings", reason="a public audit reads no settings: it does not log in"))
    missing.append(Missing(fact="photos", reason="a public audit counts the photos a stranger sees, it does not open them"))
    missing.append(Missing(fact="posts.media", reason="a public audit reads the text of visible posts, not their photos"))
    missing.append(Missing(fact="posts.comments", reason="a public audit reads the posts a stranger sees, not the comments "
                                                        "under them: log in and run a full audit for what others wrote"))
    empty: list[EmptyEvidence] = []
    profile, posts, connections = _profile(view, missing), _posts(view, visible, missing, empty, spec.display, spec.stranger.post_others,
                                                    spec.posts.author, _handle(url), spec.stranger.post_reacted), None
    shown = {i.what: i for i in view.items if i.state == "shown"}
    handle = _handle(url)
    name = shown["name"].text if "name" in shown else None
    return AccountSnapshot(
        account=Account(platform=platform, handle=handle, url=url, display_name=name),
        profile=profile,
        settings=None,
        posts=posts,
        photos=None,
        connections=connections,
        stranger_view=view,
        provenance=Provenance(source="live", adapter=f"public.{platform}", location=url, tool_version=__version__,
                              missing=missing, empty=empty,
                              notes=[f"public audit: what a logged-out visitor of {url} sees ({view.recognised_as})"]),
    )


def _profile(view: StrangerView, missing: list[Missing]) -> Profile | None:
    if view.recognised_as not in ("profile", "closed_profile"):
        missing.append(Missing(fact="profile", reason=f"the logged-out page was not a profile ({view.recognised_as})"))
        return None
    shown = {i.what: i.text for i in view.items if i.state == "shown"}
    return Profile(name=shown.get("name"), bio=shown.get("headline"), headline=shown.get("headline"),
                   location=shown.get("location"), employer=shown.get("employer"),
                   links=[link.strip() for link in (shown.get("links") or "").split(",") if link.strip()],
                   fields={k: v for k, v in shown.items() if k in ("education", "birthday", "contact") and v})


def _posts(view: StrangerView, visible: list[dict[str, Any]], missing: list[Missing], empty: list[EmptyEvidence], display: str,
           others: list[str] | None = None, author_finds: list[dict[str, Any]] | None = None,
           handle: str | None = None, reacted: list[str] | None = None) -> list[Post] | None:
    item = next((i for i in view.items if i.what == "posts"), None)

    def said(rxs: list[str] | None, v: dict[str, Any]) -> bool:
        action = (v.get("action") or "").strip()
        return bool(action) and any(re.search(rx, action, re.IGNORECASE) for rx in rxs or ())

    if item is not None and item.state == "not-shown" and visible and all(said(reacted, v) for v in visible):
        # no post of the person's, only others' posts they reacted to (their activity): those are read below
        missing.append(Missing(fact="posts", reason=f"{display}: a logged-out stranger sees no post of the person's ({item.text})"))
    elif item is not None and item.state == "not-shown":
        # Hidden from strangers is not "none": the posts exist and were not read, so the post
        # checks are not-checked (the stranger-view check says what the wall proves).
        missing.append(Missing(fact="posts", reason=f"{display}: a logged-out stranger sees no posts ({item.text}); "
                               "log in (selfaudit login) to audit them"))
        return None
    if not visible:
        why = item.text if item is not None and item.text else "no post was recognised"
        missing.append(Missing(fact="posts", reason=f"{display}: no post read on the logged-out page ({why})"))
        return None
    out = []
    name = next((i.text for i in view.items if i.what == "name" and i.state == "shown" and i.text), None)
    owner = fold(name) if name else None
    for i, v in enumerate(visible):
        text = v.get("text") or ""
        pid = f"public-{i + 1}-" + hashlib.sha256(text.encode()).hexdigest()[:8]
        action = (v.get("action") or "").strip()
        if said(reacted, v):
            # someone else's post the person only liked or commented on ("Liked by Jo Bloggs", the page's own line):
            # their public activity, not a post of theirs — its audience is its author's to set, so it is not judged
            # as theirs (the stranger view counts it as activity); its words are still read, as its author's
            out.append(Post(id=pid, kind="reaction", text=text, third_party=True, audience=Audience.PUBLIC,
                            audience_label=f"{_LABEL} ({action})", url=view.url))
            continue
        if said(others, v):
            # a post of someone else's the person shared on their page (X's "Jo reposted"): its author's words
            # (still shown to anyone on the person's page: judged for audience as a share of theirs)
            out.append(Post(id=pid, kind="share", text=text, third_party=True, audience=Audience.PUBLIC,
                            audience_label=f"{_LABEL} ({action})", url=view.url))
            continue
        # who wrote it: the logged-in reader's rule (authors.py) — a friend's post on the timeline ("Kim Lee ▶ Jo
        # Bloggs") or a repost is its author's words, a third-party share still judged for audience (it is public
        # on the person's page); a name not told apart from the person's stays theirs, the name kept
        author, kind = other_author(author_finds or [], v.get("authors") or [], name, handle)
        if author and kind != "post":
            out.append(Post(id=pid, kind="share", text=text, author=author, third_party=True, audience=Audience.PUBLIC,
                            audience_label=f"{_LABEL} (shown as by {author})", url=view.url))
        else:
            out.append(Post(id=pid, text=text, author=author, audience=Audience.PUBLIC, audience_label=_LABEL, url=view.url))
        for j, sh in enumerate(v.get("shared") or []):  # a shared original: its author's words, not the person's
            author = (sh.get("author") or "").strip() or None
            out.append(Post(id=f"{pid}-s{j + 1}", kind="share", text=sh.get("text") or "", author=author,
                            third_party=not (author and fold(author) == owner), parent_id=pid, audience=Audience.PUBLIC, audience_label=_LABEL, url=view.url))
    read = sum(1 for p in out if not p.parent_id and p.kind != "reaction")  # shared originals and likes are not posts read
    if item is not None and item.count and item.count > read:
        missing.append(Missing(fact="posts.more", reason=f"{item.count - read} more visible post(s) not read"))
    # The first logged-out page is not the account: a stranger scrolls on to posts never read
    # here, so "nothing found" in these is no pass for the rest (a finding in them still counts).
    missing.append(Missing(fact="posts.text", reason=f"{display}: a public audit reads only the {read} post(s) on the "
                           "first logged-out page; a stranger can scroll to more. Log in and run a full audit for all of them"))
    return out
