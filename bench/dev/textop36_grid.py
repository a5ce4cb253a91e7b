"""The offence heads' operating point on OUT-OF-FOLD scores (stop 36, branch textop36, 2026-12-01).

    PYTHONPATH=src .venv/bin/python bench/dev/textop36_grid.py [--models DIR ...] [--out FILE]

The fold models are textmodel36_folds.py's **base** arm (`fold{k}_base.npz`, trained on the other folds' sets;
--models names the folders that hold them, by default where that script wrote them at stop 36). The folds are that
script's: the 35 training sets before set 35, fold k = sets k, k+5, ...

Each head's threshold only matters where the model alone decides: text.TextAnalyser._offensive asks
_model_heads(model, context=..., identity=..., kind_voice=..., greeting=...) only for a post with no rule hit,
not denied and not aimed at the writer, and the post's offensive status is then `review` when a head clears its
(adjusted) threshold, else nothing, made worse by the foreign-word lists' verdict when the language is unsure.
So one pipeline pass per fold records, per post: the statuses with no head firing (the second _model_heads call
answered empty) and, for posts that reach that call, its arguments and the head scores. Any thresholds are then
re-decided by the same formula (`heads_at`) with no rule run again. The re-decision is checked against a real
pipeline run at each fold model's own thresholds (every post, all three areas: must be identical).

Reported: the grid (each head's threshold lowered by delta), summed over the folds: offensive recall / precision,
must-not-fail posts failed / reviewed (any area), clean posts flagged; the per-set figures at base and at the
points named; tools/everyday_negatives36.tsv (not in training) flagged in any area by the SHIPPED model at each
point (the same re-decision, shipped thresholds minus delta).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "bench" / "dev")]
import bench_text as B  # noqa: E402
import train_text_model as T  # noqa: E402
from text_folds import AREAS, MUST_NOT_FAIL, new_sets, truth_of  # noqa: E402

from selfaudit.analysis import text_model  # noqa: E402
from selfaudit.analysis.text import _HEAD_CATEGORY, TextAnalyser  # noqa: E402
from selfaudit.config import Config  # noqa: E402

OFFENCE_HEADS = ("offensive", "threat", "identity")
DELTAS = (0.0, 0.025, 0.05, 0.075, 0.10, 0.125, 0.15)
RANK = {None: 0, "review": 1, "fail": 2}
NEW36 = ROOT / "tools" / "everyday_negatives36.tsv"


def heads_at(thr: dict[str, float], scores: dict[str, float], kw: dict[str, bool]) -> bool:
    """text.TextAnalyser._model_heads's decision (nothing disabled, no classifier_threshold option), for thresholds thr."""
    for h, v in scores.items():
        if h not in _HEAD_CATEGORY or (kw.get("greeting") and h == "threat"):
            continue
        t = thr.get(h, 0.9)
        if kw.get("kind_voice"):
            t += 3 * (1 - t) / 4
        elif kw.get("context") or (kw.get("identity") and h == "offensive"):
            t += (1 - t) / 2
        if v >= t:
            return True
    return False


def capture(model: text_model.OffenceModel, texts: list[str]) -> list[dict[str, Any]]:
    """Per text: the statuses with no offence head firing, and (when the model alone would decide) the call's
    arguments and scores."""
    text_model.load = lambda m=model: (m, None)  # type: ignore[assignment]
    a = TextAnalyser(Config())
    seen: dict[str, dict[str, Any]] = {}
    current: list[str] = [""]
    real_report = a._report
    real_heads = a._model_heads

    def report(text: str, *args: Any, **kw: Any) -> Any:
        current[0] = text
        return real_report(text, *args, **kw)

    def model_heads(m: dict[str, float], **kw: Any) -> list[str]:
        if "greeting" in kw:  # the call that decides by the model alone: record it, answer "no head"
            assert current[0] not in seen or seen[current[0]]["scores"] == m
            seen[current[0]] = {"scores": dict(m), "kw": dict(kw)}
            return []
        # the first call only gates the rest; at threshold 0 every scored post passes it
        saved = a.model_thresholds
        a.model_thresholds = {**saved, **{h: 0.0 for h in OFFENCE_HEADS}}
        try:
            return real_heads(m, **kw)
        finally:
            a.model_thresholds = saved

    a._report = report  # type: ignore[method-assign]
    a._model_heads = model_heads  # type: ignore[method-assign]
    reps = a.analyse_many(texts)
    out = []
    for t, r in zip(texts, reps, strict=True):
        out.append({"hi": {"offence": r.offence.status, "confidential": r.confidential.status, "offensive": r.offensive.status},
                    "model": seen.get(t)})
    return out


def decide(rec: dict[str, Any], thr: dict[str, float]) -> dict[str, str | None]:
    v = dict(rec["hi"])
    m = rec["model"]
    if m is not None and heads_at(thr, m["scores"], m["kw"]) and RANK[v["offensive"]] < 1:
        v["offensive"] = "review"
    return v


def pipeline(model: text_model.OffenceModel, texts: list[str]) -> list[dict[str, str | None]]:
    text_model.load = lambda m=model: (m, None)  # type: ignore[assignment]
    reps = TextAnalyser(Config()).analyse_many(texts)
    return [{"offence": r.offence.status, "confidential": r.confidential.status, "offensive": r.offensive.status} for r in reps]


def tally(verdicts: dict, truth: dict) -> dict[str, int]:
    c = dict.fromkeys(("pos", "flag", "tp", "mnf", "mnf_fail", "mnf_review", "clean", "clean_flag"), 0)
    labs = AREAS["offensive"]
    for key, (labels, tag) in truth.items():
        v = verdicts[key]
        pos = bool(labels & labs)
        c["pos"] += pos
        c["flag"] += v["offensive"] is not None
        c["tp"] += pos and v["offensive"] is not None
        if tag in MUST_NOT_FAIL:
            c["mnf"] += 1
            fail = any(s == "fail" for s in v.values())
            c["mnf_fail"] += fail
            c["mnf_review"] += (not fail) and any(s == "review" for s in v.values())
        if tag == "clean":
            c["clean"] += 1
            c["clean_flag"] += any(s is not None for s in v.values())
    return c


def line(c: dict[str, int]) -> str:
    return (f"R {c['tp'] / c['pos']:.4f} {c['tp']}/{c['pos']}  P {c['tp'] / max(1, c['flag']):.4f} ({c['flag']} flags)  "
            f"must-not-fail fail {c['mnf_fail']} review {c['mnf_review']} of {c['mnf']}  clean flagged {c['clean_flag']}/{c['clean']}")


def fold_records(models: list[Path], n_folds: int, check_delta: str) -> tuple[
        list[str], dict, dict[tuple[str, int], dict[str, Any]], dict[tuple[str, int], dict[str, float]], dict[str, float]]:
    """One pipeline pass per fold model over its left-out sets: the training sets before 35, their truth, each post's
    record and its fold model's own thresholds. The re-decision is proven against real pipeline runs at the fold models'
    own thresholds and at them minus check_delta (offensive,threat,identity; negative = raised)."""
    new = new_sets("35")
    old = T.post_sets()
    old = old[: old.index(new[0])] if new[0] in old else old
    folds = [old[k::n_folds] for k in range(n_folds)]
    truth = truth_of(old)
    recs: dict[tuple[str, int], dict[str, Any]] = {}
    fold_thr: dict[tuple[str, int], dict[str, float]] = {}
    mismatches = 0
    check = dict(zip(OFFENCE_HEADS, (float(x) for x in check_delta.split(",")), strict=True))
    for k in range(n_folds):
        path = next(d / f"fold{k}_base.npz" for d in models if (d / f"fold{k}_base.npz").exists())
        model = text_model.OffenceModel(path)
        t0 = time.process_time()
        keys, texts = [], []
        for name in folds[k]:
            B.check_frozen(name)
            for i, (_, _, t) in enumerate(B.rows(name, 3)):
                keys.append((name, i))
                texts.append(t)
        got = capture(model, texts)
        own = dict(model.thresholds)
        real = pipeline(model, texts)
        model.thresholds = {**own, **{h: own[h] - check[h] for h in OFFENCE_HEADS}}
        real_low = pipeline(model, texts)
        for key, rec, r, rl in zip(keys, got, real, real_low, strict=True):
            recs[key] = rec
            fold_thr[key] = own
            if decide(rec, own) != r:
                mismatches += 1
                print("MISMATCH", key, decide(rec, own), r)
            if decide(rec, model.thresholds) != rl:
                mismatches += 1
                print("MISMATCH at the check deltas", key, decide(rec, model.thresholds), rl)
        model.thresholds = own
        print(f"fold {k} ({path}): {len(texts)} posts, {sum(r['model'] is not None for r in got)} decided by the model alone; "
              f"thresholds " + ", ".join(f"{h} {model.thresholds[h]:.3f}" for h in OFFENCE_HEADS)
              + f"; {time.process_time() - t0:.0f}s CPU", flush=True)
    print(f"re-decision vs the pipeline, at the fold models' own thresholds and at them minus {check_delta}: "
          f"{mismatches} verdicts differ of 2 x {len(recs)} posts")
    return old, truth, recs, fold_thr, check


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", type=Path, nargs="+", default=[Path("/tmp/tm36/fA"), Path("/tmp/tm36/fB")])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path("/tmp/op36/grid.json"))
    ap.add_argument("--check-delta", default="0.15,0.15,0.15", help="also prove the re-decision against a pipeline run whose "
                    "model thresholds are lowered by these deltas (offensive,threat,identity)")
    args = ap.parse_args()
    old, truth, recs, fold_thr, check = fold_records(args.models, args.folds, args.check_delta)

    shipped = text_model.OffenceModel()  # the stored thresholds
    neg = [t for t in T.friendly_texts("A", (NEW36,)) + T.friendly_texts("B", (NEW36,))]
    neg_recs = capture(shipped, neg)
    neg_real = pipeline(shipped, neg)
    neg_mis = sum(decide(r, shipped.thresholds) != x for r, x in zip(neg_recs, neg_real, strict=True))
    sown = dict(shipped.thresholds)
    shipped.thresholds = {**sown, **{h: sown[h] - check[h] for h in OFFENCE_HEADS}}
    neg_low = pipeline(shipped, neg)
    neg_mis += sum(decide(r, shipped.thresholds) != x for r, x in zip(neg_recs, neg_low, strict=True))
    shipped.thresholds = sown
    print(f"everyday36: {len(neg)} texts; re-decision vs pipeline at the shipped thresholds: {neg_mis} differ")

    rows = []
    for d in itertools.product(DELTAS, repeat=3):
        delta = dict(zip(OFFENCE_HEADS, d, strict=True))
        verdicts = {key: decide(rec, {**fold_thr[key], **{h: fold_thr[key][h] - delta[h] for h in OFFENCE_HEADS}})
                    for key, rec in recs.items()}
        c = tally(verdicts, truth)
        sthr = {**shipped.thresholds, **{h: shipped.thresholds[h] - delta[h] for h in OFFENCE_HEADS}}
        c["everyday36"] = sum(any(s is not None for s in decide(r, sthr).values()) for r in neg_recs)
        per_set = {}
        for name in old:
            sub = {key: v for key, v in truth.items() if key[0] == name}
            per_set[name] = tally({key: verdicts[key] for key in sub}, sub)
        rows.append({"delta": d, "all": c, "per_set": per_set})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows))
    base = rows[0]["all"]
    print("base (delta 0):", line(base), f" everyday36 flagged {base['everyday36']}/{len(neg)}")
    print(f"grid written: {args.out} ({len(rows)} points)")
    eligible = report(rows, len(neg))
    for r in [r for r in rows if tuple(r["delta"]) == (0.05, 0.0, 0.0)] + eligible[:1]:
        d = dict(zip(OFFENCE_HEADS, r["delta"], strict=True))
        sthr = {**shipped.thresholds, **{h: shipped.thresholds[h] - d[h] for h in OFFENCE_HEADS}}
        print(f"\neveryday36 posts flagged at {tuple(r['delta'])} and not at delta 0 (shipped model):")
        for t, rec in zip(neg, neg_recs, strict=True):
            if any(v is not None for v in decide(rec, sthr).values()) and not any(v is not None for v in decide(rec, shipped.thresholds).values()):
                print(f"  {t}  [" + ", ".join(f"{h} {rec['model']['scores'][h]:.2f}" for h in OFFENCE_HEADS) + "]")


def report(rows: list[dict[str, Any]], n_neg: int) -> list[dict[str, Any]]:
    """The grid as the README section reads it, and textop36's decision rule (written before the grid was run)
    applied to it: step 1 on the out-of-fold figures; step 2's cost (a) here, (b) real exports measured apart."""
    base = rows[0]["all"]
    br = base["tp"] / base["pos"]

    def fmt(r: dict[str, Any]) -> str:
        c = r["all"]
        return (f"  d(off,thr,id)={tuple(r['delta'])}  " + line(c) + f"  everyday36 {c['everyday36']}/{n_neg}")
    print("\nOne head at a time (the others at delta 0), and all three together:")
    for j, h in enumerate(OFFENCE_HEADS):
        print(f" {h}:")
        for r in rows:
            if all(x == 0 for i, x in enumerate(r["delta"]) if i != j):
                print(fmt(r))
    print(" all three:")
    for r in rows:
        if len(set(r["delta"])) == 1:
            print(fmt(r))
    eligible = [r for r in rows if r["all"]["tp"] / r["all"]["pos"] >= br + 0.030 and r["all"]["tp"] / r["all"]["flag"] >= 0.90
                and r["all"]["mnf_fail"] == 0 and r["all"]["mnf_review"] <= 1.10 * base["mnf_review"]]
    eligible.sort(key=lambda r: (-r["all"]["tp"], sum(r["delta"]), r["delta"][2], r["delta"][1]))
    print(f"\nStep 1 (OOF recall >= {br + 0.03:.4f}, precision >= 0.90, must-not-fail fail 0, review <= "
          f"{1.10 * base['mnf_review']:.1f}): {len(eligible)} eligible points, in step 2's order:")
    for r in eligible:
        ok = r["all"]["everyday36"] <= base["everyday36"] + 3
        print(fmt(r) + ("" if ok else f"  -> fails cost (a): everyday36 > {base['everyday36'] + 3}"))
    named = [rows[0]] + [r for r in rows if tuple(r["delta"]) == (0.05, 0.0, 0.0)] + eligible[:1]
    print("\nPer left-out set (offensive recall tp/pos, flags, must-not-fail fail/review) at " + "; ".join(str(tuple(r["delta"])) for r in named) + ":")
    for name in rows[0]["per_set"]:
        print(f"  {name:<26}" + " | ".join(
            f"{c['tp']:>3}/{c['pos']:<3} fl {c['flag']:>3} mnf {c['mnf_fail']}/{c['mnf_review']:<2}" for c in (r["per_set"][name] for r in named)))
    print("Step 2 cost (a) passed by: " + (", ".join(str(tuple(r["delta"])) for r in eligible
                                                       if r["all"]["everyday36"] <= base["everyday36"] + 3) or "none"))
    return eligible


if __name__ == "__main__":
    main()
