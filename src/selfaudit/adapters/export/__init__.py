"""Platform data-export archives → AccountSnapshots (X, Facebook, Instagram, LinkedIn, Mastodon, Bluesky).

``read_exports(paths, out_dir=...)`` takes zips, unpacked folders or a Bluesky CAR file,
recognises each platform from the archive's *structure* (file layout and JSON shapes, not
only English labels), reads it through :mod:`.safe` (streamed, bounded, never extracted)
and returns one AccountSnapshot per path with ``Provenance(source="export")``.

``progress`` is an optional callable taking one line of text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ...errors import ExportFormatError
from ...privacy import private_dir
from ...snapshot import AccountSnapshot
from . import bluesky, facebook, instagram, linkedin, mastodon, x
from .base import Context
from .safe import DEFAULT_LIMITS, Archive, Limits

READERS = (x, instagram, facebook, linkedin, mastodon, bluesky)

__all__ = ["read_exports", "read_export", "detect_platform", "READERS", "Limits"]


def detect_platform(archive: Archive) -> Any:
    """The reader module whose structural markers this archive matches best, or None."""
    best, best_score = None, 0
    for reader in READERS:
        try:
            score = reader.detect(archive)
        except Exception:  # a detector must never sink the run; treat as no match
            score = 0
        if score > best_score:
            best, best_score = reader, score
    return best


def read_export(path: Path, *, out_dir: Path, progress: Callable[[str], Any] | None = None, limits: Limits = DEFAULT_LIMITS) -> AccountSnapshot:
    path = Path(path)
    with Archive(path, limits) as archive:
        reader = detect_platform(archive)
        if reader is None:
            raise ExportFormatError(
                f"{path}: not a recognised data export (X, Facebook, Instagram, LinkedIn, Mastodon or Bluesky).",
                "Give the .zip you downloaded from the platform (or its unpacked folder, or a Bluesky .car file).",
            )
        if progress:
            progress(f"{path.name}: reading a {reader.PLATFORM} export")
        ctx = Context(archive, out_dir, progress)
        acct = reader.read(ctx)
        if progress:
            n = len(acct.posts or ())
            progress(f"{path.name}: {n:,} posts, {ctx.media_count:,} media files, {len(archive.skipped)} items skipped")
        return acct


def read_exports(
    paths: list[Path], *, out_dir: Path, progress: Callable[[str], Any] | None = None, limits: Limits = DEFAULT_LIMITS
) -> list[AccountSnapshot]:
    """Read each export into an AccountSnapshot; media go to ``out_dir/media``.

    Raises ExportFormatError (exit 2) naming the file that is not a recognised export, and
    UnsafeArchiveError for archives refused as a whole (truncated zip, zip bomb).
    """
    private_dir(out_dir)
    return [read_export(Path(p), out_dir=out_dir, progress=progress, limits=limits) for p in paths]
