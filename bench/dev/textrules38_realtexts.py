# textrules38 (stop 38) generality gate, dev script: realtexts.py dumps the real export texts to /tmp/tr38/real.txt (outside the repo), build.py caches sets 7-38 + the labelled corpora + those texts (normalised) in /tmp/tr38/cache.pkl, probe.py rules.py prints each stop-38 rule's hits per source.
import sys, tempfile, re
from pathlib import Path
sys.path.insert(0, "/work/wt/textrules38/bench/dev")
from realtext37_dump import samples
from selfaudit.adapters.export import read_exports
from selfaudit.checks.text import text_items
out = []
for s in samples(Path("/work/probe29/exports/assembled"), ""):
    with tempfile.TemporaryDirectory() as tmp:
        snaps = read_exports([s], out_dir=Path(tmp))
    for acct in snaps:
        for it in text_items(acct):
            if it[2].strip():
                out.append(it[2].replace("\t", " ").replace("\n", "\\n"))
Path("/tmp/tr38/real.txt").write_text("\n".join(out) + "\n")
print(len(out))
