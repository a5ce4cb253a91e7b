"""Live audit: read the person's own accounts through a real browser, read-only.

``collect_live`` reuses ONE browser for every platform; each platform gets a logged-in
context (the saved session) and, for the stranger view, a fresh cookie-less one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ...errors import SelfauditError
from ...snapshot import AccountSnapshot
from ..browser import Browser
from .adapter import LiveAdapter
from .spec import LIVE_PLATFORMS, load_spec

__all__ = ["collect_live", "LIVE_PLATFORMS", "LiveAdapter", "load_spec"]


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
    Raises SessionExpiredError when a platform shows its login form instead of the account.
    """
    from ..sessions import SessionStore, normalise_base_url

    base_urls = dict(base_urls or {})
    states = dict(storage_states or {})
    store = SessionStore()
    for p in platforms:
        spec = load_spec(p)
        if p in states:
            base_urls.setdefault(p, spec.default_base_url)
            continue
        saved = store.find(p, base_urls.get(p))
        if saved is None:
            where = f" at {base_urls[p]}" if p in base_urls else ""
            raise NotLoggedInError(f"You are not logged in to {spec.display}{where} in selfaudit.", f"Run first: selfaudit login {p}" + (f" --base-url {base_urls[p]}" if p in base_urls else ""))
        states[p] = saved.storage_state
        base_urls[p] = saved.base_url
    own = not isinstance(browser, Browser)
    br = Browser(browser if isinstance(browser, str) else None) if own else browser  # type: ignore[assignment]
    out: list[AccountSnapshot] = []
    try:
        br.start()  # type: ignore[union-attr]
        for p in platforms:
            adapter = LiveAdapter(br, load_spec(p), normalise_base_url(base_urls[p]), storage_state=states[p],  # type: ignore[arg-type]
                                  out_dir=Path(out_dir), max_posts=max_posts, max_photos=max_photos, progress=progress)
            if adapters_out is not None:
                adapters_out.append(adapter)
            out.append(adapter.collect())
    finally:
        if own:
            br.close()  # type: ignore[union-attr]
    return out
