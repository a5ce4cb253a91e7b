"""textrules40: CPU time of the whole analyser on ~20,000-character posts built from this branch's shapes (quoted abuse
reported, teasing on a birthday, the stop-40 threat and drug forms, the guessing-game disclosure).

    PYTHONPATH=<checkout>/src .venv/bin/python bench/dev/textrules40_timing.py
"""
import time

from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config

UNITS = ['got called a "f*ggot" on the bus, reported it. ', 'someone shouted "go back to your country" "kys" "die" ',
         "you absolute idiot, i love you, happy birthday you muppet ", "if he ever comes back he's going through the ",
         "see how smug she is when ", "not calling the police we will sort ", "we know your names and we know your ",
         "the thickest man alive the stupidest woman on ", "so called refugees at the hotel are ", "whos sorting tonight need a ",
         "guess who's on antidepressants at the clinic ", "we'll find you at the festival ", "home from hospital at last "]
a = TextAnalyser(Config())
a.analyse_many(["warm the model up with a short post"])
for u in UNITS:
    s = (u * (20000 // len(u) + 1))[:20000]
    t = time.process_time()
    a.analyse_many([s])
    print(f"{time.process_time() - t:.3f} s CPU  len={len(s)}  {u[:40]!r}")
