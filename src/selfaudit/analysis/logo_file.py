"""A logo file as picture bytes the decoder reads: PNG/JPEG/WebP as they are; SVG — the form
organisations publish their marks in — drawn on this machine by resvg.

resvg has no network code (an ``href`` to a web address is simply not drawn), so drawing an SVG
fetches nothing. It runs in a child process: a hostile SVG that makes the renderer abort (it
aborts on a failed allocation instead of raising) stops that child, not selfaudit, and the
person gets an error that says what to do. The drawing is fitted inside a square box, so an
SVG declaring a 1 × 100,000 canvas cannot ask for gigabytes.
"""

from __future__ import annotations

import gzip
import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from ..errors import ImageError

SVG_BOX = 1024  # px; logos are prepared at a few hundred px (logos.REF_SIDE), so this loses nothing
MAX_SVG_BYTES = 8 * 1024 * 1024  # a logo's SVG is kilobytes; a bigger one (or a zip bomb) is refused
RENDER_SECONDS = 30
ADVICE = "Give a PNG, JPEG or SVG file of the logo (the organisation's own artwork)."

_SVG_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]", re.S | re.I)

# The child: SVG text on stdin, PNG on stdout. Relative hrefs resolve in an empty folder, so
# nothing beside the logo file is drawn into it.
_CHILD = """
import sys, resvg_py
svg = sys.stdin.buffer.read().decode("utf-8", "replace")
try:
    png = resvg_py.svg_to_bytes(svg_string=svg, width=int(sys.argv[1]), height=int(sys.argv[1]), resources_dir=sys.argv[2])
except ValueError as exc:
    sys.stderr.write(str(exc)); sys.exit(3)
sys.stdout.buffer.write(bytes(png))
"""


def svg_text(data: bytes) -> bytes | None:
    """The SVG document in ``data`` (gzip-compressed .svgz unpacked), or None if it is not one."""
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(MAX_SVG_BYTES + 1)
        except (OSError, EOFError):
            return None
        if len(data) > MAX_SVG_BYTES:
            raise ImageError("an SVG logo larger than 8 MB unpacked; a logo's SVG is a few kilobytes", ADVICE)
    return data if _SVG_START.match(data[:4096]) else None


def render_svg(svg: bytes, box: int = SVG_BOX) -> bytes:
    """PNG bytes of the SVG drawn to fit a ``box`` × ``box`` square (transparent background)."""
    if len(svg) > MAX_SVG_BYTES:
        raise ImageError("an SVG logo larger than 8 MB; a logo's SVG is a few kilobytes", ADVICE)
    with tempfile.TemporaryDirectory(prefix="selfaudit-svg-") as empty:
        try:
            done = subprocess.run([sys.executable, "-c", _CHILD, str(box), empty], input=svg, capture_output=True, timeout=RENDER_SECONDS)
        except subprocess.TimeoutExpired:
            raise ImageError(f"the SVG took over {RENDER_SECONDS} s to draw", ADVICE) from None
    if done.returncode == 3:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["unreadable"]
        raise ImageError(f"an SVG selfaudit could not draw ({why[0]})", ADVICE)
    if done.returncode != 0 or not done.stdout.startswith(b"\x89PNG"):
        if b"No module named" in done.stderr:
            raise ImageError("SVG logos need the resvg-py package, which is not installed", "Run: bash setup.sh — or give a PNG or JPEG of the logo.")
        raise ImageError("an SVG the renderer could not draw (it stopped)", ADVICE)
    return done.stdout


def logo_bytes(path: Path) -> bytes:
    """The logo file's picture bytes (an SVG drawn first). OSError if the file cannot be read."""
    return logo_bytes_from(path.read_bytes())


def logo_bytes_from(data: bytes) -> bytes:
    svg = svg_text(data)
    return render_svg(svg) if svg is not None else data


def logo_rgba(data: bytes, max_side: int = 4096) -> np.ndarray | None:
    """The logo picture with its transparency (H x W x 4 uint8, at most ``max_side`` long), or
    None when it has none (or cannot be read this way: the caller's decode already said why)."""
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as im:
            if "A" not in im.getbands() and "transparency" not in im.info:
                return None
            pic: Image.Image = ImageOps.exif_transpose(im) or im
            if max(pic.size) > max_side:
                k = max_side / max(pic.size)
                pic = pic.resize((max(1, round(pic.width * k)), max(1, round(pic.height * k))), Image.Resampling.LANCZOS)
            rgba = np.asarray(pic.convert("RGBA"), dtype=np.uint8)
    except Exception:  # decode_image reads it (and reports a bad file); this is only an extra look
        return None
    a = rgba[..., 3]
    return rgba if int(a.min()) < 250 and int(a.max()) > 127 else None


def white_on_transparent(rgba: np.ndarray | None) -> float:
    """Share of a logo's visible pixels that are near-white with transparency around them: the
    parts (often the lettering) that vanish when the file is placed on white. 0 without alpha."""
    import cv2

    if rgba is None:
        return 0.0
    visible = rgba[..., 3] > 127
    if not visible.any() or visible.all():
        return 0.0
    white = (visible & (rgba[..., :3].min(axis=2) > 235)).astype(np.uint8)
    # Only white that touches the transparency vanishes on white: a white shape inside a
    # coloured one (a white plane on a blue disc) keeps its outline.
    n, labels = cv2.connectedComponents(white, connectivity=8)
    if n <= 1:
        return 0.0
    edge = cv2.dilate((~visible).astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    exposed = np.unique(labels[edge & (white > 0)])
    exposed = exposed[exposed > 0]
    return float(np.isin(labels, exposed).sum() / visible.sum())


def on_paper(rgba: np.ndarray, paper: float) -> np.ndarray:
    """The logo laid on plain paper of grey level ``paper`` (RGB uint8)."""
    a = rgba[..., 3:4].astype(np.float32) / 255.0
    out: np.ndarray = np.clip(rgba[..., :3].astype(np.float32) * a + paper * (1.0 - a), 0, 255).round().astype(np.uint8)
    return out
