"""Stop 40, branch realfalse40: a fixed sample of real posts from EDOS's dev split and HateXplain's val split (the
240 posts of realpolicy40 dropped first), split into halves A / B by a fixed hash of the source id BEFORE any
verdict is seen. Prints "corpus<TAB>id<TAB>half<TAB>corpus label<TAB>text" to stdout (for judging by hand; never
committed: the corpora are not ours). The hand judgements live in bench/dev/realfalse40_judged.tsv (no text).

    PYTHONPATH=src .venv/bin/python bench/dev/realfalse40_sample.py EXCLUDE_IDS.tsv [N_A N_B] > /tmp/sample.tsv
    PYTHONPATH=src .venv/bin/python bench/dev/realfalse40_sample.py EXCLUDE_IDS.tsv 70 45 --extra-a 60 40 > /tmp/extra.tsv

``--extra-a E H``: a second batch from half A only, of corpus-clean posts (EDOS "not sexist", HateXplain "normal":
chosen by the corpus's label, never by a verdict) after the first N_A of each corpus, E from EDOS and H from
HateXplain, for more posts a rule might wrongly flag (judged before their verdicts were seen, as the first batch).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_policy_sample import corpus_posts  # noqa: E402


def half(source_id: str) -> str:
    """A or B, fixed by the id alone."""
    return "A" if hashlib.sha256(source_id.encode()).digest()[0] % 2 == 0 else "B"


def order(source_id: str) -> str:
    return hashlib.sha256(("realfalse40:" + source_id).encode()).hexdigest()


def posts(exclude: Path) -> list[tuple[str, str, str, str]]:
    """(corpus, id, corpus label, text) of EDOS dev and HateXplain val, the excluded ids dropped."""
    drop = {tuple(ln.split("\t")[:2]) for ln in exclude.read_text().splitlines() if ln.strip()}
    return [p for p in corpus_posts(ROOT / "bench" / "corpora") if (p[0], p[1]) not in drop]


def main() -> None:
    n = {"A": int(sys.argv[2]), "B": int(sys.argv[3])}
    rows = posts(Path(sys.argv[1]))
    if "--extra-a" in sys.argv:
        at = sys.argv.index("--extra-a")
        extra = {"edos": ("not sexist", int(sys.argv[at + 1])), "hatexplain": ("normal", int(sys.argv[at + 2]))}
        for corpus, (clean, k) in extra.items():
            ranked = sorted((p for p in rows if p[0] == corpus and half(p[1]) == "A"), key=lambda p: order(p[1]))
            pick = [p for p in ranked[n["A"]:] if p[2] == clean][:k]
            for co, i, lab, text in pick:
                print(co, i, "A", lab, text.replace("\t", " ").replace("\n", " \\n "), sep="\t")
        return
    for corpus in ("edos", "hatexplain"):
        for h in ("A", "B"):
            pick = sorted((p for p in rows if p[0] == corpus and half(p[1]) == h), key=lambda p: order(p[1]))[: n[h]]
            for co, i, lab, text in pick:
                print(co, i, h, lab, text.replace("\t", " ").replace("\n", " \\n "), sep="\t")


if __name__ == "__main__":
    main()
