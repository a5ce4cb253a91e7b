"""Heads-alone scores of three functional test posts under given model files (stop 35 textmodel35):

    .venv/bin/python bench/dev/textmodel35_probe.py MODEL.npz ...
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2] / "src")]
from selfaudit.analysis import text_model  # noqa: E402

TEXTS = ["whoever finishes the milk in the staffroom will get sorted with a stern note",
         "Jews are so kind, kind to their own bank accounts", "i hope she chokes on her words lol"]

for p in sys.argv[1:]:
    m = text_model.OffenceModel(Path(p))
    print(p.split("/")[-1], {h: round(v, 3) for h, v in m.thresholds.items()})
    for t, s in zip(TEXTS, m.heads_scores(TEXTS), strict=True):
        print("   ", t[:40], {h: round(s[h], 3) for h in ("offensive", "threat", "identity")})
