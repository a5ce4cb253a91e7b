"""Per-stage CPU of the logo detector for several variants, interleaved per photo (process time).

    python bench/bench_logo_stages.py '{"base": {}, "new": {"detect_side": 640}}' [ROUNDS]

The photos are the first 12 MATE nature wallpapers (1280-2560 px) unpacked under /tmp/debs/x, the
logos the 24 dev logos (FIRST=K: the first K); stages: decode, keypoints (FeatureMatcher.describe on the CLAHE image of
the variant's feature_side, 1280 px by default), FLANN (_pairs), RANSAC + verification, the outline search and the colour search, and the whole
analyse_decoded (which repeats them all).
"""
import sys, time, glob, json, tempfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import numpy as np, cv2
from selfaudit.analysis import images as I, logos as L
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.config import Config
from selfaudit.analysis.image_decode import decode_image
from selfaudit.analysis.logo_shapes import forget_halvings
from bench_images import read_logo_list, gather_logos, DEV_LOGOS
configs = json.loads(sys.argv[1])
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
logos = logos[: int(__import__("os").environ.get("FIRST", "0")) or None]  # FIRST=K: only the first K logos (an organisation's own few)
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
I._init_worker(an.logos, an.options)
states = {n: {"logos": an.logos, "options": {**an.options, **p}, "matcher": L.FeatureMatcher(an.logos, {**an.options, **p})} for n, p in configs.items()}
photos = sorted(glob.glob("/tmp/debs/x/usr/share/backgrounds/mate/nature/*.jpg"))[:12]
T = {n: {} for n in states}
def tick(n, k, t): T[n][k] = T[n].get(k, 0) + time.process_time() - t
for rnd in range(int(sys.argv[2]) if len(sys.argv) > 2 else 1):
  for p in photos:
    data = Path(p).read_bytes()
    for n, st in states.items():
        I._STATE.clear(); I._STATE.update(st); M = st["matcher"]
        t = time.process_time(); dec = decode_image(data, max_pixels=I.DEFAULT_MAX_PIXELS, max_side=I.DEFAULT_MAX_SIDE); tick(n, "decode", t)
        gray = dec.gray()
        k = min(1.0, int(M.params["feature_side"]) / max(gray.shape[:2]))  # the variant's whole-photo copy
        img = cv2.resize(gray, (round(gray.shape[1]*k), round(gray.shape[0]*k)), interpolation=cv2.INTER_AREA)
        look = cv2.createCLAHE(2.0, (8, 8)).apply(img)
        t = time.process_time(); kps, des = M.describe(look); tick(n, "keypoints", t)  # + RootSIFT, or the binary describer
        t = time.process_time(); pr = M._pairs(des); tick(n, "flann", t)  # or the Hamming search
        M._rgb, M._rgb_k = dec.rgb, k
        t = time.process_time(); [M._match_one(img, s, np.array([kp.pt for kp in kps], np.float32)[q], M.logos[li]) for li, s, q in pr]; tick(n, "ransac", t)
        # the two searches apart (the outline search makes the photo's halvings, the colour search reuses them)
        t = time.process_time(); M.shapes.detect(dec.rgb, []); tick(n, "outline search", t)
        t = time.process_time(); M.inks.detect(dec.rgb, []); tick(n, "colour search", t)
        forget_halvings()
        t = time.process_time(); I.analyse_decoded(dec); tick(n, "ALL analyse_decoded", t)
N = len(photos) * (int(sys.argv[2]) if len(sys.argv) > 2 else 1)
print("stage".ljust(20), *[n.rjust(10) for n in states])
for k in T[next(iter(states))]:
    print(k.ljust(20), *[f"{T[n][k]/N*1000:8.1f}ms" for n in states])
