"""Read exports in a child process with a hard memory cap and a wall-time cap.

A reader that runs away (an exponential walk, an endless device) must fail the test, not the
machine: the child gets ``RLIMIT_AS`` (address space) and is killed after ``timeout`` s.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MEM_CAP = 768 * 2**20  # the importing child needs ~60 MB; the runaway cases reached 2–22 GB
TIMEOUT = 60.0

_CHILD = r"""
import json, resource, sys, time
args = json.loads(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (args["mem"], args["mem"]))
from pathlib import Path
from selfaudit.errors import SelfauditError
from selfaudit.adapters.export import read_exports
t0 = time.perf_counter()
try:
    accts = read_exports([Path(p) for p in args["paths"]], out_dir=Path(args["out"]))
except SelfauditError as exc:
    out = {"error": type(exc).__name__, "message": exc.message, "hint": exc.hint}
except MemoryError:
    out = {"error": "MemoryError", "message": "over the memory cap"}
else:
    out = {"accounts": [
        {"platform": a.account.platform, "posts": None if a.posts is None else len(a.posts),
         "post_texts": [p.text for p in a.posts or []][:50],
         "connections": a.connections.model_dump() if a.connections else None,
         "notes": a.provenance.notes, "missing": {m.fact: m.reason for m in a.provenance.missing}}
        for a in accts]}
out["seconds"] = time.perf_counter() - t0
# VmHWM is this process's own peak; ru_maxrss also counts the parent's memory when it was
# spawned by vfork + exec (Linux carries the pre-exec high-water mark over), so it grew with pytest
try:
    out["peak_kb"] = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    out["peak_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(out))
"""


@dataclass
class Outcome:
    error: str | None = None
    message: str = ""
    hint: str | None = None
    accounts: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    peak_kb: int = 0

    def notes(self) -> str:
        return "\n".join(n for a in self.accounts for n in a["notes"])


def read_bounded(paths: list[Path], out_dir: Path, *, mem: int = MEM_CAP, timeout: float = TIMEOUT) -> Outcome:
    """read_exports in a capped child: its outcome, or an AssertionError when it crashed or ran over time."""
    arg = json.dumps({"paths": [str(p) for p in paths], "out": str(out_dir), "mem": mem})
    try:
        proc = subprocess.run([sys.executable, "-c", _CHILD, arg], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"reading {paths} took more than {timeout:.0f} s") from None
    assert proc.returncode == 0, f"child crashed (rc {proc.returncode}):\n{proc.stderr[-3000:]}"
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    assert data.get("error") != "MemoryError", f"reading {paths} went over the {mem // 2**20} MiB memory cap"
    return Outcome(
        error=data.get("error"),
        message=data.get("message", ""),
        hint=data.get("hint"),
        accounts=data.get("accounts", []),
        seconds=data["seconds"],
        peak_kb=data["peak_kb"],
    )


def read_here(paths: list[Path], out_dir: Path) -> Outcome:
    """The same outcome read in this process, for inputs that risk neither memory nor time."""
    import time

    from selfaudit.adapters.export import read_exports
    from selfaudit.errors import SelfauditError

    t0 = time.perf_counter()
    try:
        accts = read_exports(list(paths), out_dir=out_dir)
    except SelfauditError as exc:
        return Outcome(error=type(exc).__name__, message=exc.message, hint=exc.hint, seconds=time.perf_counter() - t0)
    return Outcome(
        accounts=[
            {
                "platform": a.account.platform,
                "posts": None if a.posts is None else len(a.posts),
                "post_texts": [p.text for p in a.posts or []][:50],
                "connections": a.connections.model_dump() if a.connections else None,
                "notes": a.provenance.notes,
                "missing": {m.fact: m.reason for m in a.provenance.missing},
            }
            for a in accts
        ],
        seconds=time.perf_counter() - t0,
    )
