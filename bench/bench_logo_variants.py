"""Detector variants on kept bench pictures, interleaved in one process (process time a photo).

    python bench/bench_logo_variants.py '{"base": {}, "new": {"detect_side": 320}}' /tmp/draw-s7 [/tmp/draw-s9 ...]

Each folder is one written by ``bench_images.py logos --keep DIR --build-only`` (its labels-*.json).
The first variant is the reference: for the others, the positives lost and won against it are
listed. Hits are the bench's (right logo, IoU >= 0.5; any box for a copy); FP pairs count the
logos reported on the negative photos. STEP=n in the environment takes every n-th picture.
Every variant's FLANN index is built from the same RNG seed (SEED_INDEX=0: each its own random index).
DUMP=file.json writes every picture's result per variant (to compare variants run in separate processes).
KINDS=ink,negative takes only those kinds of pictures (a positive's "mode", or "negative").
FIRST=K registers only the list's first K logos (CPU a photo with an organisation's own few marks;
the hits then count only those logos' pictures as findable).
"""
import sys, json, time, tempfile, os
from pathlib import Path
from collections import defaultdict
sys.path.insert(0, str(Path(__file__).parent))
import cv2
from selfaudit.analysis import images as I
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.analysis.logos import FeatureMatcher, prepare_logo, _KEYPOINT_KEYS
from selfaudit.config import Config
from bench_images import read_logo_list, gather_logos, DEV_LOGOS, iou

import selfaudit; print("code:", selfaudit.__file__); DUMP = {}
configs = json.loads(sys.argv[1])  # {"name": {params}}
sets = sys.argv[2:]
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
logos = logos[: int(os.environ.get("FIRST", "0")) or None]  # FIRST=K: only the first K logos registered (speed with an organisation's own few)
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
I._init_worker(an.logos, an.options)
states = {}
PREP_KEYS = ("descriptor", "logo_pyramid", "logo_blur", "logo_ink", "logo_level_features", "logo_reversed_from", "logo_dark_paper", *_KEYPOINT_KEYS)
for name, p in configs.items():
    o = {**an.options, **p}
    if "flann_seed" not in o and os.environ.get("SEED_INDEX", "1") == "1":
        cv2.setRNGSeed(0)  # every variant on the same FLANN index (its trees are random): differences are the variant's
    # a variant that changes what a logo's references hold (descriptor, keypoints, ...) prepares its own
    lg = an.logos if all(o.get(k) == an.options.get(k) for k in PREP_KEYS) else [prepare_logo(src, o) for src in an.logo_sources]
    states[name] = {"logos": lg, "options": o, "matcher": FeatureMatcher(lg, o)}
cv2.setNumThreads(1)
res = {}
for folder in sets:
    lab = next(Path(folder).glob("labels-*.json"))
    items = json.loads(lab.read_text())[:: int(os.environ.get("STEP", "1"))]
    if os.environ.get("KINDS"):  # KINDS=ink,negative: only these kinds ("mode" for a positive's kind, "negative")
        want = set(os.environ["KINDS"].split(","))
        items = [it for it in items if (it["kind"] == "negative" and "negative" in want) or it.get("mode") in want or it["kind"] in want]
    tot = defaultdict(lambda: defaultdict(int)); per = defaultdict(dict)
    for it in items:
        for name, st in states.items():
            I._STATE.clear(); I._STATE.update(st)
            c = time.process_time()
            rep = I._analyse_path(it["path"], "x")
            tot[name]["cpu"] += time.process_time() - c
            found = rep.logos
            if it["kind"] == "negative":
                tot[name]["fp"] += len({m["name"] for m in found}); tot[name]["neg"] += 1
                per[name][it["path"]] = sorted({m["name"] for m in found})
                continue
            ok = any(m["name"] == it["logo"] and (it["kind"] == "copy" or iou(m["box"], it["box"]) >= 0.5) for m in found)
            tot[name]["hit"] += ok; tot[name]["pos"] += 1
            tot[name]["wrong"] += sum(1 for m in found if m["name"] != it["logo"])
            per[name][it["path"]] = ok
    n = len(items)
    base = list(states)[0]
    print(f"== {folder} ({lab.name}) {n} pictures")
    for name in states:
        t = tot[name]
        lost = [Path(p).name for p, v in per[base].items() if v is True and per[name][p] is not True]
        won = [Path(p).name for p, v in per[name].items() if v is True and per[base][p] is not True]
        print(f"  {name:<14} hits {t['hit']}/{t['pos']}  FP pairs {t['fp']}/{t['neg']*len(logos)}  wrong {t['wrong']}  CPU {t['cpu']/n*1000:.0f} ms/photo -> {2/(t['cpu']/n):.1f} photos/s  lost {lost} won {won}")
    sys.stdout.flush()
    if os.environ.get("DUMP"):
        DUMP[folder] = {n: {Path(p).name: v for p, v in per[n].items()} for n in states}
        Path(os.environ["DUMP"]).write_text(json.dumps(DUMP))
