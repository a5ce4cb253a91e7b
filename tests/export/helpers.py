"""Evaluate an exported account against the real policy pack and pick out findings."""

from __future__ import annotations

from pathlib import Path

from selfaudit.adapters.export import read_exports
from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import Evaluation, evaluate
from selfaudit.findings import Finding
from selfaudit.policy import load_policy
from selfaudit.snapshot import AccountSnapshot, Snapshot

NOT_IN_EXPORT = "not in this export — run a live audit"


def run(acct: AccountSnapshot) -> Evaluation:
    return evaluate(Snapshot(accounts=[acct]), load_policy())


def read_and_evaluate(root: Path, tmp_path: Path) -> tuple[AccountSnapshot, Evaluation]:
    """One export read as the CLI reads it, evaluated with the analysers (text, images) on."""
    [acct] = read_exports([root], out_dir=tmp_path / "out")
    return acct, evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))


def by_check(ev: Evaluation, check: str) -> list[Finding]:
    return [f for f in ev.findings if f.check == check]


def statuses(ev: Evaluation, check: str) -> list[str]:
    return sorted(f.status.value for f in by_check(ev, check))


def row(ev: Evaluation, row_id: str = "do-restrict-visibility"):  # type: ignore[no-untyped-def]
    return next(r for r in ev.rows if r.id == row_id)


def media_files(out_dir: Path) -> list[Path]:
    return sorted(p for p in (out_dir / "media").glob("*") if p.is_file()) if (out_dir / "media").exists() else []
