"""Stop 40, branch realfalse40: which component gives each verdict on the hand-judged real posts of one half.

    PYTHONPATH=src .venv/bin/python bench/dev/realfalse40_measure.py SAMPLE.tsv HALF [--texts]

SAMPLE.tsv is realfalse40_sample.py's output (texts; never committed); the labels are read from
bench/dev/realfalse40_judged.tsv. Prints one line per post: label, offensive status, and each hit with the
component that gave it (a named word list, a frame reader of text.py, or a model head with its score), then a
summary: flagged / fail / review per label, and the count of each component among false flags (fine / swear).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from selfaudit.analysis import text as T
from selfaudit.config import Config

ROOT = Path(__file__).resolve().parents[2]
READERS = ("group_attack", "group_generalisation", "group_insinuation", "eaten_pets_trope", "described_insult",
           "contempt_insult", "scorn_insult", "sexual_remark", "threat_frame", "veiled_threat", "implied_threat")
FIRED: dict[str, list[str]] = {}


def _wrap(name: str) -> None:
    f = getattr(T, name)

    def w(*a: Any, **k: Any) -> Any:
        r = f(*a, **k)
        if r:
            FIRED.setdefault(name, []).extend(h.phrase for h in r)
        return r
    setattr(T, name, w)


def component(h: T.Hit, fired: dict[str, list[str]]) -> str:
    if T.is_model_hit(h):
        return "model:" + h.phrase
    for name, phrases in fired.items():
        if h.phrase in phrases:
            return "reader:" + name
    for name, rx in T._GATED.items():
        if rx.fullmatch(h.phrase) or rx.search(h.phrase):
            return "list:" + name
    return "other:" + h.category


def main() -> None:
    for n in READERS:
        _wrap(n)
    half = sys.argv[2]
    show = "--texts" in sys.argv
    labels = {tuple(ln.split("\t")[:2]): ln.split("\t")[3]
              for ln in (ROOT / "bench/dev/realfalse40_judged.tsv").read_text().splitlines() if not ln.startswith("#")}
    rows = [ln.split("\t") for ln in Path(sys.argv[1]).read_text().splitlines()]
    rows = [r for r in rows if r[2] == half]
    a = T.TextAnalyser(Config())
    texts = [r[4].replace(" \\n ", "\n") for r in rows]
    a.analyse_many(texts)  # the model batch; the readers are wrapped per post below
    tally: Counter[tuple[str, str]] = Counter()
    comps: Counter[str] = Counter()
    for r, t in zip(rows, texts, strict=True):
        a._cache.clear() if hasattr(a, "_cache") else None
        FIRED.clear()
        rep = a.analyse(t)
        v = rep.offensive
        lab = labels[(r[0], r[1])]
        worst = v.status or ("offence" if rep.offence.status else "-")
        tally[(lab, v.status or "-")] += 1
        cs = [component(h, FIRED) + f"[{h.category}]" for h in v.hits]
        if v.status and lab in ("fine", "swear"):
            comps.update({c.split("[")[0].split(" score")[0] + "[" + c.split("[")[1] for c in cs})
        print(r[0][:4], r[1], lab, worst, f"p={rep.profanity:.2f}" if rep.profanity is not None else "p=-", " | ".join(cs),
              ("::" + t[:200].replace("\n", " ")) if show else "", sep="\t")
    print("# label x offensive status:", dict(sorted(tally.items())))
    print("# components among false flags (fine/swear):", comps.most_common())


if __name__ == "__main__":
    main()
