"""Stop 36 (textmodel36): under given model files, the offence heads' scores of the marketplace posts the stop-35
lead found reviewed, the posts of tests/text/test_textmodel36_marketplace.py and stop 35's three near-threshold
functional posts; and the pipeline's flags (any area) on tools/everyday_negatives36.tsv (in sample for a model
trained on it).

    .venv/bin/python bench/dev/textmodel36_probe.py MODEL.npz ...
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tools")]
import train_text_model as T  # noqa: E402

from selfaudit.analysis import text_model  # noqa: E402
from selfaudit.analysis.text import TextAnalyser  # noqa: E402
from selfaudit.config import Config  # noqa: E402

TEXTS = ["selling my old trainers, dm for pics", "selling the kids bikes, dm for more pics",
         "selling a cot and a changing table, collection only, dm for pics", "anyone want my old gym weights? free, dm for details",
         "lost: grey tabby cat near the rec, please dm me if you see him", "parcel for number 9 left with us, pop round whenever",
         "selling my ex's stuff, dm for pics, the lying cheating slag can whistle for it",
         "whoever finishes the milk in the staffroom will get sorted with a stern note",
         "Jews are so kind, kind to their own bank accounts", "i hope she chokes on her words lol"]
HEADS = ("offensive", "threat", "identity")

for p in sys.argv[1:]:
    m = text_model.OffenceModel(Path(p))
    print(p.split("/")[-1], {h: round(v, 3) for h, v in m.thresholds.items()})
    for t, s in zip(TEXTS, m.heads_scores(TEXTS), strict=True):
        over = [h for h in HEADS if s[h] >= m.thresholds[h]]
        print("   ", f"{t[:60]:60s}", {h: round(s[h], 3) for h in HEADS}, "OVER " + ",".join(over) if over else "")
    text_model.load = lambda m=m: (m, None)  # type: ignore[assignment]
    a = TextAnalyser(Config())
    negs = T.friendly_texts("", (ROOT / "tools" / "everyday_negatives36.tsv",))
    for t, r, s in zip(negs, a.analyse_many(negs), m.heads_scores(negs), strict=True):
        flags = {area: v.status for area, v in (("offensive", r.offensive), ("offence", r.offence), ("confidential", r.confidential)) if v.status}
        heads = [h for h in HEADS if s[h] >= m.thresholds[h]]
        if flags or heads:
            print("    market36 flagged:", t[:80], flags, "heads over: " + ",".join(heads))
