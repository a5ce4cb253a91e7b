"""Ctrl-C latency: from SIGINT to the process's exit, during an export audit of N photos.

Builds an X export of small photos, starts `selfaudit audit --export … --out D` N times, sends
SIGINT while it reads the photos or while the image workers analyse them, and prints each
latency, the median and the range, and whether every run wrote a report labelled partial.

    .venv/bin/python bench/bench_ctrl_c.py [--photos 1500] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.security.exports import x_export_with_photos  # noqa: E402
from tests.security.test_ctrl_c import _processes_with, _start, _wait_for  # noqa: E402


def one(archive: Path, work: Path, when: str) -> tuple[float, int, bool]:
    home = work / "home"
    home.mkdir(parents=True)
    (home / "config.yaml").write_text("images:\n  workers: 2\n")
    env = {**os.environ, "SELFAUDIT_HOME": str(home), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    proc = _start(["audit", "--export", str(archive), "--out", str(work / "D"), "--no-open"], env)
    _wait_for(proc, "media files" if when == "reading" else "evaluating", 120)
    if when == "analysing":
        while len(_processes_with(f"SELFAUDIT_HOME={home}")) < 3 and proc.poll() is None:
            time.sleep(0.05)
        time.sleep(0.3)
    t0 = time.monotonic()
    proc.send_signal(signal.SIGINT)
    proc.wait()
    took = time.monotonic() - t0
    proc.communicate()
    try:
        partial = json.loads((work / "D" / "report.json").read_text())["partial"] is True
    except (OSError, ValueError, KeyError):
        partial = False
    return took, proc.returncode, partial


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=1500)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = x_export_with_photos(Path(tmp) / "x.zip", args.photos)
        print(f"X export with {args.photos:,} photos; load average {os.getloadavg()[0]:.1f}")
        for when in ("reading", "analysing"):
            runs = [one(archive, Path(tmp) / f"{when}-{i}", when) for i in range(args.runs)]
            lat = [r[0] for r in runs]
            print(f"SIGINT while {when}: {len(runs)} runs, latency median {statistics.median(lat):.2f} s "
                  f"(range {min(lat):.2f}–{max(lat):.2f} s); exit codes {sorted({r[1] for r in runs})}; "
                  f"partial report in {sum(r[2] for r in runs)}/{len(runs)}")


if __name__ == "__main__":
    main()
