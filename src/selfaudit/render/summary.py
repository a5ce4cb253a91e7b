"""The content-free summary a person may choose to share in supervision.

Built from report.json, it carries only the policy, the date, which platforms were audited
(or not even that, with --hide-platforms) and each DO/Don't row's status and counts — no
handles, names, text, addresses, images or evidence. Findings about other people's content
(comments others left) are counted apart and said so: the person did not write them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..errors import SelfauditError
from ..resources import templates_dir
from .html import BIDI, CSP, counts_words

SUMMARY_STATUS = {
    "fail": "Needs action",
    "review": "A possible issue for the person to judge",
    "not-checked": "Not checked (not a pass)",
    "error": "Could not be checked",
    "manual": "Only the person can answer",
    "accepted": "Accepted with a reason",
    "answered": "Answered by the person",
    "pass": "No problem found",
    "others-only": "Only other people's content was flagged",
    "others-not-checked": "No problem in the person's own content; other people's content not checked (not a pass)",
}
EXPLAIN = [
    ("Needs action", "the person's own content or settings go against this part of the policy."),
    ("A possible issue for the person to judge", "selfaudit found something that may be a problem, such as a photo with faces; the person decides."),
    ("Not checked", "a check selfaudit could not do, on one account (the reason is in the person's private report); it is never counted as a pass."),
    ("Only the person can answer", "a question no tool can answer, such as who their friends are."),
    ("Answered by the person", "the person answered the question themselves (or told selfaudit what a settings page shows); it is their answer, not a check."),
    ("Other people's content", "comments or posts others left on the person's profile, counted apart: the person did not write them, but may want to remove them."),
    ("Other people's content not checked", "the person's own content passed, but comments or posts others left could not be checked, so the row as a whole is not a pass."),
]
_ROW_KEYS = ("id", "kind", "text")
PARTIAL_NOTE = ("This audit did not finish: only part of the accounts was read, so this summary is incomplete "
                "(what was not read is not counted as fine).")


def _row(r: dict[str, Any]) -> dict[str, Any]:
    row = {k: r[k] for k in _ROW_KEYS if k in r}
    if "own_counts" in r:
        own, theirs = r.get("own_counts") or {}, r.get("third_party_counts") or {}
        # "only other people's content was flagged" when something of theirs was: a row where it
        # could not be checked stays as the report has it
        flagged = any(k in ("fail", "review") for k in theirs)
        unchecked = any(k in ("not-checked", "error") for k in theirs)
        status = r.get("own_status") or ("others-only" if flagged else r["status"])
        if status == "pass" and (flagged or unchecked):
            # the person's own content passed, but the report row does not: never read as a plain pass
            status = "others-only" if flagged else "others-not-checked"
    else:  # an older report.json without the split
        own, theirs, status = r.get("counts") or {}, {}, r["status"]
    row.update(status=status, counts=dict(own), others_counts=dict(theirs), report_status=r["status"])
    return row


def summary_dict(report: dict[str, Any], hide_platforms: bool = False) -> dict[str, Any]:
    try:
        rows = [_row(r) for r in report["rows"]]
        since = report.get("since_last") or None
        out: dict[str, Any] = {
            "kind": "selfaudit-summary",
            "schema_version": 2,
            "policy": {k: report["policy"][k] for k in ("id", "version", "title") if k in report["policy"]},
            # when the accounts were read (a snapshot re-rendered later is not audited today)
            "date": min([str(a["collected_at"])[:10] for a in report.get("accounts", []) if a.get("collected_at")]
                        or [str(report["generated_at"])[:10]]),
            "platforms": [] if hide_platforms else sorted({str(a["platform"]) for a in report.get("accounts", [])}),
            "platforms_hidden": hide_platforms,
            "rows": rows,
            "rows_needing_action": sum(1 for r in rows if r["status"] in ("fail", "review")),
            "others_findings": sum(1 for f in report.get("findings", [])
                                   if f.get("third_party") and f.get("status") in ("fail", "review")),
            # The person's own answers, as counts only (never which answer to which question).
            "answers": {
                "questions": sum(1 for f in report.get("findings", []) if f.get("check") == "manual_answer"),
                "of_concern": sum(1 for f in report.get("findings", []) if f.get("check") == "manual_answer" and f.get("status") == "review"),
                "settings": sum(1 for f in report.get("findings", []) if "answered by you" in str((f.get("evidence") or {}).get("text", ""))
                                and f.get("check") != "manual_answer"),
            },
            "platforms_not_audited": sum(1 for a in report.get("accounts", []) if a.get("not_audited")),
            "since_last": None if not since else {
                "previous": str(since.get("previous", ""))[:10],
                **{k: int(since.get(k, 0)) for k in ("fixed", "new", "still_open", "unknown")},
            },
        }
        if report.get("demo"):
            out["demo"] = True
        if report.get("partial"):  # an audit that did not finish: rows cover only what was read
            out["partial"] = True
        return out
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SelfauditError(f"not a selfaudit report.json (missing {exc})", "Give the report.json written by an audit.") from None


def load_report(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SelfauditError(f"{path}: no such report.", "Run an audit first, or give the path of its report.json.") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SelfauditError(f"{path}: not a report.json ({exc}).") from None
    except IsADirectoryError:
        raise SelfauditError(f"{path} is a folder.", "Give the report.json inside it.") from None
    except RecursionError:  # a hand-made file nested deeper than the JSON reader goes
        raise SelfauditError(f"{path}: not a report.json (nested too deeply to read).") from None
    if not isinstance(data, dict):
        raise SelfauditError(f"{path}: not a report.json.")
    return data


def _names(platforms: list[str]) -> list[str]:
    """Platform ids as the platforms spell themselves (summary.json keeps the ids)."""
    from ..snapshot import PLATFORM_NAMES

    return [PLATFORM_NAMES.get(p, p.capitalize()) for p in platforms]


def render_summary_text(s: dict[str, Any]) -> str:
    lines = []
    if s.get("demo"):
        lines += ["FICTIONAL DEMO: this summary is about a made-up person.", ""]
    lines += [f"Social-media self-audit: summary ({s['date']})", f"Policy: {s['policy'].get('title', s['policy'].get('id'))}"]
    lines.append("Platforms: not shown (left out by the person)" if s["platforms_hidden"] else f"Platforms: {', '.join(_names(s['platforms'])) or 'none'}")
    if s.get("since_last"):
        sl = s["since_last"]
        unknown = f", {sl['unknown']} not looked at again" if sl.get("unknown") else ""
        lines.append(f"Since the previous audit ({sl['previous']}): {sl['fixed']} fixed, {sl['new']} new, {sl['still_open']} still open{unknown}.")
    if s.get("partial"):
        lines.append(PARTIAL_NOTE)
    lines.append("")
    for r in s["rows"]:
        label = "DO" if r.get("kind") == "do" else "Don't"
        lines.append(f"[{SUMMARY_STATUS.get(r['status'], r['status'])}] {label}: {r.get('text', r['id'])}")
        if r["counts"]:
            lines.append(f"    {counts_words(r['counts'])}")
        if r["others_counts"]:
            lines.append(f"    other people's content, counted apart: {counts_words(r['others_counts'])}")
    lines.append("")
    lines.append(f"{s['rows_needing_action']} of {len(s['rows'])} rows have something the person is working on.")
    if s["others_findings"]:
        lines.append(f"{s['others_findings']} finding(s) are about content other people left on the profile; they are counted apart.")
    ans = s.get("answers") or {}
    if ans.get("questions") or ans.get("settings"):
        lines.append(f"The person answered {ans.get('questions', 0)} of the policy's questions themselves "
                     f"({ans.get('of_concern', 0)} with an answer to follow up) and told selfaudit {ans.get('settings', 0)} setting(s) it could not read.")
    if s.get("platforms_not_audited"):
        lines.append(f"{s['platforms_not_audited']} platform(s) could not be audited this time (for example an expired login).")
    lines.append("")
    lines += [f"{a}: {b}" for a, b in EXPLAIN]
    return "\n".join(lines).translate(BIDI) + "\n"


def render_summary_html(summary: dict[str, Any]) -> str:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
        finalize=lambda v: v.translate(BIDI) if isinstance(v, str) else v,
    )
    env.filters["status_word"] = lambda s: SUMMARY_STATUS.get(s, s)
    env.filters["counts_words"] = counts_words  # as the report says them: "3 checks could not be done"
    css = (templates_dir() / "report.css").read_text(encoding="utf-8")
    return env.get_template("summary.html.j2").render(s=summary, css=css, csp=CSP, explain=EXPLAIN, partial_note=PARTIAL_NOTE,
                                                       platform_names=_names(summary["platforms"]))
