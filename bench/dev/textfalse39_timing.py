"""textfalse39: CPU time of the whole analyser on long adversarial posts built from the shapes this branch reads
(own child with a class, a stop-38 form in an everyday frame, a helping offer, a claim named to be rejected).

    PYTHONPATH=<checkout>/src .venv/bin/python bench/dev/textfalse39_timing.py
"""
import time

from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config

STRS = ["our Ellie in 5B " * 1300, "a welcome youll never forget at our bnb " * 500, "ill have a look for you " * 800,
        "came in " * 2500, "screenshot of the new rota for the " * 600, "nurse friend says " * 1100,
        "sick of hearing that women cant drive " * 500, "stop saying immigrants are ruining this country, " * 400]
a = TextAnalyser(Config())
a.analyse_many(["warm the model up with a short post"])
for s in STRS:
    t = time.process_time()
    a.analyse_many([s])
    print(f"{time.process_time() - t:.3f} s CPU  len={len(s)}  {s[:40]!r}")
