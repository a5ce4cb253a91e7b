"""report.json in the shape given by the CLI contract (design/cli.md)."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..evaluate import Evaluation
from ..findings import Finding
from .coverage import stranger_json

REPORT_SCHEMA_VERSION = 1


def finding_json(f: Finding) -> dict[str, Any]:
    d: dict[str, Any] = f.model_dump(mode="json", exclude_none=True)
    if not d.get("third_party"):
        d.pop("third_party", None)
    return d


def _with_acceptance(d: dict[str, Any], acceptances: dict[str, dict[str, Any]]) -> dict[str, Any]:
    from ..history import is_expired

    e = acceptances.get(d["fingerprint"])
    if e:
        if d["status"] == "accepted" and e.get("status"):  # what was accepted: a fail or a review
            d["accepted_status"] = str(e["status"])
        if d["status"] == "accepted" and e.get("until"):
            d["accepted_until"] = str(e["until"])
        elif is_expired(e):
            d["acceptance_expired"] = str(e["until"])
    return d


def row_split(r: Any) -> dict[str, Any]:
    """A row's counts without other people's content, and theirs apart (the summary's fairness)."""
    own: dict[str, int] = {}
    theirs: dict[str, int] = {}
    for f in r.findings:
        bucket = theirs if f.third_party else own
        bucket[f.status.value] = bucket.get(f.status.value, 0) + 1
    from ..findings import Status, worst

    own_status = worst([Status(k) for k in own]) if own else None
    if own_status == Status.PASS and getattr(r.entry, "manual", False) and not any(f.check == "manual_answer" for f in r.findings):
        own_status = Status.MANUAL  # as the row rolls up: a pass on the automated part leaves the person's question open
    return {"own_status": (own_status.value if own_status else None), "own_counts": own, "third_party_counts": theirs}


def report_dict(ev: Evaluation, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    from .actions import action_json, build_actions
    from .coverage import coverage

    extra = extra or {}
    acceptances = extra.get("acceptances") or {}
    actions = extra.get("actions") or build_actions(ev)
    out = {
        "schema_version": REPORT_SCHEMA_VERSION,
        "tool": {"name": "selfaudit", "version": __version__},
        "policy": {"id": ev.policy.id, "version": ev.policy.pack.version, "title": ev.policy.pack.title},
        "generated_at": ev.generated_at.isoformat(),
        "subject": ev.snapshot.subject,
        "accounts": [
            {
                "platform": a.account.platform,
                "handle": a.account.handle,
                "url": a.account.url,
                "source": a.provenance.source,
                "collected_at": a.provenance.collected_at.isoformat(),
                "not_collected": [m.model_dump() for m in a.provenance.missing],
                "not_audited": a.provenance.not_audited,
                "stranger_view": stranger_json(a, ev),
                "blocked_requests": list(a.provenance.blocked_requests),  # what the live browser guard refused
            }
            for a in ev.snapshot.accounts
        ],
        "rows": [
            {"id": r.id, "kind": r.entry.kind, "text": r.entry.text, "status": r.status.value, "counts": r.counts,
             **row_split(r)}
            for r in ev.rows
        ],
        "clauses": [{"id": c.id, "status": c.status.value, "counts": c.counts} for c in ev.clauses],
        "checks": [
            {
                "id": r.check,
                "platform": r.platform,
                "account": r.account,
                "status": r.status.value,
                "examined": r.examined,
                "flagged": r.flagged,
            }
            for r in ev.results
        ],
        "actions": [action_json(a) for a in actions],
        "coverage": coverage(ev.snapshot),
        "findings": [_with_acceptance(finding_json(f), acceptances) for f in ev.findings],
    }
    if extra.get("since_last"):
        s = dict(extra["since_last"])
        out["since_last"] = s
    if extra.get("demo"):
        out["demo"] = True
        out["subject"] = f"{ev.snapshot.subject or 'Demo persona'} (fictional demo)"
    return out


def render_json(ev: Evaluation, extra: dict[str, Any] | None = None) -> str:
    return json.dumps(report_dict(ev, extra), indent=2, ensure_ascii=False) + "\n"
