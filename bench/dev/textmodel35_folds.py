"""Grouped (leave-sets-out) validation of stop 35 (branch textmodel35, 2026-12-01): sets 33 + 34 in the
offence heads, and the friendly / everyday negatives judged OUT OF SAMPLE.

    .venv/bin/python bench/dev/textmodel35_folds.py [--only-folds 0,1,2] [--friendly-weight 1] [--out DIR]

The folds are text_folds.py --new-set 33's (the 33 training sets before set 33, fold k = sets k, k+5, ...;
never split by post). Per fold the three offence heads are trained exactly as tools/train_text_model.py
trains them (corpora + project texts + everyday posts + the posts at POSTS_WEIGHT; thresholds on the
corpora's held-back 10 %, never on a left-out set or on the negatives counted), in six arms:

* **base**: training sets = the other folds' sets;
* **a**:    the other folds' sets + sets 33 and 34;
* **bA** / **bB**: base + half A / half B of the negatives (train_text_model.friendly_texts: in each of
  tools/friendly_negatives.tsv and tools/everyday_negatives35.tsv the clean lines numbered from 0 in file
  order, A = even, B = odd; a rule fixed before any score of them was looked at);
* **cA** / **cB**: a + half A / half B.

The negatives enter as train_text_model.dataset(friendly=True, friendly_half=...) puts them (source
"friendly", respelled, --friendly-weight). The post heads (possible offence, confidential) are fitted once per
fold on the other folds' sets and shared by every arm, so the rows differ only by the offence heads.

Reported: per arm, summed over the folds, the left-out sets through the whole `check text` pipeline (as
text_folds.py: offensive, possible-offence and confidential recall / precision, per label, must-not-fail
fails / reviews), gained / lost against base; and on each half of each negatives file the posts the
whole pipeline flags (review or fail, any area) and the posts the offence heads alone score over their
thresholds. A half is out of sample for every arm that did not train on it (base, a, and bX / cX for the
other half).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "bench" / "dev")]
import train_text_model as T  # noqa: E402
from text_folds import AREAS, MUST_NOT_FAIL, new_sets, summary, truth_of  # noqa: E402
from textdata4_folds import run  # noqa: E402

from selfaudit.analysis import text_model  # noqa: E402
from selfaudit.analysis.text import TextAnalyser  # noqa: E402
from selfaudit.config import Config  # noqa: E402

ARMS = ("base", "a", "bA", "bB", "cA", "cB")
FILES = {"friendly": (T.FRIENDLY_SET,), "everyday35": (T.EVERYDAY35_SET,)}


def negatives_flagged(model: text_model.OffenceModel) -> dict[str, tuple[int, int, int]]:
    """(file, half) -> (pipeline flagged, heads alone over threshold, n)."""
    text_model.load = lambda m=model: (m, None)  # type: ignore[assignment]
    a = TextAnalyser(Config())
    out = {}
    for fname, files in FILES.items():
        for half in ("A", "B"):
            texts = T.friendly_texts(half, files)
            reps = a.analyse_many(texts)
            pipe = sum(any(s is not None for s in (r.offence.status, r.confidential.status, r.offensive.status)) for r in reps)
            heads = sum(any(s[h] >= model.thresholds[h] for h in ("offensive", "threat", "identity")) for s in model.heads_scores(texts))
            out[f"{fname}-{half}"] = (pipe, heads, len(texts))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=ROOT / "bench" / "corpora")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only-folds", default="")
    ap.add_argument("--arms", default=",".join(ARMS))
    ap.add_argument("--friendly-weight", type=float, default=1.0)
    ap.add_argument("--out", type=Path, default=Path("/tmp/textmodel35_folds"))
    args = ap.parse_args()
    arms = [a for a in args.arms.split(",") if a]
    new = new_sets("33,34")
    every = T.post_sets()
    old = every[: every.index(new[0])]
    folds = [old[k::args.folds] for k in range(args.folds)]
    which = [int(k) for k in args.only_folds.split(",") if k] or list(range(args.folds))
    args.out.mkdir(parents=True, exist_ok=True)
    truth = truth_of(old)
    files = T.FRIENDLY_FILES
    d0 = {"": T.dataset(args.corpora, friendly=False)}
    for half in ("A", "B"):
        if any(a.endswith(half) for a in arms):
            d0[half] = T.dataset(args.corpora, friendly=True, friendly_weight=args.friendly_weight, friendly_half=half, friendly_files=files)
    results: dict[str, dict] = {a: {} for a in arms}
    negs: dict[str, dict[str, list[int]]] = {a: {} for a in arms}
    for k in which:
        left = folds[k]
        others = [n for n in old if n not in left]
        sub = {key: v for key, v in truth.items() if key[0] in left}
        post = T.fit_post_heads(others, quiet=True)
        for arm in arms:
            t0 = time.time()
            names = others + new if arm in ("a", "cA", "cB") else others
            d = T.add_posts(d0[arm[1:] if arm in ("bA", "bB", "cA", "cB") else ""], T.load_posts(names))
            arrays, _ = T.fit_model(d, T.FALSE_ALARM_RATE, quiet=True, posts_weight=T.POSTS_WEIGHT)
            path = args.out / f"fold{k}_{arm}.npz"
            T.save_npz(path, T.with_post_heads(arrays, post))
            model = text_model.OffenceModel(path)
            got = run(model, left)
            results[arm].update(got)
            nf = negatives_flagged(model)
            for key, (p, h, n) in nf.items():
                acc = negs[arm].setdefault(key, [0, 0, 0])
                acc[0] += p
                acc[1] += h
                acc[2] += n
            print(f"fold {k} {arm} (left out {', '.join(left)}; trained on {len(names)} sets) {time.time() - t0:.0f}s; thresholds "
                  + ", ".join(f"{h} {v:.3f}" for h, v in model.thresholds.items()) + "; negatives flagged (pipeline/heads of n) "
                  + ", ".join(f"{key} {p}/{h} of {n}" for key, (p, h, n) in nf.items()), flush=True)
            summary(f"fold {k} {arm}", got, sub)
    keys = {key: v for key, v in truth.items() if key in results[arms[0]]}
    print(f"\nGROUPED VALIDATION, folds {which} ({len({k[0] for k in keys})} sets left out, each once; pipeline = rules + model; "
          f"friendly weight {args.friendly_weight:g}):")
    for arm in arms:
        summary(arm, results[arm], keys)
    if "base" in arms:
        for arm in arms:
            if arm == "base":
                continue
            for area, labs in AREAS.items():
                g = sum(1 for key, (labels, _) in keys.items() if labels & labs and results[arm][key][area] and not results["base"][key][area])
                lo = sum(1 for key, (labels, _) in keys.items() if labels & labs and results["base"][key][area] and not results[arm][key][area])
                print(f"  {arm} vs base, {area}: labelled posts gained {g}, lost {lo}")
            for key, (_labels, tag) in keys.items():
                if tag in MUST_NOT_FAIL and results[arm][key] != results["base"][key]:
                    print(f"  {arm}: must-not-fail post {key} ({tag}): {results['base'][key]} -> {results[arm][key]}")
    print("\nNEGATIVES flagged, summed over the folds (pipeline any area / offence heads alone, of n fold-models x texts); "
          "out of sample = an arm not trained on that half:")
    for arm in arms:
        print(f"  {arm:5s} " + "  ".join(f"{key} {p}/{h} of {n}" for key, (p, h, n) in negs[arm].items()))


if __name__ == "__main__":
    main()
