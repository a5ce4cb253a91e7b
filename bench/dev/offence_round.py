"""Possible-offence round (2026-11-30, stop 27): the offence area's misses and false flags on
sets 22-26 (each already run once as held-out on its own frozen code; from this round on they
are TUNED for the offence area).

    .venv/bin/python bench/dev/offence_round.py [--sets 22,23,24,25,26] [-v]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_text import AREAS, fmt, our_labels, rows

from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="22,23,24,25,26")
    ap.add_argument("--area", default="offence")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--model", type=Path, help="another text_model.npz (e.g. one with the offence head)")
    args = ap.parse_args()
    if args.model:
        from selfaudit.analysis import text_model

        text_model._model = text_model.OffenceModel(args.model)
    a = TextAnalyser(Config())
    tp = fp = fn = 0
    mnf = Counter()
    for s in args.sets.split(","):
        data = [[our_labels(lab), tag, text] for lab, tag, text in rows(f"posts_untouched{s}.tsv", 3)]
        reps = a.analyse_many([t for _, _, t in data])
        for (labels, tag, text), rep in zip(data, reps, strict=True):
            want = any(AREAS.get(x.strip()) == args.area for x in labels.split(","))
            v = getattr(rep, args.area)
            got = v.status is not None
            tp += want and got
            fp += got and not want
            fn += want and not got
            if tag in ("professional", "identity", "counter", "trap", "clean"):
                mnf["posts"] += 1
                mnf["flagged"] += got
            if args.verbose and want != got:
                print(f"{s} {'MISS' if want else 'FALSE'} [{labels}|{tag}] {v.status or ''} {','.join(v.categories)} :: {text}")
    print(f"must-not-fail posts flagged in {args.area}: {mnf['flagged']} of {mnf['posts']}")
    print(f"{args.area}: precision {fmt(tp, tp + fp)}  recall {fmt(tp, tp + fn)}")


if __name__ == "__main__":
    main()
