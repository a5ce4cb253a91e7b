"""Exclusive CPU per stage a photo (process time, nested stages subtracted): FIRST=K STEP=n python bench/dev/logo_stage_cpu.py DRAW[,DRAW] (logospeed38; PARAMS={json} for detector options)"""
import sys, json, time, tempfile, os, functools
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import cv2
from selfaudit.analysis import images as I, logos as L, logo_tint as T, logo_shapes as S
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.config import Config
from bench_images import read_logo_list, gather_logos, DEV_LOGOS
import selfaudit
EX = {}; N = {}; STACK = []
def wrap(owner, name, label):
    f = getattr(owner, name)
    @functools.wraps(f)
    def g(*a, **k):
        lab = label(a) if callable(label) else label
        if any(s[0].startswith("looks") for s in STACK) and not lab.startswith("looks"):
            lab = "looks: " + lab
        STACK.append([lab, 0.0])
        c = time.process_time()
        try: return f(*a, **k)
        finally:
            inc = time.process_time() - c
            _, child = STACK.pop()
            EX[lab] = EX.get(lab, 0) + inc - child; N[lab] = N.get(lab, 0) + 1
            if STACK: STACK[-1][1] += inc
    setattr(owner, name, g)
wrap(I, "analyse_decoded", "other (report, gray)")
wrap(I, "decode_image", "decode")
wrap(I, "hash_match", "hashes")
wrap(L.FeatureMatcher, "detect", lambda a: "photo resize + CLAHE (detect itself)" if a[0].reversed is not None or True else "")
wrap(L.FeatureMatcher, "describe", "SIFT (whole photo)")
wrap(L.FeatureMatcher, "_pairs", "FLANN + ratio test")
wrap(L.FeatureMatcher, "_match_one", "RANSAC + checks")
wrap(L.FeatureMatcher, "_shapes", "searches' glue")
wrap(L, "second_look", "looks (crop, glue)")
wrap(S.ShapeMatcher, "detect", lambda a: "outline search" if a[0].look == "rgb" else "colour search (inks)")
wrap(L, "tint_matches", "tint: glue (axes, gray)")
wrap(T, "coarse", "tint: coarse search")
wrap(T, "refine", "tint: upright refine")
wrap(T, "judge", "tint: upright judge")
wrap(T, "judge_homography", "tint: homography judge (ECC)")
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
logos = logos[: int(os.environ.get("FIRST", "0")) or None]
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()], **json.loads(os.environ.get("PARAMS", "{}"))}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
cv2.setRNGSeed(0)
I._init_worker(an.logos, an.options)
cv2.setNumThreads(1)
items = []
for folder in sys.argv[1].split(","):
    lab = next(Path(folder).glob("labels-*.json"))
    items += json.loads(lab.read_text())[int(os.environ.get("START", "0"))::int(os.environ.get("STEP", "1"))]
I._analyse_path(items[0]["path"], "x"); EX.clear(); N.clear()
c0 = time.process_time()
for it in items: I._analyse_path(it["path"], "x")
tot = time.process_time() - c0
n = len(items)
print(f"{selfaudit.__file__.split('/src/')[0]} FIRST={os.environ.get('FIRST','all')} {n} photos {tot/n*1000:.1f} ms CPU a photo (timers on) load {os.getloadavg()[0]:.1f}")
for k, v in sorted(EX.items(), key=lambda kv: -kv[1]): print(f"  {k:<40} {v/n*1000:7.1f} ms  ({N[k]/n:.2f} calls a photo)")
print(f"  {'(outside the timers: read file)':<40} {(tot-sum(EX.values()))/n*1000:7.1f} ms")
