"""Run the policy's checks over a snapshot and roll the findings up into rows and clauses.

Honest by construction: a check whose facts were not collected yields not-checked with the
reason; a check that raises yields error for itself and the run goes on; a check with no
implementation in this version says so. Nothing here turns "could not check" into a pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from . import checks as _checks  # noqa: F401  (registers the implementations)
from .analysis import Analysis
from .checks.registry import REGISTRY, CheckContext
from .findings import NEEDS_ACTION, Finding, Status, worst
from .policy import _FACTS, CheckMeta, Entry, Policy
from .snapshot import AccountSnapshot, Snapshot



@dataclass
class CheckResult:
    check: str
    platform: str
    account: str
    examined: int
    flagged: int
    status: Status
    findings: list[Finding]


@dataclass
class EntryResult:
    """A DO/Don't row or a clause with its status across every account."""

    entry: Entry
    status: Status
    counts: dict[str, int]
    findings: list[Finding] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.entry.id


@dataclass
class Evaluation:
    policy: Policy
    snapshot: Snapshot
    results: list[CheckResult]
    rows: list[EntryResult]
    clauses: list[EntryResult]
    generated_at: datetime

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.results for f in r.findings]

    @property
    def needs_action(self) -> bool:
        return any(f.status in NEEDS_ACTION for f in self.findings)


def _missing_requirement(req: str, acct: AccountSnapshot, analysis: Analysis) -> str | None:
    """The reason a required fact or analyser is unavailable, or None when it is there."""
    if req.startswith("analysis."):
        return analysis.available(req.split(".", 1)[1])
    recorded = acct.provenance.missing_reason(req)
    head, _, key = req.partition(".")
    if head not in _FACTS:
        raise ValueError(f"unknown requirement {req!r}")
    value = getattr(acct, head)
    if value is None:
        return recorded or f"{head.replace('_', ' ')} were not collected from {acct.account.platform}"
    if head == "settings" and key and acct.setting(key) is None:
        return recorded or f"the {acct.account.platform} audit did not find the setting '{key}'"
    return None


def _run_check(meta: CheckMeta, clauses: list[str], acct: AccountSnapshot, analysis: Analysis) -> CheckResult:
    ctx = CheckContext(meta, clauses, acct, analysis)
    impl = REGISTRY.get(meta.impl)
    reason = None
    if impl is None:
        reason = "this version of selfaudit has no implementation of this check"
    else:
        for req in meta.requires:
            reason = _missing_requirement(req, acct, analysis)
            if reason:
                break
    if reason:
        ctx.findings.clear()
        ctx.not_checked(meta.scope, reason)
    else:
        try:
            impl.func(acct, ctx)  # type: ignore[union-attr]
        except Exception as exc:  # a broken check must not stop the audit
            ctx.findings.clear()
            ctx.emit(
                Status.ERROR,
                meta.scope,
                f"Check failed to run: {meta.title}",
                reason=f"{type(exc).__name__}: {exc}",
            )
        if not ctx.findings:
            n = ctx.examined_count
            ctx.passed(meta.scope, f"{meta.title}: {n} examined, none flagged")
    flagged = sum(1 for f in ctx.findings if f.status in NEEDS_ACTION)
    status = worst([f.status for f in ctx.findings]) or Status.PASS
    return CheckResult(meta.id, ctx.platform, ctx.handle, ctx.examined_count, flagged, status, ctx.findings)


def _roll_up(entry: Entry, by_check: dict[str, list[Finding]]) -> EntryResult:
    found = [f for cid in entry.checks for f in by_check.get(cid, [])]
    counts: dict[str, int] = {}
    for f in found:
        counts[f.status.value] = counts.get(f.status.value, 0) + 1
    status = worst([f.status for f in found])
    if status is None or (entry.manual and status == Status.PASS):
        # A pass on the automatable part still leaves the person's own question open.
        status = Status.MANUAL if entry.manual else Status.NOT_CHECKED
    return EntryResult(entry, status, counts, found)


def evaluate(
    snapshot: Snapshot,
    policy: Policy,
    analysis: Analysis | None = None,
    accepted: dict[str, str] | None = None,
    progress: Any = None,
) -> Evaluation:
    analysis = analysis or Analysis()
    analysis.prepare(snapshot, progress=progress)
    results: list[CheckResult] = []
    for meta in policy.used_checks():
        clauses = policy.served_by(meta.id)
        for acct in snapshot.accounts:
            platforms = meta.params.get("platforms")
            if platforms and acct.account.platform not in platforms:
                continue
            results.append(_run_check(meta, clauses, acct, analysis))
    for r in results:
        for i, f in enumerate(r.findings):
            if accepted and f.fingerprint in accepted and f.status in NEEDS_ACTION:
                r.findings[i] = f.model_copy(update={"status": Status.ACCEPTED, "reason": accepted[f.fingerprint]})
        r.flagged = sum(1 for f in r.findings if f.status in NEEDS_ACTION)
        r.status = worst([f.status for f in r.findings]) or Status.PASS
    by_check: dict[str, list[Finding]] = {}
    for r in results:
        by_check.setdefault(r.check, []).extend(r.findings)
    rows = [_roll_up(e, by_check) for e in policy.pack.rows]
    clauses = [_roll_up(e, by_check) for e in policy.pack.clauses]
    return Evaluation(policy, snapshot, results, rows, clauses, datetime.now(timezone.utc))
