"""Grouped validation of the possible-offence and confidential heads (branch textdata4, 2026-11-30):
leave-sets-out folds as in textdata3_folds.py (in git at f559bd3), never leave-posts-out.

    .venv/bin/python bench/dev/textdata4_folds.py [--rates 0.02,0.05] [--alphas 1e-4] [--folds 5]

The post sets marked "tuned (training data)" are dealt into --folds folds (fold k = sets k,
k+folds, ...). Per fold the two heads are fitted by tools/train_text_model.fit_post_heads on the
OTHER folds' sets, with the threshold set on threshold_sets() of those training sets (held back
from the heads' fitting; never a left-out set), appended to today's shipped npz (the three
offence heads unchanged), and the left-out sets run through the whole `check text` pipeline
(TextAnalyser: rules + model). Today's shipped model (no post heads) runs over the same sets.
Prints, summed over the folds: possible-offence recall/precision (area level: a post with an
alcohol/drugs/violence/antisocial/driving label, flagged in the offence area), confidential
recall/precision (any confidential-area label), and the reviews and fails these two areas give
must-not-fail posts (tags professional, identity, counter, trap, clean) and clean posts.
Results: bench/README-text.md, "Possible-offence and confidential heads (branch textdata4)".
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src"), str(ROOT / "bench")]
import bench_text as B  # noqa: E402
import train_text_model as T  # noqa: E402
from benchstats import wilson  # noqa: E402

from selfaudit.analysis import text_model  # noqa: E402
from selfaudit.analysis.text import OFFENCE_CATEGORIES, TextAnalyser  # noqa: E402
from selfaudit.config import Config  # noqa: E402

# Today's model = the three offence heads (the shipped file's, bit for bit) without any post head.
BASE_KEYS = {"meta"} | {f"{k}_{h}" for k in ("index", "weight", "intercept", "threshold") for h in ("offensive", "threat", "identity")}
MUST_NOT_FAIL = ("professional", "identity", "counter", "trap", "clean")
CONFIDENTIAL = frozenset(c for c, a in B.AREAS.items() if a == "confidential")
AREAS = {"offence": frozenset(OFFENCE_CATEGORIES), "confidential": CONFIDENTIAL}


def run(model: text_model.OffenceModel, names: list[str]) -> dict:
    """(set, row) -> {area: status} through the whole pipeline."""
    text_model.load = lambda m=model: (m, None)  # type: ignore[assignment]
    a = TextAnalyser(Config())
    out = {}
    for name in names:
        B.check_frozen(name)
        data = B.rows(name, 3)
        for i, rep in enumerate(a.analyse_many([t for _, _, t in data])):
            out[(name, i)] = {"offence": rep.offence.status, "confidential": rep.confidential.status, "offensive": rep.offensive.status}
    return out


def pct(k: int, n: int) -> str:
    lo, hi = wilson(k, n) if n else (0.0, 0.0)
    return f"{k / max(1, n):.3f} [{lo:.2f}-{hi:.2f}] {k}/{n}"


def summary(label: str, verdicts: dict, truth: dict) -> Counter:
    c: Counter = Counter()
    for key, (labels, tag) in truth.items():
        v = verdicts[key]
        for area, labs in AREAS.items():
            pos = bool(labels & labs)
            c[f"{area}_pos"] += pos
            c[f"{area}_flag"] += v[area] is not None
            c[f"{area}_tp"] += pos and v[area] is not None
            if tag in MUST_NOT_FAIL:
                c[f"{area}_mnf_review"] += v[area] == "review"
                c[f"{area}_mnf_fail"] += v[area] == "fail"
            if tag == "clean":
                c[f"{area}_clean_review"] += v[area] == "review"
                c[f"{area}_clean_fail"] += v[area] == "fail"
        c["mnf"] += tag in MUST_NOT_FAIL
        c["clean"] += tag == "clean"
        c["mnf_any_review"] += tag in MUST_NOT_FAIL and any(s == "review" for s in v.values()) and not any(s == "fail" for s in v.values())
        c["mnf_any_fail"] += tag in MUST_NOT_FAIL and any(s == "fail" for s in v.values())
    parts = []
    for area in AREAS:
        parts.append(f"{area} R {pct(c[f'{area}_tp'], c[f'{area}_pos'])} P {pct(c[f'{area}_tp'], c[f'{area}_flag'])}; "
                     f"must-not-fail review {c[f'{area}_mnf_review']} fail {c[f'{area}_mnf_fail']}, "
                     f"clean review {c[f'{area}_clean_review']} fail {c[f'{area}_clean_fail']}")
    print(f"  {label}: " + " | ".join(parts) + f" | must-not-fail ({c['mnf']}) with any review {c['mnf_any_review']}, any fail {c['mnf_any_fail']}; clean {c['clean']}")
    return c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rates", default=str(T.POST_HEAD_RATE["offence"]), help="false-alarm rates on the held-back negatives, comma-separated")
    ap.add_argument("--alphas", default=str(T.POST_HEAD_ALPHA["offence"]), help="SGD alphas, comma-separated")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--heads", default="offence,confidential", help="the post heads to fit (default both; the training script ships SHIPPED_POST_HEADS)")
    ap.add_argument("--form", choices=("raw", "scored"), default=T.POST_HEAD_FORM, help="the form of the posts the heads are fitted on")
    ap.add_argument("--no-context", action="store_true", help="the offence head without the surer score in a reporting or professional voice")
    ap.add_argument("--list", action="store_true", help="list the must-not-fail posts a variant newly reviews (the sets are training data)")
    args = ap.parse_args()
    names = T.post_sets()
    T.POST_HEAD_FORM = args.form
    if args.no_context:
        import selfaudit.analysis.text as text_analysis

        text_analysis.POST_HEAD_CONTEXT = False
    folds = [names[k::args.folds] for k in range(args.folds)]
    truth = {}
    for name in names:
        for i, (labels, tag, _) in enumerate(B.rows(name, 3)):
            truth[(name, i)] = ({x.strip() for x in B.our_labels(labels).split(",")}, tag.strip())
    shipped = np.load(text_model.MODEL_FILE, allow_pickle=False)
    base = {"heads": np.array(text_model.HEADS), **{k: shipped[k] for k in shipped.files if k in BASE_KEYS}}
    T.save_npz(Path("/tmp/textdata4_today.npz"), base)
    today = run(text_model.OffenceModel(Path("/tmp/textdata4_today.npz")), names)
    results = {"today": today}
    for alpha in (float(x) for x in args.alphas.split(",")):
        for rate in (float(x) for x in args.rates.split(",")):
            mine: dict = {}
            label = f"post heads alpha {alpha:g} rate {rate:g}"
            for k, left in enumerate(folds):
                t0 = time.time()
                train = [n for n in names if n not in left]
                post = T.fit_post_heads(train, {h: rate for h in T.POST_HEADS}, {h: alpha for h in T.POST_HEADS}, quiet=True,
                                          heads=tuple(args.heads.split(",")))
                path = Path(f"/tmp/textdata4_fold{k}.npz")
                T.save_npz(path, T.with_post_heads(base, post))
                model = text_model.OffenceModel(path)
                mine.update(run(model, left))
                print(f"fold {k} ({label}; left out {', '.join(left)}; thresholds on {', '.join(T.threshold_sets(train))}): "
                      f"{time.time() - t0:.0f}s; thresholds " + ", ".join(f"{h} {model.thresholds[h]:.3f}" for h in T.POST_HEADS if h in model.thresholds))
            results[label] = mine
    print(f"\nGROUPED VALIDATION, all {len(names)} sets each left out once ({args.folds} folds; pipeline = rules + model):")
    for label, verdicts in results.items():
        summary(label, verdicts, truth)
    for label, verdicts in results.items():
        if label == "today":
            continue
        for area, labs in AREAS.items():
            gained = sum(1 for key, (labels, _) in truth.items() if labels & labs and verdicts[key][area] and not today[key][area])
            lost = sum(1 for key, (labels, _) in truth.items() if labels & labs and today[key][area] and not verdicts[key][area])
            print(f"  {label} vs today, {area}: labelled posts gained {gained}, lost {lost}")
        if args.list:
            for key, (_labels, tag) in truth.items():
                if tag in MUST_NOT_FAIL and any(verdicts[key][a] and not today[key][a] for a in AREAS):
                    print(f"    new review on {tag} post {key}: {B.rows(key[0], 3)[key[1]][2][:120]!r}")


if __name__ == "__main__":
    main()
