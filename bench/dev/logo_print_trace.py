"""Every keypoint model the plain checks reject, as the print checks see it (logoprint34).

    KINDS=ink,negative python bench/dev/logo_print_trace.py OUT.jsonl /tmp/lp34/draw-s7 [...]

Wraps ``FeatureMatcher._printed`` (today's flow unchanged) and writes one JSON line a call:
the picture, its kind / true logo, the model's logo, inliers, cell correlation, log-chroma
(today's bars) and the surround measures of logoprint34 (``print_surround`` below).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_images import DEV_LOGOS, gather_logos, read_logo_list  # noqa: E402

from selfaudit.analysis import images as I  # noqa: E402
from selfaudit.analysis import logos as L  # noqa: E402
from selfaudit.analysis.images import ImageAnalyser  # noqa: E402
from selfaudit.analysis.logo_set import builtin_logos  # noqa: E402
from selfaudit.config import Config  # noqa: E402

def print_surround(rgb: np.ndarray, H: np.ndarray, lg: L.LogoFeatures, grow: float = 0.5) -> dict[str, float] | None:
    """The scene around a print's window (logoprint34, measuring): a ring of the logo's frame
    grown by ``grow`` of its size on each side, outside the frame. Returns the log-chroma measures
    of the region (inside the colour mask) against the surround: ``vis`` (how much of the logo's
    log-chroma pattern would show if its ink were multiplied onto the surround's mean colour,
    as a share of the pattern on white paper), ``exp`` (correlation of the region with that
    expected print), ``shift`` (uncentred cosine of the region's log-chroma less the surround's
    with the logo's own), ``seen`` (the region's log-chroma spread / the logo's)."""
    import cv2

    vh, vw = lg.verify_gray.shape
    gx, gy = int(round(vw * grow)), int(round(vh * grow))
    S = np.diag([lg.width / vw, lg.height / vh, 1.0]) @ np.array([[1.0, 0, -gx], [0, 1.0, -gy], [0, 0, 1.0]])
    big = cv2.warpPerspective(rgb, H @ S, (vw + 2 * gx, vh + 2 * gy), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                              borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0)).astype(np.float32)
    ring = np.ones(big.shape[:2], bool)
    ring[gy:gy + vh, gx:gx + vw] = False
    ring &= big.sum(axis=2) > 0  # outside the photo: not scene
    if ring.sum() < 50:
        return None
    region = big[gy:gy + vh, gx:gx + vw]
    m = L._colour_mask(lg)
    sur = big[ring].mean(axis=0)

    def lo(x: np.ndarray) -> np.ndarray:
        f = np.log(x + 8.0)
        return np.stack([f[..., 0] - f[..., 1], (f[..., 0] + f[..., 1]) / 2 - f[..., 2]], axis=-1)

    ink = lg.verify_rgb.astype(np.float32)[m] / 255.0
    a, b = lo(region[m]), lo(lg.verify_rgb.astype(np.float32)[m])
    e = lo(sur[None, :] * ink)
    s_lc = lo(big[ring]).mean(axis=0)
    bs, es = b.std(axis=0), e.std(axis=0)
    if float(bs.max()) < 0.1:
        return None
    use = bs >= 0.1
    vis = float(np.mean(es[use] / bs[use]))
    ex = float(np.mean([L.zncc(a[:, i], e[:, i]) for i in np.flatnonzero(use) if es[i] > 1e-3])) if (es[use] > 1e-3).any() else 0.0
    d = a - s_lc
    shift = float((d * b).sum() / max(1e-6, np.sqrt((d * d).sum() * (b * b).sum())))
    seen = float(np.mean(a.std(axis=0)[use] / bs[use]))
    return {"vis": round(vis, 3), "exp": round(ex, 3), "shift": round(shift, 3), "seen": round(seen, 3),
            "sur": [round(float(v)) for v in sur]}


out = open(sys.argv[1], "w")
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
I._init_worker(an.logos, an.options)
cv2.setRNGSeed(0)
cv2.setNumThreads(1)
CUR: dict = {}
orig = L.FeatureMatcher._printed


def traced(self, img, rgb, H, to_rgb, lg, n_in, params=None):  # type: ignore[no-untyped-def]
    ok = orig(self, img, rgb, H, to_rgb, lg, n_in, params)
    if n_in >= 8:
        rec = {**CUR, "model": lg.name, "inl": n_in, "ok": ok,
               "local": round(L._verify_local(img, H, lg), 3),
               "pc": None if rgb is None else L._print_colour(rgb, to_rgb, lg)}
        if rgb is not None:
            rec["sur"] = print_surround(rgb, to_rgb, lg)
        out.write(json.dumps(rec) + "\n")
        out.flush()
    return ok


L.FeatureMatcher._printed = traced  # type: ignore[method-assign]
for folder in sys.argv[2:]:
    items = json.loads(next(Path(folder).glob("labels-*.json")).read_text())
    if os.environ.get("KINDS"):
        want = set(os.environ["KINDS"].split(","))
        items = [it for it in items if (it["kind"] == "negative" and "negative" in want) or it.get("mode") in want or it["kind"] in want]
    for it in items:
        CUR.clear()
        CUR.update({"pic": f"{Path(folder).name} {Path(it['path']).name}", "kind": it["kind"], "mode": it.get("mode"), "truth": it.get("logo")})
        rep = I._analyse_path(it["path"], "x")
        out.write(json.dumps({**CUR, "found": [m["name"] for m in rep.logos]}) + "\n")
