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

    .venv/bin/python bench/corpus_set.py edos-test bench/corpora/edos/edos_labelled_aggregated.csv
    .venv/bin/python bench/corpus_set.py hatexplain-test bench/corpora/hatexplain/092-HateXplain.mbib.csv

edos-test: the EDOS **test** split (SemEval-2023 Task 10, Kirk et al. 2023; CC0;
rewire-online/edos b1f1fbcc, edos_labelled_aggregated.csv, rows whose ``split`` is "test"; read by
tools/train_text_model.edos_split, the reader of the training split). Reddit and Gab posts labelled
by EDOS's annotators for sexism only. Mapping: label_sexist "sexist" -> discriminatory (sexism is
an attack on a group by sex, the policy's "discriminatory"), plus threat when label_category is
"1. threats, plans to harm and incitement" (EDOS's threat category); "not sexist" -> "-" (clean).
Any other label stops the build (no guess). Why the clean side is only "not sexist": EDOS did not
label other abuse, and its "not sexist" posts include much of it (bench/README-text.md, "More real
corpora"), so flags on its clean posts are not all false, and its precision is a floor.

hatexplain-test: the HateXplain **test** split (Mathew et al., AAAI 2021; MIT): the post ids of
orig_Data_post_id_divisions.json's "test" list (hate-alert/HateXplain 01d74227), joined to the text
of MBIB's copy 092-HateXplain.csv (Media-Bias-Group/MBIB b9a887ff) by
tools/train_text_model.hatexplain_split, the join its training split is read with. Twitter and
Gab posts with the majority label of three annotators. Mapping: hatespeech -> discriminatory
(HateXplain's hate speech targets a community), offensive -> insult (abuse that is not hate
speech; HateXplain does not say at whom, so "insult" is the closest category), normal -> "-"
(clean); a post with no majority label is skipped and counted in the output's header (HateXplain's
divisions leave such posts out, so 0 is expected), as are test ids with no text in the csv.
The divisions file is read from beside the csv (``--divisions`` to name another).
The offence model trains on neither corpus (tools/train_text_model.EXTRA_USED).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
from train_text_model import HATEXPLAIN_CATEGORY, edos_split, hatexplain_split  # noqa: E402

Row = tuple[str, str, str]  # labels, tag, text


@dataclass
class Built:
    rows: list[Row]
    also_read: list[Path] = field(default_factory=list)  # inputs besides SOURCE: their sha256 go in the header
    notes: list[str] = field(default_factory=list)  # counts of what was skipped, written in the header


def _one_line(text: str) -> str:
    return " ".join((text or "").split())  # tabs/newlines inside a post -> spaces


def _row(labels: list[str], text: str) -> Row:
    return (",".join(labels) or "-", "abuse" if labels else "clean", text)


def ghc_test(source: Path) -> Built:
    rows = []
    with source.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = _one_line(r["text"])
            if not text:
                continue
            labels = [c for c, col in (("threat", "cv"), ("discriminatory", "hd"), ("insult", "vo")) if r[col].strip() == "1"]
            rows.append(_row(labels, text))
    return Built(rows)


EDOS_THREAT = "1. threats, plans to harm and incitement"


def edos_test(source: Path) -> Built:
    rows, empty = [], 0
    for r in edos_split(source, "test"):
        if r["label_sexist"] not in ("sexist", "not sexist"):
            raise ValueError(f"EDOS row {r['rewire_id']}: label_sexist {r['label_sexist']!r} is neither 'sexist' nor 'not sexist'")
        text = _one_line(r["text"])
        if not text:
            empty += 1
            continue
        labels = []
        if r["label_sexist"] == "sexist":
            labels = ["threat", "discriminatory"] if r["label_category"] == EDOS_THREAT else ["discriminatory"]
        rows.append(_row(labels, text))
    return Built(rows, notes=[f"{empty} empty post{'s' * (empty != 1)} skipped"] if empty else [])


HATEXPLAIN_LABELS = {"hatespeech": ["discriminatory"], "offensive": ["insult"], "normal": []}


def hatexplain_test(source: Path, divisions: Path | None = None) -> Built:
    divisions = divisions or source.parent / "orig_Data_post_id_divisions.json"
    posts = hatexplain_split(source, divisions, "test")
    rows, no_majority, empty = [], 0, 0
    for post_id, text, cat in posts:
        label = HATEXPLAIN_CATEGORY.get(cat)
        if label is None:
            raise ValueError(f"HateXplain post {post_id}: category {cat!r} is not one of {sorted(HATEXPLAIN_CATEGORY)}")
        if label not in HATEXPLAIN_LABELS:
            no_majority += 1
            continue
        text = _one_line(text)
        if not text:
            empty += 1
            continue
        rows.append(_row(HATEXPLAIN_LABELS[label], text))
    missing = len(set(json.loads(divisions.read_text(encoding="utf-8"))["test"]) - {p for p, _, _ in posts})
    notes = [f"{no_majority} post{'s' * (no_majority != 1)} with no majority label skipped",
             f"{missing} test id{'s' * (missing != 1)} with no text in {source.name}"]
    if empty:
        notes.append(f"{empty} empty post{'s' * (empty != 1)} skipped")
    return Built(rows, also_read=[divisions], notes=notes)


BUILDERS = {
    "ghc-test": (ghc_test, "Gab Hate Corpus test split (Kennedy et al. 2022, CC BY 4.0): cv->threat, hd->discriminatory, vo->insult"),
    "edos-test": (edos_test, "EDOS test split (SemEval-2023 Task 10, Kirk et al. 2023, CC0): sexist->discriminatory "
                  "(+threat for category 1, threats), not sexist->clean (other abuse was not labelled)"),
    "hatexplain-test": (hatexplain_test, "HateXplain test split (Mathew et al. 2021, MIT; text from MBIB's copy): "
                        "hatespeech->discriminatory, offensive->insult, normal->clean; no majority skipped"),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("corpus", choices=sorted(BUILDERS))
    ap.add_argument("source", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--divisions", type=Path, help="hatexplain-test: the post-id divisions file (default: beside SOURCE)")
    a = ap.parse_args()
    build, what = BUILDERS[a.corpus]
    src_sha = hashlib.sha256(a.source.read_bytes()).hexdigest()
    if a.divisions and a.corpus != "hatexplain-test":
        ap.error("--divisions is for hatexplain-test only")
    built = hatexplain_test(a.source, a.divisions) if a.corpus == "hatexplain-test" else build(a.source)
    out = a.out or HERE / "corpora" / "sets" / f"{a.corpus.replace('-', '_')}.tsv"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# {what}\n# source {a.source.name} sha256 {src_sha}; built by bench/corpus_set.py\n")
        for path in built.also_read:
            fh.write(f"# also read {path.name} sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}\n")
        for note in built.notes:
            fh.write(f"# {note}\n")
        fh.write("# labels<TAB>tag<TAB>text\n")
        for row in built.rows:
            fh.write("\t".join(row) + "\n")
    counts = f"{len(built.rows)} posts ({sum(r[1] == 'abuse' for r in built.rows)} labelled abuse)"
    print(f"{out}: {counts}; {'; '.join(built.notes) or 'nothing skipped'}; sha256 {hashlib.sha256(out.read_bytes()).hexdigest()}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
