"""Deterministic persona photos, drawn with Pillow on first use and cached on disk.

Scenes are plain drawings (park, bar, office, ...). Extras are composited on top, as the
persona asks: the stand-in organisation logo on a poster or ID card at 10-30 % of the image
width, real public-domain faces (``faces/PROVENANCE.md``) at a "work event", and EXIF GPS
coordinates near the persona's workplace. The same inputs always give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import random
import threading
from functools import lru_cache
from pathlib import Path

from PIL import ExifTags, Image, ImageDraw, ImageFilter

from ..errors import SelfauditError
from ..privacy import private_dir, read_private, write_private
from .persona import Geo, ImageSpec, Persona

MEDIA_VERSION = "5"
HERE = Path(__file__).resolve().parent
FACES = (HERE / "faces" / "grace_hopper.jpg", HERE / "faces" / "astronaut.jpg")
# Face boxes (x, y, w, h) inside each source photo, as found by OpenCV's frontal-face cascade.
FACE_BOXES = ((155, 105, 222, 222), (82, 66, 94, 94))
LOGO = HERE.parent / "data" / "logos" / "chscb-standin.png"

_lock = threading.Lock()
_memory: dict[str, bytes] = {}


def cache_dir() -> Path:
    """Under the selfaudit data folder (owner-only, removed by `forget`), not a shared temp path."""
    from .. import paths

    return paths.replica_media_dir()


def _key(persona: Persona, spec: ImageSpec) -> str:
    h = hashlib.sha256()
    h.update(MEDIA_VERSION.encode())
    h.update(spec.model_dump_json().encode())
    h.update(persona.workplace.model_dump_json().encode())
    h.update((persona.home.model_dump_json() if persona.home else "").encode())
    return h.hexdigest()[:24]


def image_bytes(persona: Persona, image_id: str) -> bytes:
    """The JPEG bytes of one persona image (generated once, then cached)."""
    spec = persona.image(image_id)
    key = _key(persona, spec)
    with _lock:
        if key in _memory:
            return _memory[key]
    path = cache_dir() / f"{key}.jpg"
    data: bytes | None = None
    try:
        private_dir(cache_dir())  # ours, owner-only, not a link: only then is a cached photo trusted
        usable = True
    except (OSError, SelfauditError):
        usable = False  # refused (a link, or not ours): draw the photo, use no file
    if usable:
        try:
            data = read_private(path)  # never through a link planted in the cache
        except OSError:
            pass
    if not data:
        data = render(persona, spec)
        if usable:
            try:
                write_private(path, data)
            except (OSError, SelfauditError):
                pass  # a read-only folder only costs drawing again
    with _lock:
        _memory[key] = data
    return data


# --------------------------------------------------------------------------- drawing


def _sky(d: ImageDraw.ImageDraw, w: int, h: int, top: tuple[int, int, int], bottom: tuple[int, int, int], upto: int) -> None:
    for y in range(upto):
        t = y / max(1, upto - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)))


def _trees(d: ImageDraw.ImageDraw, rnd: random.Random, w: int, ground: int, n: int) -> None:
    for _ in range(n):
        x = rnd.randint(0, w)
        s = rnd.randint(25, 60)
        d.rectangle([x - s // 8, ground - s, x + s // 8, ground + 5], fill=(101, 67, 33))
        g = (rnd.randint(30, 70), rnd.randint(110, 160), rnd.randint(30, 70))
        d.ellipse([x - s, ground - 2 * s - s // 2, x + s, ground - s + s // 3], fill=g)


def _room(d: ImageDraw.ImageDraw, w: int, h: int, wall: tuple[int, int, int]) -> int:
    floor = int(h * 0.72)
    d.rectangle([0, 0, w, floor], fill=wall)
    d.rectangle([0, floor, w, h], fill=(120, 100, 80))
    for x in range(0, w, 48):
        d.line([(x, floor), (x - 30, h)], fill=(105, 88, 70), width=2)
    return floor


def _scene(spec: ImageSpec, rnd: random.Random) -> Image.Image:
    w, h = spec.width, spec.height
    img = Image.new("RGB", (w, h), (235, 235, 235))
    d = ImageDraw.Draw(img)
    s = spec.scene
    if s in ("park", "garden"):
        ground = int(h * 0.6)
        _sky(d, w, h, (120, 180, 235), (200, 225, 245), ground)
        d.rectangle([0, ground, w, h], fill=(80, 160, 70))
        d.ellipse([w * 0.75, h * 0.08, w * 0.75 + 50, h * 0.08 + 50], fill=(255, 230, 120))
        if s == "park":
            d.polygon([(w * 0.45, h), (w * 0.55, h), (w * 0.52, ground), (w * 0.49, ground)], fill=(200, 185, 150))
            _trees(d, rnd, w, ground, 7)
        else:
            for _ in range(40):
                x, y = rnd.randint(0, w), rnd.randint(ground + 10, h - 5)
                c = rnd.choice([(230, 60, 90), (250, 200, 40), (180, 90, 220), (255, 255, 255)])
                d.ellipse([x - 7, y - 7, x + 7, y + 7], fill=c)
                d.line([(x, y + 7), (x, y + 25)], fill=(40, 110, 40), width=2)
            _trees(d, rnd, w, ground, 3)
    elif s == "beach":
        sea = int(h * 0.5)
        _sky(d, w, h, (90, 160, 230), (190, 220, 250), sea)
        d.rectangle([0, sea, w, int(h * 0.7)], fill=(40, 120, 190))
        d.rectangle([0, int(h * 0.7), w, h], fill=(235, 215, 160))
        for _ in range(6):
            x = rnd.randint(0, w)
            d.arc([x - 30, sea + 10, x + 30, sea + 30], 200, 340, fill=(220, 240, 255), width=2)
    elif s == "city":
        ground = int(h * 0.8)
        _sky(d, w, h, (250, 170, 110), (120, 90, 160), ground)
        x = 0
        while x < w:
            bw, bh = rnd.randint(40, 90), rnd.randint(80, int(h * 0.7))
            grey = rnd.randint(40, 80)
            d.rectangle([x, ground - bh, x + bw, ground], fill=(grey, grey, grey + 20))
            for wy in range(ground - bh + 10, ground - 10, 18):
                for wx in range(x + 6, x + bw - 10, 14):
                    if rnd.random() < 0.5:
                        d.rectangle([wx, wy, wx + 6, wy + 8], fill=(250, 220, 120))
            x += bw + rnd.randint(2, 10)
        d.rectangle([0, ground, w, h], fill=(50, 50, 55))
    elif s == "drinks":
        d.rectangle([0, 0, w, h], fill=(35, 22, 30))
        for _ in range(12):  # bokeh lights
            x, y, r = rnd.randint(0, w), rnd.randint(0, h // 2), rnd.randint(8, 30)
            d.ellipse([x - r, y - r, x + r, y + r], fill=rnd.choice([(200, 120, 40), (180, 60, 120), (90, 80, 200)]))
        bar = int(h * 0.62)
        d.rectangle([0, bar, w, h], fill=(90, 55, 30))
        for i in range(7):
            x = 40 + i * (w - 80) // 7 + rnd.randint(-8, 8)
            gh = rnd.randint(70, 120)
            d.polygon([(x, bar - gh), (x + 50, bar - gh), (x + 42, bar), (x + 8, bar)], fill=(210, 220, 230))
            fill = rnd.choice([(230, 160, 30), (240, 190, 60), (150, 30, 40), (250, 240, 200)])
            d.polygon([(x + 4, bar - gh * 0.7), (x + 46, bar - gh * 0.7), (x + 42, bar - 2), (x + 8, bar - 2)], fill=fill)
        for _ in range(4):
            x = rnd.randint(20, w - 40)
            d.rectangle([x, bar - 170, x + 26, bar - 60], fill=(30, 110, 60))
            d.rectangle([x + 8, bar - 200, x + 18, bar - 170], fill=(30, 110, 60))
    elif s in ("office", "lanyard", "team"):
        floor = _room(d, w, h, (214, 222, 228) if s != "team" else (225, 215, 200))
        if s == "office":
            d.rectangle([w * 0.1, floor - 40, w * 0.9, floor - 25], fill=(150, 110, 70))
            d.rectangle([w * 0.35, floor - 150, w * 0.65, floor - 50], fill=(30, 30, 35))
            d.rectangle([w * 0.37, floor - 142, w * 0.63, floor - 58], fill=(70, 130, 190))
            d.rectangle([w * 0.48, floor - 50, w * 0.52, floor - 40], fill=(30, 30, 35))
            d.rectangle([w * 0.05, h * 0.1, w * 0.08, floor], fill=(200, 200, 200))
        elif s == "lanyard":
            d.rectangle([0, 0, w, h], fill=(60, 70, 90))
            d.polygon([(w * 0.3, 0), (w * 0.36, 0), (w * 0.52, h * 0.35), (w * 0.47, h * 0.37)], fill=(0, 120, 110))
            d.polygon([(w * 0.64, 0), (w * 0.7, 0), (w * 0.53, h * 0.37), (w * 0.48, h * 0.35)], fill=(0, 120, 110))
        else:  # team: a banner on the wall and a table
            d.rectangle([w * 0.05, h * 0.05, w * 0.95, h * 0.14], fill=(60, 90, 150))
            d.rectangle([0, floor - 10, w, floor + 30], fill=(150, 110, 70))
    elif s == "cake":
        d.rectangle([0, 0, w, h], fill=(250, 240, 230))
        d.ellipse([w * 0.15, h * 0.62, w * 0.85, h * 0.92], fill=(240, 240, 245))
        d.rectangle([w * 0.25, h * 0.4, w * 0.75, h * 0.75], fill=(180, 110, 70))
        d.ellipse([w * 0.25, h * 0.32, w * 0.75, h * 0.48], fill=(250, 230, 240))
        d.ellipse([w * 0.25, h * 0.67, w * 0.75, h * 0.83], fill=(180, 110, 70))
        for i in range(5):
            cx = w * 0.32 + i * w * 0.09
            d.rectangle([cx, h * 0.22, cx + 8, h * 0.38], fill=rnd.choice([(90, 160, 230), (240, 120, 160), (250, 210, 80)]))
            d.ellipse([cx - 2, h * 0.17, cx + 10, h * 0.23], fill=(255, 180, 40))
    elif s == "books":
        d.rectangle([0, 0, w, h], fill=(120, 85, 60))
        for shelf in range(3):
            y0 = int(h * 0.05 + shelf * h * 0.32)
            x = 10
            while x < w - 20:
                bw = rnd.randint(14, 34)
                c = (rnd.randint(40, 220), rnd.randint(40, 200), rnd.randint(40, 200))
                d.rectangle([x, y0 + rnd.randint(0, 30), x + bw, y0 + int(h * 0.27)], fill=c)
                x += bw + 2
            d.rectangle([0, y0 + int(h * 0.27), w, y0 + int(h * 0.3)], fill=(80, 55, 35))
    elif s == "banner":
        _sky(d, w, h, (40, 90, 150), (120, 180, 210), h)
        for i in range(5):
            y = int(h * (0.55 + 0.1 * i))
            d.polygon([(0, h), (0, y), (w * 0.3, y - 40 + i * 5), (w * 0.6, y - 10), (w, y - 50), (w, h)],
                      fill=(30 + i * 12, 80 + i * 15, 60 + i * 10))
    elif s == "avatar":
        d.rectangle([0, 0, w, h], fill=(225, 235, 225))
        for i in range(6):  # a simple plant: no face, no logo
            ang = -60 + i * 24
            cx, cy = w / 2, h * 0.6
            import math

            dx, dy = math.sin(math.radians(ang)) * w * 0.3, -math.cos(math.radians(ang)) * h * 0.35
            d.line([(cx, cy), (cx + dx, cy + dy)], fill=(40, 120, 60), width=6)
            d.ellipse([cx + dx - 22, cy + dy - 14, cx + dx + 22, cy + dy + 14], fill=(60, 160, 80))
        d.polygon([(w * 0.35, h * 0.6), (w * 0.65, h * 0.6), (w * 0.6, h * 0.92), (w * 0.4, h * 0.92)], fill=(190, 100, 60))
    return img


def _paste_logo(img: Image.Image, spec: ImageSpec, rnd: random.Random) -> None:
    w, h = img.size
    logo = Image.open(LOGO).convert("RGB")
    if spec.scene == "logo":
        lw = int(w * 0.9)
        logo = logo.resize((lw, int(logo.height * lw / logo.width)), Image.Resampling.LANCZOS)
        img.paste(logo, ((w - lw) // 2, (h - logo.height) // 2))
        return
    frac = 0.22 if spec.scene != "lanyard" else 0.28  # 10-30 % of the width
    lw = int(w * frac)
    logo = logo.resize((lw, int(logo.height * lw / logo.width)), Image.Resampling.LANCZOS)
    d = ImageDraw.Draw(img)
    if spec.scene == "lanyard":  # an ID card hanging from the strap
        cx, top = int(w * 0.5), int(h * 0.36)
        card = [cx - lw // 2 - 14, top, cx + lw // 2 + 14, top + logo.height + 110]
        d.rounded_rectangle(card, radius=10, fill=(250, 250, 250), outline=(200, 200, 200), width=2)
        img.paste(logo, (cx - lw // 2, top + 12))
        d.rectangle([card[0] + 14, top + logo.height + 28, card[2] - 14, top + logo.height + 40], fill=(120, 120, 130))
        d.rectangle([card[0] + 14, top + logo.height + 52, card[2] - 40, top + logo.height + 62], fill=(170, 170, 180))
    else:  # a poster on the wall
        x, y = int(w * 0.62), int(h * 0.12)
        d.rectangle([x - 10, y - 10, x + lw + 10, y + logo.height + 50], fill=(255, 255, 255), outline=(90, 90, 90), width=3)
        img.paste(logo, (x, y))
        d.rectangle([x, y + logo.height + 12, x + lw, y + logo.height + 20], fill=(60, 90, 150))
        d.rectangle([x, y + logo.height + 28, x + int(lw * 0.7), y + logo.height + 36], fill=(140, 140, 150))


@lru_cache(maxsize=4)
def _face(i: int) -> Image.Image:
    src = Image.open(FACES[i]).convert("RGB")
    x, y, fw, fh = FACE_BOXES[i]
    m = int(fw * 0.45)  # keep hair, chin and some shoulders: cascades need context
    box = (max(0, x - m), max(0, y - m), min(src.width, x + fw + m), min(src.height, y + fh + int(m * 1.6)))
    return src.crop(box)


def _paste_faces(img: Image.Image, n: int, scene: str, which: int = 0) -> None:
    w, h = img.size
    d = ImageDraw.Draw(img)
    if scene == "face":  # a portrait filling the frame
        f = _face(which)
        f = f.resize((w, int(f.height * w / f.width)), Image.Resampling.LANCZOS)
        img.paste(f, (0, max(0, (h - f.height) // 2)) if f.height <= h else (0, 0), None)
        if f.height > h:
            img.paste(f.crop((0, 0, w, h)), (0, 0))
        return
    slots = [int(w * 0.1), int(w * 0.42)] if n == 2 else [int(w * 0.36)]
    colours = [(40, 60, 110), (120, 40, 50)]
    for i in range(n):
        f = _face(i)
        fw = int(w * 0.28)
        f = f.resize((fw, int(f.height * fw / f.width)), Image.Resampling.LANCZOS)
        x, y = slots[i], int(h * 0.16)
        # shoulders first, then the head photo through a soft oval mask (a person, not a sticker)
        d.rounded_rectangle([x - 14, y + int(f.height * 0.9), x + fw + 14, h + 40], radius=60, fill=colours[i])
        mask = Image.new("L", f.size, 0)
        ImageDraw.Draw(mask).ellipse([int(fw * 0.04), 0, int(fw * 0.96), f.height], fill=255)
        mask = mask.filter(ImageFilter.GaussianBlur(6))
        img.paste(f, (x, y), mask)


def _gps_point(persona: Persona, spec: ImageSpec) -> Geo | None:
    if spec.gps is None:
        return None
    if spec.gps == "workplace":
        base = persona.workplace
    elif spec.gps == "home":
        base = persona.home or persona.workplace
    else:
        base = spec.gps
    rnd = random.Random(f"{spec.id}:{spec.seed}:gps")
    # within ~60 m of the point: "near the workplace", not the exact pin
    return Geo(lat=round(base.lat + rnd.uniform(-0.0004, 0.0004), 6), lon=round(base.lon + rnd.uniform(-0.0005, 0.0005), 6))


def _dms(value: float) -> tuple[float, float, float]:
    v = abs(value)
    deg = int(v)
    minutes_f = (v - deg) * 60
    minutes = int(minutes_f)
    seconds = round((minutes_f - minutes) * 60, 2)
    return (float(deg), float(minutes), seconds)


def _exif(persona: Persona, spec: ImageSpec) -> Image.Exif | None:
    point = _gps_point(persona, spec)
    if point is None and spec.taken_at is None:
        return None
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Apple"
    exif[ExifTags.Base.Model] = "iPhone 12"
    if spec.taken_at is not None:
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = spec.taken_at.strftime("%Y:%m:%d %H:%M:%S")
    if point is not None:
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps[ExifTags.GPS.GPSVersionID] = b"\x02\x02\x00\x00"
        gps[ExifTags.GPS.GPSLatitudeRef] = "N" if point.lat >= 0 else "S"
        gps[ExifTags.GPS.GPSLatitude] = _dms(point.lat)
        gps[ExifTags.GPS.GPSLongitudeRef] = "E" if point.lon >= 0 else "W"
        gps[ExifTags.GPS.GPSLongitude] = _dms(point.lon)
    return exif


def render(persona: Persona, spec: ImageSpec) -> bytes:
    """Draw one image; pure function of the persona's data."""
    rnd = random.Random(f"{persona.id}:{spec.id}:{spec.seed}")
    if spec.scene == "logo":
        img = Image.new("RGB", (spec.width, spec.height), (255, 255, 255))
    elif spec.scene == "face":
        img = Image.new("RGB", (spec.width, spec.height), (200, 200, 200))
    else:
        img = _scene(spec, rnd)
    if spec.scene in ("office", "park", "city", "books", "garden", "beach", "drinks", "cake"):
        img = img.filter(ImageFilter.SMOOTH)
    if spec.logo or spec.scene == "logo":
        _paste_logo(img, spec, rnd)
    if spec.faces or spec.scene == "face":
        _paste_faces(img, spec.faces or 1, spec.scene, spec.face)
    out = io.BytesIO()
    exif = _exif(persona, spec)
    kwargs = {"exif": exif} if exif is not None else {}
    img.save(out, "JPEG", quality=85, **kwargs)
    return out.getvalue()


def gps_of(data: bytes) -> tuple[float, float] | None:
    """Read EXIF GPS (decimal degrees) back from JPEG bytes, or None (used by tests and demo)."""
    with Image.open(io.BytesIO(data)) as im:
        gps = im.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    if not gps or ExifTags.GPS.GPSLatitude not in gps:
        return None

    def dec(v: tuple[float, float, float], ref: str | None) -> float:
        d, m, s = (float(x) for x in v)
        val = d + m / 60 + s / 3600
        return -val if ref in ("S", "W") else val

    return (dec(gps[ExifTags.GPS.GPSLatitude], gps.get(ExifTags.GPS.GPSLatitudeRef)),
            dec(gps[ExifTags.GPS.GPSLongitude], gps.get(ExifTags.GPS.GPSLongitudeRef)))
