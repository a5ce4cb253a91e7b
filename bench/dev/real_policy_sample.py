"""Draw real posts from two corpora's DEV splits for an independent annotator to label under the policy.

    .venv/bin/python bench/dev/real_policy_sample.py OUT_DIR [--seed 40] [--root bench/corpora]
    .venv/bin/python bench/dev/real_policy_sample.py OUT_DIR --labels bench/data/realpolicy40_labels.tsv

Why: on the EDOS and HateXplain test splits (stop 40) the text check flags 40-50 % of the posts the
corpora call clean. Their labels are not the policy's: EDOS labels sexism only (its "not sexist" posts
hold other abuse), HateXplain's "normal" holds slurs used in banter. Whether those flags are false for a
safeguarding professional needs posts labelled by the policy, by someone who sees neither the corpus
label nor any verdict. This script draws them from the splits nobody has read (EDOS dev, HateXplain
val), leaning on corpus-clean posts: EDOS 40 sexist + 80 not sexist, HateXplain 30 hate speech + 30
offensive + 60 normal, shuffled together (seeded).

Writes ``OUT_DIR/to_label.tsv`` (``n<TAB>text``: what the annotator sees) and ``OUT_DIR/key.tsv``
(``n<TAB>corpus<TAB>corpus label<TAB>source id``: kept from the annotator, read only to compare the
corpora's labels with the policy labels after the set is frozen). Prints counts only, never a text.

With ``--labels`` (the annotator's ``n<TAB>labels<TAB>tag``, in git: our work, no corpus text) it also
writes ``OUT_DIR/realpolicy40.tsv``, a bench_text set (``labels<TAB>tag<TAB>text``): the draw is seeded,
so the corpus texts are rebuilt from the corpora on disk and never enter the repository.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tools"))

from train_text_model import HATEXPLAIN_CATEGORY, edos_split, hatexplain_split  # noqa: E402

DRAW = {("edos", "sexist"): 40, ("edos", "not sexist"): 80,
        ("hatexplain", "hatespeech"): 30, ("hatexplain", "offensive"): 30, ("hatexplain", "normal"): 60}
# --train: policy labels for TRAINING the model (stop 40): the corpora's training splits, which the model may learn from,
# 1,000 posts leaning on corpus-clean ones (where the heads' false reviews on group talk are), in --chunks files.
DRAW_TRAIN = {("edos", "sexist"): 150, ("edos", "not sexist"): 350,
              ("hatexplain", "hatespeech"): 150, ("hatexplain", "offensive"): 150, ("hatexplain", "normal"): 200}


def corpus_posts(root: Path, *, train: bool = False) -> list[tuple[str, str, str, str]]:
    """(corpus, source id, corpus label, text) of EDOS's and HateXplain's posts, in file order: their training splits,
    or (the default) EDOS dev and HateXplain val, the splits no model here learns from. Read with the training script's
    own readers; shared with realfalse40_sample.py."""
    out = [("edos", r["rewire_id"], r["label_sexist"], r["text"])
           for r in edos_split(root / "edos/edos_labelled_aggregated.csv", "train" if train else "dev")]
    out += [("hatexplain", pid, HATEXPLAIN_CATEGORY[cat], text)
            for pid, text, cat in hatexplain_split(root / "hatexplain/092-HateXplain.mbib.csv",
                                                   root / "hatexplain/orig_Data_post_id_divisions.json", "train" if train else "val")]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=40)
    ap.add_argument("--root", type=Path, default=HERE.parent / "corpora")
    ap.add_argument("--labels", type=Path, help="the annotator's labels: also write the bench set")
    ap.add_argument("--train", action="store_true", help="draw from the training splits (DRAW_TRAIN) instead of EDOS dev / HateXplain val")
    ap.add_argument("--chunks", type=int, default=1, help="also write to_label-1.tsv … -N.tsv for N annotators")
    a = ap.parse_args()
    draw = DRAW_TRAIN if a.train else DRAW
    pools: dict[tuple[str, str], list[tuple[str, str]]] = {k: [] for k in draw}
    for corpus, sid, label, text in corpus_posts(a.root, train=a.train):
        if (corpus, label) in pools:
            pools[(corpus, label)].append((sid, text))
    rng = random.Random(a.seed)
    drawn = []
    for key, n in draw.items():
        pool = [(sid, " ".join(t.split())) for sid, t in pools[key] if t.strip()]
        drawn += [(key, sid, t) for sid, t in rng.sample(pool, n)]
    rng.shuffle(drawn)
    a.out.mkdir(parents=True, exist_ok=True)
    with (a.out / "to_label.tsv").open("w", encoding="utf-8") as fh, (a.out / "key.tsv").open("w", encoding="utf-8") as kh:
        for i, ((corpus, label), sid, text) in enumerate(drawn, 1):
            fh.write(f"{i}\t{text}\n")
            kh.write(f"{i}\t{corpus}\t{label}\t{sid}\n")
    if a.chunks > 1:
        size = -(-len(drawn) // a.chunks)
        for c in range(a.chunks):
            with (a.out / f"to_label-{c + 1}.tsv").open("w", encoding="utf-8") as fh:
                for i in range(c * size, min(len(drawn), (c + 1) * size)):
                    fh.write(f"{i + 1}\t{drawn[i][2]}\n")
    if a.labels:
        rows = [ln.rstrip("\n").split("\t") for ln in a.labels.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        if [int(r[0]) for r in rows] != list(range(1, len(drawn) + 1)) or any(len(r) != 3 for r in rows):
            sys.exit(f"{a.labels}: expected n<TAB>labels<TAB>tag for n = 1..{len(drawn)} in order")
        with (a.out / "realpolicy40.tsv").open("w", encoding="utf-8") as fh:
            fh.write("# Real posts (EDOS dev split, CC0; HateXplain val split, MIT) labelled under the policy by an independent\n"
                     f"# annotator who saw neither corpus labels nor verdicts; drawn by bench/dev/real_policy_sample.py --seed {a.seed}\n"
                     "# labels\ttag\ttext\n")
            for (_, labels, tag), (_, _, text) in zip(rows, drawn, strict=True):
                fh.write(f"{labels}\t{tag}\t{text}\n")
    print(f"{len(drawn)} posts: " + ", ".join(f"{c} {lab} {n}" for (c, lab), n in draw.items()) + f" -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
