"""Grouped (leave-sets-out) validation of adding set 32 to the model's training posts (stop 33,
branch textdata33, 2026-12-01), all five model heads at once.

    .venv/bin/python bench/dev/textdata33_folds.py [--only-folds 0,1,2] [--shipped-on-new] [--out DIR]

textdata32_folds.py with set 32 as the new set: the 32 training sets before this round (bench_text.py
records posts.tsv, the six heldout sets and sets 7-31) dealt in their recorded order, fold k = sets
k, k+5, ... (stop 32's five folds with set 31 now in fold 1; never split by post); per fold the whole
model is trained as tools/train_text_model.py trains it, **before** on the other folds' sets and
**after** on those + set 32, and the left-out sets run through the whole `check text` pipeline, so the
same left-out posts are judged by both rows. Thresholds only as the script sets them (the offence heads
on the corpora's held-back 10 %, the post heads on every fourth training set), never on a left-out
set. As in textdata30-32 the two post heads are fitted on every training set of the row and set 31
is trained on in both rows of the folds that do not leave it out (the skip lists are not applied), so
the difference between the rows is set 32 alone; the post heads as they ship (without 27-30 / 27-31)
are textdata33_post_heads.py's question. Results: bench/README-text.md, "stop 33 textdata33".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import textdata30_folds

NEW = ("posts_untouched32.tsv",)

if __name__ == "__main__":
    argv = sys.argv[1:]
    if not any(a.startswith("--new") for a in argv):
        argv = ["--new", ",".join(NEW), *argv]
    if not any(a.startswith("--out") for a in argv):
        argv = [*argv, "--out", "/tmp/textdata33_folds"]
    sys.argv[1:] = argv
    textdata30_folds.main()
