"""Grouped (leave-sets-out) validation of adding set 31 to the model's training posts (stop 32,
branch textdata32, 2026-11-30), all five model heads at once.

    .venv/bin/python bench/dev/textdata32_folds.py [--only-folds 0,1,2] [--shipped-on-new]

textdata31_folds.py with set 31 as the new set: the 31 training sets before this round (bench_text.py
records posts.tsv, the six heldout sets and sets 7-30) dealt in their recorded order, fold k = sets
k, k+5, ... (stop 31's five folds, with set 30 now in fold 0; never split by post); per fold the whole model is trained as tools/train_text_model.py trains it,
**before** on the other folds' sets and **after** on those + set 31, and the left-out sets run
through the whole `check text` pipeline, so the same left-out posts are judged by both rows.
Thresholds only as the script sets them (the offence heads on the corpora's held-back 10 %, the
post heads on every fourth training set), never on a left-out set. As in textdata30_folds.py the
two post heads are fitted on every training set of the row (POST_HEAD_SKIP_SETS is not applied in
either row), so the difference between the rows is set 31 alone, for every head; the post heads
as they ship (without 27-30) are textdata32_post_heads.py's question. Results:
bench/README-text.md, "stop 32 textdata32".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import textdata30_folds

NEW = ("posts_untouched31.tsv",)

if __name__ == "__main__":
    argv = sys.argv[1:]
    if not any(a.startswith("--new") for a in argv):
        argv = ["--new", ",".join(NEW), *argv]
    if not any(a.startswith("--out") for a in argv):
        argv = [*argv, "--out", "/tmp/textdata32_folds"]
    sys.argv[1:] = argv
    textdata30_folds.main()
