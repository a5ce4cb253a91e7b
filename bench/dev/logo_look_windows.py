"""Why a positive got no keypoint look (logospeed32): per variant, the matches, the whole-photo pass's unverified
places (near) and the outline / colour windows offered to second_look, with their IoU against the true box.

    python bench/dev/logo_look_windows.py '{"fs640": {"feature_side": 640}, "fs480": {"feature_side": 480}}' DRAW/00019-rotation.jpg ...
"""
import sys, json, tempfile, os, glob
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import cv2, numpy as np
from selfaudit.analysis import images as I, logos as L, logo_second_look as SL
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.analysis.image_decode import decode_image
from selfaudit.analysis.logo_math import box_iou
from selfaudit.config import Config
from bench_images import read_logo_list, gather_logos, DEV_LOGOS
configs = json.loads(sys.argv[1]); pics = sys.argv[2:]
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
I._init_worker(an.logos, an.options)
orig = SL.windows
def spy(looked, found, p, count=None):
    out = orig(looked, found, p, count)
    spy.calls.append((sorted(looked, key=lambda w: -w[0])[:8], out)); return out
SL.windows = spy
for pic in pics:
    folder = str(Path(pic).parent); lab = json.loads(next(Path(folder).glob("labels-*.json")).read_text())
    it = next(i for i in lab if Path(i["path"]).name == Path(pic).name)
    print("==", pic, it["logo"], it["mode"], it["kind"], it["box"])
    for name, p in configs.items():
        o = {**an.options, **p}
        cv2.setRNGSeed(0); M = L.FeatureMatcher(an.logos, o)
        dec = decode_image(Path(pic).read_bytes()); spy.calls = []
        found = M.detect(dec.gray(), dec.rgb)
        tb = [round(v * dec.scale) for v in it["box"]]
        print(f"  [{name}] scale {dec.scale:.2f} found", [(m["name"], m.get("method"), round(box_iou(m["box"], tb), 2), m.get("second_look", False)) for m in found])
        print("    near:", [(round(s, 3), n, round(box_iou(b, tb), 2)) for s, n, b in M.near])
        for looked, out in spy.calls:
            print("    looked top:", [(round(s, 2), n, round(box_iou(b, tb), 2)) for s, n, b in looked], "-> windows", [(n, round(box_iou(b, tb), 2)) for n, b in out])
        tl = [(round(s, 2), round(box_iou(b, tb), 2)) for s, n, b in M.shapes.looked + M.inks.looked if n == it["logo"]]
        print("    boxes:", [(m["name"], m["box"]) for m in found], [(round(s,2), b) for s, n, b in M.shapes.looked + M.inks.looked if n == it["logo"]][:3])
    print("    true logo's windows (refined, iou):", sorted(tl, reverse=True)[:6])
