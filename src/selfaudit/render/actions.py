"""'Do these first': the few actions that close every failing finding, ordered by harm.

The data (tiers, which checks an action closes, click paths, settings pages) is in
checks/actions.yaml; this module only assigns findings to actions. Every `fail` finding's
fingerprint ends up in exactly one action; reviews join an action that already exists for
their check (so the action closes them too) but never create one on their own.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..evaluate import Evaluation
from ..findings import Finding, Status
from ..resources import checks_dir
from ..snapshot import PLATFORM_NAMES


@lru_cache(maxsize=1)
def action_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((checks_dir() / "actions.yaml").read_text(encoding="utf-8"))
    return data


def _closes(spec: dict[str, Any], f: Finding) -> bool:
    # ``authors: others`` / ``own``: an action about someone else's words ("hide the reply,
    # block the account") never claims what the account owner wrote, and the reverse (probe 29, F6).
    authors = spec.get("authors")
    if authors is not None and (authors == "others") != f.third_party:
        return False
    checks = spec["checks"]
    if isinstance(checks, dict):
        return f.check in checks.get(f.platform or "", [])
    return f.check in checks


def web_url(url: str | None) -> str | None:
    """An address from a snapshot, only if it is a web page: a hand-edited or hostile snapshot's
    ``javascript:``, ``file:`` or ``data:`` address never becomes a link in the report."""
    return url if url and url.strip().lower().startswith(("https://", "http://")) else None


def _link(kind: str, platform: str | None, base: str | None) -> str | None:
    url: str | None = action_data()["links"].get(platform or "", {}).get(kind)
    if url and "{base}" in url:
        url = url.replace("{base}", base) if base else None
    elif url and base and urlsplit(base).hostname in _LOCAL_HOSTS:
        # audited on a local replica (the demo, a workshop): the real platform's settings page
        # would open whoever is logged in on that browser — on a projector, the trainer's own account
        url = None
    return url


_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def _base(ev: Evaluation, platform: str | None) -> str | None:
    for a in ev.snapshot.accounts:
        url = web_url(a.account.url)
        if a.account.platform == platform and url:
            u = urlsplit(url)
            return f"{u.scheme}://{u.netloc}"
    return None


def _item_url(f: Finding, urls: dict[tuple[str | None, str], str]) -> str | None:
    if (f.platform, f.item) in urls:  # the post a photo is in, rather than the bare image file
        return urls[(f.platform, f.item)]
    if f.evidence and web_url(f.evidence.url):
        return f.evidence.url
    return urls.get((f.platform, f.item))


def _item_urls(ev: Evaluation) -> dict[tuple[str | None, str], str]:
    """Where each post (and photo) can be opened, by the finding item id."""
    out: dict[tuple[str | None, str], str] = {}
    for a in ev.snapshot.accounts:
        p = a.account.platform
        for post in a.posts or ():
            post_url = web_url(post.url)
            if post_url:
                out[(p, f"post:{post.id}")] = post_url
                for m in post.media:
                    out.setdefault((p, f"photo:{m.id}"), post_url)
        for m in a.photos or ():
            photo_url = web_url(m.url)
            if photo_url:
                out.setdefault((p, f"photo:{m.id}"), photo_url)
    return out


def _check_title(check: str, platforms: list[str | None], titles: dict[str, Any]) -> str:
    """A tier-4 action's title: what to do (actions.yaml ``check_titles``), in the platform's own
    words when the action is on one platform; the check's name only for a check the table lacks."""
    words = action_data().get("check_titles", {}).get(check)
    if isinstance(words, dict):
        words = (words.get(platforms[0] or "") if len(platforms) == 1 else None) or words.get("default")
    if words:
        return str(words)
    meta = titles.get(check)
    return f"Fix: {meta.title}" if meta is not None else f"fix-{check}"


def build_actions(ev: Evaluation, catalogue: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Actions in tier order; each has per-platform parts with their own steps and link."""
    data = action_data()
    specs = data["actions"]
    titles = ev.policy.catalogue.by_id if catalogue is None else catalogue
    urls = _item_urls(ev)
    fails = [f for f in ev.findings if f.status == Status.FAIL]
    reviews = [f for f in ev.findings if f.status == Status.REVIEW]
    # action id -> platform -> fingerprints
    chosen: dict[str, dict[str, list[Finding]]] = {}
    order: list[tuple[int, str]] = []

    def assign(f: Finding, create: bool) -> None:
        for spec in specs:
            if _closes(spec, f):
                aid = spec["id"]
                break
        else:
            aid = f"fix-{f.check}"
        if aid not in chosen:
            if not create:
                return
            chosen[aid] = {}
            tier = next((s["tier"] for s in specs if s["id"] == aid), 4)
            order.append((tier, aid))
        parts = chosen[aid]
        if f.platform not in parts and not create:
            return
        parts.setdefault(f.platform or "", []).append(f)

    for f in fails:
        assign(f, True)
    for f in reviews:
        # A review of your own words with advice of its own, not the check's (text: only the model raised it, so
        # re-read it and accept or remove it) keeps that advice on its card rather than joining an action the fails
        # made ("Delete your own posts ...": review38b).
        meta = titles.get(f.check)
        if not f.third_party and f.fix and meta is not None and f.fix != meta.fix_for(f.platform):
            continue
        assign(f, False)

    out = []
    spec_by_id = {s["id"]: s for s in specs}
    rank = {s["id"]: i for i, s in enumerate(specs)}
    for tier, aid in sorted(order, key=lambda t: (t[0], rank.get(t[1], len(rank)), -sum(len(v) for v in chosen[t[1]].values()))):
        spec = spec_by_id.get(aid)
        parts: list[dict[str, Any]] = []
        for platform, found in chosen[aid].items():
            check = found[0].check
            if spec is not None:
                steps = spec["steps"].get(platform) or spec["steps"]["default"]
                kind = spec.get("link", "privacy")
            else:
                meta = titles.get(check)
                steps = [meta.fix_for(platform)] if meta is not None else [found[0].fix or ""]
                kind = data["check_links"].get(check, "post" if found[0].item.startswith(("post:", "photo:")) else "privacy")
            items: list[dict[str, Any]] = []
            for f in found:
                items.append({"fingerprint": f.fingerprint, "item": f.item, "url": _item_url(f, urls) if kind == "post" else None,
                              "status": f.status.value})
            link = next((i["url"] for i in items if i["url"]), None) if kind == "post" else None
            parts.append({
                "platform": platform or None,
                "platform_name": PLATFORM_NAMES.get(platform, platform or "All accounts"),
                "steps": list(steps),
                "link": link or _link(kind, platform, _base(ev, platform)),
                "items": items,
            })
        if spec is not None:
            title = spec["title"]
        else:
            title = _check_title(aid.removeprefix("fix-"), [p["platform"] for p in parts], titles)
        fixes = [i["fingerprint"] for p in parts for i in p["items"]]
        out.append({
            "id": aid,
            "title": title,
            "tier": tier,
            "tier_words": data["tiers"].get(tier, ""),
            "platform": parts[0]["platform"] if len(parts) == 1 else None,
            "platforms": [p["platform"] for p in parts],
            "link": parts[0]["link"],
            "steps": [f"{p['platform_name']}: {s}" if len(parts) > 1 else s for p in parts for s in p["steps"]],
            "fixes": fixes,
            "parts": parts,
        })
    return out


def action_json(a: dict[str, Any]) -> dict[str, Any]:
    """The report.json shape: the contract's keys plus per-platform parts."""
    return {
        "id": a["id"], "title": a["title"], "tier": a["tier"], "platform": a["platform"],
        "platforms": a["platforms"], "link": a["link"], "steps": a["steps"], "fixes": a["fixes"],
        "parts": [{"platform": p["platform"], "link": p["link"], "steps": p["steps"],
                   "fixes": [i["fingerprint"] for i in p["items"]]} for p in a["parts"]],
    }
