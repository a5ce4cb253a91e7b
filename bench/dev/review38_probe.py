import sys, time
from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config
a = TextAnalyser(Config())
items = [l.split("\t", 1) for l in open(sys.argv[1]).read().splitlines() if l.strip() and not l.startswith("#")]
reps = a.analyse_many([t for _, t in items])
for (g, t), r in zip(items, reps):
    parts = [f"{ar[:3]}={getattr(r, ar).status or '-'}:{','.join(sorted(getattr(r, ar).categories))}" for ar in ("offensive", "offence", "confidential")]
    print(g, *parts, t, sep="\t")
