"""Live audit: read the person's own accounts through a real browser, read-only.

``collect_live`` reuses ONE browser for every platform; each platform gets a logged-in
context (the saved session) and, for the stranger view, a fresh cookie-less one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...errors import BrowserNotFoundError, SelfauditError
from ...snapshot import Account, AccountSnapshot, Missing, Provenance
from ..browser import Browser
from .adapter import LiveAdapter
from .spec import LIVE_PLATFORMS, load_spec

__all__ = ["LIVE_PLATFORMS", "LiveAdapter", "collect_live", "load_spec", "not_audited"]

_ALL_FACTS = ("profile", "settings", "posts", "photos", "connections", "stranger_view")


class NotLoggedInError(SelfauditError):
    pass


def collect_live(
    platforms: list[str],
    *,
    base_urls: dict[str, str] | None = None,
    out_dir: Path,
    max_posts: int = 20,
    max_photos: int = 20,
    browser: Browser | str | None = None,
    progress: Callable[[str], None] | None = None,
    storage_states: dict[str, dict[str, Any]] | None = None,
    adapters_out: list[LiveAdapter] | None = None,
) -> list[AccountSnapshot]:
    """Audit each platform in turn with one browser; return one AccountSnapshot per platform.

    ``storage_states`` (platform → Playwright storage state) overrides the saved sessions
    (the demo logs in itself); otherwise each platform needs a ``selfaudit login`` first.
    A platform that cannot be audited (not logged in, expired session, bot challenge, rate
    limit) becomes a "not audited" account with the reason and the audit carries on with the
    others; only a missing browser stops everything.
    """
    from ..sessions import SessionStore, normalise_base_url

    base_urls = dict(base_urls or {})
    states = dict(storage_states or {})
    store = SessionStore()
    skipped: dict[str, AccountSnapshot] = {}
    for p in platforms:
        spec = load_spec(p)
        if p in states:
            base_urls.setdefault(p, spec.default_base_url)
            continue
        saved = store.find(p, base_urls.get(p))
        if saved is None:
            where = f" at {base_urls[p]}" if p in base_urls else ""
            err = NotLoggedInError(f"You are not logged in to {spec.display}{where} in selfaudit.",
                                   f"Run first: selfaudit login {p}" + (f" --base-url {base_urls[p]}" if p in base_urls else ""))
            skipped[p] = not_audited(p, base_urls.get(p) or spec.default_base_url, err)
            continue
        states[p] = saved.storage_state
        base_urls[p] = saved.base_url
    out: list[AccountSnapshot] = []
    if all(p in skipped for p in platforms):
        return [skipped[p] for p in platforms]
    own = not isinstance(browser, Browser)
    br = Browser(browser if isinstance(browser, str) else None) if own else browser
    try:
        br.start()  # type: ignore[union-attr]
        for p in platforms:
            if p in skipped:
                out.append(skipped[p])
                continue
            adapter = LiveAdapter(br, load_spec(p), normalise_base_url(base_urls[p]), storage_state=states[p],  # type: ignore[arg-type]
                                  out_dir=Path(out_dir), max_posts=max_posts, max_photos=max_photos, progress=progress)
            if adapters_out is not None:
                adapters_out.append(adapter)
            try:
                out.append(adapter.collect())
            except BrowserNotFoundError:
                raise
            except SelfauditError as exc:  # expired session, challenge, rate limit: carry on with the others
                if progress:
                    progress(f"{load_spec(p).display}: not audited — {exc.message}")
                out.append(not_audited(p, base_urls[p], exc))
    finally:
        if own:
            br.close()  # type: ignore[union-attr]
    return out


def not_audited(platform: str, base_url: str | None, exc: SelfauditError) -> AccountSnapshot:
    """An account that could not be audited at all: every fact missing with the reason and what to do."""
    reason = exc.message + (f" {exc.hint}" if exc.hint else "")
    return AccountSnapshot(
        account=Account(platform=platform, handle="(not audited)", url=base_url),
        provenance=Provenance(
            source="live", adapter=f"live:{platform}", location=base_url, not_audited=reason,
            missing=[Missing(fact=f, reason=f"{platform} was not audited: {reason}") for f in _ALL_FACTS],
        ),
    )
