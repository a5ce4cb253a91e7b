"""Wrong-logo claims in logo_answers_dump outputs: python bench/dev/logo_claims_table.py DUMP.json [DUMP2.json ...]"""
import json, sys, glob
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from selfaudit.analysis.logo_math import box_iou, box_overlap

dump = {}
for f in sys.argv[1:]:
    for k, v in json.loads(Path(f).read_text()).items():
        dump.setdefault(k, {}).update(v)
tot_hit = tot_pos = tot_wrong = tot_fp = 0
rows = []
for draw in sorted(dump):
    lab = json.loads(next(Path(draw).glob("labels-*.json")).read_text())
    hit = pos = wrong = fp = 0
    for it in lab:
        name = Path(it["path"]).name
        ans = dump[draw].get(name)
        if ans is None:
            continue
        if isinstance(ans, str):
            print("ERR", draw, name, ans); continue
        if it["kind"] == "negative":
            fp += len({m["name"] for m in ans})
            for m in ans:
                rows.append(("FP", Path(draw).name, name, "-", "-", m))
            continue
        pos += 1
        right = [m for m in ans if m["name"] == it["logo"] and (it["kind"] == "copy" or box_iou(m["box"], it["box"]) >= 0.5)]
        hit += bool(right)
        for m in ans:
            if m["name"] != it["logo"]:
                wrong += 1
                iou_true = box_iou(m["box"], it["box"]) if it["box"] else None
                rows.append(("WRONG", Path(draw).name, name, it["logo"], f"{it['mode']}/{it['kind']}", m,
                             iou_true, bool(right), [(r["method"], r.get("score"), r.get("colour")) for r in right]))
    print(f"{draw}: hits {hit}/{pos}, wrong-logo claims {wrong}, false on negatives {fp}")
    tot_hit += hit; tot_pos += pos; tot_wrong += wrong; tot_fp += fp
print(f"ALL: hits {tot_hit}/{tot_pos}, wrong-logo claims {tot_wrong}, false pairs on negatives {tot_fp}")
for r in rows:
    if r[0] == "FP":
        print("FP", r[1], r[2], r[5])
    else:
        _, d, n, lg, kind, m, iou_t, rt, rdet = r
        print(f"WRONG {d} {n:28s} placed={lg:22s} {kind:18s} claim={m['name']:22s} {m['method']:9s} score={m.get('score')} col={m.get('colour')} inl={m.get('inliers')} sl={m.get('second_look')} also={m.get('also')} iou_true={iou_t if iou_t is None else round(iou_t,2)} right_found={rt} {rdet}")
