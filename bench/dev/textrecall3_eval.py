"""Offensive-area figures on the TUNED posts sets (textrecall3 round; sets 12-16 are tuned now).

    .venv/bin/python bench/dev/textrecall3_eval.py [-v] [--sets 12,13,...] [--all]

Per set: offensive-area recall per labelled category (flagged in the area at all), area
precision, fails among abusive posts, and must-not-fail groups' offensive fail / review. ``-v``
lists the area's misses and false alarms (with the hits that fired). Refuses untouched sets.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent / "src"))
import bench_text as B  # noqa: E402

from selfaudit.analysis.text import TextAnalyser  # noqa: E402

GUARDED = ("professional", "identity", "counter", "trap", "clean")
ABUSE = ("insult", "threat", "discriminatory", "obscene")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--sets", default="12,13,14,15,16")
    ap.add_argument("--all", action="store_true", help="every tuned posts set")
    ap.add_argument("--without", action="store_true", help="the three text_abuse structures switched off (the 'before')")
    a = ap.parse_args()
    if a.without:
        import selfaudit.analysis.text as T
        for f in ("veiled_threat", "group_generalisation", "contempt_insult"):
            setattr(T, f, lambda *x, **k: [])
    names = [n for n in B.SETS if n.startswith("posts")] if a.all else [f"posts_untouched{s}.tsv" for s in a.sets.split(",")]
    an = TextAnalyser()
    tot = Counter()
    for name in names:
        if name in B.UNTOUCHED:
            sys.exit(f"{name} is held out: not run here")
        B.check_frozen(name)
        data = [[B.our_labels(lab), tag, t] for lab, tag, t in B.rows(name, 3)]
        reps = an.analyse_many([t for _, _, t in data])
        c = Counter()
        lines = []
        for (labels, tag, text), rep in zip(data, reps, strict=True):
            want = {x for x in labels.split(",") if x in ABUSE}
            v = rep.offensive
            got = v.status is not None
            for x in want:
                c[x + " n"] += 1
                c[x + " k"] += got
            if want:
                c["abusive"] += 1
                c["tp"] += got
                c["fail"] += v.status == "fail"
            elif got:
                c["fp"] += 1
            if tag in GUARDED:
                c["mnf n"] += 1
                c["mnf fail"] += v.status == "fail"
                c["mnf review"] += v.status == "review"
            if a.v and (bool(want) != got):
                why = "; ".join(h.phrase for h in v.hits) if got else ""
                lines.append(f"   {'MISS' if want else 'FALSE'} [{','.join(sorted(want)) or tag}] {text}" + (f"  <- {v.status}: {why}" if got else ""))
            if a.v and tag in GUARDED and v.status == "fail":
                lines.append(f"   MNF-FAIL [{tag}] {text}")
        tot.update(c)
        per = "  ".join(f"{x[:6]} {c[x + ' k']}/{c[x + ' n']}" for x in ABUSE)
        print(f"{name:24s} R {c['tp']}/{c['abusive']}  P {c['tp']}/{c['tp'] + c['fp']}  {per}  fail {c['fail']}  mnf fail {c['mnf fail']} review {c['mnf review']}/{c['mnf n']}")
        for line in lines:
            print(line)
    per = "  ".join(f"{x[:6]} {tot[x + ' k']}/{tot[x + ' n']}" for x in ABUSE)
    print(f"{'TOTAL':24s} R {tot['tp']}/{tot['abusive']}  P {tot['tp']}/{tot['tp'] + tot['fp']}  {per}  fail {tot['fail']}  mnf fail {tot['mnf fail']} review {tot['mnf review']}/{tot['mnf n']}")


if __name__ == "__main__":
    main()
