"""textfalse39 probes: run one half (A: sha256(text)[0] in 0-7, B: 8-f) and print each post's three areas.

    PYTHONPATH=src .venv/bin/python bench/dev/textfalse39_probe.py bench/dev/textfalse39_probes.tsv --half A [--summary]

The split is fixed by hash, made before any result was read; tune on A, score B once.
"""
import hashlib
import sys
from collections import Counter
from pathlib import Path

from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config

path = sys.argv[1]
half = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else "all"
rows = [line.split("\t", 1) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def in_half(text: str) -> bool:
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[0]
    return half == "all" or (h in "01234567") == (half == "A")


rows = [(g, t) for g, t in rows if in_half(t)]
reps = TextAnalyser(Config()).analyse_many([t for _, t in rows])
tally: Counter[tuple[str, str]] = Counter()
for (g, t), r in zip(rows, reps, strict=True):
    st = [getattr(r, ar).status for ar in ("offensive", "offence", "confidential")]
    worst = "fail" if "fail" in st else "review" if "review" in st else "-"
    tally[(g, worst)] += 1
    if "--summary" not in sys.argv:
        parts = [f"{ar[:3]}={getattr(r, ar).status or '-'}:{','.join(sorted(getattr(r, ar).categories))}" for ar in ("offensive", "offence", "confidential")]
        print(g, *parts, t, sep="\t")
print(f"# half {half}: {len(rows)} posts")
for g in sorted({g for g, _ in rows}):
    n = sum(v for (gg, _), v in tally.items() if gg == g)
    print(f"# {g:18s} n={n:3d} fail={tally[(g, 'fail')]:3d} review={tally[(g, 'review')]:3d} none={tally[(g, '-')]:3d}")
