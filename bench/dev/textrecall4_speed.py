"""Posts per second of CPU with the textrecall4 structures on and off, alternately (bench_text's
mix: round-1 posts and bios diluted by everyday posts, every text unique).

    .venv/bin/python bench/dev/textrecall4_speed.py [N]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent / "src"))
import bench_text as B  # noqa: E402

import selfaudit.analysis.text as T  # noqa: E402
from selfaudit.config import Config  # noqa: E402

NAMES = ("group_insinuation", "scorn_insult", "driving_with", "drug_buying", "own_fight")
SAVED = {f: getattr(T, f) for f in NAMES}
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
base = [t for _, _, t in B.rows("posts.tsv", 3)] + [t for _, t in B.rows("disclaimer_bios.tsv", 2) if t]
fillers = ["Lovely day in the park with the kids", "Anyone else watching the match tonight?", "Long week, glad it's Friday"]
print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
for rnd in range(3):
    for on in (False, True):
        for f in NAMES:
            setattr(T, f, SAVED[f] if on else (lambda *x, **k: []))
        texts = [f"{(base[i % len(base)] if i % 3 == 0 else fillers[i % len(fillers)])} - post {rnd} {on} {i}" for i in range(n)]
        a = T.TextAnalyser(Config())
        a.analyse_many(["warm up the classifier"])
        t0, c0 = time.perf_counter(), time.process_time()
        a.analyse_many(texts)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"round {rnd} structures {'on ' if on else 'off'}: {n / cpu:,.0f} posts/s CPU ({cpu * 1e6 / n:.0f} µs/post), {n / dt:,.0f} wall")
