"""logo_tint.py's own cues (coarse, refined, cells, log-chroma) on the printed misses and on every logo x negative photo (logoprint35; dev only).

    python bench/dev/logo_tint_eval.py miss OUT.jsonl ; python bench/dev/logo_tint_eval.py negative OUT.jsonl DIR ...
"""
import sys, json, time, os, tempfile
from pathlib import Path
sys.path.insert(0, "/work/wt/logoprint35/bench")
import cv2, numpy as np
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.analysis import logo_tint as T
from selfaudit.analysis.logos import DEFAULTS
from selfaudit.config import Config
from bench_images import read_logo_list, gather_logos, DEV_LOGOS, iou
cv2.setNumThreads(1)
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
LG = {lg.name: lg for lg in an.logos}
p = dict(DEFAULTS); p.update(json.loads(os.environ.get("P", "{}")))
def one(rgb, lg, tbox=None):
    ax = T.colour_axes(lg)
    if not ax: return None
    t = time.process_time()
    c = T.coarse(rgb, lg, ax, p); tc = time.process_time() - t
    r = T.refine(rgb, lg, c[1], ax) if c else None
    cues = T.judge(rgb, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), lg, r[1], p) if r else None
    return {"c": round(c[0], 3), "r": round(r[0], 3) if r else None, "cues": [round(z, 3) for z in cues] if cues else None,
            "iou": round(iou(r[1], tbox), 2) if (r and tbox) else None, "ms": round(tc * 1000, 1)}
def load(path):
    # the analysis size: as images.py decodes (long side)
    im = cv2.cvtColor(cv2.imread(path), cv2.COLOR_BGR2RGB)
    return im
out = open(sys.argv[2], "w")
if sys.argv[1] == "miss":
    for f, fn, logo, kind, box in json.load(open("/tmp/lp35/misses.json")):
        rec = {"f": f[-3:], "fn": fn, "logo": logo, **(one(load(f + "/" + fn), LG[logo], box) or {})}
        print(json.dumps(rec)); out.write(json.dumps(rec) + "\n")
else:
    for folder in sys.argv[3:]:
        lab = json.load(open(next(Path(folder).glob("labels-*.json"))))
        for it in lab:
            k = "negative" if it["kind"] == "negative" else it.get("mode")
            if k not in sys.argv[1].split(","): continue
            rgb = load(it["path"])
            for name, lg in LG.items():
                r = one(rgb, lg)
                if r: out.write(json.dumps({"path": it["path"], "kind": k, "truth": it.get("logo"), "tbox": it.get("box"), "logo": name, **r}) + "\n")
            out.flush()
