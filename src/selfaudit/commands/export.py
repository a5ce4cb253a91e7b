"""Export archives as a source for ``selfaudit audit --export PATH``.

The ``audit`` command itself lives with the live area; it calls :func:`collect_exports`
for every ``--export`` given, so live and export sources land in one snapshot and report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..adapters.export import read_exports
from ..snapshot import AccountSnapshot

__all__ = ["collect_exports", "register"]


def collect_exports(paths: list[Path], out_dir: Path, progress: Callable[[str], Any] | None = None) -> list[AccountSnapshot]:
    """Read each export archive into an AccountSnapshot; media are written to ``out_dir/media``.

    Raises ExportFormatError / UnsafeArchiveError (SelfauditError, exit 2) naming the file
    that is not a recognised export or was refused; the caller turns that into ``fail``.
    """
    return read_exports([Path(p) for p in paths], out_dir=Path(out_dir), progress=progress)


def register(app: Any, check_app: Any) -> None:
    """No commands of its own: exports are read by ``selfaudit audit --export PATH``."""
    return None
