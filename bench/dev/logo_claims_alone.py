"""Each wrong-logo claimer registered alone, on the pictures where it claims wrongly (from a dump): is the claim still made?
   python bench/dev/logo_claims_alone.py PARAMS_JSON DUMP.json [...]"""
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import cv2
from selfaudit.analysis import images as I
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.analysis.logo_math import box_iou
from selfaudit.config import Config
from bench_images import DEV_LOGOS, gather_logos, read_logo_list
logos = {lg["name"]: lg for lg in gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))}
p = json.loads(sys.argv[1])
dump = {}
for f in sys.argv[2:]:
    for k, v in json.loads(Path(f).read_text()).items():
        dump.setdefault(k, {}).update(v)
todo = {}
for draw in sorted(dump):
    lab = {Path(it["path"]).name: it for it in json.loads(next(Path(draw).glob("labels-*.json")).read_text())}
    for pic, ans in sorted(dump[draw].items()):
        it = lab[pic]
        if isinstance(ans, str) or it["kind"] == "negative":
            continue
        for m in ans:
            if m["name"] != it["logo"]:
                todo.setdefault(m["name"], []).append(it)
kept = total = 0
for name, items in sorted(todo.items()):
    opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()], **p}
    an = ImageAnalyser(Config(images=opts), extra_logos=[logos[name]["file"]], cache=False)
    cv2.setRNGSeed(0)
    I._init_worker(an.logos, an.options)
    for it in items:
        rep = I._analyse_path(str(it["path"]), "x")
        got = [m for m in rep.logos if m["name"] == name]
        total += 1; kept += bool(got)
        print(f"{name:18s} alone on {Path(it['path']).parent.name}/{Path(it['path']).name:26s} placed={it['logo']:17s} {it['mode']:5s} -> {'CLAIMED ' + got[0]['method'] + ' ' + str(got[0].get('score')) if got else 'no claim'}", flush=True)
print(f"{kept} of {total} wrong claims still made with the claimer registered alone")
