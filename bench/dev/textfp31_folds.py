"""Grouped (leave-sets-out) validation of the friendly-voice guard of stop 31 (branch textfp31): a
post that reads friendly (thanks, congratulations, sympathy, wishes, invitations, recommendations,
arranging to meet) with nothing hostile the rules know is a kind voice, so the offence model's heads
need their surest score to review it alone (analysis.text._friendly_voice beside _safety_advice and
group praise). A sibling of textdata30_folds.py / textneg30_folds.py: the same folds, the same
pipeline run, the same summary.

    .venv/bin/python bench/dev/textfp31_folds.py [--folds 5] [--only-folds 0,1,2]

The 27 training sets before sets 27-29 are dealt into --folds folds as textdata30_folds.py deals
them (fold k = sets k, k+folds, ...). Per fold ONE model is trained exactly as
tools/train_text_model.py trains the shipped model (training sets = the other folds' sets + sets
27-29; no friendly negatives), cached in --out (reused when present), and the left-out sets are run
through the whole `check text` pipeline twice with that same model:

* **before**: the guard off (text.FRIENDLY_VOICE_GUARD = False: the starting code's behaviour);
* **after**: the guard on (the only difference).

Since stop 31 the guard is OFF in the shipped code (it failed the bar below); this script turns it on.

No threshold is ever set on a left-out set, and the guard sits on top of the scores, so the two rows
are the same posts with the same scores, and the difference is the guard alone. Then the design half
of tools/friendly_negatives.tsv (bench/dev/friendly_split.py) through the pipeline with the SHIPPED
model, before and after: model-only reviews of the offensive area (--test-half: the test half, to be
run once per final candidate).

BAR, written 2026-11-30 ~18:50 UTC before any figure of the guard was measured:
* grouped offensive recall: at most 3 of the ~2,119 abusive posts lost (after vs before);
* grouped offensive precision not lower; must-not-fail posts failed and reviewed not higher; clean
  posts flagged not higher; possible-offence and confidential figures unchanged;
* design half: the shipped model's reviews of the design half fall by at least half;
* then the test half, once: reported as is; if its reviews fall by less than a quarter the guard is
  fitted to the design half and is not shipped.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "bench" / "dev")]
import friendly_split  # noqa: E402
import train_text_model as T  # noqa: E402
from textdata4_folds import run  # noqa: E402
from textdata30_folds import NEW, compare, summary, train, truth_of  # noqa: E402

from selfaudit.analysis import text as text_analysis  # noqa: E402
from selfaudit.analysis import text_model  # noqa: E402
from selfaudit.analysis.text import TextAnalyser  # noqa: E402
from selfaudit.config import Config  # noqa: E402


def guard(on: bool) -> None:
    """The guard on or off (text.FRIENDLY_VOICE_GUARD; off in the shipped code since stop 31)."""
    text_analysis.FRIENDLY_VOICE_GUARD = on


def half_reviews(half: str, on: bool, show: bool) -> tuple[int, int]:
    """How many posts of a half the pipeline (shipped model) flags in the offensive area, and how many
    of them by the model alone (every hit a model score)."""
    guard(on)
    text_model.load = lambda m=text_model.OffenceModel(): (m, None)  # type: ignore[assignment]
    texts = friendly_split.load(half)
    n = model_only = 0
    for t, rep in zip(texts, TextAnalyser(Config()).analyse_many(texts), strict=True):
        if rep.offensive.status is not None:
            n += 1
            model_only += all("model score" in h.phrase for h in rep.offensive.hits)
            if show:
                print(f"    {rep.offensive.status:6s} {'; '.join(h.phrase for h in rep.offensive.hits)[:60]:60s} {t}")
    return n, model_only


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=ROOT / "bench" / "corpora")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only-folds", default="", help="run these folds only (comma-separated); none: --halves-only")
    ap.add_argument("--out", type=Path, default=Path("/tmp/textfp31_folds"))
    ap.add_argument("--halves-only", action="store_true", help="only the friendly half (no folds)")
    ap.add_argument("--test-half", action="store_true", help="score the TEST half (once per final candidate) instead of the design half")
    ap.add_argument("--show", action="store_true", help="list the half's reviewed posts (design half only)")
    ap.add_argument("--max-words", type=int, default=None, help="the guard's word limit (text._FRIENDLY_MAX_WORDS) for this run")
    args = ap.parse_args()
    if args.max_words is not None:
        text_analysis._FRIENDLY_MAX_WORDS = args.max_words
    print(f"guard word limit (after leading @mentions): {text_analysis._FRIENDLY_MAX_WORDS}")
    half = "test" if args.test_half else "design"
    print(f"{half.upper()} HALF of tools/friendly_negatives.tsv ({len(friendly_split.load(half))} posts), shipped model + rules, offensive area flagged:")
    for on in (False, True):
        flagged, model_only = half_reviews(half, on, args.show and half == "design")
        print(f"  {'after (guard on)' if on else 'before (guard off)'}: {flagged} flagged, {model_only} by the model alone")
    if args.halves_only:
        return
    new = list(NEW)
    old = [n for n in T.post_sets() if n not in new]
    folds = [old[k::args.folds] for k in range(args.folds)]
    which = [int(k) for k in args.only_folds.split(",") if k] or list(range(args.folds))
    args.out.mkdir(parents=True, exist_ok=True)
    truth = truth_of(old)
    d0 = None
    results: dict[str, dict] = {"before": {}, "after": {}}
    for k in which:
        left = folds[k]
        others = [n for n in old if n not in left] + new
        sub = {key: v for key, v in truth.items() if key[0] in left}
        path = args.out / f"fold{k}.npz"
        t0 = time.time()
        if path.exists():
            model = text_model.OffenceModel(path)
        else:
            d0 = d0 if d0 is not None else T.dataset(args.corpora, friendly=False)
            model = train(d0, others, path)
        for label in ("before", "after"):
            guard(label == "after")
            got = run(model, left)
            results[label].update(got)
            summary(f"fold {k} {label}", got, sub)
        print(f"fold {k} (left out {', '.join(left)}; trained on {len(others)} sets) {time.time() - t0:.0f}s; thresholds "
              + ", ".join(f"{h} {v:.3f}" for h, v in model.thresholds.items()), flush=True)
    compare(results, truth, which)


if __name__ == "__main__":
    main()
