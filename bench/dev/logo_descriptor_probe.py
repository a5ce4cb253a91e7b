"""Per-stage CPU of keypoint / descriptor variants on every 10th picture of a kept dev draw (logodesc30):
the logos prepared per variant, the index sizes, keypoints + descriptors, and the search against all
logos and against the first one.  python bench/dev/logo_descriptor_probe.py JSON_VARIANTS"""
import sys, time, json, tempfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import numpy as np, cv2
from selfaudit.analysis import logos as L
from selfaudit.analysis.logo_set import Logo
from bench_images import read_logo_list, gather_logos, DEV_LOGOS
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
cv2.setNumThreads(1)
variants = json.loads(sys.argv[1])
lab = json.loads(next(Path("/tmp/ld30/draw-s7").glob("labels-*.json")).read_text())
photos = [it["path"] for it in lab[::10]]
for name, p in variants.items():
    P = {**L.DEFAULTS, **p}
    t = time.process_time()
    feats = [L.prepare_logo(Logo(lg["name"], lg["name"], Path(lg["file"]), False), P) for lg in logos]
    tp = time.process_time() - t
    n = [len(f.descriptors) for f in feats]
    t = time.process_time(); M = L.FeatureMatcher(feats, P); tb = time.process_time() - t
    M1 = L.FeatureMatcher(feats[:1], P)
    tk = tm = tm1 = 0; nk = 0
    for ph in photos:
        g = cv2.imread(ph, cv2.IMREAD_GRAYSCALE)
        k = min(1.0, 1280 / max(g.shape)); g = cv2.resize(g, (round(g.shape[1]*k), round(g.shape[0]*k)), interpolation=cv2.INTER_AREA)
        look = cv2.createCLAHE(2.0, (8, 8)).apply(g)
        t = time.process_time(); kps, des = M.describe(look); tk += time.process_time() - t; nk += len(kps)
        t = time.process_time(); M._pairs(des); tm += time.process_time() - t
        t = time.process_time(); M1._pairs(des); tm1 += time.process_time() - t
    N = len(photos)
    print(f"{name:12} logo desc min/med/max {min(n)}/{int(np.median(n))}/{max(n)} total {sum(n)}  prep {tp:.1f}s index {tb:.2f}s | photo kps {nk/N:.0f} keypoints+desc {tk/N*1000:.0f} ms  search all {tm/N*1000:.0f} ms  search 1 logo {tm1/N*1000:.0f} ms", flush=True)
