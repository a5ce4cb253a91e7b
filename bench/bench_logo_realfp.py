"""False logo matches on real, unmodified photographs: every registered bench logo against
every photograph (no logo pasted in), so any hit is a false positive unless the photograph
really shows that mark (Kodi's screenshots show Kodi's marks: listed, for a person to judge).

    python bench/bench_logo_realfp.py            # the three logo lists on the photographs below
    python bench/bench_logo_realfp.py --param detect_side=320 --param fine_octaves=2   # a variant

Needs the packages of bench/README-images.md unpacked under /tmp/debs/x, /tmp/hdebs/x,
/tmp/h3/x and /tmp/h4/x (missing folders are skipped). Prints the number of photographs,
logos and pairs, each hit with its method and score, and the hit rate with a Wilson interval.
"""

from __future__ import annotations

import argparse
import glob
import tempfile
import time
from pathlib import Path

from bench_images import fmt, gather_logos, parse_sets, read_logo_list

BENCH = Path(__file__).parent
LISTS = (("logos-dev.tsv", "/tmp/debs/x"), ("logos-heldout3.tsv", "/tmp/h3/x"), ("logos-heldout4.tsv", "/tmp/h4/x"))
PHOTOS = ("/tmp/debs/x/usr/share/backgrounds/mate/**/*.jpg", "/tmp/hdebs/x/usr/share/wallpapers/**/*.jpg",
          "/tmp/h3/x/usr/share/backgrounds/*.jpg", "/tmp/h4/x/usr/share/doc/opencv-doc/examples/**/*.jpg",
          "/tmp/debs/x/usr/share/kodi/**/*.jpg")


def main() -> None:
    from selfaudit.analysis.images import ImageAnalyser
    from selfaudit.analysis.logo_set import builtin_logos
    from selfaudit.config import Config

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="detector parameter (JSON value)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sa-realfp-"))
    logos = []
    for tsv, root in LISTS:
        if Path(root).is_dir():
            (tmp / tsv).mkdir()
            logos += gather_logos([Path(root), Path("/")], tmp / tsv, read_logo_list(BENCH / tsv))
    photos = sorted({p for pat in PHOTOS for p in glob.glob(pat, recursive=True) if Path(p).stat().st_size > 30000})
    print(f"{len(logos)} logos; {len(photos)} real photographs (JPEGs over 30 kB); {len(logos) * len(photos)} photo-logo pairs")
    opts = {"workers": args.workers, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()], **parse_sets(args.param)}
    analyser = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
    t = time.perf_counter()
    reports = analyser.analyse_files([Path(p) for p in photos])
    hits = [(p, m["name"], m["method"], m.get("score")) for p, r in zip(photos, reports, strict=True) for m in r.logos]
    print(f"{time.perf_counter() - t:.0f}s; undecodable: {sum(bool(r.error) for r in reports)}")
    for h in hits:
        print("  hit:", *h)
    print(f"hits: {fmt(len(hits), len(logos) * len(photos))} of the pairs (a hit is false unless the photograph shows that mark)")


if __name__ == "__main__":
    main()
