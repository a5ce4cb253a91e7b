"""Per (photo, colour logo): the share of the photo's pixels whose colour is typical of the logo (ColourCue), to
read a colour gate for the tint search off the dev draws. (logospeed38) python bench/dev/logo_colour_gate_probe.py OUT.jsonl DRAW [DRAW ...]"""
import sys, json, tempfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import numpy as np, cv2
from selfaudit.analysis import images as I, logo_tint as T
from selfaudit.analysis.images import ImageAnalyser
from selfaudit.analysis.image_decode import decode_image
from selfaudit.analysis.logo_proposals import ColourCue, logo_histogram
from selfaudit.analysis.logo_set import builtin_logos
from selfaudit.config import Config
from bench_images import read_logo_list, gather_logos, DEV_LOGOS
logos = gather_logos([Path("/tmp/debs/x"), Path("/")], Path(tempfile.mkdtemp()), read_logo_list(DEV_LOGOS))
opts = {"workers": 1, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()]}
an = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
I._init_worker(an.logos, an.options)
m = I._STATE["matcher"]
L = [lg for lg in m.logos if T.colour_axes(lg)]
hists = {id(lg): logo_histogram(lg.verify_rgb, lg.verify_mask if lg.colour_mask is None else lg.colour_mask) for lg in L}
out = open(sys.argv[1], "w")
for folder in sys.argv[2:]:
    lab = next(Path(folder).glob("labels-*.json"))
    for it in json.loads(lab.read_text()):
        dec = decode_image(Path(it["path"]).read_bytes())
        cue = ColourCue(dec.rgb, 0.5)
        row = {"draw": folder, "pic": Path(it["path"]).name, "share": {}}
        for lg in L:
            if cue.bins is None:
                row["share"][lg.name] = None
                continue
            t = cue.typical(id(hists[id(lg)]), hists[id(lg)])
            row["share"].setdefault(lg.name, []).append(float(t.mean()))
        out.write(json.dumps(row) + "\n")
