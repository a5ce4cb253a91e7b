"""The two post heads (possible offence, confidential) with set 32, as they ship: fitted WITHOUT the sets
each skips (POST_HEAD_SKIP_SETS: 27-30 for the possible-offence head, 27-31 for the confidential head),
on the folds of text_folds.py --new-set 32 (stop 33, branch textdata33, 2026-12-01).

    .venv/bin/python bench/dev/textdata33_post_heads.py [--only-folds 0,1,2] [--skip 27-31|27-30]
    .venv/bin/python bench/dev/textdata33_post_heads.py --new-set 33 --skip 27-30,32   # stop 34: the possible-offence head

textdata32_post_heads.py with set 32 as the new set: per fold the offensive/threat/identity heads are
those of text_folds.py --new-set 32's "after" model (fold{k}_after.npz, kept fixed), and only the post heads
are refitted, **before** on the other folds' sets minus the skipped sets, **after** on those + set 32
(thresholds as fit_post_heads sets them, on every fourth training set); the left-out sets run through
the whole pipeline. With --skip 27-31 only the confidential rows mean anything (that head's shipped
fit), with --skip 27-30 only the possible-offence rows.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import textdata31_post_heads as P

P.NEW = ["posts_untouched32.tsv"]

if __name__ == "__main__":
    argv = sys.argv[1:]
    skip = "27-31"
    if "--skip" in argv:
        i = argv.index("--skip")
        skip = argv[i + 1]
        del argv[i : i + 2]
    # (stop 34) --new-set 33 with --skip 27-30,32 (the possible-offence head as it ships) or 27-32 (the
    # confidential head), on the folds of text_folds.py --new-set 33 (its fold{k}_after.npz)
    new = "32"
    if "--new-set" in argv:
        i = argv.index("--new-set")
        new = argv[i + 1]
        del argv[i : i + 2]
    P.NEW = [f"posts_untouched{int(new)}.tsv"]
    P.SKIP = {"27-31": set(P.T._SETS_27_31), "27-30": set(P.T._SETS_27_30),
              "27-30,32": {*P.T._SETS_27_30, *P.T._SET_32}, "27-32": {*P.T._SETS_27_31, *P.T._SET_32}}[skip]
    if not any(a.startswith("--models") for a in argv):
        folds = ["/tmp/textdata33_folds", "/tmp/textdata33_folds_b"] if new == "32" else [f"/tmp/text_folds_{new}", f"/tmp/text_folds_{new}_b"]
        argv = [*argv, "--models", *folds]
    if not any(a.startswith("--out") for a in argv):
        argv = [*argv, "--out", f"/tmp/textdata{int(new) + 1}_post_heads_{skip}"]
    sys.argv[1:] = argv
    P.main()
