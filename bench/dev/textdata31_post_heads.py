"""The two post heads (possible offence, confidential) with set 30, as they ship: fitted WITHOUT sets
27-29 (POST_HEAD_SKIP_SETS since stop 30), on the folds of text_folds.py --new-set 30 (stop 31, branch
textdata31, 2026-11-30).

    .venv/bin/python bench/dev/textdata31_post_heads.py [--only-folds 0,1,2]

text_folds.py --new-set 30 fits the post heads on every training set of the row (27-29 included), so its
before/after says what set 30 adds to heads that had 27-29. This asks the question of the shipped
heads: per fold, the offensive/threat/identity heads are those of text_folds.py --new-set 30's "after"
model (fold{k}_after.npz, kept fixed), and only the post heads are refitted, **before** on the other
folds' sets minus 27-29, **after** on those + set 30 (thresholds as fit_post_heads sets them, on every
fourth training set); the left-out sets run through the whole pipeline. Only the possible-offence
and confidential rows mean anything here (the offensive area barely moves with the post heads).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from text_folds import T, compare, run, summary, text_model, truth_of

NEW = ["posts_untouched30.tsv"]
SKIP = set(T._SETS_27_29)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only-folds", default="")
    ap.add_argument("--models", type=Path, nargs="+", default=[Path("/tmp/textdata31_folds"), Path("/tmp/textdata31_folds_b")],
                    help="where text_folds.py --new-set 30 left fold{k}_after.npz")
    ap.add_argument("--out", type=Path, default=Path("/tmp/textdata31_post_heads"))
    args = ap.parse_args()
    every = T.post_sets()
    old = every[: min(every.index(n) for n in NEW)]  # the training sets recorded before the new set
    folds = [old[k::args.folds] for k in range(args.folds)]
    which = [int(k) for k in args.only_folds.split(",") if k] or list(range(args.folds))
    args.out.mkdir(parents=True, exist_ok=True)
    truth = truth_of(old)
    results: dict[str, dict] = {"before": {}, "after": {}}
    for k in which:
        left = folds[k]
        others = [n for n in old if n not in left and n not in SKIP]
        src = next(p / f"fold{k}_after.npz" for p in args.models if (p / f"fold{k}_after.npz").exists())
        base = dict(np.load(src))
        sub = {key: v for key, v in truth.items() if key[0] in left}
        for label, names in (("before", others), ("after", others + NEW)):
            t0 = time.time()
            arrays = {**base, **T.fit_post_heads(names, quiet=True)}
            path = args.out / f"fold{k}_{label}.npz"
            T.save_npz(path, arrays)
            model = text_model.OffenceModel(path)
            got = run(model, left)
            results[label].update(got)
            print(f"fold {k} {label} (post heads on {len(names)} sets) {time.time() - t0:.0f}s; thresholds "
                  + ", ".join(f"{h} {v:.3f}" for h, v in model.thresholds.items()), flush=True)
            summary(f"fold {k} {label}", got, sub)
    compare(results, truth, which)


if __name__ == "__main__":
    main()
