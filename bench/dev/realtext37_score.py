"""Precision of the text checks' fails and reviews on real export samples, from the hand labels of
bench/data/realtext37_labels.tsv (stop 37, realtext37): overall, per check and per language, with
Wilson 95 % intervals. "unsure" counts against precision (lower bound) and is shown apart.

    python bench/dev/realtext37_score.py [LABELS] [--present DUMP.tsv]

With --present (a later bench/dev/realtext37_dump.py output), only the labelled findings that the
later code still raises, with the same status, are counted: what the labelled fails and the
sampled reviews look like after a change (new findings are not labelled, so not counted).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchstats import wilson


def main() -> None:
    args = sys.argv[1:]
    present = None
    if "--present" in args:
        i = args.index("--present")
        dump = Path(args[i + 1]).read_text().splitlines()[1:]
        present = {tuple(ln.split("\t")[:4]) for ln in dump}
        del args[i:i + 2]
    path = Path(args[0] if args else "bench/data/realtext37_labels.tsv")
    rows = [ln.split("\t") for ln in path.read_text().splitlines() if ln and not ln.startswith(("#", "sample\t"))]
    if present is not None:
        rows = [r for r in rows if (r[0], r[2], r[3], r[1]) in present]
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for _sample, _h, check, status, lang, label, _why in rows:
        for key in ("all", check.removeprefix("post_"), "lang=" + lang):
            groups[(status, key)].append(label)
    print(f"{'status':<7} {'group':<24} {'n':>4} {'right':>5} {'wrong':>5} {'unsure':>6}  precision [Wilson 95 %]")
    for (status, key), labels in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] != "all", kv[0][1])):
        n, k = len(labels), labels.count("right")
        lo, hi = wilson(k, n)
        print(f"{status:<7} {key:<24} {n:>4} {k:>5} {labels.count('wrong'):>5} {labels.count('unsure'):>6}  {k / n:.2f} [{lo:.2f}-{hi:.2f}]")


if __name__ == "__main__":
    main()
