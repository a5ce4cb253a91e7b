"""Offensive and possible-offence figures on the TUNED posts sets (textrecall5 round; 12-18 tuned).

    .venv/bin/python bench/dev/textrecall5_eval.py [-v] [--sets 12,...,17] [--all] [--area offence]

Per set: offensive-area recall per labelled category (flagged in the area at all), area precision,
fails among abusive posts, must-not-fail groups' fail / review; the offence area's recall and
precision. ``-v`` lists misses and false alarms of the area(s) with the hits that fired.
Refuses untouched sets.
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
from selfaudit.analysis.text_options import OFFENCE_CATEGORIES  # noqa: E402

GUARDED = ("professional", "identity", "counter", "trap", "clean")
ABUSE = ("insult", "threat", "discriminatory", "obscene")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--sets", default="12,13,14,15,16,17,18")
    ap.add_argument("--all", action="store_true", help="every tuned posts set")
    ap.add_argument("--area", default="offensive,offence", help="areas whose misses -v lists")
    ap.add_argument("--only-cat", default="", help="with -v: list only misses of these labels")
    ap.add_argument("--without", action="store_true", help="the textrecall5 structures switched off (the 'before')")
    a = ap.parse_args()
    if a.without:
        import selfaudit.analysis.text as T
        for f in ("implied_threat", "public_disorder", "sexual_remark"):
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
            labs = {x for x in labels.split(",")}
            for area, cats in (("offensive", ABUSE), ("offence", OFFENCE_CATEGORIES)):
                want = labs & set(cats)
                v = getattr(rep, area)
                got = v.status is not None
                for x in want:
                    c[x + " n"] += 1
                    c[x + " k"] += got
                if want:
                    c[area + " n"] += 1
                    c[area + " tp"] += got
                    c[area + " fail"] += v.status == "fail"
                elif got:
                    c[area + " fp"] += 1
                show = a.v and area in a.area and (not a.only_cat or (want & set(a.only_cat.split(","))) or (not want and got))
                if show and (bool(want) != got):
                    why = "; ".join(h.phrase for h in v.hits) if got else ""
                    lines.append(f"   {area[:7]} {'MISS' if want else 'FALSE'} [{','.join(sorted(want)) or tag}] {text}" + (f"  <- {v.status}: {why}" if got else ""))
            if tag in GUARDED:
                c["mnf n"] += 1
                c["mnf fail"] += rep.offensive.status == "fail" or rep.offence.status == "fail"
                c["mnf review"] += rep.offensive.status == "review"
                if a.v and rep.offensive.status == "fail":
                    lines.append(f"   MNF-FAIL [{tag}] {text}")
        tot.update(c)
        _line(name, c)
        for line in lines:
            print(line)
    _line("TOTAL", tot)


def _line(name: str, c: Counter) -> None:
    per = " ".join(f"{x[:5]} {c[x + ' k']}/{c[x + ' n']}" for x in ABUSE)
    o = c["offence tp"]
    print(f"{name:22s} offensive R {c['offensive tp']}/{c['offensive n']} P {c['offensive tp']}/{c['offensive tp'] + c['offensive fp']} "
          f"[{per}] fail {c['offensive fail']} | offence R {o}/{c['offence n']} P {o}/{o + c['offence fp']} | mnf fail {c['mnf fail']} rev {c['mnf review']}/{c['mnf n']}")


if __name__ == "__main__":
    main()
