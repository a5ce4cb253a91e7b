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
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...errors import ExportFormatError, SelfauditError
from ...privacy import private_dir
from ...snapshot import PLATFORM_NAMES, AccountSnapshot
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
        progress(f"{name}: reading the {PLATFORM_NAMES.get(reader.PLATFORM, reader.PLATFORM)} export")
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
            if found:
                _refuse_renamed_copies(archive)
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


def _view(archive: Archive, members: dict[str, Any]) -> Archive:
    """The archive's members under one folder, named from that folder (as if it were given on its
    own), for recognising what that folder holds (no reading)."""
    v = copy.copy(archive)
    v.members = members
    v.skipped, v.notes, v._base_index = [], [], None
    return v


def _folder_name(prefix: str) -> str:
    return prefix.rstrip("/") or "(the folder itself)"


def _refuse_two_downloads(archive: Archive, reader: Any) -> None:
    """Two downloads of one account together (e.g. a Downloads folder) are refused, naming them.

    Any two folders (at any depth, the given folder itself included: one export unpacked
    into another's folder) that are each recognised on their own as a whole export of the
    platform and hold the same data files at the same places are copies, not the parts of
    one export. Reading one of them — which, the older? — could judge today's account by an
    old copy (private then, public now).
    """
    rests: dict[str, set[str]] = {}  # folder -> its data files, named from that folder
    for n in archive.members:
        if n.lower().endswith(_DATA_EXTS):
            parts = n.split("/")
            for i in range(len(parts)):
                rests.setdefault("".join(p + "/" for p in parts[:i]), set()).add("/".join(parts[i:]))
    where: dict[str, list[str]] = {}
    for prefix, names in rests.items():
        for r in names:
            where.setdefault(r, []).append(prefix)
    shared = {p for ps in where.values() if len(ps) > 1 for p in ps}  # folders holding a file another one holds too
    if len(shared) < 2:
        return
    under: dict[str, dict[str, Any]] = {p: {} for p in shared}  # each such folder's members, in one pass
    for n, m in archive.members.items():
        parts = n.split("/")
        for i in range(len(parts)):
            prefix = "".join(p + "/" for p in parts[:i])
            if prefix in under:
                under[prefix]["/".join(parts[i:])] = m
    whole: set[str] = set()
    seen: dict[frozenset[str], bool] = {}  # e.g. a thousand message folders alike: recognised once
    for prefix in sorted(shared, key=lambda p: (p.count("/"), p)):
        key = frozenset(rests[prefix])
        if key in seen and not seen[key]:
            continue
        try:
            found = reader.detect(_view(archive, under[prefix])) > 0
        except Exception:  # a detector must never sink the run
            found = False
        seen[key] = seen.get(key, False) or found
        if found:
            whole.add(prefix)
    # two folders alike in at least two data files: copies (one shared file, as a profile file of an
    # older layout filed elsewhere, is one export's leftover, judged by its reader)
    pairs: dict[tuple[str, str], int] = {}
    for ps in where.values():
        alike = sorted(p for p in ps if p in whole)
        for i, p in enumerate(alike):
            for q in alike[i + 1:]:
                pairs[(p, q)] = pairs.get((p, q), 0) + 1
    copies = {p for pq, n in pairs.items() if n >= 2 for p in pq}
    # name the outermost copies ("a/" rather than also "a/data/"); the given folder itself stays named
    shown = sorted(p for p in copies if not any(q and q != p and p.startswith(q) for q in copies))
    if len(copies) >= 2:
        listed = ", ".join(_folder_name(p) for p in shown[:4]) + (" …" if len(shown) > 4 else "")
        raise ExportFormatError(
            f"{archive.path}: holds {max(len(shown), 2)} exports of {reader.PLATFORM} ({listed}) — downloads of the same account "
            "made at different times? selfaudit reads one export per account, so an old copy cannot stand for today's settings.",
            "Give the newest one on its own: its folder, or its zip (selfaudit audit --export PATH).",
        )


# "outbox (1).json" (browsers, Windows), "outbox copy.json" (macOS), "outbox - Copy.json" (Windows)
_RENAMED_COPY = re.compile(r"^(?P<stem>.+?)(?: ?\(\d{1,3}\)| copy(?: \d{1,3})?| - copy(?: \(\d{1,3}\))?)(?P<ext>\.(?:json|js|csv|html?))$",
                           re.IGNORECASE)


def _digest(archive: Archive, name: str) -> str:
    """The whole file's sha256, read in blocks: two copies of one size and one first 64 KB can still
    differ further on (a post added or edited near the end)."""
    h = hashlib.sha256()
    with archive.open(name) as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _refuse_renamed_copies(archive: Archive) -> None:
    """A second download unzipped into the first one's folder keeps both copies of each file, the
    new one renamed ("outbox (1).json"). Readers look for the usual names, so the renamed one —
    perhaps the newer — would be silently ignored: a copy that differs from its original anywhere is
    refused."""
    differing = []
    for n in archive.members:
        m = _RENAMED_COPY.match(n)
        original = m and m.group("stem") + m.group("ext")
        if not m or not original or original not in archive.members:
            continue
        a, b = archive.members[n], archive.members[original]
        if a.size != b.size or archive.head(n, 1 << 16) != archive.head(original, 1 << 16) or _digest(archive, n) != _digest(archive, original):
            differing.append((original, n))
    if differing:
        shown = "; ".join(f"{o} and {c}" for o, c in differing[:3]) + (" …" if len(differing) > 3 else "")
        raise ExportFormatError(
            f"{archive.path}: holds two different copies of the same export file ({shown}) — a second download unzipped "
            "into the first one's folder? selfaudit reads one export per account, so an old copy cannot stand for today's.",
            "Unzip the newest download into an empty folder and give that (or give its zip).",
        )


def _is_part(archive: Archive, reader: Any) -> bool:
    check = getattr(reader, "is_part", None)
    try:
        return bool(check(archive)) if check else False
    except Exception:
        return False
