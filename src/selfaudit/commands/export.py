"""Export archives as a source for ``selfaudit audit --export PATH``.

The ``audit`` command itself lives with the live area; it calls :func:`collect_exports`
for every ``--export`` given, so live and export sources land in one snapshot and report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from ..snapshot import AccountSnapshot
from ..sources import ExportSource

__all__ = ["collect_exports", "register"]


def collect_exports(paths: list[Path], out_dir: Path, progress: Callable[[str], Any] | None = None) -> list[AccountSnapshot]:
    """Read each export archive into an AccountSnapshot; media are written to ``out_dir/media``.

    Raises ExportFormatError / UnsafeArchiveError (SelfauditError, exit 2) naming the file
    that is not a recognised export or was refused; the caller turns that into ``fail``.
    """
    return ExportSource(list(paths)).collect(Path(out_dir), progress=progress)


def register(app: typer.Typer, check_app: typer.Typer) -> None:
    """No commands of its own: exports are read by ``selfaudit audit --export PATH``."""
    return None
