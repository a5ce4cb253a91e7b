"""`selfaudit doctor`: which parts of a platform's locator data matched the person's own pages.

Built from what an audit collected (an AccountSnapshot and its provenance), never from a
second reading of the page, so the doctor and the audit cannot disagree about what was read.
Each locator entry is "matched" (it read something), "not matched" (with what was looked for)
or "empty" (the page itself says there is nothing there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .adapters.live.spec import PlatformSpec
from .snapshot import AccountSnapshot


@dataclass
class EntryState:
    part: str  # profile | settings | posts | photos | stranger_view
    entry: str  # the locator entry: 'profile.bio', 'settings.friends_list', 'posts'
    matched: bool
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"part": self.part, "entry": self.entry, "matched": self.matched, "detail": self.detail}


@dataclass
class PlatformDoctor:
    platform: str
    base_url: str
    entries: list[EntryState] = field(default_factory=list)
    not_audited: str | None = None

    @property
    def broken(self) -> list[EntryState]:
        return [e for e in self.entries if not e.matched]

    def summary(self) -> list[str]:
        """One line per part, in words: 'settings: 3 of 5 read'."""
        if self.not_audited:
            return [f"not checked: {self.not_audited}"]
        lines = []
        for part in ("profile", "settings", "posts", "photos", "stranger_view"):
            es = [e for e in self.entries if e.part == part]
            if not es:
                continue
            ok = sum(e.matched for e in es)
            words = part.replace("_", " ")
            if len(es) == 1:
                lines.append(f"{words}: {'read' if ok else 'NOT read'}" + (f" — {es[0].detail}" if es[0].detail else ""))
            else:
                lines.append(f"{words}: {ok} of {len(es)} read")
                lines += [f"    not matched: {e.entry} — {e.detail}" for e in es if not e.matched]
        return lines

    def next_step(self) -> str:
        if self.not_audited:
            return "Log in again (selfaudit login PLATFORM) and run selfaudit doctor again."
        if not self.broken:
            return "Everything selfaudit reads on this platform was found."
        return (f"{self.platform} may have changed its pages. Run `selfaudit capture {self.platform}` to save a redacted "
                "copy you can send to the maintainers; a fixed locator file goes in the folder `selfaudit locators path` shows.")

    def as_json(self) -> dict[str, Any]:
        return {"platform": self.platform, "base_url": self.base_url, "not_audited": self.not_audited,
                "all_matched": not self.broken and not self.not_audited,
                "entries": [e.as_json() for e in self.entries], "next_step": self.next_step()}


def diagnose(acct: AccountSnapshot, spec: PlatformSpec) -> PlatformDoctor:
    prov = acct.provenance
    doc = PlatformDoctor(acct.account.platform, prov.location or "", not_audited=prov.not_audited)
    if prov.not_audited:
        return doc

    def why(fact: str, default: str) -> str:
        return prov.missing_reason(fact) or default

    profile = acct.profile
    for key in spec.profile:
        value = getattr(profile, key, None) if profile is not None else None
        if value in (None, "", []):
            value = (profile.fields.get(key) if profile is not None else None) or None
        doc.entries.append(EntryState("profile", f"profile.{key}", bool(value),
                                      "" if value else why(f"profile.{key}", f"no {key.replace('_', ' ')} was read (it may be empty on your profile)")))
    for s in spec.settings:
        if s.kind in ("absent", "guided", "action"):  # not read by design (no value on any page): nothing to match
            continue
        got = acct.setting(s.key)
        detail = f"“{got.label}”: {got.option}" if got else why(f"settings.{s.key}", f"“{' / '.join(s.label)}” was not found")
        doc.entries.append(EntryState("settings", f"settings.{s.key}", got is not None, detail))
    for fact in ("posts", "photos"):
        if fact == "photos" and not spec.photos.page:
            continue  # the platform has no photos page: photos come with the posts
        items = getattr(acct, fact)
        empty = prov.empty_evidence(fact)
        if items:
            doc.entries.append(EntryState(fact, fact, True, f"{len(items)} read"))
        elif empty:
            doc.entries.append(EntryState(fact, fact, True, f"none, as the page says: {empty}"))
        else:
            doc.entries.append(EntryState(fact, fact, False, why(fact, f"the {fact[:-1]} list was not recognised")))
    view = acct.stranger_view
    if view is None:
        doc.entries.append(EntryState("stranger_view", "stranger", False, why("stranger_view", "the logged-out page was not read")))
    else:
        ok = view.recognised_as not in ("unrecognised", "unreachable", "not_profile")  # an article is no profile read
        doc.entries.append(EntryState("stranger_view", "stranger", ok, f"recognised as {view.recognised_as.replace('_', ' ')}"
                                      + (f" ({view.recognised_by})" if view.recognised_by else "")))
    return doc
