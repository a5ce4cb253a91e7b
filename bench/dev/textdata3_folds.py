"""Grouped validation of the offence model trained on selfaudit's own post sets (branch textdata3,
2026-11-30): leave-sets-out folds, never leave-posts-out, so no annotator's style is on both sides.

    .venv/bin/python bench/dev/textdata3_folds.py [--weights 4] [--folds 5]

The post sets marked "tuned (training data)" in bench/bench_text.py are dealt into --folds folds in
their recorded order (fold k = sets k, k+folds, ...). For each fold and each posts weight the
model is trained exactly as tools/train_text_model.py trains it (corpora + project texts +
everyday posts + the posts of the OTHER folds' sets), its thresholds set on the corpora's
held-back 10 % as always (never on a left-out set), and the left-out sets are run through the
whole `check text` pipeline (TextAnalyser: rules + model). Today's shipped model (trained on no
post set) is run over the same left-out sets. Prints, summed over the folds (every set is left
out exactly once): offensive recall per label, offensive precision, possible-offence recall, and
the offensive fails/reviews on must-not-fail posts (tags professional, identity, counter, trap,
clean) and on clean-tagged posts. Caveat: three rounds of rules were written around what today's
model caught on sets 1-18, so the rules favour today's model on these sets.
Results: bench/README-text.md, "In-domain training data (branch textdata3)".
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
from benchstats import wilson  # noqa: E402

from selfaudit.analysis import text_model  # noqa: E402
from selfaudit.analysis.text import OFFENCE_CATEGORIES, TextAnalyser  # noqa: E402
from selfaudit.config import Config  # noqa: E402

MUST_NOT_FAIL = ("professional", "identity", "counter", "trap", "clean")
ABUSE = ("threat", "insult", "obscene", "discriminatory")


def run(model: text_model.OffenceModel, names: list[str]) -> dict[tuple[str, int], tuple[str | None, str | None]]:
    """(set, row) -> (offensive status, offence status) through the whole pipeline."""
    text_model.load = lambda m=model: (m, None)  # type: ignore[assignment]
    a = TextAnalyser(Config())
    out = {}
    for name in names:
        B.check_frozen(name)
        data = B.rows(name, 3)
        for i, rep in enumerate(a.analyse_many([t for _, _, t in data])):
            out[(name, i)] = (rep.offensive.status, rep.offence.status)
    return out


def pct(k: int, n: int) -> str:
    lo, hi = wilson(k, n) if n else (0.0, 0.0)
    return f"{k / max(1, n):.3f} [{lo:.2f}-{hi:.2f}] {k}/{n}"


def summary(label: str, verdicts: dict, truth: dict) -> dict[str, int]:
    c: Counter = Counter()
    for key, (labels, tag) in truth.items():
        off, offence = verdicts[key]
        c["posts"] += 1
        c["flagged"] += off is not None
        if labels & set(ABUSE):
            c["abusive"] += 1
            c["abusive_hit"] += off is not None
            c["abusive_fail"] += off == "fail"
        else:
            c["not_abusive_fail"] += off == "fail"
        for lab in ABUSE:
            if lab in labels:
                c[lab] += 1
                c[f"{lab}_hit"] += off is not None
        if labels & set(OFFENCE_CATEGORIES):
            c["offence"] += 1
            c["offence_hit"] += offence is not None
        if tag in MUST_NOT_FAIL:
            c["mnf"] += 1
            c["mnf_fail"] += off == "fail"
            c["mnf_review"] += off == "review"
        if tag == "clean":
            c["clean"] += 1
            c["clean_fail"] += off == "fail"
            c["clean_review"] += off == "review"
    tp = c["abusive_hit"]
    print(f"  {label}: offensive R {pct(tp, c['abusive'])}, P {pct(tp, c['flagged'])}; "
          + ", ".join(f"{lab} {pct(c[f'{lab}_hit'], c[lab])}" for lab in ABUSE)
          + f"; offence R {pct(c['offence_hit'], c['offence'])}; must-not-fail ({c['mnf']}) fail {c['mnf_fail']} review {c['mnf_review']}; "
          f"clean ({c['clean']}) fail {c['clean_fail']} review {c['clean_review']}; abusive posts failed {c['abusive_fail']}, "
          f"other posts failed {c['not_abusive_fail']}")
    return c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=ROOT / "bench" / "corpora")
    ap.add_argument("--weights", default=str(T.POSTS_WEIGHT["offensive"]), help="posts weights to try (offensive and identity heads), comma-separated")
    ap.add_argument("--threat-weight", type=float, default=None, help="the threat head's posts weight (default: the same as the others)")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    names = T.post_sets()
    folds = [names[k::args.folds] for k in range(args.folds)]
    truth = {}
    for name in names:
        B.check_frozen(name)
        for i, (labels, tag, _) in enumerate(B.rows(name, 3)):
            truth[(name, i)] = ({x.strip() for x in B.our_labels(labels).split(",")}, tag.strip())
    posts = T.load_posts(names)
    d0 = T.dataset(args.corpora)
    today = run(text_model.OffenceModel(), names)  # trained on no post set: the same model in every fold
    results = {"today": today}
    for w in (float(x) for x in args.weights.split(",")):
        mine: dict = {}
        for k, left in enumerate(folds):
            t0 = time.time()
            d = T.add_posts(d0, [r for r in posts if r[0] not in left])
            pw = {"offensive": w, "identity": w, "threat": w if args.threat_weight is None else args.threat_weight}
            arrays, _ = T.fit_model(d, T.FALSE_ALARM_RATE, quiet=True, posts_weight=pw)
            path = Path(f"/tmp/textdata3_fold{k}_w{w:g}.npz")
            T.save_npz(path, arrays)
            model = text_model.OffenceModel(path)
            got = run(model, left)
            mine.update(got)
            print(f"fold {k} (left out {', '.join(left)}), weight {w:g}: trained in {time.time() - t0:.0f}s; thresholds "
                  + ", ".join(f"{h} {v:.3f}" for h, v in model.thresholds.items()))
            sub = {key: v for key, v in truth.items() if key[0] in left}
            summary("today", today, sub)
            summary(f"posts x{w:g}", got, sub)
        results[f"posts x{w:g}"] = mine
    print(f"\nGROUPED VALIDATION, all {len(names)} sets each left out once ({args.folds} folds; pipeline = rules + model):")
    for label, verdicts in results.items():
        summary(label, verdicts, truth)
    for label, verdicts in results.items():
        if label == "today":
            continue
        gained = sum(1 for key, (labs, _) in truth.items() if labs & set(ABUSE) and verdicts[key][0] and not today[key][0])
        lost = sum(1 for key, (labs, _) in truth.items() if labs & set(ABUSE) and today[key][0] and not verdicts[key][0])
        print(f"  {label} vs today: abusive posts gained {gained}, lost {lost}")


if __name__ == "__main__":
    main()
