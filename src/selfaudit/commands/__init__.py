"""Command modules. Each area registers its commands on the app in ``register(app, check_app)``.

Keeping each area's commands in its own module means the text, image, live and export work
never edit the same lines. Registration is explicit: a missing module is an import error, not
a command that silently disappears.
"""

from __future__ import annotations

import typer

from . import answers, doctor, export, images, live, state, text


def register_all(app: typer.Typer, check_app: typer.Typer) -> None:
    for area in (text, images, live, export, state, doctor, answers):
        area.register(app, check_app)
