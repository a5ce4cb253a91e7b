"""Ctrl-C during an export audit of 1,500 photos: stops within 2 s, exit 130, partial report."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.security.exports import x_export_with_photos


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "from selfaudit.cli import main; main()", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def _processes_with(env_entry: str) -> list[int]:
    """Processes (the audit's workers) still running with this environment entry."""
    found = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if env_entry.encode() in (d / "environ").read_bytes().split(b"\0"):
                    found.append(int(d.name))
            except OSError:
                continue
    return found


def _wait_for(proc: subprocess.Popen[bytes], text: str, timeout: float) -> str:
    """Read stderr until ``text`` appears (the audit is under way), without blocking forever."""
    sel = selectors.DefaultSelector()
    assert proc.stderr is not None
    sel.register(proc.stderr, selectors.EVENT_READ)
    seen = b""
    deadline = time.monotonic() + timeout
    while text.encode() not in seen:
        left = deadline - time.monotonic()
        if left <= 0 or proc.poll() is not None:
            break
        if sel.select(left):
            chunk = os.read(proc.stderr.fileno(), 4096)
            if not chunk:
                break
            seen += chunk
    return seen.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return x_export_with_photos(tmp_path_factory.mktemp("export") / "twitter-1500.zip", 1500)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("when", ["reading", "analysing"])
def test_sigint_stops_within_2s_with_a_partial_report(big_export: Path, tmp_path: Path, when: str):
    out = tmp_path / "D"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    # Image analysis in worker processes (the path that used to run on for minutes).
    (Path(env["SELFAUDIT_HOME"]) / "config.yaml").write_text("images:\n  workers: 2\n")
    proc = _start(["audit", "--export", str(big_export), "--out", str(out), "--no-open"], env)
    try:
        marker = "media files" if when == "reading" else "evaluating"
        seen = _wait_for(proc, marker, 60)
        assert marker in seen, seen
        if when == "analysing" and Path("/proc/self/environ").exists():
            # Wait until the image workers are busy with the photos (the forkserver, then workers).
            mine = f"SELFAUDIT_HOME={env['SELFAUDIT_HOME']}"
            deadline = time.monotonic() + 30
            while len(_processes_with(mine)) < 3 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert len(_processes_with(mine)) >= 3, "the image workers never started"
            time.sleep(0.3)
        t0 = time.monotonic()
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            pytest.fail("selfaudit did not stop within 10 s of Ctrl-C")
        took = time.monotonic() - t0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    err_text = err.decode("utf-8", "replace")
    assert proc.returncode == 130, err_text
    assert took < 2.0, f"took {took:.2f} s to stop"
    assert "Stopped." in err_text and "Traceback" not in err_text
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["partial"] is True
    reason = report["partial_reason"]
    assert reason["summary"].startswith("Stopped (Ctrl-C)") and "read" in reason and "not_read" in reason
    if when == "analysing":
        assert reason["read"] and "1,500 posts" in reason["read"][0] and reason["not_read"] == []
        assert "photos" in reason["not_analysed"]
        photo_checks = [c for c in report["checks"] if c["id"].startswith("photo_")]
        assert photo_checks and all(c["status"] == "not-checked" for c in photo_checks)  # no pass on photos not analysed
        assert report["rows"] and {r["id"]: r["status"] for r in report["rows"]}["dont-logo"] == "not-checked"
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Partial report" in html
    # No half-copied media: every file in media/ is whole and named by its content, none is a temp copy.
    media = out / "media"
    names = sorted(p.name for p in media.iterdir()) if media.is_dir() else []
    assert not [n for n in names if n.startswith(".") or n.endswith((".tmp", ".part"))]
    snap = json.loads((out / "snapshot.json").read_text(encoding="utf-8"))
    referenced = {Path(m["path"]).name for a in snap["accounts"] for p in a.get("posts") or [] for m in p["media"] if m.get("path")}
    assert set(names) <= referenced  # nothing left that the report does not account for
    # No worker left running after the exit.
    if Path("/proc/self/environ").exists():
        deadline = time.monotonic() + 2
        while _processes_with(f"SELFAUDIT_HOME={env['SELFAUDIT_HOME']}") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _processes_with(f"SELFAUDIT_HOME={env['SELFAUDIT_HOME']}") == []
