"""Score logo_answers_dump.py dumps against the draws' labels, a candidate against a base (logocut39):
right hits per draw, the base's hits the candidate loses / gains, false detections on negative
pictures (any mark), wrong-logo claims on positives (another logo's mark reported).

    python bench/dev/logo_cut_score.py BASE.json[,BASE2.json] CAND.json[,CAND2.json]
"""
import glob
import json
import sys
from pathlib import Path


def iou(a, b):
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    i = ix * iy
    return i / (a[2] * a[3] + b[2] * b[3] - i)


def load(arg):
    d = {}
    for f in arg.split(","):
        d.update(json.loads(Path(f).read_text()))
    return d


def score(dump):
    """{draw: {pic: (hit, false_names, wrong_names)}}"""
    out = {}
    for draw, per in dump.items():
        lab = {Path(x["path"]).name: x for x in json.loads(Path(glob.glob(f"{draw}/labels-*.json")[0]).read_text())}
        res = out.setdefault(draw, {})
        for pic, found in per.items():
            it = lab[pic]
            if isinstance(found, str):
                res[pic] = (False, ["ERROR"], [])
                continue
            if it["kind"] == "negative":
                res[pic] = (False, sorted({m["name"] for m in found}), [])
                continue
            ok = any(m["name"] == it["logo"] and (it["kind"] == "copy" or iou(m["box"], it["box"]) >= 0.5) for m in found)
            res[pic] = (ok, [], sorted(m["name"] for m in found if m["name"] != it["logo"]))
    return out


def main():
    base, cand = score(load(sys.argv[1])), score(load(sys.argv[2]))
    tot = {"base": 0, "cand": 0, "lost": 0, "won": 0, "fp_b": 0, "fp_c": 0, "wr_b": 0, "wr_c": 0}
    for draw in sorted(base):
        b, c = base[draw], cand.get(draw, {})
        common = sorted(set(b) & set(c))
        if len(common) < len(b):
            print(f"{draw}: only {len(common)} of {len(b)} pictures in the candidate")
        hb = sum(b[p][0] for p in common)
        hc = sum(c[p][0] for p in common)
        lost = [p for p in common if b[p][0] and not c[p][0]]
        won = [p for p in common if c[p][0] and not b[p][0]]
        fpb = sum(len(b[p][1]) for p in common)
        fpc = sum(len(c[p][1]) for p in common)
        newfp = [(p, c[p][1]) for p in common if set(c[p][1]) - set(b[p][1])]
        wrb = sum(len(b[p][2]) for p in common)
        wrc = sum(len(c[p][2]) for p in common)
        newwr = [(p, c[p][2]) for p in common if set(c[p][2]) - set(b[p][2])]
        print(f"{Path(draw).name}: {len(common)} pictures; right hits {hb} -> {hc} (lost {len(lost)}, won {len(won)}); "
              f"false marks on negatives {fpb} -> {fpc}; wrong-logo claims {wrb} -> {wrc}")
        for p in lost:
            print(f"   lost {p}")
        for p in won:
            print(f"   won  {p}")
        for p, n in newfp:
            print(f"   NEW FALSE {p} {n}")
        for p, n in newwr:
            print(f"   new wrong claim {p} {n}")
        for k, v in (("base", hb), ("cand", hc), ("lost", len(lost)), ("won", len(won)), ("fp_b", fpb), ("fp_c", fpc), ("wr_b", wrb), ("wr_c", wrc)):
            tot[k] += v
    print("total:", " ".join(f"{k} {v}" for k, v in tot.items()))


if __name__ == "__main__":
    main()
