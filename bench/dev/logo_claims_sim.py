"""Apply the decision-end rule (part_claims) offline to a dump's answers: python bench/dev/logo_claims_sim.py PARAMS OUT.json DUMP..."""
import copy, json, sys, tempfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.image_decode import decode_image
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.analysis.logo_claims import part_claims
from selfaudit.config import Config
from bench_images import DEV_LOGOS, gather_logos, read_logo_list
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
p = json.loads(sys.argv[1])
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()], **p}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
dump = {}
for f in sys.argv[3:]:
    for k, v in json.loads(Path(f).read_text()).items():
        dump.setdefault(k, {}).update(v)
out = copy.deepcopy(dump)
for draw in sorted(dump):
    for pic, ans in sorted(dump[draw].items()):
        if isinstance(ans, str) or len(ans) < 2:
            continue
        dec = decode_image((Path(draw) / pic).read_bytes())
        new = part_claims(dec.gray(), an.logos, copy.deepcopy(ans), an.options, dec.scale, dec.rgb)
        out[draw][pic] = sorted(new, key=lambda m: m["name"])
        if len(new) != len(ans):
            print(draw, pic, [m["name"] for m in ans], "->", [(m["name"], m.get("holds")) for m in new])
Path(sys.argv[2]).write_text(json.dumps(out, indent=0, sort_keys=True))
