"""Embed every text stop 37's probe needs with textenc37_encoder.MiniLM, cached by text (stop 37, branch textenc37).

    OPENBLAS_NUM_THREADS=1 nice python bench/dev/textenc37_embed.py list            # writes /tmp/te37/emb/texts.json
    OPENBLAS_NUM_THREADS=1 nice python bench/dev/textenc37_embed.py run --part 0/2  # and --part 1/2 (two workers)

The key of every text is text_model.prepare(text) (what the n-gram model reads). Order, so that a partial run is a
usable sample: the post sets (training sets, set 35, set 36), tools/everyday_negatives36.tsv, the corpora's held-back
split, EDOS, HateXplain, then the corpora's training rows in a fixed random order. Chunks of 2,000 texts,
/tmp/te37/emb/chunk_NNNN.npy (float16), a chunk skipped when its file is there.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src"), str(ROOT / "bench" / "dev")]
OUT = Path("/tmp/te37/emb")
CHUNK = 2000


def texts() -> list[str]:
    import train_text_model as T

    from selfaudit.analysis.text_model import prepare

    corpora = ROOT / "bench" / "corpora"
    rows = T.load(corpora)
    sources = np.array([r[0] for r in rows])
    val = T.heldback(sources)
    posts = T.load_posts([*T.post_sets(), "posts_untouched35.tsv", "posts_untouched36.tsv"])
    every = T.friendly_texts("", (ROOT / "tools" / "everyday_negatives36.tsv",))
    extra = [r for r in T.load_extra(corpora) if r[0] in ("edos", "hatexplain")]
    train = np.flatnonzero(~val)
    np.random.default_rng(37).shuffle(train)
    seq = ([r[1] for r in posts] + every + [rows[i][1] for i in np.flatnonzero(val)] + [r[1] for r in extra]
           + [rows[i][1] for i in train])
    return list(dict.fromkeys(prepare(t) for t in seq))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("list", "run"))
    ap.add_argument("--part", default="0/1")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.what == "list":
        t = texts()
        (OUT / "texts.json").write_text(json.dumps(t), encoding="utf-8")
        print(len(t), "texts,", (len(t) + CHUNK - 1) // CHUNK, "chunks")
        return
    from textenc37_encoder import MiniLM

    k, n = (int(x) for x in args.part.split("/"))
    t = json.loads((OUT / "texts.json").read_text(encoding="utf-8"))
    m = MiniLM(Path("/tmp/te37/m"))
    for c in range(k, (len(t) + CHUNK - 1) // CHUNK, n):
        path = OUT / f"chunk_{c:04d}.npy"
        if path.exists():
            continue
        c0 = time.process_time()
        e = m.encode(t[c * CHUNK:(c + 1) * CHUNK])
        np.save(OUT / f"tmp_{c:04d}.npy", e.astype(np.float16))
        (OUT / f"tmp_{c:04d}.npy").rename(path)
        print(f"chunk {c} {len(e)} texts {time.process_time() - c0:.0f}s CPU", flush=True)


if __name__ == "__main__":
    main()
