"""Turn a public research corpus's TEST split into a bench_text set (labels<TAB>tag<TAB>text).

    .venv/bin/python bench/corpus_set.py ghc-test SOURCE.tsv [--out bench/corpora/sets/ghc_test.tsv]

Real posts written by people, labelled by the corpus's own annotators: the check on material
nobody on the project wrote. The output stays out of git (bench/corpora/ is ignored) and out of
the package; bench_text.py reads it with ``--only PATH`` after its sha256 is recorded there.

ghc-test: the Gab Hate Corpus test split (Kennedy et al., Language Resources & Evaluation 2022;
CC BY 4.0, https://osf.io/edua3/), GabHateCorpus/Data/ghc_test.tsv of liuchaoqun/hate-speech-
datasets (commit 98f3ee81; sha256 recorded in bench_text.py). Columns text, hd (assault on human
dignity), cv (call for violence), vo (vulgarity / offensive language). The offence model trains
on GHC's *train* split only (tools/train_text_model.py), never on this one. Mapping, the closest
selfaudit categories: cv -> threat, hd -> discriminatory, vo -> insult; none -> "-" (tag clean).
GHC's "vo" covers vulgar words aimed at no one too, so "insult" recall on it is a floor for what
a person would call offensive; its "hd" is the category that matches the policy's "discriminatory".
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def ghc_test(source: Path) -> list[tuple[str, str, str]]:
    rows = []
    with source.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = " ".join((r["text"] or "").split())  # tabs/newlines inside a post -> spaces
            if not text:
                continue
            labels = [c for c, col in (("threat", "cv"), ("discriminatory", "hd"), ("insult", "vo")) if r[col].strip() == "1"]
            rows.append((",".join(labels) or "-", "abuse" if labels else "clean", text))
    return rows


BUILDERS = {"ghc-test": (ghc_test, "Gab Hate Corpus test split (Kennedy et al. 2022, CC BY 4.0): cv->threat, hd->discriminatory, vo->insult")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", choices=sorted(BUILDERS))
    ap.add_argument("source", type=Path)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    build, what = BUILDERS[a.corpus]
    src_sha = hashlib.sha256(a.source.read_bytes()).hexdigest()
    rows = build(a.source)
    out = a.out or HERE / "corpora" / "sets" / f"{a.corpus.replace('-', '_')}.tsv"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# {what}\n# source {a.source.name} sha256 {src_sha}; built by bench/corpus_set.py\n# labels<TAB>tag<TAB>text\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"{out}: {len(rows)} posts; sha256 {hashlib.sha256(out.read_bytes()).hexdigest()}", file=sys.stderr)


if __name__ == "__main__":
    main()
