"""Reading untrusted export archives safely: one place for every hostile case.
(Over 500 lines on purpose: every bound on a hostile archive in one reviewable file; parsing is in parse.py.)

An export is a zip, an unpacked folder or a single file (a Bluesky CAR). Nothing here ever
extracts an archive: readers ask for the members they need and get a *stream*; media are
streamed into ``out_dir/media/<sha256>.<ext>``, named by their content, so no member name
ever becomes a path on disk and nothing can be written outside the output folder.

Refused outright (a clear :class:`UnsafeArchiveError`, exit 2): a zip whose central
directory cannot be read (truncated or not a zip), more members than ``Limits.max_members``,
a declared total size over ``Limits.max_total_bytes``.

Skipped with a reason (the rest of the archive is still read): members whose names escape
the archive (``..``, absolute paths, drive letters), symbolic links and other non-regular
files, members over ``max_member_bytes`` or with a compression ratio over ``max_ratio``
(zip bombs), damaged members (CRC errors, truncated data), invalid JSON, images whose
header declares more than ``max_image_pixels`` pixels (decompression bombs) or that Pillow
cannot identify.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import tarfile
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from ...errors import ExportFormatError, UnsafeArchiveError
from ...privacy import private_dir
from .parse import (
    MemberError,
    _at_prefix,
    _check_nesting,
    _skip_js_assignment,
    decode_text,
    parse_js_assignment,
    parse_json_bytes,
    parse_json_text,
)
from .textio import csv_records, sniff_encoding
from .textio import utf8_stream as _utf8_stream


@dataclass(frozen=True)
class Limits:
    """Bounds on what an archive may make selfaudit read. Real exports stay far below them."""

    max_members: int = 250_000
    max_total_bytes: int = 64 * 2**30  # declared uncompressed total (real exports with video reach tens of GB)
    max_member_bytes: int = 4 * 2**30
    max_ratio: float = 250.0  # uncompressed/compressed, judged for members above ratio_floor
    ratio_floor: int = 1 * 2**20
    max_media_member_bytes: int = 256 * 2**20  # one photo (videos are never copied)
    max_media_total_bytes: int = 16 * 2**30  # all media copied out of one export: bounds the disk used
    max_parse_bytes: int = 128 * 2**20  # a whole JSON/JS/CSV/HTML file parsed in one go (big arrays are streamed)
    max_image_pixels: int = 89_478_485  # Pillow's own default decompression-bomb threshold
    max_depth: int = 32
    # Parsed HTML costs ~600 bytes of memory per tag (BeautifulSoup): 4 MiB of "<b>" took 850 MB.
    # A page with more tags than this is skipped with its reason; real export pages stay far below.
    max_html_tags: int = 400_000


DEFAULT_LIMITS = Limits()

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")
_SAFE_EXT = re.compile(r"^[a-z0-9]{1,5}$")
IMAGE_EXTS = {"jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff", "heic", "heif"}
VIDEO_EXTS = {"mp4", "mov", "m4v", "webm", "avi", "mkv", "3gp"}


@dataclass
class Member:
    name: str  # normalised posix path inside the archive
    size: int
    compressed: int | None = None
    _zinfo: zipfile.ZipInfo | None = None
    _path: Path | None = None
    _tinfo: tarfile.TarInfo | None = None
    _zip: zipfile.ZipFile | None = None
    _tar: tarfile.TarFile | None = None


@dataclass
class Skipped:
    item: str
    reason: str


@dataclass
class CopiedMedia:
    path: str | None  # "media/<sha>.<ext>" relative to out_dir
    sha256: str | None
    kind: str
    skipped: str | None = None


def normalise_name(raw: str) -> str | None:
    """A member name as a clean relative posix path, or None when it tries to escape."""
    name = raw.replace("\\", "/")
    if name.startswith("/") or _WINDOWS_DRIVE.match(name):
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts) or not parts:
        return None
    return "/".join(parts)


class _CountingReader(io.RawIOBase):
    """Wraps a member stream; refuses to deliver more than ``limit`` bytes."""

    def __init__(self, raw: IO[bytes], limit: int, name: str):
        self._raw = raw
        self._left = limit
        self._name = name

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        try:
            data = self._raw.read(min(len(b), max(self._left + 1, 1)))
        except (zipfile.BadZipFile, OSError, EOFError) as exc:  # zlib.error subclasses none; caught below
            raise MemberError(f"{self._name}: damaged or truncated ({exc})") from None
        except Exception as exc:  # zlib.error and friends
            raise MemberError(f"{self._name}: could not be decompressed ({type(exc).__name__}: {exc})") from None
        n = len(data)
        self._left -= n
        if self._left < 0:
            raise MemberError(f"{self._name}: larger than it declares or than the limit; skipped (possible zip bomb)")
        b[:n] = data
        return n

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


class Archive:
    """A zip, folder or single file, indexed once, read member by member."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS):
        self.path = Path(path)
        self.paths: list[Path] = []
        self.limits = limits
        self.skipped: list[Skipped] = []
        self.notes: list[str] = []
        self.media_bytes = 0  # copied out so far, against limits.max_media_total_bytes
        self.members: dict[str, Member] = {}
        self._handles: list[Any] = []
        self._base_index: dict[str, list[str]] | None = None
        self._twice: set[str] = set()  # names given twice with different contents: never read
        self._base_index_size = -1
        try:
            self.add_part(self.path)
        except BaseException:  # refused: release what was opened before the refusal
            self.close()
            raise

    def add_part(self, path: Path) -> None:
        """Index another part of the same export (large exports come as several zips).

        The path's kind and size come from ``lstat`` before anything is opened: a device
        (``/dev/zero``), a named pipe or a socket is refused here, because probing it as a
        zip would read forever or block forever.
        """
        path = Path(path)
        self.paths.append(path)
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            raise ExportFormatError(f"{path}: no such file or folder.", "Give the path of the downloaded export (.zip) or its unpacked folder.") from None
        except OSError as exc:
            raise ExportFormatError(f"{path}: cannot be read ({exc.strerror}).") from None
        if stat.S_ISLNK(st.st_mode):
            raise UnsafeArchiveError(f"{path}: is a symbolic link; give the real file or folder.")
        if stat.S_ISDIR(st.st_mode):
            self._index_folder(path)
            return
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeArchiveError(
                f"{path}: is {_kind_of(st.st_mode)}, not a file; refused without reading it.",
                "Give the downloaded export (.zip), its unpacked folder or a Bluesky .car file.",
            )
        try:
            fh = _open_regular(path)
        except OSError as exc:
            raise ExportFormatError(f"{path}: cannot be opened ({exc.strerror}).") from None
        if fh is None:
            raise UnsafeArchiveError(f"{path}: changed into something that is not a regular file while being opened; refused.")
        self._handles.append(fh)
        if zipfile.is_zipfile(fh):
            self._index_zip(path, fh)
        elif _is_tar(path):
            self._index_tar(path, fh)
        elif path.suffix.lower() == ".zip":
            raise UnsafeArchiveError(
                f"{path}: not a readable zip (truncated or damaged: its table of contents is missing).",
                "Download the export again; if it came in several parts, give each part.",
            )
        else:
            self._add(Member(path.name, st.st_size, None, None, path))

    def _add(self, m: Member) -> None:
        if m.name in self._twice:
            return
        first = self.members.get(m.name)
        if first is None:
            self.members[m.name] = m
        elif _same_content(first, m):
            self.skip(m.name, "appears twice in the export (the same contents); the first copy is used")
        else:
            # unzip tools show the later copy, selfaudit used to read the first: which is the
            # export's own cannot be told (a protect history edited after), so neither is used
            del self.members[m.name]
            self._twice.add(m.name)
            self.skip(m.name, "appears twice in the export with different contents; neither copy was read, "
                      "since which one is the export's own cannot be told")

    # -- indexing -----------------------------------------------------------------------

    def _index_zip(self, path: Path, fh: IO[bytes]) -> None:
        try:
            fh.seek(0)
            zf = zipfile.ZipFile(fh)
            infos = zf.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise UnsafeArchiveError(
                f"{path}: not a readable zip ({exc}).",
                "Download the export again; the file may be truncated.",
            ) from None
        if len(infos) > self.limits.max_members:
            zf.close()
            raise UnsafeArchiveError(
                f"{path}: has {len(infos):,} members, more than the limit of {self.limits.max_members:,}; refused (possible zip bomb)."
            )
        total = sum(i.file_size for i in infos)
        if total > self.limits.max_total_bytes:
            zf.close()
            raise UnsafeArchiveError(
                f"{path}: would unpack to {total / 2**30:.1f} GiB, more than the limit of "
                f"{self.limits.max_total_bytes / 2**30:.1f} GiB; refused (possible zip bomb)."
            )
        self._handles.append(zf)
        files = [i for i in infos if not i.is_dir()]
        encrypted = [i for i in files if i.flag_bits & 0x1]
        if files and len(encrypted) == len(files):
            raise ExportFormatError(
                f"{path}: is password-protected (every file in it is encrypted); selfaudit cannot read encrypted archives.",
                "Download the export again from the platform and give that zip as it is, or re-zip it without a password.",
            )
        for info in infos:
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                self.skip(normalise_name(info.filename) or info.filename, "encrypted (password-protected); cannot be read")
                continue
            name = normalise_name(info.filename)
            if name is None:
                self.skip(info.filename, "its path leaves the archive (absolute or '..'); never extracted")
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                self.skip(name, "a symbolic link; links are never followed")
                continue
            if mode and stat.S_IFMT(mode) not in (0, stat.S_IFREG):
                self.skip(name, "not a regular file")
                continue
            if name.count("/") >= self.limits.max_depth:
                self.skip(name, "nested too deeply")
                continue
            if info.file_size > self.limits.max_member_bytes:
                self.skip(name, f"{info.file_size / 2**20:.0f} MiB, over the per-file limit (possible zip bomb)")
                continue
            if (
                info.file_size > self.limits.ratio_floor
                and info.file_size > self.limits.max_ratio * max(info.compress_size, 1)
            ):
                self.skip(name, f"compression ratio {info.file_size / max(info.compress_size, 1):.0f}:1 is over the limit (possible zip bomb)")
                continue
            self._add(Member(name, info.file_size, info.compress_size, info, None, _zip=zf))

    def _index_tar(self, path: Path, fh: IO[bytes]) -> None:
        """A .tar/.tar.gz (older Mastodon archives). Links, devices and escaping names are skipped;
        a truncated tar keeps the members read before the damage."""
        try:
            fh.seek(0)
            tf = tarfile.open(fileobj=fh, mode="r:*")  # noqa: SIM115 - kept open in self._handles until close()
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise UnsafeArchiveError(f"{path}: not a readable tar archive ({exc}).", "Download the export again.") from None
        self._handles.append(tf)
        before = len(self.members)
        total = 0
        count = 0
        try:
            for info in tf:
                count += 1
                if count > self.limits.max_members:
                    raise UnsafeArchiveError(f"{path}: has more than {self.limits.max_members:,} members; refused (possible archive bomb).")
                total += max(info.size, 0)
                if total > self.limits.max_total_bytes:
                    raise UnsafeArchiveError(f"{path}: would unpack to more than {self.limits.max_total_bytes / 2**30:.1f} GiB; refused (possible archive bomb).")
                if info.isdir():
                    continue
                name = normalise_name(info.name)
                if name is None:
                    self.skip(info.name, "its path leaves the archive (absolute or '..'); never extracted")
                elif info.issym() or info.islnk():
                    self.skip(name, "a link; links are never followed")
                elif not info.isreg():
                    self.skip(name, "not a regular file")
                elif info.size > self.limits.max_member_bytes:
                    self.skip(name, f"{info.size / 2**20:.0f} MiB, over the per-file limit (possible archive bomb)")
                else:
                    self._add(Member(name, info.size, None, None, None, info, _tar=tf))
        except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
            self.notes.append(f"{path.name}: archive damaged or truncated after {len(self.members) - before} files ({exc}); those files are audited")
        if len(self.members) == before:
            raise UnsafeArchiveError(f"{path}: a damaged tar archive with no readable files.", "Download the export again.")

    def _index_folder(self, path: Path) -> None:
        root = path
        count = 0
        total = 0
        stack: list[tuple[Path, str, int]] = [(root, "", 0)]
        while stack:
            folder, prefix, depth = stack.pop()
            try:
                entries = list(os.scandir(folder))
            except OSError as exc:
                self.skip(prefix or ".", f"could not list the folder ({exc.strerror})")
                continue
            for e in entries:
                rel = f"{prefix}{e.name}"
                if e.is_symlink():
                    self.skip(rel, "a symbolic link; links are never followed")
                    continue
                if e.is_dir(follow_symlinks=False):
                    if depth + 1 >= self.limits.max_depth:
                        self.skip(rel, "nested too deeply")
                        continue
                    stack.append((Path(e.path), rel + "/", depth + 1))
                    continue
                if not e.is_file(follow_symlinks=False):
                    self.skip(rel, "not a regular file")
                    continue
                count += 1
                if count > self.limits.max_members:
                    raise UnsafeArchiveError(f"{path}: has more than {self.limits.max_members:,} files; refused.")
                size = e.stat(follow_symlinks=False).st_size
                total += size
                if size > self.limits.max_member_bytes:
                    self.skip(rel, f"{size / 2**20:.0f} MiB, over the per-file limit")
                    continue
                self._add(Member(rel, size, None, None, Path(e.path)))
        if total > self.limits.max_total_bytes:
            raise UnsafeArchiveError(f"{path}: holds {total / 2**30:.1f} GiB, more than the limit; refused.")

    # -- bookkeeping ---------------------------------------------------------------------

    def skip(self, item: str, reason: str) -> None:
        self.skipped.append(Skipped(item, reason))

    def skipped_reason(self, ref: str) -> str | None:
        """Why the member a reference points to was skipped, if it was."""
        name = normalise_name(ref.lstrip("/")) if ref else None
        if not name:
            return None
        for s in self.skipped:
            if s.item == name or s.item.endswith("/" + name):
                return s.reason
        return None

    def close(self) -> None:
        for h in self._handles:
            h.close()
        self._handles = []

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def location(self) -> str:
        return ", ".join(str(p) for p in self.paths)

    # -- finding members -----------------------------------------------------------------

    def names(self) -> list[str]:
        return list(self.members)

    def find(self, pattern: str) -> list[str]:
        """Members whose path matches ``pattern`` (a regex searched against the whole name), sorted."""
        rx = re.compile(pattern)
        return sorted(n for n in self.members if rx.search(n))

    def first(self, pattern: str) -> str | None:
        found = self.find(pattern)
        return found[0] if found else None

    def resolve(self, ref: str, base: str = "") -> str | None:
        """The member an export-internal reference (``uri``, ``path``, ``url``) points to.

        References are relative to the export's root, which may sit under a top folder in
        the zip; unsafe references (``..``, absolute) resolve to nothing.
        """
        if not ref or "://" in ref:
            return None
        # Export-internal references may start with "/" (Mastodon): they are looked up in
        # the member index only, never used as paths, so a leading slash is harmless here.
        name = normalise_name(ref.split("?", 1)[0].split("#", 1)[0].lstrip("/"))
        if name is None:
            return None
        if name in self.members:
            return name
        if base:
            joined = normalise_name(f"{base}/{name}")
            if joined and joined in self.members:
                return joined
        suffix = "/" + name
        hits = [n for n in self._by_basename().get(name.rsplit("/", 1)[-1], ()) if n.endswith(suffix)]
        return min(hits, key=len) if hits else None

    def _by_basename(self) -> dict[str, list[str]]:
        if self._base_index is None or self._base_index_size != len(self.members):
            idx: dict[str, list[str]] = {}
            for n in self.members:
                idx.setdefault(n.rsplit("/", 1)[-1], []).append(n)
            self._base_index, self._base_index_size = idx, len(self.members)
        return self._base_index

    # -- reading -------------------------------------------------------------------------

    def open(self, name: str, limit: int | None = None) -> IO[bytes]:
        """A bounded binary stream of one member."""
        m = self.members.get(name)
        if m is None:
            raise MemberError(f"{name}: not in the archive")
        cap = min(limit if limit is not None else self.limits.max_member_bytes, self.limits.max_member_bytes)
        if m.size > cap:
            raise MemberError(f"{name}: {m.size / 2**20:.0f} MiB is over the limit of {cap / 2**20:.0f} MiB for this kind of file")
        if m._tinfo is not None:
            assert m._tar is not None
            try:
                raw_t = m._tar.extractfile(m._tinfo)
            except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
                raise MemberError(f"{name}: cannot be read ({exc})") from None
            if raw_t is None:
                raise MemberError(f"{name}: not a regular file")
            return io.BufferedReader(_CountingReader(raw_t, max(m.size, 0), name), 1 << 16)
        if m._zinfo is not None:
            assert m._zip is not None
            try:
                raw: IO[bytes] = m._zip.open(m._zinfo)
            except (zipfile.BadZipFile, NotImplementedError, OSError, RuntimeError) as exc:
                raise MemberError(f"{name}: cannot be read ({exc})") from None
        else:
            assert m._path is not None
            try:
                opened = _open_regular(m._path)
            except OSError as exc:
                raise MemberError(f"{name}: cannot be opened ({exc.strerror})") from None
            if opened is None:
                raise MemberError(f"{name}: not a regular file")
            raw = opened
        return io.BufferedReader(_CountingReader(raw, max(m.size, 0) if m._zinfo is not None else cap, name), 1 << 16)

    def read_bytes(self, name: str, limit: int | None = None) -> bytes:
        with self.open(name, limit if limit is not None else self.limits.max_parse_bytes) as fh:
            return fh.read()

    def head(self, name: str, n: int = 512) -> bytes:
        """The first ``n`` bytes of a member (b"" when unreadable), for recognising formats."""
        try:
            with self.open(name) as fh:
                return fh.read(n)
        except MemberError as exc:
            if self.skipped_reason(name) is None:  # a damaged file is named, not taken for an absent one
                self.skip(name, exc.message)
            return b""

    def head_text(self, name: str, n: int = 512) -> str:
        """The first characters of a text member, whatever its Unicode encoding (for recognising formats)."""
        data = self.head(name, n)
        enc = sniff_encoding(data)
        return data.decode(enc or "utf-8", "replace").lstrip("\ufeff")

    def read_text(self, name: str) -> str:
        text = decode_text(self.read_bytes(name), name, self.notes)
        if name.lower().endswith((".html", ".htm")):
            tags = text.count("<")
            if tags > self.limits.max_html_tags:
                raise MemberError(
                    f"{name}: {tags:,} HTML tags, more than the {self.limits.max_html_tags:,} that can be parsed "
                    "within the memory limit; skipped"
                )
        return text

    def read_json(self, name: str) -> Any:
        """Parse a JSON member; strict JSON first, then JavaScript object-literal syntax."""
        data = self.read_bytes(name)
        return parse_json_bytes(data, name, self.notes)

    def read_js(self, name: str) -> Any:
        """An X archive ``window.YTD.<name>.partN = [...]`` file as Python data."""
        data = self.read_bytes(name)
        text = decode_text(data, name, self.notes)
        return parse_js_assignment(text, name)

    def iter_items(self, name: str, prefix: str = "item", *, js_assignment: bool = False) -> Iterator[Any]:
        """Stream the elements of a large JSON array (ijson), memory bounded.

        ``prefix`` is ijson's path ("item" for a top-level array, "orderedItems.item" …).
        A file that is not strict JSON (hand-edited JavaScript) is re-read whole with the
        lenient parser, within ``max_parse_bytes``, continuing after the elements already
        delivered.
        """
        import ijson

        delivered = 0
        try:
            # First a cheap pass over bare events (linear memory): ijson's prefixed parsing
            # costs memory quadratic in the nesting depth, so a 400 KB member nested 200,000
            # deep would exhaust the machine.
            with self.open(name) as fh:
                stream: IO[bytes] = _utf8_stream(fh, name, self.notes)
                stream = _skip_js_assignment(stream) if js_assignment else stream
                try:
                    _check_nesting(ijson.basic_parse(stream, use_float=True), name)
                except MemberError:
                    raise
                except Exception:  # invalid JSON: the streaming pass below keeps what it can
                    pass
            with self.open(name) as fh:
                stream = _utf8_stream(fh, name, None)
                stream = _skip_js_assignment(stream) if js_assignment else stream
                for item in ijson.items(stream, prefix, use_float=True):
                    delivered += 1
                    yield item
            return
        except MemberError:
            raise
        except Exception as exc:  # not strict JSON (or wrong encoding): lenient whole-file parse below
            strict_error = f"{type(exc).__name__}: {str(exc)[:120]}"
        m = self.members[name]
        if m.size > self.limits.max_parse_bytes:
            raise MemberError(
                f"{name}: invalid JSON after {delivered:,} entries ({strict_error}); too large "
                f"({m.size / 2**20:.0f} MiB) to re-read with the lenient parser"
            )
        data = self.read_bytes(name)
        text = decode_text(data, name, self.notes)
        value = parse_js_assignment(text, name) if js_assignment else parse_json_text(text, name)
        items = _at_prefix(value, prefix)
        for item in items[delivered:]:
            yield item

    def read_csv(self, name: str, **fmt: Any) -> list[list[str]]:
        """A CSV member's records; a broken record is skipped with its reason, never the file."""
        return csv_records(self.read_text(name), name, self.skipped, **fmt)

    # -- media ---------------------------------------------------------------------------

    def copy_media(self, name: str, out_dir: Path) -> CopiedMedia:
        """Stream one media member into ``out_dir/media/<sha256>.<ext>`` after safety checks."""
        ext = PurePosixPath(name).suffix.lower().lstrip(".")
        kind = "video" if ext in VIDEO_EXTS else "photo" if ext in IMAGE_EXTS else "other"
        if kind == "video":
            return CopiedMedia(None, None, kind, "video: not copied (selfaudit analyses photos only)")
        media_dir = private_dir(Path(out_dir) / "media")
        tmp = media_dir / f".part-{uuid.uuid4().hex}"
        h = hashlib.sha256()
        copied = 0
        try:
            with self.open(name) as src:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
                with os.fdopen(fd, "wb") as dst:
                    while True:
                        chunk = src.read(1 << 20)
                        if not chunk:
                            break
                        copied += len(chunk)
                        if copied > self.limits.max_media_member_bytes:
                            raise MemberError(f"{name}: over {self.limits.max_media_member_bytes // 2**20} MiB for one photo; skipped")
                        if self.media_bytes + copied > self.limits.max_media_total_bytes:
                            raise MemberError(
                                f"{name}: the export's media add up to more than "
                                f"{self.limits.max_media_total_bytes // 2**30} GiB; the rest are skipped (possible zip bomb)"
                            )
                        h.update(chunk)
                        dst.write(chunk)
            self.media_bytes += copied
            fmt_ext, problem = check_image(tmp, self.limits.max_image_pixels)
            if problem:
                tmp.unlink(missing_ok=True)
                return CopiedMedia(None, None, kind, problem)
            if fmt_ext:
                ext, kind = fmt_ext, "photo"
            if not _SAFE_EXT.match(ext or ""):
                ext = "bin"
            digest = h.hexdigest()
            final = media_dir / f"{digest}.{ext}"
            if os.path.lexists(final) and stat.S_ISREG(os.lstat(final).st_mode):  # a link planted there is replaced
                tmp.unlink()
            else:
                os.replace(tmp, final)
            return CopiedMedia(f"media/{final.name}", digest, kind)
        except MemberError as exc:
            tmp.unlink(missing_ok=True)
            return CopiedMedia(None, None, kind, exc.message)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def _same_content(a: Member, b: Member) -> bool:
    """Two copies of one name alike, by what the index says without reading them (zip: size
    and CRC; tar: size and modification time)."""
    if a.size != b.size:
        return False
    if a._zinfo is not None and b._zinfo is not None:
        return a._zinfo.CRC == b._zinfo.CRC
    if a._tinfo is not None and b._tinfo is not None:
        return a._tinfo.mtime == b._tinfo.mtime
    return False


def _kind_of(mode: int) -> str:
    if stat.S_ISCHR(mode):
        return "a character device (an endless stream, like /dev/zero)"
    if stat.S_ISBLK(mode):
        return "a block device (a disk)"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO: reading it may wait forever)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _open_regular(path: Path) -> IO[bytes] | None:
    """Open ``path`` for reading without following a link or blocking on a pipe; None if not a regular file."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return None
    except OSError:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def _is_tar(path: Path) -> bool:
    """Tar archives are recognised by name; an unreadable one then gets a clear error."""
    return path.name.lower().endswith((".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz"))


def check_image(path: Path, max_pixels: int) -> tuple[str | None, str | None]:
    """(extension from the real format, problem) — reads only the header, never decodes pixels."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            w, h = im.size
            fmt = (im.format or "").lower()
    except Image.DecompressionBombError as exc:
        return None, f"image refused: {exc} (decompression bomb)"
    except UnidentifiedImageError:
        return None, None  # not an image Pillow knows (e.g. HEIC): kept as is, judged later
    except Exception as exc:
        return None, f"image unreadable: {type(exc).__name__}: {exc}"
    if w * h > max_pixels:
        return None, f"image refused: {w}x{h} = {w * h:,} pixels is over the limit of {max_pixels:,} (decompression bomb)"
    ext = {"jpeg": "jpg", "mpo": "jpg", "tiff": "tif"}.get(fmt, fmt)
    return (ext or None), None


# -- small helpers shared by readers ------------------------------------------------------

@dataclass
class Collected:
    """What a platform reader hands back besides the snapshot pieces."""

    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
