"""report.json in the shape given by the CLI contract (design/cli.md)."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..evaluate import Evaluation

REPORT_SCHEMA_VERSION = 1


def finding_json(f: Any) -> dict[str, Any]:
    d = f.model_dump(mode="json", exclude_none=True)
    if not d.get("third_party"):
        d.pop("third_party", None)
    return d


def report_dict(ev: Evaluation) -> dict[str, Any]:
    return {
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
                "blocked_requests": list(a.provenance.blocked_requests),  # what the live browser guard refused
            }
            for a in ev.snapshot.accounts
        ],
        "rows": [
            {"id": r.id, "kind": r.entry.kind, "text": r.entry.text, "status": r.status.value, "counts": r.counts}  # type: ignore[attr-defined]
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
        "findings": [finding_json(f) for f in ev.findings],
    }


def render_json(ev: Evaluation) -> str:
    return json.dumps(report_dict(ev), indent=2, ensure_ascii=False) + "\n"
