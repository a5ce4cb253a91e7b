"""Oracle + log-chroma / contrast-normalised template-search probe for the printed misses (logoprint35; dev only).

    python bench/dev/logo_tint_probe.py miss OUT.jsonl          # /tmp/lp35/misses.json: (folder, file, logo, kind, box) of each miss
    python bench/dev/logo_tint_probe.py negative OUT.jsonl DIR ...
"""
import sys, json, tempfile, time, os
from pathlib import Path
sys.path.insert(0, "/work/wt/logoprint35/bench")
import cv2, numpy as np
from selfaudit.analysis import images as I
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.analysis import logos as L
from selfaudit.config import Config
from bench_images import read_logo_list, gather_logos, DEV_LOGOS, iou
cv2.setNumThreads(1)
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
LG = {lg.name: lg for lg in an.logos}
SIDE = int(os.environ.get("SIDE", "320"))

def logchroma(rgb):
    f = np.log(rgb.astype(np.float32) + 8.0)
    return [f[..., 0] - f[..., 1], (f[..., 0] + f[..., 1]) / 2 - f[..., 2]]

def lcn(g, s):
    g = g.astype(np.float32); m = cv2.GaussianBlur(g, (0, 0), s); d = g - m
    v = cv2.GaussianBlur(d * d, (0, 0), s); return d / np.sqrt(v + 25.0)

def search(photo_rgb, lg, lo=16, hi=None):
    h, w = photo_rgb.shape[:2]; k = SIDE / max(h, w)
    small = cv2.resize(photo_rgb, (round(w * k), round(h * k)), interpolation=cv2.INTER_AREA)
    ch = logchroma(small); gr = lcn(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), 2.0)
    tr = lg.verify_rgb; tch_full = logchroma(tr)
    m = L._colour_mask(lg)
    axes = [i for i in range(2) if tch_full[i][m].std() >= 0.1]
    best = {"c": (-1, None), "g": (-1, None)}
    hi = hi or int(0.9 * min(small.shape[:2]) * max(tr.shape[:2]) / min(tr.shape[:2]))
    s = lo
    while s <= hi:
        tk = s / max(tr.shape[:2]); tw, th = max(4, round(tr.shape[1] * tk)), max(4, round(tr.shape[0] * tk))
        if tw >= small.shape[1] or th >= small.shape[0]: break
        t = cv2.resize(tr, (tw, th), interpolation=cv2.INTER_AREA)
        tch = logchroma(t); tg = lcn(cv2.cvtColor(t, cv2.COLOR_RGB2GRAY), 2.0)
        rg = cv2.matchTemplate(gr, tg, cv2.TM_CCOEFF_NORMED)
        if axes:
            rc = np.mean([cv2.matchTemplate(ch[i], tch[i], cv2.TM_CCOEFF_NORMED) for i in axes], axis=0)
        else:
            rc = np.full_like(rg, -1)
        for key, r in (("c", rc), ("g", rg)):
            _, mx, _, loc = cv2.minMaxLoc(r)
            if mx > best[key][0]:
                best[key] = (float(mx), [loc[0] / k, loc[1] / k, tw / k, th / k])
        s = int(s * 1.2) + 1
    return best, axes

def refine(photo_rgb, lg, box, axes):
    x, y, w, h = box; px, py = 0.25 * w, 0.25 * h
    H0, W0 = photo_rgb.shape[:2]
    x0, y0 = max(0, int(x - px)), max(0, int(y - py)); x1, y1 = min(W0, int(x + w + px)), min(H0, int(y + h + py))
    tr = lg.verify_rgb; vh, vw = tr.shape[:2]
    k = vw / max(w, 1)  # crop scale so the box is the verify frame's size
    crop = cv2.resize(photo_rgb[y0:y1, x0:x1], (max(1, round((x1 - x0) * k)), max(1, round((y1 - y0) * k))), interpolation=cv2.INTER_AREA)
    ch = logchroma(crop); gr = lcn(cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY), 2.0)
    best = (-2, None)
    for sc in (0.84, 0.89, 0.94, 1.0, 1.06, 1.12, 1.19):
        tw, th = round(vw * sc), round(vh * sc)
        if tw >= crop.shape[1] or th >= crop.shape[0]: continue
        t = cv2.resize(tr, (tw, th), interpolation=cv2.INTER_AREA)
        if axes:
            tch = logchroma(t); r = np.mean([cv2.matchTemplate(ch[i], tch[i], cv2.TM_CCOEFF_NORMED) for i in axes], axis=0)
        else:
            r = cv2.matchTemplate(gr, lcn(cv2.cvtColor(t, cv2.COLOR_RGB2GRAY), 2.0), cv2.TM_CCOEFF_NORMED)
        _, mx, _, loc = cv2.minMaxLoc(r)
        if mx > best[0]: best = (float(mx), [x0 + loc[0] / k, y0 + loc[1] / k, tw / k, th / k])
    return best

def oracle(photo_rgb, lg, box):
    x, y, w, h = box
    gray = cv2.cvtColor(photo_rgb, cv2.COLOR_RGB2GRAY)
    H = np.array([[w / lg.width, 0, x], [0, h / lg.height, y], [0, 0, 1]], np.float64)
    return {"local": round(L._verify_local(gray, H, lg), 3), "pc": L._print_colour(photo_rgb, H, lg, True),
            "plain": round(L._verify(gray, H, lg), 3)}

def refd(rgb, lg, box, ax):
    if not box: return None
    sc, b2 = refine(rgb, lg, box, ax)
    if b2 is None: return None
    return {"rs": round(sc, 3), **oracle(rgb, lg, b2), "box": [round(z) for z in b2]}

mode = sys.argv[1]; out = open(sys.argv[2], "w")
if mode == "miss":
    items = [dict(zip(("folder", "fn", "logo", "kind", "box"), m)) for m in json.load(open("/tmp/lp35/misses.json"))]
    for it in items:
        rgb = cv2.cvtColor(cv2.imread(it["folder"] + "/" + it["fn"]), cv2.COLOR_BGR2RGB)
        lg = LG[it["logo"]]; b, ax = search(rgb, lg)
        rec = {**it, "oracle": oracle(rgb, lg, it["box"]), "axes": bool(ax),
               **{k: (round(v[0], 3), round(iou(v[1], it["box"]), 2) if v[1] else 0, oracle(rgb, lg, v[1]) if v[1] else None, refd(rgb, lg, v[1], ax), round(iou(refine(rgb, lg, v[1], ax)[1], it["box"]),2) if v[1] else 0) for k, v in b.items()}}
        print(json.dumps(rec)); out.write(json.dumps(rec) + "\n"); out.flush()
else:  # negatives of folders: best score per logo
    for folder in sys.argv[3:]:
        lab = json.load(open(next(Path(folder).glob("labels-*.json"))))
        want = mode.split(",")
        for it in lab:
            k = "negative" if it["kind"] == "negative" else it.get("mode")
            if k not in want: continue
            rgb = cv2.cvtColor(cv2.imread(it["path"]), cv2.COLOR_BGR2RGB)
            t = time.process_time()
            for name, lg in LG.items():
                b, ax = search(rgb, lg)
                rec = {"path": it["path"], "kind": k, "truth": it.get("logo"), "tbox": it.get("box"), "logo": name, "axes": bool(ax),
                       **{kk: (round(v[0], 3), [round(z) for z in v[1]] if v[1] else None, oracle(rgb, lg, v[1]) if v[1] else None, refd(rgb, lg, v[1], ax)) for kk, v in b.items()}}
                out.write(json.dumps(rec) + "\n")
            out.flush(); print(it["path"], f"{(time.process_time()-t)*1000/len(LG):.1f} ms/logo", flush=True)
