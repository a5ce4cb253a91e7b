"""Set 12 (TUNED, diagnostic) wrong-logo probe (logoplain32): reruns the detector on the pictures
where the two plain marks were wrongly claimed (easyeffects, gtetrinet, korganizer, kmetronome)
and on the plain marks' own pictures (antigravitaattori, gnomint); prints each wrong claim with
its method, box and scores, and each own picture's hit or miss with the method.

    .venv/bin/python bench/dev/stray_probe.py [--param KEY=VALUE ...]   (from the worktree root)
"""
import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "bench")
sys.path.insert(0, "src")
import bench_images as B

from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.config import Config

ap = argparse.ArgumentParser()
ap.add_argument("--param", action="append", default=[])
args = ap.parse_args()
params = {k: json.loads(v) for k, v in (a.split("=", 1) for a in args.param)}
logos = B.gather_logos([Path("/tmp/h12/x"), Path("/")], Path(tempfile.mkdtemp()), B.read_logo_list(Path("bench/logos-heldout12.tsv")))
items = json.loads(next(Path("/tmp/h12keep").glob("labels-*.json")).read_text())
placed = {"easyeffects", "gtetrinet", "korganizer", "kmetronome"}
own = {"antigravitaattori", "gnomint"}
items = [it for it in items if it.get("logo") in placed | own]
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()], **params}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
reps = an.analyse_files([Path(it["path"]) for it in items])
wrong = 0
hits: dict[str, list[int]] = {}
for it, rep in zip(items, reps, strict=True):
    name = Path(it["path"]).name
    for m in rep.logos:
        if m["name"] != it["logo"]:
            wrong += 1
            print(name, it["logo"], it["kind"], it["mode"], "->", m["name"], {k: m.get(k) for k in ("box", "method", "inliers", "score", "colour") if k in m})
    if it["logo"] in own:
        mine = [m for m in rep.logos if m["name"] == it["logo"] and (it["kind"] == "copy" or B.iou(m["box"], it["box"]) >= 0.5)]
        got = hits.setdefault(it["logo"], [0, 0])
        got[1] += 1
        got[0] += bool(mine)
        print(name, it["logo"], it["kind"], it["mode"], "own:", ", ".join(m["method"] for m in mine) or "MISSED")
print("wrong claims:", wrong, "| own hits:", ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(hits.items())))
