"""How many crop looks a photo gets (near_look / second_look) and how their windows overlap (logospeed34):
    FIRST=K STEP=n [PARAMS='{"option": value}'] python bench/dev/logo_looks_count.py DRAW"""
import sys, json, os, tempfile, collections
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import cv2
from selfaudit.analysis import images as I, logos as L, logo_second_look as SL
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.analysis.logo_math import box_iou
from selfaudit.config import Config
from bench_images import read_logo_list, gather_logos, DEV_LOGOS
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
logos = logos[: int(os.environ.get("FIRST", "0")) or None]
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()], **json.loads(os.environ.get("PARAMS", "{}"))}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
I._init_worker(an.logos, an.options); cv2.setNumThreads(1)
orig = SL.windows; calls = []
def spy(looked, found, p, count=None):
    out = orig(looked, found, p, count); calls[-1].append(("near" if count is not None else "sl", out)); return out
SL.windows = spy
C = collections.Counter()
for it in json.loads(next(Path(sys.argv[1]).glob("labels-*.json")).read_text())[::int(os.environ.get("STEP","1"))]:
    calls.append([]); I._analyse_path(it["path"], "x")
    ws = [(k, n, b) for k, out in calls[-1] for n, b in out]
    C["photos"] += 1; C["looks"] += len(ws)
    for k, n, b in ws: C["looks_" + k] += 1
    for i in range(len(ws)):
        for j in range(i + 1, len(ws)):
            iou = box_iou(ws[i][2], ws[j][2])
            same = ws[i][1] == ws[j][1]
            if iou >= 0.5: C[("same" if same else "other") + "_iou>=.5"] += 1
            elif iou >= 0.2: C[("same" if same else "other") + "_iou.2-.5"] += 1
print(dict(C))
