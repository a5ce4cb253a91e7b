"""Owner-only writes. Everything selfaudit writes may describe a person's private life."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` (and the parents we create) as 0700.

    A folder that already exists keeps its mode: it may be the person's home or /tmp, which
    selfaudit must not change; the files written into it are 0600 whatever the folder.
    """
    p = Path(path)
    missing = []
    cur = p
    while not cur.exists():
        missing.append(cur)
        cur = cur.parent
    for d in reversed(missing):
        d.mkdir(mode=DIR_MODE)
        os.chmod(d, DIR_MODE)  # mkdir's mode is filtered by the umask
    return p


def copy_private(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> Path:
    """Copy a file so that the copy is 0600 from its first byte."""
    d = Path(dst)
    fd = os.open(d, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
        shutil.copyfileobj(inp, out)
    return d


def write_private(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` to ``path`` with mode 0600, atomically (temp file + rename)."""
    p = Path(path)
    private_dir(p.parent)
    if isinstance(data, str):
        data = data.encode("utf-8")
    tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, p)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return p
