"""Probe: would a cheap coarse SIFT pass (the feature image at a fraction of its side) have opened
the gate for every logo the full SIFT pass finds? Dev set (TUNED) only.
    python bench/bench_images.py logos --set dev --root /tmp/debs/x --root / --per-kind 16 --negatives 50 --keep /tmp/dev7 --build-only
    python bench/dev/logo_gate_probe.py /tmp/dev7/labels-*.json 0.5 0.375"""
import sys, json, time, tempfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import numpy as np, cv2
from selfaudit.analysis import images as I, logos as L
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.config import Config
from selfaudit.analysis.image_decode import decode_image
from bench_images import read_logo_list, gather_logos, DEV_LOGOS

labels = json.load(open(sys.argv[1]))
factors = [float(x) for x in sys.argv[2:]] or [0.5]
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
I._init_worker(an.logos, an.options)
M = L.FeatureMatcher(an.logos, {**an.options})
names = [lg.name for lg in M.logos]
stats = {f: {"pos_feat": 0, "pos_open": {}, "neg_pairs": 0, "neg_open": {}, "cpu": 0.0} for f in factors}
full_cpu = 0.0
for item in labels:
    dec = decode_image(Path(item["path"]).read_bytes(), max_pixels=I.DEFAULT_MAX_PIXELS, max_side=I.DEFAULT_MAX_SIDE)
    gray = dec.gray()
    k = min(1.0, 1280 / max(gray.shape[:2]))
    img = gray if k == 1 else cv2.resize(gray, (round(gray.shape[1]*k), round(gray.shape[0]*k)), interpolation=cv2.INTER_AREA)
    look = cv2.createCLAHE(2.0, (8, 8)).apply(img)
    t = time.process_time(); kps, des = M._keypoints(look); full_cpu += time.process_time() - t
    M._rgb, M._rgb_k = dec.rgb, k
    feat = set()
    if des is not None and len(kps) >= 4:
        pts = np.array([kp.pt for kp in kps], np.float32)
        for li, s, q in M._pairs(L.rootsift(des)):
            m = M._match_one(img, s, pts[q], M.logos[li])
            if m: feat.add(m["name"])
    for f in factors:
        st = stats[f]
        t = time.process_time()
        small = cv2.resize(look, (max(8, round(look.shape[1]*f)), max(8, round(look.shape[0]*f))), interpolation=cv2.INTER_AREA)
        k2, d2 = M.detector.detectAndCompute(small, None)
        votes = {}
        if d2 is not None and len(k2) >= 2:
            ratio = float(M.params["ratio"]); kk = min(6, len(M.desc))
            idx, dd = M.index.knnSearch(L.rootsift(d2), kk, params={"checks": M.checks})
            idx = idx.astype(np.int64); own = M.owner[idx]; p3 = M.points[idx]
            far = np.abs(p3[:, 1:, :] - p3[:, :1, :]).sum(axis=2) > 12.0
            rival = (own[:, 1:] == own[:, :1]) & far
            has = rival.any(axis=1); first = rival.argmax(axis=1) + 1
            runner = dd[np.arange(len(dd)), first]
            ok = ~has | (dd[:, 0] < ratio * ratio * runner)
            for li in own[ok, 0]:
                votes[names[li]] = votes.get(names[li], 0) + 1
        st["cpu"] += time.process_time() - t
        if item.get("logo"):
            if item["logo"] in feat:
                st["pos_feat"] += 1
                v = votes.get(item["logo"], 0)
                for g in (1, 2, 3, 4, 6):
                    st["pos_open"][g] = st["pos_open"].get(g, 0) + (v >= g)
        else:
            for nm in set(names):
                st["neg_pairs"] += 1
                v = votes.get(nm, 0)
                for g in (1, 2, 3, 4, 6):
                    st["neg_open"][g] = st["neg_open"].get(g, 0) + (v >= g)
n = len(labels)
print(f"{n} pictures; full SIFT pass {full_cpu / n * 1000:.1f} ms CPU a picture")
for f, st in stats.items():
    print(f"factor {f}: coarse pass {st['cpu'] / n * 1000:.1f} ms; positives found by features: {st['pos_feat']}")
    for g in (1, 2, 3, 4, 6):
        print(f"   gate >= {g} votes: opens for {st['pos_open'].get(g, 0)}/{st['pos_feat']} found positives; negative photo-logo pairs opened {st['neg_open'].get(g, 0)}/{st['neg_pairs']}")
