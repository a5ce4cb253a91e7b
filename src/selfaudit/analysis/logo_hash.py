"""The logo as the whole picture: perceptual hashes (pHash, dHash, wavelet) and imagehash's
crop-resistant hash — for a picture that *is* the logo or a copy (a profile photo, a reposted
graphic). A logo printed as part of a scene is the feature matcher's job (logos.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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


def crop_hash(pil_img: Any) -> Any:
    import imagehash

    return imagehash.crop_resistant_hash(_small(pil_img), segmentation_image_size=128, min_segment_size=100)


def hash_match(pil_img: Any, logos: list[LogoFeatures], params: dict[str, Any]) -> list[dict[str, Any]]:
    """The logo the whole picture is a copy of (perceptual hashes), if any: the closest one only."""
    limit = int(params.get("hash_max_distance", HASH_MAX_DISTANCE))
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
        if method:
            total = sum(d[k] for k in ("phash", "dhash", "whash"))
            if best is None or total < best[0]:
                best = (total, {"name": lg.name, "label": lg.label, "method": method, "distances": d})
    return [best[1]] if best else []
