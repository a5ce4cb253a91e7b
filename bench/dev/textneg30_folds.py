"""Grouped (leave-sets-out) validation of the friendly second-person negatives of stop 30 textneg30
(tools/friendly_negatives.tsv), a sibling of text_folds.py --new-set 27-29 (same folds, same pipeline run).

    .venv/bin/python bench/dev/textneg30_folds.py [--folds 5] [--only-folds 0,1,2] [--friendly-weight 4]

The 27 training sets before sets 27-29 are dealt into --folds folds as text_folds.py --new-set 27-29 deals
them (fold k = sets k, k+folds, ...). Per fold the whole model is trained exactly as
tools/train_text_model.py trains it (training sets = the other folds' sets + sets 27-29, i.e. the
shipped recipe) twice:

* **before**: without tools/friendly_negatives.tsv (T.dataset(friendly=False));
* **after**: with it (the only difference);

and the left-out sets are run through the whole `check text` pipeline (rules + model). No threshold
is ever set on a left-out set. Prints the same summary as text_folds.py --new-set 27-29 (offensive,
possible-offence and confidential recall / precision, recall per abuse label, must-not-fail
reviews), the gained / lost posts per area, and how many of the friendly negatives themselves each
fold's two models send for review (in-sample for "after": a weak sign only).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "bench" / "dev")]
import train_text_model as T  # noqa: E402
from text_folds import compare, new_sets, summary, train, truth_of  # noqa: E402
from textdata4_folds import run  # noqa: E402

from selfaudit.analysis import text_model  # noqa: E402


def friendly_texts() -> list[str]:
    return [line.split("\t", 1)[1].strip() for line in T.FRIENDLY_SET.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def reviewed(model: text_model.OffenceModel, texts: list[str]) -> int:
    """How many texts any offence head of the model (alone, no rules) scores over its threshold."""
    return sum(any(s[h] >= model.thresholds[h] for h in ("offensive", "threat", "identity")) for s in model.heads_scores(texts))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=ROOT / "bench" / "corpora")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only-folds", default="", help="run these folds only (comma-separated), e.g. to split the work")
    ap.add_argument("--out", type=Path, default=Path("/tmp/textneg30_folds"))
    ap.add_argument("--friendly-weight", type=float, default=T.FRIENDLY_WEIGHT, help="the friendly negatives' weight in the after arm")
    args = ap.parse_args()
    new = new_sets("27-29")
    every = T.post_sets()
    old = every[: every.index(new[0])]  # the 27 sets before 27-29
    folds = [old[k::args.folds] for k in range(args.folds)]
    which = [int(k) for k in args.only_folds.split(",") if k] or list(range(args.folds))
    args.out.mkdir(parents=True, exist_ok=True)
    truth = truth_of(old)
    friendly = friendly_texts()
    d0 = {"before": T.dataset(args.corpora, friendly=False), "after": T.dataset(args.corpora, friendly=True, friendly_weight=args.friendly_weight)}
    results: dict[str, dict] = {"before": {}, "after": {}}
    for k in which:
        left = folds[k]
        others = [n for n in old if n not in left] + new
        sub = {key: v for key, v in truth.items() if key[0] in left}
        for label in ("before", "after"):
            t0 = time.time()
            model = train(d0[label], others, args.out / f"fold{k}_{label}.npz")
            got = run(model, left)
            results[label].update(got)
            print(f"fold {k} {label} (left out {', '.join(left)}; trained on {len(others)} sets) {time.time() - t0:.0f}s; thresholds "
                  + ", ".join(f"{h} {v:.3f}" for h, v in model.thresholds.items())
                  + f"; friendly negatives reviewed by the model {reviewed(model, friendly)}/{len(friendly)}", flush=True)
            summary(f"fold {k} {label}", got, sub)
    compare(results, truth, which)


if __name__ == "__main__":
    main()
