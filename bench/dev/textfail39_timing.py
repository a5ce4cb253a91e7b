"""textfail39: CPU time of the whole analyser on long adversarial posts built from the shapes this branch reads (a strict
claim held up to be rejected, a strict threat form in an everyday frame), and textfalse39's shapes.

    PYTHONPATH=<checkout>/src .venv/bin/python bench/dev/textfail39_timing.py
"""
import time

from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config

STRS = ["anyone who says disabled people are a burden " * 450, "why do people still think women cant drive? " * 450,
        "women cant drive? " * 1100, "well be waiting for you with a cuppa " * 550, "i know where you live... " * 800,
        "watch your back in the chess tournament, " * 500, "anyone who says disabled people are a burden should meet my brother. " * 300,
        "sick of hearing that women cant drive " * 500, "a welcome youll never forget at our bnb " * 500]
a = TextAnalyser(Config())
a.analyse_many(["warm the model up with a short post"])
for s in STRS:
    t = time.process_time()
    a.analyse_many([s])
    print(f"{time.process_time() - t:.3f} s CPU  len={len(s)}  {s[:40]!r}")
