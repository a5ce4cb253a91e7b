"""One `selfaudit audit` run as a person would make it, for the real-material benches: the CLI
next to this Python, a fresh HOME (no saved login, history or settings of anyone's), the report
read back. Used by bench_real_pages.py and bench_real_exports.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any


def audit(args: list[str], timeout: int = 900) -> tuple[int, dict[str, Any] | None, str]:
    """(exit code, report.json or None when no report was written, the error line and the last line of stderr)."""
    exe = Path(sys.executable).with_name("selfaudit")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "SELFAUDIT_HOME": str(Path(home) / ".sa")}
        out = Path(home) / "out"
        p = subprocess.run([str(exe), "audit", *args, "--out", str(out), "--no-open"],
                           env=env, capture_output=True, text=True, timeout=timeout)
        report = out / "report.json"
        data = json.loads(report.read_text()) if report.exists() else None
        lines = p.stderr.strip().splitlines() or [""]
        # the error's own line ("error: TimeoutError: ..."), not only the advice printed after it
        said = [ln for ln in lines if ln.startswith("error:")]
        return p.returncode, data, " ".join(said[-1:] + lines[-1:]) if said and said[-1] != lines[-1] else lines[-1]
