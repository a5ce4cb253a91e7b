"""Print each logo's plainness (logo_plain: fit, inside share) per search look (logoplain32)."""
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "bench")
sys.path.insert(0, "src")
import bench_images as B
import numpy as np

from selfaudit.analysis.logo_grey import grey_look
from selfaudit.analysis.logo_plain import plainness
from selfaudit.analysis.logo_set import Logo
from selfaudit.analysis.logo_shapes import SHAPE_DEFAULTS, chroma_look
from selfaudit.analysis.logos import DEFAULTS as DEFAULT_PARAMS
from selfaudit.analysis.logos import prepare_logo

sets = {"dev": ([Path("/tmp/debs/x"), Path("/")], None), "set12": ([Path("/tmp/h12/x"), Path("/")], Path("bench/logos-heldout12.tsv"))}
for sname in sys.argv[1:] or list(sets):
    roots, lst = sets[sname]
    logos = B.gather_logos(roots, Path(tempfile.mkdtemp()), B.read_logo_list(lst) if lst else None)
    for d in logos:
        lg = prepare_logo(Logo(d["name"], d["name"], Path(d["file"]), False), dict(DEFAULT_PARAMS))
        rgb, paper = lg.verify_rgb, float(getattr(lg, "paper", 255.0))
        ch = chroma_look(rgb)
        colourful = float(np.abs(ch.astype(np.float32) - 128.0).max(axis=2).std()) >= float(SHAPE_DEFAULTS["ink_min_logo_chroma"])
        looks = {"rgb": rgb, ("chroma" if colourful else "grey"): ch if colourful else grey_look(rgb)}
        out = [f"{k} fit {plainness(rgb, v, paper)[0]:.3f} in {plainness(rgb, v, paper)[1]:.3f}" for k, v in looks.items()]
        print(f"{sname:6s} {d['name']:22s} " + " | ".join(out), flush=True)
