"""Where selfaudit keeps local state. One folder, owner-only, removable with `selfaudit forget`.

``SELFAUDIT_HOME`` overrides the platform's user data folder (tests and portable use).
"""

from __future__ import annotations

import os
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
