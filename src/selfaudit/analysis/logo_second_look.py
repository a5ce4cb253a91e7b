"""A second keypoint look inside the windows the outline / colour searches refined but could not
verify (logoprint4 session): the photo's own pixels around the window, cropped (small windows
enlarged up to ``second_look_max_zoom``), searched again by the keypoint matcher for that logo only.

Why: a mark printed into a scene that the whole-photo keypoint search misses is often found by
the same search on a crop around it (on dev draws, 7 of 80 printed misses with the true box;
enlarging the crop 2x added none, 3x one): among the whole photo's keypoints its few weak ones
are cut (``max_features``) or lose the ratio test to the scene's. The crop's match passes the
keypoint path's own verification (inliers, outline correlation, colours); a window is only a
place to look, never a match on its own.
"""

from __future__ import annotations

from typing import Any

import numpy as np

# ON since stop 31 (2 looks each), with logos.DEFAULTS' feature_side 640: the looks give back, on the
# photo's own pixels, what the smaller whole-photo copy misses (figures at feature_side in logos.py).
# Earlier (logoprint4 session, dev draws, TUNED, at feature_side 1280): with blob_extra 2 and 2 looks at 256 px, 546 -> 558 of 640 on
# the five kept draws (ink 200 -> 211 of 280), 0 false pairs, +53 ms a photo (~13 %, over budget); one look
# +31-32 ms (seeds 7 / 15: 114 -> 115, 108 -> 111); 0 of 3,600 extra negative pairs (seed 17); check draw 47: 107 -> 108 (two looks), 107 (one).
SECOND_LOOK_DEFAULTS: dict[str, Any] = {
    # Windows a photo looked at again (the best refined of logos not found); 0 = off. 1 since stop 35 (was 2;
    # logospeed35, dev TUNED, with shape_perspective_from 0.4): seeds 7 / 9 / 11 and the check 73 the same hits
    # (117, 110, 116, 109 of 128), 0 of 4,800 false pairs, -18 % CPU with three logos (the same with one: one look anyway).
    "second_look": 1,
    "second_look_min_refined": 0.4,  # a window's refined outline correlation, to be looked at again
    "second_look_margin": 0.5,  # the crop: the window plus this share of its size on each side
    "second_look_side": 384,  # the crop's long side at most (larger crops are shrunk: CPU)
    "second_look_max_zoom": 2.0,  # small crops enlarged up to this (letters a few pixels tall)
    # Windows a photo looked at again where the whole-photo keypoint pass itself found a plausible
    # place (a RANSAC model with enough inliers) that failed its checks (spans, correlation,
    # colours), e.g. a small mark on a smaller ``feature_side`` copy: the crop is read from the
    # photo's own pixels (logofast31 session; 0 = off). Dev draws (TUNED), feature_side 640 + second_look 2
    # + near_look 2: seeds 7/9/11 333 vs 332 of 384 (near_look's own share: 1), check seed 73 108 vs 107, 0 false
    # pairs, 128-133 vs 184-194 ms a photo with one logo (not the goal's <= 100); at 480 px 97 ms but 329 of 384.
    "near_look": 2,
    # A found mark of another logo that lies mostly inside a window (two thirds of its box) and covers at most
    # this share of the window's area does not take the window's place: a part of a bigger mark (Debian's
    # emblem found by the outline search inside the space-fun wordmark's window) is no answer for the
    # whole (logospeed32 session; 0 = off: any found mark overlapping a window, IoU >= 0.3, takes it). OFF: with
    # feature_side 480 and second_look_margin 1.0 (0.6) dev seeds 7 / 9 / 11 (TUNED) 330 of 384 vs 333 at the
    # defaults, 98 ms a photo with one logo (bench/README-images.md, logospeed32); not measured at 640.
    "second_look_part_of": 0.0,
}


def _part_of(inner: list[int], outer: list[int], share: float) -> bool:
    """``inner`` lies mostly inside ``outer`` (>= 2/3 of its area) and covers at most ``share`` of it."""
    ix0, iy0 = max(inner[0], outer[0]), max(inner[1], outer[1])
    ix1, iy1 = min(inner[0] + inner[2], outer[0] + outer[2]), min(inner[1] + inner[3], outer[1] + outer[3])
    a_in, a_out = inner[2] * inner[3], outer[2] * outer[3]
    if share <= 0 or a_in <= 0 or a_out <= 0:
        return False
    return max(0, ix1 - ix0) * max(0, iy1 - iy0) >= (2.0 / 3.0) * a_in and a_in <= share * a_out


def windows(looked: list[tuple[float, str, list[int]]], found: list[dict[str, Any]], p: dict[str, Any],
            count: int | None = None) -> list[tuple[str, list[int]]]:
    """The ``second_look`` (or ``count``) best windows (refined score first), one a logo, of logos
    not found, whose refined correlation reached ``second_look_min_refined`` and whose place no
    match took."""
    from .logo_math import box_iou

    done = {m["name"] for m in found}
    part = float(p.get("second_look_part_of", 0.0) or 0.0)
    out: list[tuple[str, list[int]]] = []
    for refined, name, box in sorted(looked, key=lambda w: -w[0]):
        if len(out) >= (int(p["second_look"]) if count is None else count):
            break
        if refined < float(p["second_look_min_refined"]) or name in done or any(n == name for n, _b in out):
            continue
        if box[2] < 8 or box[3] < 8 or any(box_iou(box, m["box"]) >= 0.3 and not _part_of(m["box"], box, part) for m in found):
            continue
        out.append((name, box))
    return out


def second_look(fm: Any, gray: np.ndarray, rgb: np.ndarray | None, found: list[dict[str, Any]], looked: list[tuple[float, str, list[int]]],
                count: int | None = None) -> list[dict[str, Any]]:
    """Keypoint matches (boxes in ``gray``'s pixels) of the logos of the chosen windows (at most
    ``count``, else ``second_look``), each found on a crop around its window by ``fm``
    (logos.FeatureMatcher) and verified there."""
    import cv2

    p = fm.params
    out: list[dict[str, Any]] = []
    saved = getattr(fm, "_rgb", None), getattr(fm, "_rgb_k", 1.0)
    try:
        for name, box in windows(looked, found, p, count):
            x, y, w, h = box
            m = float(p["second_look_margin"])
            x0, y0 = max(0, int(x - m * w)), max(0, int(y - m * h))
            x1, y1 = min(gray.shape[1], int(np.ceil(x + w + m * w))), min(gray.shape[0], int(np.ceil(y + h + m * h)))
            if x1 - x0 < 16 or y1 - y0 < 16:
                continue
            f = min(float(p["second_look_max_zoom"]), float(p["second_look_side"]) / max(x1 - x0, y1 - y0))
            size = (max(8, round((x1 - x0) * f)), max(8, round((y1 - y0) * f)))
            how = cv2.INTER_CUBIC if f > 1 else cv2.INTER_AREA
            img = cv2.resize(gray[y0:y1, x0:x1], size, interpolation=how)
            clip = float(p.get("photo_clahe", 0.0))
            look = cv2.createCLAHE(clipLimit=clip, tileGridSize=(8, 8)).apply(img) if clip > 0 else img
            kps, des = fm.describe(look, coarse=False)
            if des is None or len(kps) < int(p["min_inliers"]):
                continue
            fm._rgb = None if rgb is None else cv2.resize(rgb[y0:y1, x0:x1], size, interpolation=how)
            fm._rgb_k = 1.0
            pts = np.array([kp.pt for kp in kps], np.float32)
            for li, src, q in _votes(fm, des, name):
                got = fm._match_one(img, src, pts[q], fm.logos[li])
                if got is not None:
                    bx, by, bw, bh = got["box"]
                    got["box"] = [round(x0 + bx / f), round(y0 + by / f), round(bw / f), round(bh / f)]
                    got["second_look"] = True
                    out.append(got)
                    break
    finally:
        fm._rgb, fm._rgb_k = saved
    return out


def _votes(fm: Any, des: np.ndarray, name: str) -> list[tuple[int, np.ndarray, np.ndarray]]:
    """The crop's votes for the window's logo ``name``: (logo index, logo points, crop keypoint
    indexes), from the shared index's ratio test (``_pairs``)."""
    return [(li, src, q) for li, src, q in fm._pairs(des) if fm.logos[li].name == name]
