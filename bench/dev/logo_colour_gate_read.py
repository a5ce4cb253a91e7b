"""The colour gate read off the probe (logospeed38): python bench/dev/logo_colour_gate_read.py ANSWERS.json GATE.jsonl
(ANSWERS from logo_answers_dump.py: which tint hits a gate on the typical-colour share would skip)."""
import json, sys, numpy as np
ans = json.load(open(sys.argv[1]))
rows = [json.loads(l) for l in open(sys.argv[2])]
hits = []; allv = []; nocol = 0
for r in rows:
    got = ans.get(r["draw"], {}).get(r["pic"])
    if got is None: continue
    tint = {m["name"] for m in got if isinstance(got, list) and m["method"] == "tint"} if isinstance(got, list) else set()
    for name, v in r["share"].items():
        if v is None: nocol += 1; continue
        s = max(v)
        allv.append(s)
        if name in tint: hits.append((s, r["draw"][-6:], r["pic"], name))
hits.sort()
print("pairs", len(allv), "no colour", nocol, "tint hits", len(hits))
print("lowest shares of tint hits:", hits[:8])
a = np.array(allv)
for t in (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05):
    print(f"share < {t}: skip {np.mean(a < t)*100:.1f} % of pairs; tint hits skipped {sum(1 for h in hits if h[0] < t)}")
