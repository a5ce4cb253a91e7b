"""Run a bench script with the textrecall5 structures switched off (the 'before' of a check).

    .venv/bin/python bench/dev/textrecall5_without.py bench/bench_corpus_heldback.py [args...]
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import selfaudit.analysis.text as T

for f in ("implied_threat", "public_disorder", "sexual_remark"):
    setattr(T, f, lambda *x, **k: [])
script = sys.argv[1]
sys.argv = sys.argv[1:]
sys.path.insert(0, str(Path(script).resolve().parent))
runpy.run_path(script, run_name="__main__")
