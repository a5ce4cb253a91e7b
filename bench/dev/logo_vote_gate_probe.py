"""Probe for an early rejection (logocut39): the whole-photo pass's ratio-test votes for each logo, beside what the
base code reports, so that a gate "skip a logo's per-logo searches (outline, colour, tint, looks) when it got fewer
than t votes" can be judged offline: which right hits it would lose, which share of photo-logo pairs it skips.

    STEP=n python bench/dev/logo_vote_gate_probe.py OUT.jsonl DRAW [DRAW ...]
    python bench/dev/logo_vote_gate_probe.py --read OUT.jsonl

Votes: photo descriptors whose nearest logo descriptor (and ratio test, as ``_pairs``) is that logo, of the main
index and the dark references' (same name), counted with ``min_inliers`` 1; the looks' own searches are not counted.
"""
import glob
import json
import os
import sys
import tempfile
from pathlib import Path

if sys.argv[1] == "--read":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from logo_cut_score import iou
    rows = [json.loads(x) for x in Path(sys.argv[2]).read_text().splitlines()]
    labels = {}
    for r in rows:
        d = r["draw"]
        if d not in labels:
            labels[d] = {Path(x["path"]).name: x for x in json.loads(Path(glob.glob(f"{d}/labels-*.json")[0]).read_text())}
    hits = []
    pairs = []
    for r in rows:
        it = labels[r["draw"]][r["pic"]]
        for name in r["logos"]:
            pairs.append(r["votes"].get(name, 0))
        if it["kind"] == "negative":
            continue
        for m in r["found"]:
            if m["name"] == it["logo"] and (it["kind"] == "copy" or iou(m["box"], it["box"]) >= 0.5):
                how = "look" if m.get("second_look") else m.get("method")
                hits.append((r["draw"].split("-")[-1], r["pic"], how, r["votes"].get(it["logo"], 0)))
                break
    print(f"{len(rows)} pictures, {len(hits)} right hits, {len(pairs)} photo-logo pairs")
    for t in (1, 2, 3, 4, 6):
        lost = [h for h in hits if h[2] in ("shape", "ink", "tint", "look") and h[3] < t]
        skip = sum(v < t for v in pairs) / max(1, len(pairs))
        print(f"gate votes < {t}: skips {skip:.1%} of pairs; right hits found by a per-logo search with fewer votes: {len(lost)}")
        for h in lost:
            print("    ", *h)
    from collections import Counter
    print("hits by method:", Counter(h[2] for h in hits))
    sys.exit(0)

import cv2

import selfaudit
from selfaudit.analysis import images as I
from selfaudit.analysis import logos as L
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.config import Config

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_images import DEV_LOGOS, gather_logos, read_logo_list

VOTES: dict = {}
STATE = {"look": 0}
real_pairs = L.FeatureMatcher._pairs
real_look = L.second_look


def pairs(self, des):
    out = real_pairs(self, des)
    if not STATE["look"]:
        keep = self.params["min_inliers"]
        self.params["min_inliers"] = 1
        try:
            for li, _src, q in real_pairs(self, des):
                n = self.logos[li].name
                VOTES[n] = VOTES.get(n, 0) + len(q)
        finally:
            self.params["min_inliers"] = keep
    return out


def look(*a, **k):
    STATE["look"] += 1
    try:
        return real_look(*a, **k)
    finally:
        STATE["look"] -= 1


L.FeatureMatcher._pairs = pairs
L.second_look = look
print("code:", selfaudit.__file__)
out = Path(sys.argv[1])
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
cv2.setRNGSeed(0)
I._init_worker(an.logos, an.options)
cv2.setNumThreads(1)
KEYS = ("name", "method", "box", "score", "second_look")
with out.open("w") as fh:
    for folder in sys.argv[2:]:
        lab = next(Path(folder).glob("labels-*.json"))
        for it in json.loads(lab.read_text())[:: int(os.environ.get("STEP", "1"))]:
            VOTES.clear()
            rep = I._analyse_path(it["path"], "x")
            found = [{k: m.get(k) for k in KEYS if k in m} for m in rep.logos]
            fh.write(json.dumps({"draw": folder, "pic": Path(it["path"]).name, "votes": dict(VOTES), "found": found,
                                 "logos": sorted({getattr(lg, "name", str(lg)) for lg in an.logos})}) + "\n")
            fh.flush()
