"""Image-area fixtures: an isolated home, small test pictures drawn here, snapshot builders."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

DATA = Path(__file__).resolve().parent / "data"
LOGOS = Path(__file__).resolve().parents[2] / "src" / "selfaudit" / "data" / "logos"
HOPPER = DATA / "grace_hopper.jpg"


@pytest.fixture(autouse=True)
def _images_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("sa-home")
    monkeypatch.setenv("SELFAUDIT_HOME", str(home))
    monkeypatch.delenv("SELFAUDIT_POLICY", raising=False)
    return home


def scene(w: int = 900, h: int = 640) -> Image.Image:
    """A plain 'office' scene without faces or logos: wall, window, desk, a plant."""
    W, H = 900, 640
    img = Image.new("RGB", (W, H), (196, 190, 176))
    d = ImageDraw.Draw(img)
    d.rectangle([60, 60, 340, 300], fill=(150, 190, 225), outline=(90, 90, 90), width=8)
    d.line([200, 60, 200, 300], fill=(90, 90, 90), width=6)
    d.rectangle([0, 470, W, H], fill=(120, 84, 52))
    d.ellipse([700, 300, 820, 470], fill=(50, 120, 60))
    for i in range(0, W, 40):
        d.line([i, 470, i + 20, H], fill=(100, 70, 45), width=2)
    return img if (w, h) == (W, H) else img.resize((w, h), Image.Resampling.LANCZOS)


def logo_image(name: str = "chscb-standin") -> Image.Image:
    return Image.open(LOGOS / f"{name}.png").convert("RGB")


def paste_logo(img: Image.Image, width: int, at: tuple[int, int], name: str = "chscb-standin", angle: float = 0.0) -> list[int]:
    """Paste the logo (optionally rotated, on a white card) and return its true box [x,y,w,h]."""
    lg = logo_image(name)
    lg = lg.resize((width, round(width * lg.height / lg.width)), Image.Resampling.LANCZOS)
    if angle:
        lg = lg.convert("RGBA").rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
        img.paste(lg, at, lg)
    else:
        img.paste(lg, at)
    return [at[0], at[1], lg.width, lg.height]


def jpeg_bytes(img: Image.Image, quality: int = 85, **kw: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, **kw)
    return buf.getvalue()


def gps_exif(lat: float, lon: float) -> bytes:
    def dms(v: float) -> tuple[Fraction, Fraction, Fraction]:
        v = abs(v)
        d = int(v)
        m = int((v - d) * 60)
        s = round(((v - d) * 60 - m) * 60, 4)
        return (Fraction(d), Fraction(m), Fraction(s).limit_denominator(10000))

    ex = Image.Exif()
    ex[271] = "TestCam"
    ex[272] = "Model 1"
    ex[306] = "2026:11:20 09:15:00"
    ex[0x8825] = {1: "N" if lat >= 0 else "S", 2: dms(lat), 3: "E" if lon >= 0 else "W", 4: dms(lon)}
    return ex.tobytes()


def png_bomb() -> bytes:
    """A tiny PNG whose header claims 12000 x 10000 pixels (120 megapixels)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", 12000, 10000, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def bad_inputs() -> dict[str, bytes]:
    """Each awkward input the analyser must survive, keyed by a short name."""
    base = scene(320, 240)
    out: dict[str, bytes] = {}
    out["not-an-image"] = b"%PDF-1.4 this is not a picture\n" * 20
    full = jpeg_bytes(base)
    out["truncated"] = full[: len(full) // 2]
    out["bomb"] = png_bomb()
    buf = io.BytesIO()
    base.convert("CMYK").save(buf, "JPEG", quality=85)
    out["cmyk"] = buf.getvalue()
    buf = io.BytesIO()
    Image.new("I;16", (320, 240), 40000).save(buf, "PNG")
    out["16-bit"] = buf.getvalue()
    frames = [scene(200, 150), Image.new("RGB", (200, 150), (255, 0, 0)), Image.new("RGB", (200, 150), (0, 0, 255))]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    out["animated"] = buf.getvalue()
    buf = io.BytesIO()
    base.save(buf, "PNG", exif=b"MM\x00*\x00\x00\x00\x08" + b"\x00" * (2 * 1024 * 1024))
    out["huge-exif"] = buf.getvalue()
    return out


def save_media(folder: Path, data: bytes, ext: str) -> str:
    media = folder / "media"
    media.mkdir(parents=True, exist_ok=True)
    sha = hashlib.sha256(data).hexdigest()
    (media / f"{sha}.{ext}").write_bytes(data)
    return f"media/{sha}.{ext}"


@pytest.fixture
def make_snapshot(tmp_path: Path) -> Callable[..., Any]:
    """Build a one-account snapshot whose photos are the given (id, bytes, ext, media-kwargs)."""
    from selfaudit.snapshot import Account, AccountSnapshot, Media, Post, Provenance, Snapshot

    def build(photos: list[tuple[str, bytes, str, dict[str, Any]]], **acct_kw: Any) -> tuple[Snapshot, Path]:
        posts = []
        for pid, data, ext, kw in photos:
            path = save_media(tmp_path, data, ext)
            m = Media(id=pid, path=path, sha256=hashlib.sha256(data).hexdigest(), **kw)
            posts.append(Post(id=f"post-{pid}", text="", media=[m], audience=kw.get("audience")))
        acct = AccountSnapshot(account=Account(platform="facebook", handle="sam"), posts=posts, provenance=Provenance(source="fixture"), **acct_kw)
        return Snapshot(accounts=[acct]), tmp_path

    return build


def run_checks(snapshot: Any, folder: Path, config: Any = None) -> list[Any]:
    from selfaudit.analysis import build_analysis
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy

    analysis = build_analysis(folder, config)
    return evaluate(snapshot, load_policy(None), analysis).findings


def iou(a: list[int], b: list[int]) -> float:
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)


@pytest.fixture(scope="module")
def doc_logo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A registered document mark (blue lettering on paper): the printed-logo searches' test logo."""
    from selfaudit.analysis.logo_set import Logo
    from selfaudit.analysis.logos import DEFAULTS, prepare_logo

    from .test_logo_shapes import document_mark

    p = tmp_path_factory.mktemp("logos") / "our-docs.png"
    document_mark().save(p)
    return prepare_logo(Logo("our-docs", "our-docs", p, False), DEFAULTS)


def pose_at(lg: Any, box: list[int]) -> Any:
    """The similarity that puts logo ``lg`` on ``box`` ([x, y, w, h]), as a coarse candidate has it."""
    import numpy as np

    x, y, w, h = box
    return np.array([[w / lg.width, 0, x], [0, h / lg.height, y], [0, 0, 1]], np.float64)


def with_candidates(matcher: Any, cands: list[Any], monkeypatch: pytest.MonkeyPatch) -> Any:
    """``matcher`` (a ShapeMatcher) whose coarse search returns ``cands``: the tests choose where it looks first."""
    monkeypatch.setattr(matcher, "candidates", lambda *_a, **_k: cands)
    return matcher
