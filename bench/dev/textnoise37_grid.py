"""Raising the offence heads' thresholds (stop 37, branch textnoise37, 2026-12-01): out of fold, and on the real
export samples (TUNED: realtext37 read them). textop36_grid.py's folds, capture and re-decision, with positive deltas.

    PYTHONPATH=src nice .venv/bin/python bench/dev/textnoise37_grid.py folds --out /tmp/tn37/folds.pkl
    PYTHONPATH=src nice .venv/bin/python bench/dev/textnoise37_grid.py real /work/probe29/exports/assembled --out /tmp/tn37/real.pkl
    PYTHONPATH=src .venv/bin/python bench/dev/textnoise37_grid.py report /tmp/tn37/folds.pkl /tmp/tn37/real.pkl

`folds` = textop36_grid.fold_records with its proof at the fold models' own thresholds and at them + 0.15.
`real` runs the audit's items (realtext37_dump.py's reader, items and policy-loaded analyser) once through the capture
with the shipped model, and proves the re-decision against real pipeline runs at the shipped thresholds and at + 0.15.
A "model-only review": offensive_language is a review only because a head cleared its threshold (no status without it).
`report` applies the decision rule of README-text "stop 37, branch textnoise37" (written before any figure) to the
8^3 grid; removed real reviews are matched by post hash to bench/data/realtext37_labels.tsv.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "bench" / "dev")]
import realtext37_dump as RD  # noqa: E402
import textop36_grid as G  # noqa: E402

from selfaudit.adapters.export import read_exports  # noqa: E402
from selfaudit.analysis import text_model  # noqa: E402
from selfaudit.checks.text import text_items  # noqa: E402
from selfaudit.policy import load_policy  # noqa: E402

HEADS = G.OFFENCE_HEADS
DELTAS = (0.0, 0.02, 0.04, 0.06, 0.08, 0.10, 0.12, 0.15)
LABELS = ROOT / "bench" / "data" / "realtext37_labels.tsv"


def raised(thr: dict[str, float], d: tuple[float, ...]) -> dict[str, float]:
    return {**thr, **{h: thr[h] + x for h, x in zip(HEADS, d, strict=True)}}


def model_only(rec: dict[str, Any], thr: dict[str, float]) -> bool:
    return rec["hi"]["offensive"] is None and G.decide(rec, thr)["offensive"] == "review"


def cmd_folds(args: argparse.Namespace) -> None:
    old, truth, recs, fold_thr, _ = G.fold_records(args.models, 5, "-0.15,-0.15,-0.15")
    shipped = text_model.OffenceModel()  # the grid is relative to the stored thresholds
    neg = G.T.friendly_texts("A", (G.NEW36,)) + G.T.friendly_texts("B", (G.NEW36,))
    neg_recs = G.capture(shipped, neg)
    args.out.write_bytes(pickle.dumps({"old": old, "truth": truth, "recs": recs, "fold_thr": fold_thr,
                                       "neg_recs": neg_recs, "shipped_thr": dict(shipped.thresholds)}))


def cmd_real(args: argparse.Namespace) -> None:
    policy = load_policy()
    G.TextAnalyser = functools.partial(G.TextAnalyser, policy=policy)  # the audit's analyser: the policy loaded
    shipped = text_model.OffenceModel()  # the grid is relative to the stored thresholds
    own = dict(shipped.thresholds)
    up = raised(own, (0.15, 0.15, 0.15))
    t0 = time.process_time()
    out: list[tuple[str, str, dict[str, Any]]] = []
    mismatches = 0
    for s in RD.samples(args.folder, ""):
        name = s.name.removesuffix(".zip")
        with tempfile.TemporaryDirectory() as tmp:
            snaps = read_exports([s], out_dir=Path(tmp))
        for acct in snaps:
            texts = [it[2] for it in text_items(acct) if it[2].strip()]
            recs = G.capture(shipped, texts)
            real = G.pipeline(shipped, texts)
            shipped.thresholds = up
            real_up = G.pipeline(shipped, texts)
            shipped.thresholds = own
            for t, rec, r, ru in zip(texts, recs, real, real_up, strict=True):
                mismatches += (G.decide(rec, own) != r) + (G.decide(rec, up) != ru)
                out.append((name, RD.post_hash(t), rec))
        print(f"{name}: {len(out)} texts so far; {time.process_time() - t0:.0f}s CPU", flush=True)
    print(f"real samples: {len(out)} texts; re-decision vs the pipeline at the shipped thresholds and at +0.15: "
          f"{mismatches} verdicts differ of 2 x {len(out)}")
    args.out.write_bytes(pickle.dumps({"posts": out, "shipped_thr": own}))


def cmd_report(args: argparse.Namespace) -> None:
    f = pickle.loads(args.folds.read_bytes())
    r = pickle.loads(args.real.read_bytes())
    sthr = r["shipped_thr"]
    labels: dict[str, str] = {}
    for ln in LABELS.read_text().splitlines():
        c = ln.split("\t")
        if len(c) == 7 and c[2] == "post_offensive_language" and c[3] == "review":
            labels[c[1]] = c[5]
    posts = [(s, h, rec) for s, h, rec in r["posts"] if rec["model"] is not None and rec["hi"]["offensive"] is None]
    base_mo = {(s, h) for s, h, rec in posts if model_only(rec, sthr)}
    n_real = len(r["posts"])
    print("shipped thresholds: " + ", ".join(f"{h} {sthr[h]:.3f}" for h in HEADS))
    print(f"real samples: {n_real} texts, {len(base_mo)} model-only offensive reviews at the shipped thresholds "
          f"(labelled by realtext37: " + ", ".join(f"{k} {sum(labels.get(h) == k for _, h in base_mo)}"
                                                   for k in ("right", "wrong", "unsure")) + ")")
    for h in HEADS:
        only = sum(1 for s, hh, rec in posts if (s, hh) in base_mo and rec["model"]["scores"][h] >= sthr[h])
        print(f"  of which head {h} clears its shipped threshold (before context raises): {only}")
    rows = []
    for d in itertools.product(DELTAS, repeat=3):
        verdicts = {k: G.decide(rec, raised(f["fold_thr"][k], d)) for k, rec in f["recs"].items()}
        c = G.tally(verdicts, f["truth"])
        thr = raised(sthr, d)
        mo = {(s, h) for s, h, rec in posts if model_only(rec, thr)}
        removed = base_mo - mo
        c["everyday36"] = sum(any(v is not None for v in G.decide(x, thr).values()) for x in f["neg_recs"])
        c["real_mo"] = len(mo)
        c["removed"] = len(removed)
        for k in ("right", "wrong", "unsure"):
            c["removed_" + k] = sum(labels.get(h) == k for _, h in removed)
        rows.append({"delta": d, "all": c})
    base = rows[0]["all"]

    def passes(c: dict[str, int]) -> list[str]:
        why = []
        if base["tp"] - c["tp"] > 0.01 * base["pos"]:
            why.append("recall")
        if c["mnf_fail"] > base["mnf_fail"] or c["mnf_review"] > base["mnf_review"]:
            why.append("mnf")
        if c["removed"] < 0.25 * len(base_mo):
            why.append("<25%")
        if c["removed_right"] > 0:
            why.append("removes right")
        return why

    def fmt(row: dict[str, Any]) -> str:
        c = row["all"]
        why = passes(c)
        return (f"  d={tuple(row['delta'])}  {G.line(c)}  everyday36 {c['everyday36']}  real model-only {c['real_mo']} "
                f"(removed {c['removed']}: right {c['removed_right']} wrong {c['removed_wrong']} unsure {c['removed_unsure']})"
                f"  {'PASS' if not why else 'fails: ' + ','.join(why)}")
    print("base:", fmt(rows[0]))
    print("\nOne head at a time (others at 0), and all three together:")
    for j, h in enumerate(HEADS):
        print(f" {h}:")
        for row in rows:
            if all(x == 0 for i, x in enumerate(row["delta"]) if i != j) and row["delta"][j] > 0:
                print(fmt(row))
    print(" all three:")
    for row in rows[1:]:
        if len(set(row["delta"])) == 1:
            print(fmt(row))
    ok = [row for row in rows if not passes(row["all"])]
    ok.sort(key=lambda row: (round(sum(row["delta"]), 6), -row["all"]["removed"], -row["all"]["tp"]))
    print(f"\npassing points: {len(ok)}")
    for row in ok[:15]:
        print(fmt(row))
    near = sorted(rows[1:], key=lambda row: -row["all"]["removed"])
    print("\nmost removed among points with recall loss <= 1 point and must-not-fail not up (any labels):")
    for row in [x for x in near if not set(passes(x["all"])) & {"recall", "mnf"}][:10]:
        print(fmt(row))
    print("\nCHOSEN: " + (str(tuple(ok[0]["delta"])) if ok else "none (nothing ships)"))
    if args.json:
        import json
        args.json.write_text(json.dumps(rows))


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("folds")
    a.add_argument("--models", type=Path, nargs="+", default=[Path("/tmp/tm36/fA"), Path("/tmp/tm36/fB")])
    a.add_argument("--out", type=Path, required=True)
    b = sub.add_parser("real")
    b.add_argument("folder", type=Path)
    b.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("report")
    c.add_argument("folds", type=Path)
    c.add_argument("real", type=Path)
    c.add_argument("--json", type=Path)
    args = ap.parse_args()
    {"folds": cmd_folds, "real": cmd_real, "report": cmd_report}[args.cmd](args)


if __name__ == "__main__":
    main()
