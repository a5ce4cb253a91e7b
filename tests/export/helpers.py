"""Evaluate an exported account against the real policy pack and pick out findings."""

from __future__ import annotations

from pathlib import Path

from selfaudit.evaluate import Evaluation, evaluate
from selfaudit.findings import Finding
from selfaudit.policy import load_policy
from selfaudit.snapshot import AccountSnapshot, Snapshot

NOT_IN_EXPORT = "not in this export — run a live audit"


def run(acct: AccountSnapshot) -> Evaluation:
    return evaluate(Snapshot(accounts=[acct]), load_policy())


def by_check(ev: Evaluation, check: str) -> list[Finding]:
    return [f for f in ev.findings if f.check == check]


def statuses(ev: Evaluation, check: str) -> list[str]:
    return sorted(f.status.value for f in by_check(ev, check))


def row(ev: Evaluation, row_id: str = "do-restrict-visibility"):  # type: ignore[no-untyped-def]
    return next(r for r in ev.rows if r.id == row_id)


def media_files(out_dir: Path) -> list[Path]:
    return sorted(p for p in (out_dir / "media").glob("*") if p.is_file()) if (out_dir / "media").exists() else []
