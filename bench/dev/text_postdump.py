"""Every post of the given sets and of the friendly / everyday negatives, all three areas' status and categories,
one line each (stop 36, textrules36): run it on two checkouts and diff the first four columns to see every post that
changed, not only flagged / not flagged.

    PYTHONPATH=<checkout>/src .venv/bin/python bench/dev/text_postdump.py <checkout> 7,8,...,35 > dump.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config


def main() -> None:
    root = Path(sys.argv[1])
    sys.path.insert(0, str(root / "bench"))
    from bench_text import rows

    a = TextAnalyser(Config())
    items = []
    for s in sys.argv[2].split(","):
        for i, (_lab, _tag, text) in enumerate(rows(f"posts_untouched{s}.tsv", 3)):
            items.append((f"{s}:{i}", text))
    for f in ("tools/friendly_negatives.tsv", "tools/everyday_negatives35.tsv"):
        for i, line in enumerate((root / f).read_text().splitlines()):
            if line and not line.startswith("#"):
                items.append((f"{f}:{i}", line.split("\t")[-1].replace("\\n", "\n")))
    reps = a.analyse_many([t for _, t in items])
    for (k, t), r in zip(items, reps, strict=True):
        parts = []
        for area in ("offensive", "offence", "confidential"):
            v = getattr(r, area)
            parts.append(f"{area}={v.status or '-'}:{','.join(sorted(v.categories))}")
        print(k, *parts, "::", t.replace("\n", " "), sep="\t")


if __name__ == "__main__":
    main()
