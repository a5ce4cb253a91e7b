"""What to do about a not-checked finding: the report's "What to do" beside each "Why".

A not-checked row that only says why leaves a person unsure whether to act; this gives the
next step from the kind of not-checked (``Finding.outcome``) and where the account was read.
"""

from __future__ import annotations

import re

from ..findings import Finding

# Platforms selfaudit can read live (through the browser); the others only from exports.
_LIVE = ("facebook", "instagram", "x", "linkedin")
# A reason that already tells the person what to do (a command, a download, a login).
# Only the imperative: "asked a visitor to log in", "it does not log in", "download failed" and
# "incomplete download" say what happened, not what to do.
_SAYS_WHAT_TO_DO = re.compile(r"\bselfaudit (?:audit|login|logos|places|doctor|capture|answer|report|check|accept)\b|\brun a (?:live|full) audit\b"
                              r"|\bdownload (?:the|it|them)\b|\blog in (?:and|again)\b|\bread the rest\b|\badd (?:it|them)\b",
                              re.IGNORECASE)
# A reason saying the export lacks the fact (as opposed to a file of it that could not be read).
_NOT_IN_EXPORT = re.compile(r"\bnot in (?:this|the|an?) (?:\w+ )?(?:export|archive)\b|\bno (?:\w+ )?(?:export|archive) (?:holds|has|gives)\b"
                            r"|\b(?:export|archive) does not (?:say|hold|have|give)\b", re.IGNORECASE)


def next_step(f: Finding, source: str | None = None) -> str:
    """One sentence: the next thing to do about this not-checked finding (never blank).
    ``source``: how the account was read — live (logged in), public (a stranger's view), export."""
    reason = f.reason or ""
    p = f.platform or ""
    live = p in _LIVE
    # "run a live audit" is no step for a platform selfaudit cannot read live (export readers share that wording)
    if any(live or not m.group(0).lower().startswith("run a") for m in _SAYS_WHAT_TO_DO.finditer(reason)):
        return "Follow the step given under Why."
    audit = f"selfaudit login {p}, then selfaudit audit -p {p}" if live else ""
    kind = f.outcome
    if kind == "nothing-to-examine":
        if live and source != "live":
            return f"If you have any on {p}, they were not in what was read: run a full audit ({audit})."
        if live:
            return f"If you have any on {p}, look for them yourself; selfaudit doctor {p} shows which parts of your pages it could read."
        return f"If you have any on {p}, check them yourself on {p}, or download the export again with everything selected."
    if kind == "not-collected":
        if live and source != "live":
            return f"Run a full audit ({audit}), or look at it yourself on {p}."
        if live and (f.item or "").startswith("settings"):
            return f"Answer it yourself: selfaudit audit -p {p} --guided opens the page and asks what it shows."
        if live:
            return f"Look at it yourself on {p}; selfaudit doctor {p} shows which parts of your pages it could read."
        if source == "export" and not _NOT_IN_EXPORT.search(reason):
            return f"Download the export again with everything selected (a file may be missing or damaged), or look at it yourself on {p}."
        return f"Look at it yourself on {p}; no {p} export holds it."
    if kind == "analyser-unavailable":
        return "Read it yourself: selfaudit could not analyse it (see why)."
    if kind == "unrecognised":
        if live:
            return (f"Open the address in a private browser window and look yourself; selfaudit doctor {p} says what it could "
                    "not read, and selfaudit capture " + p + " makes a copy to send to the maintainers.")
        return "Look at it yourself; selfaudit did not recognise the page."
    if kind == "not-applicable":
        return "Nothing to do: it does not apply here."
    return "Look at it yourself: selfaudit could not check it (see why)."
