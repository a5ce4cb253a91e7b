"""Grouped (leave-sets-out) validation of stop 36 (branch textmodel36, 2026-12-01): set 35 in the offence
heads, and the marketplace / lost-and-found / neighbourhood negatives (tools/everyday_negatives36.tsv)
judged OUT OF SAMPLE.

    .venv/bin/python bench/dev/textmodel36_folds.py [--only-folds 0,1,2] [--out DIR] [--reuse]

As bench/dev/textmodel35_folds.py, one stop on. The folds: every set bench_text.py records as training
data (35 sets, posts.tsv ... set 34), fold k = sets k, k+5, ... (never split by post); every set is left out
once. Per fold the three offence heads are trained exactly as tools/train_text_model.py trains them
(corpora + project texts + everyday posts + the friendly and stop-35 everyday negatives it ships with, at
FRIENDLY_WEIGHT + the posts at POSTS_WEIGHT; thresholds on the corpora's held-back 10 %, never on a
left-out set or on the negatives counted), in four arms:

* **base**: training sets = the other folds' sets (the skip lists are not applied, as in text_folds.py);
* **a**:    base + set 35;
* **bA** / **bB**: a + half A / half B of tools/everyday_negatives36.tsv (train_text_model.friendly_texts'
  rule, fixed at stop 35 before any score: the file's clean lines numbered from 0 in file order, A = even,
  B = odd), entered as the shipped negatives are (source "friendly", respelled, FRIENDLY_WEIGHT);
* **nA** / **nB**: base + half A / half B, without set 35 (added when the model built as b reviewed a functional
  test post, "someone should give that lollipop lady a medal", and the model built as a did too: set 35 moves it).

The post heads (possible offence, confidential) are fitted once per fold on the other folds' sets and shared
by every arm, so the rows differ only by the offence heads.

Reported: per arm, summed over the folds, the left-out sets through the whole `check text` pipeline
(text_folds.summary), gained / lost against base and against a, must-not-fail posts that moved; and on each
half of each negatives file the texts the whole pipeline flags (review or fail, any area) and the texts the
offence heads alone score over their thresholds. A half of the new file is out of sample for base, a, and the
b arm of the other half; the stop-35 files are in every arm's training (in sample, shown for reference).
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

ARMS = ("base", "a", "bA", "bB", "nA", "nB")
NEW36 = ROOT / "tools" / "everyday_negatives36.tsv"
FILES = {"friendly": (T.FRIENDLY_SET,), "everyday35": (T.EVERYDAY35_SET,), "market36": (NEW36,)}


def half_file(half: str, out: Path) -> Path:
    """The clean lines of one half of the new negatives as a file of their own (friendly_texts reads it whole,
    in the same order, so the rows are those of the half)."""
    path = out / f"everyday_negatives36_{half}.tsv"
    path.write_text("".join(f"clean\t{t}\n" for t in T.friendly_texts(half, (NEW36,))), encoding="utf-8")
    return path


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
    ap.add_argument("--out", type=Path, default=Path("/tmp/textmodel36_folds"))
    ap.add_argument("--reuse", action="store_true", help="read a fold's arm model from --out when it is there (written by an earlier "
                    "run of this script) instead of training it again; the report is the same")
    args = ap.parse_args()
    arms = [a for a in args.arms.split(",") if a]
    new = new_sets("35")
    old = T.post_sets()
    old = old[: old.index(new[0])] if new[0] in old else old
    folds = [old[k::args.folds] for k in range(args.folds)]
    which = [int(k) for k in args.only_folds.split(",") if k] or list(range(args.folds))
    args.out.mkdir(parents=True, exist_ok=True)
    truth = truth_of(old)
    shipped = (T.FRIENDLY_SET, T.EVERYDAY35_SET)  # the negatives the stop-35 model shipped with
    d0: dict[str, dict] = {}

    def dataset(key: str) -> dict:
        if key not in d0:
            files = shipped if not key else (*shipped, half_file(key, args.out))
            d0[key] = T.dataset(args.corpora, friendly=True, friendly_weight=T.FRIENDLY_WEIGHT, friendly_files=files)
        return d0[key]
    results: dict[str, dict] = {a: {} for a in arms}
    negs: dict[str, dict[str, list[int]]] = {a: {} for a in arms}
    for k in which:
        left = folds[k]
        others = [n for n in old if n not in left]
        sub = {key: v for key, v in truth.items() if key[0] in left}
        post: dict = {}
        for arm in arms:
            t0 = time.process_time()
            names = others if arm in ("base", "nA", "nB") else others + new
            path = args.out / f"fold{k}_{arm}.npz"
            if not (args.reuse and path.exists()):
                post = post or T.fit_post_heads(others, quiet=True)
                d = T.add_posts(dataset(arm[1:] if arm in ("bA", "bB", "nA", "nB") else ""), T.load_posts(names))
                arrays, _ = T.fit_model(d, T.FALSE_ALARM_RATE, quiet=True, posts_weight=T.POSTS_WEIGHT)
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
            print(f"fold {k} {arm} (left out {', '.join(left)}; trained on {len(names)} sets) {time.process_time() - t0:.0f}s CPU; thresholds "
                  + ", ".join(f"{h} {v:.3f}" for h, v in model.thresholds.items()) + "; negatives flagged (pipeline/heads of n) "
                  + ", ".join(f"{key} {p}/{h} of {n}" for key, (p, h, n) in nf.items()), flush=True)
            summary(f"fold {k} {arm}", got, sub)
    keys = {key: v for key, v in truth.items() if key in results[arms[0]]}
    print(f"\nGROUPED VALIDATION, folds {which} ({len({k[0] for k in keys})} sets left out, each once; pipeline = rules + model; "
          f"friendly weight {T.FRIENDLY_WEIGHT:g}):")
    for arm in arms:
        summary(arm, results[arm], keys)
    for ref in ("base", "a"):
        if ref not in arms:
            continue
        for arm in arms:
            if arm == ref or (ref == "a" and arm == "base"):
                continue
            for area, labs in AREAS.items():
                g = sum(1 for key, (labels, _) in keys.items() if labels & labs and results[arm][key][area] and not results[ref][key][area])
                lo = sum(1 for key, (labels, _) in keys.items() if labels & labs and results[ref][key][area] and not results[arm][key][area])
                print(f"  {arm} vs {ref}, {area}: labelled posts gained {g}, lost {lo}")
            for key, (_labels, tag) in keys.items():
                if tag in MUST_NOT_FAIL and results[arm][key] != results[ref][key]:
                    print(f"  {arm} vs {ref}: must-not-fail post {key} ({tag}): {results[ref][key]} -> {results[arm][key]}")
    print("\nNEGATIVES flagged, summed over the folds (pipeline any area / offence heads alone, of n fold-models x texts); "
          "market36 out of sample = base, a, and the b / n arm of the other half:")
    for arm in arms:
        print(f"  {arm:5s} " + "  ".join(f"{key} {p}/{h} of {n}" for key, (p, h, n) in negs[arm].items()))


if __name__ == "__main__":
    main()
