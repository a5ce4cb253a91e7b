"""Stop 36 (textmodel36): build a model as the branch merged with textrules36 will (set 35's status line in
bench_text.py reading training data), without editing bench_text.py: the status is patched in memory, then
tools/train_text_model.py's main() runs with the remaining arguments. --neg36 adds tools/everyday_negatives36.tsv
to the friendly negatives (model b; with --offence-heads-skip posts_untouched31.tsv,posts_untouched35.tsv, model c).

    .venv/bin/python bench/dev/textmodel36_build_merged.py [--neg36] [train_text_model.py options] --out /tmp/m.npz
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src"), str(ROOT / "bench")]
import bench_text as B  # noqa: E402
import train_text_model as T  # noqa: E402

sha, _, note = B.SETS["posts_untouched35.tsv"]
B.SETS["posts_untouched35.tsv"] = (sha, T.TRAINING_DATA, note)
for h in T.POST_HEAD_SKIP_SETS:
    if "posts_untouched35.tsv" not in T.POST_HEAD_SKIP_SETS[h]:
        T.POST_HEAD_SKIP_SETS[h] = (*T.POST_HEAD_SKIP_SETS[h], "posts_untouched35.tsv")
if "--neg36" in sys.argv:
    sys.argv.remove("--neg36")
    if ROOT / "tools/everyday_negatives36.tsv" not in T.FRIENDLY_FILES:
        T.FRIENDLY_FILES = (*T.FRIENDLY_FILES, ROOT / "tools/everyday_negatives36.tsv")
print("post sets:", len(T.post_sets()), "friendly files:", [p.name for p in T.FRIENDLY_FILES], "post skip:", {h: len(v) for h, v in T.POST_HEAD_SKIP_SETS.items()})
T.main()
