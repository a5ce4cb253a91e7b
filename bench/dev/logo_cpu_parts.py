"""Per-function CPU on a kept dev draw (logospeed32): FIRST=K STEP=n python bench/dev/logo_cpu_parts.py '{params}' DRAW
(functions wrapped with process-time counters; nested ones overlap)."""
import sys, json, time, tempfile, os, functools
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import cv2
from selfaudit.analysis import images as I, logos as L, logo_second_look as SL, image_decode as D, logo_shapes as S
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.config import Config
from bench_images import read_logo_list, gather_logos, DEV_LOGOS
T = {}; N = {}
def wrap(owner, name, label):
    f = getattr(owner, name)
    @functools.wraps(f)
    def g(*a, **k):
        c = time.process_time()
        try: return f(*a, **k)
        finally:
            T[label] = T.get(label, 0) + time.process_time() - c; N[label] = N.get(label, 0) + 1
    setattr(owner, name, g)
wrap(I, "decode_image", "decode")
wrap(L.FeatureMatcher, "describe", "describe(all)")
wrap(L.FeatureMatcher, "_pairs", "pairs(all)")
wrap(L.FeatureMatcher, "_match_one", "match_one(all)")
wrap(L.FeatureMatcher, "_shapes", "_shapes(total)")
wrap(S.ShapeMatcher, "detect", "shape+ink detect")
wrap(L, "second_look", "second_look(near+sl)")
wrap(I, "hash_match", "hash_match")
wrap(I, "detect_faces", "faces")
wrap(I, "analyse_decoded", "analyse_decoded")
wrap(L.FeatureMatcher, "detect", "matcher.detect")
p = json.loads(sys.argv[1]); folder = sys.argv[2]
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
logos = logos[: int(os.environ.get("FIRST", "0")) or None]
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
I._init_worker(an.logos, {**an.options, **p})
I._STATE["matcher"] = L.FeatureMatcher(an.logos, {**an.options, **p})
cv2.setNumThreads(1)
lab = next(Path(folder).glob("labels-*.json"))
items = json.loads(lab.read_text())[:: int(os.environ.get("STEP", "1"))]
c0 = time.process_time()
for it in items: I._analyse_path(it["path"], "x")
tot = time.process_time() - c0
n = len(items)
print(f"{n} photos, {tot/n*1000:.1f} ms a photo")
for k, v in sorted(T.items(), key=lambda kv: -kv[1]): print(f"  {k:<24} {v/n*1000:7.1f} ms  ({N[k]/n:.2f} calls a photo)")
