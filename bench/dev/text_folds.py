"""Grouped (leave-sets-out) validation of adding a new post set to the model's training posts, all five
model heads at once. ONE script for every round since stop 30 (it replaces textdata3_folds.py and
textdata30/31/32/33_folds.py, stop 34, branch textdata34, 2026-12-01).

    .venv/bin/python bench/dev/text_folds.py --new-set 33 [--only-folds 0,1,2] [--shipped-on-new] [--out DIR]

--new-set names the new set(s): a number (33 = posts_untouched33.tsv), a range (27-29) or file names,
comma-separated. The training sets BEFORE it (every set bench_text.py records as "tuned (training data)"
and lists before the first new set, in that order) are dealt into --folds folds (fold k = sets k,
k+folds, ...; never split by post). Per fold the whole model is trained exactly as
tools/train_text_model.py trains it (the three offence heads on the corpora + project texts + everyday
posts + the posts of the training sets at POSTS_WEIGHT, thresholds on the corpora's held-back 10 %; the
possible-offence and confidential heads by fit_post_heads, thresholds on threshold_sets() of the
training sets) twice:

* **before**: the training sets = the other folds' sets;
* **after**: the other folds' sets + the new set(s);

and the left-out sets run through the whole `check text` pipeline (rules + model). No threshold is ever
set on a left-out set. So both rows judge the same posts, unseen by either model, and the difference is
what the new set does to posts of writers neither saw. The skip lists (OFFENCE_HEADS_SKIP_SETS,
POST_HEAD_SKIP_SETS) are NOT applied in the folds: every training set of the row is trained on by every
head, so the rows differ by the new set alone (the post heads as they ship: textdata31_post_heads.py).

--shipped-on-new also runs the shipped model over the new set(s) (the group held out: needs the shipped
file to be the model trained without them).

Prints, summed over the folds: offensive recall (any abuse label flagged in the offensive area) and
precision, recall per label (threat, insult, obscene, discriminatory = identity), possible offence and
confidential recall/precision (area level), must-not-fail (tags professional, identity, counter, trap,
clean) posts failed / reviewed in any area, clean posts flagged, labelled posts gained / lost.

Which command gave which recorded figures (each run from a checkout of that round's start, whose rules
and bench_text.py it needs; the results files are kept):

* stop 30 (sets 27-29), bench/results/text-textdata30-folds.txt: ``--new-set 27-29`` (was
  textdata30_folds.py, whose defaults these were);
* stop 31 (set 30), text-textdata31-folds.txt: ``--new-set 30`` (was textdata31_folds.py);
* stop 32 (set 31), text-textdata32-folds.txt: ``--new-set 31`` (was textdata32_folds.py);
* stop 33 (set 32), text-textdata33-folds.txt: ``--new-set 32 --only-folds 0,1,2 --shipped-on-new`` and
  ``--new-set 32 --only-folds 3,4 --out /tmp/textdata33_folds_b`` (was textdata33_folds.py);
* stop 34 (set 33), text-textdata34-folds.txt: ``--new-set 33`` likewise (bench/README-text.md, "stop 34").

The first grouped validation (branch textdata3, README "In-domain training data"), posts weights
compared against the model trained on no post set, is not this comparison: its script,
textdata3_folds.py, is in git (``git show f559bd3:bench/dev/textdata3_folds.py``) and needs that
round's checkout (its --weights loop over the shipped model of the time).
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

MUST_NOT_FAIL = ("professional", "identity", "counter", "trap", "clean")
ABUSE = ("threat", "insult", "obscene", "discriminatory")
AREAS = {
    "offensive": frozenset(ABUSE),
    "offence": frozenset(OFFENCE_CATEGORIES),
    "confidential": frozenset(c for c, a in B.AREAS.items() if a == "confidential"),
}


def new_sets(spec: str) -> list[str]:
    """'33' -> posts_untouched33.tsv; '27-29' -> sets 27, 28, 29; a file name as it is."""
    out: list[str] = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        if part.endswith(".tsv"):
            out.append(part)
        elif "-" in part:
            lo, hi = (int(x) for x in part.split("-"))
            out += [f"posts_untouched{k}.tsv" for k in range(lo, hi + 1)]
        else:
            out.append(f"posts_untouched{int(part)}.tsv")
    return out


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
    ap.add_argument("--new-set", "--new", dest="new", default="33",
                    help="the new set(s): 33, 27-29 or posts_untouched33.tsv, comma-separated")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only-folds", default="", help="run these folds only (comma-separated), e.g. to split the work")
    ap.add_argument("--shipped-on-new", action="store_true", help="also run the shipped model over the --new sets")
    ap.add_argument("--out", type=Path, default=None, help="where the fold models go (default /tmp/text_folds_<first new set>)")
    args = ap.parse_args()
    new = new_sets(args.new)
    every = T.post_sets()
    missing = [n for n in new if n not in every]
    if missing:
        sys.exit(f"not recorded as training data in bench_text.py: {', '.join(missing)}")
    old = every[: min(every.index(n) for n in new)]  # the training sets recorded before the new set(s)
    if args.out is None:
        args.out = Path(f"/tmp/text_folds_{new[0].removesuffix('.tsv')}")
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
