"""Per-kind table from bench_logo_variants DUMP files: python tab.py dump.json [...]"""
import json, sys, glob, collections
from pathlib import Path
rows = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
fp = collections.defaultdict(int)
names = []
for f in sys.argv[1:]:
    D = json.load(open(f))
    for folder, per in D.items():
        lab = json.load(open(next(Path(folder).glob("labels-*.json"))))
        by = {Path(i["path"]).name: i for i in lab}
        for name, res in per.items():
            if name not in names: names.append(name)
            for fn, v in res.items():
                it = by[fn]
                if it["kind"] == "negative":
                    fp[name] += len(v); continue
                mode = "copy" if it["kind"] == "copy" else it.get("mode", "?")
                for key in (mode, "t:" + it["kind"], "ALL"):
                    rows[key][name][0] += bool(v); rows[key][name][1] += 1
keys = ["card", "ink", "copy"] + sorted(k for k in rows if k.startswith("t:")) + ["ALL"]
print("| " + " | ".join(["kind"] + names) + " |"); print("|" + "---|" * (len(names) + 1))
for k in keys:
    print("| " + " | ".join([k.replace("t:", "")] + [f"{rows[k][n][0]}/{rows[k][n][1]}" for n in names]) + " |")
print("| false pairs | " + " | ".join(str(fp[n]) for n in names) + " |")
