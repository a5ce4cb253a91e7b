"""Perspective-refined judging of printed marks: the ceiling and the false-pair risk (logojudge37, stop 37).

    python bench/dev/logo_homography_probe.py misses ANS.json OUT.jsonl DRAW [DRAW ...]   # list the base's printed misses (labels)
    python bench/dev/logo_homography_probe.py ceiling MISSES.json OUT.jsonl               # oracle similarity pose + ECC, the bars
    python bench/dev/logo_homography_probe.py negatives OUT.jsonl NEGDRAW [...]           # the product's refine_homography at every
                                                                                          # coarse peak >= 0.5 of the negative photos
ceiling: per miss, the true centre, the width from the label box, every angle -26..26 in 2-degree steps; the
similarity model ("sim"), then ECC (cv2.findTransformECCWithMask over the logo's ink, half then full verify frame)
to a homography on the log-chroma's main axis ("lc") or the grey levels ("gray"), or to an affine model ("lc-aff");
a model passes when it is plausible, keeps IoU >= 0.5 with the truth, and passes the tint judge's three bars on the
rectified crop (refined correlation >= 0.7, cells >= 0.5, log-chroma >= 0.55). Needs bench/requirements (PYTHONPATH).
"""
import sys, json, tempfile, glob, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import cv2, numpy as np
from bench_images import read_logo_list, gather_logos, DEV_LOGOS, iou
from selfaudit.analysis import logo_tint as T
from selfaudit.analysis.logos import _print_colour, _verify_local

def mark_mask(lg, grow=5):
    vr = lg.verify_rgb
    m = (vr.min(axis=2) < 235).astype(np.uint8)
    if lg.colour_mask is not None:
        m |= lg.colour_mask.astype(np.uint8)
    return cv2.dilate(m, np.ones((grow, grow), np.uint8))

def planes(lg, axes):
    lc = T.log_chroma(lg.verify_rgb)
    m = mark_mask(lg) > 0
    v = lc[m][:, axes]
    v = v - v.mean(0)
    if len(axes) == 2:
        w, U = np.linalg.eigh(v.T @ v); d = U[:, -1]
    else:
        d = np.array([1.0])
    return d

def proj(rgb_or_lc, axes, d):
    lc = rgb_or_lc
    return (lc[..., axes] @ d).astype(np.float32)

def refine_h(rgb, lg, H0, axes, plane="lc", margin=0.25, levels=(0.5, 1.0), iters=40, eps=1e-4, mot=cv2.MOTION_HOMOGRAPHY):
    vh, vw = lg.verify_gray.shape
    S = np.diag([lg.width / vw, lg.height / vh, 1.0])
    mx, my = round(margin * vw), round(margin * vh)
    Tm = np.array([[1, 0, mx], [0, 1, my], [0, 0, 1.0]])
    M = H0 @ S @ np.linalg.inv(Tm)  # input px -> photo
    # scale of the photo region relative to the verify frame: pre-blur when downsampling
    J = H0 @ S
    sc = np.sqrt(abs(np.linalg.det(J[:2, :2] / J[2, 2])))
    src = rgb
    if sc > 1.5:
        src = cv2.GaussianBlur(rgb, (0, 0), 0.5 * sc)
    inp = cv2.warpPerspective(src, M, (vw + 2 * mx, vh + 2 * my), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)
    mask = mark_mask(lg)
    if plane == "lc":
        d = planes(lg, axes)
        tp = proj(T.log_chroma(lg.verify_rgb), axes, d); ip = proj(T.log_chroma(inp), axes, d)
    else:
        tp = lg.verify_gray.astype(np.float32); ip = cv2.cvtColor(inp, cv2.COLOR_RGB2GRAY).astype(np.float32)
    W = np.array([[1, 0, mx], [0, 1, my], [0, 0, 1]], np.float32)
    if mot != cv2.MOTION_HOMOGRAPHY:
        W = W[:2]
    ok = True
    for lv in levels:
        D = np.diag([lv, lv, 1.0]).astype(np.float32)
        t = cv2.resize(tp, (max(4, round(vw * lv)), max(4, round(vh * lv))), interpolation=cv2.INTER_AREA)
        i = cv2.resize(ip, (max(4, round(ip.shape[1] * lv)), max(4, round(ip.shape[0] * lv))), interpolation=cv2.INTER_AREA)
        mk = cv2.resize(mask, (t.shape[1], t.shape[0]), interpolation=cv2.INTER_NEAREST)
        W3 = W if W.shape[0] == 3 else np.vstack([W, [0, 0, 1]]).astype(np.float32)
        Wl = (D @ W3 @ np.linalg.inv(D)).astype(np.float32)
        if mot != cv2.MOTION_HOMOGRAPHY:
            Wl = Wl[:2].copy()
        try:
            _, Wl = cv2.findTransformECCWithMask(t, i, mk, np.full(i.shape, 255, np.uint8), Wl, mot, (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, iters, eps), 3)
        except cv2.error:
            if lv == levels[0] and len(levels) > 1:
                continue  # the coarse level did not converge: try the fine one from the start
            ok = False
            break
        W3 = Wl if Wl.shape[0] == 3 else np.vstack([Wl, [0, 0, 1]]).astype(np.float32)
        W = (np.linalg.inv(D) @ W3 @ D).astype(np.float32)
        if mot != cv2.MOTION_HOMOGRAPHY:
            W = W[:2].copy()
    if not ok:
        return None
    W3 = W if W.shape[0] == 3 else np.vstack([W, [0, 0, 1]])
    return M @ W3 @ np.linalg.inv(S)

def refined_corr(rgb, lg, H, axes):
    """The tint's refined correlation on the rectified crop: TM_CCOEFF_NORMED of the log-chroma (half verify frame)."""
    vh, vw = lg.verify_gray.shape
    hw, hh = max(4, vw // 2), max(4, vh // 2)
    S = np.diag([lg.width / hw, lg.height / hh, 1.0])
    J = H @ S
    sc = np.sqrt(abs(np.linalg.det(J[:2, :2] / J[2, 2])))
    src = cv2.GaussianBlur(rgb, (0, 0), 0.5 * sc) if sc > 1.5 else rgb
    w = cv2.warpPerspective(src, J, (hw, hh), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)
    half = cv2.resize(lg.verify_rgb, (hw, hh), interpolation=cv2.INTER_AREA)
    a = T.log_chroma(w)[..., axes]; b = T.log_chroma(half)[..., axes]
    r = cv2.matchTemplate(np.ascontiguousarray(a), np.ascontiguousarray(b), cv2.TM_CCOEFF_NORMED)
    return float(r.max())

def sim_H(lg, cx, cy, w, a_deg):
    """Similarity: the logo's reference frame centred at (cx, cy), width w, turned by a (as bench_images)."""
    s = w / lg.width
    c, sn = np.cos(np.radians(a_deg)), np.sin(np.radians(a_deg))
    R = np.array([[c * s, -sn * s, 0], [sn * s, c * s, 0], [0, 0, 1.0]])
    C = np.array([[1, 0, -lg.width / 2], [0, 1, -lg.height / 2], [0, 0, 1.0]])
    return np.array([[1, 0, cx], [0, 1, cy], [0, 0, 1.0]]) @ R @ C

def bars(rgb, gray, lg, H, axes):
    if H is None or not np.all(np.isfinite(H)):
        return None
    # sane: the model keeps the logo convex and not collapsed
    from selfaudit.analysis.logos import _corners
    return refined_corr(rgb, lg, H, axes), _verify_local(gray, H, lg), _print_colour(rgb, H, lg, True)

def passes(b):
    return b is not None and b[0] >= 0.7 and b[1] >= 0.5 and b[2] is not None and b[2] >= 0.55


def _misses(ans, out, draws):
    d = json.load(open(ans)); res = []
    for draw in draws:
        lab = {Path(x["path"]).name: x for x in json.load(open(glob.glob(f"{draw}/labels-*.json")[0]))}
        for pic, found in sorted(d[draw].items()):
            it = lab[pic]
            if it["kind"] == "negative" or it["mode"] != "ink":
                continue
            if not any(m["name"] == it["logo"] and (it["kind"] == "copy" or iou(m["box"], it["box"]) >= 0.5) for m in found):
                res.append(it)
    json.dump(res, open(out, "w"), indent=0)
    print(len(res), "printed misses")


def _analyser():
    from selfaudit.analysis.images import ImageAnalyser
    from selfaudit.analysis.logo_set import builtin_logos
    from selfaudit.config import Config
    logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
    an = ImageAnalyser(Config(images={"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}),
                       extra_logos=[lg["file"] for lg in logos], cache=False)
    return {lg.name: lg for lg in an.logos}


def _hbox(lg, H):
    from selfaudit.analysis.logos import _corners
    q = cv2.perspectiveTransform(_corners(lg), H)[0]
    x0, y0 = q.min(0); x1, y1 = q.max(0)
    return q, [float(x0), float(y0), float(x1 - x0), float(y1 - y0)]


def _ceiling(misses, outp):
    from selfaudit.analysis.logos import _plausible
    byname = _analyser(); out = open(outp, "w")
    for it in json.load(open(misses)):
        lg = byname[it["logo"]]; axes = T.colour_axes(lg)
        rec = {"pic": it["path"], "kind": it["kind"], "logo": lg.name, "axes": axes}
        if axes:
            rgb = cv2.cvtColor(cv2.imread(it["path"]), cv2.COLOR_BGR2RGB); gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
            B = it["box"]; cx, cy = B[0] + B[2] / 2, B[1] + B[3] / 2; ar = lg.width / lg.height
            for plane in ("sim", "lc", "gray", "lc-aff"):
                best = None
                for a in range(-26, 27, 2):
                    cs, sn = abs(np.cos(np.radians(a))), abs(np.sin(np.radians(a)))
                    H0 = sim_H(lg, cx, cy, B[2] / (cs + sn / ar), a)
                    H = H0 if plane == "sim" else refine_h(rgb, lg, H0, axes, "lc" if plane != "gray" else "gray",
                                                           mot=cv2.MOTION_AFFINE if plane == "lc-aff" else cv2.MOTION_HOMOGRAPHY)
                    if H is None:
                        continue
                    q, bx = _hbox(lg, H)
                    if not _plausible(q, H, lg, rgb.shape):
                        continue
                    b = bars(rgb, gray, lg, H, axes)
                    if b is None or b[2] is None:
                        continue
                    ok = passes(b) and iou(bx, B) >= 0.5
                    key = (ok, min(b[0] - 0.7, b[1] - 0.5, b[2] - 0.55))
                    if best is None or key > best[0]:
                        best = (key, a, [round(float(v), 3) for v in b], round(iou(bx, B), 2))
                rec[plane] = best and {"pass": best[0][0], "a": best[1], "bars": best[2], "iou": best[3]}
        print(json.dumps(rec), flush=True); out.write(json.dumps(rec) + "\n")


def _negatives(outp, draws):
    from selfaudit.analysis.logos import DEFAULTS, _plausible, _print_colour, _verify_local
    byname = _analyser(); p = {**DEFAULTS}; out = open(outp, "w"); t0 = time.process_time(); ne = 0
    for d in draws:
        for it in json.load(open(glob.glob(f"{d}/labels-*.json")[0])):
            if it["kind"] != "negative":
                continue
            rgb = cv2.cvtColor(cv2.imread(it["path"]), cv2.COLOR_BGR2RGB); gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY); sh = {}
            for n, lg in byname.items():
                axes = T.colour_axes(lg)
                if not axes:
                    continue
                c = T.coarse(rgb, lg, axes, p, sh)
                rec = {"pic": it["path"], "logo": n, "coarse": round(c[0], 3)}
                if c[0] >= 0.5:
                    ne += 1
                    H = T.refine_homography(rgb, lg, c[1], axes)
                    if H is not None:
                        q, bx = _hbox(lg, H)
                        rec["plaus"] = bool(_plausible(q, H, lg, rgb.shape)); rec["iou"] = round(iou(bx, c[1]), 2)
                        rec["bars"] = [round(float(T.rectified_score(rgb, lg, H, axes)), 3), round(float(_verify_local(gray, H, lg)), 3),
                                       _print_colour(rgb, H, lg, True)]
                out.write(json.dumps(rec) + "\n")
    print("cpu", time.process_time() - t0, "treated", ne)


if __name__ == "__main__":
    cv2.setNumThreads(1)
    if sys.argv[1] == "misses":
        _misses(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif sys.argv[1] == "ceiling":
        _ceiling(sys.argv[2], sys.argv[3])
    else:
        _negatives(sys.argv[2], sys.argv[3:])
