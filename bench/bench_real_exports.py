"""The export audit on a folder of real data-export samples: no pass without evidence, no crash.

    .venv/bin/python bench/bench_real_exports.py FOLDER [--only RE]

FOLDER holds one export per entry (a .zip, or a folder when no .zip of the same name is there):
real archive files published by other projects, assembled in the platforms' own layouts and kept
outside this repository with their provenance (the stop-29 probe's 18 samples:
bench/data/real_exports_probe29.md). Each is audited with `selfaudit audit --export` in a fresh
HOME, and the archive is checked to be byte-identical afterwards (loses nothing). Prints per
sample the pass / fail / review / not-checked counts, the exit code, the text checks' load on the
reader (posts examined by the offensive-language check, and the text checks' reviews a 1,000 of
them: on an ordinary person's real timeline most of those reviews are false, so it is the cost
side of text recall), and every pass with its check and evidence (each to be judged against the
archive), then pages without a report and archives that changed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit_cli import audit


def _digest(p: Path) -> str:
    h = hashlib.sha256()
    for f in sorted([p] if p.is_file() else p.rglob("*")):
        if f.is_file():
            h.update(f.relative_to(p.parent).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()


TEXT_CHECKS = ("post_offensive_language", "post_possible_offence", "post_confidential_info")


def text_load(data: dict) -> tuple[int, int]:
    """(posts the offensive-language check examined, reviews the text checks raised)."""
    examined = sum(int(c.get("examined") or 0) for c in data.get("checks", []) if c.get("id") == "post_offensive_language")
    reviews = sum(1 for f in data["findings"] if f["status"] == "review" and f["check"] in TEXT_CHECKS)
    return examined, reviews


def _audit(archive: Path) -> tuple[int, dict | None, str]:
    return audit(["--export", str(archive)])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--only", default="", help="only samples whose name matches this regex")
    args = ap.parse_args()
    entries = sorted(args.folder.iterdir())
    zips = {e.stem for e in entries if e.suffix == ".zip"}
    samples = [e for e in entries if (e.suffix == ".zip" or (e.is_dir() and e.name not in zips)) and re.search(args.only, e.name)]
    if not samples:
        print(f"no export samples under {args.folder}", file=sys.stderr)
        return 2
    totals: Counter[str] = Counter()
    crashes, passes, changed = [], [], []
    print(f"{len(samples)} export samples under {args.folder}")
    print(f"{'sample':<40} {'pass':>4} {'fail':>5} {'rev':>5} {'n-c':>4} exit {'posts':>6} {'text rev/1k':>11}")
    posts = text_reviews = 0
    for s in samples:
        before = _digest(s)
        code, data, err = _audit(s)
        if _digest(s) != before:
            changed.append(s.name)
        if data is None:
            crashes.append((s.name, code, err))
            print(f"{s.name[:40]:<40} {'-':>4} {'-':>5} {'-':>5} {'-':>4} {code}  NO REPORT: {err[:100]}")
            continue
        c = Counter(f["status"] for f in data["findings"])
        totals.update(c)
        examined, reviews = text_load(data)
        posts, text_reviews = posts + examined, text_reviews + reviews
        rate = f"{1000 * reviews / examined:11.1f}" if examined else f"{'-':>11}"
        print(f"{s.name[:40]:<40} {c['pass']:>4} {c['fail']:>5} {c['review']:>5} {c['not-checked']:>4} {code:>4} {examined:>6} {rate}")
        for f in data["findings"]:
            if f["status"] == "pass":
                passes.append(s.name)
                print(f"    PASS {f['check']}: {json.dumps(f.get('evidence'))[:160]}")
    print(f"\nfindings: {dict(totals)}")
    print(f"text checks: {text_reviews} reviews over {posts} posts examined = {1000 * text_reviews / max(1, posts):.1f} a 1,000 posts")
    print(f"passes: {len(passes)} in {len(set(passes))} of {len(samples)} samples (each listed above, to be judged against the archive)")
    print(f"samples without a report: {len(crashes)}" + "".join(f"\n    {n} exit {c}: {e[:120]}" for n, c, e in crashes))
    print(f"archives changed by the audit: {len(changed)}" + "".join(f"\n    {n}" for n in changed))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
