"""How much was read (coverage) and what a stranger learns (the stranger view in words)."""

from __future__ import annotations

import re
from typing import Any

from ..snapshot import PLATFORM_NAMES, SETTING_KEYS, STRANGER_ITEMS, AccountSnapshot, Snapshot

SOURCE_WORDS = {"live": "your logged-in pages, read in a browser", "export": "the data export you downloaded",
                "fixture": "a saved snapshot"}
# Missing facts and notes that say a --max-posts / --max-photos bound stopped the reading.
_BOUND_FACTS = ("posts.more", "photos.more", "posts.limit", "photos.limit", "posts.bound", "photos.bound")
_BOUND_NOTE = re.compile(r"--max-(posts|photos)|max_(posts|photos)|\bmax(imum)? (posts|photos)\b|bound (was )?hit|limit of \d+", re.I)


def _fact_words(fact: str) -> str:
    head, _, key = fact.partition(".")
    if head == "settings" and key:
        return SETTING_KEYS.get(key, key.replace("_", " "))
    if head == "stranger_view" and key:  # not "stranger view: birthday"
        return "What a stranger sees: " + STRANGER_ITEMS.get(key, key.replace("_", " "))
    words = {"posts": "Posts", "photos": "Photos", "profile": "Profile", "settings": "Settings",
             "connections": "Friends and followers", "stranger_view": "The view a stranger has",
             "posts.more": "More posts", "photos.more": "More photos", "posts.bound": "Older posts",
             "photos.bound": "More photos", "photos.page": "Photos page"}
    return words.get(fact, fact.replace("_", " ").replace(".", ": "))


def account_coverage(a: AccountSnapshot) -> dict[str, Any]:
    prov = a.provenance
    posts = a.posts
    photos = a.all_media() if (a.photos is not None or posts is not None) else None
    dates = sorted(p.created_at for p in posts or () if p.created_at)
    # Only a recorded bound counts: "posts.more" can also mean the page budget ran out.
    bound_facts = [m for m in prov.missing if m.fact in _BOUND_FACTS and _BOUND_NOTE.search(m.reason)]
    bound_notes = [n for n in prov.notes if _BOUND_NOTE.search(n)]
    return {
        "platform": a.account.platform,
        "source": prov.source,
        # A public audit is "live" too, but it read the logged-out page, not the person's own pages.
        "source_words": ("the page a logged-out stranger sees at that address, read in a browser"
                         if (prov.adapter or "").startswith("public.") else SOURCE_WORDS.get(prov.source, prov.source)),
        "collected_at": prov.collected_at.isoformat(),
        "posts_read": None if posts is None else len(posts),
        "photos_read": None if photos is None else len([m for m in photos if not m.skipped]),
        "photos_skipped": 0 if photos is None else len([m for m in photos if m.skipped]),
        "first_post": dates[0].date().isoformat() if dates else None,
        "last_post": dates[-1].date().isoformat() if dates else None,
        "not_read": [{"what": m.fact, "what_words": _fact_words(m.fact), "why": m.reason} for m in prov.missing],
        # True: the audit stopped at a --max-* bound; None: nothing recorded either way.
        "bound_hit": True if (bound_facts or bound_notes) else None,
        "bound_evidence": [m.reason for m in bound_facts] + bound_notes,
        # Exports: which settings this archive held, and which no archive of the platform holds.
        "settings": None if prov.coverage is None else {
            "exported_at": prov.coverage.exported_at.date().isoformat() if prov.coverage.exported_at else None,
            "from_archive": list(prov.coverage.from_archive),
            "not_in_this_export": list(prov.coverage.not_in_this_export),
            "no_archive_holds": list(prov.coverage.no_archive_holds),
            "from_archive_words": [_setting_words(k) for k in prov.coverage.from_archive],
            "no_archive_holds_words": [_setting_words(k) for k in prov.coverage.no_archive_holds],
            "not_in_this_export_words": [_setting_words(k) for k in prov.coverage.not_in_this_export],
        },
    }


def _setting_words(key: str) -> str:
    from ..snapshot import SETTING_KEYS

    return SETTING_KEYS.get(key, key.replace("_", " ")).lower()


def coverage(snapshot: Snapshot) -> dict[str, Any]:
    return _totals([account_coverage(a) for a in snapshot.accounts])


def platform_coverage(cov: dict[str, Any], platform: str) -> dict[str, Any]:
    """The counts of one platform's accounts: a "Facebook only" page says what *it* is based on."""
    return _totals([c for c in cov["accounts"] if c["platform"] == platform])


def _totals(accts: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "accounts": accts,
        "platforms": [c["platform"] for c in accts],
        "posts_read": sum(c["posts_read"] or 0 for c in accts),
        "photos_read": sum(c["photos_read"] or 0 for c in accts),
        "bound_hit": any(c["bound_hit"] for c in accts) or None,
    }


def not_checked_words(n: int) -> str:
    """The count of not-checked (or error) findings: each is one check on one account that
    selfaudit could not do — not a policy row, and not a part of a page (ux review 32)."""
    return f"{n} check{'s' if n != 1 else ''} could not be done"


def not_read_count(cov: dict[str, Any]) -> int:
    return sum(len(c["not_read"]) for c in cov["accounts"])


def not_read_words(cov: dict[str, Any]) -> str:
    """The count of "What was read" rows not read: parts of the pages or the export (a setting, a
    page, an item of the stranger view), which is not the number of checks that could not be done."""
    n = not_read_count(cov)
    sources = {c["source"] for c in cov["accounts"] if c["not_read"]}
    where = {frozenset({"export"}): "your exports"}.get(frozenset(sources), "your pages and exports" if "export" in sources else "your pages")
    return f"{n} part{'s' if n != 1 else ''} of {where} could not be read"


_NO_FIELD = re.compile(r"no such field", re.I)


def _phrase(item: Any) -> str:
    what, text, count = item.what, (item.text or "").strip(), item.count
    base: str = STRANGER_ITEMS.get(what, what.replace("_", " "))
    if what == "employer" and text:
        # The text is often "Job title at Employer": then "that you work as ...".
        return f"that you work {'as' if re.search(r' at ', text) else 'at'} {text}"
    if what == "education" and text:
        return f"that you studied at {text}"
    if what == "location" and text:
        return f"where you live ({text})"
    if what in ("posts", "photos", "connections") and count is not None:
        noun = {"posts": "post", "photos": "photo", "connections": "friend or follower"}[what]
        return f"{count} {noun}{'s' if count != 1 else ''}" if what != "connections" else f"your {count} friends or followers"
    if what == "activity" and count is not None:
        return f"{count} of your likes, comments or shares"
    if text and what in ("headline", "links", "contact", "birthday") and len(text) <= 80:
        return f"{base} ({text})"
    return base


def stranger_words(a: AccountSnapshot) -> dict[str, Any] | None:
    """The stranger view as sentences; None when no stranger view was collected."""
    sv = a.stranger_view
    if sv is None:
        return None
    name = PLATFORM_NAMES.get(a.account.platform, a.account.platform)
    order = list(STRANGER_ITEMS)
    items = sorted(sv.items, key=lambda i: order.index(i.what) if i.what in order else len(order))
    shown = [_phrase(i) for i in items if i.state == "shown"]
    # "Hidden" only where a recognised profile page was read: on any other page nothing was seen.
    # A field the platform's profiles do not have is not hidden: a bio or post can still say it.
    recognised = sv.recognised_as in ("profile", "closed_profile")
    no_field = [STRANGER_ITEMS.get(i.what, i.what) for i in items
                if i.state == "not-shown" and _NO_FIELD.search(i.text or "")]
    hidden = [STRANGER_ITEMS.get(i.what, i.what) for i in items
              if recognised and i.state == "not-shown" and not _NO_FIELD.search(i.text or "")]
    unsure = [STRANGER_ITEMS.get(i.what, i.what) for i in items if i.state == "not-recognised"]
    blocked = sv.recognised_as in ("unreachable", "bot_challenge", "rate_limit", "cookie_wall") or not sv.reachable
    counted = sv.posts_visible is not None or bool(sv.images)
    if blocked or sv.recognised_as == "not_profile" or (sv.recognised_as == "unrecognised" and not (not items and counted)):
        what = {"unrecognised": "not recognised as a profile", "not_profile": "not a profile page"}.get(
            sv.recognised_as, sv.recognised_as.replace("_", " "))
        lead = f"selfaudit could not tell what a stranger sees on {name}: the page was {what}."
        if shown:  # on a page that is not a profile, what matched may not be about you at all
            lead += " It did show what looked like " + ", ".join(shown) + ", which may not be about you."
    elif shown:
        lead = "A stranger can see: " + ", ".join(shown) + "." + (
            f" selfaudit could not tell about {', '.join(unsure)}." if unsure else "")
    elif items and unsure:
        lead = f"A stranger sees none of {', '.join(hidden) or 'the details selfaudit recognised'} on {name}; " \
               f"selfaudit could not tell about {', '.join(unsure)}."
    elif items:
        lead = f"A stranger sees none of the listed details on {name}."
    else:
        # Older snapshots have no inventory: say what was counted, and that the list is missing.
        bits = []
        if sv.posts_visible is not None:
            bits.append(f"{sv.posts_visible} post{'s' if sv.posts_visible != 1 else ''}")
        if sv.images:
            bits.append(f"{len(sv.images)} image{'s' if len(sv.images) != 1 else ''}")
        lead = ("A stranger can see at least " + " and ".join(bits) + ". " if bits else "") + \
            "This audit did not list which profile details (name, photo, employer, place) a stranger sees."
    return {
        "platform": a.account.platform,
        "platform_name": name,
        "lead": lead,
        "shown": shown,
        "hidden": hidden,
        "no_field": no_field,
        # Only personal details can still be written in a bio; activity and photos cannot.
        "no_field_in_bio": any(i.what in ("employer", "education", "location", "birthday", "contact") for i in items
                               if i.state == "not-shown" and _NO_FIELD.search(i.text or "")),
        "unsure": unsure,
        "recognised_as": sv.recognised_as,
    }


def stranger_json(a: AccountSnapshot, ev: Any = None) -> dict[str, Any] | None:
    """The stranger-view inventory of one account and the verdict it got (design/cli.md)."""
    sv = a.stranger_view
    if sv is None:
        return None
    words = stranger_words(a) or {}
    status = None
    if ev is not None:
        status = next((r.status.value for r in ev.results if r.check == "stranger_view_exposure"
                       and r.platform == a.account.platform and r.account == a.account.handle), None)
    return {
        "status": status,
        "url": sv.url,
        "recognised_as": sv.recognised_as,
        "recognised_by": sv.recognised_by,
        "items": [i.model_dump(exclude_none=True) for i in sv.items],
        "posts_visible": sv.posts_visible,
        "in_words": words.get("lead"),
    }
