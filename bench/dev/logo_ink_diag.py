"""Why printed ("ink") marks are missed: one line a missed printed mark, and counts per cause.

    python bench/dev/logo_ink_diag.py /tmp/li32/draw-s7 [/tmp/li32/draw-s9 ...]  [PARAMS_JSON]

Each folder is one kept by ``bench_images.py logos --keep DIR --build-only``. The detector runs with
the defaults (or PARAMS_JSON); for each printed mark it misses, the stages are followed:

* whole-photo pass: the right logo's ratio-test votes, how many fall in the true box, whether a
  plausible RANSAC model was found near the true box (``near``);
* windows: the best refined window of the right logo from the outline / colour searches at the
  true place (IoU >= 0.3), and whether it reached ``second_look_min_refined``;
* oracle keypoint look: the second look's crop around the TRUE box, on grey (as today) and the
  stage where it stops (keypoints in the box, first neighbour on the logo, ratio test, RANSAC
  model, spans, outline ZNCC, colours).
"""
from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_images import DEV_LOGOS, gather_logos, iou, read_logo_list  # noqa: E402

from selfaudit.analysis import images as I  # noqa: E402
from selfaudit.analysis import logos as L  # noqa: E402
from selfaudit.analysis.image_decode import decode_image  # noqa: E402
from selfaudit.analysis.images import ImageAnalyser  # noqa: E402
from selfaudit.analysis.logo_set import builtin_logos  # noqa: E402
from selfaudit.config import Config  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith("{")]
extra = json.loads(next((a for a in sys.argv[1:] if a.startswith("{")), "{}"))
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()], **extra}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
I._init_worker(an.logos, an.options)
fm: L.FeatureMatcher = I._STATE["matcher"]
p = fm.params
cv2.setNumThreads(1)


def whole(gray: np.ndarray, rgb: np.ndarray, lg: L.LogoFeatures) -> str:
    """The whole-photo pass for the right logo, followed stage by stage."""
    k = min(1.0, int(p["feature_side"]) / max(gray.shape[:2]))
    img = cv2.resize(gray, (round(gray.shape[1] * k), round(gray.shape[0] * k)), interpolation=cv2.INTER_AREA) if k < 1 else gray
    look = cv2.createCLAHE(clipLimit=float(p["photo_clahe"]), tileGridSize=(8, 8)).apply(img)
    kps, des = fm.describe(look)
    if des is None:
        return "no-keypoints"
    pts = np.array([kp.pt for kp in kps], np.float32)
    li = fm.logos.index(lg)
    pairs = {a: (s, q) for a, s, q in fm._pairs(des)}
    if li not in pairs:
        return "ratio<6"
    s, q = pairs[li]
    return f"votes {len(q)} -> " + stage(img, s, pts[q], lg, rgb, k)


def stage(img: np.ndarray, src: np.ndarray, dst: np.ndarray, lg: L.LogoFeatures, rgb: np.ndarray | None, k: float = 1.0) -> str:
    """Where _match_one stops for these votes (a copy of its checks)."""
    need = int(p["min_inliers"])
    if len(src) < need:
        return "votes<6"
    if not L._spans(src, lg):
        return "votes-bunched"
    cands = []
    A, inl = cv2.estimateAffine2D(src, dst, method=cv2.RANSAC, ransacReprojThreshold=4.0, maxIters=3000, confidence=0.995)
    if A is not None and inl is not None:
        cands.append((np.vstack([A, [0, 0, 1]]), inl.ravel().astype(bool)))
    if len(src) >= 8:
        Hp, inl2 = cv2.findHomography(src, dst, cv2.USAC_MAGSAC, 6.0, maxIters=3000, confidence=0.995)
        if Hp is not None and inl2 is not None:
            cands.append((Hp, inl2.ravel().astype(bool)))
    best = None
    for Hc, mk in cands:
        if int(mk.sum()) < need:
            continue
        qc = cv2.perspectiveTransform(L._corners(lg), Hc)[0]
        if L._plausible(qc, Hc, lg, img.shape) and (best is None or mk.sum() > best[1].sum()):
            best = (Hc, mk)
    if best is None:
        return "no-model"
    H, mask = best
    if not L._spans(src[mask], lg):
        return "inliers-bunched"
    score = L._verify(img, H, lg)
    if score < p["min_zncc"]:
        return f"zncc {score:.2f}"
    colour = L._colour(rgb, np.diag([1.0 / k, 1.0 / k, 1.0]) @ H, lg) if rgb is not None else None
    if colour is not None and colour < p["min_colour"]:
        return f"colour {colour:.2f} (zncc {score:.2f})"
    if colour is None and score < p["min_zncc_gray"]:
        return f"grey-zncc {score:.2f}"
    return "PASS"


def oracle(gray: np.ndarray, rgb: np.ndarray, box: list[int], lg: L.LogoFeatures, chan: str = "grey") -> str:
    """The second look's crop around the true box, followed stage by stage."""
    x, y, w, h = box
    m = float(p["second_look_margin"])
    x0, y0 = max(0, int(x - m * w)), max(0, int(y - m * h))
    x1, y1 = min(gray.shape[1], int(np.ceil(x + w + m * w))), min(gray.shape[0], int(np.ceil(y + h + m * h)))
    f = min(float(p["second_look_max_zoom"]), float(p["second_look_side"]) / max(x1 - x0, y1 - y0))
    size = (max(8, round((x1 - x0) * f)), max(8, round((y1 - y0) * f)))
    how = cv2.INTER_CUBIC if f > 1 else cv2.INTER_AREA
    img = cv2.resize(gray[y0:y1, x0:x1], size, interpolation=how)
    crgb = cv2.resize(rgb[y0:y1, x0:x1], size, interpolation=how)
    look = cv2.createCLAHE(clipLimit=float(p["photo_clahe"]), tileGridSize=(8, 8)).apply(img)
    kps, des = fm.describe(look, coarse=False)
    if des is None:
        return "no-keypoints"
    pts = np.array([kp.pt for kp in kps], np.float32)
    bx0, by0, bx1, by1 = (x - x0) * f, (y - y0) * f, (x + w - x0) * f, (y + h - y0) * f
    inb = (pts[:, 0] >= bx0) & (pts[:, 0] <= bx1) & (pts[:, 1] >= by0) & (pts[:, 1] <= by1)
    li = [i for i, g in enumerate(fm.logos) if g.name == lg.name][0]
    idx, _d = fm.index.knnSearch(des, 1, params={"checks": fm.checks})
    first = int((fm.owner[idx[:, 0]] == li)[inb].sum())
    pairs = {a: (s, q) for a, s, q in fm._pairs(des)}
    if li not in pairs:
        # votes after ratio test (recount, _pairs drops logos under min_inliers)
        return f"kp-in-box {int(inb.sum())} first-nn {first} ratio<6"
    s, q = pairs[li]
    saved = fm._rgb, fm._rgb_k
    st = stage(img, s, pts[q], lg, crgb)
    fm._rgb, fm._rgb_k = saved
    return f"kp-in-box {int(inb.sum())} first-nn {first} votes {len(q)} -> {st}"


causes: Counter[str] = Counter()
for folder in args:
    lab = next(Path(folder).glob("labels-*.json"))
    items = [it for it in json.loads(lab.read_text()) if it.get("mode") == "ink"]
    for it in items:
        dec = decode_image(Path(it["path"]).read_bytes())
        gray = dec.gray()
        box = [round(v * dec.scale) for v in it["box"]]
        # the whole-photo pass's votes for the right logo (instrumented _pairs)
        votes: dict[int, int] = {}
        orig_pairs = fm._pairs

        def spy(des: np.ndarray, _o=orig_pairs) -> list:  # type: ignore[type-arg]
            out = _o(des)
            for li, _s, q in out:
                votes[li] = votes.get(li, 0) + len(q)
            return out

        fm._pairs = spy  # type: ignore[method-assign]
        found = fm.detect(gray, dec.rgb)
        fm._pairs = orig_pairs  # type: ignore[method-assign]
        ok = any(m["name"] == it["logo"] and iou(m["box"], box) >= 0.5 for m in found)
        if ok:
            continue
        lg = next(g for g in fm.logos if g.name == it["logo"])
        li = fm.logos.index(lg)
        near = [b for _s, n, b in fm.near if n == lg.name and iou(b, box) >= 0.3]
        wins = [(r, b) for r, n, b in fm.shapes.looked + fm.inks.looked if n == lg.name and iou(b, box) >= 0.3]
        bestw = max((r for r, _b in wins), default=None)
        orc = oracle(gray, dec.rgb, box, lg)
        wst = whole(gray, dec.rgb, lg)
        if near:
            cause = "whole-pass model near, checks fail"
        elif bestw is not None and bestw >= float(p["second_look_min_refined"]):
            cause = "window >= bar, look fails"
        elif bestw is not None:
            cause = "window < bar"
        else:
            cause = "no window"
        kind = "PASS" if orc.endswith("PASS") else orc.split("-> ")[-1].split(" ")[0] if "->" in orc else orc.split(" ")[-1]
        causes[cause] += 1
        causes["oracle: " + kind] += 1
        wrong = sorted({m["name"] for m in found if m["name"] != it["logo"]})
        print(f"{Path(folder).name} {Path(it['path']).name:<22} {it['logo']:<20} box {box[2]}x{box[3]} votes {votes.get(li, 0)} "
              f"near {len(near)} win {'-' if bestw is None else f'{bestw:.2f}'} | {cause} | whole {wst} | oracle {orc} | wrong {wrong}")
        sys.stdout.flush()
print()
for k, v in sorted(causes.items()):
    print(f"{v:4d}  {k}")
