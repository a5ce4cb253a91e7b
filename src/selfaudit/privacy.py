"""Owner-only writes, as a password manager would do them.

Everything selfaudit writes may describe a person's private life, so every file is created
owner-only (0600) from its first byte, under a random name, exclusively (O_EXCL) and without
following a link (O_NOFOLLOW), then renamed into place. A link planted where selfaudit
writes is replaced by the rename, never followed. Folders selfaudit creates are 0700; a
folder it writes into that other people could write to is tightened, or refused when it is
not the person's own.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
from pathlib import Path
from typing import BinaryIO

from .errors import SelfauditError

FILE_MODE = 0o600
DIR_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC


class UnsafeLocationError(SelfauditError):
    """A folder or file selfaudit would write is a link, or not the person's own."""


def _mine(st: os.stat_result) -> bool:
    return not hasattr(os, "geteuid") or st.st_uid == os.geteuid()


def _selfaudit_home() -> Path | None:
    from . import paths

    try:
        return Path(os.path.abspath(paths.home()))
    except Exception:
        return None


def _check_dir(d: Path, *, owned: bool) -> None:
    """Refuse a linked or foreign folder; tighten one others could write to.

    ``owned``: selfaudit's own folder (its data folder and below, or one it created) — made
    exactly 0700. Any other folder it writes into (the person's ``--out``) keeps a mode that
    only lets others look (0755), but one others could write to is tightened to 0700, since
    they could swap or remove the report.
    """
    st = os.lstat(d)
    if stat.S_ISLNK(st.st_mode):
        raise UnsafeLocationError(
            f"{d} is a symbolic link; selfaudit does not write through links.",
            "Give the real folder (or remove the link and run again).",
        )
    if not stat.S_ISDIR(st.st_mode):
        raise UnsafeLocationError(f"{d} is not a folder.", "Choose another --out folder.")
    mode = stat.S_IMODE(st.st_mode)
    loose = mode & (0o077 if owned else 0o022)
    if not loose:
        return
    if not _mine(st):
        raise UnsafeLocationError(
            f"{d} can be changed by other users and is not yours, so selfaudit will not keep private files in it.",
            "Choose a folder of your own (for example one in your home folder).",
        )
    os.chmod(d, DIR_MODE)


def _check_parent(d: Path) -> None:
    """The existing folder a new one goes into: others may not be able to swap our folder out.

    /tmp is fine (the sticky bit stops others renaming what we create); a folder others can
    write to without it, and that is not the person's own, is refused.
    """
    st = os.stat(d)
    if st.st_mode & 0o022 and not st.st_mode & stat.S_ISVTX and not _mine(st):
        raise UnsafeLocationError(
            f"{d} can be changed by other users and is not yours, so selfaudit will not keep private files in it.",
            "Choose a folder of your own (for example one in your home folder).",
        )


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` (and the parents we create) as 0700; check the folders we write into.

    Folders that already exist above ``path`` and outside selfaudit's data folder (the
    person's home, /tmp) are left as they are; ``path`` itself, and any folder inside the
    selfaudit data folder, must not be a link, and may not be writable by others.
    """
    p = Path(os.path.abspath(path))
    missing: list[Path] = []
    cur = p
    while not os.path.lexists(cur):
        missing.append(cur)
        cur = cur.parent
    home = _selfaudit_home()
    # Existing folders inside the data folder are selfaudit's own: check each of them.
    existing = [cur] if cur == p else []
    if home is not None and (cur == home or home in cur.parents):
        existing = [c for c in [cur, *cur.parents] if c == home or home in c.parents]
    for d in existing:
        _check_dir(d, owned=home is not None and (d == home or home in d.parents))
    if cur != p and not existing:
        _check_parent(cur)
    for d in reversed(missing):
        try:
            os.mkdir(d, DIR_MODE)
        except FileExistsError:  # raced: someone made it (or a link) first
            _check_dir(d, owned=True)
            continue
        os.chmod(d, DIR_MODE)  # mkdir's mode is filtered by the umask
    return Path(path)


def _temp_beside(p: Path) -> tuple[Path, int]:
    """An exclusively created 0600 temp file next to ``p`` (a random name nobody can pre-plant)."""
    for _ in range(8):
        tmp = p.with_name(f".{p.name[:80]}.{secrets.token_hex(8)}.tmp")
        try:
            fd = os.open(tmp, _CREATE, FILE_MODE)
        except FileExistsError:
            continue
        try:
            os.fchmod(fd, FILE_MODE)
        except BaseException:
            os.close(fd)
            tmp.unlink(missing_ok=True)
            raise
        return tmp, fd
    raise FileExistsError(f"could not create a temporary file next to {p}")


def _place(tmp: Path, p: Path) -> None:
    """Rename the finished temp file into place; a link at ``p`` is replaced, never followed."""
    try:
        if stat.S_ISDIR(os.lstat(p).st_mode):
            raise IsADirectoryError(21, "Is a directory", str(p))
    except FileNotFoundError:
        pass
    os.replace(tmp, p)


def write_private(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` to ``path`` with mode 0600, atomically (exclusive temp file + rename)."""
    p = Path(path)
    private_dir(p.parent)
    if isinstance(data, str):
        data = data.encode("utf-8")
    tmp, fd = _temp_beside(p)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        _place(tmp, p)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.filename is None:  # a full disk says nothing of where: name the file for the message
            raise OSError(exc.errno, exc.strerror, str(p)) from None
        raise
    except BaseException:  # Ctrl-C included: no half-written file is left behind
        tmp.unlink(missing_ok=True)
        raise
    return p


def copy_private(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> Path:
    """Copy a file so that the copy is 0600 from its first byte and appears only when whole."""
    d = Path(dst)
    private_dir(d.parent)
    tmp, fd = _temp_beside(d)
    try:
        with os.fdopen(fd, "wb") as out, open_private(src) as inp:
            shutil.copyfileobj(inp, out)
        _place(tmp, d)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return d


def open_private(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a file selfaudit wrote, for reading, without following a link planted in its place."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _CLOEXEC)
    return os.fdopen(fd, "rb")


def read_private(path: str | os.PathLike[str]) -> bytes:
    with open_private(path) as fh:
        data: bytes = fh.read()
    return data


def remove_tree(path: str | os.PathLike[str]) -> None:
    """Delete a folder selfaudit owns; links inside are removed, never followed."""
    p = Path(path)
    st = os.lstat(p)
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
        p.unlink()
        return
    shutil.rmtree(p)
