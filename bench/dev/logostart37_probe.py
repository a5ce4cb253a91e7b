"""Start poses for the homography judge on printed marks (logostart37, stop 37): which candidate source gives
``logo_tint.judge_homography``'s ECC a start it turns into a pass, on the printed misses, and how many of the same
starts pass on negative photos (the false-pair risk). Dev draws only, TUNED.

    python bench/dev/logostart37_probe.py misses ANS.json OUT.json DRAW [DRAW ...]   # the printed misses of ANS (logo_answers_dump)
    python bench/dev/logostart37_probe.py starts MISSES.json OUT.jsonl                 # every source's starts on the true logo
    START=i STEP=n python bench/dev/logostart37_probe.py negatives OUT.jsonl NEGDRAW [...]     # the same starts, every colour logo

Sources, cheapest first (each start is refined by ECC on the logo's main log-chroma axis exactly as
``refine_homography`` does, but from a start homography, then judged by the product's three bars on the rectified
crop, ``logos._plausible`` and, on a positive, IoU >= 0.5 with the true box):
  kp     the keypoint models the plain checks rejected (every ``FeatureMatcher._printed`` call: the homography they had)
  shape  the outline / colour searches' verified candidates (``ShapeMatcher.trace`` of ``shapes`` and ``inks``), upright boxes
  blob   the logo's colour regions (ColourCue's typical-colour map, the 3 best connected regions as ``ColourCue.blobs``
         scores them): the region's rotated rectangle (minAreaRect) with the logo's aspect, both long-axis turns
  topk   the coarse log-chroma search's 5 best distinct peaks (over scales; IoU < 0.3 with a better one), rank 1 = today's start
A start passes when the refined model passes; the product's IoU >= 0.5 with the start box is recorded (``keep``), not required.
CPU: process time per source, summed over the starts (the ECC + bars) and the source's own cost where it is extra.
"""
from __future__ import annotations

import glob
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_images import DEV_LOGOS, gather_logos, iou, read_logo_list

from selfaudit.analysis import images as I
from selfaudit.analysis import logo_tint as T
from selfaudit.analysis import logos as L
from selfaudit.analysis.image_decode import decode_image
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_proposals import LogoColours, colour_cue
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.config import Config


def refine_from(rgb: np.ndarray, lg, H0: np.ndarray, axes: list[int]) -> np.ndarray | None:
    """``T.refine_homography`` from a start homography (reference frame -> photo) instead of an upright box."""
    vh, vw = lg.verify_gray.shape
    mx, my = round(0.25 * vw), round(0.25 * vh)
    S = np.diag([lg.width / vw, lg.height / vh, 1.0])
    M = H0 @ S @ np.array([[1.0, 0.0, -mx], [0.0, 1.0, -my], [0.0, 0.0, 1.0]])
    inp = T._sample(rgb, M, (vw + 2 * mx, vh + 2 * my))
    mask = T._mark_mask(lg)
    tl = T.log_chroma(lg.verify_rgb)
    d = T._axis(tl, mask, axes)
    tp = np.ascontiguousarray((tl[..., axes] @ d).astype(np.float32))
    ip = np.ascontiguousarray((T.log_chroma(inp)[..., axes] @ d).astype(np.float32))
    W = np.array([[1.0, 0.0, mx], [0.0, 1.0, my], [0.0, 0.0, 1.0]], np.float32)
    crit = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 40, 1e-4)
    done = False
    for lv in (0.5, 1.0):
        D = np.diag([lv, lv, 1.0]).astype(np.float32)
        t = cv2.resize(tp, (max(4, round(vw * lv)), max(4, round(vh * lv))), interpolation=cv2.INTER_AREA)
        i = cv2.resize(ip, (max(4, round(ip.shape[1] * lv)), max(4, round(ip.shape[0] * lv))), interpolation=cv2.INTER_AREA)
        mk = cv2.resize(mask, (t.shape[1], t.shape[0]), interpolation=cv2.INTER_NEAREST)
        try:
            _, Wl = cv2.findTransformECCWithMask(t, i, mk, np.full(i.shape, 255, np.uint8), (D @ W @ np.linalg.inv(D)).astype(np.float32),
                                                 cv2.MOTION_HOMOGRAPHY, crit, 3)
        except cv2.error:
            continue
        W = (np.linalg.inv(D) @ Wl @ D).astype(np.float32)
        done = True
    if not done:
        return None
    Hm = M @ W.astype(np.float64) @ np.linalg.inv(S)
    return Hm if np.all(np.isfinite(Hm)) else None


def hbox(lg, H):
    q = cv2.perspectiveTransform(L._corners(lg), H)[0]
    x0, y0 = q.min(0)
    x1, y1 = q.max(0)
    return q, [float(x0), float(y0), float(x1 - x0), float(y1 - y0)]


def box_H(lg, box):
    x, y, w, h = box
    return np.array([[w / lg.width, 0.0, x], [0.0, h / lg.height, y], [0.0, 0.0, 1.0]])


def judge(rgb, gray, lg, H0, axes, p):
    """(pass of the bars, bars, box, IoU with the start's box) or None (no model / not plausible)."""
    H = refine_from(rgb, lg, H0, axes)
    if H is None:
        return None
    q, bx = hbox(lg, H)
    if not L._plausible(q, H, lg, rgb.shape):
        return None
    sc = T.rectified_score(rgb, lg, H, axes)
    loc = L._verify_local(gray, H, lg)
    pc = L._print_colour(rgb, H, lg, True)
    ok = sc >= p["print_tint_score"] and loc >= p["print_tint_local"] and pc is not None and pc >= p["print_tint_colour"]
    keep = iou(bx, hbox(lg, H0)[1])
    return bool(ok), [round(float(sc), 3), round(float(loc), 3), pc], [round(v, 1) for v in bx], round(keep, 2)


def coarse_topk(rgb, lg, axes, p, shared, k=5):
    """The coarse search's best distinct peaks over scales (as ``T.coarse``; up to 3 peaks a scale, then NMS)."""
    h, w = rgb.shape[:2]
    kk = min(1.0, float(p["print_tint_side"]) / max(h, w))
    full = shared.get("full")
    if full is None:
        small = cv2.resize(rgb, (max(1, round(w * kk)), max(1, round(h * kk))), interpolation=cv2.INTER_AREA) if kk < 1.0 else rgb
        full = shared["full"] = T.log_chroma(small)
    th0, tw0 = lg.verify_rgb.shape[:2]
    long0 = max(th0, tw0)
    cap = float(p["print_tint_cap"])
    hi = 0.9 * min(full.shape[:2]) * long0 / max(1, min(th0, tw0))
    s, step = float(p["print_tint_min"]), float(p["print_tint_step"])
    cands = []
    while s <= hi:
        z = min(1.0, cap / s)
        lv = shared.get(z)
        if lv is None:
            lv = shared[z] = full if z == 1.0 else cv2.resize(full, (max(1, round(full.shape[1] * z)), max(1, round(full.shape[0] * z))), interpolation=cv2.INTER_AREA)
        tk = s * z / long0
        tw, th = max(4, round(tw0 * tk)), max(4, round(th0 * tk))
        if tw >= lv.shape[1] or th >= lv.shape[0]:
            break
        r = cv2.matchTemplate(T._plane(shared, z, lv, axes), np.ascontiguousarray(T._template(lg, tw, th, axes)), cv2.TM_CCOEFF_NORMED)
        f = 1.0 / (kk * z)
        for _ in range(3):
            _, mx, _, (x, y) = cv2.minMaxLoc(r)
            cands.append((float(mx), [x * f, y * f, tw * f, th * f]))
            r[max(0, y - th // 2): y + th // 2 + 1, max(0, x - tw // 2): x + tw // 2 + 1] = -1.0
        s *= step
    out = []
    for sc, b in sorted(cands, key=lambda c: -c[0]):
        if all(iou(b, o[1]) < 0.3 for o in out):
            out.append((sc, b))
        if len(out) >= k:
            break
    return out


def blob_starts(rgb, lg, lc: LogoColours, p, n=3):
    """The logo's colour regions' rotated rectangles as similarity starts (the logo's coloured part on the rectangle)."""
    cue = colour_cue(rgb, float(p.get("colour_cue_ratio", 0.5)))
    if cue.bins is None:
        return []
    tm = cue.typical_bins(lc.hist)[cue.bins].astype(np.uint8)
    tm = cv2.morphologyEx(tm, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    total = float(cv2.countNonZero(tm))
    if total < 8:
        return []
    nlab, lab, st, _ = cv2.connectedComponentsWithStats(tm, connectivity=8)
    longest = float(max(tm.shape))
    sc = []
    for j in range(1, nlab):
        x, y, w, h, a = st[j]
        if max(w, h) < 0.05 * longest or max(w, h) > 0.5 * longest or min(w, h) < 3:
            continue
        sc.append((a / (w * h) * min(1.0, a / total), j))
    cb = lc.box(cue.typical_bins(lc.hist))
    if cb is None:
        return []
    cw, ch = cb[2] * lg.width / lc.shape[1], cb[3] * lg.height / lc.shape[0]  # the coloured part in the reference frame
    ccx, ccy = (cb[0] + cb[2] / 2) * lg.width / lc.shape[1], (cb[1] + cb[3] / 2) * lg.height / lc.shape[0]
    starts = []
    for _, j in sorted(sc, reverse=True)[:n]:
        ys, xs = np.nonzero(lab == j)
        (rx, ry), (rw, rh), ang = cv2.minAreaRect(np.stack([xs, ys], 1).astype(np.float32))
        rx, ry, rw, rh = rx / cue.k, ry / cue.k, rw / cue.k, rh / cue.k
        if rw < rh:  # the rectangle's long side along x
            rw, rh, ang = rh, rw, ang + 90.0
        ang = (ang + 90.0) % 180.0 - 90.0
        for a in (ang, ang + 180.0) if abs(abs(ang) - 90) > 1e-3 else (ang,):
            a = (a + 180.0) % 360.0 - 180.0
            if abs(a) > 100:  # upside-down starts are not printed marks' poses here
                continue
            # the logo's coloured part's long side on the rectangle's long side
            part_long, part_short = (cw, ch) if cw >= ch else (ch, cw)
            s = rw / max(1.0, part_long)
            turn = a if cw >= ch else a - 90.0
            c, sn = np.cos(np.radians(turn)), np.sin(np.radians(turn))
            R = np.array([[c * s, -sn * s, 0.0], [sn * s, c * s, 0.0], [0.0, 0.0, 1.0]])
            C = np.array([[1.0, 0.0, -ccx], [0.0, 1.0, -ccy], [0.0, 0.0, 1.0]])
            starts.append(np.array([[1.0, 0.0, rx], [0.0, 1.0, ry], [0.0, 0.0, 1.0]]) @ R @ C)
    return starts


def setup():
    logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
    opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
    an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
    I._init_worker(an.logos, an.options)
    cv2.setNumThreads(1)
    cv2.setRNGSeed(0)
    M = L.FeatureMatcher(an.logos, an.options)
    return M, {lg.name: lg for lg in an.logos}


KP: list = []
_orig = L.FeatureMatcher._printed


def _traced(self, img, rgb, H, to_rgb, lg, n_in, params=None):  # type: ignore[no-untyped-def]
    ok = _orig(self, img, rgb, H, to_rgb, lg, n_in, params)
    if not ok:
        KP.append((lg.name, np.array(to_rgb, np.float64), n_in))
    return ok


L.FeatureMatcher._printed = _traced  # type: ignore[method-assign]


def starts_of(M, byname, path, names, tbox=None):
    """Run the detector once (the kp / shape sources are its by-products), then every source's starts for ``names``."""
    dec = decode_image(Path(path).read_bytes())
    rgb, gray = dec.rgb, dec.gray()
    KP.clear()
    M.shapes.trace, M.inks.trace = [], []
    c0 = time.process_time()
    found = M.detect(gray, rgb)
    det_cpu = time.process_time() - c0
    p = M.params
    tb = [v * dec.scale for v in tbox] if tbox else None
    shared: dict = {}
    recs = []
    for n in names:
        lg = byname[n]
        axes = T.colour_axes(lg)
        if not axes:
            continue
        rec = {"pic": path, "logo": n, "found": [m["name"] for m in found], "det_cpu": round(det_cpu, 3)}
        srcs: dict[str, list] = {}
        cpu: dict[str, float] = {}
        t = time.process_time()
        srcs["kp"] = [(f"kp{k}-in{ni}", Hk) for k, (ln, Hk, ni) in enumerate(KP) if ln == n]
        srcs["shape"] = [(f"shape{k}", box_H(lg, tr["box"])) for k, tr in enumerate(M.shapes.trace + M.inks.trace) if tr["name"] == n]
        cpu["kp"] = cpu["shape"] = 0.0
        t = time.process_time()
        lc = LogoColours(lg.verify_rgb, T._mark_mask(lg) > 0)
        srcs["blob"] = [(f"blob{k}", Hb) for k, Hb in enumerate(blob_starts(rgb, lg, lc, p))]
        cpu["blob"] = time.process_time() - t
        t = time.process_time()
        tk = coarse_topk(rgb, lg, axes, p, shared)
        srcs["topk"] = [(f"top{k + 1}-{sc:.2f}", box_H(lg, b)) for k, (sc, b) in enumerate(tk) if sc >= 0.5]
        cpu["topk"] = time.process_time() - t
        for src, lst in srcs.items():
            out = []
            t = time.process_time()
            for tag, H0 in lst:
                r = judge(rgb, gray, lg, H0, axes, p)
                if r is None:
                    out.append({"tag": tag, **({"start_iou": round(iou(hbox(lg, H0)[1], tb), 2)} if tb is not None else {})})
                    continue
                ok, b, bx, keep = r
                e = {"tag": tag, "bars_ok": ok, "bars": b, "box": bx, "keep": keep}
                if tb is not None:
                    e["iou"] = round(iou(bx, tb), 2)
                    e["start_iou"] = round(iou(hbox(lg, H0)[1], tb), 2)
                out.append(e)
            cpu[src] += time.process_time() - t
            rec[src] = out
        rec["cpu"] = {k: round(v, 3) for k, v in cpu.items()}
        recs.append(rec)
    return recs


def _misses(ans, out, draws):
    d = json.load(open(ans))
    res = []
    for draw in draws:
        lab = {Path(x["path"]).name: x for x in json.load(open(glob.glob(f"{draw}/labels-*.json")[0]))}
        for pic, fnd in sorted(d[draw].items()):
            it = lab[pic]
            if it["kind"] == "negative" or it["mode"] != "ink":
                continue
            if not any(m["name"] == it["logo"] and iou(m["box"], it["box"]) >= 0.5 for m in fnd):
                res.append(it)
    json.dump(res, open(out, "w"), indent=0)
    print(len(res), "printed misses")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "misses":
        _misses(sys.argv[2], sys.argv[3], sys.argv[4:])
        sys.exit(0)
    M, byname = setup()
    out = open(sys.argv[3] if cmd == "starts" else sys.argv[2], "w")
    if cmd == "starts":
        for it in json.load(open(sys.argv[2])):
            for r in starts_of(M, byname, it["path"], [it["logo"]], it["box"]):
                r["kind"] = it["kind"]
                out.write(json.dumps(r) + "\n")
                out.flush()
    else:
        step = int(os.environ.get("STEP", "1"))
        for d in sys.argv[3:]:
            items = [it for it in json.load(open(glob.glob(f"{d}/labels-*.json")[0])) if it["kind"] == "negative"][int(os.environ.get("START", "0"))::step]
            for it in items:
                for r in starts_of(M, byname, it["path"], list(byname)):
                    out.write(json.dumps(r) + "\n")
                out.flush()
