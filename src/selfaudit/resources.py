"""Find the data that ships with selfaudit: policy packs (checks/) and report templates.

In a wheel they live in ``selfaudit/_data``; in a source checkout (editable install) at the
repository root.
"""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    for candidate in (_PKG / "_data" / name, _PKG.parents[1] / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"selfaudit data folder {name!r} is missing from this installation")


def checks_dir() -> Path:
    return data_path("checks")


def templates_dir() -> Path:
    return data_path("report_templates")
