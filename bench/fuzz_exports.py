"""Fuzz the export readers longer than CI does, then time every hostile input of issue 11.

    .venv/bin/python bench/fuzz_exports.py [--examples 2000] [--fixed] [--skip-fuzz]

Part 1 runs tests/fuzz with ``SELFAUDIT_FUZZ_EXAMPLES`` examples per property (CI runs 25, a
fixed derandomised set); without ``--fixed`` the examples are drawn anew each run. Part 2 reads
each hostile input in a child capped at 768 MiB (RLIMIT_AS) and prints its outcome, wall time
and peak RSS. Not a test: compare the figures by hand.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def fuzz(examples: int, fixed: bool) -> int:
    env = dict(os.environ, SELFAUDIT_FUZZ_EXAMPLES=str(examples))
    if not fixed:
        env["SELFAUDIT_FUZZ_RANDOM"] = "1"
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(ROOT / "tests" / "fuzz")], cwd=ROOT, env=env
    )
    took = time.perf_counter() - t0
    print(f"\nfuzz: 7 properties x {examples} examples ({'fixed' if fixed else 'random'}): "
          f"{'passed' if proc.returncode == 0 else 'FAILED'} in {took:.1f} s")
    return proc.returncode


def hostile() -> None:
    import socket

    from tests.export import builders as b
    from tests.export import hostile_inputs as h
    from tests.export.bounded import read_bounded

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        (tmp / "repo-dag.car").write_bytes(h.car_shared_children(60))
        (tmp / "repo-loop.car").write_bytes(h.car_self_loop())
        os.mkfifo(tmp / "fifo.zip")
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(tmp / "sock.zip"))
        (tmp / "file-as-out").write_text("x")
        cases = {
            "/dev/zero": ([Path("/dev/zero")], tmp / "o1"),
            "FIFO": ([tmp / "fifo.zip"], tmp / "o2"),
            "socket": ([tmp / "sock.zip"], tmp / "o3"),
            "CAR, shared children x60": ([tmp / "repo-dag.car"], tmp / "o4"),
            "CAR, node pointing at itself": ([tmp / "repo-loop.car"], tmp / "o5"),
            "LinkedIn 131 KB field": ([h.write(tmp / "li1.zip", h.linkedin_with("huge-field"))], tmp / "o6"),
            "LinkedIn unclosed quote": ([h.write(tmp / "li2.zip", h.linkedin_with("unclosed-quote"))], tmp / "o7"),
            "five platforms in one zip": ([h.write(tmp / "all.zip", h.five_platforms())], tmp / "o8"),
            "--out is a file": ([h.write(tmp / "x.zip", b.x_files(protected=["Protect"]))], tmp / "file-as-out"),
            "all-encrypted zip": ([h.encrypt_flags(h.write(tmp / "enc.zip", b.x_files()))], tmp / "o9"),
            "tweets.js UTF-16 no BOM": ([h.write(tmp / "u16.zip", h.x_tweets_encoded("utf-16-le"))], tmp / "o10"),
            "tweets.js UTF-32": ([h.write(tmp / "u32.zip", h.x_tweets_encoded("utf-32"))], tmp / "o11"),
        }
        print(f"\n{'hostile input':32} {'s':>6} {'peak MB':>8}  outcome")
        for label, (paths, out) in cases.items():
            r = read_bounded(paths, out)
            if r.error:
                outcome = f"{r.error}: {r.message[:90]}"
            else:
                outcome = "; ".join(f"{a['platform']} posts={a['posts']}" for a in r.accounts)
            print(f"{label:32} {r.seconds:6.2f} {r.peak_kb / 1024:8.0f}  {outcome}")
        sock.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=2000)
    ap.add_argument("--fixed", action="store_true", help="the CI's derandomised examples")
    ap.add_argument("--skip-fuzz", action="store_true")
    args = ap.parse_args()
    rc = 0 if args.skip_fuzz else fuzz(args.examples, args.fixed)
    hostile()
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
