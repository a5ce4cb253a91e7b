"""Findings grouped the way a person fixes them: one card per item, repeated problems collapsed.

An item (a post, a photo, the profile, one setting) with several problems gets one card
listing them all. A problem that is the only one on many items ("7 posts are public")
becomes one card listing those items. Every finding lands on exactly one card.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..evaluate import Evaluation
from ..findings import Finding, Status
from ..snapshot import PLATFORM_NAMES, SETTING_KEYS
from .actions import action_data, web_url

SEVERITY_WORDS = {"high": "Serious", "medium": "Worth fixing", "low": "Minor", "info": "For information"}
STATUS_PLAIN = {
    "fail": "Goes against the policy",
    "review": "A possible issue for you to judge",
    "error": "The check failed to run",
    "accepted": "Accepted by you",
    "not-checked": "Not checked",
    "pass": "No problem found",
}
_SEV_RANK = {"high": 0, "medium": 1, "low": 2, "info": 3}
_STATUS_RANK = {"fail": 0, "review": 1, "error": 2, "accepted": 3}


@dataclass
class Entry:
    """One item on a card: what it is, where to open it, its excerpt and image."""

    platform: str | None
    item: str
    label: str
    url: str | None
    excerpt: str | None
    findings: list[Finding]


@dataclass
class Card:
    key: str
    title: str
    status: str  # worst status on the card
    severity: str
    platform: str | None
    entries: list[Entry] = field(default_factory=list)
    grouped: bool = False  # one check over many items
    action: dict[str, Any] | None = None  # the 'do these first' action that fixes it
    tier: int = 9
    # A card can hold problems one action does not fix (a public post that is also about drink): the other actions its
    # findings belong to, and the findings in no action, whose own advice the card shows after the first action.
    other_actions: list[dict[str, Any]] = field(default_factory=list)
    unacted: list[Finding] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for e in self.entries for f in e.findings]

    @property
    def anchor(self) -> str:
        return "card-" + self.key


def _item_kind(item: str) -> str:
    if item.startswith("post:"):
        return "post"
    if item.startswith("photo:"):
        return "photo"
    if item.startswith("settings."):
        return "setting"
    return item.split(":", 1)[0].split(".", 1)[0]


def _describe(ev: Evaluation) -> dict[tuple[str | None, str], tuple[str, str | None]]:
    """(platform, item) → (label in words, address)."""
    out: dict[tuple[str | None, str], tuple[str, str | None]] = {}
    for a in ev.snapshot.accounts:
        p = a.account.platform
        name = PLATFORM_NAMES.get(p, p)
        for post in a.posts or ():
            when = post.created_at.strftime("%d %b %Y") if post.created_at else "undated"
            what = {"comment": "comment", "wall_post": "post on your profile", "reply": "reply"}.get(post.kind, "post")
            out[(p, f"post:{post.id}")] = (f"{name} {what}, {when}", web_url(post.url))
            for m in post.media:
                out.setdefault((p, f"photo:{m.id}"), (f"{name} photo in a post of {when}", web_url(post.url)))
        for m in a.all_media():
            role = {"profile_photo": "profile photo", "cover_photo": "cover photo"}.get(m.role, "photo")
            out.setdefault((p, f"photo:{m.id}"), (f"{name} {role}", web_url(m.url)))
        for s in a.settings or ():
            out[(p, f"settings.{s.key}")] = (f"{name} setting: {s.label}", None)
        out[(p, "profile")] = (f"Your {name} profile", web_url(a.account.url))
        out[(p, "stranger_view")] = (f"Your {name} profile seen by a stranger", web_url(a.account.url))
    return out


def _fallback_label(platform: str | None, item: str) -> str:
    name = PLATFORM_NAMES.get(platform or "", platform or "")
    if item.startswith("settings."):
        key = item.split(".", 1)[1]
        return f"{name} setting: {SETTING_KEYS.get(key, key)}"
    kind = _item_kind(item)
    return f"{name} {kind}".strip()


def _excerpt(f: Finding, limit: int = 240) -> str | None:
    if not f.evidence or not f.evidence.text:
        return None
    t = f.evidence.text.strip()
    return t if len(t) <= limit else t[: limit - 1].rstrip() + "…"


def build_cards(ev: Evaluation, actions: list[dict[str, Any]], statuses: tuple[Status, ...], prefix: str = "c") -> list[Card]:
    """Cards for findings of ``statuses``, most harmful first."""
    labels = _describe(ev)
    by_fp = {fp: a for a in actions for fp in a["fixes"]}
    by_item: dict[tuple[str | None, str], list[Finding]] = {}
    for f in ev.findings:
        if f.status in statuses:
            by_item.setdefault((f.platform, f.item), []).append(f)

    def entry(key: tuple[str | None, str], found: list[Finding]) -> Entry:
        label, url = labels.get(key) or (_fallback_label(*key), None)
        if found[0].evidence and web_url(found[0].evidence.url):
            url = url or found[0].evidence.url
        ex = next((e for e in (_excerpt(f) for f in found) if e), None)
        return Entry(key[0], key[1], label, url, ex, found)

    # Singletons of one check (and status) on several items collapse into one card.
    singles: dict[tuple[str, str, str], list[tuple[str | None, str]]] = {}
    for key, found in by_item.items():
        if len(found) == 1:
            f = found[0]
            kind = _item_kind(key[1])
            singles.setdefault((f.check, f.status.value, str(f.third_party) + kind), []).append(key)
    cards: list[Card] = []
    used: set[tuple[str | None, str]] = set()
    for (check, status, _tp), keys in singles.items():
        if len(keys) < 2:
            continue
        fs = [by_item[k][0] for k in keys]
        platforms = {f.platform for f in fs}
        c = Card(key=f"{check}-{status}-{_tp}", title=_group_title(fs, ev), status=status,
                 severity=min((f.severity.value for f in fs), key=_SEV_RANK.__getitem__),
                 platform=fs[0].platform if len(platforms) == 1 else None, grouped=True)
        c.entries = [entry(k, by_item[k]) for k in keys]
        cards.append(c)
        used.update(keys)
    for key, found in by_item.items():
        if key in used:
            continue
        found = sorted(found, key=lambda f: (_STATUS_RANK.get(f.status.value, 9), _SEV_RANK[f.severity.value]))
        e = entry(key, found)
        title = found[0].title if len(found) == 1 else f"{e.label}: {len(found)} problems"
        cards.append(Card(key=found[0].fingerprint, title=title, status=found[0].status.value,
                          severity=min((f.severity.value for f in found), key=_SEV_RANK.__getitem__),
                          platform=key[0], entries=[e]))
    for c in cards:
        acts = [by_fp[f.fingerprint] for f in c.findings if f.fingerprint in by_fp]
        if acts:
            c.action = min(acts, key=lambda a: a["tier"])
            c.tier = c.action["tier"]
            others = {a["id"]: a for a in acts if a["id"] != c.action["id"]}
            c.other_actions = sorted(others.values(), key=lambda a: a["tier"])
            c.unacted = [f for f in c.findings if f.fingerprint not in by_fp]
    cards.sort(key=lambda c: (_STATUS_RANK.get(c.status, 9), c.tier, _SEV_RANK[c.severity], -len(c.entries)))
    for i, c in enumerate(cards, 1):
        c.key = f"{prefix}{i}"  # anchors stay free of internal ids
    return cards


def _group_title(fs: list[Finding], ev: Evaluation) -> str:
    n = len(fs)
    f = fs[0]
    kind = _item_kind(f.item)
    tpl = action_data().get("group_titles", {}).get(f.check)
    if tpl and not f.third_party and kind in ("post", "photo"):
        return str(tpl.format(n=n))
    noun = {"post": "posts", "photo": "photos", "setting": "settings", "profile": "profiles",
            "stranger_view": "profiles seen by strangers"}.get(kind, "items")
    if f.third_party:
        noun = "comments or posts by other people"
    meta = ev.policy.catalogue.by_id.get(f.check)
    title = meta.title if meta else f.title
    if kind not in ("post", "photo") and not f.third_party and len({x.platform for x in fs}) == n:
        return f"{title}: on {n} platforms"  # one setting or profile per platform
    return f"{n} {noun}: {title[0].lower() + title[1:]}"
