"""Run a textrecall5 probe (author-written; optimistic): verdict per post, with and without text_menace.

    .venv/bin/python bench/dev/textrecall5_probe.py bench/dev/textrecall5_probe.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
import selfaudit.analysis.text as T

NEW = tuple(f for f in ("implied_threat", "public_disorder", "sexual_remark") if hasattr(T, f))
OFFENCE = ("driving", "drugs", "violence", "alcohol", "antisocial")
rows = [ln.split("\t") for ln in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
res = {}
for label, off in (("with", False), ("without", True)):
    saved = {f: getattr(T, f) for f in NEW}
    if off:
        for f in saved:
            setattr(T, f, lambda *x, **k: [])
    reps = T.TextAnalyser().analyse_many([r[2] for r in rows])
    for f, v in saved.items():
        setattr(T, f, v)
    res[label] = reps
tot = {"with": [0, 0], "without": [0, 0]}
for i, (lab, tag, text) in enumerate(rows):
    line = []
    for k in ("without", "with"):
        rep = res[k][i]
        v = rep.offence if lab in OFFENCE else rep.offensive
        other = rep.offensive if lab == "-" else None  # a clean post flagged in either area
        flagged = v.status is not None or (other is not None and (rep.offence.status is not None))
        if lab != "-":
            tot[k][0] += flagged
        else:
            tot[k][1] += flagged
        line.append(f"{'before' if k == 'without' else 'after'}={v.status or '-'}")
    why = "; ".join(h.phrase for h in (res["with"][i].offence if lab in OFFENCE else res["with"][i].offensive).hits)
    print(f"{lab:15s} {tag:12s} {' '.join(line)}  {text[:90]}  <- {why[:80]}")
n_ab = sum(r[0] != "-" for r in rows)
print(f"abusive/offence flagged: without {tot['without'][0]}/{n_ab}, with {tot['with'][0]}/{n_ab}; "
      f"not-abusive flagged: without {tot['without'][1]}/{len(rows) - n_ab}, with {tot['with'][1]}/{len(rows) - n_ab}")
