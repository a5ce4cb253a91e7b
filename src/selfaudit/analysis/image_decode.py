"""Decode an image once, safely, into the pixels every detector shares.

Refuses what is dangerous or unreadable with an ImageError whose message is the reason shown
to the person (not an image, truncated, too many pixels, oversized metadata); converts what is
merely unusual (CMYK, 16-bit, palette, transparency) to 8-bit RGB; applies the EXIF
orientation; and for large JPEGs lets libjpeg decode at a reduced size (``draft``), which is
several times faster than decoding the full picture and then shrinking it.
"""

from __future__ import annotations

import io
import math
import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from ..errors import ImageError

DEFAULT_MAX_PIXELS = 50_000_000
DEFAULT_MAX_SIDE = 1600
DEFAULT_MAX_EXIF = 256 * 1024
DEFAULT_MAX_BYTES = 60 * 1024 * 1024

_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769


@dataclass
class Metadata:
    """What the file says about where, when and with what it was taken."""

    gps: tuple[float, float] | None = None
    taken_at: str | None = None
    device: str | None = None
    error: str | None = None  # why the metadata could not be read (the pixels may still be fine)
    gps_error: str | None = None  # the file has GPS tags, but they cannot be a place on Earth
    place: dict[str, str] | None = None  # the place named in words (XMP/IPTC City, Location…)


@dataclass
class Decoded:
    rgb: np.ndarray  # H x W x 3 uint8, at most max_side on the long side
    width: int  # the picture's own size (after orientation), in pixels
    height: int
    scale: float  # analysed pixels per original pixel (<= 1)
    metadata: Metadata
    frames: int = 1
    notes: list[str] = field(default_factory=list)

    def gray(self) -> np.ndarray:
        import cv2

        return cv2.cvtColor(self.rgb, cv2.COLOR_RGB2GRAY)

    def pil(self) -> Image.Image:
        return Image.fromarray(self.rgb)


def _ratio(v: Any) -> float:
    try:
        return float(v)
    except (TypeError, ValueError, ZeroDivisionError):
        num, den = v
        return float(num) / float(den)


def _dms(values: Any, ref: Any) -> float:
    d, m, s = (_ratio(x) for x in values)
    deg = d + m / 60.0 + s / 3600.0
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "ignore")
    if str(ref).strip().upper() in ("S", "W"):
        deg = -deg
    return deg


def _gps(gps: Any) -> tuple[tuple[float, float] | None, str | None]:
    """(lat, lon), or the reason the GPS tags cannot be trusted: a broken or impossible
    location must read as "could not tell", never as "no location"."""
    if 2 not in gps or 4 not in gps:
        return None, "the photo's GPS tags are incomplete (latitude or longitude missing), so its location cannot be read"
    try:
        lat = _dms(gps[2], gps.get(1, "N"))
        lon = _dms(gps[4], gps.get(3, "E"))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None, "the photo's GPS tags are damaged (unreadable degrees/minutes/seconds), so its location cannot be read"
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None, "the photo's GPS tags are damaged (a zero denominator), so its location cannot be read"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, f"the photo's GPS tags give an impossible place (latitude {lat:g}°, longitude {lon:g}°), so its location cannot be read"
    if lat == 0 and lon == 0:
        return None, None  # 0°, 0°: cameras write this when they had no fix; it reveals nothing
    return (round(lat, 7), round(lon, 7)), None


# XMP (Lightroom, phone editors, PNG/WebP exports) can carry the location where EXIF has none:
# exif:GPSLatitude="51,32.6832N" (an attribute) or <exif:GPSLatitude>51,32,41N</exif:GPSLatitude>.
_XMP_GPS = {axis: re.compile(rf"GPS{axis}\s*=\s*[\"']([^\"']{{0,64}})[\"']|GPS{axis}>([^<]{{0,64}})<") for axis in ("Latitude", "Longitude")}
_XMP_COORD = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?(?:,(\d+(?:\.\d+)?))?\s*([NSEWnsew])?\s*$")


def _xmp_packet(im: Image.Image, limit: int) -> str | None:
    raw = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
    if isinstance(raw, (bytes, bytearray)):
        raw = bytes(raw[:limit]).decode("utf-8", "replace")
    return raw[:limit] if isinstance(raw, str) else None


def _xmp_coord(text: str) -> float | None:
    m = _XMP_COORD.match(text)
    if not m:
        return None
    deg, mins, secs, ref = m.groups()
    value = abs(float(deg)) + float(mins or 0) / 60.0 + float(secs or 0) / 3600.0
    return -value if (ref or "").upper() in ("S", "W") or deg.startswith("-") else value


def _xmp_gps(im: Image.Image, limit: int) -> tuple[tuple[float, float] | None, str | None]:
    """The location an XMP packet gives, or why it cannot be read; (None, None) when it gives none."""
    xmp = _xmp_packet(im, limit)
    if not xmp or "GPS" not in xmp:
        return None, None
    found = {}
    for axis, rx in _XMP_GPS.items():
        m = rx.search(xmp)
        if m:
            found[axis] = m.group(1) if m.group(1) is not None else m.group(2)
    if not found:
        return None, None
    lat, lon = (_xmp_coord(found[a]) if a in found else None for a in ("Latitude", "Longitude"))
    if lat is None or lon is None:
        return None, "the photo's XMP location tags are incomplete or damaged, so its location cannot be read"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, f"the photo's XMP location tags give an impossible place (latitude {lat:g}°, longitude {lon:g}°), so its location cannot be read"
    if lat == 0 and lon == 0:
        return None, None
    return (round(lat, 7), round(lon, 7)), None


# The place named in words: Lightroom fills these from GPS (and keeps them when "Remove
# Location Info" drops the GPS), agencies and cameras' software write IPTC City/Sub-location.
_XMP_PLACE = re.compile(r"(?:photoshop|Iptc4xmpCore|Iptc4xmpExt):(City|State|Country|Location|Sublocation|ProvinceState|CountryName)"
                        r"""(?:\s*=\s*["']([^"'<]{1,200})["']|>([^<]{1,200})<)""")
_IPTC_PLACE = {90: "City", 92: "Sublocation", 95: "State", 101: "Country"}
_PLACE_ALIASES = {"Location": "Sublocation", "ProvinceState": "State", "CountryName": "Country"}


def _place_names(im: Image.Image, limit: int) -> dict[str, str] | None:
    found: dict[str, str] = {}
    xmp = _xmp_packet(im, limit)
    if xmp:
        for m in _XMP_PLACE.finditer(xmp):
            value = (m.group(2) if m.group(2) is not None else m.group(3) or "").strip()
            if value:
                found.setdefault(_PLACE_ALIASES.get(m.group(1), m.group(1)), value)
    try:
        from PIL import ImageFile, IptcImagePlugin

        iptc = (IptcImagePlugin.getiptcinfo(im) if isinstance(im, ImageFile.ImageFile) else None) or {}
    except Exception:  # damaged IPTC must not stop the rest
        iptc = {}
    for num, key in _IPTC_PLACE.items():
        v = iptc.get((2, num))
        v = v[0] if isinstance(v, list) and v else v
        if isinstance(v, bytes) and v.strip():
            found.setdefault(key, v.decode("utf-8", "replace").strip()[:200])
    return found or None


def read_metadata(im: Image.Image, max_exif: int = DEFAULT_MAX_EXIF) -> Metadata:
    raw = im.info.get("exif")
    if isinstance(raw, (bytes, bytearray)) and len(raw) > max_exif:
        return Metadata(
            error=f"the EXIF block is {len(raw) // 1024} KB, above the {max_exif // 1024} KB safety limit; "
            "location, time and device were not read"
        )
    try:
        exif = im.getexif()
    except Exception as exc:  # malformed EXIF must not stop the pixel checks
        return Metadata(error=f"the EXIF metadata is damaged ({type(exc).__name__}); location, time and device were not read")
    meta = Metadata()
    try:
        gps = exif.get_ifd(_GPS_IFD)
        if gps and (2 in gps or 4 in gps):
            meta.gps, meta.gps_error = _gps(gps)
        sub = exif.get_ifd(_EXIF_IFD)
        when = sub.get(36867) or exif.get(306)
        if when:
            when = when.decode("ascii", "ignore") if isinstance(when, bytes) else str(when)
            try:
                meta.taken_at = datetime.strptime(when.strip("\x00 "), "%Y:%m:%d %H:%M:%S").isoformat()
            except ValueError:
                meta.taken_at = when.strip("\x00 ")[:40] or None
        make, model = exif.get(271), exif.get(272)
        device = " ".join(str(x).strip("\x00 ") for x in (make, model) if x)
        meta.device = device[:80] or None
    except Exception as exc:
        meta.error = f"the EXIF metadata is damaged ({type(exc).__name__}: {exc}); location, time and device were not read"
    if meta.gps is None and meta.gps_error is None:
        meta.gps, meta.gps_error = _xmp_gps(im, max_exif)
    meta.place = _place_names(im, max_exif)
    return meta


def _to_rgb(im: Image.Image, notes: list[str]) -> Image.Image:
    mode = im.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        arr = np.asarray(im).astype(np.float64)
        # the smallest bit depth that holds the data: 10-, 12- and 14-bit pictures are stored
        # in 16-bit files, and scaling them by 65535 leaves them nearly black (no faces found)
        top = arr.max(initial=0)
        hi = next((float(d) for d in (255, 1023, 4095, 16383) if top <= d), 65535.0)
        arr = np.clip(arr * (255.0 / hi), 0, 255).astype(np.uint8)
        notes.append("16-bit image, reduced to 8 bits for analysis")
        return Image.fromarray(arr, "L").convert("RGB")
    if mode == "F":
        arr = np.clip(np.asarray(im), 0, 255).astype(np.uint8)
        return Image.fromarray(arr, "L").convert("RGB")
    if mode == "CMYK":
        notes.append("CMYK image, converted to RGB for analysis")
        return im.convert("RGB")
    if mode in ("P", "PA"):
        im = im.convert("RGBA")
        mode = "RGBA"
    if mode in ("RGBA", "LA", "La", "RGBa"):
        im = im.convert("RGBA")
        white = Image.new("RGBA", im.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, im).convert("RGB")
    if mode != "RGB":
        return im.convert("RGB")
    return im


def decode_image(
    data: bytes,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    max_side: int = DEFAULT_MAX_SIDE,
    max_exif: int = DEFAULT_MAX_EXIF,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Decoded:
    """Decode ``data``; raise ImageError with the reason when it cannot be done safely."""
    if len(data) > max_bytes:
        raise ImageError(f"the file is {len(data) // (1024 * 1024)} MB, above the {max_bytes // (1024 * 1024)} MB safety limit")
    if not data:
        raise ImageError("the file is empty")
    notes: list[str] = []
    with warnings.catch_warnings():
        # Opening reads only the header; the size is checked against our own limit below.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            im: Image.Image = Image.open(io.BytesIO(data))
        except UnidentifiedImageError:
            raise ImageError("not an image selfaudit can read (unknown format or not a picture)") from None
        except Image.DecompressionBombError:
            raise ImageError(
                f"the image claims far more than the {max_pixels / 1e6:.0f}-megapixel safety limit; it was not decoded"
            ) from None
        except (ValueError, OSError, SyntaxError, EOFError) as exc:
            raise ImageError(f"the image is damaged ({type(exc).__name__}: {exc})") from None
        w, h = im.size
        if w <= 0 or h <= 0:
            raise ImageError("the image has no pixels")
        if w * h > max_pixels:
            raise ImageError(
                f"the image claims {w}×{h} pixels ({w * h / 1e6:.0f} megapixels), above the "
                f"{max_pixels / 1e6:.0f}-megapixel safety limit; it was not decoded"
            )
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        frames = int(getattr(im, "n_frames", 1) or 1)
        meta = read_metadata(im, max_exif)
        try:
            orientation = int(im.getexif().get(0x0112, 1)) if meta.error is None else 1
        except Exception:
            orientation = 1
        try:
            if im.format == "JPEG" and max(w, h) > max_side:
                im.draft("RGB", (max(1, w * max_side // max(w, h)), max(1, h * max_side // max(w, h))))
            im.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageError(f"the image is too large to decode safely ({exc})") from None
        except OSError as exc:
            msg = str(exc)
            if "truncated" in msg.lower():
                raise ImageError("the file is truncated (incomplete download or damaged file)") from None
            raise ImageError(f"the image is damaged and could not be decoded ({msg})") from None
        except Exception as exc:
            raise ImageError(f"the image could not be decoded ({type(exc).__name__}: {exc})") from None
        if orientation != 1:
            try:
                im = ImageOps.exif_transpose(im) or im
            except Exception:
                notes.append("the EXIF orientation could not be applied")
            if orientation in (5, 6, 7, 8):
                w, h = h, w
        try:
            im = _to_rgb(im, notes)
        except Exception as exc:
            raise ImageError(f"the image's colour format ({im.mode}) could not be converted ({exc})") from None
    rgb = np.ascontiguousarray(np.asarray(im, dtype=np.uint8))
    if max(rgb.shape[:2]) > max_side:
        import cv2

        # After libjpeg's draft a JPEG is at most 2x too big, where a bilinear shrink loses
        # nothing SIFT uses and takes 4 ms for a phone photo (Pillow's filter: 25 ms, OpenCV's
        # area average at a fractional ratio: 18 ms); bigger shrinks (PNG) average areas.
        k = max_side / max(rgb.shape[:2])
        size = (max(1, round(rgb.shape[1] * k)), max(1, round(rgb.shape[0] * k)))
        rgb = np.ascontiguousarray(cv2.resize(rgb, size, interpolation=cv2.INTER_LINEAR if k > 0.5 else cv2.INTER_AREA))
    scale = rgb.shape[1] / w
    return Decoded(rgb=rgb, width=w, height=h, scale=scale, metadata=meta, frames=frames, notes=notes)
