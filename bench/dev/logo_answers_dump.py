"""Every detection of every picture of kept dev draws, to prove that a code change gives the same
answers (logospeed33): the logo, box, score, colour, inliers and method of each reported mark.

    FIRST=K STEP=n python bench/dev/logo_answers_dump.py '{params}' OUT.json DRAW [DRAW ...]
    python bench/dev/logo_answers_dump.py --compare A.json B.json

Run it once on the old code (PYTHONPATH=<a copy of the old src> python ...) and once on the new;
``--compare`` lists every picture whose answers differ (exit 1 when any does). The totals it
prints (CPU a photo) are not a speed comparison: two processes, not interleaved.
"""
import json
import os
import sys
import tempfile
import time
from pathlib import Path

if sys.argv[1] == "--compare":
    a, b = (json.loads(Path(f).read_text()) for f in sys.argv[2:4])
    diff = n = 0
    for draw in sorted(set(a) | set(b)):
        pa, pb = a.get(draw, {}), b.get(draw, {})
        for pic in sorted(set(pa) | set(pb)):
            n += 1
            if pa.get(pic) != pb.get(pic):
                diff += 1
                print(f"DIFF {draw} {pic}\n  A {pa.get(pic)}\n  B {pb.get(pic)}")
    print(f"{n} pictures compared, {diff} differ")
    sys.exit(1 if diff else 0)

# selfaudit first: bench_images puts this checkout's src/ first on sys.path (PYTHONPATH=<old src> must win)
import cv2
import selfaudit
from selfaudit.analysis import images as I
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.config import Config

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_images import DEV_LOGOS, gather_logos, read_logo_list  # noqa: E402

print("code:", selfaudit.__file__)
p = json.loads(sys.argv[1])
out = Path(sys.argv[2])
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
logos = logos[: int(os.environ.get("FIRST", "0")) or None]
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()], **p}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
cv2.setRNGSeed(0)
I._init_worker(an.logos, an.options)
cv2.setNumThreads(1)
KEYS = ("name", "method", "box", "score", "colour", "inliers", "also", "second_look")
dump: dict = {}
for folder in sys.argv[3:]:
    lab = next(Path(folder).glob("labels-*.json"))
    items = json.loads(lab.read_text())[:: int(os.environ.get("STEP", "1"))]
    c0 = time.process_time()
    per = dump.setdefault(folder, {})
    for it in items:
        rep = I._analyse_path(it["path"], "x")
        per[Path(it["path"]).name] = sorted(([{k: m.get(k) for k in KEYS if k in m} for m in rep.logos]), key=lambda m: m["name"]) if not rep.error else f"ERROR {rep.error}"
    cpu = time.process_time() - c0
    print(f"{folder}: {len(items)} pictures, {cpu / len(items) * 1000:.0f} ms CPU a photo (not interleaved)")
    sys.stdout.flush()
    out.write_text(json.dumps(dump, indent=0, sort_keys=True))
