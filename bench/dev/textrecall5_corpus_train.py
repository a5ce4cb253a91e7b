"""The text_menace structures alone (textrecall5) on the corpora's TRAINING part (the 90 % the model trained on;
never the held-back 10 % of bench_corpus_heldback.py, never GHC's test split): per corpus and
kind, how many clean- and abusive-labelled texts each fires on; ``-v`` lists the clean ones.

    .venv/bin/python bench/dev/textrecall5_corpus_train.py [-v]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "src"))
import train_text_model as T  # noqa: E402

from selfaudit.analysis.text_menace import implied_threat, public_disorder, sexual_remark  # noqa: E402

rows = T.load(ROOT / "bench" / "corpora")
sources = np.array([r[0] for r in rows])
rng = np.random.default_rng(20191)
val = np.zeros(len(rows), dtype=bool)
for s in sorted(set(sources) - {"everyday"}):
    idx = np.flatnonzero(sources == s)
    val[rng.choice(idx, size=len(idx) // 10, replace=False)] = True
train = [rows[i] for i in np.flatnonzero(~val) if rows[i][0] not in ("project", "everyday")]
c: Counter[tuple[str, str, bool]] = Counter()
n: Counter[tuple[str, bool]] = Counter()
for src, text, lab, *_ in train:
    t = text[: T.MAX_TRAIN_CHARS]
    n[(src, lab == 1)] += 1
    for f in (implied_threat, public_disorder, sexual_remark):
        for h in f(t):
            kind = h.phrase.split(":")[0]
            c[(src, kind, lab == 1)] += 1
            if "-v" in sys.argv and lab != 1:
                print(f"CLEAN {src:13s} {h.phrase[:70]!r:72s} {t[:160]!r}")
for src in sorted({k[0] for k in n}):
    kinds = sorted({k[1] for k in c if k[0] == src})
    print(f"{src:14s} clean {n[(src, False)]:6d} abusive {n[(src, True)]:6d}  " +
          "  ".join(f"{k}: clean {c[(src, k, False)]} abusive {c[(src, k, True)]}" for k in kinds))
