"""The two post heads (possible offence, confidential) with set 31, as they ship: fitted WITHOUT sets
27-30 (POST_HEAD_SKIP_SETS since stops 30 and 31), on the folds of text_folds.py --new-set 31 (stop 32,
branch textdata32, 2026-11-30).

    .venv/bin/python bench/dev/textdata32_post_heads.py [--only-folds 0,1,2]

textdata31_post_heads.py with set 31 as the new set and 27-30 skipped: per fold the
offensive/threat/identity heads are those of text_folds.py --new-set 31's "after" model (fold{k}_after.npz,
kept fixed), and only the post heads are refitted, **before** on the other folds' sets minus 27-30,
**after** on those + set 31 (thresholds as fit_post_heads sets them, on every fourth training set);
the left-out sets run through the whole pipeline. Only the possible-offence and confidential rows
mean anything here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import textdata31_post_heads as P

P.NEW = ["posts_untouched31.tsv"]
P.SKIP = set(P.T._SETS_27_30)

if __name__ == "__main__":
    argv = sys.argv[1:]
    if not any(a.startswith("--models") for a in argv):
        argv = [*argv, "--models", "/tmp/textdata32_folds", "/tmp/textdata32_folds_b"]
    if not any(a.startswith("--out") for a in argv):
        argv = [*argv, "--out", "/tmp/textdata32_post_heads"]
    sys.argv[1:] = argv
    P.main()
