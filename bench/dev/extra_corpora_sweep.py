"""Which extra corpora help? (bench/README-text.md, "More real corpora")

    .venv/bin/python bench/dev/extra_corpora_sweep.py

Trains the offence model with each candidate set of the corpora added on 2026-11-30 (EDOS,
HateXplain, MLMA; optionally positives only, at a weight) and prints the recall of the first five
corpora's held-back positives at the shipped operating point (thresholds set on those corpora's
held-back clean texts only). Validation figures, not held-out ones. About 30 s a row.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "src"))
import train_text_model as T  # noqa: E402

OLD = T.THRESHOLD_SOURCES
ROWS = [((), 1.0, False), (("edos",), 1.0, False), (("edos",), 1.0, True), (("hatexplain",), 1.0, False),
        (("hatexplain",), 1.0, True), (("edos", "hatexplain", "mlma"), 1.0, False), (("edos", "hatexplain", "mlma"), 0.5, False),
        (("mlma",), 1.0, False), (("mlma",), 2.0, False), (("mlma",), 0.5, False)]


def run(keep: tuple[str, ...], weight: float, positives_only: bool) -> str:
    every = T.load_extra
    T.load_extra = lambda root: [r for r in every(root) if not positives_only or r[2] == 1 or r[0] == "mlma"]
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            d = T.dataset(ROOT / "bench" / "corpora", extra=keep)
            d["weight"] = np.where(np.isin(d["sources"], keep), weight, d["weight"])
            d = T.add_posts(d, T.load_posts(T.post_sets()))
            arrays, vs = T.fit_model(d, T.FALSE_ALARM_RATE, quiet=True)
    finally:
        T.load_extra = every
    out = []
    for h in T.HEADS:
        p, y, src = vs[f"p_{h}"], vs[f"y_{h}"], vs["sources"]
        hit = (p > float(arrays[f"threshold_{h}"])) & (y == 1)
        per = " · ".join(str(int((hit & (src == s)).sum())) for s in ("ghc", "olid", "latent_hatred", "stormfront"))
        out.append(f"{h} {int((hit & np.isin(src, OLD)).sum())}/{int(((y == 1) & np.isin(src, OLD)).sum())} ({per})")
    return f"{'+'.join(keep) or 'nothing'} weight {weight}{' positives only' if positives_only else ''}: " + "; ".join(out)


if __name__ == "__main__":
    for row in ROWS:
        print(run(*row), flush=True)
