"""report.html: one self-contained file (placeholder until the Jinja2 report lands)."""

from __future__ import annotations

import html
from pathlib import Path

from ..evaluate import Evaluation


def render_html(ev: Evaluation, media_root: Path | None = None) -> str:
    rows = "".join(f"<tr><td>{html.escape(r.entry.text)}</td><td>{r.status.value}</td></tr>" for r in ev.rows)
    return f"<!doctype html><meta charset=utf-8><title>selfaudit</title><table>{rows}</table>"
