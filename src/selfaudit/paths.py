"""Where selfaudit keeps local state. One folder, owner-only, removable with `selfaudit forget`.

``SELFAUDIT_HOME`` overrides the platform's user data folder (tests and portable use).
Everything selfaudit keeps between runs lives under :func:`home` — sessions, reports,
history, caches (the demo's drawn photos included), settings, logos and locator overrides —
so that removing that one folder forgets it all. Add new places here, under ``home()``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs


def home() -> Path:
    env = os.environ.get("SELFAUDIT_HOME")
    return Path(env) if env else Path(platformdirs.user_data_dir("selfaudit", appauthor=False))


def sessions_dir() -> Path:
    return home() / "sessions"


def logos_dir() -> Path:
    return home() / "logos"


def reports_dir() -> Path:
    return home() / "reports"


def config_file() -> Path:
    return home() / "config.yaml"


def cache_dir() -> Path:
    """Caches that can be rebuilt (image analysis results, the demo's drawn photos)."""
    return home() / "cache"


def replica_media_dir() -> Path:
    """The demo replicas' persona photos (``SELFAUDIT_REPLICA_CACHE`` overrides, for tests)."""
    env = os.environ.get("SELFAUDIT_REPLICA_CACHE")
    return Path(env) if env else cache_dir() / "replica-media"


def legacy_paths() -> list[Path]:
    """Places older versions wrote outside ``home()``; `forget` removes them too."""
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    return [Path(tempfile.gettempdir()) / f"selfaudit-replica-media-{uid}"]
