"""The three account sources behind one seam (``seams.AccountSource``): live, export, public.

Each wraps its adapter's entry point without changing it; the audit can hold a list of
sources and collect from each in turn. Imports are deferred: the live sources pull in
Playwright, which ``check text`` and ``report`` never need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .adapters.browser import Browser
    from .seams import Progress
    from .snapshot import AccountSnapshot


@dataclass
class ExportSource:
    """The platforms' own data-download archives (zip, tar, CAR), read offline."""

    paths: list[Path]
    kind: str = "export"

    def collect(self, out_dir: Path, progress: Progress | None = None) -> list[AccountSnapshot]:
        from .adapters.export import read_exports

        return read_exports([Path(p) for p in self.paths], out_dir=Path(out_dir), progress=progress)


@dataclass
class LiveSource:
    """The person's own logged-in accounts, read through the guarded browser."""

    platforms: list[str]
    browser: Browser | str | None = None
    base_urls: dict[str, str] | None = None
    max_posts: int = 20
    max_photos: int = 20
    storage_states: dict[str, dict[str, Any]] | None = field(default=None, repr=False)  # logins: never printed
    kind: str = "live"

    def collect(self, out_dir: Path, progress: Progress | None = None) -> list[AccountSnapshot]:
        from .adapters.live import collect_live

        return collect_live(self.platforms, base_urls=self.base_urls, out_dir=out_dir, max_posts=self.max_posts,
                            max_photos=self.max_photos, browser=self.browser, progress=progress, storage_states=self.storage_states)


@dataclass
class PublicSource:
    """One profile address, seen as a logged-out stranger sees it."""

    url: str
    platform: str
    browser: Browser
    max_posts: int = 20
    kind: str = "public"

    def collect(self, out_dir: Path, progress: Progress | None = None) -> list[AccountSnapshot]:
        from .adapters.live.public import collect_public

        if progress is not None:
            progress(f"{self.platform}: looking at {self.url} as a logged-out stranger")
        return [collect_public(self.url, self.platform, self.browser, out_dir, max_posts=self.max_posts)]
