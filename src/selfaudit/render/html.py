"""report.html: one self-contained, private file.

Jinja2 with autoescape on and StrictUndefined (a template typo is an error, not an empty
cell). Inline CSS, no scripts, images as data URIs, and a Content-Security-Policy that
forbids every network load, so opening the report never tells anyone anything.
"""

from __future__ import annotations

import base64
import functools
import io
from collections import OrderedDict
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from PIL import Image, ImageDraw, ImageOps

from .. import __version__
from ..evaluate import EntryResult, Evaluation
from ..findings import STATUS_ORDER, Finding, Status
from ..resources import templates_dir

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
THUMB_MAX = 560
# Decoding is bounded here too: an evidence image is the person's own file, but it may be huge.
_MAX_PIXELS = 60_000_000

STATUS_WORDS = {
    "pass": "Pass",
    "fail": "Fail",
    "review": "Review",
    "manual": "Your answer",
    "not-checked": "Not checked",
    "error": "Error",
    "accepted": "Accepted",
}


@dataclass
class RowView:
    result: EntryResult
    primary: list[Finding] = field(default_factory=list)  # findings shown under this row
    elsewhere: int = 0  # findings counted here but shown under a more specific row


@functools.lru_cache(maxsize=1)  # compiled templates are kept: a stopped audit renders in time
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=select_autoescape(["html", "j2", "html.j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["status_word"] = lambda s: STATUS_WORDS.get(getattr(s, "value", s), str(s))
    env.filters["sv"] = lambda s: getattr(s, "value", s)
    return env


def thumbnail_data_uri(path: Path, box: list[int] | None = None, max_side: int = THUMB_MAX) -> str | None:
    """A JPEG thumbnail of ``path`` as a data URI, with ``box`` outlined; None if unreadable."""
    try:
        with Image.open(path) as im:
            if im.width * im.height > _MAX_PIXELS:
                return None
            # Boxes are in the original pixels; draft() shrinks JPEGs on decode, so note the
            # (EXIF-rotated) original size first.
            scale_from = ImageOps.exif_transpose(im).size if im.getexif().get(0x0112, 1) in (5, 6, 7, 8) else im.size
            im.draft("RGB", (max_side * 2, max_side * 2))
            img = ImageOps.exif_transpose(im).convert("RGB")
    except Exception:  # an unreadable evidence image must not break the report
        return None
    sx = img.width / scale_from[0] if scale_from[0] else 1.0
    sy = img.height / scale_from[1] if scale_from[1] else 1.0
    if box and len(box) == 4:
        x, y, w, h = box
        d = ImageDraw.Draw(img)
        lw = max(3, img.width // 150)
        d.rectangle([x * sx, y * sy, (x + w) * sx, (y + h) * sy], outline=(230, 0, 90), width=lw)
    img.thumbnail((max_side, max_side))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=82)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _primary_rows(ev: Evaluation) -> dict[str, str]:
    """Each check is shown under its most specific row (the row with fewest checks)."""
    out: dict[str, str] = {}
    for r in sorted(ev.policy.pack.rows, key=lambda r: len(r.checks)):
        for c in r.checks:
            out.setdefault(c, r.id)
    return out


def _sort_key(f: Finding) -> tuple[int, int, str]:
    sev = {"high": 0, "medium": 1, "low": 2, "info": 3}[f.severity.value]
    return (STATUS_ORDER.index(f.status), sev, f.platform or "")


def build_context(ev: Evaluation, media_root: Path | None) -> dict[str, Any]:
    primary = _primary_rows(ev)
    rows: "OrderedDict[str, RowView]" = OrderedDict((r.id, RowView(r)) for r in ev.rows)
    for f in ev.findings:
        home = primary.get(f.check)
        if home in rows:
            rows[home].primary.append(f)
    for rv in rows.values():
        rv.primary.sort(key=_sort_key)
        rv.elsewhere = sum(rv.result.counts.values()) - len(rv.primary)

    images: dict[str, str | None] = {}

    def image_for(f: Finding) -> str | None:
        ev_ = f.evidence
        if not ev_ or not ev_.image or media_root is None or "://" in ev_.image:
            return None
        key = f"{ev_.image}|{ev_.box}"
        if key not in images:
            p = (media_root / ev_.image).resolve()
            inside = media_root.resolve() in p.parents
            images[key] = thumbnail_data_uri(p, ev_.box) if inside and p.is_file() else None
        return images[key]

    stranger = []
    for a in ev.snapshot.accounts:
        sv = a.stranger_view
        if sv is None:
            continue
        shot = None
        if sv.screenshot and media_root is not None:
            p = (media_root / sv.screenshot).resolve()
            if media_root.resolve() in p.parents and p.is_file():
                shot = thumbnail_data_uri(p, max_side=900)
        stranger.append({"account": a.account, "view": sv, "screenshot": shot})

    needs = [f for f in ev.findings if f.status in (Status.FAIL, Status.REVIEW)]
    totals = {s.value: sum(1 for f in ev.findings if f.status == s) for s in Status}
    do_rows = [rv for rv in rows.values() if rv.result.entry.kind == "do"]  # type: ignore[attr-defined]
    dont_rows = [rv for rv in rows.values() if rv.result.entry.kind == "dont"]  # type: ignore[attr-defined]
    return {
        "csp": CSP,
        "version": __version__,
        "ev": ev,
        "policy": ev.policy.pack,
        "subject": ev.snapshot.subject,
        "accounts": ev.snapshot.accounts,
        "table": list(zip_longest(do_rows, dont_rows)),
        "rows": list(rows.values()),
        "clauses": ev.clauses,
        "results": ev.results,
        "needs_action": len(needs),
        "totals": totals,
        "image_for": image_for,
        "stranger": stranger,
        "generated_at": ev.generated_at.strftime("%d %B %Y, %H:%M UTC"),
    }


def render_html(ev: Evaluation, media_root: Path | None = None) -> str:
    env = _environment()
    css = (templates_dir() / "report.css").read_text(encoding="utf-8")
    return env.get_template("report.html.j2").render(css=css, **build_context(ev, media_root))
