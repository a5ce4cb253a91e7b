# textrules38 (stop 38) generality gate, dev script: realtexts.py dumps the real export texts to /tmp/tr38/real.txt (outside the repo), build.py caches sets 7-38 + the labelled corpora + those texts (normalised) in /tmp/tr38/cache.pkl, probe.py rules.py prints each stop-38 rule's hits per source.
import csv, pickle, sys
from pathlib import Path
sys.path.insert(0, "/work/wt/textrules38/bench")
from bench_text import rows, our_labels
from selfaudit.analysis.text_read import normalise
csv.field_size_limit(10**8)
C = Path("/work/wt/textrules38/bench/corpora")
items = []  # (source, label, text)
for s in range(7, 37):
    for lab, tag, text in rows(f"posts_untouched{s}.tsv", 3):
        items.append((f"set{s}", f"{our_labels(lab)}|{tag}", text))
for s in (37, 38):
    for lab, tag, text in rows(f"posts_untouched{s}.tsv", 3):
        items.append((f"set{s}", f"{our_labels(lab)}|{tag}", text))
for r in csv.DictReader(open(C/"edos/edos_labelled_aggregated.csv")):
    items.append(("edos", "pos" if r["label_sexist"] == "sexist" else "neg", r["text"]))
for r in csv.DictReader(open(C/"ghc/ghc_train.tsv"), delimiter="\t"):
    items.append(("ghc_train", "pos" if "1" in (r["hd"], r["cv"], r["vo"]) else "neg", r["text"]))
for r in csv.DictReader(open(C/"latent_hatred/implicit_hate_v1_stg1_posts.tsv"), delimiter="\t"):
    items.append(("latent", "neg" if r["class"] == "not_hate" else "pos", r["post"]))
for r in csv.DictReader(open(C/"olid/olid-training-v1.0.tsv"), delimiter="\t"):
    items.append(("olid_train", "pos" if r["subtask_a"] == "OFF" else "neg", r["tweet"]))
for r in csv.DictReader(open(C/"stormfront/stormfront_sentences.tsv"), delimiter="\t"):
    items.append(("stormfront", "pos" if r["label"] == "hate" else "neg", r["text"]))
for r in csv.DictReader(open(C/"mlma/en_dataset_with_stop_words.csv")):
    items.append(("mlma", "neg" if r["sentiment"] == "normal" else "pos", r["tweet"]))
for line in open("/tmp/tr38/real.txt"):
    items.append(("real", "-", line.rstrip("\n").replace("\\n", "\n")))
out = [(s, l, t, normalise(t)[1]) for s, l, t in items]
pickle.dump(out, open("/tmp/tr38/cache.pkl", "wb"))
from collections import Counter
print(Counter(s for s, *_ in out))
