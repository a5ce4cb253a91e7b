"""Platform data-export archives → AccountSnapshots (X, Facebook, Instagram, LinkedIn, Mastodon, Bluesky).

``read_exports(paths, out_dir=...)`` takes zips, unpacked folders or a Bluesky CAR file,
recognises each platform from the archive's *structure* (file layout and JSON shapes, not
only English labels), reads it through :mod:`.safe` (streamed, bounded, never extracted)
and returns one AccountSnapshot per path with ``Provenance(source="export")``.

``progress`` is an optional callable taking one line of text.
"""

from __future__ import annotations

import copy
import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...errors import ExportFormatError, SelfauditError
from ...privacy import private_dir
from ...snapshot import AccountSnapshot
from . import bluesky, facebook, instagram, linkedin, mastodon, threads, tiktok, x
from .base import Context
from .safe import DEFAULT_LIMITS, Archive, Limits

READERS = (x, instagram, facebook, linkedin, mastodon, bluesky, tiktok, threads)
# Accounts of another platform carried inside an export (Threads in Instagram's, since 2023).
COMPANIONS: dict[Any, tuple[Any, ...]] = {instagram: (threads,)}

__all__ = ["READERS", "Limits", "detect_platform", "detect_platforms", "read_export", "read_exports"]


def detect_platforms(archive: Archive) -> list[Any]:
    """Every reader module whose structural markers this archive matches, best match first.

    One zip may hold several platforms' exports (a person re-zipping their downloads): each
    is read, none is dropped silently.
    """
    scored = []
    for i, reader in enumerate(READERS):
        try:
            score = reader.detect(archive)
        except Exception:  # a detector must never sink the run; treat as no match
            score = 0
        if score > 0:
            scored.append((-score, i, reader))
    return [r for _, _, r in sorted(scored, key=lambda t: t[:2])]


def detect_platform(archive: Archive) -> Any:
    """The reader module whose structural markers this archive matches best, or None."""
    found = detect_platforms(archive)
    return found[0] if found else None


def _check_out_dir(out_dir: Path) -> None:
    """``--out`` must be a folder (or not exist yet): say so before any export is read."""
    if out_dir.is_symlink() and not out_dir.is_dir():
        raise ExportFormatError(f"{out_dir}: --out is a broken symbolic link.", "Give a folder for the report; a new one is created if needed.")
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportFormatError(
            f"{out_dir}: --out names a file, not a folder; the report and media need a folder.",
            "Give a folder for the report (a new one is created if it does not exist).",
        )
    try:
        private_dir(out_dir)
    except OSError as exc:
        raise ExportFormatError(f"{out_dir}: the --out folder cannot be created ({exc.strerror}).", "Give a folder you can write to.") from None


# Write errors of the output folder (full disk, quota, read-only), as opposed to a broken export.
_OUT_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG}


def _unexpected(name: str, reader: Any, exc: Exception) -> ExportFormatError:
    return ExportFormatError(
        f"{name}: unexpected content in this {reader.PLATFORM} export ({type(exc).__name__}: {str(exc)[:160]}).",
        "The export's format may have changed: please report it; other exports can still be audited on their own.",
    )


def _read(archive: Archive, reader: Any, out_dir: Path, progress: Callable[[str], Any] | None) -> AccountSnapshot:
    name = " + ".join(p.name for p in archive.paths)
    if progress:
        progress(f"{name}: reading a {reader.PLATFORM} export")
    ctx = Context(archive, out_dir, progress)
    try:
        acct: AccountSnapshot = reader.read(ctx)
    except SelfauditError:
        raise
    except OSError as exc:
        if exc.errno in _OUT_FULL:  # the output disk, not the export: say where, and what to do
            raise ExportFormatError(
                f"{name}: could not write what was read to {out_dir} ({exc.strerror or exc}).",
                "Free some space there, or choose another --out folder; the export itself was not changed.",
            ) from None
        raise _unexpected(name, reader, exc) from None
    except Exception as exc:  # a shape the reader did not expect: name the file, no traceback
        raise _unexpected(name, reader, exc) from None
    if len(archive.paths) > 1:
        acct.provenance.notes.append(f"Read as one export from {len(archive.paths)} parts: " + ", ".join(p.name for p in archive.paths))
    if progress:
        n = len(acct.posts or ())
        progress(f"{name}: {n:,} posts, {ctx.media_count:,} media files, {len(archive.skipped)} items skipped")
    return acct


def _unknown(path: Path, archive: Archive | None = None) -> ExportFormatError:
    inner = [n for n in (archive.members if archive is not None else ()) if n.lower().endswith((".zip", ".tar", ".tar.gz", ".tgz"))]
    if inner:  # the export zipped again (or a folder of downloads): selfaudit does not open archives inside archives
        return ExportFormatError(
            f"{path}: not a data export itself, but it holds {len(inner)} archive(s): {', '.join(inner[:3])}"
            + (" …" if len(inner) > 3 else "") + ".",
            "Unzip it once and give the export inside (e.g. selfaudit audit --export FILE.zip).",
        )
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
    _check_out_dir(Path(out_dir))
    opened: list[tuple[Archive, Any]] = []
    others: dict[int, list[tuple[Archive, Any]]] = {}  # more platforms inside one archive, by its position
    try:
        for p in paths:
            archive = Archive(Path(p), limits)
            found = detect_platforms(archive)
            opened.append((archive, found[0] if found else None))
            for reader in found:
                _refuse_two_downloads(archive, reader)
            for reader in found[1:]:  # each read through its own index, so skip notes stay per platform
                others.setdefault(len(opened) - 1, []).append((Archive(Path(p), limits), reader))
        mains = [(a, r) for a, r in opened if r is not None and not _is_part(a, r)]
        parts = [(a, r) for a, r in opened if (a, r) not in mains]
        for archive, reader in parts:
            if reader is None:
                targets = [m for m in mains if m[1].PLATFORM in ("x", "facebook", "instagram")]
                if not (_media_only(archive) and len(targets) == 1):
                    raise _unknown(archive.path, archive)
            else:
                targets = [m for m in mains if m[1] is reader]
                if len(targets) != 1:
                    mains.append((archive, reader))  # no single home: read on its own
                    continue
            targets[0][0].add_part(archive.path)
        order = [x[0] for x in opened]
        jobs: list[tuple[Archive, Any]] = []
        for a, r in sorted(mains, key=lambda m: order.index(m[0])):
            jobs.append((a, r))
            # companions (Threads inside Instagram's) are read below, where damage to them is tolerated
            jobs += [(a2, r2) for a2, r2 in others.get(order.index(a), [])
                     if r2 not in COMPANIONS.get(r, ()) and r not in COMPANIONS.get(r2, ())]
        for i, extra in others.items():
            if opened[i] not in mains:  # the archive joined another as a part: its other platforms are still read
                jobs += extra
        accounts: list[AccountSnapshot] = []
        for a, r in jobs:
            main = _read(a, r, out_dir, progress)
            together = [x[1].PLATFORM for x in jobs if x[0].path == a.path and x[1] is not r]
            if together:
                main.provenance.notes.append(
                    f"{a.path.name} holds exports of several platforms; each was read: " + ", ".join([r.PLATFORM, *together])
                )
            accounts.append(main)
            for c in COMPANIONS.get(r, ()):
                if c.inside(a):
                    try:
                        accounts.append(_read(a, c, out_dir, progress))
                    except ExportFormatError as exc:  # a damaged companion never sinks the main account
                        main.provenance.notes.append(f"The {c.PLATFORM} part of this export could not be read: {exc.message}")
        return accounts
    finally:
        for a, _ in opened:
            a.close()
        for extra in others.values():
            for a, _ in extra:
                a.close()


_DATA_EXTS = (".json", ".js", ".csv")


def _view(archive: Archive, prefix: str) -> Archive:
    """The archive's members under one folder, for recognising what that folder holds (no reading)."""
    v = copy.copy(archive)
    v.members = {n: m for n, m in archive.members.items() if n.startswith(prefix)}
    v.skipped, v.notes, v._base_index = [], [], None
    return v


def _refuse_two_downloads(archive: Archive, reader: Any) -> None:
    """Two downloads of one account zipped together (e.g. a Downloads folder) are refused, naming them.

    Each top folder is recognised on its own as a whole export of the platform, and they hold
    the same data files: copies, not the parts of one export. Reading one of them — which,
    the older? — could judge today's account by an old copy (private then, public now).
    """
    tops: dict[str, set[str]] = {}
    for n in archive.members:
        if "/" in n and n.lower().endswith(_DATA_EXTS):
            top, rest = n.split("/", 1)
            tops.setdefault(top, set()).add(rest)
    if len(tops) < 2:
        return
    whole = []
    for t in sorted(tops):
        try:
            if reader.detect(_view(archive, t + "/")) > 0:
                whole.append(t)
        except Exception:  # a detector must never sink the run
            continue
    copies = [t for t in whole if any(tops[t] & tops[u] for u in whole if u != t)]
    if len(copies) >= 2:
        shown = ", ".join(copies[:4]) + (" …" if len(copies) > 4 else "")
        raise ExportFormatError(
            f"{archive.path}: holds {len(copies)} exports of {reader.PLATFORM} ({shown}) — downloads of the same account made "
            "at different times? selfaudit reads one export per account, so an old copy cannot stand for today's settings.",
            "Give the newest one on its own: its folder, or its zip (selfaudit audit --export PATH).",
        )


def _is_part(archive: Archive, reader: Any) -> bool:
    check = getattr(reader, "is_part", None)
    try:
        return bool(check(archive)) if check else False
    except Exception:
        return False
