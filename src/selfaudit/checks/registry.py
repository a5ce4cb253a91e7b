"""The check registry: check implementations are plain functions of one account's facts.

A check receives the account's snapshot and a CheckContext; it records how many items it
examined and emits findings only for what it flags (plus explicit passes where the item is
a single thing, like a setting). It never exits, prints or touches the network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..findings import Confidence, Evidence, Finding, Severity, Status

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..policy import CheckMeta
    from ..snapshot import AccountSnapshot

CheckFunc = Callable[["AccountSnapshot", "CheckContext"], None]


@dataclass(frozen=True)
class Implementation:
    name: str
    func: CheckFunc


REGISTRY: dict[str, Implementation] = {}


def register(name: str) -> Callable[[CheckFunc], CheckFunc]:
    """Register a check implementation under ``name`` (the catalogue's id or implementation)."""

    def deco(func: CheckFunc) -> CheckFunc:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise RuntimeError(f"check implementation {name!r} registered twice")
        REGISTRY[name] = Implementation(name, func)
        return func

    return deco


class CheckContext:
    """What a check may use, and the one way it reports: ``emit``/``passed``/``not_checked``."""

    def __init__(self, meta: CheckMeta, clauses: list[str], account: AccountSnapshot, analysis: Analysis):
        self.meta = meta
        self.clauses = clauses
        self.analysis = analysis
        self.platform = account.account.platform
        self.handle = account.account.handle
        self.findings: list[Finding] = []
        self.examined_count = 0

    @property
    def params(self) -> dict[str, Any]:
        return self.meta.params

    def examined(self, n: int = 1) -> None:
        self.examined_count += n

    def emit(
        self,
        status: Status,
        item: str,
        title: str,
        *,
        evidence: Evidence | dict[str, Any] | None = None,
        severity: Severity | None = None,
        confidence: Confidence = Confidence.HIGH,
        third_party: bool = False,
        reason: str | None = None,
        fix: str | None = None,
    ) -> Finding:
        if isinstance(evidence, dict):
            evidence = Evidence(**evidence)
        f = Finding(
            check=self.meta.id,
            status=status,
            severity=severity or self.meta.severity,
            confidence=confidence,
            clauses=list(self.clauses),
            platform=self.platform,
            account=self.handle,
            item=item,
            title=title,
            evidence=evidence,
            fix=fix or (self.meta.fix_for(self.platform) if status in (Status.FAIL, Status.REVIEW) else None),
            reason=reason,
            third_party=third_party,
        )
        self.findings.append(f)
        return f

    def passed(self, item: str, title: str, **kw: Any) -> Finding:
        return self.emit(Status.PASS, item, title, **kw)

    def not_checked(self, item: str, reason: str, title: str | None = None) -> Finding:
        return self.emit(Status.NOT_CHECKED, item, title or f"Not checked: {self.meta.title}", reason=reason)
