"""Counts only: the corpora's labels against the policy labels and the offensive verdict, for realpolicy40.

    .venv/bin/python bench/dev/real_policy_crosstab.py bench/corpora/sets/realpolicy40.tsv KEY.tsv

KEY.tsv is real_policy_sample.py's ``n<TAB>corpus<TAB>corpus label<TAB>source id``. Prints a table of
counts (never a text), so running it does not read the set's posts: it answers "of the posts a corpus
calls clean, how many are abusive under the policy, and what does the check say of each kind".
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from selfaudit.analysis.text import TextAnalyser  # noqa: E402
from selfaudit.config import Config  # noqa: E402

ABUSE = {"threat", "insult", "obscene", "discriminatory"}


def main() -> None:
    set_path, key_path = Path(sys.argv[1]), Path(sys.argv[2])
    rows = [ln.split("\t") for ln in set_path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    keys = [ln.split("\t") for ln in key_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    reps = TextAnalyser(Config()).analyse_many([r[2] for r in rows])
    table: Counter[tuple[str, str, str]] = Counter()
    for (labels, _tag, _text), (_n, corpus, clabel, _sid), rep in zip(rows, keys, reps, strict=True):
        policy = "abusive" if ABUSE & set(labels.split(",")) else "not abusive"
        table[(f"{corpus} {clabel}", policy, rep.offensive.status or "none")] += 1
    print(f"{'corpus label':<24}{'policy label':<14}{'fail':>6}{'review':>8}{'none':>6}")
    for corpus in sorted({k[0] for k in table}):
        for policy in ("abusive", "not abusive"):
            c = [table[(corpus, policy, s)] for s in ("fail", "review", "none")]
            if sum(c):
                print(f"{corpus:<24}{policy:<14}{c[0]:>6}{c[1]:>8}{c[2]:>6}")


if __name__ == "__main__":
    main()
