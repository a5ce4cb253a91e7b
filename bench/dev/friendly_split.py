"""Split tools/friendly_negatives.tsv into a DESIGN half and a TEST half (stop 31, textfp31).

Rule, fixed BEFORE any score of these posts was looked at: a post belongs to the DESIGN half when the
first byte of sha256(text as UTF-8) is even, to the TEST half when it is odd. ``text`` is the second
TSV column exactly as stored (no stripping beyond the line's trailing newline). Comment lines (#) and
blank lines are skipped.

The design half may be read and tuned on; the TEST half is scored once per final candidate, at the
end, and reported as such. ``python bench/dev/friendly_split.py`` prints the two sizes.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FRIENDLY = ROOT / "tools" / "friendly_negatives.tsv"


def half_of(text: str) -> str:
    """'design' (sha256 first byte even) or 'test' (odd)."""
    return "design" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def load(half: str, path: Path = FRIENDLY) -> list[str]:
    """The texts of one half ('design' or 'test'), in file order."""
    if half not in ("design", "test"):
        raise ValueError(half)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _label, text = line.split("\t", 1)
        if half_of(text) == half:
            out.append(text)
    return out


if __name__ == "__main__":
    d, t = load("design"), load("test")
    print(f"design {len(d)}  test {len(t)}  total {len(d) + len(t)}", file=sys.stdout)
