"""Turned printed misses of a base run: what each lead reaches (logotint36). The base run is bench_logo_variants.py with DUMP=, variant "base".

    python bench/dev/logo_tint_turn_probe.py DUMP.json OUT.jsonl

Per ink miss: the upright coarse peak (correlation, IoU, near the true centre), the coarse peak of the photo turned
by -24..24 (lead A), an oracle (the true centre, sizes from the label box, refine_turned + judge over -26..26 in 2 deg
steps: the ceiling of any pose search with these bars), and lead U (the upright peak refined turned).

It needs the turned search removed from logo_tint.py after stop 36 (refine_turned, coarse's angle): run it on a
checkout of 5c96738 (git worktree add --detach /tmp/lt 5c96738; PYTHONPATH=/tmp/lt/src).
"""
import sys, json, glob, tempfile
from pathlib import Path
sys.path.insert(0, "bench")
import cv2, numpy as np
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.analysis import logo_tint as T
from selfaudit.analysis.logos import DEFAULTS
from selfaudit.config import Config
from bench_images import read_logo_list, gather_logos, DEV_LOGOS, iou
cv2.setNumThreads(1)
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
an = ImageAnalyser(Config(images={"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}), extra_logos=[lg["file"] for lg in logos], cache=False)
byname = {lg.name: lg for lg in an.logos}
p = {**DEFAULTS}
dump = json.loads(Path(sys.argv[1]).read_text())
out = open(sys.argv[2], "w")
def bars(r, cues):
    return r is not None and r >= 0.7 and cues is not None and cues[0] >= 0.5 and cues[1] >= 0.55
for draw, per in dump.items():
    labels = {Path(it["path"]).name: it for it in json.loads(next(Path(draw).glob("labels-*.json")).read_text())}
    for pic, ok in per["base"].items():
        it = labels[pic]
        if ok is not False or it.get("mode") != "ink":
            continue
        lg = byname[it["logo"]]
        axes = T.colour_axes(lg)
        rec = {"draw": Path(draw).name, "pic": pic, "kind": it["kind"], "logo": lg.name, "axes": axes}
        if not axes:
            print(json.dumps(rec)); out.write(json.dumps(rec) + "\n"); continue
        rgb = cv2.cvtColor(cv2.imread(it["path"]), cv2.COLOR_BGR2RGB)
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        B = it["box"]; bc = (B[0] + B[2] / 2, B[1] + B[3] / 2); rad = 0.25 * max(B[2], B[3])
        sh = {}
        c = T.coarse(rgb, lg, axes, p, sh)
        near = lambda box: np.hypot(box[0] + box[2] / 2 - bc[0], box[1] + box[3] / 2 - bc[1]) < rad
        rec["upright"] = [round(c[0], 3), round(iou(c[1], B), 2), bool(near(c[1]))]
        for a in (-24, -16, -8, 8, 16, 24):
            ca = T.coarse(rgb, lg, axes, p, sh, a)
            rec[f"c{a}"] = [round(ca[0], 3), bool(near(ca[1]))]
        # oracle: the true centre, sizes from the label box per angle
        ar = lg.width / lg.height
        best = None
        for a in range(-26, 27, 2):
            cs, sn = abs(np.cos(np.radians(a))), abs(np.sin(np.radians(a)))
            w = B[2] / (cs + sn / ar); h = w / ar
            r = T.refine_turned(rgb, lg, [bc[0] - w / 2, bc[1] - h / 2, w, h], axes, [float(a)])
            if r is None: continue
            cues = T.judge(rgb, gray, lg, r[1], p)
            key = (bars(r[0], cues), r[0])
            if best is None or key > best[0]:
                best = (key, a, round(r[0], 3), cues and [round(cues[0], 3), round(cues[1], 3)])
        rec["oracle"] = best and {"pass": best[0][0], "angle": best[1], "r": best[2], "cues": best[3]}
        # lead U: the upright coarse window, then turned refinement there over angles
        bestu = None
        for angs in ([-24, -16, -8, 8, 16, 24],):
            for a in angs:
                r = T.refine_turned(rgb, lg, c[1], axes, [float(a) + d for d in (-4, 0, 4)])
                if r is None: continue
                cues = T.judge(rgb, gray, lg, r[1], p)
                key = (bars(r[0], cues), r[0])
                if bestu is None or key > bestu[0]:
                    bestu = (key, a, round(r[0], 3), cues and [round(cues[0], 3), round(cues[1], 3)])
        rec["leadU"] = bestu and {"pass": bestu[0][0], "angle": bestu[1], "r": bestu[2], "cues": bestu[3]}
        print(json.dumps(rec)); out.write(json.dumps(rec) + "\n"); out.flush()
