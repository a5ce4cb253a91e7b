"""Run the policy's checks over a snapshot and roll the findings up into rows and clauses.

Honest by construction: a check whose facts were not collected yields not-checked with the
reason; a check that raises yields error for itself and the run goes on; a check with no
implementation in this version says so. Nothing here turns "could not check" into a pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from . import checks as _checks  # noqa: F401  (registers the implementations)
from .analysis import Analysis
from .checks.registry import REGISTRY, CheckContext
from .findings import NEEDS_ACTION, Confidence, Evidence, Finding, Severity, Status, finding_content, finding_kind, worst
from .policy import _FACTS, CheckMeta, Clause, Entry, Policy, Row
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


E = TypeVar("E", bound=Entry)


@dataclass
class EntryResult(Generic[E]):
    """A DO/Don't row or a clause with its status across every account."""

    entry: E
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
    rows: list[EntryResult[Row]]
    clauses: list[EntryResult[Clause]]
    generated_at: datetime

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.results for f in r.findings]

    @property
    def needs_action(self) -> bool:
        return any(f.status in NEEDS_ACTION for f in self.findings)

    @property
    def nothing_checked(self) -> bool:
        """True when nothing was looked at and judged: every finding is not-checked, error or a question."""
        judged = {Status.PASS, Status.FAIL, Status.REVIEW, Status.ACCEPTED, Status.ANSWERED}
        return not any(f.status in judged for f in self.findings)


def _missing_requirement(req: str, acct: AccountSnapshot, analysis: Analysis) -> tuple[str, str] | None:
    """(outcome kind, reason) when a required fact or analyser is unavailable, else None."""
    if req.startswith("analysis."):
        why = analysis.available(req.split(".", 1)[1])
        return ("analyser-unavailable", why) if why else None
    recorded = acct.provenance.missing_reason(req)
    head, _, key = req.partition(".")
    if head not in _FACTS:
        raise ValueError(f"unknown requirement {req!r}")
    value = getattr(acct, head)
    if value is None:
        return "not-collected", recorded or f"{head.replace('_', ' ')} were not collected from {acct.account.platform}"
    if head == "settings" and key and acct.setting(key) is None:
        return "not-collected", recorded or f"the {acct.account.platform} audit did not find the setting '{key}'"
    return None


def _scope_fact(scope: str) -> str:
    """The snapshot fact a check's scope names: 'posts' for 'posts', 'settings' for 'settings.x'."""
    return scope.split(".", 1)[0].split(":", 1)[0]


def _nothing_examined(meta: CheckMeta, acct: AccountSnapshot, ctx: CheckContext) -> None:
    """The invariant's heart: a check that examined nothing passes only on the platform's own
    evidence that there is nothing (recorded by the adapter); otherwise it is not-checked."""
    fact = _scope_fact(meta.scope)
    empty = acct.provenance.empty_evidence(fact)
    platform = acct.account.platform
    if empty:
        ctx.passed(
            meta.scope,
            f"{meta.title}: {platform} shows there are none",
            evidence={"text": empty, "details": {"empty_evidence": empty}},
        ).outcome = "empty-evidence"
        return
    recorded = acct.provenance.missing_reason(fact)
    reason = f"nothing was found to examine: selfaudit looked for {fact.replace('_', ' ')} on {platform} and read none"
    if recorded:
        reason += f" ({recorded})"
    else:
        reason += ", and the page or archive gave no sign that there are none"
    ctx.not_checked(meta.scope, reason).outcome = "nothing-to-examine"


def run_check(meta: CheckMeta, clauses: list[str], acct: AccountSnapshot, analysis: Analysis) -> CheckResult:
    """Run one check on one account: the only place a check's outcome is decided.

    Used by ``audit``, ``report``, ``check text`` and ``check image`` alike. Outcomes: pass
    with evidence (something was examined and found fine, or the platform itself shows the
    list is empty), fail / review, not-checked (fact not collected, analyser unavailable,
    nothing to examine), error (the check crashed). A pass is never a default.
    """
    ctx = CheckContext(meta, clauses, acct, analysis)
    impl = REGISTRY.get(meta.impl)
    missing: tuple[str, str] | None = None
    if impl is None:
        missing = ("not-applicable", "this version of selfaudit has no implementation of this check")
    else:
        for req in meta.requires:
            missing = _missing_requirement(req, acct, analysis)
            if missing:
                break
    if missing:
        ctx.findings.clear()
        ctx.not_checked(meta.scope, missing[1]).outcome = missing[0]
    elif impl is not None:  # always, here: no implementation sets ``missing`` above
        try:
            impl.func(acct, ctx)
        except Exception as exc:  # a broken check must not stop the audit
            ctx.findings.clear()
            ctx.emit(
                Status.ERROR,
                meta.scope,
                f"Check failed to run: {meta.title}",
                reason=f"{type(exc).__name__}: {exc}",
            )
        _require_evidence(ctx)
        if not ctx.findings:
            unread = [why for why in (acct.provenance.missing_reason(f) for f in meta.pass_needs) if why]
            if ctx.examined_count and unread:  # part of what the check is about was not read: no pass
                n = ctx.examined_count
                ctx.not_checked(meta.scope, f"{n} examined and none flagged, but not everything this check covers was read: "
                                + "; ".join(unread)).outcome = "not-collected"
            elif ctx.examined_count:
                n = ctx.examined_count
                title = f"{meta.pass_title} ({n} examined)" if meta.pass_title else f"{meta.title}: {n} examined, none flagged"
                ctx.passed(meta.scope, title, evidence={"details": {"examined": n}}).outcome = "evidence"
            else:
                _nothing_examined(meta, acct, ctx)
    flagged = sum(1 for f in ctx.findings if f.status in NEEDS_ACTION)
    status = worst([f.status for f in ctx.findings]) or Status.NOT_CHECKED
    return CheckResult(meta.id, ctx.platform, ctx.handle, ctx.examined_count, flagged, status, ctx.findings)


def _require_evidence(ctx: CheckContext) -> None:
    """A pass a check emitted without examining anything, or without evidence, is not a pass."""
    for i, f in enumerate(ctx.findings):
        if f.status != Status.PASS:
            continue
        if not ctx.examined_count or f.evidence is None:
            ctx.findings[i] = f.model_copy(update={
                "status": Status.NOT_CHECKED,
                "outcome": "nothing-to-examine",
                "reason": "the check reported no problem but recorded nothing it examined, so this is not a pass",
            })
        elif f.outcome is None:
            f.outcome = "evidence"


def run_checks(
    acct: AccountSnapshot, check_ids: tuple[str, ...] | list[str], policy: Policy, analysis: Analysis
) -> list[Finding]:
    """Run the named checks on one account through ``run_check`` (``check text``/``check image``)."""
    out: list[Finding] = []
    for cid in check_ids:
        meta = policy.catalogue.by_id[cid]
        out.extend(run_check(meta, policy.served_by(cid) or [], acct, analysis).findings)
    return out


def _answer_finding(entry: Entry, answer: dict[str, str]) -> Finding:
    """The person's own answer to a manual question: theirs, dated, never a pass."""
    said = answer.get("answer", "")
    when = (answer.get("answered_at") or "")[:10]
    concern = said == entry.concern_if
    return Finding(
        check="manual_answer",
        status=Status.REVIEW if concern else Status.ANSWERED,
        severity=Severity.MEDIUM if concern else Severity.INFO,
        confidence=Confidence.HIGH,
        clauses=[entry.id],
        item=f"question:{entry.id}",
        title=entry.question or entry.text,
        evidence=Evidence(text=f"You answered “{said}” on {when}.", details={"answer": said, "answered_at": answer.get("answered_at")}),
        fix=("Your answer needs action under this part of the policy: " + entry.text) if concern else None,
        outcome="answered",
    )


def _roll_up(entry: E, by_check: dict[str, list[Finding]], answered: dict[str, Finding]) -> EntryResult[E]:
    found = [f for cid in entry.checks for f in by_check.get(cid, [])]
    if entry.id in answered:
        found.append(answered[entry.id])
    counts: dict[str, int] = {}
    for f in found:
        counts[f.status.value] = counts.get(f.status.value, 0) + 1
    status = worst([f.status for f in found])
    has_answer = any(f.check == "manual_answer" for f in found)
    if status is None or (entry.manual and not has_answer and status == Status.PASS):
        # A pass on the automatable part still leaves the person's own question open.
        status = Status.MANUAL if entry.manual else Status.NOT_CHECKED
    return EntryResult(entry, status, counts, found)


def evaluate(
    snapshot: Snapshot,
    policy: Policy,
    analysis: Analysis | None = None,
    accepted: dict[str, str] | None = None,
    progress: Any = None,
    answers: dict[str, dict[str, str]] | None = None,
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
            results.append(run_check(meta, clauses, acct, analysis))
    for r in results:
        for i, f in enumerate(r.findings):
            acc = accepted.get(f.fingerprint) if accepted else None
            if acc is None or f.status not in NEEDS_ACTION:
                continue
            covers = getattr(acc, "covers", None)  # history.Acceptance
            if covers is None or covers(f.status.value, finding_kind(f.title), finding_content(f)):
                r.findings[i] = f.model_copy(update={"status": Status.ACCEPTED, "reason": acc})
            elif note := getattr(acc, "shown_again", lambda _fp: None)(f.fingerprint):
                # accepted by an older version that kept no record of what: shown, saying so
                r.findings[i] = f.model_copy(update={"reason": f"{f.reason} {note}" if f.reason else note})
        r.flagged = sum(1 for f in r.findings if f.status in NEEDS_ACTION)
        r.status = worst([f.status for f in r.findings]) or Status.NOT_CHECKED
    by_check: dict[str, list[Finding]] = {}
    for r in results:
        by_check.setdefault(r.check, []).extend(r.findings)
    answered = {e.id: _answer_finding(e, answers[e.id])
                for e in [*policy.pack.rows, *policy.pack.clauses] if e.manual and answers and e.id in answers}
    if answered:  # the person's answers are findings of their own, listed with the rest
        af = list(answered.values())
        results.append(CheckResult("manual_answer", "", "", len(af), sum(f.status in NEEDS_ACTION for f in af),
                                   worst([f.status for f in af]) or Status.ANSWERED, af))
    rows = [_roll_up(e, by_check, answered) for e in policy.pack.rows]
    clause_results = [_roll_up(e, by_check, answered) for e in policy.pack.clauses]
    return Evaluation(policy, snapshot, results, rows, clause_results, datetime.now(UTC))
