"""The homography judge's bars after degrading the reference like the crop (logodegrade38, stop 38): at the
models ECC lands (``logostart37_probe``'s four start sources, refined, plausible), the three bars (refined
correlation, grey cells, log-chroma) against the logo degraded to the crop's scale, blur and JPEG level, and
two tone-normalised log-chromas; positives = the printed misses' models on the mark (IoU >= 0.5), negatives =
every converged model on the negative photos. Dev draws only, TUNED.

    python bench/dev/logodegrade38_probe.py pos MISSES.json OUT.jsonl
    START=i STEP=n python bench/dev/logodegrade38_probe.py neg OUT.jsonl NEGDRAW
    python bench/dev/logodegrade38_probe.py table POS.jsonl NEG.jsonl [NEG.jsonl ...]

Degradation (``degrade``): the reference (verify frame) resized to the mark's size in the photo (the model's
scale at its centre), blurred by sigma (photo px), optionally JPEG-encoded at quality q, and resized back, as the
warp onto the verify frame resamples the crop. Grid: sigma in SIGMAS x q in (None, 50). Rules (per model): the
degradation with the best log-chroma (``pc``), with the best refined correlation (``sc``), the sigma whose
normalised gradient energy matches the crop's (``grad``), any degradation (``any``, the upper bound). Tone: the
log-chroma as a rank correlation (``rank``), with a larger offset log(x + 32) (``off32``), over the colour mask
eroded by 2 px (``erode``).
"""
from __future__ import annotations

import copy
import glob
import json
import os
import sys
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import logostart37_probe as P

from selfaudit.analysis import logo_tint as T
from selfaudit.analysis import logos as L
from selfaudit.analysis.logo_math import zncc

SIGMAS = (0.0, 0.8, 1.2, 1.6, 2.0, 2.5)
QUALS = (None, 50)


def photo_per_frame(lg, H) -> float:
    """Photo px per verify-frame px at the model's centre."""
    vh, vw = lg.verify_gray.shape
    J = H @ np.diag([lg.width / vw, lg.height / vh, 1.0])
    c = np.array([vw / 2, vh / 2, 1.0])
    w = float(J[2] @ c)
    A = (J[:2, :2] * w - np.outer(J[:2] @ c, J[2, :2])) / (w * w)
    return float(np.sqrt(abs(np.linalg.det(A))))


def degrade(img: np.ndarray, k: float, sigma: float, q: int | None) -> np.ndarray:
    h, w = img.shape[:2]
    k = min(k, 4.0)
    sw, sh = max(4, round(w * k)), max(4, round(h * k))
    x = cv2.resize(img, (sw, sh), interpolation=cv2.INTER_AREA if k < 1 else cv2.INTER_LINEAR)
    if sigma > 0:
        x = cv2.GaussianBlur(x, (0, 0), sigma)
    if q is not None:
        code = cv2.COLOR_RGB2BGR if x.ndim == 3 else None
        y = cv2.cvtColor(x, code) if code is not None else x
        ok, enc = cv2.imencode(".jpg", y, [cv2.IMWRITE_JPEG_QUALITY, q])
        y = cv2.imdecode(enc, cv2.IMREAD_COLOR if x.ndim == 3 else cv2.IMREAD_GRAYSCALE)
        x = cv2.cvtColor(y, cv2.COLOR_BGR2RGB) if x.ndim == 3 else y
    return cv2.resize(x, (w, h), interpolation=cv2.INTER_AREA if k > 1 else cv2.INTER_LINEAR)


def pc_axes(rgb, H, lg, ref: np.ndarray) -> float | None:
    """``L._print_colour(..., True)`` against ``ref`` (a degraded reference) on the axes where the logo itself has
    colour (a blurred reference must not drop an axis: the comparison would change, not only the reference)."""
    warped = L._to_logo_frame(rgb, H, lg)
    m = L._colour_mask(lg)

    def lo(x):
        f = np.log(x.astype(np.float32)[m] + 8.0)
        return [f[:, 0] - f[:, 1], (f[:, 0] + f[:, 1]) / 2 - f[:, 2]]

    out = [zncc(a, b) for a, b, o in zip(lo(warped), lo(ref), lo(lg.verify_rgb), strict=True) if o.size and float(o.std()) >= 0.1]
    return float(np.mean(out)) if out else None


def bars(rgb, gray, lg, H, axes):
    return (float(T.rectified_score(rgb, lg, H, axes)), float(L._verify_local(gray, H, lg)), L._print_colour(rgb, H, lg, True))


def grad_energy(x: np.ndarray, m: np.ndarray) -> float:
    f = x.astype(np.float32)
    gx, gy = cv2.Sobel(f, cv2.CV_32F, 1, 0), cv2.Sobel(f, cv2.CV_32F, 0, 1)
    v = float(f[m].var())
    return float((gx[m] ** 2 + gy[m] ** 2).mean()) / v if v > 1e-6 else 0.0


def pc_tone(rgb, H, lg, how: str) -> float | None:
    warped = L._to_logo_frame(rgb, H, lg)
    m = L._colour_mask(lg)
    if how == "erode":
        e = cv2.erode(m.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
        m = e if e.sum() >= 30 else m
    off = 32.0 if how == "off32" else 8.0

    def lo(x):
        f = np.log(x.astype(np.float32)[m] + off)
        return [f[:, 0] - f[:, 1], (f[:, 0] + f[:, 1]) / 2 - f[:, 2]]

    ref = [np.log(lg.verify_rgb.astype(np.float32)[m] + 8.0)]
    rf = ref[0]
    refs = [rf[:, 0] - rf[:, 1], (rf[:, 0] + rf[:, 1]) / 2 - rf[:, 2]]
    out = []
    for a, b in zip(lo(warped), refs, strict=True):
        if not b.size or float(b.std()) < 0.1:
            continue
        if how == "rank":
            a = np.argsort(np.argsort(a)).astype(np.float32)
            b = np.argsort(np.argsort(b)).astype(np.float32)
        out.append(zncc(a, b))
    return float(np.mean(out)) if out else None


def pc_bgsub(rgb, H, lg, sig: float = 0.125) -> float | None:
    """The log-chroma with the scene's part taken out: the crop with a quarter margin around, the scene's
    log-chroma under the mark estimated from the paper (outside the logo's ink, grown) by a normalised Gaussian
    (sigma ``sig`` of the frame's long side), subtracted; then ``_print_colour``'s correlation over the colour mask."""
    vh, vw = lg.verify_gray.shape
    mx, my = round(0.25 * vw), round(0.25 * vh)
    S = np.diag([lg.width / vw, lg.height / vh, 1.0])
    Mm = H @ S @ np.array([[1.0, 0.0, -mx], [0.0, 1.0, -my], [0.0, 0.0, 1.0]])
    inp = T._sample(rgb, Mm, (vw + 2 * mx, vh + 2 * my))
    lc = T.log_chroma(inp)
    ink = np.zeros(lc.shape[:2], np.uint8)
    ink[my:my + vh, mx:mx + vw] = cv2.dilate(T._mark_mask(lg), np.ones((5, 5), np.uint8))
    paper = (ink == 0).astype(np.float32)
    s = sig * max(vw, vh)
    den = cv2.GaussianBlur(paper, (0, 0), s)
    if float(paper.mean()) < 0.1:
        return None
    d = lc - np.dstack([cv2.GaussianBlur(lc[..., i] * paper, (0, 0), s) / np.maximum(den, 1e-3) for i in range(2)])
    d = d[my:my + vh, mx:mx + vw]
    m = L._colour_mask(lg)
    ref = T.log_chroma(lg.verify_rgb)
    out = [zncc(d[..., i][m], ref[..., i][m]) for i in range(2) if m.any() and float(ref[..., i][m].std()) >= 0.1]
    return float(np.mean(out)) if out else None


def scene_sub(rgb, H, lg, sig: float):
    """The crop (verify frame) with the scene's part taken out of its log-chroma and log-grey: the scene under the mark
    estimated from the paper around it (a quarter margin, and the frame outside the logo's grown ink) by a normalised
    Gaussian (sigma = ``sig`` x the frame's long side), subtracted. None when under a tenth of the padded frame is paper."""
    vh, vw = lg.verify_gray.shape
    mx, my = round(0.25 * vw), round(0.25 * vh)
    S = np.diag([lg.width / vw, lg.height / vh, 1.0])
    Mm = H @ S @ np.array([[1.0, 0.0, -mx], [0.0, 1.0, -my], [0.0, 0.0, 1.0]])
    inp = T._sample(rgb, Mm, (vw + 2 * mx, vh + 2 * my))
    f = np.log(inp.astype(np.float32) + 8.0)
    planes = np.dstack([f[..., 0] - f[..., 1], (f[..., 0] + f[..., 1]) / 2 - f[..., 2], np.log(cv2.cvtColor(inp, cv2.COLOR_RGB2GRAY).astype(np.float32) + 8.0)])
    ink = np.zeros(planes.shape[:2], np.uint8)
    ink[my:my + vh, mx:mx + vw] = cv2.dilate(T._mark_mask(lg), np.ones((5, 5), np.uint8))
    paper = (ink == 0).astype(np.float32)
    if float(paper.mean()) < 0.1:
        return None
    s = sig * max(vw, vh)
    den = np.maximum(cv2.GaussianBlur(paper, (0, 0), s), 1e-3)
    d = planes - np.dstack([cv2.GaussianBlur(planes[..., i] * paper, (0, 0), s) / den for i in range(3)])
    return d[my:my + vh, mx:mx + vw]


def scene_bars(rgb, H, lg, axes, sig):
    d = scene_sub(rgb, H, lg, sig)
    if d is None:
        return None
    vh, vw = lg.verify_gray.shape
    ref = T.log_chroma(lg.verify_rgb)
    m = L._colour_mask(lg)
    pcs = [zncc(d[..., i][m], ref[..., i][m]) for i in range(2) if m.any() and float(ref[..., i][m].std()) >= 0.1]
    pc = float(np.mean(pcs)) if pcs else None
    hw, hh = max(4, vw // 2), max(4, vh // 2)
    half = T.log_chroma(cv2.resize(lg.verify_rgb, (hw, hh), interpolation=cv2.INTER_AREA))[..., axes]
    a = cv2.resize(np.ascontiguousarray(d[..., :2]), (hw, hh), interpolation=cv2.INTER_AREA)[..., axes]
    sc = T._match(np.ascontiguousarray(a), np.ascontiguousarray(half))[0]
    # cells: log-grey with the scene out against the logo's log-grey, cell by cell as ``_verify_local``
    a = cv2.GaussianBlur(np.ascontiguousarray(d[..., 2]), (3, 3), 0)
    bl = cv2.GaussianBlur(lg.verify_gray.astype(np.float32), (3, 3), 0)
    b = np.log(bl + 8.0)
    vm = lg.verify_mask
    total, weight = 0.0, 0
    for ys in np.array_split(np.arange(vh), 4):
        for xs in np.array_split(np.arange(vw), 4):
            cm = vm[ys[0]:ys[-1] + 1, xs[0]:xs[-1] + 1]
            n = int(cm.sum())
            if n < 12 or float(bl[ys[0]:ys[-1] + 1, xs[0]:xs[-1] + 1][cm].std()) < 8.0:
                continue
            total += n * zncc(a[ys[0]:ys[-1] + 1, xs[0]:xs[-1] + 1][cm], b[ys[0]:ys[-1] + 1, xs[0]:xs[-1] + 1][cm])
            weight += n
    cells = abs(total / weight) if weight else 0.0
    return [round(float(sc), 4), round(float(cells), 4), pc]


def variants(rgb, gray, lg, H, axes):
    base = bars(rgb, gray, lg, H, axes)
    k = photo_per_frame(lg, H)
    combos = []
    for s in SIGMAS if os.environ.get("DEG", "1") == "1" else ():
        for q in QUALS:
            d = copy.copy(lg)
            d.verify_rgb = degrade(lg.verify_rgb, k, s, q)
            d.verify_gray = degrade(lg.verify_gray, k, s, q)
            b3 = (float(T.rectified_score(rgb, d, H, axes)), float(L._verify_local(gray, H, d)), pc_axes(rgb, H, lg, d.verify_rgb))
            combos.append([s, q, *[round(v, 4) if v is not None else None for v in b3]])
    m = lg.verify_mask
    ge = grad_energy(L._to_logo_frame(gray, H, lg), m)
    ges = [grad_energy(degrade(lg.verify_gray, k, s, None), m) for s in SIGMAS] if combos else []
    tone = {h: pc_tone(rgb, H, lg, h) for h in ("rank", "off32", "erode")}
    for sg in (0.0625, 0.125, 0.25):
        tone[f"bgsub{sg}"] = pc_bgsub(rgb, H, lg, sg)
    return {"base": [round(base[0], 4), round(base[1], 4), base[2]], "k": round(k, 3), "combos": combos,
            "ge": round(ge, 4), "ges": [round(v, 4) for v in ges], "tone": tone,
            "scene": {str(sg): scene_bars(rgb, H, lg, axes, sg) for sg in (0.125, 0.25)}}


VAR: list = []


def judge2(rgb, gray, lg, H0, axes, p):
    H = P.refine_from(rgb, lg, H0, axes)
    if H is None:
        VAR.append(None)
        return None
    q, bx = P.hbox(lg, H)
    if not L._plausible(q, H, lg, rgb.shape):
        VAR.append(None)
        return None
    v = variants(rgb, gray, lg, H, axes)
    VAR.append(v)
    sc, loc, pc = v["base"]
    ok = sc >= p["print_tint_score"] and loc >= p["print_tint_local"] and pc is not None and pc >= p["print_tint_colour"]
    return bool(ok), [sc, loc, pc], [round(x, 1) for x in bx], round(P.iou(bx, P.hbox(lg, H0)[1]), 2)


P.judge = judge2


def models(M, byname, path, names, tbox=None):
    VAR.clear()
    recs = P.starts_of(M, byname, path, names, tbox)
    it = iter(VAR)
    out = []
    for r in recs:
        for src in ("kp", "shape", "blob", "topk"):
            for e in r.get(src, []):
                v = next(it)
                if v is None:
                    continue
                out.append({"pic": path, "logo": r["logo"], "src": src, "tag": e["tag"], "box": e["box"],
                            "iou": e.get("iou"), **v})
    return out


# ---- the table ----
BARS = (0.7, 0.5, 0.55)


def ok3(sc, loc, pc) -> bool:
    return sc is not None and loc is not None and pc is not None and sc >= BARS[0] and loc >= BARS[1] and pc >= BARS[2]


def rules(r) -> dict[str, bool]:
    b = r["base"]
    cs = r["combos"]
    t = r["tone"]
    sc = r.get("scene", {})
    out = {"base": ok3(*b)}
    for sg, v in sc.items():
        if v is None:
            out[f"scene-all3-{sg}"] = out[f"scene-pc+sc-{sg}"] = out[f"scene-pc+cells-{sg}"] = False
            continue
        out[f"scene-all3-{sg}"] = ok3(*v)
        out[f"scene-pc+sc-{sg}"] = ok3(v[0], b[1], v[2])
        out[f"scene-pc+cells-{sg}"] = ok3(b[0], v[1], v[2])
        out[f"scene-pc-{sg}"] = ok3(b[0], b[1], v[2])
        out[f"scene-or-{sg}"] = ok3(max(b[0], v[0]), max(b[1], v[1]), max(b[2] or -1, v[2] or -1))
    if not cs:
        return {k: (v or out["base"]) for k, v in out.items()}
    best_pc = max(cs, key=lambda c: -9 if c[4] is None else c[4])
    best_sc = max(cs, key=lambda c: c[2])
    gi = int(np.argmin([abs(g - r["ge"]) for g in r["ges"]]))
    g = [c for c in cs if c[0] == SIGMAS[gi] and c[1] is None][0]
    out.update({
        "deg-pc": ok3(*best_pc[2:]),
        "deg-sc": ok3(*best_sc[2:]),
        "deg-grad": ok3(*g[2:]),
        "deg-any": any(ok3(*c[2:]) for c in cs),
        "blur-only-pc": ok3(*max([c for c in cs if c[1] is None], key=lambda c: -9 if c[4] is None else c[4])[2:]),
        "tone-rank": ok3(b[0], b[1], t["rank"]),
        "tone-off32": ok3(b[0], b[1], t["off32"]),
        "tone-erode": ok3(b[0], b[1], t["erode"]),
        **{f"scene-{k[5:]}": ok3(b[0], b[1], t[k]) for k in t if k.startswith("bgsub")},
    })
    return {k: (v or out["base"]) for k, v in out.items()}


def table(pos_f, neg_fs):
    pos = [json.loads(x) for x in open(pos_f)]
    pos = [r for r in pos if (r.get("iou") or 0) >= 0.5]
    neg = [json.loads(x) for f in neg_fs for x in open(f)]
    keys = list(dict.fromkeys(k for r in pos[:1] + neg[:1] for k in rules(r)))
    print(f"positives: {len(pos)} landed models on {len({(r['pic'], r['logo']) for r in pos})} misses; negatives: {len(neg)} converged models on {len({(r['pic'], r['logo']) for r in neg})} pairs")
    print("| variant | misses passing | landed models passing | negative models passing | negative pairs passing |")
    print("|---|---|---|---|---|")
    for k in keys:
        pm = {(r["pic"], r["logo"]) for r in pos if rules(r).get(k)}
        pn = [r for r in neg if rules(r).get(k)]
        print(f"| {k} | {len(pm)} | {sum(bool(rules(r).get(k)) for r in pos)} | {len(pn)} | {len({(r['pic'], r['logo']) for r in pn})} |")
    return pos, neg


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "table":
        table(sys.argv[2], sys.argv[3:])
        sys.exit(0)
    M, byname = P.setup()
    if cmd == "pos":
        out = open(sys.argv[3], "w")
        for it in json.load(open(sys.argv[2])):
            for r in models(M, byname, it["path"], [it["logo"]], it["box"]):
                r["kind"] = it["kind"]
                out.write(json.dumps(r) + "\n")
            out.flush()
    else:
        out = open(sys.argv[2], "w")
        step = int(os.environ.get("STEP", "1"))
        for d in sys.argv[3:]:
            items = [it for it in json.load(open(glob.glob(f"{d}/labels-*.json")[0])) if it["kind"] == "negative"][int(os.environ.get("START", "0"))::step]
            for it in items:
                for r in models(M, byname, it["path"], list(byname)):
                    out.write(json.dumps(r) + "\n")
                out.flush()
