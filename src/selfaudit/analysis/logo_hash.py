"""The logo as the whole picture: perceptual hashes (pHash, dHash, wavelet) and imagehash's
crop-resistant hash — for a picture that *is* the logo or a copy (a profile photo, a reposted
graphic). A logo printed as part of a scene is the feature matcher's job (logos.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .logos import LogoFeatures

HASH_MAX_DISTANCE = 10  # of 64 bits, for pHash/dHash/wavelet (2 of 3 must agree)
HASH_SIDE = 256


def _small(pil_img: Any) -> Any:
    img = pil_img.copy()
    img.thumbnail((HASH_SIDE, HASH_SIDE))
    return img


def image_hashes(pil_img: Any) -> dict[str, Any]:
    import imagehash

    img = _small(pil_img)
    return {"phash": imagehash.phash(img), "dhash": imagehash.dhash(img), "whash": imagehash.whash(img)}


CROP_SEGMENTATION_SIDE = 128
CROP_MIN_SEGMENT = 100


def crop_hash(pil_img: Any) -> Any:
    """imagehash's crop-resistant hash (bright and dark segments, a dHash of each one's box),
    with its pure-Python flood fill (~30 ms a picture) replaced by OpenCV's connected components:
    the same segments, so the same hashes (tests/images/test_logo_speed.py compares them)."""
    import imagehash
    from PIL import ImageFilter

    img = _small(pil_img)
    side = CROP_SEGMENTATION_SIDE
    seg = img.convert("L").resize((side, side), imagehash.ANTIALIAS).filter(ImageFilter.GaussianBlur()).filter(ImageFilter.MedianFilter())
    boxes = _segments(np.asarray(seg).astype(np.float32), 128, CROP_MIN_SEGMENT)
    if not boxes:  # no segment: the whole picture is one
        boxes = [(0, 0, side - 1, side - 1)]
    sx, sy = img.width / side, img.height / side
    return imagehash.ImageMultiHash([imagehash.dhash(img.crop((x0 * sx, y0 * sy, (x1 + 1) * sx, (y1 + 1) * sy))) for y0, x0, y1, x1 in boxes])


def _segments(pixels: np.ndarray, threshold: int, min_size: int) -> list[tuple[int, int, int, int]]:
    """Boxes (row0, col0, row1, col1) of the 4-connected bright ("hill") regions, then the dark
    ("valley") ones, bigger than ``min_size`` pixels, in imagehash's order and with its stopping
    rule: it counts claimed pixels (a region's first pixel only when a neighbour reclaims it, so
    never for a one-pixel region) from the 2 x (rows + cols) pixels of the border outside the
    picture, and stops looking for valleys once the count reaches the picture's size."""
    import cv2

    rows, cols = pixels.shape
    hills = pixels > threshold
    count = 2 * (rows + cols)
    out: list[tuple[int, int, int, int]] = []
    for part, valleys in ((hills, False), (~hills, True)):
        _n, labels, stats, _ = cv2.connectedComponentsWithStats(part.astype(np.uint8), connectivity=4)
        flat = labels.ravel()
        ids, first = np.unique(flat[part.ravel()], return_index=True)  # each region's first pixel (raster order)
        for lab in ids[np.argsort(np.nonzero(part.ravel())[0][first], kind="stable")]:
            if valleys and count >= rows * cols:
                break
            size = int(stats[lab, cv2.CC_STAT_AREA])
            count += size if size > 1 else 0
            if size > min_size:
                x, y, w, h = (int(v) for v in stats[lab, :4])
                out.append((y, x, y + h - 1, x + w - 1))
    return out


DETAIL_SIDE = 160  # the logo's verify size (logos.VERIFY_SIDE): edges compared at one scale
MIN_DETAIL_SHARE = 0.1  # the picture must hold at least this share of the logo's edge density


def _edge_density(gray: np.ndarray) -> float:
    import cv2

    k = DETAIL_SIDE / max(gray.shape[:2])
    if k < 1:
        gray = cv2.resize(gray, (max(8, round(gray.shape[1] * k)), max(8, round(gray.shape[0] * k))), interpolation=cv2.INTER_AREA)
    return float((cv2.Canny(gray, 50, 150) > 0).mean())


def _has_detail_of(pil_img: Any, lg: LogoFeatures) -> bool:
    """A copy of a logo keeps some of its edges; a smooth vignette whose bright-and-dark
    segments hash like a round emblem has none (found on a real wallpaper: a grey vignette
    matched a camera-lens icon by the crop-resistant hash)."""
    mine = _edge_density(np.asarray(pil_img.convert("L")))
    return mine >= MIN_DETAIL_SHARE * _edge_density(lg.verify_gray)


def hash_match(pil_img: Any, logos: list[LogoFeatures], params: dict[str, Any]) -> list[dict[str, Any]]:
    """The logo the whole picture is a copy of (perceptual hashes), if any: the closest one only."""
    limit = int(params.get("hash_max_distance", HASH_MAX_DISTANCE))
    pil_img = _small(pil_img)  # once: both hashes start from this thumbnail (a no-op copy the second time)
    mine = image_hashes(pil_img)
    crop = None
    best: tuple[int, dict[str, Any]] | None = None
    for lg in logos:
        d = {k: int(mine[k] - lg.hashes[k]) for k in ("phash", "dhash", "whash")}
        agree = sum(1 for v in d.values() if v <= limit)
        method = None
        if agree >= 2:
            method = "hash"
        else:
            if crop is None:
                crop = crop_hash(pil_img)
            matches, _dist = crop.hash_diff(lg.hashes["crop"], hamming_cutoff=limit)
            # Most of the logo's own segments must be found, not one blob that looks alike.
            if matches >= max(2, (len(lg.hashes["crop"].segment_hashes) + 1) // 2):
                method = "crop-resistant hash"
                d["crop_segments"] = int(matches)
        if method and not _has_detail_of(pil_img, lg):
            method = None  # a plain gradient or one colour: its hashes can sit near a logo's, but it is no copy of one
        if method:
            total = sum(d[k] for k in ("phash", "dhash", "whash"))
            if best is None or total < best[0]:
                best = (total, {"name": lg.name, "label": lg.label, "method": method, "distances": d})
    return [best[1]] if best else []
