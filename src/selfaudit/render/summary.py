"""The content-free summary a person may choose to share in supervision.

Built from report.json, it carries only the policy, the date, which platforms were
audited and each DO/Don't row's status and counts — no handles, no text, no images, no
evidence. The line manager sees how the person is doing, never what they posted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..errors import SelfauditError
from ..resources import templates_dir
from .html import CSP, STATUS_WORDS

# The only keys of report.json a summary may carry.
_ROW_KEYS = ("id", "kind", "text", "status", "counts")


def summary_dict(report: dict[str, Any]) -> dict[str, Any]:
    try:
        rows = [{k: r[k] for k in _ROW_KEYS if k in r} for r in report["rows"]]
        return {
            "kind": "selfaudit-summary",
            "schema_version": 1,
            "policy": {k: report["policy"][k] for k in ("id", "version", "title") if k in report["policy"]},
            "date": str(report["generated_at"])[:10],
            "platforms": sorted({a["platform"] for a in report.get("accounts", [])}),
            "rows": rows,
            "rows_needing_action": sum(1 for r in rows if r["status"] in ("fail", "review")),
        }
    except (KeyError, TypeError) as exc:
        raise SelfauditError(f"not a selfaudit report.json (missing {exc})", "Give the report.json written by an audit.") from None


def load_report(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SelfauditError(f"{path}: no such report.", "Run an audit first, or give the path of its report.json.") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SelfauditError(f"{path}: not a report.json ({exc}).") from None
    if not isinstance(data, dict):
        raise SelfauditError(f"{path}: not a report.json.")
    return data


def render_summary_html(summary: dict[str, Any]) -> str:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
    )
    env.filters["status_word"] = lambda s: STATUS_WORDS.get(s, s)
    css = (templates_dir() / "report.css").read_text(encoding="utf-8")
    return env.get_template("summary.html.j2").render(s=summary, css=css, csp=CSP)
