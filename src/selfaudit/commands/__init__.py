"""Command modules. Each area registers its commands on the app in ``register(app)``.

cli.py calls every module's ``register``; keeping each area's commands in its own module
means the text, image, live and export work never edit the same lines.
"""

from __future__ import annotations

import importlib
from typing import Any

# Areas whose modules exist in this version; each module defines register(app, check_app).
_AREAS = ("text", "images", "live", "export", "state", "doctor", "answers")


def register_all(app: Any, check_app: Any) -> None:
    for area in _AREAS:
        try:
            mod = importlib.import_module(f"{__name__}.{area}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{area}":
                raise
            continue
        mod.register(app, check_app)
