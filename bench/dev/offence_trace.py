"""Why a post gets (or misses) a possible-offence flag: every stage of TextAnalyser._offence.

    .venv/bin/python bench/dev/offence_trace.py "text" ["text" ...]
"""

from __future__ import annotations

import sys

from selfaudit.analysis import text as T
from selfaudit.analysis.text_disclosure import own_offence
from selfaudit.analysis.text_own_acts import driving_with, drug_buying, own_fight
from selfaudit.analysis.text_read import normalise
from selfaudit.config import Config

_A = T.TextAnalyser(Config())


def trace(t: str) -> None:
    clean, words = normalise(t)
    masked = T._BENIGN.sub(" ", words)
    may = T._GATE.candidates(masked)
    print("TEXT  ", t)
    print("masked", masked)
    for cat, rx in T._OFFENCE.items():
        ms = [m.group(0) for m in rx.finditer(masked)]
        if ms:
            print(f"  rule {cat}: {ms}  gated-in={f'offence_{cat}' in may}")
    pro = T._OFFENCE_PRO.search(masked)
    print("  pro  ", pro.group(0) if pro else None, "| first person", bool(T._FIRST_PERSON.search(masked)))
    print("  own_offence", own_offence(clean, set()))
    for f in (driving_with, drug_buying, own_fight, T.public_disorder):
        r = f(clean)
        if r:
            print(f"  {f.__name__}: {r}")
    for cat, rx in T._OFFENCE_WEAK.items():
        ms = [m.group(0) for m in rx.finditer(masked)]
        if ms:
            print(f"  weak {cat}: {ms}")
    rep = _A.analyse(t)
    print("  => offence", rep.offence.status, rep.offence.categories, "| lang", rep.language.name)


if __name__ == "__main__":
    for a in sys.argv[1:]:
        trace(a)
