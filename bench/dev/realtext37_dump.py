"""Every post-text finding (fail or review) of the audit on real export samples, one line each
(stop 37, realtext37): the same items and verdicts as `selfaudit audit --export` (the export
reader, `text_items`, the policy's TextAnalyser, default settings), but with the whole text,
its detected language and the matched words, so that each verdict can be judged.

    PYTHONPATH=src .venv/bin/python bench/dev/realtext37_dump.py FOLDER OUT.tsv [--only RE]

Columns: sample, check, status, hash (sha256 of the text, first 16 hex), reason (categories;
matched words; notes), language, text (newlines as \\n). The samples are other people's data:
write OUT outside the repository (e.g. /tmp/rt37) and commit only hashes and labels.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tempfile
from pathlib import Path

from selfaudit.adapters.export import read_exports
from selfaudit.analysis.text import TextAnalyser
from selfaudit.checks.text import text_items
from selfaudit.config import Config
from selfaudit.policy import load_policy

AREAS = {"offensive": "post_offensive_language", "offence": "post_possible_offence",
         "confidential": "post_confidential_info", "organisation": "post_names_organisation"}


def post_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def samples(folder: Path, only: str) -> list[Path]:
    entries = sorted(folder.iterdir())
    zips = {e.stem for e in entries if e.suffix == ".zip"}
    return [e for e in entries if (e.suffix == ".zip" or (e.is_dir() and e.name not in zips)) and re.search(only, e.name)]


def main() -> None:
    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    only = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--only" else ""
    analyser = TextAnalyser(Config(), policy=load_policy())
    lines = ["sample\tcheck\tstatus\thash\treason\tlanguage\ttext"]
    for s in samples(folder, only):
        name = s.name.removesuffix(".zip")
        with tempfile.TemporaryDirectory() as tmp:
            snaps = read_exports([s], out_dir=Path(tmp))
        for acct in snaps:
            items = [it for it in text_items(acct) if it[2].strip()]
            reps = analyser.analyse_many([it[2] for it in items])
            n = 0
            for (_item, _what, text, _url, _tp, _author), rep in zip(items, reps, strict=True):
                for area, check in AREAS.items():
                    v = getattr(rep, area)
                    if v.status is None:
                        continue
                    n += 1
                    if area == "organisation" and rep.risky:
                        v = v.__class__(v.status, v.confidence, v.severity, v.hits, (*v.notes, "next to a risky post"))
                    reason = f"{','.join(v.categories)}; {' | '.join(v.matched)}; {' | '.join(v.notes)}".replace("\t", " ").replace("\n", " ")
                    lines.append("\t".join([name, check, v.status, post_hash(text), reason, rep.language.code or rep.language.name,
                                            text.replace("\t", " ").replace("\n", "\\n")]))
            print(f"{name}: {len(items)} texts, {n} findings", file=sys.stderr)
    out.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
