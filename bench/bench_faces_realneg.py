"""False faces on the real photographs of bench_logo_realfp.py (its PHOTOS globs), as the app decodes them.

    python bench/bench_faces_realneg.py [--turned] [--param face_min_px=28]

Most of these photographs (Debian wallpapers, Kodi's backgrounds, opencv-doc's examples) show no
people, but some do (a footballer, a crowd, a woman in a window): every photograph with a face
found is listed so a person can judge it; nobody has labelled them, so the count is an upper
bound on false faces. --turned also runs each photograph turned a quarter (the costliest case:
no upright face, so the turned tiles run).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from bench_logo_realfp import PHOTOS


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--turned", action="store_true", help="also each photograph turned a quarter")
    ap.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="face detector parameter (JSON value)")
    args = ap.parse_args()
    from selfaudit.analysis import faces as F
    from selfaudit.analysis.image_decode import decode_image

    params = {k: json.loads(v) for k, v in (kv.split("=", 1) for kv in args.param)}
    photos = sorted({p for pat in PHOTOS for p in glob.glob(pat, recursive=True) if Path(p).stat().st_size > 30000})
    print(f"{len(photos)} real photographs (bench_logo_realfp PHOTOS, JPEGs over 30 kB); model {F.kind()} on {F.runtime()}; params {params or 'defaults'}")
    flagged, n, cpu = 0, 0, 0.0
    for p in photos:
        rgb = decode_image(Path(p).read_bytes()).rgb
        for name, img in [("upright", rgb)] + ([("turned", np.ascontiguousarray(np.rot90(rgb, -1)))] if args.turned else []):
            t = time.process_time()
            found = F.find_faces(img, params)
            cpu += time.process_time() - t
            n += 1
            if found:
                flagged += 1
                desc = ", ".join(f"{round(b[2] - b[0])}px@({round(b[0])},{round(b[1])}) {s:.2f}" for b, s in found)
                print(f"  face(s) {name}: {p}: {desc}")
    print(f"pictures with a face found: {flagged} of {n} ({len(photos)} photographs)")
    print(f"speed: {1000 * cpu / max(1, n):.0f} ms CPU a picture (one core, detection only), load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
