"""Grouped (leave-sets-out) validation of adding sets 27-29 to the model's training posts (stop 30,
branch textdata30, 2026-11-30), all five model heads at once.

    .venv/bin/python bench/dev/textdata30_folds.py [--new posts_untouched27.tsv,...] [--folds 5]

The training sets before this round (every set bench_text.py records as "tuned (training data)",
minus --new) are dealt into --folds folds in their recorded order (fold k = sets k, k+folds, ...;
as textdata3_folds.py and textdata4_folds.py deal them), never split by post. Per fold the whole
model is trained exactly as tools/train_text_model.py trains it (the three offence heads on the
corpora + project texts + everyday posts + the posts of the training sets at POSTS_WEIGHT,
thresholds on the corpora's held-back 10 %; the possible-offence and confidential heads by
fit_post_heads, thresholds on threshold_sets() of the training sets) twice:

* **before**: the training sets = the other folds' sets;
* **after**: the other folds' sets + the --new sets (27-29);

and the left-out sets are run through the whole `check text` pipeline (rules + model). No
threshold is ever set on a left-out set. So the two rows are the same posts, unseen by either
model, and the difference is what adding the new sets does to posts of writers neither saw.

Then the group 27-29 held out: the shipped model (trained on the sets before this round) over
the --new sets through the whole pipeline (--shipped-on-new; needs the shipped file to be the
model trained without them).

Prints, summed over the folds: offensive recall (any abuse label flagged in the offensive area)
and precision, recall per label (threat, insult, obscene, discriminatory = identity), possible
offence and confidential recall/precision (area level), must-not-fail (tags professional,
identity, counter, trap, clean) posts failed / reviewed in any area, clean posts flagged.
Results: bench/README-text.md, "stop 30 textdata30".
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src"), str(ROOT / "bench")]
import bench_text as B  # noqa: E402
import train_text_model as T  # noqa: E402
from textdata4_folds import pct, run  # noqa: E402  (the same pipeline run and interval format)

from selfaudit.analysis import text_model  # noqa: E402
from selfaudit.analysis.text import OFFENCE_CATEGORIES  # noqa: E402

NEW = ("posts_untouched27.tsv", "posts_untouched28.tsv", "posts_untouched29.tsv")
MUST_NOT_FAIL = ("professional", "identity", "counter", "trap", "clean")
ABUSE = ("threat", "insult", "obscene", "discriminatory")
AREAS = {
    "offensive": frozenset(ABUSE),
    "offence": frozenset(OFFENCE_CATEGORIES),
    "confidential": frozenset(c for c, a in B.AREAS.items() if a == "confidential"),
}


def summary(label: str, verdicts: dict, truth: dict) -> Counter:
    c: Counter = Counter()
    for key, (labels, tag) in truth.items():
        v = verdicts[key]
        for area, labs in AREAS.items():
            pos = bool(labels & labs)
            c[f"{area}_pos"] += pos
            c[f"{area}_flag"] += v[area] is not None
            c[f"{area}_tp"] += pos and v[area] is not None
        for lab in ABUSE:
            if lab in labels:
                c[lab] += 1
                c[f"{lab}_hit"] += v["offensive"] is not None
        statuses = set(v.values())
        if tag in MUST_NOT_FAIL:
            c["mnf"] += 1
            c["mnf_fail"] += "fail" in statuses
            c["mnf_review"] += "review" in statuses and "fail" not in statuses
        if tag == "clean":
            c["clean"] += 1
            c["clean_flag"] += bool(statuses - {None})
    print(f"  {label}:")
    for area in AREAS:
        print(f"    {area:12s} R {pct(c[f'{area}_tp'], c[f'{area}_pos'])}  P {pct(c[f'{area}_tp'], c[f'{area}_flag'])}")
    print("    by label     " + " · ".join(f"{lab} {pct(c[f'{lab}_hit'], c[lab])}" for lab in ABUSE))
    print(f"    must-not-fail ({c['mnf']}) fail {c['mnf_fail']} review {c['mnf_review']}; clean ({c['clean']}) flagged {c['clean_flag']}")
    return c


def train(d0: dict, names: list[str], path: Path) -> text_model.OffenceModel:
    d = T.add_posts(d0, T.load_posts(names))
    arrays, _ = T.fit_model(d, T.FALSE_ALARM_RATE, quiet=True, posts_weight=T.POSTS_WEIGHT)
    arrays = T.with_post_heads(arrays, T.fit_post_heads(names, quiet=True))
    T.save_npz(path, arrays)
    return text_model.OffenceModel(path)


def truth_of(names: list[str]) -> dict:
    out = {}
    for name in names:
        B.check_frozen(name)
        for i, (labels, tag, _) in enumerate(B.rows(name, 3)):
            out[(name, i)] = ({x.strip() for x in B.our_labels(labels).split(",")}, tag.strip())
    return out


def compare(results: dict[str, dict], truth: dict, which: list[int]) -> None:
    """The grouped figures before and after, and each labelled or must-not-fail post that moved."""
    keys = {key: v for key, v in truth.items() if key in results["before"]}
    sets = sorted({key[0] for key in keys})
    print(f"\nGROUPED VALIDATION, folds {which} ({len(sets)} sets left out, each once; pipeline = rules + model):")
    for label in ("before", "after"):
        summary(label, results[label], keys)
    for area, labs in AREAS.items():
        gained = sum(1 for key, (labels, _) in keys.items() if labels & labs and results["after"][key][area] and not results["before"][key][area])
        lost = sum(1 for key, (labels, _) in keys.items() if labels & labs and results["before"][key][area] and not results["after"][key][area])
        print(f"  after vs before, {area}: labelled posts gained {gained}, lost {lost}")
    for key, (_labels, tag) in keys.items():
        b, a = results["before"][key], results["after"][key]
        if tag in MUST_NOT_FAIL and a != b:
            print(f"  must-not-fail post {key} ({tag}): {b} -> {a}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=ROOT / "bench" / "corpora")
    ap.add_argument("--new", default=",".join(NEW))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only-folds", default="", help="run these folds only (comma-separated), e.g. to split the work")
    ap.add_argument("--shipped-on-new", action="store_true", help="also run the shipped model over the --new sets")
    ap.add_argument("--out", type=Path, default=Path("/tmp/textdata30_folds"))
    args = ap.parse_args()
    new = [n for n in args.new.split(",") if n]
    old = [n for n in T.post_sets() if n not in new]
    folds = [old[k::args.folds] for k in range(args.folds)]
    which = [int(k) for k in args.only_folds.split(",") if k] or list(range(args.folds))
    args.out.mkdir(parents=True, exist_ok=True)
    truth = truth_of(old)
    if args.shipped_on_new:
        print(f"GROUP {', '.join(new)} HELD OUT: the shipped model ({text_model.MODEL_FILE.name}, trained on the {len(old)} sets before) + rules")
        summary("shipped", run(text_model.OffenceModel(), new), truth_of(new))
    d0 = T.dataset(args.corpora)
    results: dict[str, dict] = {"before": {}, "after": {}}
    for k in which:
        left = folds[k]
        others = [n for n in old if n not in left]
        sub = {key: v for key, v in truth.items() if key[0] in left}
        for label, names in (("before", others), ("after", others + new)):
            t0 = time.time()
            model = train(d0, names, args.out / f"fold{k}_{label}.npz")
            got = run(model, left)
            results[label].update(got)
            print(f"fold {k} {label} (left out {', '.join(left)}; trained on {len(names)} sets) {time.time() - t0:.0f}s; thresholds "
                  + ", ".join(f"{h} {v:.3f}" for h, v in model.thresholds.items()), flush=True)
            summary(f"fold {k} {label}", got, sub)
    compare(results, truth, which)


if __name__ == "__main__":
    main()
