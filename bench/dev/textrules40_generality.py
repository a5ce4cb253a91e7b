"""textrules40's generality gate: every new rule's hits on sets 7-38 (with labels), on the labelled external corpora's
TRAINING rows (never bench/corpora/sets/, never EDOS / HateXplain dev or test rows, never Davidson 2017, ETHOS, HateCheck
or OLID's test split) and on the real export posts (texts written to /tmp only, never committed).

    PYTHONPATH=src .venv/bin/python bench/dev/textrules40_generality.py [--show RULE] [--real /work/probe29/exports/assembled]

Each rule is matched on the words form (``normalise``), as the analyser's lists are (it blanks a few benign phrases
first, so a count here can only be higher than the analyser's).
"""

from __future__ import annotations

import csv
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
csv.field_size_limit(10**9)

from bench_text import rows  # noqa: E402

from selfaudit.analysis import text_patterns as P  # noqa: E402
from selfaudit.analysis.text_read import normalise  # noqa: E402

RULES = {
    "threat: sent through / over": P.THREAT_LOOSE[-4],
    "threat: see how smug then": P.THREAT_LOOSE[-3],
    "threat: no police, ourselves": P.THREAT_LOOSE[-2],
    "threat: your face / names known": P.THREAT_LOOSE[-1],
    "insult: superlative put-down": P.INSULT_LOOSE[-1],
    "drugs: amount sorted": P.OFFENCE["drugs"][-3],
    "drugs: who's sorting + need a half": P.OFFENCE["drugs"][-2],
    "drugs: street words": P.OFFENCE["drugs"][-1],
    "asb: dodging the guard": P.OFFENCE["antisocial"][-1],
    "confidential: guessing-game disclosure": P.CONFIDENTIAL_TOLD[-1],
}
CORPORA = ROOT / "bench" / "corpora"


def corpus_texts() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    with open(CORPORA / "ghc/ghc_train.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            out.append(("ghc-train", "hate" if "1" in (r["hd"], r["cv"], r["vo"]) else "none", r["text"]))
    with open(CORPORA / "edos/edos_labelled_aggregated.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["split"] == "train":
                out.append(("edos-train", r["label_sexist"], r["text"]))
    ids = set(json.loads((CORPORA / "hatexplain/orig_Data_post_id_divisions.json").read_text())["train"])
    with open(CORPORA / "hatexplain/092-HateXplain.mbib.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r[""] in ids:
                out.append(("hatexplain-train", "offensive" if r["label"] == "1" else "none", r["text"]))
    with open(CORPORA / "olid/olid-training-v1.0.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            out.append(("olid-train", r["subtask_a"], r["tweet"]))
    for name in ("implicit_hate_v1_stg1_posts.tsv",):
        with open(CORPORA / "latent_hatred" / name, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                out.append(("latent-hatred", r["class"], r["post"]))
    with open(CORPORA / "mlma/en_dataset_with_stop_words.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append(("mlma", r["sentiment"], r["tweet"]))
    with open(CORPORA / "stormfront/stormfront_sentences.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            out.append(("stormfront", r["label"], r["text"]))
    for p in sorted((CORPORA / "toxigen").glob("*.txt")):
        for line in p.read_text(encoding="utf-8").splitlines():
            for t in line.split("\\n"):
                if t.strip("- "):
                    out.append(("toxigen", p.stem.split("_")[0], t.strip("- ")))
    return out


def real_texts(folder: Path) -> list[tuple[str, str, str]]:
    from selfaudit.adapters.export import read_exports
    from selfaudit.checks.text import text_items

    out = []
    entries = sorted(folder.iterdir())
    zips = {e.stem for e in entries if e.suffix == ".zip"}
    for s in entries:
        if not (s.suffix == ".zip" or (s.is_dir() and s.name not in zips)):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            for acct in read_exports([s], out_dir=Path(tmp)):
                out += [("real", s.name.removesuffix(".zip"), it[2]) for it in text_items(acct) if it[2].strip()]
    return out


def main() -> None:
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    real = Path(sys.argv[sys.argv.index("--real") + 1]) if "--real" in sys.argv else Path("/work/probe29/exports/assembled")
    items = [(f"set{s}", lab or "-", text) for s in range(7, 39) for lab, _tag, text in rows(f"posts_untouched{s}.tsv", 3)]
    items += corpus_texts()
    items += real_texts(real)
    words = [normalise(t)[1] for _, _, t in items]
    print(f"# {len(items)} texts: " + ", ".join(f"{k} {v}" for k, v in Counter(src if not src.startswith('set') else 'sets 7-38' for src, _, _ in items).items()))
    for name, rx in RULES.items():
        c = re.compile(rx)
        hit = [(src, lab, t) for (src, lab, t), w in zip(items, words, strict=True) if c.search(w)]
        by = Counter(("sets 7-38" if s.startswith("set") else s, lab if not s.startswith("real") else "-") for s, lab, _ in hit)
        print(f"{name}: {len(hit)} — " + ", ".join(f"{s}[{lab}] {n}" for (s, lab), n in sorted(by.items())))
        if show and show in name:
            for s, lab, t in hit:
                print(f"    {s} [{lab}] {t[:200]!r}" if not s.startswith("real") else f"    real ({len(t)} chars) {t[:160]!r}")


if __name__ == "__main__":
    main()
