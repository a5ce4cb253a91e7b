"""The full text analyser on the offence model's held-back 10 % of its training corpora.

    .venv/bin/python bench/bench_corpus_heldback.py

Real labelled texts nobody on the project wrote (Gab, Latent Hatred, OLID's training split,
Stormfront, ToxiGen; built into bench/corpora/ as tools/train_text_model.py's docstring says),
split exactly as the training script splits them (seed 20191), so the model never trained on
them. Prints, per corpus, abusive texts flagged at all (fail or review) and clean texts flagged.
A check that a change generalises beyond the project's own sets; these are validation figures,
not held-out ones (the corpora's other 90 % trained the model). GHC's test split is not read.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "src"))

import train_text_model as T  # noqa: E402

from selfaudit.analysis.text import TextAnalyser  # noqa: E402


def main() -> None:
    rows = T.load(ROOT / "bench" / "corpora")
    sources = np.array([r[0] for r in rows])
    val = T.heldback(sources)  # the training script's split
    held = [rows[i] for i in np.flatnonzero(val) if rows[i][0] != "project"]
    reps = TextAnalyser().analyse_many([r[1][: T.MAX_TRAIN_CHARS] for r in held])
    c: Counter[tuple[str, bool, str | None]] = Counter()
    for r, rep in zip(held, reps, strict=True):
        c[(r[0], r[2] == 1, rep.offensive.status)] += 1
    for s in sorted({r[0] for r in held}):
        pos = sum(v for (ss, p, _), v in c.items() if ss == s and p)
        neg = sum(v for (ss, p, _), v in c.items() if ss == s and not p)
        pf = sum(v for (ss, p, st), v in c.items() if ss == s and p and st)
        nf = sum(v for (ss, p, st), v in c.items() if ss == s and not p and st)
        fails = sum(v for (ss, p, st), v in c.items() if ss == s and not p and st == "fail")
        print(f"{s:14} abusive flagged {pf}/{pos} = {pf / max(pos, 1):.3f}   clean flagged {nf}/{neg} = {nf / max(neg, 1):.3f} (fail {fails})")


if __name__ == "__main__":
    main()
