"""For every pair (inner a inside outer b) among the dumped answers: the outer's evidence outside the inner."""
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from selfaudit.analysis import images as I
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.image_decode import decode_image
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.analysis.logo_math import box_iou
from selfaudit.analysis.logo_second_look import _part_of
from selfaudit.analysis.logo_claims import outside_evidence, CLAIM_DEFAULTS
from selfaudit.config import Config
from bench_images import DEV_LOGOS, gather_logos, read_logo_list
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
by = {lg.name: lg for lg in an.logos}
dump = {}
for f in sys.argv[1:]:
    for k, v in json.loads(Path(f).read_text()).items():
        dump.setdefault(k, {}).update(v)
p = dict(CLAIM_DEFAULTS)
for draw in sorted(dump):
    lab = {Path(it["path"]).name: it for it in json.loads(next(Path(draw).glob("labels-*.json")).read_text())}
    for pic, ans in sorted(dump[draw].items()):
        if isinstance(ans, str) or len(ans) < 2:
            continue
        it = lab[pic]
        pairs = [(a, b) for a in ans for b in ans if a is not b and a["name"] != b["name"] and _part_of(a["box"], b["box"], p["claim_part_share"])]
        if not pairs:
            continue
        dec = decode_image(Path(it["path"]).read_bytes())
        g = dec.gray()
        s = dec.scale
        rgb = dec.rgb
        for a, b in pairs:
            ab = [round(v * s) for v in a["box"]]; bb = [round(v * s) for v in b["box"]]
            ev = outside_evidence(g, ab, bb, by[b["name"]], p); evc = outside_evidence(g, ab, bb, by[b["name"]], {**p, "claim_part_colour": True}, rgb)
            def ok(m):
                return m["name"] == it["logo"] and (it["kind"] == "copy" or box_iou(m["box"], it["box"]) >= 0.5)
            print(f"{Path(draw).name} {pic:26s} placed={it['logo']:17s} {it['mode'] or '-':5s} inner={a['name']}({a['method']},{'RIGHT' if ok(a) else 'wrong'}) outer={b['name']}({b['method']},{'RIGHT' if ok(b) else 'wrong'}) ev={ev if ev is None else round(ev,3)} evc={evc if evc is None else round(evc,3)}", flush=True)
