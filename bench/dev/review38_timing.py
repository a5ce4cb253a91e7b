import time, re
from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config
from selfaudit.analysis import text_patterns as P
a = TextAnalyser(Config())
posts = {
 "words": ("one more time im waiting for him after " * 600)[:20000],
 "echo": ("(((" + "a " * 20) * 800,
 "caps-addr": ("The Jacobs family lives at 12 Abc Def " * 600)[:20000],
 "caps-noaddr": ("Home visit Mr Smith at " + "Abc Def " * 3000)[:20000],
 "pupil": ("Tayo in 9C " * 2000)[:20000],
 "adult": ("🔞" + "x" * 79 + " ") * 250,
 "drinks": ("a few drinks " + "and " * 5) * 1000,
 "mixed": ("drunk slept on a " * 1200)[:20000],
 "hire": ("never hire " * 2000)[:20000],
 "nolinebreak": ("abc " * 5000),
}
a.analyse("warm up")
for k, t in posts.items():
    t0 = time.process_time(); a.analyse(t[:20000]); dt = time.process_time() - t0
    print(f"{k:12s} {len(t[:20000]):6d} chars {dt:7.2f}s cpu")
