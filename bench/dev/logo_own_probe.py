"""logoink33: the crop look around the TRUE box of printed misses (an oracle window), with today's
shared-index votes and with the logo's own votes (look_own) at ratios 0.85 / 0.9, inside the window or not.

    python bench/dev/logo_own_probe.py bench/results/logos-dev-logoink32-diag-s7.txt ... 

Reads the misses (folder, picture, logo) from logo_ink_diag.py's lines; prints one line a miss:
votes and where _match_one stops (logo_ink_diag.stage) for each way of voting.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import cv2
import numpy as np

sys.argv, files = sys.argv[:1], sys.argv[1:]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import logo_ink_diag as D  # noqa: E402  (runs nothing without folders)

fm, p = D.fm, D.p
for fn in files:
    for line in Path(fn).read_text().splitlines():
        if not line.startswith("draw-s"):
            continue
        folder, pic, logo = line.split()[:3]
        root = Path("/tmp/li33") / folder
        lab = json.loads(next(root.glob("labels-*.json")).read_text())
        it = next(i for i in lab if Path(i["path"]).name == pic)
        dec = D.decode_image(Path(it["path"]).read_bytes())
        gray, rgb = dec.gray(), dec.rgb
        x, y, w, h = [round(v * dec.scale) for v in it["box"]]
        m = float(p["second_look_margin"])
        x0, y0 = max(0, int(x - m * w)), max(0, int(y - m * h))
        x1, y1 = min(gray.shape[1], int(np.ceil(x + w + m * w))), min(gray.shape[0], int(np.ceil(y + h + m * h)))
        f = min(float(p["second_look_max_zoom"]), float(p["second_look_side"]) / max(x1 - x0, y1 - y0))
        size = (max(8, round((x1 - x0) * f)), max(8, round((y1 - y0) * f)))
        how = cv2.INTER_CUBIC if f > 1 else cv2.INTER_AREA
        img = cv2.resize(gray[y0:y1, x0:x1], size, interpolation=how)
        crgb = cv2.resize(rgb[y0:y1, x0:x1], size, interpolation=how)
        look = cv2.createCLAHE(clipLimit=float(p["photo_clahe"]), tileGridSize=(8, 8)).apply(img)
        kps, des = fm.describe(look, coarse=False)
        out = []
        if des is None:
            print(folder, pic, logo, "no-keypoints"); continue
        pts = np.array([kp.pt for kp in kps], np.float32)
        li = [i for i, g in enumerate(fm.logos) if g.name == logo][0]
        lg = fm.logos[li]
        pairs = {a: (s, q) for a, s, q in fm._pairs(des)}
        out.append("shared " + (f"{len(pairs[li][1])} {D.stage(img, pairs[li][0], pts[pairs[li][1]], lg, crgb)}" if li in pairs else "ratio<6"))
        bx0, by0, bx1, by1 = (x - x0) * f, (y - y0) * f, (x + w - x0) * f, (y + h - y0) * f
        for r in (0.85, 0.9):
            got = fm.own_pairs(des, li, r)
            rows = fm._own_rows if got is not None else None
            for inside in (False, True):
                if got is None:
                    out.append(f"own{r}{'w' if inside else ''} <6"); continue
                s, q = got
                fs = fm.own_frames(li, rows)
                if inside:
                    d = pts[q]; g = 0.1
                    k = (d[:, 0] >= bx0 - g * (bx1 - bx0)) & (d[:, 0] <= bx1 + g * (bx1 - bx0)) & (d[:, 1] >= by0 - g * (by1 - by0)) & (d[:, 1] <= by1 + g * (by1 - by0))
                    s, q, fs = s[k], q[k], fs[k]
                fd = np.array([(kps[i].size, kps[i].angle) for i in q], np.float32).reshape(-1, 2)
                c = D.L.pose_consensus(s, pts[q], fs, fd, float(max(lg.width, lg.height))) if len(q) else np.zeros(0, bool)
                sp, qp = s[c], q[c]
                fm._rgb, fm._rgb_k = crgb, 1.0
                full = fm._match_one(img, s, pts[q], lg) if len(q) >= 6 else None
                pose = fm._match_one(img, sp, pts[qp], lg) if len(qp) >= 6 else None
                out.append(f"own{r}{'w' if inside else ''} {len(q)} {D.stage(img, s, pts[q], lg, crgb) if len(q) >= 6 else 'votes<6'}"
                           f"{' MATCH' if full else ''} pose {len(qp)} {D.stage(img, sp, pts[qp], lg, crgb) if len(qp) >= 6 else 'votes<6'}{' MATCH' if pose else ''}")
        print(folder, pic, logo, " | ".join(out))
        sys.stdout.flush()
