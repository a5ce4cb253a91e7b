"""Area figures for the offence and confidential areas on the TUNED sets and the textconf dev set.

    .venv/bin/python bench/dev/textconf_eval.py [-v] [--dev] [--tuned]

Prints, per set, recall and precision of "flagged in the area at all" for possible offence and
confidential, and how many must-not-fail posts (professional, identity, counter, trap, clean) get
any offence / confidential / offensive flag. ``-v`` lists misses and false alarms of the two areas.
Refuses any set recorded as untouched in bench_text.py (held-out sets are run by the lead only).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent / "src"))
import bench_text as B  # noqa: E402

from selfaudit.analysis.text import TextAnalyser  # noqa: E402
from selfaudit.config import Config  # noqa: E402

DEV = HERE / "textconf_dev.tsv"
PROBE = HERE / "textconf_probe.tsv"
GUARDED = ("professional", "identity", "counter", "trap", "clean")


def read(path: Path) -> list[tuple[set[str], str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("labels\t"):
            continue
        labels, tag, text = line.split("\t", 2)
        want = set() if labels.strip() in ("", "-") else {B.LABEL_ALIASES.get(x.strip(), x.strip()) for x in labels.split(",")}
        out.append((want, tag, text))
    return out


def run(a: TextAnalyser, name: str, path: Path, verbose: bool) -> dict[str, Counter]:
    if name in B.UNTOUCHED:
        sys.exit(f"{name} is held out: not run here")
    data = read(path)
    reps = a.analyse_many([t for _, _, t in data])
    tot: dict[str, Counter] = {"offence": Counter(), "confidential": Counter()}
    guard: Counter = Counter()
    lines = []
    for (want, tag, text), rep in zip(data, reps, strict=True):
        for area in ("offence", "confidential"):
            w = any(B.AREAS.get(x) == area for x in want)
            g = getattr(rep, area).status is not None
            tot[area]["tp" if w and g else "fp" if g else "fn" if w else "tn"] += 1
            if w != g:
                lines.append(f"    {area} {'MISS' if w else 'FALSE'} [{tag}] {text}" + ("" if w else f"  <- {getattr(rep, area).categories}"))
        if tag in GUARDED:
            guard[tag + " n"] += 1
            guard[tag + " offence"] += rep.offence.status is not None
            guard[tag + " confidential"] += rep.confidential.status is not None
            guard[tag + " fail(any)"] += any(getattr(rep, x).status == "fail" for x in ("offensive", "offence", "confidential"))
    print(f"\n{name} ({len(data)} posts)")
    for area, k in tot.items():
        print(f"  {area:<13} precision {B.fmt(k['tp'], k['tp'] + k['fp']):<26} recall {B.fmt(k['tp'], k['tp'] + k['fn'])}")
    g = ", ".join(f"{t} {guard[t + ' n']}: offence {guard[t + ' offence']} conf {guard[t + ' confidential']} fail {guard[t + ' fail(any)']}"
                  for t in GUARDED if guard[t + " n"])
    print(f"  must-not-fail groups: {g}")
    if verbose:
        print("\n".join(lines))
    tot["guard"] = guard
    return tot


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--dev", action="store_true", help="the dev set only")
    ap.add_argument("--tuned", action="store_true", help="the tuned posts sets only")
    args = ap.parse_args()
    a = TextAnalyser(Config())
    sets = []
    if not args.dev:
        sets += [(n, B.data_path(n)) for n in B.SETS if n.startswith("posts")]
    if not args.tuned:
        sets.append(("textconf_dev.tsv (DEV, author-written)", DEV))
        sets.append(("textconf_probe.tsv (PROBE, author-written after the first cut)", PROBE))
    total: dict[str, Counter] = {"offence": Counter(), "confidential": Counter(), "guard": Counter()}
    for name, path in sets:
        if name in B.SETS:
            B.check_frozen(name)
        r = run(a, name, path, args.verbose)
        if name in B.SETS:
            for k in total:
                total[k].update(r[k])
    if not args.dev:
        print("\nAll tuned posts sets:")
        for area in ("offence", "confidential"):
            k = total[area]
            print(f"  {area:<13} precision {B.fmt(k['tp'], k['tp'] + k['fp']):<26} recall {B.fmt(k['tp'], k['tp'] + k['fn'])}")
        g = total["guard"]
        print("  must-not-fail groups: " + ", ".join(
            f"{t} {g[t + ' n']}: offence {g[t + ' offence']} conf {g[t + ' confidential']} fail {g[t + ' fail(any)']}" for t in GUARDED))


if __name__ == "__main__":
    main()
