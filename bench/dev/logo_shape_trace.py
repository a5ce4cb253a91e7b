"""Every window the outline / colour searches verified (logoprint34): its scores against the truth.

    KINDS=ink,negative python bench/dev/logo_shape_trace.py OUT.jsonl /tmp/lp34/draw-s7 [...]

One JSON line a verified candidate (ShapeMatcher.trace: refined, align, coverage, worst cell,
colour) with the picture's kind, the true logo and the candidate's IoU with the true box, and one
line a picture with the detector's matches (default parameters, one seeded FLANN index).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import cv2

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_images import DEV_LOGOS, gather_logos, iou, read_logo_list  # noqa: E402

from selfaudit.analysis import images as I  # noqa: E402
from selfaudit.analysis import logos as L  # noqa: E402
from selfaudit.analysis.image_decode import decode_image  # noqa: E402
from selfaudit.analysis.images import ImageAnalyser  # noqa: E402
from selfaudit.analysis.logo_set import builtin_logos  # noqa: E402
from selfaudit.config import Config  # noqa: E402

out = open(sys.argv[1], "w")
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
I._init_worker(an.logos, an.options)
cv2.setNumThreads(1)
cv2.setRNGSeed(0)
M = L.FeatureMatcher(an.logos, an.options)
for folder in sys.argv[2:]:
    items = json.loads(next(Path(folder).glob("labels-*.json")).read_text())
    if os.environ.get("KINDS"):
        want = set(os.environ["KINDS"].split(","))
        items = [it for it in items if (it["kind"] == "negative" and "negative" in want) or it.get("mode") in want or it["kind"] in want]
    for it in items:
        dec = decode_image(Path(it["path"]).read_bytes())
        M.shapes.trace, M.inks.trace = [], []
        found = M.detect(dec.gray(), dec.rgb)
        tb = [round(v * dec.scale) for v in it["box"]] if it.get("box") else None
        pic = {"pic": f"{Path(folder).name} {Path(it['path']).name}", "kind": it["kind"], "mode": it.get("mode"), "truth": it.get("logo")}
        for src, tr in (("shape", M.shapes.trace), ("ink", M.inks.trace)):
            for t in tr:
                out.write(json.dumps({**pic, "src": src, **{k: (round(v, 3) if isinstance(v, float) else v) for k, v in t.items()},
                                      "iou": round(iou(t["box"], tb), 2) if tb else None}) + "\n")
        out.write(json.dumps({**pic, "found": [(m["name"], m.get("method"), round(iou(m["box"], tb), 2) if tb else None) for m in found]}) + "\n")
        out.flush()
