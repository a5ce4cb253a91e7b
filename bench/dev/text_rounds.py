"""Dev tools of the text-recall rounds (textrecall3, 4, 5): each round's structures can be switched
off to give its "before". One script, a round number picks the structures.

    .venv/bin/python bench/dev/text_rounds.py eval [--round 5] [-v] [--sets 12,...] [--all] [--area offence] [--without]
    .venv/bin/python bench/dev/text_rounds.py probe --round 5 bench/dev/textrecall5_probe.tsv
    .venv/bin/python bench/dev/text_rounds.py corpus-train --round 5 [-v]
    .venv/bin/python bench/dev/text_rounds.py without --round 5 bench/bench_corpus_heldback.py [args...]

eval: per TUNED posts set, offensive-area recall per labelled category (flagged in the area at all),
area precision, fails among abusive posts, must-not-fail groups' fail / review, the offence area's
recall and precision; ``-v`` lists misses and false alarms with the hits that fired. Refuses
untouched sets. probe: an author-written probe (optimistic), verdict per post without -> with the
round's structures. corpus-train: the round's structures alone on the corpora's TRAINING part (never
the held-back 10 % of bench_corpus_heldback.py, never GHC's test split); ``-v`` lists the clean hits.
without: run any bench script with the round's structures switched off.
"""

from __future__ import annotations

import argparse
import runpy
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "src"))
import selfaudit.analysis.text as T  # noqa: E402

# Each round's structures (names as text.py imports them) and the sets it had tuned on.
ROUNDS: dict[str, tuple[tuple[str, ...], str]] = {
    "3": (("veiled_threat", "group_generalisation", "contempt_insult"), "12,13,14,15,16"),
    "4": (("group_insinuation", "scorn_insult", "driving_with", "drug_buying", "own_fight"), "12,13,14,15,16,17"),
    "5": (("implied_threat", "public_disorder", "sexual_remark"), "12,13,14,15,16,17,18"),
}
GUARDED = ("professional", "identity", "counter", "trap", "clean")
ABUSE = ("insult", "threat", "discriminatory", "obscene")
OFFENCE = ("driving", "drugs", "violence", "alcohol", "antisocial")


def switch_off(rnd: str) -> dict[str, Callable[..., Any]]:
    """Switch the round's structures off in text.py; returns them for ``restore``."""
    saved = {f: getattr(T, f) for f in ROUNDS[rnd][0]}
    for f in saved:
        setattr(T, f, lambda *_a, **_k: [])
    return saved


def restore(saved: dict[str, Callable[..., Any]]) -> None:
    for f, v in saved.items():
        setattr(T, f, v)


def run_eval(a: argparse.Namespace) -> None:
    import bench_text as B

    from selfaudit.analysis.text_options import OFFENCE_CATEGORIES

    if a.without:
        switch_off(a.round)
    sets = a.sets or ROUNDS[a.round][1]
    names = [n for n in B.SETS if n.startswith("posts")] if a.all else [f"posts_untouched{s}.tsv" for s in sets.split(",")]
    an = T.TextAnalyser()
    tot: Counter[str] = Counter()
    for name in names:
        if name in B.UNTOUCHED:
            sys.exit(f"{name} is held out: not run here")
        B.check_frozen(name)
        data = [[B.our_labels(lab), tag, t] for lab, tag, t in B.rows(name, 3)]
        reps = an.analyse_many([t for _, _, t in data])
        c: Counter[str] = Counter()
        lines = []
        for (labels, tag, text), rep in zip(data, reps, strict=True):
            labs = set(labels.split(","))
            for area, cats in (("offensive", ABUSE), ("offence", OFFENCE_CATEGORIES)):
                want = labs & set(cats)
                v = getattr(rep, area)
                got = v.status is not None
                for x in want:
                    c[x + " n"] += 1
                    c[x + " k"] += got
                if want:
                    c[area + " n"] += 1
                    c[area + " tp"] += got
                    c[area + " fail"] += v.status == "fail"
                elif got:
                    c[area + " fp"] += 1
                show = a.v and area in a.area and (not a.only_cat or (want & set(a.only_cat.split(","))) or (not want and got))
                if show and (bool(want) != got):
                    why = "; ".join(h.phrase for h in v.hits) if got else ""
                    lines.append(f"   {area[:7]} {'MISS' if want else 'FALSE'} [{','.join(sorted(want)) or tag}] {text}" + (f"  <- {v.status}: {why}" if got else ""))
            if tag in GUARDED:
                c["mnf n"] += 1
                c["mnf fail"] += rep.offensive.status == "fail" or rep.offence.status == "fail"
                c["mnf review"] += rep.offensive.status == "review"
                if a.v and rep.offensive.status == "fail":
                    lines.append(f"   MNF-FAIL [{tag}] {text}")
        tot.update(c)
        _line(name, c)
        for line in lines:
            print(line)
    _line("TOTAL", tot)


def _line(name: str, c: Counter[str]) -> None:
    per = " ".join(f"{x[:5]} {c[x + ' k']}/{c[x + ' n']}" for x in ABUSE)
    o = c["offence tp"]
    print(f"{name:22s} offensive R {c['offensive tp']}/{c['offensive n']} P {c['offensive tp']}/{c['offensive tp'] + c['offensive fp']} "
          f"[{per}] fail {c['offensive fail']} | offence R {o}/{c['offence n']} P {o}/{o + c['offence fp']} | mnf fail {c['mnf fail']} rev {c['mnf review']}/{c['mnf n']}")


def run_probe(a: argparse.Namespace) -> None:
    rows = [ln.split("\t") for ln in Path(a.file).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    res = {}
    for label, off in (("with", False), ("without", True)):
        saved = switch_off(a.round) if off else {}
        res[label] = T.TextAnalyser().analyse_many([r[2] for r in rows])
        restore(saved)
    tot = {"with": [0, 0], "without": [0, 0]}
    for i, (lab, tag, text) in enumerate(rows):
        line = []
        for k in ("without", "with"):
            rep = res[k][i]
            v = rep.offence if lab in OFFENCE else rep.offensive
            # a post labelled "-" counts as flagged when either area flags it
            flagged = v.status is not None or (lab == "-" and rep.offence.status is not None)
            tot[k][lab == "-"] += flagged
            line.append(f"{'before' if k == 'without' else 'after'}={v.status or '-'}")
        why = "; ".join(h.phrase for h in (res["with"][i].offence if lab in OFFENCE else res["with"][i].offensive).hits)
        print(f"{lab:15s} {tag:12s} {' '.join(line)}  {text[:90]}  <- {why[:80]}")
    n_ab = sum(r[0] != "-" for r in rows)
    print(f"abusive/offence flagged: without {tot['without'][0]}/{n_ab}, with {tot['with'][0]}/{n_ab}; "
          f"not-abusive flagged: without {tot['without'][1]}/{len(rows) - n_ab}, with {tot['with'][1]}/{len(rows) - n_ab}")


def run_corpus_train(a: argparse.Namespace) -> None:
    import numpy as np
    import train_text_model as M

    rows = M.load(ROOT / "bench" / "corpora")
    sources = np.array([r[0] for r in rows])
    rng = np.random.default_rng(20191)  # the same held-back draw as bench_corpus_heldback.py
    val = np.zeros(len(rows), dtype=bool)
    for s in sorted(set(sources) - {"everyday"}):
        idx = np.flatnonzero(sources == s)
        val[rng.choice(idx, size=len(idx) // 10, replace=False)] = True
    train = [rows[i] for i in np.flatnonzero(~val) if rows[i][0] not in ("project", "everyday")]
    fns = [getattr(T, f) for f in ROUNDS[a.round][0]]
    c: Counter[tuple[str, str, bool]] = Counter()
    n: Counter[tuple[str, bool]] = Counter()
    for src, text, lab, *_ in train:
        t = text[: M.MAX_TRAIN_CHARS]
        n[(src, lab == 1)] += 1
        for f in fns:
            for h in f(t):
                kind = h.phrase.split(":")[0]
                c[(src, kind, lab == 1)] += 1
                if a.v and lab != 1:
                    print(f"CLEAN {src:13s} {h.phrase[:70]!r:72s} {t[:160]!r}")
    for src in sorted({k[0] for k in n}):
        kinds = sorted({k[1] for k in c if k[0] == src})
        print(f"{src:14s} clean {n[(src, False)]:6d} abusive {n[(src, True)]:6d}  " +
              "  ".join(f"{k}: clean {c[(src, k, False)]} abusive {c[(src, k, True)]}" for k in kinds))


def run_without(a: argparse.Namespace) -> None:
    switch_off(a.round)
    sys.argv = [a.script, *a.args]
    sys.path.insert(0, str(Path(a.script).resolve().parent))
    runpy.run_path(a.script, run_name="__main__")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    for name in ("eval", "probe", "corpus-train", "without"):
        p = sub.add_parser(name)
        p.add_argument("--round", choices=sorted(ROUNDS), default=max(ROUNDS))
        if name == "eval":
            p.add_argument("-v", action="store_true")
            p.add_argument("--sets", default="", help="default: the sets the round tuned on")
            p.add_argument("--all", action="store_true", help="every tuned posts set")
            p.add_argument("--area", default="offensive,offence", help="areas whose misses -v lists")
            p.add_argument("--only-cat", default="", help="with -v: list only misses of these labels")
            p.add_argument("--without", action="store_true", help="the round's structures switched off (the 'before')")
        elif name == "probe":
            p.add_argument("file")
        elif name == "corpus-train":
            p.add_argument("-v", action="store_true")
        else:
            p.add_argument("script")
            p.add_argument("args", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    {"eval": run_eval, "probe": run_probe, "corpus-train": run_corpus_train, "without": run_without}[a.what](a)


if __name__ == "__main__":
    main()
