"""Benchmark the text analysis: disclaimer F1, precision/recall per category, and posts/s.

    .venv/bin/python bench/bench_text.py [--n 20000] [--workers 2]

Data (bench/data/, hand-written for selfaudit; see the header of each file for the styles
they imitate and bench/README.md for their limits):
  disclaimer_bios.tsv   label<TAB>bio        (present | absent)
  posts.tsv             labels<TAB>tag<TAB>text
Prints figures only; nothing here is a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from selfaudit.analysis.text import (  # noqa: E402
    CONFIDENTIAL_CATEGORIES,
    OFFENCE_CATEGORIES,
    TextAnalyser,
    TextReport,
)
from selfaudit.config import Config  # noqa: E402

OFFENSIVE = ("insult", "threat", "discriminatory", "obscene")
AREAS = {c: "offensive" for c in OFFENSIVE} | {c: "offence" for c in OFFENCE_CATEGORIES} | {c: "confidential" for c in CONFIDENTIAL_CATEGORIES} | {"organisation": "organisation"}


def rows(name: str, cols: int) -> list[list[str]]:
    out = []
    for line in (HERE / "data" / name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        parts += [""] * (cols - len(parts))
        out.append([p.replace("\\n", "\n") for p in parts[:cols]])
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def predicted(rep: TextReport) -> set[str]:
    cats: set[str] = set()
    for area in ("offensive", "offence", "confidential", "organisation"):
        v = getattr(rep, area)
        if v.status:
            cats.update(c.rstrip("?") for c in v.categories if c.rstrip("?") in AREAS)
            if area == "offensive" and "classifier" in v.categories:
                cats.add("classifier")
    return cats


def bench_disclaimer(a: TextAnalyser, verbose: bool, name: str) -> None:
    data = rows(name, 2)
    reps = a.analyse_many([t for _, t in data], bio=True)
    tp = fp = fn = tn = unclear = 0
    misses = []
    for (label, bio), rep in zip(data, reps):
        st = rep.disclaimer.status
        unclear += st == "unclear"
        got = st == "present"
        want = label == "present"
        tp += got and want
        fp += got and not want
        fn += want and not got
        tn += not got and not want
        if got != want:
            misses.append((label, st, bio))
    p, r, f = prf(tp, fp, fn)
    print(f"\nDisclaimer — {name} ({len(data)} bios: {tp + fn} with, {fp + tn} without; 'unclear' counts as not present)")
    print(f"  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}   (tp {tp} fp {fp} fn {fn} tn {tn}; unclear {unclear})")
    if verbose:
        for m in misses:
            print("   miss:", m)


def bench_posts(a: TextAnalyser, verbose: bool, name: str) -> None:
    data = rows(name, 3)
    reps = a.analyse_many([t for _, _, t in data])
    counts = {c: Counter() for c in AREAS}
    misses: list[tuple[str, str, str]] = []
    for (labels, tag, text), rep in zip(data, reps):
        want = set() if labels.strip() in ("", "-") else {x.strip() for x in labels.split(",")}
        got = predicted(rep)
        for c in AREAS:
            w, g = c in want, c in got
            counts[c]["tp" if w and g else "fp" if g else "fn" if w else "tn"] += 1
            if w != g and verbose:
                misses.append((c, "missed" if w else "false", text))
    print(f"\nPosts — {name} ({len(data)}): per category — flagged (fail or review) in that category")
    print(f"  {'category':<15}{'support':>8}{'precision':>11}{'recall':>8}{'F1':>7}")
    tot = Counter()
    for c in AREAS:
        k = counts[c]
        if k["tp"] + k["fn"] + k["fp"] == 0:
            continue
        p, r, f = prf(k["tp"], k["fp"], k["fn"])
        tot.update(k)
        print(f"  {c:<15}{k['tp'] + k['fn']:>8}{p:>11.3f}{r:>8.3f}{f:>7.3f}")
    p, r, f = prf(tot["tp"], tot["fp"], tot["fn"])
    print(f"  {'micro average':<15}{tot['tp'] + tot['fn']:>8}{p:>11.3f}{r:>8.3f}{f:>7.3f}")

    # Area-level: does the post get flagged at all in the right area, and how are the
    # must-not-fail groups treated?
    print("\nBy area (post flagged in the area at all):")
    for area in ("offensive", "offence", "confidential", "organisation"):
        tp = fp = fn = 0
        for (labels, tag, text), rep in zip(data, reps):
            want = any(AREAS.get(x.strip()) == area for x in labels.split(","))
            got = getattr(rep, area).status is not None
            tp += want and got
            fp += got and not want
            fn += want and not got
        p, r, f = prf(tp, fp, fn)
        print(f"  {area:<15} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    print("\nMust-not-fail groups (offensive verdict):")
    for tag in ("professional", "identity", "trap", "clean"):
        group = [(l, rep) for (l, t, _), rep in zip(data, reps) if t == tag]
        fails = sum(rep.offensive.status == "fail" for _, rep in group)
        reviews = sum(rep.offensive.status == "review" for _, rep in group)
        anyflag = sum(bool(predicted(rep)) for l, rep in group if l.strip() == "-")
        print(f"  {tag:<13} {len(group):>3} posts: offensive fail {fails}, offensive review {reviews}, any flag on unlabelled {anyflag}")
    fails = [rep for (l, t, _), rep in zip(data, reps) if t == "abuse" and any(x in l for x in ("insult", "threat", "discriminatory"))]
    print(f"  abusive posts (insult/threat/discriminatory) that FAIL outright: {sum(r.offensive.status == 'fail' for r in fails)}/{len(fails)}")
    if verbose:
        for m in misses:
            print("   ", m)


_WORKER: TextAnalyser | None = None


def _init() -> None:
    global _WORKER
    _WORKER = TextAnalyser(Config())
    _WORKER.analyse_many(["warm up the classifier"])


def _work(texts: list[str]) -> int:
    assert _WORKER is not None
    _WORKER.analyse_many(texts)
    return len(texts)


def bench_speed(n: int, workers: int) -> None:
    base = [t for _, _, t in rows("posts.tsv", 3)] + [t for _, t in rows("disclaimer_bios.tsv", 2) if t]
    fillers = ["Lovely day in the park with the kids", "Anyone else watching the match tonight?", "Long week, glad it's Friday"]
    # Every text unique (no cache hits), with the benchmark's mix of categories diluted by
    # everyday posts, as in a real timeline.
    texts = []
    i = 0
    while len(texts) < n:
        t = base[i % len(base)] if i % 3 == 0 else fillers[i % len(fillers)]
        texts.append(f"{t} - post number {i}")
        i += 1
    a = TextAnalyser(Config())
    a.analyse_many(["warm up the classifier"])
    t0, c0 = time.perf_counter(), time.process_time()
    a.analyse_many(texts)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    import os

    print(f"\nLoad average before timing: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (other work on the machine slows these figures)")
    print(f"Speed: {n} unique posts, 1 process: {n / dt:,.0f} posts/s wall clock ({dt * 1e6 / n:.0f} µs/post); "
          f"{n / cpu:,.0f} posts/s of this process's own CPU time ({cpu * 1e6 / n:.0f} µs/post)")
    t0 = time.perf_counter()
    for t in texts[:2000]:
        a.analyse(t)
    dt = time.perf_counter() - t0
    print(f"  repeat analyse() of 2,000 cached texts: {2000 / dt:,.0f} posts/s")
    b = TextAnalyser(Config())
    texts2 = [t + " (again)" for t in texts]
    t0 = time.perf_counter()
    b.analyse_parallel(texts2, workers=workers)
    dt = time.perf_counter() - t0
    print(f"  analyse_parallel (opt-in; prepare() uses one process), {workers} workers, incl. start-up: {n / dt:,.0f} posts/s")
    if workers > 1:
        chunks = [texts[k::workers] for k in range(workers)]
        with ProcessPoolExecutor(workers, initializer=_init) as ex:
            list(ex.map(time.sleep, [0.5] * workers))  # let every worker start and warm up
            t0 = time.perf_counter()
            done = sum(ex.map(_work, chunks))
            dt = time.perf_counter() - t0
        print(f"  {workers} processes (each with its own analyser): {done / dt:,.0f} posts/s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    a = TextAnalyser(Config())
    for name in ("disclaimer_bios.tsv", "disclaimer_bios_heldout.tsv", "disclaimer_bios_heldout2.tsv", "disclaimer_bios_heldout3.tsv"):
        bench_disclaimer(a, args.verbose, name)
    for name in ("posts.tsv", "posts_heldout.tsv", "posts_heldout2.tsv", "posts_heldout3.tsv", "posts_heldout4.tsv", "posts_heldout5.tsv", "posts_heldout6.tsv"):
        bench_posts(a, args.verbose, name)
    bench_speed(args.n, args.workers)


if __name__ == "__main__":
    main()
