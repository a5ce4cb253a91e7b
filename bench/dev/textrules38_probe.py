# textrules38 (stop 38) generality gate, dev script: realtexts.py dumps the real export texts to /tmp/tr38/real.txt (outside the repo), build.py caches sets 7-38 + the labelled corpora + those texts (normalised) in /tmp/tr38/cache.pkl, probe.py rules.py prints each stop-38 rule's hits per source.
import pickle, re, sys, runpy
from collections import Counter, defaultdict
items = pickle.load(open("/tmp/tr38/cache.pkl", "rb"))
pats = runpy.run_path(sys.argv[1])["PATS"]
only = sys.argv[2:] 
for name, (rx, raw) in pats.items():
    if only and name not in only: continue
    r = re.compile(rx)
    cnt = defaultdict(Counter); show = []
    for s, l, t, w in items:
        if r.search(t if raw else w):
            cnt[s][l if not s.startswith("set") else "hit"] += 1
            if s.startswith("set") or s == "real" or True:
                show.append((s, l, t[:160].replace("\n", " ")))
    print(f"=== {name}: " + "; ".join(f"{s} {dict(c)}" for s, c in sorted(cnt.items())))
    for x in show[:40]:
        print("   ", *x)
