"""Grouped (leave-sets-out) validation of adding set 30 to the model's training posts (stop 31,
branch textdata31, 2026-11-30), all five model heads at once.

    .venv/bin/python bench/dev/textdata31_folds.py [--only-folds 0,1,2] [--shipped-on-new]

textdata30_folds.py with set 30 as the new set: the 29 training sets before this round (sets 1-29
as bench_text.py records them) are dealt into 5 folds in their recorded order (fold k = sets k,
k+5, ...; never split by post); per fold the whole model is trained as tools/train_text_model.py
trains it, **before** on the other folds' sets and **after** on those + set 30, and the left-out
sets run through the whole `check text` pipeline. Thresholds only as the script sets them (the
offence heads on the corpora's held-back 10 %, the post heads on every fourth training set), never
on a left-out set. As in textdata30_folds.py the two post heads are fitted on every training set
of the row (POST_HEAD_SKIP_SETS is not applied in either row), so the difference between the rows
is set 30 alone, for every head. Results: bench/README-text.md, "stop 31 textdata31".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import textdata30_folds

NEW = ("posts_untouched30.tsv",)

if __name__ == "__main__":
    argv = sys.argv[1:]
    if not any(a.startswith("--new") for a in argv):
        argv = ["--new", ",".join(NEW), *argv]
    if not any(a.startswith("--out") for a in argv):
        argv = [*argv, "--out", "/tmp/textdata31_folds"]
    sys.argv[1:] = argv
    textdata30_folds.main()
