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

from ...errors import ExportFormatError, SelfauditError
from ...privacy import private_dir
from ...snapshot import AccountSnapshot
from . import bluesky, facebook, instagram, linkedin, mastodon, threads, tiktok, x
from .base import Context
from .safe import DEFAULT_LIMITS, Archive, Limits

READERS = (x, instagram, facebook, linkedin, mastodon, bluesky, tiktok, threads)
# Accounts of another platform carried inside an export (Threads in Instagram's, since 2023).
COMPANIONS: dict[Any, tuple[Any, ...]] = {instagram: (threads,)}

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


def _read(archive: Archive, reader: Any, out_dir: Path, progress: Callable[[str], Any] | None) -> AccountSnapshot:
    name = " + ".join(p.name for p in archive.paths)
    if progress:
        progress(f"{name}: reading a {reader.PLATFORM} export")
    ctx = Context(archive, out_dir, progress)
    try:
        acct = reader.read(ctx)
    except SelfauditError:
        raise
    except Exception as exc:  # a shape the reader did not expect: name the file, no traceback
        raise ExportFormatError(
            f"{name}: unexpected content in this {reader.PLATFORM} export ({type(exc).__name__}: {str(exc)[:160]}).",
            "The export's format may have changed: please report it; other exports can still be audited on their own.",
        ) from None
    if len(archive.paths) > 1:
        acct.provenance.notes.append(f"Read as one export from {len(archive.paths)} parts: " + ", ".join(p.name for p in archive.paths))
    if progress:
        n = len(acct.posts or ())
        progress(f"{name}: {n:,} posts, {ctx.media_count:,} media files, {len(archive.skipped)} items skipped")
    return acct


def _unknown(path: Path) -> ExportFormatError:
    return ExportFormatError(
        f"{path}: not a recognised data export (X, Facebook, Instagram, Threads, TikTok, LinkedIn, Mastodon or Bluesky).",
        "Give the .zip you downloaded from the platform (or its unpacked folder, or a Bluesky .car file).",
    )


def _media_only(archive: Archive) -> bool:
    from .safe import IMAGE_EXTS, VIDEO_EXTS

    exts = IMAGE_EXTS | VIDEO_EXTS
    return bool(archive.members) and all(n.rsplit(".", 1)[-1].lower() in exts for n in archive.members)


def read_export(path: Path, *, out_dir: Path, progress: Callable[[str], Any] | None = None, limits: Limits = DEFAULT_LIMITS) -> AccountSnapshot:
    return read_exports([path], out_dir=out_dir, progress=progress, limits=limits)[0]


def read_exports(
    paths: list[Path], *, out_dir: Path, progress: Callable[[str], Any] | None = None, limits: Limits = DEFAULT_LIMITS
) -> list[AccountSnapshot]:
    """Read each export into an AccountSnapshot; media go to ``out_dir/media``.

    Large exports that come in several parts (X, Facebook, Instagram) are read as one: a
    part without the account's own profile file, or holding only media, joins the one full
    export of its platform given in the same run.

    Raises ExportFormatError (exit 2) naming the file that is not a recognised export, and
    UnsafeArchiveError for archives refused as a whole (truncated zip, zip bomb).
    """
    private_dir(out_dir)
    opened: list[tuple[Archive, Any]] = []
    try:
        for p in paths:
            archive = Archive(Path(p), limits)
            opened.append((archive, detect_platform(archive)))
        mains = [(a, r) for a, r in opened if r is not None and not _is_part(a, r)]
        parts = [(a, r) for a, r in opened if (a, r) not in mains]
        for archive, reader in parts:
            if reader is None:
                targets = [m for m in mains if m[1].PLATFORM in ("x", "facebook", "instagram")]
                if not (_media_only(archive) and len(targets) == 1):
                    raise _unknown(archive.path)
            else:
                targets = [m for m in mains if m[1] is reader]
                if len(targets) != 1:
                    mains.append((archive, reader))  # no single home: read on its own
                    continue
            targets[0][0].add_part(archive.path)
        out: list[AccountSnapshot] = []
        for a, r in sorted(mains, key=lambda m: [x[0] for x in opened].index(m[0])):
            main = _read(a, r, out_dir, progress)
            out.append(main)
            for c in COMPANIONS.get(r, ()):
                if c.inside(a):
                    try:
                        out.append(_read(a, c, out_dir, progress))
                    except ExportFormatError as exc:  # a damaged companion never sinks the main account
                        main.provenance.notes.append(f"The {c.PLATFORM} part of this export could not be read: {exc.message}")
        return out
    finally:
        for a, _ in opened:
            a.close()


def _is_part(archive: Archive, reader: Any) -> bool:
    check = getattr(reader, "is_part", None)
    try:
        return bool(check(archive)) if check else False
    except Exception:
        return False
